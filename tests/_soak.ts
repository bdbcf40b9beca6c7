// The chaos soak: the real binary over its WebSocket listener, behind a loopback proxy that
// cuts the connection at random moments (mid-request, with answers held back, with requests
// held back, mid-turn, mid-approval), while many threads run turns one after another, with
// approvals and reviews among them. `npm run soak` runs the long version (scripts/soak.ts);
// tests/soak.test.ts a short one on every runtime. runSoak() returns the figures and every
// violation it found; the callers print and assert them.
import { existsSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { Codex } from "../src/api/codex.ts";
import type { ConnectionState } from "../src/api/reconnect.ts";
import type { Thread } from "../src/api/thread.ts";
import { ConnectionLostError } from "../src/errors.ts";
import { webSocket } from "../src/transport/websocket.ts";
import type { ThreadItem } from "../gen/types.ts";
import {
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  textReply,
} from "../testing.ts";
import { startProxy } from "./_tcp_proxy.ts";
import { INJECTED, startServer } from "./_ws_server.ts";

export interface SoakOptions {
  threads: number;
  turnsPerThread: number;
  /** Every how many turns of a thread one asks for an approval (0: none). */
  approvalEvery: number;
  /** Every how many turns of a thread one is a review instead (0: none). */
  reviewEvery: number;
  /** How many threads end with a goal of two server-started turns, then paused. */
  goals?: number;
  /** Random pause between cuts, in ms. */
  cutEveryMs: [number, number];
  /** Random source (tests pass a seeded one to replay a run). */
  random?: () => number;
  /** Progress lines go here. */
  log?: (line: string) => void;
}

export interface SoakReport {
  turns: number;
  completed: number;
  /** Starts that failed (each must be a ConnectionLostError: written before a cut). */
  lostStarts: number;
  reviews: number;
  lostReviews: number;
  /** Goals run to two turns and paused; goal turns completed. */
  goals: number;
  goalTurns: number;
  approvalsAsked: number;
  approvalTurns: number;
  cuts: number;
  reconnects: number;
  /** Prompts the model saw more than once as a turn's first request. */
  duplicatePrompts: string[];
  /** Heap and RSS (MB): median over the first and the last third of the turns. */
  heapMb: [number, number];
  rssMb: [number, number];
  seconds: number;
  /** Everything that went wrong (empty for a clean run). */
  violations: string[];
  /** After close(): requests still pending in the router (must be 0). */
  pendingAfterClose: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A step of the soak that takes longer than a minute hangs: fail it, with what it was. */
async function within<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} hung for ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The last input item: a user message starts a turn's first model request. */
function startsTurn(req: ScriptedRequest): boolean {
  const last = req.input[req.input.length - 1] as { type?: string; role?: string } | undefined;
  return last?.role === "user";
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const between = ([a, b]: [number, number]) => a + random() * (b - a);
  const violations: string[] = [];
  const firstAsks = new Map<string, number>();
  const started = Date.now();

  const responder = (req: ScriptedRequest): ScriptedResponse => {
    const prompt = req.prompt ?? "?";
    if (startsTurn(req)) firstAsks.set(prompt, (firstAsks.get(prompt) ?? 0) + 1);
    if (prompt.startsWith("approve ")) {
      if (!startsTurn(req)) return textReply([`${prompt}:done`], 20);
      const file = prompt.slice("approve ".length);
      return {
        steps: [{
          type: "functionCall",
          name: "exec_command",
          arguments: { cmd: `touch ${file}` },
        }],
      };
    }
    if (prompt.startsWith("turn ")) {
      return textReply([`${prompt}:a;`, `${prompt}:b;`, `${prompt}:c;`], 40 + random() * 80);
    }
    return textReply(["No issues ", "found."], 30); // a review
  };
  const model = await ScriptedModel.start({ responder });
  const server = await startServer(
    model,
    "ws://127.0.0.1:0",
    () => Promise.resolve(["--config", "features.goals=true"]),
  );
  const proxy = await startProxy(server.address);
  const states: ConnectionState[] = [];
  let approvalsAsked = 0;
  const codex = await Codex.start({
    transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 3_000 }),
    reconnect: { maxAttempts: 40, initialDelayMs: 20, maxDelayMs: 300 },
    onConnectionState: (state) => states.push(state),
    serverRequests: {
      "item/commandExecution/requestApproval": async () => {
        approvalsAsked++;
        await sleep(random() * 250); // a person deciding: cuts land mid-approval
        return { decision: "accept" };
      },
    },
  });

  // The cutter: at random moments, one of three kinds of cut.
  let cutting = true;
  let quiet = 0;
  let inCut: Promise<void> = Promise.resolve();
  let cutDone = () => {};
  const cutter = (async () => {
    while (cutting) {
      await sleep(between(options.cutEveryMs));
      if (!cutting) break;
      if (quiet > 0) continue;
      inCut = new Promise((resolve) => (cutDone = resolve));
      const kind = random();
      if (kind < 0.35) {
        proxy.holdReplies(); // answers and events held back: requests reached the server
        await sleep(20 + random() * 150);
      } else if (kind < 0.6) {
        proxy.holdRequests(); // what the client writes now never reaches the server
        await sleep(10 + random() * 60);
      }
      proxy.cut();
      cutDone();
    }
  })();
  /**
   * Runs `call` with no cut under way or starting: for the goal's own requests, which the
   * SDK does not make exactly-once (a lost `thread/goal/set` leaves a goal running that this
   * client has no handle for).
   */
  const withoutCuts = async <T>(call: () => Promise<T>): Promise<T> => {
    quiet++;
    try {
      await inCut;
      // The client notices a cut a moment later: wait until it is connected again.
      await sleep(100);
      while (codex.client.router.reconnecting) await sleep(20);
      return await call();
    } finally {
      quiet--;
    }
  };

  const samples: Array<{ heap: number; rss: number }> = [];
  const report: SoakReport = {
    turns: 0,
    completed: 0,
    lostStarts: 0,
    reviews: 0,
    lostReviews: 0,
    goals: 0,
    goalTurns: 0,
    approvalsAsked: 0,
    approvalTurns: 0,
    cuts: 0,
    reconnects: 0,
    duplicatePrompts: [],
    heapMb: [0, 0],
    rssMb: [0, 0],
    seconds: 0,
    violations,
    pendingAfterClose: 0,
  };
  const checks: Array<{ thread: Thread; turnId: string; items: ThreadItem[]; what: string }> = [];

  /** Plain requests are not retried for you: reads are made again when lost. */
  const again = async <T>(call: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof ConnectionLostError)) throw error;
      }
    }
  };
  const runThread = async (t: number) => {
    // Creating a thread is a plain request: one lost to a cut is simply made again.
    let thread: Thread | undefined;
    while (!thread) {
      thread = await codex.startThread({
        cwd: server.home.cwd,
        approvalPolicy: "untrusted",
        sandbox: "workspace-write",
      }).catch((error) => {
        if (!(error instanceof ConnectionLostError)) throw error;
        return undefined;
      });
    }
    for (let i = 0; i < options.turnsPerThread; i++) {
      const review = options.reviewEvery > 0 && i % options.reviewEvery === options.reviewEvery - 1;
      const approve = !review && options.approvalEvery > 0 &&
        i % options.approvalEvery === options.approvalEvery - 1;
      const file = `soak-${t}-${i}.txt`;
      const prompt = approve ? `approve ${file}` : `turn ${t}.${i}`;
      const what = review ? `review ${t}.${i}` : prompt;
      let handle;
      try {
        handle = await within(
          review
            ? thread.review({ type: "custom", instructions: `review ${t}.${i}` })
            : thread.startTurn(prompt),
          `${what}: start`,
        );
      } catch (error) {
        if (review) report.lostReviews++;
        else report.lostStarts++;
        if (!(error instanceof ConnectionLostError)) {
          violations.push(`${what}: start failed with ${String(error)}`);
        } else if (review) {
          // review/start is not exactly-once: the server may have started the review. As
          // the docs advise: once reconnected (a read waits for it), look at activeTurn.
          // Wait until the thread is idle (the review, if the server started it, ended).
          await sleep(300);
          for (let look = 0; look < 100; look++) {
            await thread.activeTurn?.run().catch(() => {});
            const { thread: info } = await again(() => thread!.read());
            if (info.status?.type !== "active") break;
            await sleep(100);
          }
        }
        continue;
      }
      if (review) report.reviews++;
      else report.turns++;
      if (approve) report.approvalTurns++;
      try {
        const result = await within(handle.result(), `${what}: result()`);
        const expected = review
          ? null
          : approve
          ? `${prompt}:done`
          : `${prompt}:a;${prompt}:b;${prompt}:c;`;
        if (result.turn.status !== "completed") {
          violations.push(`${what}: status ${result.turn.status}`);
        } else if (expected !== null && result.finalResponse !== expected) {
          violations.push(`${what}: answer ${JSON.stringify(result.finalResponse)}`);
        } else if (review && (await handle.reviewText()) === null) {
          violations.push(`${what}: no review text`);
        } else {
          if (!review) report.completed++;
          const events: string[] = [];
          for await (const e of handle) events.push(e.method);
          checks.push(
            { thread, turnId: handle.id, items: result.items, what: `${what}`, events } as never,
          );
        }
        if (approve && !existsSync(join(server.home.cwd, file))) {
          violations.push(`${what}: the approved command did not run`);
        }
      } catch (error) {
        violations.push(`${what}: result() failed with ${String(error)}`);
      }
      model.requests.length = 0; // the test kit's own record would grow the heap
      // With --expose-gc (npm run soak), measure what is live, not what awaits collection.
      (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      samples.push({ heap: memory.heapUsed, rss: memory.rss });
      if (samples.length % 20 === 0) log(`${samples.length} turns, ${proxy.cuts} cuts`);
    }
  };

  const runGoal = async (t: number) => {
    const thread = await again(() => codex.startThread({ cwd: server.home.cwd }));
    const what = `goal ${t}`;
    try {
      const goal = await within(
        withoutCuts(() => thread.startGoal(`${what}: keep going`, { tokenBudget: 10_000_000 })),
        `${what}: start`,
      );
      let seen = 0;
      for await (const turn of goal.turns()) {
        const result = await within(turn.result(), `${what}: turn result`);
        if (result.turn.status !== "completed") {
          violations.push(`${what}: turn ${result.turn.status}`);
        } else if (result.finalResponse === null) {
          violations.push(`${what}: a turn without its answer`);
        } else report.goalTurns++;
        if (++seen === 2) break;
      }
      await within(withoutCuts(() => goal.pause()), `${what}: pause`);
      const final = await within(goal.done(), `${what}: done()`);
      if (final.status !== "paused") violations.push(`${what}: ended ${final.status}`);
      else report.goals++;
    } catch (error) {
      violations.push(`${what}: ${String(error)}`);
    }
  };

  try {
    await Promise.all([
      ...Array.from({ length: options.threads }, (_, t) => runThread(t)),
      ...Array.from({ length: options.goals ?? 0 }, (_, t) => runGoal(t)),
    ]);
  } finally {
    cutting = false;
    await cutter;
  }

  // Every completed turn against the server's stored turn: the same items, in order.
  const byThread = new Map<Thread, typeof checks>();
  for (const check of checks) {
    byThread.set(check.thread, [...(byThread.get(check.thread) ?? []), check]);
  }
  for (const [thread, list] of byThread) {
    const { thread: info } = await thread.read({ includeTurns: true });
    for (const check of list) {
      const stored = info.turns.find((turn) => turn.id === check.turnId);
      // A review's stored turn lacks what its inner turn streamed (the user message);
      // every item the server stored must be there, in order.
      const storedIds = new Set(stored?.items.map((item) => item.id));
      const kept = (items: ThreadItem[]) =>
        check.what.startsWith("review ") ? items.filter((i) => storedIds.has(i.id)) : items;
      const key = (all: ThreadItem[], items = kept(all)) =>
        JSON.stringify(
          items.map((item) => [item.type, item.id, item.type === "agentMessage" ? item.text : ""]),
        );
      if (!stored) violations.push(`${check.what}: not stored on the server`);
      else if (key(stored.items) !== key(check.items)) {
        violations.push(
          `${check.what}: items differ from the stored turn: ${
            (check as unknown as { events: string[] }).events.join(",")
          } ${key(check.items).slice(0, 400)} vs stored ${key(stored.items).slice(0, 400)}`,
        );
      }
      if (check.what.startsWith("approve ") && stored) {
        const runs = stored.items.filter((item) => item.type === "commandExecution").length;
        if (runs !== 1) violations.push(`${check.what}: the command ran ${runs} times`);
      }
    }
  }
  for (const [prompt, count] of firstAsks) {
    // Only the soak's own prompts are unique (goal continuations repeat the server's).
    const own = prompt.startsWith("turn ") || prompt.startsWith("approve ");
    if (count > 1 && own) report.duplicatePrompts.push(`${prompt} (${count}x)`);
  }

  report.approvalsAsked = approvalsAsked;
  report.cuts = proxy.cuts;
  report.reconnects = states.filter((s) => s.state === "reconnected").length;
  if (states.some((s) => s.state === "gave up")) violations.push("reconnecting gave up");
  const third = Math.max(1, Math.floor(samples.length / 3));
  report.heapMb = [
    mb(median(samples.slice(0, third).map((s) => s.heap))),
    mb(median(samples.slice(-third).map((s) => s.heap))),
  ];
  report.rssMb = [
    mb(median(samples.slice(0, third).map((s) => s.rss))),
    mb(median(samples.slice(-third).map((s) => s.rss))),
  ];

  await codex.close();
  report.pendingAfterClose = codex.client.router.pendingRequests;
  await proxy.close();
  await server.stop();
  await model.close();
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  return report;
}

/** The report as lines for a person. */
export function formatSoak(report: SoakReport): string {
  return [
    `turns answered ${report.turns}, completed ${report.completed}, starts lost ${report.lostStarts}`,
    `goals ${report.goals} (${report.goalTurns} goal turns), reviews ${report.reviews} (lost ${report.lostReviews}), approval turns ${report.approvalTurns}, approvals asked ${report.approvalsAsked}`,
    `cuts ${report.cuts}, reconnects ${report.reconnects}, duplicate prompts ${report.duplicatePrompts.length}`,
    `heap ${report.heapMb[0]} -> ${report.heapMb[1]} MB, rss ${report.rssMb[0]} -> ${
      report.rssMb[1]
    } MB (first vs last third, medians)`,
    `${report.seconds} s; pending after close ${report.pendingAfterClose}`,
    ...report.violations.map((v) => `VIOLATION ${v}`),
    ...report.duplicatePrompts.map((p) => `DUPLICATE ${p}`),
  ].join("\n");
}
