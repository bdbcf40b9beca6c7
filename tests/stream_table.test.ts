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
import { NOTIFICATION_STREAM_ROUTES } from "../gen/routing.ts";
import type { ProtocolMessageEvent, RoutedNotification, TurnSink } from "../src/router/types.ts";
import { StreamTables } from "../src/router/stream_table.ts";
import { collect, delay, describe, inMemoryServer, it, until } from "./_helpers.ts";

const completed = (loginId: string, success = true) => ({
  method: "mcpServer/oauthLogin/completed",
  params: { name: "github", loginId, success },
});

describe("the generated stream keys", () => {
  it("name the key of each stream's notifications, and never a turn's event", () => {
    assert.equal(NOTIFICATION_STREAM_ROUTES["command/exec/outputDelta"].key, "processId");
    assert.equal(NOTIFICATION_STREAM_ROUTES["process/outputDelta"].key, "processHandle");
    assert.equal(NOTIFICATION_STREAM_ROUTES["process/exited"].key, "processHandle");
    assert.equal(NOTIFICATION_STREAM_ROUTES["fs/changed"].key, "watchId");
    assert.equal(NOTIFICATION_STREAM_ROUTES["fuzzyFileSearch/sessionUpdated"].key, "sessionId");
    assert.equal(NOTIFICATION_STREAM_ROUTES["fuzzyFileSearch/sessionCompleted"].key, "sessionId");
    assert.equal(NOTIFICATION_STREAM_ROUTES["mcpServer/oauthLogin/completed"].key, "loginId");
    // Only the server's ids are kept for a later claim.
    assert.equal(NOTIFICATION_STREAM_ROUTES["mcpServer/oauthLogin/completed"].keepUnclaimed, true);
    assert.equal(NOTIFICATION_STREAM_ROUTES["fs/changed"].keepUnclaimed, undefined);
    // A turn's terminal interaction carries a processId of the turn's own: not a stream key.
    assert.equal(
      NOTIFICATION_STREAM_ROUTES["item/commandExecution/terminalInteraction"],
      undefined,
    );
    assert.equal(NOTIFICATION_STREAM_ROUTES["item/agentMessage/delta"], undefined);
  });
});

describe("mcpLogin (mcp_login.ts)", () => {
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
    // The completed login let its id go; only the other login's event waits (bounded) for a
    // claim that may still come.
    assert.equal(codex.client.router.claimedStreams, 0);
    assert.equal(codex.client.router.earlyBufferedStreams, 1);
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

describe("the stream tables (stream_table.ts)", () => {
  it("keeps nothing for client-chosen ids nobody owns; login ids only within the early buffer's bounds", async () => {
    const server = inMemoryServer({});
    await using codex = await Codex.start({
      transport: server.transport,
      earlyBuffer: { maxTurns: 8 },
    });
    const taps = collect(codex.notifications());
    for (let i = 0; i < 500; i++) {
      await server.send({ method: "fs/changed", params: { watchId: `w${i}`, changedPaths: [] } });
      await server.send({ method: "process/exited", params: { processHandle: `p${i}` } });
    }
    await server.send(completed("L-last"));
    await until(() => codex.client.router.earlyBufferedStreams === 1);
    for (let i = 0; i < 100; i++) await server.send(completed(`L${i}`));
    await delay(20);
    assert.equal(codex.client.router.earlyBufferedStreams, 8);
    await codex.close();
    // The global tap still saw every one of them.
    assert.equal((await taps).length, 1101);
  });

  it("routes by the route's key and path; a second claim of one id is refused", () => {
    const tables = new StreamTables(NOTIFICATION_STREAM_ROUTES, undefined, () => {});
    const got: RoutedNotification[] = [];
    const sink: TurnSink = {
      push: (e) => got.push(e as RoutedNotification),
      end: () => {},
      fail: () => {},
    };
    tables.claim("watchId", "w", sink);
    assert.throws(() => tables.claim("watchId", "w", sink), /in use already/);
    const event = { method: "fs/changed", params: { watchId: "w", changedPaths: ["/a"] } };
    assert.equal(tables.deliver(event.method, event.params, event, 1), true);
    // The same id under another key is another stream (nobody owns it: dropped).
    const other = { method: "fuzzyFileSearch/sessionUpdated", params: { sessionId: "w" } };
    assert.equal(tables.deliver(other.method, other.params, other, 1), false);
    assert.equal(
      tables.deliver("turn/started", { turnId: "t" }, { method: "turn/started", params: {} }, 1),
      false,
    );
    assert.deepEqual(got, [event]);
    tables.release("watchId", "w", sink);
    assert.equal(tables.claimed, 0);
    assert.equal(tables.deliver(event.method, event.params, event, 1), false);
    assert.equal(got.length, 1);
  });

  it("a sink that throws is reported and cannot hurt another stream", async () => {
    const problems: ProtocolMessageEvent[] = [];
    const server = inMemoryServer({});
    await using codex = await Codex.start({
      transport: server.transport,
      onProtocolMessage: (event) => event.error && problems.push(event),
    });
    const router = codex.client.router;
    const got: unknown[] = [];
    router.claimStream("watchId", "bad", {
      push: () => {
        throw new Error("sink bug");
      },
      end: () => {},
      fail: () => {},
    });
    router.claimStream("watchId", "good", {
      push: (e) => got.push(e.params),
      end: () => {},
      fail: () => {},
    });
    await server.send({ method: "fs/changed", params: { watchId: "bad", changedPaths: ["/a"] } });
    await server.send({ method: "fs/changed", params: { watchId: "good", changedPaths: ["/b"] } });
    await until(() => got.length === 1);
    assert.deepEqual(got, [{ watchId: "good", changedPaths: ["/b"] }]);
    assert.ok(
      problems.some((p) => p.error instanceof ProtocolError && /threw/.test(p.error.message)),
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

  it("a fuzzy search's sessionCompleted is not its end: a later update still arrives", async () => {
    const server = inMemoryServer({
      "fuzzyFileSearch/sessionStart": () => ({}),
      "fuzzyFileSearch/sessionUpdate": async (params, send) => {
        const { sessionId, query } = params;
        // The order measured against the real binary: empty update, completed, then files.
        await send({
          method: "fuzzyFileSearch/sessionUpdated",
          params: { sessionId, query, files: [] },
        });
        await send({ method: "fuzzyFileSearch/sessionCompleted", params: { sessionId } });
        await send({
          method: "fuzzyFileSearch/sessionUpdated",
          params: { sessionId, query, files: [{ root: "/r", path: "a.ts", file_name: "a.ts" }] },
        });
        return {};
      },
      "fuzzyFileSearch/sessionStop": () => ({}),
    });
    await using codex = await Codex.start({ transport: server.transport, experimentalApi: true });
    const search = await codex.fuzzySearch(["/r"]);
    const reader = search.results.getReader();
    await search.update("a");
    assert.deepEqual((await reader.read()).value, { query: "a", files: [] });
    const second = (await reader.read()).value;
    assert.equal(second?.files[0].path, "a.ts");
    assert.equal(search.stopped, false);
    await search.stop();
    assert.equal((await reader.read()).done, true);
    assert.equal(codex.client.router.claimedStreams, 0);
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
