// Reconnecting over the real WebSocket listener: a loopback TCP proxy between client and
// server cuts the connection in the middle of held turns; the client reconnects through it.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Codex } from "../src/api/codex.ts";
import { CodexPool } from "../src/api/pool.ts";
import { ConnectionLostError, TransportClosedError } from "../src/errors.ts";
import type { ConnectionState } from "../src/api/reconnect.ts";
import { webSocket } from "../src/transport/websocket.ts";
import type { TurnEvent } from "../src/api/turn.ts";
import {
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  textReply,
} from "../testing.ts";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { collect, runtimeCommand, until } from "./_helpers.ts";
import { startProxy } from "./_tcp_proxy.ts";
import { INJECTED, startServer } from "./_ws_server.ts";

let hold = gate();
const responder = (req: ScriptedRequest): ScriptedResponse => {
  const prompt = req.prompt ?? "?";
  if (prompt.startsWith("touch ")) {
    return req.functionCallOutputs.length > 0 ? textReply(["done"]) : {
      steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: prompt } }],
    };
  }
  // The first delta goes out, then the stream waits for the test's gate.
  return { ...textReply([`${prompt}:a;`, `${prompt}:b;`, `${prompt}:c;`], 5), gate: hold.promise };
};

async function setup() {
  hold = gate();
  const model = await ScriptedModel.start({ responder });
  const server = await startServer(model, "ws://127.0.0.1:0");
  const proxy = await startProxy(server.address);
  const states: ConnectionState[] = [];
  const codex = await Codex.start({
    transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 2_000 }),
    reconnect: { maxAttempts: 4, initialDelayMs: 50, maxDelayMs: 200 },
    onConnectionState: (state) => states.push(state),
  });
  return {
    model,
    server,
    proxy,
    codex,
    states,
    async [Symbol.asyncDispose]() {
      await codex.close();
      await proxy.close();
      await server.stop();
      await model.close();
    },
  };
}

const names = (states: ConnectionState[]) => states.map((s) => s.state);

describe("reconnect through a cut connection", () => {
  it("three held turns on three threads go on after the cut, nothing lost, nothing re-sent", async () => {
    await using t = await setup();
    const threads = await Promise.all(
      [1, 2, 3].map(() => t.codex.startThread({ cwd: t.server.home.cwd })),
    );
    const turns = await Promise.all(threads.map((thread, i) => thread.startTurn(`t${i}`)));
    await t.model.waitForRequests(3);
    // Each turn has streamed its first delta and is held open by the model.
    await Promise.all(turns.map(async (turn) => (await turn.text().getReader().read()).value));

    t.proxy.cut();
    await until(() => names(t.states).includes("reconnected"), 20_000, "reconnected");
    hold.open();

    for (const [i, turn] of turns.entries()) {
      const events = await collect(turn.stream());
      const gapAt = events.findIndex((e) => e.method === "connection/gap");
      assert.ok(gapAt > 0, "the gap is marked in the stream");
      const gap = events[gapAt] as Extract<TurnEvent, { method: "connection/gap" }>;
      assert.equal(gap.params.turnId, turn.id);
      assert.ok(gap.params.restoredAt >= gap.params.lostAt);
      assert.equal(events.filter((e) => e.method === "connection/gap").length, 1);
      // Text after the gap continues the same message.
      assert.equal((await collect(turn.text())).join(""), `t${i}:a;t${i}:b;t${i}:c;`);
      const result = await turn.result();
      assert.equal(result.turn.status, "completed");
      const { thread } = await threads[i].read({ includeTurns: true });
      const stored = thread.turns.find((x) => x.id === turn.id)!;
      assert.deepEqual(
        result.items.map((item) => [item.type, item.id]),
        stored.items.map((item) => [item.type, item.id]),
      );
      assert.equal(result.finalResponse, `t${i}:a;t${i}:b;t${i}:c;`);
    }
    assert.deepEqual(names(t.states).slice(0, 3), ["connected", "lost", "reconnecting"]);
    assert.equal(t.proxy.sent.get("turn/start"), 3, "turn/start was never re-sent");
    assert.equal(t.proxy.sent.get("thread/resume"), 3);
    assert.equal(t.proxy.sent.get("initialize"), 2);
  });

  it("a thread with no turn yet does not stop the reconnect; its first turn then completes", async () => {
    await using t = await setup();
    hold.open();
    const fresh = await t.codex.startThread({ cwd: t.server.home.cwd });
    const used = await t.codex.startThread({ cwd: t.server.home.cwd });
    await used.run("before");
    t.proxy.cut();
    await until(() => names(t.states).includes("reconnected"), 20_000, "reconnected");
    assert.ok(!names(t.states).includes("gave up"));
    const turn = await fresh.startTurn("first");
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.finalResponse, "first:a;first:b;first:c;");
    assert.equal((await used.run("after")).status, "completed");
  });

  it("fails a request in flight at the cut with the retryable ConnectionLostError", async () => {
    await using t = await setup();
    t.proxy.holdReplies();
    const pending = t.codex.listThreads();
    await until(() => (t.proxy.sent.get("thread/list") ?? 0) === 1, 5_000, "request sent");
    t.proxy.cut();
    const error = await pending.then(() => undefined, (e) => e);
    assert.ok(error instanceof ConnectionLostError, String(error));
    assert.equal(error.retryable, true);
    assert.ok(error instanceof TransportClosedError);
    await until(() => names(t.states).includes("reconnected"), 20_000, "reconnected");
    const { data } = await t.codex.listThreads();
    assert.ok(Array.isArray(data));
    assert.equal(t.proxy.sent.get("thread/list"), 2);
  });

  it("a pending approval is answered once, by the handler, after the reconnect", async () => {
    await using t = await setup();
    const asked: (string | number)[] = [];
    const first = gate();
    const thread = await t.codex.startThread({
      cwd: t.server.home.cwd,
      approvalPolicy: "untrusted",
      sandbox: "workspace-write",
    });
    const turn = await thread.startTurn("touch approved.txt", {}, {
      serverRequests: {
        "item/commandExecution/requestApproval": async (_params, context) => {
          asked.push(context.requestId);
          // The first ask is cut off; its late answer must never be sent.
          if (asked.length === 1) {
            await first.promise;
            return { decision: "decline" };
          }
          return { decision: "accept" };
        },
      },
    });
    await until(() => asked.length === 1, 20_000, "asked");
    t.proxy.cut();
    await until(() => asked.length === 2, 20_000, "asked again after the reconnect");
    first.open();
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    const ran = result.items.find((item) => item.type === "commandExecution");
    assert.ok(existsSync(join(t.server.home.cwd, "approved.txt")), JSON.stringify(ran));
    const resolved = (await collect(turn.stream())).filter((e) =>
      e.method === "serverRequest/resolved"
    );
    assert.equal(resolved.length, 1);
    assert.equal(asked.length, 2);
  });

  it("gives up when the server is gone: every handle fails, no timer left", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    const turn = await thread.startTurn("doomed");
    await t.model.waitForRequests(1);
    t.proxy.refusing = true;
    await t.server.stop();
    t.proxy.cut();
    await assert.rejects(turn.run(), TransportClosedError);
    await until(() => names(t.states).includes("gave up"), 20_000, "gave up");
    const attempts = t.states.filter((s) => s.state === "reconnecting");
    assert.equal(attempts.length, 4);
    const delays = attempts.map((s) => (s as { delayMs: number }).delayMs);
    assert.ok(delays.every((d) => d <= 200), delays.join());
    await assert.rejects(t.codex.listThreads(), TransportClosedError);
    hold.open();
  });

  it("a deliberate close never reconnects and ends streams as done", async () => {
    await using t = await setup();
    const thread = await t.codex.startThread({ cwd: t.server.home.cwd });
    const watched = collect(thread.turns());
    const turn = await thread.startTurn("closing");
    assert.equal((await turn.text().getReader().read()).value, "closing:a;");
    const events = collect(turn.stream());
    const text = collect(turn.text());
    await t.codex.close();
    assert.equal((await events)[0].method, "turn/started");
    assert.deepEqual(await text, ["closing:a;"]);
    assert.deepEqual((await watched).map((h) => h.id), [turn.id]);
    await assert.rejects(turn.run(), TransportClosedError);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(names(t.states), ["connected"]);
    assert.equal(t.proxy.sent.get("initialize"), 1);
  });
});

describe("reconnect in a pool", () => {
  it("an endpoint with a reconnect policy keeps its turns; new threads avoid it meanwhile", async () => {
    hold = gate();
    await using model = await ScriptedModel.start({ responder });
    const server = await startServer(model, "ws://127.0.0.1:0");
    const proxy = await startProxy(server.address);
    const states: string[] = [];
    try {
      await using pool = await CodexPool.start([
        {
          transport: () => webSocket(proxy.url, { WebSocket: INJECTED }),
          reconnect: { initialDelayMs: 300, maxDelayMs: 300 },
          onConnectionState: (s) => states.push(s.state),
        },
        { transport: await webSocket(server.address, { WebSocket: INJECTED }) },
      ]);
      const thread = await pool.startThread({ cwd: server.home.cwd });
      assert.equal(pool.endpointOf(thread)?.index, 0);
      const turn = await thread.startTurn("pooled");
      assert.equal((await turn.text().getReader().read()).value, "pooled:a;");
      proxy.cut();
      await until(() => states.includes("reconnecting"), 10_000, "reconnecting");
      assert.equal(pool.endpoints[0].reconnecting, true);
      const other = await pool.startThread({ cwd: server.home.cwd });
      assert.equal(pool.endpointOf(other)?.index, 1, "placed on the endpoint that is up");
      await until(() => states.includes("reconnected"), 20_000, "reconnected");
      assert.equal(pool.endpoints[0].reconnecting, false);
      hold.open();
      assert.equal((await turn.result()).finalResponse, "pooled:a;pooled:b;pooled:c;");
    } finally {
      await proxy.close();
      await server.stop();
    }
  });
});

describe("after giving up", () => {
  it("leaves nothing that keeps the process alive", async () => {
    const script = fileURLToPath(new URL("./_exit_after_giving_up.ts", import.meta.url));
    const { command, args } = runtimeCommand(script);
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let gaveUpAt = 0;
    child.stdout.on("data", (d: Uint8Array) => {
      if (String(d).includes("gave up")) gaveUpAt = Date.now();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0);
    assert.ok(gaveUpAt > 0, "the script saw the client give up");
    assert.ok(Date.now() - gaveUpAt < 1_000, `exited ${Date.now() - gaveUpAt} ms after giving up`);
  });
});

describe("reconnect options", () => {
  it("refuses reconnect without a transport function", async () => {
    await assert.rejects(
      Codex.start({ reconnect: {} }),
      (error: unknown) => error instanceof TypeError && /transport/.test(error.message),
    );
  });
});
