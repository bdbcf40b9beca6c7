// The small internal modules, each in a block named after its file: helpers of the SDK's
// own (abort listeners, backoff, base64, timing, bounded sets), the API layer's stream
// helpers, session and result fold, and the type-only modules.
import assert from "node:assert/strict";
import { onAbort } from "../src/_abort.ts";
import { backoffDelay, pause } from "../src/_backoff.ts";
import { base64, base64url } from "../src/_base64.ts";
import { callSafely } from "../src/_guard.ts";
import { settlesWithin } from "../src/_timing.ts";
import { addBounded, setBounded } from "../src/router/_bounded.ts";
import { FollowedList, iteratorStream, pushStream } from "../src/api/_streams.ts";
import { storedTurns } from "../src/api/_stored_turns.ts";
import { finalResponseOf, ResultCollector } from "../src/turn_result.ts";
import { Session } from "../src/api/session.ts";
import { JsonRpcError, ServerBusyError } from "../src/errors.ts";
import { retryOnOverload } from "../src/api/retry.ts";
import * as routerTypes from "../src/router/types.ts";
import * as standardSchema from "../src/standard_schema.ts";
import { loadExperimentalTables, stableTables } from "../src/client/client.ts";
import type { AppServerClient } from "../src/client/client.ts";
import type { BufferOverflowError } from "../src/errors.ts";
import type { ThreadItem } from "../gen/types.ts";
import { collect, connectFake, describe, it } from "./_helpers.ts";

describe("_abort.ts", () => {
  it("calls each callback once on abort, and unregistered ones not at all", () => {
    const controller = new AbortController();
    const calls: string[] = [];
    onAbort(controller.signal, () => calls.push("a"));
    const off = onAbort(controller.signal, () => calls.push("b"));
    off();
    controller.abort();
    controller.abort();
    assert.deepEqual(calls, ["a"]);
  });
});

describe("_backoff.ts", () => {
  it("draws the delay up to a doubling bound, capped", () => {
    assert.equal(backoffDelay(1, 100, 1000, () => 1), 100);
    assert.equal(backoffDelay(3, 100, 1000, () => 1), 400);
    assert.equal(backoffDelay(10, 100, 1000, () => 1), 1000);
    assert.equal(backoffDelay(3, 100, 1000, () => 0.5), 200);
  });

  it("pause resolves true after the time, false at once on abort", async () => {
    assert.equal(await pause(1), true);
    const controller = new AbortController();
    const waiting = pause(60_000, controller.signal);
    controller.abort();
    assert.equal(await waiting, false);
    assert.equal(await pause(60_000, controller.signal), false);
  });
});

describe("_base64.ts", () => {
  it("encodes standard and URL-safe base64", () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x61]);
    assert.equal(base64(bytes), "+/+/YQ==");
    assert.equal(base64url(bytes), "-_-_YQ");
  });
});

describe("_guard.ts", () => {
  it("calls the callback and swallows what it throws", () => {
    const seen: number[] = [];
    callSafely((n: number) => seen.push(n), 1);
    callSafely(() => {
      throw new Error("user bug");
    }, 2);
    callSafely(undefined, 3);
    assert.deepEqual(seen, [1]);
  });
});

describe("_timing.ts", () => {
  it("gives the value when the promise settles in time, else undefined", async () => {
    assert.equal(await settlesWithin(Promise.resolve(7), 1000), 7);
    assert.equal(await settlesWithin(new Promise(() => {}), 5), undefined);
  });
});

describe("_bounded.ts", () => {
  it("keeps the newest N keys", () => {
    const set = new Set<number>();
    const map = new Map<number, string>();
    for (let i = 0; i < 5; i++) {
      addBounded(set, i, 3);
      setBounded(map, i, `v${i}`, 3);
    }
    assert.deepEqual([...set], [2, 3, 4]);
    assert.deepEqual([...map.keys()], [2, 3, 4]);
  });
});

describe("_streams.ts", () => {
  it("pushStream drops the oldest unread value past its cap and reports it", async () => {
    const drops: BufferOverflowError[] = [];
    let cancelled = 0;
    const queue = pushStream<number>(2, () => cancelled++, (e) => drops.push(e));
    for (let i = 0; i < 4; i++) queue.push(i);
    queue.close();
    assert.deepEqual(await collect(queue.stream), [2, 3]);
    assert.equal(drops.length, 2);
    assert.match(drops[1].message, /2 unread value/);
    const failing = pushStream<number>(5, () => cancelled++, () => {});
    failing.push(1);
    failing.fail(new Error("lost"));
    const reader = failing.stream.getReader();
    assert.equal((await reader.read()).value, 1);
    await assert.rejects(reader.read(), /lost/);
    const cancelling = pushStream<number>(5, () => cancelled++, () => {});
    await cancelling.stream.cancel();
    assert.equal(cancelled, 1);
  });

  it("iteratorStream reads an iterator and returns it on cancel", async () => {
    let returned = false;
    async function* numbers() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        returned = true;
      }
    }
    assert.deepEqual(await collect(iteratorStream(numbers())), [1, 2, 3]);
    const reader = iteratorStream(numbers()).getReader();
    await reader.read();
    returned = false;
    await reader.cancel();
    assert.equal(returned, true);
  });

  it("FollowedList lets each reader wait for the next item until over() holds", async () => {
    const list = new FollowedList<string>();
    let over = false;
    const first = list.has(0, () => over);
    list.push("a");
    assert.equal(await first, true);
    const second = list.has(1, () => over);
    over = true;
    list.wake();
    assert.equal(await second, false);
    await assert.rejects(
      list.has(1, () => {
        throw new Error("lost");
      }),
      /lost/,
    );
    assert.deepEqual(list.items, ["a"]);
  });
});

describe("_stored_turns.ts", () => {
  it("pages thread/turns/list from the newest until every id is found", async () => {
    const pages = [
      { data: [{ id: "t9" }, { id: "t8" }], nextCursor: "c1" },
      { data: [{ id: "t2" }, { id: "t1" }], nextCursor: "c2" },
      { data: [{ id: "t0" }], nextCursor: null },
    ];
    const asked: unknown[] = [];
    const client = {
      request: (method: string, params: { cursor?: string }) => {
        asked.push([method, params.cursor]);
        return Promise.resolve(pages[asked.length - 1]);
      },
    } as unknown as AppServerClient;
    const found = await storedTurns(client, "th", ["t8", "t1"]);
    assert.deepEqual([...found.keys()], ["t8", "t1"]);
    assert.deepEqual(asked, [["thread/turns/list", undefined], ["thread/turns/list", "c1"]]);
  });
});

describe("turn_result.ts", () => {
  it("folds well-formed items, the completed turn and the last usage", () => {
    const collector = new ResultCollector();
    collector.add({ method: "item/completed", params: { item: { type: "agentMessage" } } });
    collector.add({ method: "item/completed", params: { item: null } });
    collector.add({ method: "thread/tokenUsage/updated", params: { tokenUsage: { n: 1 } } });
    collector.add({ method: "thread/tokenUsage/updated", params: { tokenUsage: { n: 2 } } });
    collector.add({ method: "turn/completed", params: { turn: { id: "t" } } });
    assert.equal(collector.items.length, 1);
    assert.deepEqual(collector.usage, { n: 2 });
    assert.equal(collector.completed?.id, "t");
  });

  it("the final response is the last agent message that is not commentary", () => {
    const items = [
      { type: "agentMessage", text: "answer", phase: "final_answer" },
      { type: "agentMessage", text: "thinking aloud", phase: "commentary" },
      { type: "agentMessage", text: 5 },
    ] as unknown as ThreadItem[];
    assert.equal(finalResponseOf(items), "answer");
    assert.equal(finalResponseOf([]), null);
  });
});

describe("session.ts", () => {
  it("each client holds exactly one session of its own", async () => {
    const a = await connectFake();
    const b = await connectFake();
    try {
      assert.equal(Session.of(a.client), Session.of(a.client));
      assert.notEqual(Session.of(a.client), Session.of(b.client));
      assert.equal(Session.of(a.client).turns, Session.of(a.client).turns);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("retry.ts", () => {
  it("retries an overloaded call and gives up after maxAttempts", async () => {
    let attempts = 0;
    const busy = () => {
      attempts++;
      return Promise.reject(JsonRpcError.from("x", { code: -32001, message: "busy" }));
    };
    await assert.rejects(
      retryOnOverload(busy, { initialDelayMs: 1, maxAttempts: 3 }),
      ServerBusyError,
    );
    assert.equal(attempts, 3);
  });
});

describe("types.ts and standard_schema.ts", () => {
  it("hold types only: nothing at run time", () => {
    assert.deepEqual(Object.keys(routerTypes), []);
    assert.deepEqual(Object.keys(standardSchema), []);
  });

  it("the generated schemas implement StandardSchemaV1", () => {
    const schema = stableTables.clientRequests["thread/start"].params;
    assert.equal(schema["~standard"].version, 1);
    assert.equal(typeof schema["~standard"].validate, "function");
  });
});

describe("experimental_tables.ts", () => {
  it("holds every stable method and more", async () => {
    const experimental = await loadExperimentalTables();
    const stable = Object.keys(stableTables.clientRequests);
    const all = Object.keys(experimental.clientRequests);
    assert.ok(stable.every((m) => all.includes(m)));
    assert.ok(all.length > stable.length);
  });
});
