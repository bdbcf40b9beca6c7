// Reconnecting while a goal runs and while an approval waits: the real binary (goals on)
// behind a loopback proxy that cuts the connection; the client reconnects through it. The
// turn cases are in reconnect.test.ts. Plus a fake server for a `thread/goal/cleared` that
// the server's own state contradicts (the real binary sends one only when it has no goal).
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Codex } from "../src/api/codex.ts";
import type { ConnectionState } from "../src/api/reconnect.ts";
import { Thread } from "../src/api/thread.ts";
import type { TurnEvent } from "../src/api/turn.ts";
import { webSocket } from "../src/transport/websocket.ts";
import type { Thread as ThreadInfo, ThreadGoal } from "../gen/types.ts";
import {
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  textReply,
} from "../testing.ts";
import { collect, connectFake, delay, textOf, until } from "./_helpers.ts";
import { startProxy } from "./_tcp_proxy.ts";
import { connect, INJECTED, startServer } from "./_ws_server.ts";

type Gate = ReturnType<typeof gate>;

/**
 * A goal-enabled server behind a proxy, and a client with a reconnect policy that keeps
 * trying (so a test can hold the connection down with `proxy.refusing`). `incoming` and
 * `outgoing` are every message's text, in order.
 */
async function setup(responder: (req: ScriptedRequest) => ScriptedResponse) {
  const model = await ScriptedModel.start({ responder });
  const server = await startServer(model, "ws://127.0.0.1:0", (home) => {
    home.config["features.goals"] = true;
    return Promise.resolve([]);
  });
  const proxy = await startProxy(server.address);
  const states: ConnectionState[] = [];
  const incoming: string[] = [];
  const outgoing: string[] = [];
  const codex = await Codex.start({
    transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 2_000 }),
    reconnect: { maxAttempts: 200, initialDelayMs: 20, maxDelayMs: 50 },
    onConnectionState: (state) => states.push(state),
    onProtocolMessage: (event) => (event.direction === "in" ? incoming : outgoing).push(event.text),
  });
  return {
    model,
    server,
    proxy,
    codex,
    states,
    incoming,
    outgoing,
    reconnected: () =>
      until(() => states.some((s) => s.state === "reconnected"), 20_000, "reconnected"),
    async [Symbol.asyncDispose]() {
      await codex.close();
      await proxy.close();
      await server.stop();
      await model.close();
    },
  };
}

/** Goal turn n (from 1) answers "turn n a;turn n b;", held after its first delta by gates[n-1]. */
function goalTurns(gates: Gate[]) {
  let n = 0;
  return (): ScriptedResponse => {
    const i = n++;
    return {
      ...textReply([`turn ${i + 1} a;`, `turn ${i + 1} b;`], 5),
      gate: (gates[i] ?? gates.at(-1)!).promise,
    };
  };
}

/** Settles `done` into a flag, to assert that it has not settled yet. */
function watch(done: Promise<unknown>): { settled: boolean } {
  const state = { settled: false };
  done.then(() => (state.settled = true), () => (state.settled = true));
  return state;
}

/** Waits until the goal's first turn has reached this client (its turn/started). */
async function firstTurnSeen(goal: { turns(): ReadableStream<{ id: string }> }): Promise<void> {
  const reader = goal.turns().getReader();
  await reader.read();
  await reader.cancel();
}

const started = (events: TurnEvent[]) =>
  events.filter((e) => e.method === "turn/started").map((e) =>
    (e as Extract<TurnEvent, { method: "turn/started" }>).params.turn.id
  );

describe("reconnect during a goal", () => {
  it("a cut in the middle of a goal turn: one stream across it, done() as without it", async () => {
    const gates = [gate(), gate(), gate()];
    await using t = await setup(goalTurns(gates));
    try {
      const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
      const goal = await thread.startGoal("write the docs");
      const done = watch(goal.done());
      const logical = collect(goal.stream());
      const text = textOf(goal.text());
      const handles = collect(goal.turns());
      const first = goal.turns().getReader();
      // Goal turn 1 has streamed its first delta and is held by the model.
      assert.equal(
        (await (await first.read()).value!.text().getReader().read()).value,
        "turn 1 a;",
      );
      await first.cancel();

      const snapshotsBefore = t.incoming.filter((m) => m.includes('"thread/goal/updated"')).length;
      t.proxy.cut();
      await t.reconnected();
      // The resume's goal snapshot has arrived and been handled: the goal goes on.
      await until(
        () =>
          t.incoming.filter((m) => m.includes('"thread/goal/updated"')).length > snapshotsBefore,
        10_000,
        "the resume's goal snapshot",
      );
      await delay(50);
      assert.equal(done.settled, false, "the resume did not end the goal");
      assert.equal(goal.goal.status, "active");

      gates[0].open();
      await t.model.waitForRequests(2);
      const paused = await goal.pause();
      assert.equal(paused.status, "paused");
      gates[1].open();
      const final = await goal.done();
      assert.equal(final.status, "paused");

      const turns = await handles;
      assert.equal(turns.length, 2);
      const events = await logical;
      const perTurn = (await Promise.all(turns.map((turn) => collect(turn.stream())))).flat();
      assert.deepEqual(events, perTurn);
      assert.deepEqual(started(events), turns.map((turn) => turn.id));
      // One gap, in the turn that lived through the cut, before its end.
      const gaps = events.flatMap((e, i) => (e.method === "connection/gap" ? [i] : []));
      assert.equal(gaps.length, 1);
      const gap = events[gaps[0]] as Extract<TurnEvent, { method: "connection/gap" }>;
      assert.equal(gap.params.turnId, turns[0].id);
      assert.ok(gaps[0] < events.findIndex((e) => e.method === "turn/completed"));
      assert.equal(await text, "turn 1 a;turn 1 b;turn 2 a;turn 2 b;");
      for (const [i, turn] of turns.entries()) {
        const result = await turn.result();
        assert.equal(result.turn.status, "completed");
        assert.equal(result.finalResponse, `turn ${i + 1} a;turn ${i + 1} b;`);
      }
      assert.equal(t.model.requests.length, 2, "no goal turn after the pause");
      assert.equal(t.proxy.sent.get("thread/goal/set"), 2, "set and pause, nothing re-sent");
      assert.equal(t.proxy.sent.get("thread/resume"), 1);
    } finally {
      for (const g of gates) g.open();
    }
  });

  it("a goal turn that ended and the next that started while disconnected: the goal goes on", async () => {
    const gates = [gate(), gate(), gate()];
    await using t = await setup(goalTurns(gates));
    try {
      const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
      const goal = await thread.startGoal("write the docs");
      const done = watch(goal.done());
      const logical = collect(goal.stream());
      const handles = collect(goal.turns());
      await firstTurnSeen(goal);

      // Down long enough for turn 1 to end and the server to start turn 2 on its own.
      t.proxy.refusing = true;
      t.proxy.cut();
      await until(() => t.states.some((s) => s.state === "lost"), 10_000, "lost");
      gates[0].open();
      await t.model.waitForRequests(2);
      t.proxy.refusing = false;
      await t.reconnected();
      await delay(100);
      assert.equal(done.settled, false, "the resume did not end the goal");

      const paused = await goal.pause();
      assert.equal(paused.status, "paused");
      gates[1].open();
      assert.equal((await goal.done()).status, "paused");

      const turns = await handles;
      assert.equal(turns.length, 2, "the turn started while disconnected joined the goal");
      const events = await logical;
      const perTurn = (await Promise.all(turns.map((turn) => collect(turn.stream())))).flat();
      assert.deepEqual(events, perTurn);
      // Turn 1 lived through the cut (gap, then its end as the server stored it); turn 2 was
      // joined while running, so its turn/started was missed.
      const first = await collect(turns[0].stream());
      assert.equal(first.filter((e) => e.method === "connection/gap").length, 1);
      assert.equal(first.at(-1)?.method, "turn/completed");
      assert.deepEqual(started(events), [turns[0].id]);
      for (const [i, turn] of turns.entries()) {
        const result = await turn.result();
        assert.equal(result.turn.status, "completed");
        assert.equal(result.finalResponse, `turn ${i + 1} a;turn ${i + 1} b;`);
      }
      assert.equal(t.model.requests.length, 2);
    } finally {
      for (const g of gates) g.open();
    }
  });

  it("a goal paused by another client while disconnected: done() resolves from the resume's snapshot", async () => {
    const gates = [gate(), gate()];
    await using t = await setup(goalTurns(gates));
    try {
      const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
      const goal = await thread.startGoal("write the docs");
      const done = watch(goal.done());
      const handles = collect(goal.turns());
      await firstTurnSeen(goal);

      t.proxy.refusing = true;
      t.proxy.cut();
      await until(() => t.states.some((s) => s.state === "lost"), 10_000, "lost");
      const other = await connect(t.server.address);
      try {
        const seen = await other.resumeThread(thread.id);
        await other.request("thread/goal/set", { threadId: thread.id, status: "paused" });
        gates[0].open();
        // Turn 1 ends while this client is still cut off.
        assert.equal((await seen.activeTurn!.run()).status, "completed");
      } finally {
        await other.close();
      }
      await delay(100);
      assert.equal(done.settled, false);
      t.proxy.refusing = false;
      await t.reconnected();
      // Nothing but the resume told this client that the goal was paused and its turn ended.
      const final = await goal.done();
      assert.equal(final.status, "paused");
      assert.equal(goal.goal.status, "paused");
      const turns = await handles;
      assert.equal(turns.length, 1);
      assert.equal((await turns[0].result()).turn.status, "completed");
      assert.equal(t.model.requests.length, 1, "no goal turn after the pause");
    } finally {
      for (const g of gates) g.open();
    }
  });
});

describe("reconnect: a turn that ran entirely while cut off", () => {
  it("another client's whole turn reaches thread.turns() after the resume, and ends", async () => {
    await using t = await setup(() => textReply(["elsewhere a;", "elsewhere b;"], 5));
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    await (await thread.startTurn("mine")).run();
    const watched = thread.turns().getReader();
    t.proxy.refusing = true;
    t.proxy.cut();
    await until(() => t.states.some((s) => s.state === "lost"), 10_000, "lost");
    const other = await connect(t.server.address);
    let theirs: string;
    try {
      const same = await other.resumeThread(thread.id);
      const turn = await same.startTurn("theirs");
      theirs = turn.id;
      assert.equal((await turn.run()).status, "completed");
    } finally {
      await other.close();
    }
    t.proxy.refusing = false;
    await t.reconnected();
    // The resume's token-usage snapshot names that turn: it must not start a turn that never
    // ends; the turn is followed like one that lived through the gap, its end from the server.
    const seen = (await watched.read()).value!;
    await watched.cancel();
    assert.equal(seen.id, theirs);
    const result = await seen.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "elsewhere a;elsewhere b;");
    assert.equal(thread.activeTurn, undefined);
  });
});

describe("reconnect during an approval", () => {
  it("an approval pending at the cut is asked again with the same id and answered exactly once", async () => {
    const responder = (req: ScriptedRequest): ScriptedResponse =>
      req.functionCallOutputs.length > 0 ? textReply(["done"]) : {
        steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: req.prompt } }],
      };
    await using t = await setup(responder);
    const asked: (string | number)[] = [];
    const answered: string[] = [];
    const first = gate();
    const second = gate();
    const thread = await t.codex.startThread({
      cwd: t.server.home.cwd,
      approvalPolicy: "untrusted",
      sandbox: "workspace-write",
    });
    const turn = await thread.startTurn("touch approved.txt", {}, {
      serverRequests: {
        "item/commandExecution/requestApproval": async (_params, context) => {
          asked.push(context.requestId);
          if (asked.length === 1) {
            // Cut off: its late answer must never reach the server.
            await first.promise;
            answered.push("decline");
            return { decision: "decline" };
          }
          await second.promise;
          answered.push("accept");
          return { decision: "accept" };
        },
      },
    });
    try {
      await until(() => asked.length === 1, 20_000, "asked");
      t.proxy.cut();
      await until(() => asked.length === 2, 20_000, "asked again after the reconnect");
      assert.equal(asked[1], asked[0], "the server asks again with the same request id");
      // The cut-off handler answers first, while the new ask for the same id is open.
      first.open();
      await until(() => answered.length === 1, 5_000, "the cut-off handler answered");
      await delay(100);
      second.open();
      const result = await turn.result();
      assert.equal(result.turn.status, "completed");
      assert.ok(existsSync(join(t.server.home.cwd, "approved.txt")), "the command ran");
      // On the wire: one answer to that id, the second handler's.
      const answers = t.outgoing.map((text) => JSON.parse(text)).filter((m) =>
        m.id === asked[0] && m.method === undefined
      );
      assert.deepEqual(answers.map((m) => m.result), [{ decision: "accept" }]);
      const resolved = (await collect(turn.stream())).filter((e) =>
        e.method === "serverRequest/resolved"
      );
      assert.equal(resolved.length, 1);
    } finally {
      first.open();
      second.open();
    }
  });
});

describe("a goal told it was cleared (fake server)", () => {
  const goalOf = (status: string) => ({
    threadId: "th",
    objective: "o",
    status,
    tokenBudget: null,
    tokensUsed: 0,
    timeUsedSeconds: 0,
    createdAt: 1,
    updatedAt: 1,
  } as ThreadGoal);

  it("goes on when the server still has it active, and ends when it has none", async () => {
    const fake = await connectFake({
      "thread/read": [{ result: { thread: { id: "th", status: { type: "idle" }, turns: [] } } }],
      "thread/goal/set": [{ result: { goal: goalOf("active") } }],
      // As after a resume whose snapshot raced the goal's store: it is there, active.
      "thread/goal/get": [{ result: { goal: goalOf("active") } }, { result: { goal: null } }],
    });
    try {
      const thread = new Thread(fake.client, { id: "th" } as ThreadInfo);
      const goal = await thread.startGoal("o");
      const done = watch(goal.done());
      const cleared = { method: "thread/goal/cleared", params: { threadId: "th" } };
      await fake.emit([cleared]);
      await until(() => fake.sent.filter((s) => s.includes('"thread/goal/get"')).length === 1);
      await delay(50);
      assert.equal(done.settled, false, "an active goal on the server goes on");
      assert.equal(goal.goal.status, "active");
      await fake.emit([cleared]);
      const final = await goal.done();
      assert.equal(final.status, "active", "the goal as it last was");
      assert.equal(fake.sent.filter((s) => s.includes('"thread/goal/get"')).length, 2);
    } finally {
      await fake.close();
    }
  });
});
