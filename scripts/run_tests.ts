// Runs the one test suite on Node (tsx --test), Deno (deno test) and Bun (bun test), one
// runtime after the other, streams their output, and ends with a table of what each ran.
// Exits non-zero when any runtime fails or runs no test at all.
//
// Nothing can make it hang: every test has a timeout (TEST_TIMEOUT_MS, 60 s by default: the
// `it` of tests/_helpers.ts, which every test file must use, on every runtime, and Bun's
// command-line flag), and each runtime's whole run has a budget
// (TEST_RUN_BUDGET_MS, 20 min by default) after which its process group is killed and the
// runtime is reported as timed out.
//
//   tsx scripts/run_tests.ts [node|deno|bun ...] [-- extra test files]
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import process from "node:process";

const TEST_TIMEOUT_MS = Number(process.env.TEST_TIMEOUT_MS) || 60_000;
const RUN_BUDGET_MS = Number(process.env.TEST_RUN_BUDGET_MS) || 20 * 60_000;

const bin = (name: string) => `node_modules/.bin/${name}`;
const args = process.argv.slice(2);
const sep = args.indexOf("--");
const wanted = (sep === -1 ? args : args.slice(0, sep)).filter(Boolean);
const files = sep === -1
  ? readdirSync("tests").filter((f) => f.endsWith(".test.ts")).sort().map((f) => `tests/${f}`)
  : args.slice(sep + 1);

// Only tests/_helpers.ts's `it` sets the timeout on Deno: a file that takes `it` from
// node:test itself could hang there.
const unguarded = files.filter((f) => /from "node:test"/.test(readFileSync(f, "utf8")));
if (unguarded.length) {
  console.error(
    `These test files import node:test directly; take describe / it / test from ` +
      `./_helpers.ts instead, so that each test has a timeout on every runtime:\n  ${
        unguarded.join("\n  ")
      }`,
  );
  process.exit(1);
}

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
    args: [
      "--test",
      "--test-concurrency=2",
      "--test-reporter=spec",
      // Not --test-timeout: Node 20 applies it to each whole file too. Each test's timeout
      // comes from tests/_helpers.ts. A timed-out test can leave handles open; the file's
      // process must end anyway.
      "--test-force-exit",
      ...files,
    ],
    parse(out) {
      const passed = last(out, /^(?:#|ℹ) pass (\d+)/gm);
      const failed = last(out, /^(?:#|ℹ) fail (\d+)/gm);
      // A test that timed out is "cancelled" rather than failed.
      const cancelled = last(out, /^(?:#|ℹ) cancelled (\d+)/gm) ?? 0;
      return passed === undefined || failed === undefined
        ? undefined
        : { passed, failed: failed + cancelled };
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
    args: ["test", `--timeout=${TEST_TIMEOUT_MS}`, ...files],
    parse(out) {
      const passed = last(out, /^\s*(\d+) pass$/gm);
      const failed = last(out, /^\s*(\d+) fail$/gm);
      return passed === undefined || failed === undefined ? undefined : { passed, failed };
    },
  },
];

let running: number | undefined;
// Each runtime runs in its own process group, so that a kill reaches every process it
// started (test files, app-servers, examples), not just the runner at the top.
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (running !== undefined) killGroup(running);
    process.exit(130);
  });
}

function run(r: Runner): Promise<{ code: number; out: string; ms: number; timedOut: boolean }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(r.command, r.args, {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, TEST_TIMEOUT_MS: String(TEST_TIMEOUT_MS) },
    });
    running = child.pid;
    let out = "";
    let timedOut = false;
    const watchdog = setTimeout(() => {
      timedOut = true;
      const message = `\n━━━ ${r.name}: still running after ${
        RUN_BUDGET_MS / 1000
      } s (TEST_RUN_BUDGET_MS); killing its process group\n`;
      out += message;
      process.stderr.write(message);
      if (child.pid !== undefined) killGroup(child.pid);
    }, RUN_BUDGET_MS);
    const take = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      out += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", take(process.stdout));
    child.stderr.on("data", take(process.stderr));
    // A test file may have left processes behind in the group, holding the pipes open.
    child.on("exit", () => child.pid !== undefined && killGroup(child.pid));
    child.on("close", (code) => {
      clearTimeout(watchdog);
      running = undefined;
      resolve({ code: code ?? 1, out, ms: Date.now() - started, timedOut });
    });
  });
}

const rows: string[] = [];
let totalPassed = 0;
let totalFailed = 0;
let ok = true;
for (const r of runners) {
  if (wanted.length && !wanted.includes(r.name)) continue;
  console.log(`\n━━━ ${r.name}: ${r.command} ${r.args.join(" ")}\n`);
  const { code, out, ms, timedOut } = await run(r);
  const counts = timedOut ? undefined : r.parse(out);
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
      `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${
        good
          ? "ok"
          : timedOut
          ? `FAILED (over the ${RUN_BUDGET_MS / 1000} s budget)`
          : `FAILED (exit ${code})`
      }`,
  );
}
console.log("\n━━━ summary: the same suite on each runtime\n");
for (const row of rows) console.log(row);
console.log(`\n${totalPassed} passed, ${totalFailed} failed`);
process.exit(ok ? 0 : 1);
