// The router's table of streams other than turns, over an in-memory server: which key a
// notification is routed by, what is kept for a key nobody owns (a login's, until its
// answer claims it) and what is not, and that one owner cannot hurt another.
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import {
  AbortError,
  CodexError,
  ProtocolError,
  RequestTimeoutError,
  TransportClosedError,
} from "../src/errors.ts";
import { NOTIFICATION_STREAM_KEYS } from "../gen/routing.ts";
import type { ProtocolMessageEvent, RoutedNotification } from "../src/router/message_router.ts";
import { StreamTable } from "../src/router/stream_table.ts";
import { collect, delay, describe, inMemoryServer, it, until } from "./_helpers.ts";

const completed = (loginId: string, success = true) => ({
  method: "mcpServer/oauthLogin/completed",
  params: { name: "github", loginId, success },
});

describe("the generated stream keys", () => {
  it("name the key of each stream's notifications, and never a turn's event", () => {
    assert.equal(NOTIFICATION_STREAM_KEYS["command/exec/outputDelta"], "processId");
    assert.equal(NOTIFICATION_STREAM_KEYS["process/outputDelta"], "processHandle");
    assert.equal(NOTIFICATION_STREAM_KEYS["process/exited"], "processHandle");
    assert.equal(NOTIFICATION_STREAM_KEYS["fs/changed"], "watchId");
    assert.equal(NOTIFICATION_STREAM_KEYS["fuzzyFileSearch/sessionUpdated"], "sessionId");
    assert.equal(NOTIFICATION_STREAM_KEYS["fuzzyFileSearch/sessionCompleted"], "sessionId");
    assert.equal(NOTIFICATION_STREAM_KEYS["mcpServer/oauthLogin/completed"], "loginId");
    // A turn's terminal interaction carries a processId of the turn's own: not a stream key.
    assert.equal(NOTIFICATION_STREAM_KEYS["item/commandExecution/terminalInteraction"], undefined);
    assert.equal(NOTIFICATION_STREAM_KEYS["item/agentMessage/delta"], undefined);
  });
});

describe("mcpLogin", () => {
  it("a completion sent before the answer is kept and replayed to the handle", async () => {
    const server = inMemoryServer({
      "mcpServer/oauth/login": async (_params, send) => {
        await send(completed("other", false)); // someone else's login: not ours
        await send(completed("L1"));
        return { authorizationUrl: "https://auth.example/x", loginId: "L1" };
      },
    });
    await using codex = await Codex.start({ transport: server.transport });
    const login = await codex.mcpLogin("github");
    assert.equal(login.authorizationUrl, "https://auth.example/x");
    assert.equal(login.loginId, "L1");
    const outcome = await login.wait();
    assert.deepEqual(outcome, completed("L1").params);
    // Nothing is left once the answer was handled: not the claim, not the other login's event.
    assert.equal(codex.client.router.streams.size, 0);
    assert.equal(codex.client.router.streams.earlySize, 0);
    const params = server.received.find((m) => m.method === "mcpServer/oauth/login")!.params;
    assert.deepEqual(params, { name: "github" });
  });

  it("waits for a later completion; times out and aborts; fails when the connection ends", async () => {
    const server = inMemoryServer({
      "mcpServer/oauth/login": () => ({ authorizationUrl: "https://a/", loginId: "L2" }),
    });
    const codex = await Codex.start({ transport: server.transport });
    const login = await codex.mcpLogin("github", { scopes: ["repo"] });
    await assert.rejects(login.wait({ timeoutMs: 20 }), RequestTimeoutError);
    const stop = new AbortController();
    const aborted = assert.rejects(login.wait({ signal: stop.signal }), AbortError);
    stop.abort();
    await aborted;
    const waiting = login.wait();
    await server.send(completed("L2", false));
    assert.equal((await waiting).success, false);
    assert.equal((await login.wait()).success, false); // waiting again gives the same outcome

    const second = await codex.mcpLogin("github");
    const lost = assert.rejects(second.wait(), TransportClosedError);
    await server.transport.close();
    await lost;
    // Once the connection is gone every new stream is refused with its error.
    await assert.rejects(codex.exec(["true"]), TransportClosedError);
    await assert.rejects(codex.watch("/w"), TransportClosedError);
    await codex.close();
  });

  it("refuses an empty name", async () => {
    const server = inMemoryServer({});
    await using codex = await Codex.start({ transport: server.transport });
    await assert.rejects(codex.mcpLogin(""), TypeError);
  });
});

describe("the stream table", () => {
  it("keeps nothing for keys nobody owns while no request expects one", async () => {
    const server = inMemoryServer({});
    await using codex = await Codex.start({ transport: server.transport });
    const taps = collect(codex.notifications());
    for (let i = 0; i < 500; i++) {
      await server.send({ method: "fs/changed", params: { watchId: `w${i}`, changedPaths: [] } });
      await server.send(completed(`L${i}`));
    }
    await until(() => server.received.length >= 2);
    await delay(20);
    assert.equal(codex.client.router.streams.earlySize, 0);
    await codex.close();
    // The global tap still saw every one of them.
    assert.equal((await taps).length, 1000);
  });

  it("keeps a bounded number of unclaimed keys while an answer is awaited", () => {
    const table = new StreamTable(NOTIFICATION_STREAM_KEYS, () => {}, {
      maxEarlyKeys: 4,
      maxEarlyEvents: 2,
    });
    const done = table.expect();
    for (let i = 0; i < 10; i++) {
      for (let j = 0; j < 5; j++) table.route(completed(`L${i}`).method, completed(`L${i}`).params);
    }
    assert.equal(table.earlySize, 4);
    const got: RoutedNotification[] = [];
    table.claim("loginId", "L9", { push: (e) => got.push(e), fail: () => {} });
    assert.equal(got.length, 2); // capped per key
    table.claim("loginId", "L0", { push: (e) => got.push(e), fail: () => {} });
    assert.equal(got.length, 2); // the oldest key was dropped
    done();
    assert.equal(table.earlySize, 0);
    done(); // closing a window twice changes nothing
    assert.equal(table.route("turn/started", { turnId: "t" }), false);
  });

  it("an owner that throws is reported and cannot hurt another stream", async () => {
    const problems: ProtocolMessageEvent[] = [];
    const server = inMemoryServer({});
    await using codex = await Codex.start({
      transport: server.transport,
      onProtocolMessage: (event) => event.error && problems.push(event),
    });
    const streams = codex.client.router.streams;
    const got: unknown[] = [];
    streams.claim("watchId", "bad", {
      push: () => {
        throw new Error("owner bug");
      },
      fail: () => {},
    });
    streams.claim("watchId", "good", { push: (e) => got.push(e.params), fail: () => {} });
    await server.send({ method: "fs/changed", params: { watchId: "bad", changedPaths: ["/a"] } });
    await server.send({ method: "fs/changed", params: { watchId: "good", changedPaths: ["/b"] } });
    await until(() => got.length === 1);
    assert.deepEqual(got, [{ watchId: "good", changedPaths: ["/b"] }]);
    assert.ok(
      problems.some((p) => p.error instanceof ProtocolError && /threw/.test(p.error.message)),
    );
    assert.throws(
      () => streams.claim("watchId", "good", { push: () => {}, fail: () => {} }),
      /in use/,
    );
  });

  it("a watch fails with TransportClosedError when the connection is lost", async () => {
    const server = inMemoryServer({ "fs/watch": (params) => ({ path: params.path }) });
    const codex = await Codex.start({ transport: server.transport });
    const watch = await codex.watch("/w");
    const changes = watch.changes();
    const all = assert.rejects(collect(changes), TransportClosedError);
    const sent = server.received.find((m) => m.method === "fs/watch")!.params;
    await server.send({
      method: "fs/changed",
      params: { watchId: sent.watchId, changedPaths: ["/w/x"] },
    });
    await server.transport.close();
    await all;
    assert.equal(watch.closed, true);
    await codex.close();
  });

  it("a watch's unread events are bounded: a consumer that falls behind fails", async () => {
    const server = inMemoryServer({
      "fs/watch": (params) => ({ path: params.path }),
      "fs/unwatch": () => ({}),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const watch = await codex.watch("/w", { maxBufferedEvents: 3 });
    const slow = watch.changes().getReader();
    const { watchId } = server.received.find((m) => m.method === "fs/watch")!.params;
    for (let i = 0; i < 10; i++) {
      await server.send({ method: "fs/changed", params: { watchId, changedPaths: [`/w/${i}`] } });
    }
    await until(() => server.received.length > 0);
    await delay(20);
    // A new consumer starts at the oldest event kept; the one that read nothing fell behind.
    const late = watch.changes().getReader();
    assert.deepEqual((await late.read()).value, ["/w/7"]);
    await assert.rejects(slow.read(), /fell behind/);
    await watch.close();
    assert.deepEqual((await late.read()).value, ["/w/8"]); // kept, then the end
    assert.deepEqual((await late.read()).value, ["/w/9"]);
    assert.equal((await late.read()).done, true);
    const unwatch = server.received.find((m) => m.method === "fs/unwatch")!.params;
    assert.deepEqual(unwatch, { watchId });
  });

  it("exec refuses bad commands before sending; spawnProcess needs a cwd", async () => {
    const server = inMemoryServer({});
    await using codex = await Codex.start({ transport: server.transport, experimentalApi: true });
    // deno-lint-ignore no-explicit-any
    await assert.rejects(codex.exec(["ok", 1 as any]), TypeError);
    // deno-lint-ignore no-explicit-any
    await assert.rejects(codex.spawnProcess(["true"], {} as any), TypeError);
    assert.equal(server.received.filter((m) => m.method === "command/exec").length, 0);
    void CodexError;
  });
});
