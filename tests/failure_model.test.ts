// The failure model (docs/failure-model.md): a user's callback that throws, a process the
// app-server spawned, a noisy or stubborn server, or a malformed answer never takes the
// client down, and each fault ends in the error the docs name.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import process from "node:process";
import { spawn } from "node:child_process";
import { AppServerClient } from "../src/client/client.ts";
import { Codex } from "../src/api/codex.ts";
import {
  AbortError,
  type CodexError,
  ProtocolError,
  RequestTimeoutError,
  ServerBusyError,
  TransportClosedError,
} from "../src/errors.ts";
import { CodexPool } from "../src/api/pool.ts";
import { retryOnOverload } from "../src/api/retry.ts";
import { TurnStream } from "../src/router/turn_stream.ts";
import { detectRuntime, spawnTransport } from "../src/transport/spawn.ts";
import { TurnHandle } from "../src/api/turn.ts";
import { fileURLToPath } from "node:url";
import {
  collect,
  connectFake,
  delay,
  delta,
  fakeGrandchild,
  runtimeCommand,
  spawnFake,
  turnCompleted,
  turnStarted,
  until,
} from "./_helpers.ts";

/** The promise's outcome, or "pending" when it has not settled within `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | unknown | "pending"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise.catch((error) => error),
      new Promise<"pending">((resolve) => (timer = setTimeout(() => resolve("pending"), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills a process by pid if it still runs. */
function killQuietly(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Gone already.
  }
}

const agentMessage = (threadId: string, turnId: string, item: unknown) => ({
  method: "item/completed",
  params: { threadId, turnId, item },
});

describe("user callbacks that throw", () => {
  it("an onProtocolMessage that always throws leaves calls, turns and reports working", async () => {
    let calls = 0;
    const fake = await connectFake({}, {
      onProtocolMessage: () => {
        calls++;
        throw new Error("logger bug");
      },
    });
    try {
      const turn = new TurnStream();
      fake.client.router.claimTurn("tu", turn);
      await fake.emit(["not json", delta("th", "tu", "a"), turnCompleted("th", "tu")]);
      assert.equal(await turn.done, undefined, "the turn completed");
      assert.deepEqual(await fake.client.requestUnchecked("x/ping", { n: 1 }), {
        echo: { method: "x/ping", params: { n: 1 } },
      });
      assert.equal(fake.client.closedError, undefined);
      assert.ok(fake.problems.some((p) => /not JSON/.test(p.error!.message)));
      assert.ok(calls > 5, `the observer kept being called (${calls})`);
    } finally {
      await fake.close();
    }
  });

  it("an onProtocolError that throws for an over-long line does not end the stream", async () => {
    const client = await AppServerClient.connect(
      spawnFake({}, {
        maxLineLength: 1000,
        onProtocolError: () => {
          throw new Error("logger bug");
        },
      }),
    );
    try {
      await client.notify("fake/emit", { lines: [{ method: "x/big", params: "y".repeat(5000) }] });
      assert.deepEqual(await client.requestUnchecked("x/ping", {}), {
        echo: { method: "x/ping", params: {} },
      });
      assert.equal(client.closedError, undefined);
    } finally {
      await client.close();
    }
  });

  it("an onStderr that throws: every later line is still read, kept and passed on; close() ends", async () => {
    const seen: string[] = [];
    // One line, then ~600 KB more (far past a pipe's buffer), then it waits for stdin.
    const script = `
      process.stderr.write("first\\n");
      setTimeout(() => {
        for (let i = 0; i < 2000; i++) process.stderr.write("line " + i + " " + "x".repeat(300) + "\\n");
        process.stderr.write("last\\n");
        process.stdin.resume();
      }, 100);`;
    const t = spawnTransport({
      command: "node",
      args: ["-e", script],
      closeGraceMs: 500,
      onStderr: (line) => {
        seen.push(line);
        throw new Error("callback bug");
      },
    });
    try {
      await until(() => seen.includes("last"), 10_000, "the last stderr line");
      assert.equal(seen.length, 2002);
      assert.equal(await within(t.close(), 5000), undefined, "close() resolved");
      const info = await t.closed;
      assert.match(info.stderrTail, /line 1999 x+\nlast$/);
    } finally {
      await within(t.close(), 5000);
    }
  });

  it("a pool's onEndpointClosed that throws is no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    let called = 0;
    const pool = await CodexPool.start([{ transport: spawnFake() }], {
      onEndpointClosed: () => {
        called++;
        throw new Error("callback bug");
      },
    });
    try {
      await pool.endpoints[0].codex.client.notify("fake/exit", { code: 1 });
      await until(() => called === 1, 5000, "onEndpointClosed");
      await delay(100);
      assert.deepEqual(unhandled, []);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await pool.close();
    }
  });

  it("retryOnOverload goes on retrying when its onRetry throws", async () => {
    let attempts = 0;
    const result = await retryOnOverload(() => {
      if (++attempts < 3) return Promise.reject(new ServerBusyError(-32001, "busy", null));
      return Promise.resolve("done");
    }, {
      initialDelayMs: 1,
      onRetry: () => {
        throw new Error("logger bug");
      },
    });
    assert.equal(result, "done");
    assert.equal(attempts, 3);
  });
});

describe("process pipes (_process.ts)", () => {
  // Each runtime's own adapter, and node:child_process's through its compatibility layer.
  const adapters = [...new Set([detectRuntime(), "node" as const])];
  for (const runtime of adapters) {
    it(`a dead app-server is noticed while a process it spawned holds its stdout (spawn adapter: ${runtime})`, async () => {
      const fake = await connectFake({ "x/never": [{ noReply: true }] }, {}, { runtime });
      let grandchild: number | undefined;
      try {
        grandchild = await fakeGrandchild(fake.client, 20_000);
        const pending = fake.client.requestUnchecked("x/never", {}, { timeoutMs: 0 });
        const started = Date.now();
        await fake.client.notify("fake/exit", { code: 3, stderr: "dying\n" });
        const error = await within(pending, 3000);
        assert.ok(error instanceof TransportClosedError, `pending call: ${String(error)}`);
        assert.equal(error.exitCode, 3);
        assert.match(error.stderrTail, /dying/);
        assert.ok(Date.now() - started < 3000);
        assert.equal(await within(fake.close(), 3000), undefined, "close() resolved");
      } finally {
        killQuietly(grandchild);
        await within(fake.close(), 1000);
      }
    });
  }

  it("after close(), a process the app-server spawned does not keep this program alive", async () => {
    const script = fileURLToPath(new URL("./_exit_after_close.ts", import.meta.url));
    const { command, args } = runtimeCommand(script);
    const child = spawn(command, [...args, "grandchild"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Uint8Array) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      // The grandchild holds the dead app-server's stdout and stderr until it is killed below:
      // a script that still read them would not end by itself, however long we waited (the
      // bound only keeps the test from hanging; a correct script ends well within it).
      const code = await within(exited, 15_000);
      assert.equal(code, 0, `the script exited (${String(code)}): ${out}`);
      assert.match(out, /^grandchild \d+\nclosed; 0 timers left\n$/);
    } finally {
      killQuietly(Number(/grandchild (\d+)/.exec(out)?.[1] ?? NaN) || undefined);
      child.kill("SIGKILL");
    }
  });

  it("the stderr tail is bounded in characters too, and the error message stays short", async () => {
    const t = spawnTransport({
      command: "node",
      args: [
        "-e",
        `for (let i = 0; i < 300; i++) process.stderr.write("x".repeat(60000) + "\\n");
         process.stderr.write("the end\\n"); process.exitCode = 1;`,
      ],
    });
    const info = await t.closed;
    await t.close();
    assert.equal(info.exitCode, 1);
    assert.ok(info.stderrTail.length <= 64 * 1024, `tail of ${info.stderrTail.length} chars`);
    assert.ok(info.stderrTail.endsWith("x\nthe end"), info.stderrTail.slice(-20));
    const error = new TransportClosedError(info);
    assert.ok(error.message.length < 2200, `message of ${error.message.length} chars`);
    const shown = error.message.slice(0, 80) + " … " + error.message.slice(-20);
    assert.ok(
      /^codex app-server transport closed \(exited with code 1\); stderr tail:\n…x+\nthe end$/
        .test(error.message),
      shown,
    );
  });
});

describe("a stubborn or malformed server", () => {
  it("Codex.start rejects when initialize times out, without waiting for the process to die", async () => {
    const transport = spawnFake({ initialize: [{ noReply: true }] }, {
      env: { FAKE_STUBBORN: "1" },
    });
    const started = Date.now();
    const error = await Codex.start({ transport, requestTimeoutMs: 500 }).then(
      () => undefined,
      (e) => e,
    );
    const took = Date.now() - started;
    assert.ok(error instanceof RequestTimeoutError, String(error));
    assert.ok(took < 1700, `rejected after ${took} ms`);
    // Reaped in the background: it ignores EOF and SIGTERM, so SIGKILL ends it.
    assert.equal((await transport.closed).signal, "SIGKILL");
  });

  it("Codex.start rejects at once with AbortError when its signal aborts, and ends the process", async () => {
    const transport = spawnFake({ initialize: [{ noReply: true }] });
    const stop = new AbortController();
    setTimeout(() => stop.abort("user pressed stop"), 200);
    const started = Date.now();
    const error = await Codex.start({ transport, signal: stop.signal, requestTimeoutMs: 5000 })
      .then(
        () => undefined,
        (e) => e,
      );
    assert.ok(error instanceof AbortError, String(error));
    assert.equal(error.cause, "user pressed stop");
    assert.ok(Date.now() - started < 1200, `rejected after ${Date.now() - started} ms`);
    assert.notEqual(await within(transport.closed, 5000), "pending", "the process ended");

    const before = spawnFake();
    await assert.rejects(
      Codex.start({ transport: before, signal: AbortSignal.abort() }),
      AbortError,
    );
    assert.notEqual(await within(before.closed, 5000), "pending", "the process ended");
  });

  it("a response with both result and error is never a success, and is reported", async () => {
    const fake = await connectFake({
      "x/both": [{
        raw: {
          result: { ok: true },
          error: { code: -32001, message: "Server overloaded; retry later.", data: null },
        },
      }],
      "x/broken": [{ raw: { result: { ok: true }, error: "nope" } }],
      "x/v1": [{ raw: { result: { ok: true }, error: null } }],
    });
    try {
      await assert.rejects(fake.client.requestUnchecked("x/both", {}), ServerBusyError);
      await assert.rejects(
        fake.client.requestUnchecked("x/broken", {}),
        (e: unknown) => e instanceof ProtocolError && /both a result and an error/.test(e.message),
      );
      assert.deepEqual(await fake.client.requestUnchecked("x/v1", {}), { ok: true });
      const reported = fake.problems.filter((p) =>
        /both a result and an error/.test(p.error!.message)
      );
      assert.equal(reported.length, 2);
    } finally {
      await fake.close();
    }
  });

  it("a response whose error member is malformed fails its request at once, and is reported", async () => {
    const fake = await connectFake({
      "x/code": [{ raw: { error: { code: "bad", message: "no numeric code" } } }],
      "x/text": [{ raw: { error: "nope" } }],
    });
    try {
      for (const method of ["x/code", "x/text"]) {
        const outcome = await within(
          fake.client.requestUnchecked(method, {}).catch((e) => e),
          5000,
        );
        assert.ok(outcome instanceof ProtocolError, `${method}: ${String(outcome)}`);
        assert.match(outcome.message, /not a JSON-RPC error/);
      }
      assert.equal(
        fake.problems.filter((p) => /not a JSON-RPC error/.test(p.error!.message)).length,
        2,
      );
    } finally {
      await fake.close();
    }
  });

  it("malformed turn events let through by lenient validation are skipped, not thrown on", async () => {
    const fake = await connectFake();
    try {
      const events = new TurnStream();
      fake.client.router.claimTurn("tu", events);
      const turn = new TurnHandle(fake.client, "th", "tu", events);
      const text = collect(turn.text());
      await fake.emit([
        turnStarted("th", "tu"),
        delta("th", "tu", "ok"),
        { method: "item/agentMessage/delta", params: { threadId: "th", turnId: "tu", delta: 7 } },
        agentMessage("th", "tu", { type: "agentMessage", id: "i1", text: "final" }),
        agentMessage("th", "tu", { type: "agentMessage", id: "i2", text: 42 }),
        agentMessage("th", "tu", null),
        agentMessage("th", "tu", "oops"),
        turnCompleted("th", "tu"),
      ]);
      assert.equal(await turn.finalText(), "final");
      assert.deepEqual(await text, ["ok"]);
      assert.equal((await turn.run()).status, "completed");
      assert.ok(fake.problems.length >= 3, "lenient validation reported them");
      assert.equal(fake.client.closedError, undefined);
    } finally {
      await fake.close();
    }
  });

  it("a turn/start result without a turn rejects startTurn with a ProtocolError", async () => {
    const codex = await Codex.start({
      transport: spawnFake({
        "thread/start": [{ result: { thread: { id: "th" } } }],
        "turn/start": [{ result: { turn: null } }],
      }),
    });
    try {
      const thread = await codex.startThread();
      await assert.rejects(
        thread.startTurn("hello"),
        (e: unknown) => e instanceof ProtocolError && e.method === "turn/start",
      );
    } finally {
      await codex.close();
    }
  });
});

describe("signals and closing", () => {
  it("one AbortSignal shared by 50 pending calls gets one listener, and aborts them all", async () => {
    const fake = await connectFake({ "x/never": [{ noReply: true }] });
    try {
      const stop = new AbortController();
      let listeners = 0;
      let most = 0;
      const add = stop.signal.addEventListener.bind(stop.signal);
      const remove = stop.signal.removeEventListener.bind(stop.signal);
      stop.signal.addEventListener = ((type: string, ...rest: [never, never]) => {
        if (type === "abort") most = Math.max(most, ++listeners);
        return add(type as "abort", ...rest);
      }) as typeof stop.signal.addEventListener;
      stop.signal.removeEventListener = ((type: string, ...rest: [never, never]) => {
        if (type === "abort") listeners--;
        return remove(type as "abort", ...rest);
      }) as typeof stop.signal.removeEventListener;

      const calls = Promise.allSettled(Array.from(
        { length: 50 },
        () => fake.client.requestUnchecked("x/never", {}, { signal: stop.signal }),
      ));
      // Ten of them settle first: their share of the listener goes with them.
      const done = Array.from(
        { length: 10 },
        () => fake.client.requestUnchecked("x/ping", {}, { signal: stop.signal }),
      );
      await Promise.all(done);
      assert.equal(most, 1, "one listener at most");
      stop.abort("enough");
      const outcomes = await calls;
      assert.ok(outcomes.every((o) => o.status === "rejected" && o.reason instanceof AbortError));
      assert.equal(fake.client.router.pendingRequests, 0);

      // A later call on the same, already aborted signal fails at once.
      await assert.rejects(
        fake.client.requestUnchecked("x/ping", {}, { signal: stop.signal }),
        AbortError,
      );
    } finally {
      await fake.close();
    }
  });

  it("codex.close() ends notifications() and thread.notifications() as done", async () => {
    const codex = await Codex.start({
      transport: spawnFake({ "thread/start": [{ result: { thread: { id: "th" } } }] }),
    });
    const thread = await codex.startThread();
    const all = codex.notifications().getReader();
    const ofThread = thread.notifications().getReader();
    await codex.client.notify("fake/emit", {
      lines: [{ method: "thread/name/updated", params: { threadId: "th", threadName: "n" } }],
    });
    assert.equal((await all.read()).value?.method, "thread/name/updated");
    assert.equal((await ofThread.read()).value?.method, "thread/name/updated");
    await codex.close();
    assert.deepEqual(await all.read(), { done: true, value: undefined });
    assert.deepEqual(await ofThread.read(), { done: true, value: undefined });
    // Taken after the close: ends at once.
    assert.deepEqual(await collect(codex.notifications()), []);
  });

  it("an unexpected loss fails notifications() and thread.notifications() with TransportClosedError", async () => {
    const codex = await Codex.start({
      transport: spawnFake({ "thread/start": [{ result: { thread: { id: "th" } } }] }),
    });
    try {
      const thread = await codex.startThread();
      const all = collect(codex.notifications()).then(() => undefined, (e: CodexError) => e);
      const ofThread = collect(thread.notifications()).then(() => undefined, (e) => e);
      await codex.client.notify("fake/exit", { code: 9 });
      const [a, b] = await Promise.all([all, ofThread]);
      assert.ok(a instanceof TransportClosedError, String(a));
      assert.ok(b instanceof TransportClosedError, String(b));
      assert.equal(a.exitCode, 9);
    } finally {
      await codex.close();
    }
  });
});
