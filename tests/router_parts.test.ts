// The router's parts, each on its own (message_router.ts is tested whole in
// router.test.ts): route helpers, pending requests, stream and turn tables, subscribers
// and taps, server requests, and the one rule for how a stream ends with its connection.
import assert from "node:assert/strict";
import {
  AbortError,
  BufferOverflowError,
  type CodexError,
  JsonRpcError,
  ProtocolError,
  RequestTimeoutError,
  TransportClosedError,
} from "../src/errors.ts";
import { pick, threadIdOf, turnIdOf } from "../src/router/routes.ts";
import { PendingRequests } from "../src/router/pending_requests.ts";
import { StreamTable, StreamTables } from "../src/router/stream_table.ts";
import { TurnTable } from "../src/router/turn_table.ts";
import { Subscribers } from "../src/router/subscribers.ts";
import { ServerRequests } from "../src/router/server_requests.ts";
import { endStream, endWithConnection } from "../src/router/stream_end.ts";
import { MessageRouter } from "../src/router/message_router.ts";
import { ProtocolObserver, readAll, writeError } from "../src/router/transport_io.ts";
import { checkMessagePart } from "../src/wire/validate.ts";
import type { Transport } from "../src/transport/transport.ts";
import * as v from "valibot";
import type { RoutedEvent, RoutedNotification, TurnSink } from "../src/router/types.ts";
import { stableTables } from "../src/client/client.ts";
import { memoryTransportPair } from "../src/transport/memory.ts";
import { delay, describe, it } from "./_helpers.ts";

const closedInfo = { exitCode: 0, signal: null, stderrTail: "", reason: "test" };
const closed = () => new TransportClosedError(closedInfo);

/** A sink that records what it is told. */
function recorder(): TurnSink & { log: string[]; events: RoutedEvent[] } {
  const log: string[] = [];
  const events: RoutedEvent[] = [];
  return {
    log,
    events,
    push: (event) => {
      events.push(event);
      log.push(`push ${event.method}`);
    },
    end: () => log.push("end"),
    fail: (error) => log.push(`fail ${error.constructor.name}`),
    close: () => log.push("close"),
  };
}

const note = (method: string, params: unknown = {}): RoutedNotification => ({ method, params });

describe("routes.ts", () => {
  it("picks ids at the routing table's paths and nothing that is not a string", () => {
    const params = { turnId: "t", thread: { id: "th" }, item: { turnId: "x" }, n: 1 };
    assert.equal(pick(params, "turnId"), "t");
    assert.equal(pick(params, "thread.id"), "th");
    assert.equal(pick(params, "item.turnId"), "x");
    assert.equal(pick(params, "n"), undefined);
    assert.equal(pick(params, null), undefined);
    assert.equal(pick(null, "turnId"), undefined);
  });

  it("uses the route when there is one, else the conventional keys", () => {
    const params = { turnId: "a", turn: { id: "b" }, threadId: "c", thread: { id: "d" } };
    const route = { turnId: "turn.id", threadId: "thread.id" };
    assert.equal(turnIdOf(route, params), "b");
    assert.equal(threadIdOf(route, params), "d");
    assert.equal(turnIdOf(undefined, params), "a");
    assert.equal(turnIdOf(undefined, { turn: { id: "b" } }), "b");
    assert.equal(threadIdOf(undefined, { thread: { id: "d" } }), "d");
    assert.equal(turnIdOf({ turnId: null, threadId: null }, params), undefined);
  });
});

describe("pending_requests.ts", () => {
  const make = (validation: "lenient" | "strict" = "lenient") => {
    const reported: CodexError[] = [];
    const pending = new PendingRequests(stableTables, validation, (_t, e) => reported.push(e));
    return { pending, reported };
  };

  it("numbers calls from 1 and settles each with its own response", async () => {
    const { pending } = make();
    const a = pending.open("x/a", {}, 0);
    const b = pending.open("x/b", {}, 0);
    assert.deepEqual([a.id, b.id], [1, 2]);
    assert.equal(pending.size, 2);
    pending.settle({ kind: "response", id: 2, result: "B" }, "");
    pending.settle({ kind: "error", id: 1, error: { code: -32600, message: "no" } }, "");
    assert.equal(await b.result, "B");
    await assert.rejects(a.result, JsonRpcError);
    assert.equal(pending.size, 0);
  });

  it("times out, drops the late answer quietly, and reports an answer to an unknown id", async () => {
    const { pending, reported } = make();
    const call = pending.open("x/slow", {}, 5);
    await assert.rejects(call.result, RequestTimeoutError);
    pending.settle({ kind: "response", id: call.id, result: 1 }, "");
    assert.equal(reported.length, 0);
    pending.settle({ kind: "response", id: 99, result: 1 }, "");
    assert.equal(reported.length, 1);
    assert.match(reported[0].message, /unknown request id 99/);
  });

  it("aborts by signal, runs onResult before resolving, and fails every call at once", async () => {
    const { pending } = make();
    const controller = new AbortController();
    const aborted = pending.open("x/a", { signal: controller.signal }, 0);
    controller.abort();
    await assert.rejects(aborted.result, AbortError);
    const order: string[] = [];
    const ok = pending.open("x/b", { onResult: () => order.push("onResult") }, 0);
    void ok.result.then(() => order.push("resolved"));
    pending.settle({ kind: "response", id: ok.id, result: {} }, "");
    await ok.result;
    assert.deepEqual(order, ["onResult", "resolved"]);
    const thrower = pending.open("x/c", {
      onResult: () => {
        throw new Error("bad");
      },
    }, 0);
    pending.settle({ kind: "response", id: thrower.id, result: {} }, "");
    await assert.rejects(thrower.result, ProtocolError);
    const left = pending.open("x/d", {}, 0);
    pending.failAll(closed());
    await assert.rejects(left.result, TransportClosedError);
    assert.equal(pending.size, 0);
  });

  it("strict validation rejects a result that breaks the schema", async () => {
    const { pending } = make("strict");
    const call = pending.open("thread/start", {}, 0);
    pending.settle({ kind: "response", id: call.id, result: { thread: 5 } }, "");
    await assert.rejects(call.result, ProtocolError);
  });
});

describe("stream_table.ts", () => {
  it("buffers a stream's events until it is claimed, then delivers straight", () => {
    const table = new StreamTable(undefined, () => {}, "process");
    assert.equal(table.deliver("p1", undefined, note("a"), 10, false), true);
    assert.equal(table.earlyBuffered, 1);
    const sink = recorder();
    table.claim("p1", sink);
    table.deliver("p1", undefined, note("b"), 10, false);
    table.deliver("p1", undefined, note("exit"), 10, true);
    assert.deepEqual(sink.log, ["push a", "push b", "push exit", "end"]);
    // Ended: a late event is not taken, and opens no new buffer.
    assert.equal(table.deliver("p1", undefined, note("late"), 10, false), false);
    assert.equal(table.earlyBuffered, 0);
  });

  it("a claim after the stream ended in the buffer replays it and ends", () => {
    const table = new StreamTable(undefined, () => {}, "process");
    table.deliver("p", undefined, note("a"), 1, false);
    table.deliver("p", undefined, note("exit"), 1, true);
    const sink = recorder();
    table.claim("p", sink);
    assert.deepEqual(sink.log, ["push a", "push exit", "end"]);
  });

  it("names the kind in an overflow, and fails a claim after the connection closed", () => {
    const table = new StreamTable({ maxEventsPerTurn: 1 }, () => {}, "watch");
    table.deliver("w", undefined, note("a"), 1, false);
    table.deliver("w", undefined, note("b"), 1, false);
    const errors: CodexError[] = [];
    table.claim("w", { ...recorder(), fail: (e) => errors.push(e) });
    assert.ok(errors[0] instanceof BufferOverflowError);
    assert.match(errors[0].message, /watch w/);
    table.closeAll(closed(), false);
    const late = recorder();
    table.claim("x", late);
    assert.deepEqual(late.log, ["fail TransportClosedError"]);
  });

  it("ends claimed streams as done after a deliberate close, else fails them", () => {
    const table = new StreamTable(undefined, () => {}, "process");
    const closable = recorder();
    const plain = { ...recorder(), close: undefined };
    table.claim("a", closable);
    table.claim("b", plain);
    table.closeAll(closed(), true);
    assert.deepEqual(closable.log, ["close"]);
    assert.deepEqual(plain.log, ["fail TransportClosedError"]);
    const other = new StreamTable(undefined, () => {}, "process");
    const lost = recorder();
    other.claim("a", lost);
    other.closeAll(closed(), false);
    assert.deepEqual(lost.log, ["fail TransportClosedError"]);
  });

  it("StreamTables routes a notification to its kind's table by the route's key", () => {
    const tables = new StreamTables(
      {
        "fs/changed": { key: "watchId", path: "watchId" },
        "x/exit": { key: "pid", path: "p.id", ends: true },
      },
      undefined,
      () => {},
    );
    const watch = recorder();
    tables.claim("watchId", "w1", watch);
    assert.equal(tables.deliver("fs/changed", { watchId: "w1" }, note("fs/changed"), 1), true);
    assert.equal(tables.deliver("fs/changed", {}, note("fs/changed"), 1), false);
    assert.equal(tables.deliver("turn/started", { watchId: "w1" }, note("turn/started"), 1), false);
    assert.deepEqual(watch.log, ["push fs/changed"]);
    const proc = recorder();
    tables.claim("pid", "7", proc);
    tables.deliver("x/exit", { p: { id: "7" } }, note("x/exit"), 1);
    assert.deepEqual(proc.log, ["push x/exit", "end"]);
    assert.equal(
      new StreamTables(undefined, undefined, () => {}).deliver("a", {}, note("a"), 1),
      false,
    );
  });
});

describe("turn_table.ts", () => {
  it("offers an unclaimed turn to its thread's watcher, which claims it", () => {
    const table = new TurnTable(undefined, () => {});
    const sink = recorder();
    const offered: string[] = [];
    const unwatch = table.watch("th", (turnId, threadId) => {
      offered.push(`${threadId}/${turnId}`);
      return sink;
    });
    table.deliver("t1", "th", note("turn/started"), 1, false);
    table.deliver("t1", "th", note("delta"), 1, false);
    assert.deepEqual(offered, ["th/t1"]);
    assert.deepEqual(sink.log, ["push turn/started", "push delta"]);
    unwatch();
    table.deliver("t2", "th", note("turn/started"), 1, false);
    assert.equal(table.earlyBuffered, 1);
  });

  it("a watcher that throws is reported and the turn waits in the buffer", () => {
    const reported: CodexError[] = [];
    const table = new TurnTable(undefined, (e) => reported.push(e));
    table.watch("th", () => {
      throw new Error("boom");
    });
    assert.equal(table.deliver("t", "th", note("turn/started"), 1, false), true);
    assert.equal(table.earlyBuffered, 1);
    assert.match(reported[0].message, /watcher of thread th threw/);
  });

  it("roots a review's turn/started at the review turn only while that one is known", () => {
    const table = new TurnTable(undefined, () => {});
    const started = { turn: { id: "r2", rootTurnId: "r1" } };
    assert.equal(table.rootOf("r2", "th", started), "r2");
    table.claim("r1", recorder());
    assert.equal(table.rootOf("r2", "th", started), "r1");
    table.deliver("r2", undefined, note("x"), 1, false);
    assert.equal(table.rootOf("r2", "th", started), "r2");
  });

  it("roots a turn/started at a turn of the same thread only; another thread's is a sub-agent's", () => {
    const table = new TurnTable(undefined, () => {});
    table.claim("p1", { ...recorder(), threadId: "parent" });
    const rooted = (id: string) => ({ turn: { id, rootTurnId: "p1" } });
    assert.equal(table.rootOf("p2", "parent", rooted("p2")), "p1");
    assert.deepEqual(table.rootOf("c1", "child", rooted("c1")), { thread: "parent" });
    // The parent's watcher is offered the child's turn; it claims it for the child.
    const child = recorder();
    let offered: [string, string] | undefined;
    table.watch("parent", (turnId, threadId) => {
      offered = [turnId, threadId];
      return child;
    });
    assert.equal(table.toSpawned("c1", "child", "parent", note("turn/started")), true);
    assert.deepEqual(offered, ["c1", "child"]);
    assert.equal(table.push("c1", note("x")), true);
  });

  it("push and fail reach only a claimed turn", () => {
    const table = new TurnTable(undefined, () => {});
    assert.equal(table.push("t", note("gap")), false);
    const sink = recorder();
    table.claim("t", sink);
    assert.equal(table.push("t", note("gap")), true);
    table.fail("t", closed());
    table.fail("t", closed());
    assert.deepEqual(sink.log, ["push gap", "fail TransportClosedError"]);
  });
});

describe("subscribers.ts", () => {
  it("delivers to a thread's listeners; a throwing listener is reported, not fatal", () => {
    const reported: CodexError[] = [];
    const subscribers = new Subscribers(10, (e) => reported.push(e));
    const seen: string[] = [];
    subscribers.subscribeThread("th", () => {
      throw new Error("bad listener");
    });
    const off = subscribers.subscribeThread("th", (n) => seen.push(n.method));
    subscribers.toThread("th", note("a"));
    subscribers.toThread("other", note("b"));
    off();
    subscribers.toThread("th", note("c"));
    assert.deepEqual(seen, ["a"]);
    assert.equal(reported.length, 2);
  });

  it("a tap that falls behind fails with BufferOverflowError; a close ends taps as done", async () => {
    const subscribers = new Subscribers(2, () => {});
    const slow = subscribers.tap().getReader();
    for (let i = 0; i < 5; i++) subscribers.toTaps(note(`n${i}`));
    // Two unread are allowed; the third fails the tap (its unread values go with it).
    await assert.rejects(slow.read(), BufferOverflowError);
    const fresh = subscribers.tap().getReader();
    subscribers.toTaps(note("a"));
    subscribers.toTaps(note("b"));
    assert.equal((await fresh.read()).value?.method, "a");
    void fresh.cancel();
    const ok = subscribers.tap().getReader();
    subscribers.closeAll(closed(), true);
    assert.equal((await ok.read()).done, true);
    const after = subscribers.tap().getReader();
    assert.equal((await after.read()).done, true);
  });

  it("a lost connection fails the taps, also one opened afterwards", async () => {
    const subscribers = new Subscribers(10, () => {});
    const tap = subscribers.tap().getReader();
    subscribers.closeAll(closed(), false);
    await assert.rejects(tap.read(), TransportClosedError);
    await assert.rejects(subscribers.tap().getReader().read(), TransportClosedError);
  });
});

describe("server_requests.ts", () => {
  const make = (handler?: (params: unknown, ctx: { signal: AbortSignal }) => unknown) => {
    const sent: unknown[] = [];
    const reported: CodexError[] = [];
    const requests = new ServerRequests(
      stableTables,
      "lenient",
      () => handler,
      (_t, e) => reported.push(e),
      (text) => {
        sent.push(JSON.parse(text));
        return Promise.resolve();
      },
    );
    return { requests, sent, reported };
  };
  const approval = "item/commandExecution/requestApproval";
  const route = { threadId: "th", turnId: "tu" };

  it("answers with the handler's result, and remembers the turn for serverRequest/resolved", async () => {
    const { requests, sent } = make(() => ({ decision: "accept" }));
    requests.receive(0, approval, { threadId: "th", turnId: "tu", itemId: "i" }, "", route);
    await delay(10);
    assert.deepEqual(sent, [{ id: 0, result: { decision: "accept" } }]);
    assert.equal(requests.resolved({ threadId: "th", requestId: 0 }), "tu");
    assert.equal(requests.resolved({ threadId: "th", requestId: 0 }), undefined);
  });

  it("answers fail-closed without a handler, and when the handler throws", async () => {
    const none = make();
    none.requests.receive(1, approval, {}, "", route);
    const throws = make(() => {
      throw new Error("bug");
    });
    throws.requests.receive(2, approval, {}, "", route);
    await delay(10);
    assert.deepEqual(none.sent, [{ id: 1, result: { decision: "decline" } }]);
    assert.deepEqual(throws.sent, [{ id: 2, result: { decision: "decline" } }]);
    assert.ok(throws.reported.some((e) => /handler threw; answered fail-closed/.test(e.message)));
  });

  it("a withdrawn request aborts its handler and its late answer is dropped", async () => {
    let signal: AbortSignal | undefined;
    let release = () => {};
    const { requests, sent } = make((_p, ctx) => {
      signal = ctx.signal;
      return new Promise((resolve) => (release = () => resolve({ decision: "accept" })));
    });
    requests.receive(3, approval, {}, "", route);
    await delay(5);
    assert.equal(requests.resolved({ requestId: 3 }), "tu");
    assert.ok(signal?.aborted);
    release();
    await delay(5);
    assert.deepEqual(sent, []);
    requests.receive(4, approval, {}, "", route);
    await delay(5);
    requests.withdrawAll(closed());
    assert.ok(signal?.aborted);
  });
});

describe("stream_end.ts", () => {
  it("ends as done after a deliberate close, else with the error; a gone stream is left alone", () => {
    const log: string[] = [];
    const stream = {
      close: () => log.push("close"),
      fail: (e: TransportClosedError) => log.push(`fail ${e.constructor.name}`),
    };
    endStream(stream, closed(), true);
    endStream(stream, closed(), false);
    endStream(
      {
        close: () => {
          throw new TypeError("already closed");
        },
        fail: () => {},
      },
      closed(),
      true,
    );
    assert.deepEqual(log, ["close", "fail TransportClosedError"]);
  });

  it("endWithConnection follows the router's done and closedByClient", async () => {
    const [clientEnd] = memoryTransportPair();
    const router = new MessageRouter(clientEnd, { tables: stableTables });
    router.start();
    const log: string[] = [];
    endWithConnection(
      router,
      { close: () => log.push("close"), fail: () => log.push("fail") },
      () => log.push("before"),
    );
    await router.close();
    await delay(0);
    assert.deepEqual(log, ["before", "close"]);
  });
});

describe("the router's side of a transport (transport_io.ts)", () => {
  // Pulled one chunk at a time: an error raised at start would discard the queued chunks.
  const fromChunks = <T>(chunks: T[], fail?: Error) => {
    const left = [...chunks];
    return new ReadableStream<T>({
      pull(controller) {
        if (left.length) controller.enqueue(left.shift()!);
        else if (fail) controller.error(fail);
        else controller.close();
      },
    }, { highWaterMark: 0 });
  };

  it("readAll hands over every text in order, from batches when the transport has them", async () => {
    const seen: string[] = [];
    const batched = {
      readable: fromChunks(["never read"]),
      readableBatches: fromChunks([["a", "b"], [], ["c"]]),
    } as unknown as Transport;
    await readAll(batched, (text) => seen.push(text));
    assert.deepEqual(seen, ["a", "b", "c"]);
    seen.length = 0;
    await readAll(
      { readable: fromChunks(["x", "y"]) } as unknown as Transport,
      (t) => seen.push(t),
    );
    assert.deepEqual(seen, ["x", "y"]);
  });

  it("readAll ends quietly on a broken stream, after what came before it", async () => {
    const seen: string[] = [];
    const broken = { readable: fromChunks(["x"], new Error("EPIPE")) } as unknown as Transport;
    await readAll(broken, (text) => seen.push(text));
    assert.deepEqual(seen, ["x"]);
  });

  it("writeError names the failed write's cause", () => {
    const cause = new Error("EPIPE");
    const error = writeError(cause);
    assert.ok(error instanceof TransportClosedError);
    assert.match(error.message, /write failed: EPIPE/);
    assert.equal(error.cause, cause);
  });

  it("ProtocolObserver passes texts and problems on, and a throwing callback hurts nothing", () => {
    const events: unknown[] = [];
    const observer = new ProtocolObserver((event) => events.push(event));
    observer.saw("out", "{}");
    const problem = new ProtocolError("bad");
    observer.report("x".repeat(600), problem);
    assert.deepEqual(events[0], { direction: "out", text: "{}" });
    const reported = events[1] as { direction: string; text: string; error: unknown };
    assert.equal(reported.direction, "in");
    assert.equal(reported.text.length, 501, "clipped");
    assert.equal(reported.error, problem);
    const throwing = new ProtocolObserver(() => {
      throw new Error("logger bug");
    });
    throwing.saw("in", "{}");
    throwing.report("", problem);
  });
});

describe("checkMessagePart (validate.ts)", () => {
  const schema = v.looseObject({ status: v.picklist(["completed"]) });
  it("is a ProtocolError naming the method, part and path, or undefined", () => {
    const invalid = checkMessagePart(schema, { status: 1 }, "lenient", "x/y", "params", "raw");
    assert.ok(invalid instanceof ProtocolError);
    assert.match(invalid.message, /^x\/y params: status: /);
    assert.equal(invalid.method, "x/y");
    assert.equal(invalid.path, "status");
    assert.equal(invalid.raw, "raw");
    assert.equal(
      checkMessagePart(schema, { status: "new" }, "lenient", "x/y", "result"),
      undefined,
    );
    assert.ok(checkMessagePart(schema, { status: "new" }, "strict", "x/y", "result"));
    assert.equal(checkMessagePart(schema, { status: 1 }, "off", "x/y", "result"), undefined);
    assert.equal(checkMessagePart(undefined, { status: 1 }, "strict", "x/y", "result"), undefined);
  });
});
