// Sub-agents: a parent turn whose (scripted) model calls the sub-agent tools of the real
// pinned binary — `multi_agent_v1` by default, `collaboration` with features.multi_agent_v2.
// The parent's turn holds only its own thread's events; thread.agents() hands out each child,
// followed from its first event; listAgents() lists the server's children.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import type { Thread } from "../src/api/thread.ts";
import type { TurnEvent, TurnHandle } from "../src/api/turn.ts";
import { AgentTracker } from "../src/api/agents.ts";
import { CodexError, InvalidRequestError } from "../src/errors.ts";
import {
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  startTestCodex,
} from "../testing.ts";
import { connect, INJECTED, startServer } from "./_ws_server.ts";
import { startProxy } from "./_tcp_proxy.ts";
import { webSocket } from "../src/transport/websocket.ts";
import {
  collect,
  delay,
  delta,
  inMemoryServer,
  textOf,
  threadInfo,
  threadStartResult,
  turnCompleted,
  turnStarted,
  until,
} from "./_helpers.ts";
import { Codex } from "../src/api/codex.ts";
import { Session } from "../src/api/session.ts";

const CHILD_TEXT = ["The ", "child ", "counted ", "three ", "files."];

/** Whether a model request is a sub-agent's (the binary marks them with these headers). */
function isChild(req: ScriptedRequest): boolean {
  return req.headers["x-openai-subagent"] === "collab_spawn" &&
    typeof req.headers["x-codex-parent-thread-id"] === "string";
}

function call(namespace: string, name: string, args: object): ScriptedResponse {
  return { steps: [{ type: "functionCall", namespace, name, arguments: args }] };
}

/** The spawned child's id, from the spawn tool's output the parent's model got back. */
function spawnedId(req: ScriptedRequest): string {
  return JSON.parse(req.functionCallOutputs[0].output).agent_id;
}

/**
 * A parent model that spawns one child, waits for it (V1: wait_agent on its id), optionally
 * closes it, then answers; the child streams CHILD_TEXT.
 */
function v1Parent(options: { close?: boolean; childDelayMs?: number } = {}) {
  const ns = "multi_agent_v1";
  return (req: ScriptedRequest): ScriptedResponse => {
    if (isChild(req)) {
      return { steps: [{ type: "text", text: CHILD_TEXT }], delayMs: options.childDelayMs ?? 10 };
    }
    const outputs = req.functionCallOutputs.length;
    if (outputs === 0) return call(ns, "spawn_agent", { message: "count the files" });
    if (outputs === 1) return call(ns, "wait_agent", { targets: [spawnedId(req)] });
    if (outputs === 2 && options.close) return call(ns, "close_agent", { target: spawnedId(req) });
    return { steps: [{ type: "text", text: "parent done" }] };
  };
}

function v2Parent() {
  const ns = "collaboration";
  return (req: ScriptedRequest): ScriptedResponse => {
    if (isChild(req)) return { steps: [{ type: "text", text: CHILD_TEXT }], delayMs: 10 };
    const outputs = req.functionCallOutputs.length;
    if (outputs === 0) {
      return call(ns, "spawn_agent", { task_name: "helper", message: "count the files" });
    }
    if (outputs === 1) return call(ns, "wait_agent", { timeout_ms: 20_000 });
    return { steps: [{ type: "text", text: "parent done" }] };
  };
}

/** Reads every child `agents()` yields, and each child's turns with their text, labelled. */
function follow(thread: Thread): {
  children: Thread[];
  texts: Map<string, string[]>;
  turns: Map<string, TurnHandle[]>;
  done: Promise<void>;
} {
  const children: Thread[] = [];
  const texts = new Map<string, string[]>();
  const turns = new Map<string, TurnHandle[]>();
  const readers: Promise<void>[] = [];
  const done = (async () => {
    for await (const child of thread.agents()) {
      children.push(child);
      texts.set(child.id, []);
      turns.set(child.id, []);
      readers.push((async () => {
        for await (const turn of child.turns()) {
          turns.get(child.id)!.push(turn);
          let text = "";
          for await (const chunk of turn.text()) text += chunk;
          texts.get(child.id)!.push(text);
        }
      })());
    }
    await Promise.all(readers);
  })();
  return { children, texts, turns, done };
}

function foreignEvents(events: TurnEvent[], threadId: string): string[] {
  return events
    .filter((e) => {
      const p = e.params as { threadId?: unknown };
      return typeof p.threadId === "string" && p.threadId !== threadId;
    })
    .map((e) => e.method);
}

describe("sub-agents (multi_agent_v1)", () => {
  it("keeps the child's events out of the parent's turn and hands the child out through agents()", async () => {
    await using t = await startTestCodex({ responder: v1Parent() });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const seen = follow(thread);
    const turn = await thread.startTurn("spawn a helper and wait for it");
    const events = await collect(turn.stream());

    // Isolation: the child's turn/started (rooted at this turn) and its items are not here.
    assert.deepEqual(foreignEvents(events, thread.id), []);
    assert.equal(events.filter((e) => e.method === "turn/started").length, 1);
    for (const e of events) {
      const p = e.params as { turnId?: unknown; turn?: { id?: unknown } };
      assert.equal(p.turnId ?? p.turn?.id ?? turn.id, turn.id, e.method);
    }
    // The parent's result completes after wait_agent, with the wait's outcome in it.
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "parent done");
    const collab = result.items.filter((i) => i.type === "collabAgentToolCall");
    assert.deepEqual(collab.map((i) => i.type === "collabAgentToolCall" && i.tool), [
      "spawnAgent",
      "wait",
    ]);

    await until(() =>
      seen.children.length === 1 && seen.texts.get(seen.children[0].id)?.length === 1
    );
    const [child] = seen.children;
    assert.notEqual(child.id, thread.id);
    assert.equal(child.parentThreadId, thread.id);
    assert.equal(typeof child.nickname, "string");
    assert.equal(child.depth, 1);
    // The child's first turn streamed in full and its result completed.
    assert.deepEqual(seen.texts.get(child.id), [CHILD_TEXT.join("")]);
    const [childTurn] = seen.turns.get(child.id)!;
    assert.equal(childTurn.threadId, child.id);
    const childResult = await childTurn.result();
    assert.equal(childResult.turn.status, "completed");
    assert.equal(childResult.finalResponse, CHILD_TEXT.join(""));
    // The child turn's own stream holds only the child's events.
    assert.deepEqual(foreignEvents(await collect(childTurn.stream()), child.id), []);
    // The child's model request was the sub-agent's, naming its parent.
    const childRequest = t.model.requests.find(isChild)!;
    assert.equal(childRequest.headers["x-codex-parent-thread-id"], thread.id);
    // A child's read() works on the child.
    assert.equal((await child.read()).thread.id, child.id);
    // The same child handle comes again from a new agents() stream while it is live.
    const again = thread.agents().getReader();
    assert.equal((await again.read()).value, child);
    await again.cancel();
  });

  it("yields the child's first turn from child.turns() even when read after it ended", async () => {
    await using t = await startTestCodex({ responder: v1Parent() });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const reader = thread.agents().getReader();
    const turn = await thread.startTurn("spawn a helper and wait for it");
    await turn.result();
    const child = (await reader.read()).value!;
    // Only now, after the child's turn ended, does anyone ask for its turns.
    const turns = child.turns().getReader();
    const first = (await turns.read()).value!;
    assert.equal(first.threadId, child.id);
    assert.equal(await first.finalText(), CHILD_TEXT.join(""));
    await turns.cancel();
    await reader.cancel();
  });

  it("settles the child when close_agent unloads it: its streams end, nothing stays followed", async () => {
    await using t = await startTestCodex({ responder: v1Parent({ close: true }) });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const seen = follow(thread);
    const reader = thread.agents().getReader();
    const turn = await thread.startTurn("spawn, wait, close");
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.deepEqual(
      result.items.filter((i) => i.type === "collabAgentToolCall").map((i) =>
        i.type === "collabAgentToolCall" && i.tool
      ),
      ["spawnAgent", "wait", "closeAgent"],
    );
    const child = (await reader.read()).value!;
    await reader.cancel();
    // The closed child's turns() and agents() end instead of waiting forever.
    const turns = await collect(child.turns());
    assert.equal(turns.length, 1);
    assert.deepEqual(await collect(child.agents()), []);
    assert.deepEqual(seen.texts.get(child.id), [CHILD_TEXT.join("")]);
    const tracker = AgentTracker.of(t.codex.client, () => ({}));
    await until(() => tracker.size === 0);
    // Cancelled readers and a settled child leave nothing behind.
    await t.codex.close();
    await seen.done;
  });

  it("lists the server's children, also from another client that resumed the parent", async () => {
    await using t = await startTestCodex({
      responder: v1Parent(),
      codex: { experimentalApi: true },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("spawn a helper and wait for it");
    await turn.result();
    const listed = await thread.listAgents();
    assert.equal(listed.length, 1);
    const [child] = listed;
    assert.equal(child.parentThreadId, thread.id);
    assert.equal(child.depth, 1);
    // Listed again: the same handle, not a second one.
    assert.equal((await thread.listAgents())[0], child);
    // A child listed before anyone followed it is followed from then on like one from agents().
    assert.equal((await child.read()).thread.id, child.id);

    // The parent resumed by a second client (a new process on the same CODEX_HOME).
    await t.codex.close();
    await using other = await startTestCodex({
      model: t.model,
      codex: { experimentalApi: true, env: t.home.env },
    });
    const resumed = await other.codex.resumeThread(thread.id);
    const again = await resumed.listAgents();
    assert.deepEqual(again.map((c) => c.id), [child.id]);
    assert.equal(again[0].parentThreadId, thread.id);
    // A new process has not loaded the child: the handle says so; resuming loads it, and the
    // listed handle, followed since it was listed, has the turn started on it in turns().
    assert.equal(again[0].info.status.type, "notLoaded");
    await other.codex.resumeThread(child.id);
    const childTurn = await again[0].startTurn("once more");
    assert.equal(await childTurn.finalText(), CHILD_TEXT.join(""));
    assert.equal((await childTurn.result()).turn.status, "completed");
    // (A resumed thread may also list a turn that the first process left running: the
    // handle's turns() starts with what it was told of, then the one started here.)
    const turns = again[0].turns().getReader();
    const told: TurnHandle[] = [];
    while (!told.includes(childTurn)) told.push((await turns.read()).value!);
    assert.ok(told.every((turn) => turn.threadId === child.id));
    await turns.cancel();
  });

  it("lists a running child to a second client of the same server, its running turn joined", async () => {
    const hold = gate();
    await using model = await ScriptedModel.start({
      responder: (req) =>
        isChild(req)
          ? { steps: [{ type: "text", text: CHILD_TEXT }], delayMs: 5, gate: hold.promise }
          : v1Parent()(req),
    });
    const server = await startServer(model, "ws://127.0.0.1:0");
    try {
      const a = await connect(server.address);
      let b: Codex | undefined;
      try {
        const thread = await a.startThread({ cwd: server.home.cwd });
        const turn = await thread.startTurn("spawn a helper and wait for it");
        await until(() => model.requests.some(isChild), 10_000, "the child's model request");
        // b connects while the child's first turn runs: it saw none of that turn's start.
        b = await connect(server.address, {}, { experimentalApi: true });
        const resumed = await b.resumeThread(thread.id);
        const [child, ...more] = await resumed.listAgents();
        assert.equal(more.length, 0);
        assert.equal(child.parentThreadId, thread.id);
        // b never got the child's events: listing resumed the loaded child on b, and its
        // running turn is already its activeTurn.
        const running = child.activeTurn;
        assert.ok(running, "the child's running turn joined");
        assert.equal(running.threadId, child.id);
        const rest = textOf(running.text());
        hold.open();
        assert.ok(CHILD_TEXT.join("").endsWith(await rest));
        assert.equal((await running.result()).turn.status, "completed");
        assert.equal((await running.result()).finalResponse, CHILD_TEXT.join(""));
        // Items completed before b joined (the child's prompt) come from the server.
        const stored = (await child.read({ includeTurns: true })).thread.turns
          .find((t) => t.id === running.id)!;
        assert.deepEqual(
          (await running.result()).items.map((item) => [item.type, item.id]),
          stored.items.map((item) => [item.type, item.id]),
        );
        assert.equal((await turn.result()).finalResponse, "parent done");
      } finally {
        await a.close();
        await b?.close();
      }
    } finally {
      await server.stop();
    }
  });

  it("follows the child again after a reconnect: its held turn completes, the parent's too", async () => {
    const hold = gate();
    await using model = await ScriptedModel.start({
      responder: (req) =>
        isChild(req)
          ? { steps: [{ type: "text", text: CHILD_TEXT }], delayMs: 5, gate: hold.promise }
          : v1Parent()(req),
    });
    const server = await startServer(model, "ws://127.0.0.1:0");
    const proxy = await startProxy(server.address);
    const states: string[] = [];
    const codex = await Codex.start({
      transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 2_000 }),
      reconnect: { maxAttempts: 4, initialDelayMs: 50, maxDelayMs: 200 },
      onConnectionState: (state) => states.push(state.state),
      experimentalApi: true,
    });
    try {
      const thread = await codex.startThread({ cwd: server.home.cwd });
      const agents = gather(thread);
      const turn = await thread.startTurn("spawn a helper and wait for it");
      await until(() => agents.got.length === 1, 10_000, "the child");
      const [child] = agents.got;
      const childTurn = (await child.turns().getReader().read()).value!;
      // The child's turn is under way, held by the model after its first delta.
      assert.equal((await childTurn.text().getReader().read()).value, CHILD_TEXT[0]);

      proxy.cut();
      await until(() => states.includes("reconnected"), 20_000, "reconnected");
      hold.open();
      const events = await collect(childTurn.stream());
      assert.equal(events.filter((e) => e.method === "connection/gap").length, 1);
      assert.deepEqual(foreignEvents(events, child.id), []);
      const result = await childTurn.result();
      assert.equal(result.turn.status, "completed");
      assert.equal(result.finalResponse, CHILD_TEXT.join(""));
      assert.equal((await turn.result()).finalResponse, "parent done");
      // The server still knows the child, and it is the handle this client follows.
      const listed = await thread.listAgents();
      assert.equal(listed.length, 1);
      assert.equal(listed[0], child);
      await agents.stop();
    } finally {
      await codex.close();
      await proxy.close();
      await server.stop();
    }
  });

  it("refuses listAgents() on a client without the experimental API, with a clear error", async () => {
    await using t = await startTestCodex({ responder: v1Parent() });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    await assert.rejects(thread.listAgents(), (error: unknown) => {
      assert.ok(error instanceof CodexError);
      assert.match((error as Error).message, /experimentalApi/);
      return true;
    });
  });
});

describe("sub-agents (multi_agent_v2)", () => {
  it("hands out the V2 child with its path, streams its turn, and refuses direct input", async () => {
    await using t = await startTestCodex({
      responder: v2Parent(),
      codex: { config: { "features.multi_agent_v2": true } },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const seen = follow(thread);
    const turn = await thread.startTurn("spawn a helper and wait for it");
    const events = await collect(turn.stream());
    assert.deepEqual(foreignEvents(events, thread.id), []);
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "parent done");
    assert.ok(result.items.some((i) => i.type === "subAgentActivity" && i.kind === "started"));

    await until(() =>
      seen.children.length === 1 && seen.texts.get(seen.children[0].id)?.length === 1
    );
    const [child] = seen.children;
    assert.equal(child.parentThreadId, thread.id);
    assert.equal(child.path, "/root/helper");
    assert.deepEqual(seen.texts.get(child.id), [CHILD_TEXT.join("")]);
    await assert.rejects(child.startTurn("hello"), (error: unknown) => {
      assert.ok(error instanceof InvalidRequestError);
      assert.match((error as Error).message, /direct app-server input is not allowed/);
      return true;
    });
  });

  it("takes the child's late completion after the parent's turn ended without breaking the parent", async () => {
    // No wait_agent: the parent answers at once, the child finishes afterwards, and its
    // `subAgentActivity` completion arrives tagged with the parent's ended turn.
    let release!: () => void;
    const childGate = new Promise<void>((resolve) => (release = resolve));
    await using t = await startTestCodex({
      responder: (req) => {
        if (isChild(req)) return { steps: [{ type: "text", text: CHILD_TEXT }], gate: childGate };
        if (req.functionCallOutputs.length === 0) {
          return call("collaboration", "spawn_agent", { task_name: "late", message: "go" });
        }
        return { steps: [{ type: "text", text: "parent done" }] };
      },
      codex: { config: { "features.multi_agent_v2": true } },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const seen = follow(thread);
    const late: unknown[] = [];
    const notifications = thread.notifications().getReader();
    void (async () => {
      while (true) {
        const { value, done } = await notifications.read();
        if (done) return;
        if (value.method === "item/completed" || value.method === "item/started") late.push(value);
      }
    })().catch(() => {});
    const turn = await thread.startTurn("spawn and go on");
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "parent done");
    release();
    await until(() => seen.texts.get(seen.children[0]?.id ?? "")?.length === 1);
    assert.deepEqual(seen.texts.get(seen.children[0].id), [CHILD_TEXT.join("")]);
    // The late completion reached the thread's listeners; the parent's turn stays completed.
    await until(() => late.length > 0);
    assert.equal((await turn.result()).turn.status, "completed");
    assert.equal(thread.activeTurn, undefined);
    // A next parent turn runs normally.
    assert.equal(await (await thread.startTurn("again")).finalText(), "parent done");
    await notifications.cancel();
  });
});

// The orders the binary may send things in, played by an in-memory server: which of the
// spawn item and the child's first event comes first, a child turn nobody could claim yet,
// and many children over a long session.
describe("sub-agents: event orders and bounds", () => {
  const P = "parent-thread";
  const T = "parent-turn";
  const childInfo = (id: string) => ({
    ...threadInfo(id),
    parentThreadId: P,
    agentNickname: `nick-${id}`,
    source: {
      subAgent: {
        thread_spawn: { parent_thread_id: P, depth: 1, agent_nickname: `nick-${id}` },
      },
    },
  });
  const rootedStart = (threadId: string, turnId: string, rootTurnId: string) => ({
    method: "turn/started",
    params: {
      threadId,
      turn: { id: turnId, items: [], status: "inProgress", error: null, rootTurnId },
    },
  });
  const spawnItem = (childIds: string[], id = "call-1") => ({
    method: "item/completed",
    params: {
      threadId: P,
      turnId: T,
      item: {
        type: "collabAgentToolCall",
        id,
        tool: "spawnAgent",
        status: "completed",
        senderThreadId: P,
        receiverThreadIds: childIds,
        agentsStates: {},
      },
    },
  });
  const closed = (threadId: string) => ({
    method: "thread/status/changed",
    params: { threadId, status: { type: "notLoaded" } },
  });

  // deno-lint-ignore no-explicit-any -- the in-memory server's handlers take raw params
  async function start(extra: Record<string, (params: any) => unknown> = {}) {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(P),
      "turn/start": () => ({ turn: { id: T, items: [], status: "inProgress", error: null } }),
      "thread/read": (p) => ({ thread: childInfo(p.threadId) }),
      ...extra,
    });
    const codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    return { server, codex, thread };
  }

  it("hands out a child from its first turn/started, before any spawn item names it", async () => {
    const { server, codex, thread } = await start();
    try {
      const agents = gather(thread);
      const turn = await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      // The child's whole first turn, rooted at the parent's turn, and no spawn item yet.
      await server.send(rootedStart("child-1", "child-turn-1", T));
      await server.send(delta("child-1", "child-turn-1", "Hel"));
      await server.send(delta("child-1", "child-turn-1", "lo"));
      await server.send(turnCompleted("child-1", "child-turn-1"));
      await until(() => agents.got.length === 1, 2000, "the child");
      const [child] = agents.got;
      assert.equal(child.id, "child-1");
      assert.equal(child.parentThreadId, P);
      assert.equal(child.nickname, "nick-child-1");
      assert.equal(child.depth, 1);
      const childTurns = child.turns().getReader();
      const first = (await childTurns.read()).value!;
      assert.equal(first.id, "child-turn-1");
      assert.equal(await textOf(first.text()), "Hello");
      // Then the spawn item names the same child: no second handle.
      await server.send(spawnItem(["child-1"]));
      await server.send(turnCompleted(P, T));
      const events = await collect(turn.stream());
      assert.deepEqual(events.map((e) => e.method), [
        "turn/started",
        "item/completed",
        "turn/completed",
      ]);
      assert.equal((events[0].params as { turn: { id: string } }).turn.id, T);
      // No second child comes.
      await delay(50);
      assert.equal(agents.got.length, 1);
      await agents.stop();
      // Nobody watches the parent's spawns now; a new agents() stream still yields the live
      // child this client follows: the same handle.
      const again = gather(thread);
      await until(() => again.got.length === 1, 2000, "the child again");
      assert.equal(again.got[0], child);
      // Unloaded: the child's turns() ends.
      await server.send(closed("child-1"));
      assert.equal((await childTurns.read()).done, true);
      await again.stop();
    } finally {
      await codex.close();
    }
  });

  it("claims a child's turn that started before anyone could tell it was a child", async () => {
    const { server, codex, thread } = await start();
    try {
      const agents = gather(thread);
      await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      // Rooted at a turn this client never saw: nothing tells the child apart yet, so its
      // turn waits unclaimed; the spawn item that names it comes only after the turn ended.
      await server.send(rootedStart("child-2", "child-turn-2", "unknown-turn"));
      await server.send(delta("child-2", "child-turn-2", "early"));
      await server.send(turnCompleted("child-2", "child-turn-2"));
      await delay(50);
      assert.equal(agents.got.length, 0);
      await server.send(spawnItem(["child-2"]));
      await until(() => agents.got.length === 1, 2000, "the child");
      const [child] = agents.got;
      assert.equal(child.id, "child-2");
      const first = (await child.turns().getReader().read()).value!;
      assert.equal(first.id, "child-turn-2");
      assert.equal(await textOf(first.text()), "early");
      assert.equal((await first.result()).turn.status, "completed");
      await agents.stop();
    } finally {
      await codex.close();
    }
  });

  it("reads the missed items of a child turn claimed from the middle of its events", async () => {
    const stored = {
      id: "mid-turn",
      status: "completed",
      error: null,
      items: [
        { type: "userMessage", id: "u1", content: [] },
        { type: "agentMessage", id: "a1", text: "whole answer" },
      ],
    };
    const { server, codex, thread } = await start({
      "thread/turns/list": () => ({ data: [stored], nextCursor: null }),
    });
    try {
      const agents = gather(thread);
      await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      // Only the end of the child's turn reaches this client, before anything names the child.
      await server.send(delta("child-3", "mid-turn", "answer"));
      await server.send({
        method: "item/completed",
        params: {
          threadId: "child-3",
          turnId: "mid-turn",
          item: { type: "agentMessage", id: "a1", text: "whole answer" },
        },
      });
      await server.send(turnCompleted("child-3", "mid-turn"));
      await server.send(spawnItem(["child-3"]));
      await until(() => agents.got.length === 1, 2000, "the child");
      const turn = (await agents.got[0].turns().getReader().read()).value!;
      assert.equal(turn.id, "mid-turn");
      // Its result holds the item it never saw, read from the server.
      assert.deepEqual((await turn.result()).items.map((i) => i.id), ["u1", "a1"]);
      await agents.stop();
    } finally {
      await codex.close();
    }
  });

  it("settles the children of a parent the server unloads", async () => {
    const { server, codex, thread } = await start();
    try {
      const agents = gather(thread);
      await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      await server.send(spawnItem(["kid-a", "kid-b"]));
      await until(() => agents.got.length === 2, 2000, "two children");
      const streams = agents.got.map((child) => collect(child.turns()));
      await server.send(turnCompleted(P, T));
      await server.send(closed(P));
      // Both children's turns() end: their parent is gone.
      assert.deepEqual(await Promise.all(streams), [[], []]);
      assert.equal(AgentTracker.of(codex.client, () => ({})).size, 0);
      await agents.stop();
    } finally {
      await codex.close();
    }
  });

  it("learns of a V2 child from its subAgentActivity item, with the agent path", async () => {
    const { server, codex, thread } = await start();
    try {
      const agents = gather(thread);
      await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      await server.send({
        method: "item/completed",
        params: {
          threadId: P,
          turnId: T,
          item: {
            type: "subAgentActivity",
            id: "call-v2",
            kind: "started",
            agentThreadId: "v2-child",
            agentPath: "/root/helper",
          },
        },
      });
      await until(() => agents.got.length === 1, 2000, "the V2 child");
      const [child] = agents.got;
      assert.equal(child.id, "v2-child");
      assert.equal(child.path, "/root/helper");
      // Its first turn, after it was learned of, is its own.
      await server.send(rootedStart("v2-child", "v2-turn", T));
      await server.send(delta("v2-child", "v2-turn", "done"));
      await server.send(turnCompleted("v2-child", "v2-turn"));
      const first = (await child.turns().getReader().read()).value!;
      assert.equal(await textOf(first.text()), "done");
      await agents.stop();
    } finally {
      await codex.close();
    }
  });

  it("follows nothing once children are closed, and holds a bounded number of live ones", async () => {
    const { server, codex, thread } = await start();
    try {
      const agents = gather(thread);
      await thread.startTurn("spawn");
      await server.send(turnStarted(P, T));
      const tracker = AgentTracker.of(codex.client, () => ({}));
      const registry = Session.of(codex.client).turns;
      for (let i = 0; i < 200; i++) {
        await server.send(spawnItem([`c-${i}`], `call-${i}`));
        await server.send(rootedStart(`c-${i}`, `ct-${i}`, T));
        await server.send(turnCompleted(`c-${i}`, `ct-${i}`));
        await server.send(closed(`c-${i}`));
      }
      await until(() => agents.got.length === 200, 5000, "200 children");
      assert.deepEqual(agents.got.map((c) => c.id), [...Array(200).keys()].map((i) => `c-${i}`));
      await until(() => tracker.size === 0, 5000, "children to settle");
      // Every child turn ended and was let go; only the parent's running turn is held.
      await until(() => registry.size === 1, 5000, "turns to be let go");
      assert.equal(registry.active(P)?.id, T);
      // Past the cap the oldest live child is let go: never more than 1,000 followed.
      for (let i = 0; i < 1_010; i++) await server.send(spawnItem([`live-${i}`], `spawn-${i}`));
      await until(() => agents.got.length === 1_210, 10_000, "1,010 more children");
      assert.equal(tracker.size, 1_000);
      await agents.stop();
    } finally {
      await codex.close();
    }
  });
});

/** Collects what `agents()` yields as it comes; `stop()` cancels the stream. */
function gather(thread: Thread): { got: Thread[]; stop: () => Promise<void> } {
  const got: Thread[] = [];
  const reader = thread.agents().getReader();
  void (async () => {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      got.push(value);
    }
  })().catch(() => {});
  return { got, stop: () => reader.cancel() };
}
