// What importing the SDK costs a process (Node, the compiled dist/ npm users get), each
// sample a fresh `node` process, variants in a rotating order:
//
//   tsx bench/import.ts [--reps 9] [--json out.json]
//
//   valibot       import valibot alone: the floor, the SDK's one schema dependency
//   sdk           import dist/mod.js, the root entry: schemas are built on first use, and
//                 no WebSocket, Unix-socket or pool code is loaded
//   sdk-0.1-root  the root, ./transports and ./protocol: every module the root entry
//                 loaded before it was split into subpaths (the previous layout, side by side)
//   sdk+schemas   the root, then every schema of gen/schemas.ts built: what an import cost
//                 when the generated module built them all up front
// Builds dist/ first (npm run build).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { benchFile, median, parseFlags, progress, table } from "./_util.ts";

export const IMPORT_VARIANTS = ["valibot", "sdk", "sdk-0.1-root", "sdk+schemas"] as const;

export interface ImportResult {
  variant: string;
  wallMs: number;
  cpuMs: number;
  heapMb: number;
  samples: { wallMs: number; cpuMs: number; heapMb: number }[];
}

export interface ImportReport {
  node: string;
  reps: number;
  results: ImportResult[];
}

/** Runs every variant `reps` times and returns the medians. */
export function runImport(reps: number): ImportReport {
  const dist = join(process.cwd(), "dist");
  // Always rebuilt: a dist/ left from an older checkout would measure the wrong code.
  progress("building dist/ (npm run build)");
  execFileSync("npm", ["run", "--silent", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  const samples = new Map<string, ImportResult["samples"]>();
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < IMPORT_VARIANTS.length; k++) {
      const variant = IMPORT_VARIANTS[(k + rep) % IMPORT_VARIANTS.length];
      const out = execFileSync(
        process.execPath,
        ["--expose-gc", benchFile("_import_probe.mjs"), variant, dist],
        { encoding: "utf8" },
      );
      const sample = JSON.parse(out.trim().split("\n").at(-1)!);
      samples.set(variant, [...(samples.get(variant) ?? []), sample]);
      progress(`  [import] rep ${rep + 1}/${reps} ${variant}: ${sample.wallMs.toFixed(1)} ms`);
    }
  }
  return {
    node: process.versions.node,
    reps,
    results: IMPORT_VARIANTS.map((variant) => {
      const s = samples.get(variant)!;
      return {
        variant,
        wallMs: median(s.map((x) => x.wallMs)),
        cpuMs: median(s.map((x) => x.cpuMs)),
        heapMb: median(s.map((x) => x.heapMb)),
        samples: s,
      };
    }),
  };
}

/**
 * The report's table: medians, each as a ratio of the previous layout's root (what the
 * split saved) and of building every schema up front.
 */
export function importTable(report: ImportReport): string {
  const eager = report.results.find((r) => r.variant === "sdk+schemas")!;
  const before = report.results.find((r) => r.variant === "sdk-0.1-root")!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  return [
    `import cost, node ${report.node}, compiled dist/: median of ${report.reps} fresh processes`,
    table(
      [
        "variant",
        "wall ms",
        "CPU ms",
        "heap MB",
        "wall vs 0.1 root",
        "heap vs 0.1 root",
        "wall vs sdk+schemas",
      ],
      report.results.map((r) => [
        r.variant,
        r.wallMs.toFixed(1),
        r.cpuMs.toFixed(1),
        r.heapMb.toFixed(2),
        ratio(r.wallMs, before.wallMs),
        ratio(r.heapMb, before.heapMb),
        ratio(r.wallMs, eager.wallMs),
      ]),
    ),
  ].join("\n");
}

if (process.argv[1]?.endsWith("import.ts")) {
  const flags = parseFlags(process.argv.slice(2));
  const report = runImport(Number(flags.get("reps") ?? 9));
  console.log(importTable(report));
  const json = flags.get("json");
  if (json) writeFileSync(json, JSON.stringify(report, null, 2));
}
