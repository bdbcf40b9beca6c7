// Which codex version the SDK talks to: the version read from `initialize`, and the
// onVersionMismatch hook of Codex.start, against the fake app-server reporting other versions.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import { CODEX_VERSION } from "../gen/version.ts";
import type { CodexVersionMismatch } from "../src/api/version.ts";
import { compareVersions, serverVersionOf, versionMismatch } from "../src/api/version.ts";
import { spawnFake } from "./_helpers.ts";

/** A version `delta` minor releases away from CODEX_VERSION. */
function minorAway(delta: number): string {
  const [major, minor] = CODEX_VERSION.split(".").map(Number);
  return `${major}.${minor + delta}.0`;
}

async function startWithUserAgent(
  userAgent: string,
  onVersionMismatch?: (info: CodexVersionMismatch) => void,
): Promise<Codex> {
  return await Codex.start({
    transport: spawnFake({}, { env: { FAKE_USER_AGENT: userAgent } }),
    onVersionMismatch,
    // The fake server's echo answers are no real results.
    validation: "off",
  });
}

describe("server version", () => {
  it("is read from the userAgent of initialize", () => {
    assert.equal(
      serverVersionOf("codex_app_server/0.171.0 (Debian 12.0.0; x86_64) xterm (x; 0.1.0)"),
      "0.171.0",
    );
    assert.equal(serverVersionOf("my client/0.172.0-alpha.3 (Mac OS 15; arm64)"), undefined);
    assert.equal(
      serverVersionOf("my_client/0.172.0-alpha.3 (Mac OS 15; arm64)"),
      "0.172.0-alpha.3",
    );
    assert.equal(serverVersionOf("fake/1.2.3"), "1.2.3");
    assert.equal(serverVersionOf("no version here"), undefined);
    assert.equal(serverVersionOf("x/1.2 (y)"), undefined);
  });

  it("orders versions numerically, a pre-release before its release", () => {
    assert.ok(compareVersions("0.171.0", "0.169.0") > 0);
    assert.ok(compareVersions("0.99.0", "0.100.0") < 0);
    assert.ok(compareVersions("1.0.0", "0.999.9") > 0);
    assert.ok(compareVersions("0.172.0-alpha.1", "0.172.0") < 0);
    assert.ok(compareVersions("0.172.0-alpha.10", "0.172.0-alpha.9") > 0);
    assert.ok(compareVersions("0.172.0-alpha.1", "0.171.0") > 0);
    assert.equal(compareVersions("0.171.0", "0.171.0"), 0);
    assert.equal(versionMismatch("0.171.0", "0.171.0"), undefined);
  });
});

describe("Codex.start onVersionMismatch", () => {
  it("reports a newer server: unknown events possible", async () => {
    const newer = minorAway(+2);
    const seen: CodexVersionMismatch[] = [];
    await using codex = await startWithUserAgent(`fake_app_server/${newer} (Test; x86_64)`, (i) => {
      seen.push(i);
    });
    assert.equal(codex.serverVersion, newer);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].serverVersion, newer);
    assert.equal(seen[0].sdkVersion, CODEX_VERSION);
    assert.equal(seen[0].relation, "newer");
    assert.match(seen[0].message, /newer/);
    assert.match(seen[0].message, /lenient validation/);
  });

  it("reports an older server: methods may be missing", async () => {
    const older = minorAway(-3);
    const seen: CodexVersionMismatch[] = [];
    await using codex = await startWithUserAgent(`fake_app_server/${older}`, (i) => {
      seen.push(i);
    });
    assert.equal(codex.serverVersion, older);
    assert.deepEqual(seen.map((i) => [i.relation, i.serverVersion]), [["older", older]]);
    assert.match(seen[0].message, /methods .* may be missing/);
  });

  it("stays quiet for the SDK's own version and for a user agent without one", async () => {
    const seen: CodexVersionMismatch[] = [];
    const hook = (i: CodexVersionMismatch) => {
      seen.push(i);
    };
    {
      await using same = await startWithUserAgent(`fake_app_server/${CODEX_VERSION} (x)`, hook);
      assert.equal(same.serverVersion, CODEX_VERSION);
    }
    {
      await using none = await startWithUserAgent("a server without a version", hook);
      assert.equal(none.serverVersion, undefined);
    }
    assert.deepEqual(seen, []);
  });

  it("a hook that throws does not stop the connection", async () => {
    await using codex = await startWithUserAgent(`fake_app_server/${minorAway(1)}`, () => {
      throw new Error("hook failed");
    });
    assert.equal(codex.serverVersion, minorAway(1));
    // The connection works: the fake server echoes unscripted requests.
    const answer = await codex.client.request("model/list", {});
    assert.deepEqual(answer, { echo: { method: "model/list", params: {} } });
  });
});
