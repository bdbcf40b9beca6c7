// Backoff jitter: retryOnOverload and the reconnect loop pause for the random source's share
// of the exponential bound ("full jitter"). The random source is injected, so the delays are
// exact; a pause bound of many seconds scaled by 0 must not be waited for.
import assert from "node:assert/strict";
import { AppServerClient } from "../src/client/client.ts";
import { type ConnectionState, Reconnector } from "../src/api/reconnect.ts";
import { retryOnOverload } from "../src/api/retry.ts";
import { ServerBusyError, TransportClosedError } from "../src/errors.ts";
import { describe, inMemoryServer, it, until } from "./_helpers.ts";

/** Returns the values in turn, then the last one again. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)];
}

const busy = () => Promise.reject(new ServerBusyError(-32001, "busy", null));

describe("retryOnOverload jitter", () => {
  it("pauses for the random source's share of the exponential bound", async () => {
    const delays: number[] = [];
    await assert.rejects(
      retryOnOverload(busy, {
        maxAttempts: 5,
        initialDelayMs: 8,
        maxDelayMs: 40,
        random: sequence(0.5, 0.25, 0.75, 0.5),
        onRetry: (_e, _attempt, delayMs) => delays.push(delayMs),
      }),
      ServerBusyError,
    );
    // Bounds 8, 16, 32, 40 (capped), scaled by 0.5, 0.25, 0.75, 0.5.
    assert.deepEqual(delays, [4, 4, 24, 20]);
  });

  it("waits only the jittered pause, not the bound", async () => {
    const begun = Date.now();
    let calls = 0;
    await assert.rejects(
      retryOnOverload(() => (calls++, busy()), {
        maxAttempts: 3,
        initialDelayMs: 20_000,
        random: () => 0,
      }),
      ServerBusyError,
    );
    assert.equal(calls, 3);
    assert.ok(Date.now() - begun < 5_000, `took ${Date.now() - begun} ms`);
  });
});

describe("reconnect jitter", () => {
  async function dropAndGiveUp(random: () => number, initialDelayMs: number, maxDelayMs: number) {
    const server = inMemoryServer({});
    const client = await AppServerClient.connect(server.transport);
    const states: ConnectionState[] = [];
    let tries = 0;
    const reconnector = new Reconnector(
      client,
      () => {
        tries++;
        throw new Error("connection refused");
      },
      { maxAttempts: 4, initialDelayMs, maxDelayMs },
      (state) => states.push(state),
      random,
    );
    try {
      // The server side goes away: an unexpected drop.
      await server.transport.close();
      await until(() => states.some((s) => s.state === "gave up"), 10_000, "gave up");
      await assert.rejects(client.request("thread/read", { threadId: "t" }), TransportClosedError);
      assert.equal(tries, 4);
      return states.flatMap((s) => s.state === "reconnecting" ? [s.delayMs] : []);
    } finally {
      reconnector.stop();
      await client.close();
    }
  }

  it("pauses each attempt for the random source's share of the exponential bound", async () => {
    // Bounds 40, 80, 160, 200 (capped), scaled by 0.5, 0.25, 0.75, 0.1.
    const delays = await dropAndGiveUp(sequence(0.5, 0.25, 0.75, 0.1), 40, 200);
    assert.deepEqual(delays, [20, 20, 120, 20]);
  });

  it("waits only the jittered pause, not the bound", async () => {
    const begun = Date.now();
    const delays = await dropAndGiveUp(() => 0, 20_000, 60_000);
    assert.deepEqual(delays, [0, 0, 0, 0]);
    assert.ok(Date.now() - begun < 5_000, `took ${Date.now() - begun} ms`);
  });
});
