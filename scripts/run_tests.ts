// Runs the one test suite on Node (tsx --test), Deno (deno test) and Bun (bun test), one
// runtime after the other, streams their output, and ends with a table of what each ran.
// Exits non-zero when any runtime fails or runs no test at all.
//
//   tsx scripts/run_tests.ts [node|deno|bun ...] [-- extra test files]
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import process from "node:process";

const bin = (name: string) => `node_modules/.bin/${name}`;
const args = process.argv.slice(2);
const sep = args.indexOf("--");
const wanted = (sep === -1 ? args : args.slice(0, sep)).filter(Boolean);
const files = sep === -1
  ? readdirSync("tests").filter((f) => f.endsWith(".test.ts")).sort().map((f) => `tests/${f}`)
  : args.slice(sep + 1);

interface Runner {
  name: string;
  command: string;
  args: string[];
  /** Reads passed / failed counts (leaf tests) from the runner's output. */
  parse(out: string): { passed: number; failed: number } | undefined;
}

const last = (out: string, re: RegExp): number | undefined => {
  const all = [...out.matchAll(re)];
  return all.length ? Number(all[all.length - 1][1]) : undefined;
};

const runners: Runner[] = [
  {
    name: "node",
    command: bin("tsx"),
    args: ["--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
    parse(out) {
      const passed = last(out, /^(?:#|ℹ) pass (\d+)/gm);
      const failed = last(out, /^(?:#|ℹ) fail (\d+)/gm);
      return passed === undefined || failed === undefined ? undefined : { passed, failed };
    },
  },
  {
    name: "deno",
    command: bin("deno"),
    args: ["test", "-A", "--no-check", ...files],
    parse(out) {
      // Suites are Deno tests and their cases are steps; count the cases.
      // deno-lint-ignore no-control-regex
      const plain = out.replace(/\x1b\[[0-9;]*m/g, "");
      const m = plain.match(
        /(\d+) passed(?: \((\d+) steps?\))? \| (\d+) failed(?: \((\d+) steps?\))?/,
      );
      if (!m) return undefined;
      return { passed: Number(m[2] ?? m[1]), failed: Number(m[4] ?? m[3]) };
    },
  },
  {
    name: "bun",
    command: bin("bun"),
    args: ["test", "--timeout=120000", ...files],
    parse(out) {
      const passed = last(out, /^\s*(\d+) pass$/gm);
      const failed = last(out, /^\s*(\d+) fail$/gm);
      return passed === undefined || failed === undefined ? undefined : { passed, failed };
    },
  },
];

function run(r: Runner): Promise<{ code: number; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(r.command, r.args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const take = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      out += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    child.on("close", (code) => resolve({ code: code ?? 1, out, ms: Date.now() - started }));
  });
}

const rows: string[] = [];
let totalPassed = 0;
let totalFailed = 0;
let ok = true;
for (const r of runners) {
  if (wanted.length && !wanted.includes(r.name)) continue;
  console.log(`\n━━━ ${r.name}: ${r.command} ${r.args.join(" ")}\n`);
  const { code, out, ms } = await run(r);
  const counts = r.parse(out);
  const passed = counts?.passed ?? 0;
  const failed = counts?.failed ?? (code === 0 ? 0 : 1);
  const good = code === 0 && counts !== undefined && failed === 0 && passed > 0;
  ok &&= good;
  totalPassed += passed;
  totalFailed += failed;
  rows.push(
    `${r.name.padEnd(6)} ${String(passed).padStart(5)} passed ${
      String(failed).padStart(4)
    } failed` +
      `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${good ? "ok" : `FAILED (exit ${code})`}`,
  );
}
console.log("\n━━━ summary: the same suite on each runtime\n");
for (const row of rows) console.log(row);
console.log(`\n${totalPassed} passed, ${totalFailed} failed`);
process.exit(ok ? 0 : 1);
