// Router firehose: how many notifications per second reach per-turn consumers, against a
// raw baseline reading the same bytes in the same run. Runs on Node, Deno and Bun:
//
//   tsx bench/firehose.ts [--sizes 1,10,100,1000] [--messages 200000] [--reps 5]
//                         [--modes raw,transport,off,lenient,api,...] [--json out.json]
//   deno run -A bench/firehose.ts ...      bun bench/firehose.ts ...
//
// Modes (each a fresh fake server process writing the same bytes):
//   raw        TextDecoderStream + an inline line split + JSON.parse, counted; no routing
//   transport  the SDK's stdio transport through its per-message `readable` (TextDecoderStream
//              + JsonLineBatchStream + a flattening hop) + JSON.parse; the router instead
//              reads `readableBatches`
//   off        AppServerClient, validation "off": router.claimTurn(TurnStream) per turn, each
//              turn read through its own branch() by its own consumer
//   lenient    the same with validation "lenient" (the default)
//   lenient+iter  the same, each turn read through TurnStream.iterate() (the path that
//              `for await (const e of turn)` and run() take) instead of a branch()
//   off+noreplay  validation off, each turn fed to a one-consumer stream that keeps
//              nothing (bench/_no_replay_turn_stream.ts): what keeping every event for
//              late consumers (the replay contract) costs
//   api        the high-level API: Codex.start over the fake, N threads, startTurn each,
//              turn.stream() read per turn (validation "lenient"; a TurnStream.branch())
//   api-iter   the same, each turn read with `for await (const event of turn)`
//              (TurnStream.iterate())
//   api-text   the same, each turn read with turn.text() (its agent message deltas)
// The clock starts when the client asks the server for the firehose (the handshake and
// claiming are not timed) and stops when the last consumer has read its last message.
import process from "node:process";
import { writeFileSync } from "node:fs";
import { AppServerClient, type ValidationMode } from "../src/client/client.ts";
import { Codex } from "../src/api/codex.ts";
import { TurnStream } from "../src/router/turn_stream.ts";
import { NoReplayTurnStream } from "./_no_replay_turn_stream.ts";
import { spawnTransport } from "../src/transport/spawn.ts";
import { spawnRaw } from "./_raw_spawn.ts";
import {
  benchFile,
  fmtInt,
  gc,
  median,
  numberList,
  parseFlags,
  progress,
  runtimeInfo,
  table,
} from "./_util.ts";

/** "raw", "transport", "api", "api-iter", "api-text", or "off" / "lenient" with an optional "+iter" or "+noreplay". */
export type FirehoseMode = string;
/**
 * The Node default: both read paths of a turn, `branch()` (`turn.stream()` / `text()`) and
 * `iterate()` (`for await (const e of turn)` / `run()`), through the router and the API.
 */
export const DEFAULT_MODES: FirehoseMode[] = [
  "raw",
  "transport",
  "off",
  "lenient",
  "lenient+iter",
  "off+noreplay",
  "api",
  "api-iter",
  "api-text",
];
/** Deno and Bun: the baseline and the router with both read paths. */
export const RUNTIME_MODES: FirehoseMode[] = ["raw", "off", "lenient", "lenient+iter"];

export interface FirehoseResult {
  mode: FirehoseMode;
  turns: number;
  messages: number;
  samplesMs: number[];
  medianMs: number;
  msgsPerSec: number;
  /** CPU time of this process inside each window (less sensitive to a busy machine). */
  cpuSamplesMs: number[];
  medianCpuMs: number;
  /** Messages per CPU-second of this process. */
  msgsPerCpuSec: number;
  /** Median cost of one message, in microseconds. */
  usPerMsg: number;
}

export interface FirehoseReport {
  runtime: string;
  version: string;
  messagesPerRun: number;
  reps: number;
  results: FirehoseResult[];
}

const SERVER = benchFile("fake_server.mjs");
const turnId = (i: number) => `00000000-0000-0000-0001-${String(i).padStart(12, "0")}`;
const INIT = JSON.stringify({
  id: 1,
  method: "initialize",
  params: { clientInfo: { name: "bench", title: null, version: "0" }, capabilities: null },
});
const GO = JSON.stringify({ method: "bench/firehose" });

/** Called when a timed window opens and closes (the profiler hooks in here). */
const window = { open: () => {}, close: () => {} };
const now = (): number => performance.now();
/** CPU time this process used in the last timed window (user + system, all threads), ms. */
let lastCpuMs = 0;
let cpuAtOpen = process.cpuUsage();
function openWindow(): number {
  window.open();
  cpuAtOpen = process.cpuUsage();
  return now();
}
function closeWindow(t0: number): number {
  const ms = now() - t0;
  const cpu = process.cpuUsage(cpuAtOpen);
  lastCpuMs = (cpu.user + cpu.system) / 1000;
  window.close();
  return ms;
}

function serverEnv(turns: number, messages: number): Record<string, string> {
  return { FIREHOSE_TURNS: String(turns), FIREHOSE_MESSAGES: String(messages) };
}

/** The raw baseline: the bytes, decoded, split and parsed, and nothing else. */
async function runRaw(turns: number, total: number): Promise<number> {
  const child = spawnRaw("node", [SERVER], serverEnv(turns, total));
  const reader = child.stdout.pipeThrough(
    new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>,
  ).getReader();
  await child.write(`${INIT}\n`);
  let rest = "";
  let count = 0;
  let t0 = 0;
  outer: while (true) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`raw: stream ended after ${count} of ${total}`);
    const text = rest + value;
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf("\n", start)) !== -1) {
      const msg = JSON.parse(text.slice(start, nl));
      start = nl + 1;
      if (msg.id === 1) {
        t0 = openWindow();
        void child.write(`${GO}\n`);
      } else if (++count === total) {
        break outer;
      }
    }
    rest = text.slice(start);
  }
  const ms = closeWindow(t0);
  await reader.cancel().catch(() => {});
  await child.close();
  return ms;
}

/** The SDK's transport alone: framing and parsing as the SDK does them, no routing. */
async function runTransport(turns: number, total: number): Promise<number> {
  const transport = spawnTransport({
    command: "node",
    args: [SERVER],
    env: serverEnv(turns, total),
  });
  const writer = transport.writable.getWriter();
  const reader = transport.readable.getReader();
  await writer.write(INIT);
  let count = 0;
  let t0 = 0;
  while (true) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`transport: stream ended after ${count} of ${total}`);
    const msg = JSON.parse(value);
    if (msg.id === 1) {
      t0 = openWindow();
      void writer.write(GO);
    } else if (++count === total) {
      break;
    }
  }
  const ms = closeWindow(t0);
  writer.releaseLock();
  reader.releaseLock();
  await transport.close();
  return ms;
}

async function drain(stream: ReadableStream<unknown>, expected: number): Promise<void> {
  const reader = stream.getReader();
  let count = 0;
  while (!(await reader.read()).done) count++;
  if (count !== expected) throw new Error(`a turn got ${count} events, expected ${expected}`);
}

async function count(events: AsyncIterable<unknown>, expected: number): Promise<void> {
  let n = 0;
  for await (const _ of events) n++;
  if (n !== expected) throw new Error(`a turn got ${n} events, expected ${expected}`);
}

interface Variant {
  validation: ValidationMode;
  /** "branch": TurnStream.branch(); "iter": TurnStream.iterate(); "noreplay": a sink that keeps nothing. */
  read: "branch" | "iter" | "noreplay";
}

function parseVariant(mode: string): Variant {
  const [validation, ...flags] = mode.split("+");
  if (validation !== "off" && validation !== "lenient") throw new Error(`unknown mode ${mode}`);
  if (flags.length > 1 || (flags.length === 1 && !["iter", "noreplay"].includes(flags[0]))) {
    throw new Error(`unknown variant in ${mode} (one of +iter, +noreplay)`);
  }
  return { validation, read: (flags[0] ?? "branch") as Variant["read"] };
}

/**
 * Router modes: the client connects, claims every turn with router.claimTurn and a
 * TurnSink, and one consumer per turn reads that turn's events.
 */
async function runRouter(turns: number, total: number, variant: Variant): Promise<number> {
  const transport = spawnTransport({
    command: "node",
    args: [SERVER],
    env: serverEnv(turns, total),
  });
  const { router } = await AppServerClient.connect(transport, {
    validation: variant.validation,
  });
  const perTurn = total / turns;
  const consumers: Promise<void>[] = [];
  for (let i = 0; i < turns; i++) {
    if (variant.read === "noreplay") {
      const events = new NoReplayTurnStream();
      router.claimTurn(turnId(i), events);
      consumers.push(drain(events.branch(), perTurn));
    } else {
      const events = new TurnStream();
      router.claimTurn(turnId(i), events);
      consumers.push(
        variant.read === "iter"
          ? count(events.iterate(), perTurn)
          : drain(events.branch(), perTurn),
      );
    }
  }
  const t0 = openWindow();
  await router.notify("bench/firehose", undefined);
  await Promise.all(consumers);
  const ms = closeWindow(t0);
  await router.close();
  return ms;
}

/** The high-level API: one thread and one turn per consumer, read with turn.stream() or for await. */
async function runApi(
  turns: number,
  total: number,
  read: "stream" | "iter" | "text" = "stream",
): Promise<number> {
  const codex = await Codex.start({
    transport: spawnTransport({ command: "node", args: [SERVER], env: serverEnv(turns, total) }),
  });
  const perTurn = total / turns;
  const threads = await Promise.all(
    Array.from({ length: turns }, () => codex.startThread({ cwd: "/tmp" })),
  );
  const handles = [];
  // In order, so the fake's turn ids match the firehose's.
  for (const thread of threads) handles.push(await thread.startTurn("go"));
  // The fake's turns are turn/started, item/started, deltas, item/completed, turn/completed.
  const consumers = handles.map((turn) =>
    read === "iter"
      ? count(turn, perTurn)
      : read === "text"
      ? drain(turn.text(), perTurn - 4)
      : drain(turn.stream(), perTurn)
  );
  const t0 = openWindow();
  await codex.client.notify("bench/firehose", undefined);
  await Promise.all(consumers);
  const ms = closeWindow(t0);
  await codex.close();
  return ms;
}

function runOnce(mode: FirehoseMode, turns: number, total: number): Promise<number> {
  switch (mode) {
    case "raw":
      return runRaw(turns, total);
    case "transport":
      return runTransport(turns, total);
    case "api":
      return runApi(turns, total);
    case "api-iter":
      return runApi(turns, total, "iter");
    case "api-text":
      return runApi(turns, total, "text");
    default:
      return runRouter(turns, total, parseVariant(mode));
  }
}

/** Runs every (mode, size) `reps` times, modes in a rotating order so drift hits all alike. */
export async function runFirehose(options: {
  sizes: number[];
  messages: number;
  reps: number;
  modes: FirehoseMode[];
  warmup?: boolean;
  /** Node only: writes a .cpuprofile of the timed windows (not warm-up, not setup). */
  profile?: string;
}): Promise<FirehoseReport> {
  const { runtime, version } = runtimeInfo();
  const profiler = options.profile ? await windowProfiler() : undefined;
  const samples = new Map<string, number[]>();
  const cpuSamples = new Map<string, number[]>();
  if (options.warmup ?? true) {
    // JIT warm-up on a small run of every mode; not recorded.
    for (const mode of options.modes) await runOnce(mode, 10, 20_000);
  }
  profiler?.arm();
  for (let rep = 0; rep < options.reps; rep++) {
    for (const turns of options.sizes) {
      const total = Math.floor(options.messages / turns) * turns;
      for (let k = 0; k < options.modes.length; k++) {
        const mode = options.modes[(k + rep) % options.modes.length];
        gc();
        const ms = await runOnce(mode, turns, total);
        const key = `${mode}:${turns}`;
        samples.set(key, [...(samples.get(key) ?? []), ms]);
        cpuSamples.set(key, [...(cpuSamples.get(key) ?? []), lastCpuMs]);
        progress(
          `  [${runtime}] rep ${rep + 1}/${options.reps} N=${turns} ${mode}: ${
            fmtInt(total / ms * 1000)
          } msg/s`,
        );
      }
    }
  }
  if (profiler && options.profile) await profiler.save(options.profile);
  const results: FirehoseResult[] = [];
  for (const turns of options.sizes) {
    const total = Math.floor(options.messages / turns) * turns;
    for (const mode of options.modes) {
      const ms = samples.get(`${mode}:${turns}`)!;
      const med = median(ms);
      const cpu = cpuSamples.get(`${mode}:${turns}`)!;
      const medCpu = median(cpu);
      results.push({
        mode,
        turns,
        messages: total,
        samplesMs: ms.map((x) => Math.round(x * 10) / 10),
        medianMs: Math.round(med * 10) / 10,
        msgsPerSec: Math.round(total / med * 1000),
        usPerMsg: Math.round(med * 1000 / total * 1000) / 1000,
        cpuSamplesMs: cpu.map((x) => Math.round(x * 10) / 10),
        medianCpuMs: Math.round(medCpu * 10) / 10,
        msgsPerCpuSec: Math.round(total / medCpu * 1000),
      });
    }
  }
  return { runtime, version, messagesPerRun: options.messages, reps: options.reps, results };
}

/**
 * Samples the CPU only inside timed windows, through the inspector: one profile whose
 * self times belong to the measured work, without startup, warm-up or server spawning.
 */
async function windowProfiler() {
  const { startProfiler } = await import("./_profiler.ts");
  const profiler = await startProfiler(500);
  // The profiler runs throughout; samples outside the windows are dropped when saving.
  const windows: [number, number][] = [];
  let armed = false;
  return {
    arm() {
      armed = true;
      window.open = () => {
        if (armed) windows.push([now(), Infinity]);
      };
      window.close = () => {
        if (armed) windows[windows.length - 1][1] = now();
      };
    },
    async save(file: string) {
      const profile = await profiler.stop();
      // Sample times are µs of the monotonic clock behind performance.now(), offset by
      // timeOrigin; anchor them on the profile's end instead of guessing the offset.
      const endMs = now();
      let total = 0;
      for (const d of profile.timeDeltas) total += d;
      let t = endMs * 1000 - total;
      const keep: number[] = [];
      const deltas: number[] = [];
      for (let i = 0; i < profile.samples.length; i++) {
        t += profile.timeDeltas[i];
        const ms = t / 1000;
        if (windows.some(([a, b]) => ms >= a && ms <= b)) {
          keep.push(profile.samples[i]);
          deltas.push(profile.timeDeltas[i]);
        }
      }
      profile.samples = keep;
      profile.timeDeltas = deltas;
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}

/** The firehose table: msg/s per mode, and each mode as a ratio of raw (wall and CPU). */
export function firehoseTable(report: FirehoseReport): string {
  const modes = [...new Set(report.results.map((r) => r.mode))];
  const sizes = [...new Set(report.results.map((r) => r.turns))];
  const get = (mode: string, n: number) =>
    report.results.find((r) => r.mode === mode && r.turns === n)!;
  const cell = (n: number, m: string, cpu: boolean) => {
    const r = get(m, n);
    const raw = report.results.find((x) => x.mode === "raw" && x.turns === n);
    const value = cpu ? r.msgsPerCpuSec : r.msgsPerSec;
    const base = raw && (cpu ? raw.msgsPerCpuSec : raw.msgsPerSec);
    return base && m !== "raw" ? `${fmtInt(value)} (${(value / base).toFixed(2)}x)` : fmtInt(value);
  };
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const growth = (cpu: boolean) =>
    modes.map((m) => {
      const a = get(m, first);
      const b = get(m, last);
      const ratio = cpu
        ? (b.medianCpuMs / b.messages) / (a.medianCpuMs / a.messages)
        : b.usPerMsg / a.usPerMsg;
      return `${m} ${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(0)}%`;
    }).join(", ");
  return [
    `${report.runtime} ${report.version}: median of ${report.reps} runs, ` +
    `${fmtInt(report.messagesPerRun)} messages per run`,
    "wall clock: msg/s (ratio to raw)",
    table(
      ["N turns", ...modes],
      sizes.map((n) => [String(n), ...modes.map((m) => cell(n, m, false))]),
    ),
    "client CPU time: msg per CPU-second (ratio to raw)",
    table(
      ["N turns", ...modes],
      sizes.map((n) => [String(n), ...modes.map((m) => cell(n, m, true))]),
    ),
    `per-message cost, N=${last} vs N=${first} (wall): ${growth(false)}`,
    `per-message cost, N=${last} vs N=${first} (CPU):  ${growth(true)}`,
  ].join("\n");
}

if ((import.meta as { main?: boolean }).main ?? process.argv[1]?.endsWith("firehose.ts")) {
  const flags = parseFlags(process.argv.slice(2));
  const report = await runFirehose({
    sizes: numberList(flags.get("sizes"), [1, 10, 100, 1000]),
    messages: Number(flags.get("messages") ?? 200_000),
    reps: Number(flags.get("reps") ?? 5),
    modes: flags.get("modes")?.split(",") ?? DEFAULT_MODES,
    profile: flags.get("profile"),
  });
  const json = flags.get("json");
  if (json) writeFileSync(json, JSON.stringify(report, null, 2));
  console.log(firehoseTable(report));
  process.exit(0);
}
