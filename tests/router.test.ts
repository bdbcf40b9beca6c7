// The MessageRouter and low-level client against the fake app-server process.
import assert from "node:assert/strict";
import {
  BufferOverflowError,
  InternalServerError,
  InvalidParamsError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ProtocolError,
  RequestTimeoutError,
  ServerBusyError,
  ServerShuttingDownError,
  TransportClosedError,
} from "../src/errors.ts";
import { AbortError } from "../src/errors.ts";
import { retryOnOverload } from "../src/api/retry.ts";
import { MessageRouter } from "../src/router/message_router.ts";
import type {
  MessageRouterOptions,
  ProtocolMessageEvent,
  RoutedEvent,
} from "../src/router/types.ts";
import { stableTables } from "../src/client/client.ts";
import { memoryTransportPair } from "../src/transport/memory.ts";
import { TurnStream } from "../src/router/turn_stream.ts";
import {
  collect,
  connectFake,
  delay,
  delta,
  describe,
  it,
  turnCompleted,
  turnStarted,
  until,
} from "./_helpers.ts";

/**
 * A router over an in-memory transport whose other end the test writes. `flush()` resolves
 * once everything sent before it has been routed (a request answered after those lines).
 */
function routerPair(options: Partial<MessageRouterOptions> = {}) {
  const [clientEnd, serverEnd] = memoryTransportPair();
  const problems: ProtocolMessageEvent[] = [];
  const router = new MessageRouter(clientEnd, {
    tables: stableTables,
    onProtocolMessage: (event) => event.error && problems.push(event),
    ...options,
  });
  router.start();
  const writer = serverEnd.writable.getWriter();
  const send = async (...messages: unknown[]) => {
    for (const m of messages) await writer.write(JSON.stringify(m));
  };
  void (async () => {
    for await (const text of serverEnd.readable as unknown as AsyncIterable<string>) {
      const message = JSON.parse(text);
      if (message.method === "test/flush") await send({ id: message.id, result: {} });
    }
  })().catch(() => {});
  return {
    router,
    send,
    problems,
    flush: () => router.request("test/flush", {}).then(() => {}),
    close: () => router.close(),
  };
}

const deltas = (events: RoutedEvent[]) =>
  events.filter((e) => e.method === "item/agentMessage/delta")
    .map((e) => (e.params as { delta: string }).delta).join("");

describe("requests (message_router.ts, client.ts)", () => {
  it("200 concurrent requests each resolve to their own result", async () => {
    const fake = await connectFake();
    try {
      const results = await Promise.all(
        Array.from(
          { length: 200 },
          (_, i) =>
            fake.client.requestUnchecked("echo/me", { n: i }) as Promise<
              { echo: { params: { n: number } } }
            >,
        ),
      );
      assert.deepEqual(
        results.map((r) => r.echo.params.n),
        Array.from({ length: 200 }, (_, i) => i),
      );
      assert.equal(fake.client.router.pendingRequests, 0);
    } finally {
      await fake.close();
    }
  });

  it("maps -32001 to ServerBusyError even with data null, and retryOnOverload retries it", async () => {
    const busy = {
      error: { code: -32001, message: "Server overloaded; retry later.", data: null },
    };
    const fake = await connectFake({ "x/busy": [busy, busy, { result: { ok: true } }] });
    try {
      await assert.rejects(fake.client.requestUnchecked("x/busy", {}), (err: unknown) => {
        assert.ok(err instanceof ServerBusyError);
        assert.ok(err instanceof JsonRpcError);
        assert.equal(err.code, -32001);
        assert.equal(err.data, null);
        assert.equal(err.method, "x/busy");
        return true;
      });
      let attempts = 0;
      const result = await retryOnOverload(() => {
        attempts++;
        return fake.client.requestUnchecked("x/busy", {});
      }, { initialDelayMs: 1, maxAttempts: 3 });
      assert.deepEqual(result, { ok: true });
      assert.equal(attempts, 2);
    } finally {
      await fake.close();
    }
  });

  it("retryOnOverload does not retry other errors and gives up after maxAttempts", async () => {
    let calls = 0;
    await assert.rejects(
      retryOnOverload(() => {
        calls++;
        return Promise.reject(new JsonRpcError(-32602, "bad"));
      }, { initialDelayMs: 1 }),
      /bad/,
    );
    assert.equal(calls, 1);
    calls = 0;
    await assert.rejects(
      retryOnOverload(() => {
        calls++;
        return Promise.reject(new ServerBusyError(-32001, "busy", null));
      }, { initialDelayMs: 1, maxAttempts: 3 }),
      ServerBusyError,
    );
    assert.equal(calls, 3);
  });

  it("retryOnOverload grows the pause bound exponentially up to the cap and reports each retry", async () => {
    const seen: Array<[number, number]> = [];
    await assert.rejects(
      retryOnOverload(() => Promise.reject(new ServerBusyError(-32001, "busy", null)), {
        maxAttempts: 5,
        initialDelayMs: 1,
        maxDelayMs: 4,
        random: () => 0.999,
        onRetry: (_e, attempt, delayMs) => seen.push([attempt, Math.ceil(delayMs)]),
      }),
      ServerBusyError,
    );
    assert.deepEqual(seen, [[1, 1], [2, 2], [3, 4], [4, 4]]);
  });

  it("maps other codes to their subclasses, exactly", async () => {
    const cases: Array<[string, Record<string, unknown>, typeof JsonRpcError]> = [
      ["x/missing", { code: -32601, message: "method not found" }, MethodNotFoundError],
      ["x/invalid", { code: -32600, message: "unknown thread" }, InvalidRequestError],
      ["x/other-reason", {
        code: -32600,
        message: "nope",
        data: { reason: "somethingElse" },
      }, InvalidRequestError],
      ["x/draining", {
        code: -32600,
        message: "server is shutting down",
        data: { reason: "serverShuttingDown" },
      }, ServerShuttingDownError],
      ["x/params", { code: -32602, message: "bad params" }, InvalidParamsError],
      ["x/internal", { code: -32603, message: "boom" }, InternalServerError],
      ["x/custom", { code: -1, message: "custom" }, JsonRpcError],
    ];
    const fake = await connectFake(
      Object.fromEntries(cases.map(([method, error]) => [method, [{ error }]])),
    );
    try {
      for (const [method, wire, expected] of cases) {
        await assert.rejects(fake.client.requestUnchecked(method, {}), (err: unknown) => {
          assert.ok(err instanceof JsonRpcError, method);
          assert.equal(err.constructor, expected, method);
          assert.equal(err.code, wire.code);
          assert.equal(err.method, method);
          assert.match(err.message, new RegExp(String(wire.message)));
          return true;
        });
      }
    } finally {
      await fake.close();
    }
  });

  it("uses the client's requestTimeoutMs for every request, and a per-call one over it", async () => {
    const fake = await connectFake({ "x/never": [{ noReply: true }] }, { requestTimeoutMs: 1500 });
    try {
      await assert.rejects(fake.client.requestUnchecked("x/never", {}), (err: unknown) => {
        assert.ok(err instanceof RequestTimeoutError);
        assert.equal(err.timeoutMs, 1500);
        assert.equal(err.method, "x/never");
        return true;
      });
      await assert.rejects(
        fake.client.requestUnchecked("x/never", {}, { timeoutMs: 100 }),
        (err: unknown) => err instanceof RequestTimeoutError && err.timeoutMs === 100,
      );
      assert.equal(fake.client.router.pendingRequests, 0);
    } finally {
      await fake.close();
    }
  });

  it("timeout and abort reject at once, forget the id, and drop the late response quietly", async () => {
    const fake = await connectFake({ "x/slow": [{ result: { late: true }, delayMs: 300 }] });
    try {
      // The answer comes after 300 ms: only the timeout can reject the call.
      await assert.rejects(
        fake.client.requestUnchecked("x/slow", {}, { timeoutMs: 50 }),
        (e: unknown) => e instanceof RequestTimeoutError && e.timeoutMs === 50,
      );
      const controller = new AbortController();
      const pending = fake.client.requestUnchecked("x/slow", {}, { signal: controller.signal });
      controller.abort("stop");
      await assert.rejects(pending, AbortError);
      assert.equal(fake.client.router.pendingRequests, 0);
      // A third call, sent after both, is answered after both late responses were routed.
      assert.deepEqual(await fake.client.requestUnchecked("x/slow", {}), { late: true });
      assert.deepEqual(fake.problems, []);
      // The connection still works.
      assert.deepEqual(await fake.client.requestUnchecked("x/other", { a: 1 }), {
        echo: { method: "x/other", params: { a: 1 } },
      });
    } finally {
      await fake.close();
    }
  });

  it("checks results by the validation mode: strict rejects, lenient reports, off does neither", async () => {
    const script = { "thread/read": [{ result: { bogus: true } }] };
    const strict = await connectFake(script, { validation: "strict" });
    const lenient = await connectFake(script, { validation: "lenient" });
    const off = await connectFake(script, { validation: "off" });
    try {
      await assert.rejects(
        strict.client.request("thread/read", { threadId: "th" }),
        (err: unknown) => {
          assert.ok(err instanceof ProtocolError, String(err));
          assert.equal(err.method, "thread/read");
          assert.equal(err.path, "thread");
          return true;
        },
      );
      assert.deepEqual(strict.problems, [], "a rejected result is not reported as well");
      assert.deepEqual(await lenient.client.request("thread/read", { threadId: "th" }), {
        bogus: true,
      });
      assert.equal(lenient.problems.length, 1);
      assert.ok(lenient.problems[0].error instanceof ProtocolError);
      assert.equal((lenient.problems[0].error as ProtocolError).path, "thread");
      assert.deepEqual(await off.client.request("thread/read", { threadId: "th" }), {
        bogus: true,
      });
      // Off checks nothing: not results, not notifications, not outgoing params.
      const turn = new TurnStream();
      off.client.router.claimTurn("tu", turn);
      await off.emit([
        { method: "item/agentMessage/delta", params: { threadId: "th", turnId: "tu", delta: 42 } },
        turnCompleted("th", "tu"),
      ]);
      assert.deepEqual((await collect(turn.branch())).map((e) => e.method), [
        "item/agentMessage/delta",
        "turn/completed",
      ]);
      // deno-lint-ignore no-explicit-any
      const sent = await off.client.request("thread/read", { threadId: 42 } as any);
      assert.deepEqual(sent, { bogus: true });
      assert.match(off.sent.at(-1)!, /"threadId":42/);
      assert.deepEqual(off.problems, []);
    } finally {
      await Promise.all([strict.close(), lenient.close(), off.close()]);
    }
  });

  it("rejects invalid outgoing params locally and sends nothing", async () => {
    const fake = await connectFake();
    try {
      const before = fake.sent.length;
      await assert.rejects(
        // deno-lint-ignore no-explicit-any
        fake.client.request("thread/read", { threadId: 42 } as any),
        (err: unknown) => {
          assert.ok(err instanceof ProtocolError);
          assert.equal(err.method, "thread/read");
          assert.equal(err.path, "threadId");
          return true;
        },
      );
      assert.equal(fake.sent.length, before);
    } finally {
      await fake.close();
    }
  });
  it("with experimentalApi, announces it and checks experimental methods' params too", async () => {
    const stable = await connectFake();
    const experimental = await connectFake({}, { experimentalApi: true });
    try {
      assert.match(stable.sent[0], /"experimentalApi":false/);
      assert.match(experimental.sent[0], /"experimentalApi":true/);
      assert.equal(experimental.client.experimentalApi, true);
      const bad = { value: 42 };
      // The stable tables do not know the method, so nothing is checked...
      // deno-lint-ignore no-explicit-any
      await stable.client.request("mock/experimentalMethod" as any, bad as any);
      // ...while the experimental ones refuse the wrong type before sending.
      await assert.rejects(
        // deno-lint-ignore no-explicit-any
        experimental.client.request("mock/experimentalMethod" as any, bad as any),
        (e: unknown) => e instanceof ProtocolError && e.path === "value",
      );
    } finally {
      await stable.close();
      await experimental.close();
    }
  });
});

describe("turn routing (message_router.ts, early_buffer.ts)", () => {
  it("keeps notifications that arrive before turn/start's response, turn/completed included", async () => {
    const fake = await connectFake({
      "turn/start": [{
        before: [
          turnStarted("th1", "tu1"),
          delta("th1", "tu1", "Hel"),
          delta("th1", "tu1", "lo"),
          turnCompleted("th1", "tu1"),
        ],
        result: { turn: { id: "tu1", items: [], status: "inProgress", error: null } },
      }],
    });
    try {
      const turn = new TurnStream();
      const result = await fake.client.requestUnchecked("turn/start", { threadId: "th1" }, {}) as {
        turn: { id: string };
      };
      fake.client.router.claimTurn(result.turn.id, turn);
      const events = await collect(turn.branch());
      assert.deepEqual(events.map((e) => e.method), [
        "turn/started",
        "item/agentMessage/delta",
        "item/agentMessage/delta",
        "turn/completed",
      ]);
      assert.equal(deltas(events), "Hello");
      assert.equal(await turn.done, undefined);
      assert.equal(fake.client.router.earlyBufferedTurns, 0);
    } finally {
      await fake.close();
    }
  });

  it("routes interleaved notifications of many turns to their own turn only", async () => {
    const fake = await connectFake();
    try {
      const n = 20;
      const streams = Array.from({ length: n }, (_, i) => {
        const s = new TurnStream();
        fake.client.router.claimTurn(`t${i}`, s);
        return s;
      });
      const lines: unknown[] = [];
      for (let round = 0; round < 5; round++) {
        for (let i = 0; i < n; i++) lines.push(delta("th", `t${i}`, `${i}.${round};`));
      }
      // Another thread's background turn must never end ours.
      lines.push(turnCompleted("other-thread", "background-turn"));
      for (let i = 0; i < n; i++) lines.push(turnCompleted("th", `t${i}`));
      await fake.emit(lines);
      const texts = await Promise.all(streams.map(async (s) => deltas(await collect(s.branch()))));
      texts.forEach((text, i) => assert.equal(text, `${i}.0;${i}.1;${i}.2;${i}.3;${i}.4;`));
    } finally {
      await fake.close();
    }
  });

  it("gives every consumer its own complete branch, also one taken after completion", async () => {
    const fake = await connectFake();
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      const first = turn.branch();
      await fake.emit([delta("th", "tu", "a"), delta("th", "tu", "b"), turnCompleted("th", "tu")]);
      const second = turn.branch();
      const [a, b] = await Promise.all([collect(first), collect(second)]);
      await turn.done;
      const third = await collect(turn.branch());
      assert.equal(deltas(a), "ab");
      assert.equal(deltas(b), "ab");
      assert.equal(deltas(third), "ab");
    } finally {
      await fake.close();
    }
  });

  it("a selecting branch skips what it maps to undefined, waits past it, and ends or fails", async () => {
    const ev = (method: string, n: number) => ({ method, params: { n } });
    const pick = (e: { method: string; params: unknown }) =>
      e.method === "keep" ? (e.params as { n: number }).n : undefined;
    const turn = new TurnStream();
    turn.push(ev("skip", 0));
    turn.push(ev("keep", 1));
    const reader = turn.branch(pick).getReader();
    const plain = turn.branch().getReader();
    assert.deepEqual(await reader.read(), { value: 1, done: false });
    // The reader waits; skipped events must not wake it with anything: the read that was
    // waiting while they came gets the next kept value.
    const next = reader.read();
    turn.push(ev("skip", 2));
    turn.push(ev("skip", 3));
    turn.push(ev("keep", 4));
    assert.deepEqual(await next, { value: 4, done: false });
    // An unfiltered branch of the same turn still sees everything.
    const all: number[] = [];
    for (let i = 0; i < 5; i++) all.push(((await plain.read()).value!.params as { n: number }).n);
    assert.deepEqual(all, [0, 1, 2, 3, 4]);
    // Only skipped events left before the end: the reader ends cleanly.
    const last = reader.read();
    turn.push(ev("skip", 5));
    turn.end();
    assert.deepEqual(await last, { value: undefined, done: true });
    // Taken after the end: replays the kept values, then ends.
    assert.deepEqual(await collect(turn.branch(pick)), [1, 4]);

    const failing = new TurnStream();
    const waiting = failing.branch(pick).getReader().read();
    failing.push(ev("skip", 0));
    failing.fail(new TransportClosedError({ exitCode: 1, signal: null, stderrTail: "" }));
    await assert.rejects(waiting, TransportClosedError);
  });

  it("routes unknown methods by turnId / turn.id / threadId and shows them to taps", async () => {
    const fake = await connectFake();
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      const threadSeen: string[] = [];
      fake.client.router.subscribeThread("th", (n) => threadSeen.push(n.method));
      const tap = fake.client.notifications().getReader();
      await fake.emit([
        { method: "future/turnThing", params: { threadId: "th", turnId: "tu", x: 1 } },
        { method: "future/threadThing", params: { threadId: "th" } },
        { method: "future/global", params: {} },
        turnCompleted("th", "tu"),
      ]);
      const events = await collect(turn.branch());
      assert.deepEqual(events.map((e) => e.method), ["future/turnThing", "turn/completed"]);
      const tapped: string[] = [];
      for (let i = 0; i < 4; i++) tapped.push((await tap.read()).value!.method);
      assert.deepEqual(tapped, [
        "future/turnThing",
        "future/threadThing",
        "future/global",
        "turn/completed",
      ]);
      await tap.cancel();
      await until(() => threadSeen.length === 1, 2000, "thread notification");
      assert.deepEqual(threadSeen, ["future/threadThing"]);
    } finally {
      await fake.close();
    }
  });

  it("drops completed turns nobody claims: 10,000 of them leave no buffer behind", async () => {
    const fake = await connectFake({}, { earlyBuffer: { completedGraceMs: 50, maxTurns: 20_000 } });
    try {
      const lines: unknown[] = [];
      for (let i = 0; i < 10_000; i++) {
        lines.push(delta("th", `u${i}`, "x"), turnCompleted("th", `u${i}`));
      }
      await fake.emit(lines);
      await until(() => fake.client.router.earlyBufferedTurns > 0, 5000, "buffering");
      await until(() => fake.client.router.earlyBufferedTurns === 0, 10_000, "sweep");
      assert.deepEqual(fake.problems, []);
    } finally {
      await fake.close();
    }
  });

  it("reports an overflowing early buffer and fails the turn when it is claimed", async () => {
    const fake = await connectFake({}, { earlyBuffer: { maxEventsPerTurn: 5 } });
    try {
      await fake.emit(Array.from({ length: 8 }, (_, i) => delta("th", "big", `${i}`)));
      await until(() => fake.problems.length > 0, 5000, "overflow report");
      assert.ok(fake.problems[0].error instanceof BufferOverflowError);
      const turn = new TurnStream();
      fake.client.router.claimTurn("big", turn);
      assert.ok((await turn.done) instanceof BufferOverflowError);
      await assert.rejects(collect(turn.branch()), BufferOverflowError);
    } finally {
      await fake.close();
    }
  });

  it("drops the oldest unclaimed turn past maxTurns, and says so", async () => {
    const { router, send, problems, flush, close } = routerPair({ earlyBuffer: { maxTurns: 3 } });
    try {
      await send(...[1, 2, 3, 4].map((i) => delta("th", `o${i}`, `x${i}`)));
      await flush();
      assert.equal(problems.length, 1);
      assert.match(problems[0].error!.message, /too many unclaimed turns \(3\).* turn o1$/);
      assert.equal(router.earlyBufferedTurns, 3);
      // Later events of the dropped turn must not start a new, truncated buffer. (One would
      // keep the count at 3 by pushing out o2: the report count and o2's replay tell.)
      await send(delta("th", "o1", "late"), turnCompleted("th", "o1"));
      await flush();
      assert.equal(problems.length, 1, problems.map((p) => p.error!.message).join("\n"));
      assert.equal(router.earlyBufferedTurns, 3);
      // ...and claiming it fails loudly instead of replaying a partial turn.
      const dropped = new TurnStream();
      router.claimTurn("o1", dropped);
      const error = await dropped.done;
      assert.ok(error instanceof BufferOverflowError);
      assert.match(error.message, /turn o1 were dropped: more than 3 unclaimed turns/);
      // The three kept turns replay their events intact.
      for (const i of [2, 3, 4]) {
        const turn = new TurnStream();
        router.claimTurn(`o${i}`, turn);
        await send(turnCompleted("th", `o${i}`));
        assert.equal(deltas(await collect(turn.branch())), `x${i}`);
      }
      assert.equal(router.earlyBufferedTurns, 0);
    } finally {
      await close();
    }
  });

  it("caps an unclaimed turn's buffer at maxBytesPerTurn bytes of message text", async () => {
    // Both turns' lines have the same length; three of them fit exactly.
    const size = JSON.stringify(delta("th", "t1", "abc")).length;
    const { router, send, problems, flush, close } = routerPair({
      earlyBuffer: { maxBytesPerTurn: 3 * size },
    });
    try {
      await send(...["abc", "def", "ghi"].map((text) => delta("th", "t1", text)));
      await send(...["abc", "def", "ghi", "jkl"].map((text) => delta("th", "t2", text)));
      await flush();
      assert.deepEqual(problems.map((p) => p.error!.message), [
        "early buffer for unclaimed turn t2 overflowed; its events are dropped",
      ]);
      assert.ok(problems[0].error instanceof BufferOverflowError);
      const fits = new TurnStream();
      router.claimTurn("t1", fits);
      await send(turnCompleted("th", "t1"));
      assert.equal(deltas(await collect(fits.branch())), "abcdefghi");
      const big = new TurnStream();
      router.claimTurn("t2", big);
      const error = await big.done;
      assert.ok(error instanceof BufferOverflowError);
      assert.match(error.message, /turn t2 overflowed the early buffer/);
    } finally {
      await close();
    }
  });
});

describe("notifications() taps", () => {
  it("a tap that falls more than maxTapQueue behind fails; one exactly at the limit does not", async () => {
    const { router, send, flush, close } = routerPair({ maxTapQueue: 3 });
    try {
      const behind = router.tap().getReader();
      const atLimit = router.tap().getReader();
      const note = (n: number) => ({
        method: "thread/name/updated",
        params: { threadId: "th", n },
      });
      await send(note(1), note(2), note(3));
      await flush();
      // Three unread each: both still fine. One reader catches up.
      for (const n of [1, 2, 3]) {
        assert.deepEqual((await atLimit.read()).value!.params, { threadId: "th", n });
      }
      await send(note(4));
      await flush();
      await assert.rejects(behind.read(), (error: unknown) => {
        assert.ok(error instanceof BufferOverflowError);
        assert.equal(error.message, "notifications() consumer fell more than 3 messages behind");
        return true;
      });
      assert.deepEqual((await atLimit.read()).value!.params, { threadId: "th", n: 4 });
      await atLimit.cancel();
    } finally {
      await close();
    }
  });
});

describe("malformed input", () => {
  it("reports bad lines and keeps routing, including a line split into 1-byte chunks", async () => {
    const fake = await connectFake();
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      await fake.emit([
        "this is not json",
        "[1,2,3]",
        JSON.stringify({ id: 999, result: {} }),
        JSON.stringify(delta("th", "tu", "héllo → ✓ 😀")),
        JSON.stringify(turnCompleted("th", "tu")),
      ], { chunkSize: 1 });
      const events = await collect(turn.branch());
      assert.equal(deltas(events), "héllo → ✓ 😀");
      assert.equal(fake.problems.length, 3);
      for (const p of fake.problems) assert.ok(p.error instanceof ProtocolError);
      assert.match(fake.problems[2].error!.message, /unknown request id 999/);
    } finally {
      await fake.close();
    }
  });

  it("skips a line over the size cap and goes on", async () => {
    const fake = await connectFake({}, {}, {
      maxLineLength: 1000,
      onProtocolError: (e) => oversize.push(e),
    });
    const oversize: ProtocolError[] = [];
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      await fake.emit([
        delta("th", "tu", "x".repeat(5000)),
        delta("th", "tu", "small"),
        turnCompleted("th", "tu"),
      ], { chunkSize: 700 });
      assert.equal(deltas(await collect(turn.branch())), "small");
      assert.equal(oversize.length, 1);
      assert.match(oversize[0].message, /more than 1000 characters/);
    } finally {
      await fake.close();
    }
  });

  it("in strict mode fails a turn whose notification breaks the schema, naming method and path", async () => {
    const fake = await connectFake({}, { validation: "strict" });
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      await fake.emit([{
        method: "item/agentMessage/delta",
        params: { threadId: "th", turnId: "tu", itemId: "i", delta: 42 },
      }]);
      const error = await turn.done;
      assert.ok(error instanceof ProtocolError);
      assert.equal(error.method, "item/agentMessage/delta");
      assert.equal(error.path, "delta");
    } finally {
      await fake.close();
    }
  });
});

describe("server requests", () => {
  const approval = (id: number | string, turnId = "tu") => ({
    id,
    method: "item/commandExecution/requestApproval",
    params: { threadId: "th", turnId, itemId: "cmd-1", command: "touch x", cwd: "/tmp" },
  });
  const answers = (fake: Awaited<ReturnType<typeof connectFake>>) => {
    const seen: Array<{ id: unknown; result?: unknown; error?: { code: number } }> = [];
    const tap = fake.client.notifications();
    void (async () => {
      try {
        for await (const n of tap as unknown as AsyncIterable<{ method: string; params: never }>) {
          if (n.method === "fake/answered") seen.push(n.params);
        }
      } catch { /* closed */ }
    })();
    return seen;
  };

  it("answers request id 0 through its handler, with the same id", async () => {
    let got: unknown;
    const fake = await connectFake({}, {
      serverRequests: {
        "item/commandExecution/requestApproval": (params, ctx) => {
          got = { command: params.command, turnId: ctx.turnId, threadId: ctx.threadId };
          return { decision: "accept" };
        },
      },
    });
    try {
      const seen = answers(fake);
      await fake.emit([approval(0)]);
      await until(() => seen.length === 1, 5000, "answer");
      assert.deepEqual(seen[0], { id: 0, result: { decision: "accept" } });
      assert.deepEqual(got, { command: "touch x", turnId: "tu", threadId: "th" });
    } finally {
      await fake.close();
    }
  });

  it("answers fail-closed without a handler, per method", async () => {
    const fake = await connectFake();
    try {
      const seen = answers(fake);
      await fake.emit([
        approval(0),
        {
          id: 1,
          method: "item/fileChange/requestApproval",
          params: { threadId: "th", turnId: "tu", itemId: "f" },
        },
        {
          id: 2,
          method: "item/tool/requestUserInput",
          params: { threadId: "th", turnId: "tu", itemId: "q", questions: [] },
        },
        { id: 3, method: "future/unknownRequest", params: {} },
      ]);
      await until(() => seen.length === 4, 5000, "answers");
      const byId = new Map(seen.map((s) => [s.id, s]));
      assert.deepEqual(byId.get(0)!.result, { decision: "decline" });
      assert.deepEqual(byId.get(1)!.result, { decision: "decline" });
      assert.deepEqual(byId.get(2)!.result, { answers: {} });
      assert.equal(byId.get(3)!.error!.code, -32601);
    } finally {
      await fake.close();
    }
  });

  it("answers fail-closed when the handler throws or returns an invalid body, and reports it", async () => {
    let calls = 0;
    const fake = await connectFake({}, {
      serverRequests: {
        "item/commandExecution/requestApproval": () => {
          calls++;
          if (calls === 1) throw new Error("handler bug");
          // deno-lint-ignore no-explicit-any
          return { decision: "yes please" } as any;
        },
      },
    });
    try {
      const seen = answers(fake);
      await fake.emit([approval(0)]);
      await until(() => seen.length === 1, 5000, "first answer");
      await fake.emit([approval(1)]);
      await until(() => seen.length === 2, 5000, "second answer");
      assert.deepEqual(seen.map((s) => s.result), [{ decision: "decline" }, {
        decision: "decline",
      }]);
      const reported = fake.problems.map((p) => p.error!.message).join("\n");
      assert.match(reported, /handler bug/);
      assert.match(reported, /handler answer refused/);
    } finally {
      await fake.close();
    }
  });

  it("a 5-second approval handler does not delay another turn's deltas", async () => {
    const fake = await connectFake({}, {
      serverRequests: {
        "item/commandExecution/requestApproval": async () => {
          await delay(5000);
          return { decision: "decline" };
        },
      },
    });
    try {
      const other = new TurnStream();
      fake.client.router.claimTurn("fast", other);
      const started = Date.now();
      await fake.emit([approval(0, "slow")]);
      await fake.emit([delta("th2", "fast", "quick"), turnCompleted("th2", "fast")]);
      assert.equal(deltas(await collect(other.branch())), "quick");
      assert.ok(Date.now() - started < 2000, `deltas took ${Date.now() - started} ms`);
    } finally {
      await fake.close();
    }
  });

  it("shows the request and its serverRequest/resolved in the turn's stream", async () => {
    const fake = await connectFake({}, {
      serverRequests: { "item/commandExecution/requestApproval": () => ({ decision: "accept" }) },
    });
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      const seen = answers(fake);
      await fake.emit([approval(7)]);
      await until(() => seen.length === 1, 5000, "answer");
      await fake.emit([
        { method: "serverRequest/resolved", params: { threadId: "th", requestId: 7 } },
        turnCompleted("th", "tu"),
      ]);
      const events = await collect(turn.branch());
      assert.deepEqual(events.map((e) => e.method), [
        "item/commandExecution/requestApproval",
        "serverRequest/resolved",
        "turn/completed",
      ]);
      assert.equal((events[0] as { id: number }).id, 7);
    } finally {
      await fake.close();
    }
  });

  it("aborts the handler's signal when the server withdraws the request, and shows the withdrawal in the turn", async () => {
    let started = false;
    let aborted = false;
    const fake = await connectFake({}, {
      serverRequests: {
        "item/commandExecution/requestApproval": (_p, ctx) =>
          new Promise((resolve) => {
            started = true;
            ctx.signal.addEventListener("abort", () => {
              aborted = true;
              resolve({ decision: "decline" });
            });
          }),
      },
    });
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      const seen: string[] = [];
      const tap = fake.client.notifications();
      void (async () => {
        for await (const n of tap as unknown as AsyncIterable<{ method: string }>) {
          seen.push(n.method);
        }
      })().catch(() => {});
      await fake.emit([approval(3)]);
      await until(() => started, 5000, "the handler");
      await fake.emit([{
        method: "serverRequest/resolved",
        params: { threadId: "th", requestId: 3 },
      }]);
      await until(() => aborted, 5000, "abort");
      // An answer sent on the abort would reach the fake before this, and come back first.
      await fake.emit([turnCompleted("th", "tu")]);
      const events = await collect(turn.branch());
      assert.deepEqual(events.map((e) => e.method), [
        "item/commandExecution/requestApproval",
        "serverRequest/resolved",
        "turn/completed",
      ]);
      await until(() => seen.includes("turn/completed"), 5000, "the tap");
      assert.deepEqual(seen, [
        "serverRequest/resolved",
        "turn/completed",
      ], "no answer is sent to a withdrawn request");
    } finally {
      await fake.close();
    }
  });
});

describe("transport end", () => {
  it("fails pending calls and open turns at once with exit code and stderr, and stays failed", async () => {
    const fake = await connectFake({ "x/never": [{ noReply: true }] });
    const turn = new TurnStream();
    fake.client.router.claimTurn("tu", turn);
    const pending = fake.client.requestUnchecked("x/never", {}, { timeoutMs: 0 });
    await fake.emit([delta("th", "tu", "partial")]);
    const started = Date.now();
    await fake.client.notify("fake/exit", { code: 3, stderr: "panicked at the disco\n" });
    const error = await pending.then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportClosedError, String(error));
    assert.ok(Date.now() - started < 1000);
    assert.equal(error.exitCode, 3);
    assert.match(error.stderrTail, /panicked at the disco/);
    assert.equal(await turn.done, error);
    const events: RoutedEvent[] = [];
    await assert.rejects(
      (async () => {
        for await (const e of turn.branch() as unknown as AsyncIterable<RoutedEvent>) {
          events.push(e);
        }
      })(),
      TransportClosedError,
    );
    assert.equal(deltas(events), "partial", "events before the failure are kept");
    // The same sticky error, not a new failure after a write or a timeout.
    await assert.rejects(fake.client.requestUnchecked("x/any", {}), (e) => e === error);
    await assert.rejects(fake.client.notify("x", {}), (e) => e === error);
    await fake.close();
  });
});
