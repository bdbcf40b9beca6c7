// Exactly-once turn starts and steers against the real binary, over its WebSocket listener
// behind a loopback proxy that cuts the connection at the worst moments: after the request
// reached the server but before its answer came back (the proxy holds the answer back),
// and before the request reached the server (the proxy holds the request back).
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import type { Thread } from "../src/api/thread.ts";
import { webSocket } from "../src/transport/websocket.ts";
import type { ThreadItem } from "../gen/types.ts";
import {
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  textReply,
} from "../testing.ts";
import { delay, until } from "./_helpers.ts";
import { type Proxy, startProxy } from "./_tcp_proxy.ts";
import { INJECTED, startServer } from "./_ws_server.ts";

async function setup() {
  const hold = gate();
  const prompts: string[] = [];
  const responder = (req: ScriptedRequest): ScriptedResponse => {
    const prompt = req.prompt ?? "?";
    prompts.push(prompt);
    const reply = textReply([`${prompt}:a;`, `${prompt}:b;`], 5);
    // "held" prompts stream their first delta, then wait for the test.
    return prompt.startsWith("held") ? { ...reply, gate: hold.promise } : reply;
  };
  const model = await ScriptedModel.start({ responder });
  const server = await startServer(model, "ws://127.0.0.1:0");
  const proxy = await startProxy(server.address);
  const codex = await Codex.start({
    transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 2_000 }),
    reconnect: { maxAttempts: 6, initialDelayMs: 50, maxDelayMs: 200 },
  });
  return {
    hold,
    prompts,
    model,
    server,
    proxy,
    codex,
    /** How often the model was asked with `prompt` as the newest user message. */
    asked: (prompt: string) => prompts.filter((p) => p === prompt).length,
    async [Symbol.asyncDispose]() {
      hold.open();
      await codex.close();
      await proxy.close();
      await server.stop();
      await model.close();
    },
  };
}

/** Cuts as soon as the client sends `method`, before the request reaches the server. */
function cutBefore(proxy: Proxy, method: string): void {
  let armed = true;
  proxy.onSent = (sent) => {
    if (!armed || sent !== method) return;
    armed = false;
    proxy.holdRequests();
    setTimeout(() => proxy.cut(), 20);
  };
}

async function storedTurns(thread: Thread) {
  return (await thread.read({ includeTurns: true })).thread.turns;
}

const clientIds = (items: ThreadItem[]) =>
  items.flatMap((item) => item.type === "userMessage" && item.clientId ? [item.clientId] : []);

describe("exactly-once turn starts across a cut", () => {
  it("an answer lost after the server started the turn gives that turn, still running", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    t.proxy.holdReplies();
    const starting = thread.startTurn("held-1");
    await t.model.waitForRequests(1); // the server started the turn
    t.proxy.cut();
    const turn = await starting;
    t.hold.open();
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "held-1:a;held-1:b;");
    const stored = await storedTurns(thread);
    assert.deepEqual(stored.map((s) => s.id), [turn.id], "one turn, the one the server started");
    assert.deepEqual(result.items, stored[0].items);
    assert.deepEqual(clientIds(result.items), [turn.clientUserMessageId]);
    assert.equal(t.asked("held-1"), 1, "the model saw the prompt once");
    assert.equal(t.proxy.sent.get("turn/start"), 1, "never sent again");
  });

  it("an answer lost after the turn already ended settles from the stored turn", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    t.proxy.holdReplies();
    const starting = thread.startTurn("quick-2");
    await t.model.waitForRequests(1);
    await delay(300); // the turn completes on the server, its events held in the proxy
    t.proxy.cut();
    const turn = await starting;
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "quick-2:a;quick-2:b;");
    const stored = await storedTurns(thread);
    assert.deepEqual(stored.map((s) => s.id), [turn.id]);
    assert.deepEqual(result.items, stored[0].items);
    assert.equal(t.asked("quick-2"), 1);
    assert.equal(t.proxy.sent.get("turn/start"), 1);
  });

  it("a start cut before it reached the server is sent again once, after the reconnect", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    cutBefore(t.proxy, "turn/start");
    const turn = await thread.startTurn("quick-3", { clientUserMessageId: "mine-3" });
    assert.equal(turn.clientUserMessageId, "mine-3");
    const result = await turn.result();
    assert.equal(result.finalResponse, "quick-3:a;quick-3:b;");
    const stored = await storedTurns(thread);
    assert.deepEqual(stored.map((s) => s.id), [turn.id]);
    assert.deepEqual(clientIds(stored[0].items), ["mine-3"]);
    assert.equal(t.asked("quick-3"), 1);
    assert.equal(t.proxy.sent.get("turn/start"), 2, "sent again after the lookup found nothing");
    assert.equal(t.proxy.cuts, 1);
  });
});

describe("exactly-once steers across a cut", () => {
  it("an answer lost after the server took the steer resolves without sending it again", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    const turn = await thread.startTurn("held-4");
    await t.model.waitForRequests(1);
    t.proxy.holdReplies();
    const steering = turn.steer("steer-4");
    // The server took the steer once it asks the model with it.
    await until(() => t.asked("steer-4") === 1, 20_000, "steer reached the model");
    t.proxy.cut();
    const steered = await steering;
    assert.equal(steered.turnId, turn.id);
    t.hold.open();
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    const stored = (await storedTurns(thread)).find((s) => s.id === turn.id)!;
    assert.equal(
      clientIds(stored.items).filter((id) => id === steered.clientUserMessageId).length,
      1,
    );
    assert.equal(t.asked("steer-4"), 1);
    assert.equal(t.proxy.sent.get("turn/steer"), 1);
  });

  it("a steer cut before it reached the server is sent again once, after the reconnect", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    const turn = await thread.startTurn("held-5");
    await t.model.waitForRequests(1);
    cutBefore(t.proxy, "turn/steer");
    const steered = await turn.steer("steer-5");
    assert.equal(steered.turnId, turn.id);
    t.hold.open();
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(
      clientIds(result.items).filter((id) => id === steered.clientUserMessageId).length,
      1,
    );
    assert.equal(t.asked("steer-5"), 1);
    assert.equal(t.proxy.sent.get("turn/steer"), 2);
  });
});
