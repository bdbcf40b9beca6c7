// Memory and isolation, through the fake server:
//
//   node --expose-gc --import tsx bench/memory.ts [--turns 10000] [--reps 5] [--json out.json]
//
// 1. Retention. 10,000 turns through the high-level API (100 threads, turns one after the
//    other on each), half read to the end with run(), half never read at all. After the
//    last turn completes and the handles are dropped, the heap after GC must come back to
//    within 5 MB of where it was before (measured after a warm-up, so code and caches
//    that load once are not counted).
//    Then the same for turns nobody ever claimed (the router's early buffer): 10,000 turn
//    ids streamed by the server, none started by this client.
// 2. Isolation. 51 turns stream at once; turn 0's consumer reads one event every 5 ms and
//    holds its turn open for the whole run. The other 50 must not slow down: their
//    throughput is compared with a run where turn 0 is read as fast as the rest.
import { writeFileSync } from "node:fs";
import process from "node:process";
import { AppServerClient } from "../src/client/client.ts";
import { Codex } from "../src/api/codex.ts";
import { TurnStream } from "../src/router/turn_stream.ts";
import { spawnTransport } from "../src/transport/spawn.ts";
import { benchFile, fmtInt, gc, median, parseFlags, progress, sleep, table } from "./_util.ts";

const SERVER = benchFile("fake_server.mjs");
const MB = 1024 * 1024;
const turnId = (i: number) => `00000000-0000-0000-0001-${String(i).padStart(12, "0")}`;

/** Heap in use after a full collection (several rounds, letting stream callbacks run). */
async function settledHeap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await sleep(20);
  }
  return process.memoryUsage().heapUsed;
}

export interface RetentionResult {
  scenario: string;
  turns: number;
  baselineMb: number;
  peakMb: number;
  afterMb: number;
  /** after - baseline, MB; the target is within 5 MB. */
  deltaMb: number;
  wallMs: number;
}

/** Claimed turns via the high-level API, half of them never read. */
async function claimedTurns(total: number): Promise<RetentionResult> {
  const codex = await Codex.start({
    transport: spawnTransport({
      command: "node",
      args: [SERVER],
      env: { AUTO_DELTAS: "8" },
    }),
  });
  const threadCount = 100;
  const run = async (turns: number) => {
    const threads = await Promise.all(
      Array.from({ length: threadCount }, () => codex.startThread({ cwd: "/tmp" })),
    );
    const perThread = Math.ceil(turns / threadCount);
    await Promise.all(threads.map(async (thread, t) => {
      const reads: Promise<unknown>[] = [];
      for (let i = 0; i < perThread; i++) {
        const turn = await thread.startTurn("go");
        // Every other turn is read to its end; the rest are dropped on the floor.
        if ((t * perThread + i) % 2 === 0) reads.push(turn.run());
      }
      await Promise.all(reads);
      thread.dispose();
    }));
  };
  // Warm-up: the code paths, valibot's caches, the router's bounded id sets.
  await run(2_000);
  const baseline = await settledHeap();
  const sampler = sampleHeapPeak(baseline);
  const t0 = performance.now();
  await run(total);
  const wallMs = performance.now() - t0;
  const peak = sampler.stop();
  const after = await settledHeap();
  await codex.close();
  return retention("claimed, half never read (Codex API)", total, baseline, peak, after, wallMs);
}

/** Samples the heap every 10 ms from now on; `stop()` returns the highest value seen. */
function sampleHeapPeak(start: number): { stop(): number } {
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Turn ids the server streams and nobody claims: they pass through the early buffer. */
async function unclaimedTurns(total: number): Promise<RetentionResult[]> {
  const client = await AppServerClient.connect(
    spawnTransport({
      command: "node",
      args: [SERVER],
      env: { FIREHOSE_TURNS: String(total), FIREHOSE_MESSAGES: String(total * 12) },
    }),
    // A short grace so the test can see the sweep; the default keeps completed,
    // unclaimed turns for 30 s (and at most 1,000 of them).
    { earlyBuffer: { completedGraceMs: 2_000 } },
  );
  // Warm-up with a claimed turn, so the first-use cost of the code is not counted.
  const warm = new TurnStream();
  client.router.claimTurn(turnId(total - 1), warm);
  const baseline = await settledHeap();
  const sampler = sampleHeapPeak(baseline);
  const t0 = performance.now();
  await client.notify("bench/firehose", undefined);
  await warm.done;
  const wallMs = performance.now() - t0;
  const peak = sampler.stop();
  const buffered = client.router.earlyBufferedTurns;
  const right = await settledHeap();
  // The sweep runs every grace period and drops turns completed a full period before.
  await sleep(4_500);
  const swept = await settledHeap();
  const left = client.router.earlyBufferedTurns;
  await client.close();
  return [
    retention(
      `never claimed, right after (${buffered} turns in early buffer)`,
      total,
      baseline,
      peak,
      right,
      wallMs,
    ),
    retention(
      `never claimed, after the grace (${left} turns in early buffer)`,
      total,
      baseline,
      peak,
      swept,
      wallMs,
    ),
  ];
}

function retention(
  scenario: string,
  turns: number,
  baseline: number,
  peak: number,
  after: number,
  wallMs: number,
): RetentionResult {
  const r = (x: number) => Math.round(x / MB * 10) / 10;
  return {
    scenario,
    turns,
    baselineMb: r(baseline),
    peakMb: r(peak),
    afterMb: r(after),
    deltaMb: r(after - baseline),
    wallMs: Math.round(wallMs),
  };
}

export interface IsolationResult {
  fastTurns: number;
  eventsPerTurn: number;
  /** Median ms for the 50 fast turns to finish, without and with the slow consumer. */
  withoutSlowMs: number;
  withSlowMs: number;
  withoutSamplesMs: number[];
  withSamplesMs: number[];
  /**
   * Throughput of the 50 with the slow consumer relative to without (1.0: unaffected):
   * the median of per-rep ratios, each rep running both back to back, so that drift in
   * the machine's load cancels out.
   */
  throughputRatio: number;
}

async function isolationRun(slow: boolean, fast: number, perTurn: number): Promise<number> {
  const turns = fast + 1;
  const client = await AppServerClient.connect(spawnTransport({
    command: "node",
    args: [SERVER],
    env: { FIREHOSE_TURNS: String(turns), FIREHOSE_MESSAGES: String(turns * perTurn) },
  }));
  let stop = false;
  const readAll = async (stream: ReadableStream<unknown>, delayMs: number) => {
    const reader = stream.getReader();
    while (!(await reader.read()).done) {
      if (!delayMs) continue;
      if (stop) return void reader.cancel();
      await sleep(delayMs);
    }
  };
  const slowStream = new TurnStream();
  client.router.claimTurn(turnId(0), slowStream);
  const fastDone: Promise<void>[] = [];
  for (let i = 1; i < turns; i++) {
    const events = new TurnStream();
    client.router.claimTurn(turnId(i), events);
    fastDone.push(readAll(events.branch(), 0));
  }
  // The slow one reads an event every 5 ms: it is still on its turn when the rest are done.
  const slowDone = readAll(slowStream.branch(), slow ? 5 : 0);
  const t0 = performance.now();
  await client.notify("bench/firehose", undefined);
  await Promise.all(fastDone);
  const ms = performance.now() - t0;
  stop = true;
  await slowDone;
  await client.close();
  return ms;
}

async function isolation(reps: number): Promise<IsolationResult> {
  const fast = 50;
  const perTurn = 2_000;
  const without: number[] = [];
  const withSlow: number[] = [];
  await isolationRun(false, fast, 200); // warm-up
  for (let rep = 0; rep < reps; rep++) {
    for (const slow of rep % 2 ? [true, false] : [false, true]) {
      const ms = await isolationRun(slow, fast, perTurn);
      (slow ? withSlow : without).push(ms);
      progress(`  [memory] isolation rep ${rep + 1}/${reps} slow=${slow}: ${fmtInt(ms)} ms`);
    }
  }
  const a = median(without);
  const b = median(withSlow);
  const paired = without.map((ms, i) => ms / withSlow[i]);
  return {
    fastTurns: fast,
    eventsPerTurn: perTurn,
    withoutSlowMs: Math.round(a),
    withSlowMs: Math.round(b),
    withoutSamplesMs: without.map(Math.round),
    withSamplesMs: withSlow.map(Math.round),
    throughputRatio: Math.round(median(paired) * 100) / 100,
  };
}

export interface MemoryReport {
  gcExposed: boolean;
  retention: RetentionResult[];
  isolation: IsolationResult;
}

export async function runMemory(options: { turns: number; reps: number }): Promise<MemoryReport> {
  const gcExposed = gc();
  if (!gcExposed) progress("  [memory] no gc(): run node with --expose-gc for heap figures");
  const retentionResults = [await claimedTurns(options.turns)];
  progress(`  [memory] ${JSON.stringify(retentionResults[0])}`);
  for (const r of await unclaimedTurns(options.turns)) {
    retentionResults.push(r);
    progress(`  [memory] ${JSON.stringify(r)}`);
  }
  return { gcExposed, retention: retentionResults, isolation: await isolation(options.reps) };
}

export function memoryTable(report: MemoryReport): string {
  const i = report.isolation;
  return [
    `heap after GC, before and after ${fmtInt(report.retention[0].turns)} turns (MB)` +
    (report.gcExposed ? "" : " — NO gc() EXPOSED, figures unreliable"),
    table(
      ["scenario", "before", "peak", "after", "after-before", "wall ms"],
      report.retention.map((r) => [
        r.scenario,
        r.baselineMb.toFixed(1),
        r.peakMb.toFixed(1),
        r.afterMb.toFixed(1),
        `${r.deltaMb >= 0 ? "+" : ""}${r.deltaMb.toFixed(1)}`,
        fmtInt(r.wallMs),
      ]),
    ),
    `slow consumer: ${i.fastTurns} turns x ${fmtInt(i.eventsPerTurn)} events, median ms for ` +
    `the ${i.fastTurns} to finish: ${fmtInt(i.withoutSlowMs)} without, ${
      fmtInt(i.withSlowMs)
    } with one slow consumer; paired throughput ratio (with/without) ${
      i.throughputRatio.toFixed(2)
    }`,
  ].join("\n");
}

if (process.argv[1]?.endsWith("memory.ts")) {
  const flags = parseFlags(process.argv.slice(2));
  const report = await runMemory({
    turns: Number(flags.get("turns") ?? 10_000),
    reps: Number(flags.get("reps") ?? 5),
  });
  const json = flags.get("json");
  if (json) writeFileSync(json, JSON.stringify(report, null, 2));
  console.log(memoryTable(report));
  process.exit(0);
}
