// Thread over an in-memory app-server: its notifications, its own server-request handlers,
// dispose(), and an abort that races the turn/start response.
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import { describe, inMemoryServer, it, type Msg, threadStartResult, until } from "./_helpers.ts";

const turnResult = (id: string) => ({ turn: { id, items: [], status: "inProgress", error: null } });

describe("Thread.notifications()", () => {
  it("gets this thread's turn-less notifications only, until cancelled or the connection ends", async () => {
    let n = 0;
    const server = inMemoryServer({ "thread/start": () => threadStartResult(`th-${n++}`) });
    const codex = await Codex.start({ transport: server.transport });
    const mine = await codex.startThread();
    const other = await codex.startThread();
    const reader = mine.notifications().getReader();
    const cancelled = other.notifications().getReader();
    await cancelled.cancel();
    const name = (threadId: string, threadName: string) => ({
      method: "thread/name/updated",
      params: { threadId, threadName },
    });
    await server.send(name(other.id, "not mine"));
    await server.send({
      method: "item/agentMessage/delta",
      params: { threadId: mine.id, turnId: "some-turn", itemId: "i", delta: "turn-scoped" },
    });
    await server.send(name(mine.id, "mine"));
    await server.send({
      method: "thread/status/changed",
      params: { threadId: mine.id, status: { type: "idle" } },
    });
    const first = await reader.read();
    assert.deepEqual(first.value, name(mine.id, "mine"));
    assert.equal((await reader.read()).value?.method, "thread/status/changed");
    // A deliberate close ends the stream as done (a lost connection would be its error).
    await codex.close();
    assert.equal((await reader.read()).done, true);
  });
});

describe("Thread server-request handlers", () => {
  it("setServerRequestHandlers replaces the thread's handlers; dispose() falls back to the client's", async () => {
    let requests = 0;
    let threads = 0;
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(`th-${threads++}`),
    });
    const codex = await Codex.start({
      transport: server.transport,
      serverRequests: { "item/commandExecution/requestApproval": () => ({ decision: "decline" }) },
    });
    try {
      const thread = await codex.startThread();
      const ask = async () => {
        const id = `req-${requests++}`;
        await server.send({
          id,
          method: "item/commandExecution/requestApproval",
          params: { threadId: thread.id, turnId: "tu", itemId: "i" },
        });
        await until(() => server.received.some((m) => m.id === id), 2000, id);
        return server.received.find((m: Msg) => m.id === id)?.result;
      };
      assert.deepEqual(await ask(), { decision: "decline" });
      thread.setServerRequestHandlers({
        "item/commandExecution/requestApproval": () => ({ decision: "accept" }),
      });
      assert.deepEqual(await ask(), { decision: "accept" });
      thread.setServerRequestHandlers({
        "item/commandExecution/requestApproval": () => ({ decision: "acceptForSession" }),
      });
      assert.deepEqual(await ask(), { decision: "acceptForSession" });
      thread.dispose();
      assert.deepEqual(await ask(), { decision: "decline" });
      // Another thread's handlers never answer this thread's requests.
      const second = await codex.startThread({}, {
        serverRequests: {
          "item/commandExecution/requestApproval": () => ({ decision: "accept" }),
        },
      });
      assert.notEqual(second.id, thread.id);
      assert.deepEqual(await ask(), { decision: "decline" });
    } finally {
      await codex.close();
    }
  });
});

describe("Thread.startTurn signal", () => {
  it("an abort that races the turn/start response still interrupts the turn", async () => {
    const controller = new AbortController();
    const server = inMemoryServer({
      "thread/start": () => threadStartResult("th-1"),
      "turn/start": (p, send) => {
        void send({
          method: "turn/started",
          params: { threadId: p.threadId, turn: { id: "tu-1", items: [] } },
        });
        // The caller gives up while the response is on its way.
        controller.abort("changed my mind");
        return turnResult("tu-1");
      },
      "turn/interrupt": (p, send) => {
        void send({
          method: "turn/completed",
          params: {
            threadId: p.threadId,
            turn: { id: p.turnId, items: [], status: "interrupted", error: null },
          },
        });
        return {};
      },
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const turn = await thread.startTurn("go", {}, { signal: controller.signal });
    await until(
      () => server.received.some((m) => m.method === "turn/interrupt"),
      5000,
      "turn/interrupt",
    );
    const interrupt = server.received.find((m) => m.method === "turn/interrupt");
    assert.deepEqual(interrupt?.params, { threadId: "th-1", turnId: "tu-1" });
    assert.equal((await turn.run()).status, "interrupted");
  });
});
