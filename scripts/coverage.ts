// Line and function coverage of src/ by the Node test suite (Node's own V8 coverage, no
// extra dependency), as a table with the least covered file first. Writes
// coverage/lcov.info for editors and other tools. Not part of `npm test`.
//
//   tsx scripts/coverage.ts [test files]     (default: every tests/*.test.ts)
//
// Only the Node run is measured, so src/transport/deno.ts and bun.ts (used by the Deno and
// Bun runs of the same suite) show as uncovered here.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import process from "node:process";

const TEST_TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS) || 60_000;
const RUN_BUDGET_MS = Number(process.env.TEST_RUN_BUDGET_MS) || 20 * 60_000;
const LCOV = "coverage/lcov.info";
const SPEC = "coverage/tests.txt";

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync("tests").filter((f) => f.endsWith(".test.ts")).sort().map((f) => `tests/${f}`);
mkdirSync("coverage", { recursive: true });

const code = await new Promise<number>((resolve) => {
  const child = spawn("node_modules/.bin/tsx", [
    "--test",
    "--test-concurrency=2",
    "--test-force-exit",
    "--experimental-test-coverage",
    "--test-reporter=dot",
    "--test-reporter-destination=stdout",
    "--test-reporter=lcov",
    `--test-reporter-destination=${LCOV}`,
    "--test-reporter=spec",
    `--test-reporter-destination=${SPEC}`,
    ...files,
  ], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
    env: { ...process.env, TEST_TIMEOUT_MS: String(TEST_TIMEOUT_MS) },
  });
  const killGroup = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Gone already.
    }
  };
  const timer = setTimeout(() => {
    console.error(`\ncoverage run still going after ${RUN_BUDGET_MS / 1000} s; killed`);
    killGroup();
  }, RUN_BUDGET_MS);
  child.on("exit", killGroup);
  child.on("close", (status) => {
    clearTimeout(timer);
    resolve(status ?? 1);
  });
});

interface Entry {
  file: string;
  lines: [hit: number, found: number];
  functions: [hit: number, found: number];
}
const entries: Entry[] = [];
let current: Entry | undefined;
for (const line of readFileSync(LCOV, "utf8").split("\n")) {
  const [key, value] = [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)];
  if (key === "SF") {
    current = { file: value.replace(`${process.cwd()}/`, ""), lines: [0, 0], functions: [0, 0] };
  } else if (current && key === "LH") current.lines[0] = Number(value);
  else if (current && key === "LF") current.lines[1] = Number(value);
  else if (current && key === "FNH") current.functions[0] = Number(value);
  else if (current && key === "FNF") current.functions[1] = Number(value);
  else if (line === "end_of_record" && current) {
    if (current.file.startsWith("src/")) entries.push(current);
    current = undefined;
  }
}

const pct = ([hit, found]: [number, number]) => (found === 0 ? 100 : (100 * hit) / found);
entries.sort((a, b) => pct(a.lines) - pct(b.lines));
const width = Math.max(...entries.map((e) => e.file.length));
console.log(`\ncoverage of src/ by the Node suite (least covered first; ${LCOV})\n`);
console.log(`${"file".padEnd(width)}   lines %   functions %`);
for (const e of entries) {
  console.log(
    `${e.file.padEnd(width)}   ${pct(e.lines).toFixed(1).padStart(7)}   ${
      pct(e.functions).toFixed(1).padStart(11)
    }`,
  );
}
const total = entries.reduce(
  (sum, e) => [sum[0] + e.lines[0], sum[1] + e.lines[1]] as [number, number],
  [0, 0] as [number, number],
);
console.log(`${"all of src/".padEnd(width)}   ${pct(total).toFixed(1).padStart(7)}`);
if (code !== 0) {
  const spec = readFileSync(SPEC, "utf8");
  const failing = spec.slice(spec.lastIndexOf("✖ failing tests:"));
  console.error(`\nthe test run failed (exit ${code}); coverage is partial\n${failing}`);
}
process.exit(code);
