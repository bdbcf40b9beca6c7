// Reconnecting, at the message level: a fake app-server behind a transport that can be
// dropped and opened again, where the real binary cannot produce the sequence on demand
// (several messages in one read, a server that forgets a thread, a reconnect that stalls).
// What it pins: the gap marker's place, the offline queue, turns that ended or vanished
// while disconnected, and exactly-once starts and steers.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import type { ConnectionState } from "../src/api/reconnect.ts";
import {
  AbortError,
  ConnectionLostError,
  RequestTimeoutError,
  TransportClosedError,
} from "../src/errors.ts";
import type { Transport } from "../src/transport/transport.ts";
import type { TransportCloseInfo } from "../src/errors.ts";
import { collect, delay, type Msg, threadInfo, threadStartResult, until } from "./_helpers.ts";

type Reply = (...messages: unknown[]) => void;
type Serve = (msg: Msg, reply: Reply, server: FakeServer) => void;

/** One connection: the server's writes arrive as batches (one batch = one read). */
function connection(serve: (msg: Msg, reply: Reply) => void) {
  let batches!: ReadableStreamDefaultController<string[]>;
  let resolveClosed!: (info: TransportCloseInfo) => void;
  let open = true;
  const closed = new Promise<TransportCloseInfo>((resolve) => (resolveClosed = resolve));
  const drop = () => {
    if (!open) return;
    open = false;
    try {
      batches.close();
    } catch {
      // Cancelled by the reader already.
    }
    resolveClosed({ exitCode: null, signal: null, stderrTail: "", reason: "dropped" });
  };
  const reply: Reply = (...messages) => {
    if (open) batches.enqueue(messages.map((m) => JSON.stringify(m)));
  };
  const transport: Transport = {
    readable: new ReadableStream<string>(),
    readableBatches: new ReadableStream<string[]>({ start: (c) => void (batches = c) }),
    writable: new WritableStream<string>({
      write(text) {
        if (!open) throw new Error("connection dropped");
        serve(JSON.parse(text) as Msg, reply);
      },
    }),
    closed,
    close: () => (drop(), Promise.resolve()),
  };
  return { transport, drop, reply };
}

interface FakeServer {
  /** Every message every connection received, in order. */
  received: Msg[];
  /** Current connection (the last one opened). */
  current: ReturnType<typeof connection> | undefined;
  /** Turns per thread, newest last. */
  turns: Map<string, Array<{ id: string; status: string; items: unknown[] }>>;
  /** While true, new connections fail to open. */
  refusing: boolean;
  /** Answers to use once instead of the default, by method. */
  once: Map<string, (msg: Msg, reply: Reply) => void>;
  /** Opens a connection (what `Codex.start({ transport })` calls). */
  connect(): Transport;
  /** Drops the current connection. */
  drop(): void;
}

function fakeServer(serve: Serve): FakeServer {
  const server: FakeServer = {
    received: [],
    current: undefined,
    turns: new Map(),
    refusing: false,
    once: new Map(),
    connect() {
      if (server.refusing) throw new Error("connection refused");
      server.current = connection((msg, reply) => {
        server.received.push(msg);
        const once = server.once.get(msg.method ?? "");
        if (once) {
          server.once.delete(msg.method!);
          once(msg, reply);
        } else if (msg.method === "initialize") {
          reply({
            id: msg.id,
            result: {
              userAgent: "fake/1",
              codexHome: "/nowhere",
              platformFamily: "unix",
              platformOs: "linux",
            },
          });
        } else if (msg.id !== undefined || msg.method !== "initialized") {
          serve(msg, reply, server);
        }
      });
      return server.current.transport;
    },
    drop() {
      server.current?.drop();
    },
  };
  return server;
}

/** The answers every test's fake server gives, unless it overrides them. */
function defaults(msg: Msg, reply: Reply, server: FakeServer): boolean {
  const p = msg.params;
  switch (msg.method) {
    case "thread/start": {
      const id = `th-${server.turns.size + 1}`;
      server.turns.set(id, []);
      reply({ id: msg.id, result: threadStartResult(id) });
      return true;
    }
    case "turn/start": {
      const turns = server.turns.get(p.threadId)!;
      const turn = {
        id: `tu-${turns.length + 1}`,
        status: "inProgress",
        items: [userMessage(`u-${turns.length + 1}`, p.clientUserMessageId)],
      };
      turns.push(turn);
      reply({ id: msg.id, result: { turn: { ...turn, items: [], error: null } } });
      return true;
    }
    case "thread/resume": {
      const turns = server.turns.get(p.threadId);
      if (!turns) {
        reply({ id: msg.id, error: { code: -32600, message: `thread not found: ${p.threadId}` } });
        return true;
      }
      reply({ id: msg.id, result: resumeResult(p.threadId, turns) });
      return true;
    }
    case "thread/turns/list": {
      const turns = server.turns.get(p.threadId) ?? [];
      const data = [...turns].reverse().map((t) => ({ ...t, error: null, itemsView: "full" }));
      reply({ id: msg.id, result: { data, nextCursor: null } });
      return true;
    }
    case "thread/list":
      reply({ id: msg.id, result: { data: [], nextCursor: null } });
      return true;
  }
  return false;
}

const userMessage = (id: string, clientId?: string) => ({
  type: "userMessage",
  id,
  content: [{ type: "text", text: "hi", text_elements: [] }],
  ...(clientId ? { clientId } : {}),
});
const agentMessage = (id: string, text: string) => ({
  type: "agentMessage",
  id,
  text,
  phase: "final_answer",
});
const resumeResult = (
  threadId: string,
  turns: Array<{ id: string; status: string; completedAt?: number }>,
) => ({
  ...threadStartResult(threadId),
  thread: {
    ...threadInfo(threadId),
    turns: turns.map((t) => ({
      id: t.id,
      status: t.status,
      items: [],
      error: null,
      ...(t.completedAt === undefined ? {} : { completedAt: t.completedAt }),
    })),
  },
});
const note = (method: string, params: unknown) => ({ method, params });

async function start(
  serve: Serve = () => {},
  options: { queueCalls?: boolean; maxAttempts?: number } = {},
) {
  const server = fakeServer((msg, reply, s) => {
    if (!defaults(msg, reply, s)) serve(msg, reply, s);
  });
  const states: ConnectionState[] = [];
  const codex = await Codex.start({
    transport: () => server.connect(),
    reconnect: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 20, ...options },
    onConnectionState: (state) => states.push(state),
  });
  const reconnected = (n = 1) =>
    until(() => states.filter((s) => s.state === "reconnected").length >= n, 5_000, "reconnect");
  return {
    server,
    codex,
    states,
    reconnected,
    sent: (method: string) => server.received.filter((m) => m.method === method),
    async [Symbol.asyncDispose]() {
      await codex.close();
    },
  };
}

describe("the gap marker", () => {
  it("precedes the turn's next event when the resume answer and that event come in one read", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    const turn = await thread.startTurn("go");
    t.server.current!.reply(note("item/agentMessage/delta", {
      threadId: thread.id,
      turnId: turn.id,
      itemId: "a-1",
      delta: "before ",
    }));
    // The next connection answers thread/resume and sends the turn's next delta in the
    // same read; the turn is still running on the server.
    const resumeAndDelta = (msg: Msg, reply: Reply) => {
      reply(
        { id: msg.id, result: resumeResult(thread.id, [{ id: turn.id, status: "inProgress" }]) },
        note("item/agentMessage/delta", {
          threadId: thread.id,
          turnId: turn.id,
          itemId: "a-1",
          delta: "after",
        }),
      );
    };
    t.server.once.set("thread/resume", resumeAndDelta);
    t.server.drop();
    await t.reconnected();
    t.server.current!.reply(note("turn/completed", {
      threadId: thread.id,
      turn: { id: turn.id, status: "completed", items: [], error: null },
    }));
    const methods = (await collect(turn.stream())).map((e) =>
      e.method === "item/agentMessage/delta"
        ? `delta:${(e.params as { delta: string }).delta}`
        : e.method
    );
    assert.deepEqual(methods, [
      "delta:before ",
      "connection/gap",
      "delta:after",
      "turn/completed",
    ]);
  });
});

describe("the offline queue (offline_queue.ts)", () => {
  it("a call made while reconnecting waits and is sent once, after the handshake and the resumes", async () => {
    const stall = gateOf();
    await using t = await start();
    const thread = await t.codex.startThread({});
    await thread.startTurn("keep the thread followed");
    t.server.once.set("thread/resume", (msg, reply) => {
      // The resume answers only when the test says so: the reconnect is under way.
      void stall.promise.then(() =>
        reply({
          id: msg.id,
          result: resumeResult(thread.id, [{ id: "tu-1", status: "inProgress" }]),
        })
      );
    });
    t.server.drop();
    await until(() => t.sent("thread/resume").length === 1, 5_000, "resume sent");
    const listing = t.codex.listThreads();
    // Longer than a second: waiting has no deadline of its own besides the call's timeout.
    await delay(1_200);
    assert.equal(t.sent("thread/list").length, 0, "not sent before the reconnect is done");
    stall.open();
    const { data } = await listing;
    assert.deepEqual(data, []);
    const order = t.server.received.map((m) => m.method).filter((m) => m !== undefined);
    const at = order.lastIndexOf("thread/list");
    assert.ok(at > order.lastIndexOf("thread/resume"), order.join());
    assert.ok(at > order.lastIndexOf("initialized"), order.join());
    assert.equal(t.sent("thread/list").length, 1);
  });

  it("a waiting call ends only by its own timeout or signal; the others still go", async () => {
    await using t = await start(() => {}, { maxAttempts: 50 });
    t.server.refusing = true;
    t.server.drop();
    await until(() => t.states.some((s) => s.state === "reconnecting"), 5_000, "reconnecting");
    const controller = new AbortController();
    const aborted = t.codex.listThreads({}, { signal: controller.signal });
    const timed = t.codex.listThreads({}, { timeoutMs: 30 });
    const waiting = t.codex.listThreads();
    controller.abort();
    await assert.rejects(aborted, AbortError);
    await assert.rejects(timed, RequestTimeoutError);
    t.server.refusing = false;
    await t.reconnected();
    assert.deepEqual((await waiting).data, []);
    assert.equal(t.sent("thread/list").length, 1, "only the call that waited was sent");
  });

  it("waiting calls fail with TransportClosedError when reconnecting gives up, and on close()", async () => {
    {
      await using t = await start();
      t.server.refusing = true;
      t.server.drop();
      await until(() => t.states.some((s) => s.state === "reconnecting"), 5_000, "reconnecting");
      const error = await t.codex.listThreads().then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportClosedError, String(error));
      assert.ok(!(error instanceof ConnectionLostError), "not the retryable error: it gave up");
      assert.ok(t.states.some((s) => s.state === "gave up"));
    }
    {
      await using t = await start();
      t.server.refusing = true;
      t.server.drop();
      await until(() => t.states.some((s) => s.state === "reconnecting"), 5_000, "reconnecting");
      const waiting = t.codex.listThreads().then(() => undefined, (e) => e);
      await t.codex.close();
      const error = await waiting;
      assert.ok(error instanceof TransportClosedError, String(error));
      assert.ok(!(error instanceof ConnectionLostError));
    }
  });

  it("with queueCalls off, a call made while reconnecting fails at once with ConnectionLostError", async () => {
    await using t = await start(() => {}, { queueCalls: false });
    t.server.refusing = true;
    t.server.drop();
    await until(() => t.states.some((s) => s.state === "reconnecting"), 5_000, "reconnecting");
    const error = await t.codex.listThreads().then(() => undefined, (e) => e);
    assert.ok(error instanceof ConnectionLostError, String(error));
    t.server.refusing = false;
    await t.reconnected();
  });

  it("a call written to the lost connection fails with ConnectionLostError, not queued", async () => {
    // thread/read is never answered (no default): the connection drops while it is pending.
    await using t = await start();
    const thread = await t.codex.startThread({});
    const reading = thread.read().then(() => undefined, (e) => e);
    await until(() => t.sent("thread/read").length === 1, 5_000, "read sent");
    t.server.drop();
    const error = await reading;
    assert.ok(error instanceof ConnectionLostError, String(error));
    await t.reconnected();
    assert.equal(t.sent("thread/read").length, 1, "not re-sent");
  });
});

describe("turns that ended or vanished while disconnected", () => {
  for (const queueCalls of [true, false]) {
    it(`result() awaited before the drop gets the stored items of a turn that ended meanwhile (queueCalls ${queueCalls})`, async () => {
      await using t = await start(() => {}, { queueCalls });
      const thread = await t.codex.startThread({});
      const turn = await thread.startTurn("go");
      const result = turn.result();
      const run = turn.run();
      const stored = t.server.turns.get(thread.id)![0];
      t.server.current!.reply(note("item/completed", {
        threadId: thread.id,
        turnId: turn.id,
        item: stored.items[0],
      }));
      await until(() => true);
      t.server.drop();
      // While disconnected the turn answered and completed on the server.
      stored.items.push(agentMessage("a-1", "the answer"));
      stored.status = "completed";
      await t.reconnected();
      const { items, finalResponse, turn: done } = await result;
      assert.deepEqual(items, stored.items);
      assert.equal(finalResponse, "the answer");
      assert.equal(done.status, "completed");
      assert.equal((await run).status, "completed");
      // The reconnect read the stored turn once; the handle took its items from it.
      assert.equal(t.sent("thread/turns/list").length, 1);
      const events = await collect(turn.stream());
      assert.ok(
        events.some((e) => e.method === "connection/gap"),
        "marked like a turn that lived through the gap",
      );
    });
  }

  it("a turn the resumed thread no longer has fails with TransportClosedError", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    const turn = await thread.startTurn("go");
    const run = turn.run().then(() => undefined, (e) => e);
    t.server.turns.set(thread.id, []); // the thread is back, its turn is not
    t.server.drop();
    const error = await run;
    assert.ok(error instanceof TransportClosedError, String(error));
    assert.ok(!(error instanceof ConnectionLostError));
    assert.match(error.message, /unknown to the server/);
    await t.reconnected();
  });

  it("a turn the server no longer knows fails with TransportClosedError; the client reconnects", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    const turn = await thread.startTurn("go");
    const run = turn.run().then(() => undefined, (e) => e);
    t.server.turns.delete(thread.id); // a server restarted without the thread
    t.server.drop();
    const error = await run;
    assert.ok(error instanceof TransportClosedError, String(error));
    assert.ok(!(error instanceof ConnectionLostError));
    await t.reconnected();
    assert.deepEqual((await t.codex.listThreads()).data, []);
  });
});

function gateOf() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe("exactly-once starts and steers (fake server)", () => {
  /** The server applies the request, then the connection drops before the answer. */
  const applyThenDrop = (server: FakeServer) => (msg: Msg) => {
    defaults(msg, () => {}, server);
    queueMicrotask(() => server.drop());
  };

  it("a start applied before the drop resolves with that turn, found by its id; nothing re-sent", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", applyThenDrop(t.server));
    const turn = await thread.startTurn("go", { clientUserMessageId: "c-1" });
    assert.equal(turn.id, "tu-1");
    assert.equal(turn.clientUserMessageId, "c-1");
    assert.equal(t.sent("turn/start").length, 1);
    assert.equal(t.sent("turn/start")[0].params.clientUserMessageId, "c-1");
    assert.equal(t.server.turns.get(thread.id)!.length, 1);
  });

  it("a start that ended while disconnected settles from the stored turn", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", (msg) => {
      applyThenDrop(t.server)(msg);
      const stored = t.server.turns.get(thread.id)![0];
      stored.items.push(agentMessage("a-1", "done while away"));
      stored.status = "completed";
      // A remote server whose clock is ten minutes behind: the reconnect's own pickup of
      // turns that ended around the gap passes this one over, so the start's lookup must
      // settle it.
      (stored as { completedAt?: number }).completedAt = Math.floor(Date.now() / 1000) - 600;
    });
    const turn = await thread.startTurn("go");
    const { items, finalResponse } = await turn.result();
    assert.equal(finalResponse, "done while away");
    assert.deepEqual(items, t.server.turns.get(thread.id)![0].items);
    assert.ok(typeof turn.clientUserMessageId === "string" && turn.clientUserMessageId.length > 0);
  });

  it("a start the server lists late (under load) is waited for while its turn runs, not sent twice", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", applyThenDrop(t.server));
    // The first two lists do not show the turn yet; the resume shows it running.
    let hidden = 2;
    const list = (msg: Msg, reply: Reply) => {
      if (hidden-- > 0) reply({ id: msg.id, result: { data: [], nextCursor: null } });
      else defaults(msg, reply, t.server);
    };
    const connect = t.server.connect.bind(t.server);
    t.server.connect = () => {
      const transport = connect();
      t.server.once.set("thread/turns/list", (msg, reply) => {
        list(msg, reply);
        t.server.once.set("thread/turns/list", (m, r) => {
          list(m, r);
          t.server.once.set("thread/turns/list", list);
        });
      });
      return transport;
    };
    const turn = await thread.startTurn("go");
    assert.equal(turn.id, "tu-1");
    assert.equal(t.sent("turn/start").length, 1, "not sent again");
    assert.equal(t.server.turns.get(thread.id)!.length, 1);
    assert.ok(t.sent("thread/turns/list").length >= 3);
  });

  it("a start that never reached the server is sent again once, with the same id", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", () => queueMicrotask(() => t.server.drop()));
    const turn = await thread.startTurn("go");
    const sent = t.sent("turn/start");
    assert.equal(sent.length, 2);
    assert.equal(sent[1].params.clientUserMessageId, sent[0].params.clientUserMessageId);
    assert.equal(turn.clientUserMessageId, sent[0].params.clientUserMessageId);
    // The lookup came first: list, then the second start.
    const order = t.server.received.map((m) => m.method);
    assert.ok(order.lastIndexOf("thread/turns/list") < order.lastIndexOf("turn/start"));
    assert.equal(t.server.turns.get(thread.id)!.length, 1);
  });

  it("retryOnReconnect: false fails a lost start with ConnectionLostError and sends nothing more", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", applyThenDrop(t.server));
    const error = await thread.startTurn("go", {}, { retryOnReconnect: false }).then(
      () => undefined,
      (e) => e,
    );
    assert.ok(error instanceof ConnectionLostError, String(error));
    await t.reconnected();
    assert.equal(t.sent("turn/start").length, 1);
    assert.equal(t.sent("thread/turns/list").length, 0);
  });

  it("when reconnecting gives up, a lost start fails with TransportClosedError", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    t.server.once.set("turn/start", (msg) => {
      t.server.refusing = true;
      applyThenDrop(t.server)(msg);
    });
    const error = await thread.startTurn("go").then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportClosedError, String(error));
    assert.ok(!(error instanceof ConnectionLostError));
  });

  it("a steer applied before the drop resolves; one that never arrived is sent again once", async () => {
    await using t = await start();
    const thread = await t.codex.startThread({});
    const turn = await thread.startTurn("go");
    const steer = (msg: Msg) => {
      const stored = t.server.turns.get(thread.id)![0];
      stored.items.push(userMessage(`s-${stored.items.length}`, msg.params.clientUserMessageId));
    };
    t.server.once.set("turn/steer", (msg) => {
      steer(msg);
      queueMicrotask(() => t.server.drop());
    });
    const applied = await turn.steer("more", { clientUserMessageId: "s-1" });
    assert.deepEqual(applied, { turnId: turn.id, clientUserMessageId: "s-1" });
    assert.equal(t.sent("turn/steer").length, 1);

    t.server.once.set("turn/steer", () => queueMicrotask(() => t.server.drop()));
    const answer = (msg: Msg, reply: Reply) => {
      steer(msg);
      reply({ id: msg.id, result: { turnId: turn.id } });
    };
    const resend = t.server.connect.bind(t.server);
    t.server.connect = () => {
      const transport = resend();
      t.server.once.set("turn/steer", answer);
      return transport;
    };
    const again = await turn.steer("even more");
    const sent = t.sent("turn/steer");
    assert.equal(sent.length, 3);
    assert.equal(sent[2].params.clientUserMessageId, again.clientUserMessageId);
    assert.equal(sent[1].params.clientUserMessageId, again.clientUserMessageId);
    const ids = t.server.turns.get(thread.id)![0].items.map((i) =>
      (i as { clientId?: string }).clientId
    );
    assert.equal(ids.filter((id) => id === again.clientUserMessageId).length, 1);

    t.server.once.set("turn/steer", () => queueMicrotask(() => t.server.drop()));
    const refused = await turn.steer("no retry", { retryOnReconnect: false }).then(
      () => undefined,
      (e) => e,
    );
    assert.ok(refused instanceof ConnectionLostError, String(refused));
  });
});
