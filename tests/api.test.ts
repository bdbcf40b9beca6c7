// The high-level API over an in-memory transport (handler scoping, login handles, input)
// and its account calls against the real binary.
import { existsSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import {
  AbortError,
  CodexNotFoundError,
  ProtocolError,
  TransportClosedError,
} from "../src/errors.ts";
import { image, localImage, mention, skill, text, toUserInputs } from "../src/api/input.ts";
import { startTestCodex } from "../testing.ts";
import { describe, inMemoryServer, it, threadStartResult, until } from "./_helpers.ts";

describe("Codex over a given transport (codex.ts, login.ts)", () => {
  it("uses the transport instead of spawning, and scopes handlers turn > thread > client", async () => {
    let threads = 0;
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(`th-${threads++}`),
      "turn/start": (p, send) => {
        const turnId = `turn-of-${p.threadId}`;
        // The approval comes before the turn/start response: per-turn handlers must
        // already apply.
        void send({
          id: `req-${p.threadId}`,
          method: "item/commandExecution/requestApproval",
          params: { threadId: p.threadId, turnId, itemId: "i" },
        });
        return { turn: { id: turnId, items: [], status: "inProgress" } };
      },
    });
    const codex = await Codex.start({
      transport: server.transport,
      serverRequests: {
        "item/commandExecution/requestApproval": () => ({ decision: "decline" }),
      },
    });
    try {
      assert.equal(codex.metadata.userAgent, "memory/1");
      assert.equal(codex.pid, undefined);
      const plain = await codex.startThread();
      const scoped = await codex.startThread({}, {
        serverRequests: {
          "item/commandExecution/requestApproval": () => ({ decision: "acceptForSession" }),
        },
      });
      await plain.startTurn("a");
      await until(() => server.received.some((m) => m.id === `req-${plain.id}`), 2000, "client");
      await scoped.startTurn("b");
      await until(() => server.received.some((m) => m.id === `req-${scoped.id}`), 2000, "thread");
      const third = await codex.startThread({}, {
        serverRequests: {
          "item/commandExecution/requestApproval": () => ({ decision: "acceptForSession" }),
        },
      });
      await third.startTurn("c", {}, {
        serverRequests: {
          "item/commandExecution/requestApproval": () => ({ decision: "accept" }),
        },
      });
      await until(() => server.received.some((m) => m.id === `req-${third.id}`), 2000, "turn");
      const result = (id: string) => server.received.find((m) => m.id === `req-${id}`)?.result;
      assert.deepEqual(result(plain.id), { decision: "decline" });
      assert.deepEqual(result(scoped.id), { decision: "acceptForSession" });
      assert.deepEqual(result(third.id), { decision: "accept" });
    } finally {
      await codex.close();
    }
    await assert.rejects(codex.listThreads(), TransportClosedError);
  });

  it("device-code login hands out the code and resolves wait() on its completion", async () => {
    const server = inMemoryServer({
      "account/login/start": (_p, send) => {
        setTimeout(() => {
          void send({
            method: "account/login/completed",
            params: { loginId: "other", success: false },
          });
          void send({
            method: "account/login/completed",
            params: { loginId: "L1", success: true },
          });
        }, 20);
        return {
          type: "chatgptDeviceCode",
          loginId: "L1",
          userCode: "ABCD-1234",
          verificationUrl: "https://example.invalid/device",
        };
      },
    });
    await using codex = await Codex.start({ transport: server.transport });
    const login = await codex.loginWithDeviceCode();
    const asked = server.received.filter((m) => m.method === "account/login/start");
    assert.deepEqual(asked.map((m) => m.params), [{ type: "chatgptDeviceCode" }]);
    assert.equal(login.userCode, "ABCD-1234");
    assert.equal(login.verificationUrl, "https://example.invalid/device");
    const outcome = await login.wait({ timeoutMs: 2000 });
    assert.deepEqual(outcome, { loginId: "L1", success: true });
  });

  it("request() sends any typed method and checks its params before sending", async () => {
    const server = inMemoryServer({
      "model/list": (p) => ({ data: [], nextCursor: null, echo: p }),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const result = await codex.request("model/list", { limit: 3 });
    assert.deepEqual(result, { data: [], nextCursor: null, echo: { limit: 3 } });
    const before = server.received.length;
    await assert.rejects(
      // deno-lint-ignore no-explicit-any
      codex.request("thread/read", { threadId: 7 } as any),
      (e: unknown) => e instanceof ProtocolError && e.method === "thread/read",
    );
    assert.equal(server.received.length, before, "nothing was sent");
  });

  it("refuses an empty API key locally", async () => {
    const server = inMemoryServer({});
    await using codex = await Codex.start({ transport: server.transport });
    await assert.rejects(codex.loginWithApiKey(""), TypeError);
  });
});

describe("Codex.start failures", () => {
  it("names the missing binary", async () => {
    await assert.rejects(
      Codex.start({ codexPath: "/definitely/not/codex" }),
      (e: unknown) => e instanceof CodexNotFoundError && /\/definitely\/not\/codex/.test(e.message),
    );
  });

  it("reports a binary that exits at once with its exit code", async () => {
    await assert.rejects(Codex.start({ codexPath: "/bin/false" }), (e: unknown) => {
      assert.ok(e instanceof TransportClosedError, String(e));
      assert.equal(e.exitCode, 1);
      return true;
    });
  });
});

describe("account calls on the real binary", () => {
  it("lists models, reads the account, starts and cancels a ChatGPT login, logs out", async () => {
    await using t = await startTestCodex();
    const models = await t.codex.models();
    assert.ok(models.data.length > 0);
    const account = await t.codex.account();
    assert.equal(typeof account.requiresOpenaiAuth, "boolean");
    const login = await t.codex.loginWithChatGpt();
    assert.match(login.authUrl ?? "", /^https:\/\//);
    assert.ok(login.loginId);
    const waiting = login.wait();
    await login.cancel();
    await assert.rejects(waiting, AbortError);
    await t.codex.logout();
  });
});

describe("apiKey", () => {
  it("signs in for this process only: the key is never written to CODEX_HOME", async () => {
    const authFile = (home: string) => join(home, "auth.json");
    await using withOption = await startTestCodex({ codex: { apiKey: "sk-test-ephemeral" } });
    assert.equal(existsSync(authFile(withOption.home.codexHome)), false);
    // The same login without the option persists the key: the check above can fail.
    await using plain = await startTestCodex();
    await plain.codex.loginWithApiKey("sk-test-persisted");
    assert.equal(existsSync(authFile(plain.home.codexHome)), true);
  });
});

describe("input helpers (input.ts)", () => {
  it("build the protocol's UserInput items", () => {
    assert.deepEqual(toUserInputs("hi"), [{ type: "text", text: "hi" }]);
    assert.deepEqual(toUserInputs(image("https://x/y.png")), [{
      type: "image",
      url: "https://x/y.png",
    }]);
    assert.deepEqual(toUserInputs([text("a"), localImage("/p.png")]), [
      { type: "text", text: "a" },
      { type: "localImage", path: "/p.png" },
    ]);
    assert.deepEqual(skill("s", "/s/SKILL.md"), { type: "skill", name: "s", path: "/s/SKILL.md" });
    assert.deepEqual(mention("m", "/m.ts"), { type: "mention", name: "m", path: "/m.ts" });
  });

  it("refuse empty input", () => {
    assert.throws(() => toUserInputs(""), TypeError);
    assert.throws(() => toUserInputs([]), TypeError);
    // deno-lint-ignore no-explicit-any
    assert.throws(() => toUserInputs(42 as any), TypeError);
  });
});
