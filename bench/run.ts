// `npm run bench`: every benchmark, one after the other (the machine is small; nothing runs
// in parallel), each in a fresh process, then one report.
//
//   tsx bench/run.ts [--quick] [--only firehose,runtimes,e2e,memory,import]
//                    [--messages N] [--reps N] [--json results.json]
//
//   firehose  the router firehose on Node (raw, transport, off, lenient, lenient+iter,
//             off+noreplay, api, api-iter, api-text)
//   runtimes  the same firehose on Deno and Bun (raw, off, lenient, lenient+iter)
//   e2e       the real codex binary: SDK vs hand-written client vs @openai/codex-sdk
//   memory    heap after 10,000 turns; one slow consumer among 50 fast ones
//   import    what importing the compiled SDK costs a fresh Node process
//   --quick   small sizes, one run each (about a minute)
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { findCodex } from "../src/binary.ts";
import { type E2eReport, e2eTable } from "./e2e.ts";
import { DEFAULT_MODES, type FirehoseReport, firehoseTable, RUNTIME_MODES } from "./firehose.ts";
import { type ImportReport, importTable } from "./import.ts";
import { type MemoryReport, memoryTable } from "./memory.ts";
import { benchFile, parseFlags, progress } from "./_util.ts";

const flags = parseFlags(process.argv.slice(2));
const quick = flags.has("quick");
const only = new Set(
  flags.get("only")?.split(",") ?? ["firehose", "runtimes", "e2e", "memory", "import"],
);
const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);
const work = mkdtempSync(join(tmpdir(), "codex-bench-"));

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim().split("\n")[0];
  } catch {
    return "unavailable";
  }
}

function machine() {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const sdkPkg = JSON.parse(
    readFileSync(join(process.cwd(), "node_modules/@openai/codex-sdk/package.json"), "utf8"),
  );
  return {
    nproc: cpus().length,
    cpuModel: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3 * 10) / 10,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.versions.node,
    deno: version(bin("deno"), ["--version"]),
    bun: version(bin("bun"), ["--version"]),
    codex: version(findCodex(), ["--version"]),
    openaiCodexSdk: sdkPkg.version as string,
    date: new Date().toISOString(),
  };
}

/** Runs a benchmark process, streaming its progress, and reads the JSON it wrote. */
function runJson<T>(name: string, command: string, args: string[]): Promise<T> {
  const out = join(work, `${name}.json`);
  progress(`\n== ${name}: ${[command, ...args].join(" ")}`);
  return new Promise<T>((resolve, reject) => {
    const child = spawn(command, [...args, "--json", out], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`${name} exited with ${code}`));
      else resolve(JSON.parse(readFileSync(out, "utf8")) as T);
    });
  });
}

const started = performance.now();
const info = machine();
const messages = flags.get("messages") ?? (quick ? "20000" : "50000");
const sizes = quick ? "1,1000" : "1,10,100,1000";
const reps = flags.get("reps") ?? (quick ? "1" : "3");
const results: {
  machine: typeof info;
  firehose: FirehoseReport[];
  e2e?: E2eReport;
  memory?: MemoryReport;
  import?: ImportReport;
  failures: string[];
  elapsedSec?: number;
  loadAverageAtEnd?: number[];
} = { machine: info, firehose: [], failures: [] };

async function attempt(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    results.failures.push(message);
    progress(`!! ${message}`);
  }
}

const firehoseArgs = (modes: string[]) => [
  "--sizes",
  sizes,
  "--messages",
  messages,
  "--reps",
  reps,
  "--modes",
  modes.join(","),
];

if (only.has("firehose")) {
  await attempt("firehose (node)", async () => {
    const modes = DEFAULT_MODES;
    results.firehose.push(
      await runJson<FirehoseReport>("firehose-node", process.execPath, [
        "--expose-gc",
        "--import",
        "tsx",
        benchFile("firehose.ts"),
        ...firehoseArgs(modes),
      ]),
    );
  });
}
if (only.has("runtimes")) {
  const modes = RUNTIME_MODES;
  await attempt("firehose (deno)", async () => {
    results.firehose.push(
      await runJson<FirehoseReport>("firehose-deno", bin("deno"), [
        "run",
        "-A",
        "--v8-flags=--expose-gc",
        benchFile("firehose.ts"),
        ...firehoseArgs(modes),
      ]),
    );
  });
  await attempt("firehose (bun)", async () => {
    results.firehose.push(
      await runJson<FirehoseReport>("firehose-bun", bin("bun"), [
        benchFile("firehose.ts"),
        ...firehoseArgs(modes),
      ]),
    );
  });
}
if (only.has("memory")) {
  await attempt("memory", async () => {
    results.memory = await runJson<MemoryReport>("memory", process.execPath, [
      "--expose-gc",
      "--import",
      "tsx",
      benchFile("memory.ts"),
      "--turns",
      quick ? "2000" : "10000",
      "--reps",
      quick ? "1" : "5",
    ]);
  });
}
if (only.has("import")) {
  await attempt("import", async () => {
    results.import = await runJson<ImportReport>("import", process.execPath, [
      "--import",
      "tsx",
      benchFile("import.ts"),
      "--reps",
      quick ? "3" : "9",
    ]);
  });
}
if (only.has("e2e")) {
  await attempt("e2e", async () => {
    results.e2e = await runJson<E2eReport>("e2e", process.execPath, [
      "--import",
      "tsx",
      benchFile("e2e.ts"),
      "--sizes",
      quick ? "1,8" : "1,8,32",
      "--reps",
      quick ? "1" : "3",
      "--official-reps",
      quick ? "1" : "2",
    ]);
  });
}

results.elapsedSec = Math.round((performance.now() - started) / 1000);
results.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
const m = results.machine;
const report = [
  "",
  `machine: ${m.nproc} x ${m.cpuModel}, ${m.memoryGb} GB; node ${m.node}, ${
    m.deno.split(" ")
      .slice(0, 2).join(" ")
  }, bun ${m.bun}; ${m.codex}; @openai/codex-sdk ${m.openaiCodexSdk}`,
  `load average at start ${m.loadAverageAtStart.join(" ")}, at end ${
    results.loadAverageAtEnd.join(" ")
  } (a busy machine widens every spread below)`,
  ...results.firehose.map((f) => `\n${firehoseTable(f)}`),
  ...(results.memory ? [`\n${memoryTable(results.memory)}`] : []),
  ...(results.import ? [`\n${importTable(results.import)}`] : []),
  ...(results.e2e ? [`\n${e2eTable(results.e2e)}`] : []),
  ...(results.failures.length ? [`\nFAILED: ${results.failures.join("; ")}`] : []),
  `\n${results.elapsedSec} s in all`,
].join("\n");
console.log(report);
const json = flags.get("json");
if (json) writeFileSync(json, JSON.stringify(results, null, 2));
rmSync(work, { recursive: true, force: true });
process.exit(results.failures.length ? 1 : 0);
