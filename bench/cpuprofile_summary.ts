// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time,
// and the same folded by source file.
//
//   tsx bench/cpuprofile_summary.ts <file.cpuprofile> [--top 25]
import { readFileSync } from "node:fs";
import process from "node:process";
import { parseFlags, table } from "./_util.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function and per file, in ms, heaviest first. */
export function summarise(profile: Profile): {
  totalMs: number;
  functions: { name: string; where: string; ms: number }[];
  files: { file: string; ms: number }[];
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const fn = new Map<string, { name: string; where: string; ms: number }>();
  const files = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    totalMs += ms;
    const file = url.replace(/^.*\/work\/main\//, "").replace(/^file:\/\//, "") || "(native)";
    const name = functionName || "(anonymous)";
    const where = url ? `${file}:${lineNumber + 1}` : "";
    const key = `${name}@${where}`;
    const entry = fn.get(key) ?? { name, where, ms: 0 };
    entry.ms += ms;
    fn.set(key, entry);
    const fileKey = url ? file.replace(/^node:/, "node:") : name;
    files.set(fileKey, (files.get(fileKey) ?? 0) + ms);
  }
  return {
    totalMs,
    functions: [...fn.values()].sort((a, b) => b.ms - a.ms),
    files: [...files].map(([file, ms]) => ({ file, ms })).sort((a, b) => b.ms - a.ms),
  };
}

if (process.argv[1]?.endsWith("cpuprofile_summary.ts")) {
  const flags = parseFlags(process.argv.slice(3));
  const top = Number(flags.get("top") ?? 25);
  const s = summarise(JSON.parse(readFileSync(process.argv[2], "utf8")));
  const pct = (ms: number) => `${(ms / s.totalMs * 100).toFixed(1)}%`;
  console.log(`total sampled: ${s.totalMs.toFixed(0)} ms`);
  console.log(table(
    ["function", "self ms", "self %", "where"],
    s.functions.slice(0, top).map((f) => [f.name, f.ms.toFixed(0), pct(f.ms), f.where]),
  ));
  console.log();
  console.log(table(
    ["file", "self ms", "self %"],
    s.files.slice(0, top).map((f) => [f.file, f.ms.toFixed(0), pct(f.ms)]),
  ));
}
