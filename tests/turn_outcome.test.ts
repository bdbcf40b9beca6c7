// A turn's handle and outcome over an in-memory app-server, for sequences the real binary
// does not produce on demand: events that overtake the turn/start answer while the thread is
// watched, a failed turn, a turn/start that fails or answers nonsense, and a thread another
// client keeps busy.
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import { JsonRpcError, ProtocolError, ThreadBusyError, TurnFailedError } from "../src/errors.ts";
import {
  collect,
  describe,
  inMemoryServer,
  it,
  type Msg,
  threadInfo,
  threadStartResult,
  within,
} from "./_helpers.ts";

const TH = "th-1";
const started = (turnId: string) => ({
  method: "turn/started",
  params: { threadId: TH, turn: { id: turnId, items: [], status: "inProgress", error: null } },
});
const completed = (turnId: string, status = "completed", error: unknown = null) => ({
  method: "turn/completed",
  params: { threadId: TH, turn: { id: turnId, items: [], status, error } },
});
const itemCompleted = (turnId: string, item: Record<string, unknown>) => ({
  method: "item/completed",
  params: { threadId: TH, turnId, item },
});
const agentMessage = (id: string, text: string, phase: string | null) => ({
  type: "agentMessage",
  id,
  text,
  phase,
});
const turnResult = (id: string) => ({ turn: { id, items: [], status: "inProgress", error: null } });

describe("a watched turn whose events overtake the turn/start answer", () => {
  it("gets exactly one handle: the one startTurn returns, with the turn's first events", async () => {
    let n = 0;
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "turn/start": async (_p, send) => {
        const id = `tu-${++n}`;
        // The first turn's events reach the client before the answer does.
        if (n === 1) {
          await send(started(id));
          await send({
            method: "item/agentMessage/delta",
            params: { threadId: TH, turnId: id, itemId: "m", delta: "early" },
          });
        }
        return turnResult(id);
      },
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const watcher = thread.turns().getReader();

    const first = await thread.startTurn("one");
    assert.equal(first.id, "tu-1");
    const seen = await watcher.read();
    assert.equal(seen.value, first, "the watcher's handle is startTurn's handle");
    await server.send(completed("tu-1"));
    const events = await collect(first.stream());
    assert.deepEqual(events.map((e) => e.method), [
      "turn/started",
      "item/agentMessage/delta",
      "turn/completed",
    ]);

    // The next thing the watcher yields is the next turn, not the first one again.
    const second = await thread.startTurn("two");
    await server.send(started("tu-2"));
    await server.send(completed("tu-2"));
    assert.equal((await watcher.read()).value, second);
    assert.equal((await second.run()).status, "completed");
    await watcher.cancel();
  });
});

describe("finalResponse", () => {
  it("is the last agent message that is not commentary", async () => {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "turn/start": () => turnResult("tu-1"),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const turn = await thread.startTurn("go");
    await server.send(started("tu-1"));
    await server.send(itemCompleted("tu-1", agentMessage("a", "first answer", "final_answer")));
    await server.send(itemCompleted("tu-1", agentMessage("b", "second answer", null)));
    await server.send(itemCompleted("tu-1", agentMessage("c", "just a remark", "commentary")));
    await server.send(completed("tu-1"));
    const result = await turn.result();
    assert.equal(result.items.length, 3);
    assert.equal(result.finalResponse, "second answer");
    assert.equal(await turn.finalText(), "second answer");
  });
});

describe("a failed turn", () => {
  it("rejects with TurnFailedError whose result carries the turn's items and usage", async () => {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "turn/start": () => turnResult("tu-1"),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const turn = await thread.startTurn("go");
    const usage = {
      last: {
        inputTokens: 11,
        cachedInputTokens: 0,
        outputTokens: 4,
        reasoningOutputTokens: 0,
        totalTokens: 15,
      },
      total: {
        inputTokens: 30,
        cachedInputTokens: 0,
        outputTokens: 9,
        reasoningOutputTokens: 0,
        totalTokens: 39,
      },
      modelContextWindow: null,
    };
    const message = agentMessage("a", "half an answer", null);
    await server.send(started("tu-1"));
    await server.send(itemCompleted("tu-1", message));
    await server.send({
      method: "thread/tokenUsage/updated",
      params: { threadId: TH, turnId: "tu-1", tokenUsage: usage },
    });
    await server.send(completed("tu-1", "failed", { message: "model overloaded" }));
    const error = await turn.result().then(
      () => assert.fail("a failed turn must reject"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof TurnFailedError, String(error));
    assert.match(error.message, /model overloaded/);
    assert.equal(error.turn.status, "failed");
    assert.ok(error.result, "the error carries the result");
    assert.deepEqual(error.result.items, [message]);
    assert.deepEqual(error.result.turn.items, [message]);
    assert.deepEqual(error.result.usage, usage);
    assert.equal(error.result.finalResponse, "half an answer");
    await assert.rejects(turn.run(), TurnFailedError);
  });
});

describe("a turn/start that fails", () => {
  for (
    const [name, answer] of [
      ["a JSON-RPC error", "error"],
      ["a result without a turn", {}],
      ["a turn without an id", { turn: { items: [], status: "inProgress", error: null } }],
    ] as const
  ) {
    it(`with ${name} releases the thread: the next startTurn does not hang`, async () => {
      let n = 0;
      const server = inMemoryServer({
        "thread/start": () => threadStartResult(TH),
        "turn/start": () => {
          if (++n === 1) {
            if (answer === "error") throw { code: -32600, message: "bad input" };
            return answer;
          }
          return turnResult(`tu-${n}`);
        },
      });
      await using codex = await Codex.start({ transport: server.transport });
      const thread = await codex.startThread();
      const failure = await thread.startTurn("first").then(
        (handle) => assert.fail(`turn/start ${name} resolved with turn ${handle.id}`),
        (e: unknown) => e,
      );
      assert.ok(
        answer === "error" ? failure instanceof JsonRpcError : failure instanceof ProtocolError,
        String(failure),
      );
      const next = await within(thread.startTurn("second"), 3_000, "the next startTurn");
      assert.equal(next.id, "tu-2");
      assert.equal(thread.activeTurn, next);
      await server.send(completed("tu-2"));
      assert.equal((await next.run()).status, "completed");
    });
  }
});

describe("thread.startGoal on a thread another client keeps busy", () => {
  it("is refused with ThreadBusyError when thread/read reports the thread active", async () => {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "thread/read": () => ({
        thread: { ...threadInfo(TH), status: { type: "active", activeFlags: [] } },
      }),
      "thread/goal/set": () => {
        throw { code: -32600, message: "no goal may be set on a busy thread" };
      },
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    // This client knows of no running turn on the thread: only the server does.
    assert.equal(thread.activeTurn, undefined);
    const error = await thread.startGoal("take over").then(
      () => assert.fail("startGoal must refuse"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ThreadBusyError, String(error));
    assert.equal(error.threadId, TH);
    // startGoal settled only after every answer it waited for: nothing more is coming.
    assert.deepEqual(
      server.received.filter((m: Msg) => m.method?.startsWith("thread/goal")),
      [],
    );
  });
});

describe("a turn's unfinished items (turn_result.ts outlivesTurn)", () => {
  it("a command left running joins result().items; a message the turn never finished does not", async () => {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "turn/start": () => turnResult("tu-u"),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const turn = await thread.startTurn("review it");
    const itemStarted = (item: Record<string, unknown>) => ({
      method: "item/started",
      params: { threadId: TH, turnId: "tu-u", item },
    });
    const command = {
      type: "commandExecution",
      id: "cmd",
      command: "sleep 100",
      cwd: "/",
      processId: null,
      status: "inProgress",
      commandActions: [],
      aggregatedOutput: null,
      exitCode: null,
      durationMs: null,
    };
    await server.send(started("tu-u"));
    await server.send(itemStarted(agentMessage("inner", "", null)));
    await server.send(itemStarted(command));
    await server.send(itemCompleted("tu-u", agentMessage("done", "the answer", null)));
    await server.send(completed("tu-u"));
    const result = await within(turn.result(), 5000, "result()");
    assert.deepEqual(result.items.map((item) => item.id), ["done", "cmd"]);
    assert.equal(result.finalResponse, "the answer");
  });
});
