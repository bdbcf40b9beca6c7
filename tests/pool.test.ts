// CodexPool over three real app-servers (stdio): placement, load, and one endpoint dying
// in the middle of twelve concurrent turns (one of its four already done, three in flight).
import assert from "node:assert/strict";
import process from "node:process";
import { Codex } from "../src/api/codex.ts";
import { CodexError, TransportClosedError } from "../src/errors.ts";
import { CodexPool, type PoolEndpointState } from "../src/api/pool.ts";
import type { Thread } from "../src/api/thread.ts";
import {
  createTestHome,
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  type TestHome,
} from "../testing.ts";
import { collect, describe, it, spawnFake, until } from "./_helpers.ts";

describe("CodexPool over three real app-servers", () => {
  it("spreads twelve threads 4/4/4; a server killed mid-way fails its 3 running turns, 9 unharmed", async () => {
    const hold = gate();
    const early = gate();
    const later = gate();
    const responder = (req: ScriptedRequest): ScriptedResponse => {
      const prompt = req.prompt ?? "?";
      const steps: ScriptedResponse["steps"] = [{
        type: "text",
        text: [0, 1, 2].map((i) => `${prompt}:${i};`),
      }];
      if (prompt.startsWith("P")) return { steps, delayMs: 5, gate: hold.promise };
      if (prompt.startsWith("E")) return { steps, delayMs: 5, gate: early.promise };
      if (prompt === "busy") return { steps, gate: later.promise };
      return { steps };
    };
    const model = await ScriptedModel.start({ responder });
    const homes: TestHome[] = [];
    let pool: CodexPool | undefined;
    try {
      for (let i = 0; i < 3; i++) homes.push(await createTestHome({ model }));
      const closedEvents: PoolEndpointState[] = [];
      pool = await CodexPool.start(
        homes.map((home) => ({ cwd: home.cwd, config: home.config, env: home.env })),
        { onEndpointClosed: (endpoint) => closedEvents.push(endpoint) },
      );
      const cwd = homes[0].cwd;
      assert.equal(pool.endpoints.length, 3);
      assert.ok(pool.endpoints.every((e) => e.alive && typeof e.codex.pid === "number"));

      const threads = await Promise.all(
        Array.from({ length: 12 }, () => pool!.startThread({ cwd })),
      );
      const placed = threads.map((t) => pool!.endpointOf(t)!.index);
      assert.deepEqual([0, 1, 2].map((i) => placed.filter((p) => p === i).length), [4, 4, 4]);
      assert.deepEqual(pool.endpoints.map((e) => e.threads), [4, 4, 4]);

      // The first turn on the endpoint that will die finishes before it dies.
      const finished = placed.indexOf(1);
      const prompts = threads.map((_, i) => `${i === finished ? "E" : "P"}${i}`);
      const turns = await Promise.all(threads.map((t, i) => t.startTurn(prompts[i])));
      // Every stream is open at the model and every turn/started has been counted.
      await model.waitForRequests(12, 20_000);
      await until(() => pool!.endpoints.every((e) => e.activeTurns === 4), 10_000, "4 turns each");
      early.open();
      assert.equal((await turns[finished].run()).status, "completed");
      await until(() => pool!.endpoints[1].activeTurns === 3, 5_000, "3 turns left on 1");

      const victim = pool.endpoints[1];
      const outcomes = turns.map(async (turn) => {
        const [text, result] = await Promise.allSettled([
          collect(turn.text()).then((chunks) => chunks.join("")),
          turn.run(),
        ]);
        return { text, result };
      });
      process.kill(victim.codex.pid!, "SIGKILL");
      await until(() => !pool!.endpoints[1].alive, 5_000, "endpoint 1 marked dead");
      hold.open();
      const settled = await Promise.all(outcomes);

      settled.forEach(({ text, result }, i) => {
        if (placed[i] === 1 && i !== finished) {
          assert.equal(result.status, "rejected", `turn ${i}`);
          assert.ok(
            (result as PromiseRejectedResult).reason instanceof TransportClosedError,
            String((result as PromiseRejectedResult).reason),
          );
        } else {
          assert.equal(
            result.status,
            "fulfilled",
            `turn ${i}: ${String((result as PromiseRejectedResult).reason)}`,
          );
          assert.equal(
            (result as PromiseFulfilledResult<{ status: string }>).value.status,
            "completed",
          );
          assert.equal(text.status, "fulfilled");
          const p = prompts[i];
          assert.equal((text as PromiseFulfilledResult<string>).value, `${p}:0;${p}:1;${p}:2;`);
        }
      });
      // Nine unharmed: eight on the live endpoints, and the one that completed before the
      // kill (its events are still there to read after its server died).
      assert.equal(settled.filter((s) => s.result.status === "fulfilled").length, 9);
      assert.equal(settled.filter((s) => s.result.status === "rejected").length, 3);

      const dead = pool.endpoints[1];
      assert.equal(dead.alive, false);
      assert.ok(dead.closedError instanceof TransportClosedError);
      assert.equal(dead.closedError.signal, "SIGKILL");
      assert.deepEqual(closedEvents.map((e) => e.index), [1]);
      await until(() => pool!.endpoints.every((e) => e.activeTurns === 0), 5_000, "turns done");

      // A busy turn on endpoint 0 makes endpoint 2 the lighter one despite equal threads.
      const onZero = threads[placed.indexOf(0)];
      const busy = await onZero.startTurn("busy");
      await until(() => pool!.endpoints[0].activeTurns === 1, 5_000, "busy turn counted");
      const next = await pool.startThread({ cwd });
      assert.equal(pool.endpointOf(next)?.index, 2);
      assert.equal((await next.run("after")).status, "completed");
      later.open();
      assert.equal((await busy.run()).status, "completed");

      // With every endpoint gone, placement fails with a clear error.
      await pool.endpoints[0].codex.close();
      await pool.endpoints[2].codex.close();
      await until(() => pool!.endpoints.every((e) => !e.alive), 5_000, "all closed");
      const error = await pool.startThread({ cwd }).then(() => undefined, (e) => e);
      assert.ok(error instanceof CodexError, String(error));
      assert.match(error.message, /no live endpoint left/);
      assert.match(error.message, /endpoint 1: .*SIGKILL/);
    } finally {
      hold.open();
      early.open();
      later.open();
      await pool?.close();
      for (const home of homes) await home.dispose();
      await model.close();
    }
  });
});

describe("CodexPool without a model", () => {
  it("accepts factories, and a failed start closes the endpoints that did start", async () => {
    let started: Codex | undefined;
    const error = await CodexPool.start([
      async () => (started = await Codex.start({ transport: spawnFake() })),
      () => Promise.reject(new Error("no route to build-7")),
    ]).then(() => undefined, (e) => e);
    assert.ok(error instanceof CodexError, String(error));
    assert.match(error.message, /endpoint 1 failed to start: no route to build-7/);
    assert.ok(started);
    await until(() => started!.client.closedError !== undefined, 5_000, "endpoint 0 closed");
  });

  it("places on the fewest threads, survives close twice, and refuses work after close", async () => {
    const pool = await CodexPool.start([
      { transport: spawnFake({ "thread/start": [{ result: { thread: { id: "a" } } }] }) },
      async () =>
        await Codex.start({
          transport: spawnFake({ "thread/start": [{ result: { thread: { id: "b" } } }] }),
        }),
    ]);
    const first: Thread = await pool.startThread();
    const second: Thread = await pool.startThread();
    assert.deepEqual([first.id, second.id], ["a", "b"]);
    assert.deepEqual(pool.endpoints.map((e) => e.threads), [1, 1]);
    await pool.close();
    await pool.close();
    await assert.rejects(pool.startThread(), /CodexPool is closed/);
    assert.ok(pool.endpoints.every((e) => !e.alive));
  });

  it("places the thread on the next endpoint when the chosen one dies before answering thread/start", async () => {
    const closed: number[] = [];
    const pool = await CodexPool.start([
      { transport: spawnFake({ "thread/start": [{ exit: 3 }] }) },
      { transport: spawnFake({ "thread/start": [{ result: { thread: { id: "b" } } }] }) },
    ], { onEndpointClosed: (endpoint) => closed.push(endpoint.index) });
    try {
      // Both are idle: the first is chosen, and dies with the request in flight.
      const thread = await pool.startThread();
      assert.equal(thread.id, "b");
      assert.equal(pool.endpointOf(thread)?.index, 1);
      assert.deepEqual(pool.endpoints.map((e) => e.alive), [false, true]);
      assert.deepEqual(pool.endpoints.map((e) => e.threads), [0, 1]);
      assert.equal(pool.endpoints[0].closedError?.exitCode, 3);
      await until(() => closed.length === 1, 5_000, "onEndpointClosed");
      assert.deepEqual(closed, [0]);
    } finally {
      await pool.close();
    }
  });

  it("rejects, naming each endpoint, when every endpoint dies during thread/start", async () => {
    const pool = await CodexPool.start([
      { transport: spawnFake({ "thread/start": [{ exit: 3 }] }) },
      { transport: spawnFake({ "thread/start": [{ exit: 4 }] }) },
    ]);
    try {
      const error = await pool.startThread().then(() => undefined, (e) => e);
      assert.ok(error instanceof CodexError, String(error));
      assert.equal(
        error.message,
        "CodexPool: no live endpoint left (all 2 have closed):\n" +
          "  endpoint 0: codex app-server transport closed (exited with code 3)\n" +
          "  endpoint 1: codex app-server transport closed (exited with code 4)",
      );
    } finally {
      await pool.close();
    }
  });

  it("refuses an empty endpoint list", async () => {
    await assert.rejects(CodexPool.start([]), /no endpoints/);
  });
});
