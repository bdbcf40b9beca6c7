// WebSocket and Unix-socket transports against the real pinned `codex app-server`, started
// by the test with `--listen ws://127.0.0.1:0` or `--listen unix://PATH` and driven through
// the same Codex API as over stdio; plus the connect-time policy checks with a fake class.
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { findCodex } from "../src/binary.ts";
import { Codex } from "../src/api/codex.ts";
import { ProtocolError, TransportClosedError, TransportConnectError } from "../src/errors.ts";
import { signedBearerToken } from "../src/transport/signed_token.ts";
import { defaultControlSocketPath, unixSocket } from "../src/transport/unix.ts";
import {
  isLoopbackHost,
  webSocket,
  type WebSocketClass,
  type WebSocketOptions,
} from "../src/transport/websocket.ts";
import {
  createTestHome,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  textReply,
} from "../testing.ts";
import { after, before, codexBinaryVersion, collect, describe, it, textOf } from "./_helpers.ts";
import { connect as connectTo, INJECTED, type Server, startServer } from "./_ws_server.ts";

// One model for every server in this file; the prompt says what to do.
//   "touch NAME"  → an exec_command that creates NAME (approval under "untrusted")
//   "hold"        → a text stream held open until the test's gate opens
//   anything else → "<prompt>:0;<prompt>:1;<prompt>:2;" in three deltas
let holdGate: Promise<void> = Promise.resolve();
const responder = (req: ScriptedRequest): ScriptedResponse => {
  const prompt = req.prompt ?? "?";
  if (prompt.startsWith("touch ")) {
    return req.functionCallOutputs.length > 0 ? textReply(["done"]) : {
      steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: prompt } }],
    };
  }
  if (prompt === "hold") return { ...textReply(["..."]), gate: holdGate };
  return textReply([0, 1, 2].map((i) => `${prompt}:${i};`), 5);
};

async function connect(url: string, options: WebSocketOptions = {}): Promise<Codex> {
  return await connectTo(url, options);
}

let model: ScriptedModel;
before(async () => {
  model = await ScriptedModel.start({ responder });
});
after(async () => {
  await model.close();
});

describe("webSocket against the real app-server (no auth) (websocket.ts, ws_transport.ts)", () => {
  let server: Server;
  before(async () => {
    server = await startServer(model, "ws://127.0.0.1:0");
  });
  after(async () => {
    await server?.stop();
  });

  it("runs a text turn end to end over ws://", async () => {
    await using codex = await connect(server.address);
    assert.equal(codex.serverVersion, codexBinaryVersion(findCodex()));
    assert.equal(codex.pid, undefined);
    const thread = await codex.startThread({ cwd: server.home.cwd });
    const turn = await thread.startTurn("hello");
    assert.deepEqual(await collect(turn.text()), ["hello:0;", "hello:1;", "hello:2;"]);
    const result = await turn.run();
    assert.equal(result.status, "completed");
    assert.equal(result.id, turn.id);
  });

  it("runs six turns on six threads at once, each with exactly its own text", async () => {
    await using codex = await connect(server.address);
    const threads = await Promise.all(
      Array.from({ length: 6 }, () => codex.startThread({ cwd: server.home.cwd })),
    );
    const turns = await Promise.all(threads.map((th, i) => th.startTurn(`W${i}`)));
    const texts = await Promise.all(turns.map((turn) => textOf(turn.text())));
    texts.forEach((text, i) => assert.equal(text, `W${i}:0;W${i}:1;W${i}:2;`));
    const results = await Promise.all(turns.map((turn) => turn.run()));
    assert.deepEqual(results.map((r) => r.status), Array(6).fill("completed"));
  });

  for (const decision of ["decline", "accept"] as const) {
    it(`answers a command approval over ws:// (${decision})`, async () => {
      await using codex = await connect(server.address);
      const file = `${decision}-ws.txt`;
      const seen: string[] = [];
      const thread = await codex.startThread({
        cwd: server.home.cwd,
        approvalPolicy: "untrusted",
        sandbox: "workspace-write",
      });
      const turn = await thread.startTurn(`touch ${file}`, {}, {
        serverRequests: {
          "item/commandExecution/requestApproval": (params) => {
            seen.push(params.command ?? "");
            return { decision };
          },
        },
      });
      assert.equal((await turn.run()).status, "completed");
      assert.equal(seen.length, 1);
      assert.match(seen[0], new RegExp(`touch ${file}`));
      assert.equal(existsSync(join(server.home.cwd, file)), decision === "accept");
    });
  }
});

describe("webSocket with --ws-auth capability-token", () => {
  const TOKEN = "ws-test-capability-token-0123456789";
  let server: Server;
  before(async () => {
    server = await startServer(model, "ws://127.0.0.1:0", async (home) => {
      // The server reads the file once at startup; the trailing newline is trimmed.
      const tokenFile = join(home.codexHome, "ws-token");
      await writeFile(tokenFile, `${TOKEN}\n`);
      return ["--ws-auth", "capability-token", "--ws-token-file", tokenFile];
    });
  });
  after(async () => {
    await server?.stop();
  });

  it("connects with the right token and runs a turn", async () => {
    await using codex = await connect(server.address, { token: TOKEN });
    const thread = await codex.startThread({ cwd: server.home.cwd });
    const turn = await thread.startTurn("authed");
    assert.equal(await textOf(turn.text()), "authed:0;authed:1;authed:2;");
    assert.equal((await turn.run()).status, "completed");
  });

  it("refuses a wrong token at connect time with a clear error", async () => {
    const error = await webSocket(server.address, { WebSocket: INJECTED, token: "wrong" })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.equal(error.url, `${server.address}/`);
    assert.match(error.message, new RegExp(server.address.replaceAll(".", "\\.")));
    // ws (on Node), Deno and Bun all report the status.
    assert.equal(error.status, 401);
    assert.match(
      error.message,
      /HTTP 401: the bearer token was rejected \(wrong token, or an expired or mis-signed JWT\)/,
    );
    assert.doesNotMatch(error.message, /wrong"/);
  });

  it("without a token, says the server wants one", async () => {
    const error = await webSocket(server.address, { WebSocket: INJECTED })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.equal(error.status, 401);
    assert.match(
      error.message,
      /HTTP 401: it requires a bearer token \(it runs with --ws-auth\); pass \{ token \}/,
    );
  });
});

describe("webSocket with --ws-auth signed-bearer-token", () => {
  // The file's trailing newline is trimmed by the server and by signedBearerToken alike.
  const SECRET = "ws-test-shared-secret-0123456789abcdef\n";
  const claims = { issuer: "codex-app-server-tests", audience: "ci" };
  let server: Server;
  before(async () => {
    server = await startServer(model, "ws://127.0.0.1:0", async (home) => {
      const secretFile = join(home.codexHome, "ws-secret");
      await writeFile(secretFile, SECRET);
      return [
        "--ws-auth",
        "signed-bearer-token",
        "--ws-shared-secret-file",
        secretFile,
        "--ws-issuer",
        claims.issuer,
        "--ws-audience",
        claims.audience,
      ];
    });
  });
  after(async () => {
    await server?.stop();
  });

  it("connects with a token from signedBearerToken and runs a turn", async () => {
    const token = await signedBearerToken(SECRET, { ...claims, expiresInSeconds: 30 });
    await using codex = await connect(server.address, { token });
    const thread = await codex.startThread({ cwd: server.home.cwd });
    const turn = await thread.startTurn("signed");
    assert.equal(await textOf(turn.text()), "signed:0;signed:1;signed:2;");
    assert.equal((await turn.run()).status, "completed");
  });

  const refused: [string, () => Promise<string>][] = [
    ["signed with another secret", () => signedBearerToken("x".repeat(40), claims)],
    ["expired", () => signedBearerToken(SECRET, { ...claims, now: Date.now() - 3_600_000 })],
    ["for another audience", () => signedBearerToken(SECRET, { ...claims, audience: "prod" })],
    ["without the issuer", () => signedBearerToken(SECRET, { audience: claims.audience })],
    ["not valid yet", () => signedBearerToken(SECRET, { ...claims, notBeforeSeconds: 600 })],
  ];
  for (const [name, mint] of refused) {
    it(`refuses a token ${name} at connect time, without leaking it`, async () => {
      const token = await mint();
      const error = await webSocket(server.address, { WebSocket: INJECTED, token })
        .then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportConnectError, String(error));
      assert.match(error.message, /token/);
      assert.ok(!error.message.includes(token), "the token must not appear in the error");
      if (error.status !== undefined) assert.equal(error.status, 401);
    });
  }
});

describe("signedBearerToken (signed_token.ts)", () => {
  const SECRET = "0123456789abcdef0123456789abcdef";
  const decode = (part: string) =>
    JSON.parse(new TextDecoder().decode(Uint8Array.from(
      atob(part.replaceAll("-", "+").replaceAll("_", "/")),
      (c) => c.charCodeAt(0),
    )));

  it("signs an HS256 JWT that an independent HMAC verifies, with the claims asked for", async () => {
    const now = Date.UTC(2026, 10, 25, 12, 0, 0);
    const token = await signedBearerToken(` ${SECRET}\n`, {
      issuer: "i",
      audience: ["a", "b"],
      subject: "bot",
      expiresInSeconds: 90,
      notBeforeSeconds: -5,
      now,
    });
    const [header, payload, signature] = token.split(".");
    assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/, "base64url without padding");
    assert.deepEqual(decode(header), { alg: "HS256", typ: "JWT" });
    const at = now / 1000;
    assert.deepEqual(decode(payload), {
      iat: at,
      exp: at + 90,
      nbf: at - 5,
      iss: "i",
      aud: ["a", "b"],
      sub: "bot",
    });
    // Trimmed like the server trims its secret file.
    const expected = createHmac("sha256", SECRET).update(`${header}.${payload}`).digest(
      "base64url",
    );
    assert.equal(signature, expected);
    // Bytes are used as they are.
    const bytes = new TextEncoder().encode(SECRET);
    const fromBytes = await signedBearerToken(bytes, { now });
    const [h2, p2, s2] = fromBytes.split(".");
    assert.deepEqual(decode(p2), { iat: at, exp: at + 300 });
    assert.equal(s2, createHmac("sha256", bytes).update(`${h2}.${p2}`).digest("base64url"));
  });

  it("refuses a short secret and nonsense lifetimes before signing", async () => {
    await assert.rejects(signedBearerToken("short\n"), /5 bytes.*at least 32/);
    await assert.rejects(signedBearerToken(`${"x".repeat(31)}  `), /31 bytes/);
    await assert.rejects(signedBearerToken(SECRET, { expiresInSeconds: 0 }), TypeError);
    await assert.rejects(signedBearerToken(SECRET, { expiresInSeconds: NaN }), TypeError);
    await assert.rejects(signedBearerToken(SECRET, { notBeforeSeconds: Infinity }), TypeError);
  });
});

describe("a killed ws:// app-server", () => {
  it("fails run() and pending calls with TransportClosedError within a second", async () => {
    const server = await startServer(model, "ws://127.0.0.1:0");
    let open!: () => void;
    holdGate = new Promise<void>((resolve) => (open = resolve));
    try {
      const codex = await connect(server.address);
      const thread = await codex.startThread({ cwd: server.home.cwd });
      const turn = await thread.startTurn("hold");
      await until(() => model.requests.some((r) => r.prompt === "hold"));
      const running = turn.run().then(() => undefined, (e) => e);
      const pending = thread.read().then(() => undefined, (e) => e);
      const killedAt = Date.now();
      process.kill(server.child.pid!, "SIGKILL");
      const error = await running;
      const elapsed = Date.now() - killedAt;
      assert.ok(error instanceof TransportClosedError, String(error));
      assert.ok(elapsed < 1000, `took ${elapsed} ms`);
      assert.equal(error.exitCode, null);
      assert.equal(error.signal, null);
      assert.match(error.message, /closed/);
      const pendingError = await pending;
      // thread/read may have been answered before the kill; if not, it failed the same way.
      if (pendingError !== undefined) assert.ok(pendingError instanceof TransportClosedError);
      // Later calls fail at once with the same sticky error (a new failure would differ).
      await assert.rejects(codex.listThreads({}), (e) => e === error);
      await codex.close();
    } finally {
      open();
      holdGate = Promise.resolve();
      await server.stop();
    }
  });
});

describe("unixSocket against the real app-server (unix.ts, http_upgrade.ts)", () => {
  it("speaks WebSocket over --listen unix://PATH and runs a text turn", async () => {
    const server = await startServer(model, "unix://HOME/control.sock");
    try {
      await using codex = await Codex.start({ transport: await unixSocket(server.address) });
      const thread = await codex.startThread({ cwd: server.home.cwd });
      const turn = await thread.startTurn("over unix");
      assert.equal(await textOf(turn.text()), "over unix:0;over unix:1;over unix:2;");
      assert.equal((await turn.run()).status, "completed");
    } finally {
      await server.stop();
    }
  });

  it("names the path when nothing is there", async () => {
    const path = join(process.cwd(), "no-such-dir", "control.sock");
    const error = await unixSocket(path).then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.equal(error.url, `unix:${path}`);
    assert.match(error.message, /no socket there/);
  });
});

/** A Unix-socket server in a fresh temporary folder that does what `onConnection` says. */
async function unixServer(onConnection: (socket: Socket, head: Promise<string>) => void) {
  const dir = await mkdtemp(join(tmpdir(), "codex-unix-"));
  const path = join(dir, "s.sock");
  const peers: Socket[] = [];
  // Half-open allowed: the client's end() after its close frame must not close our side,
  // or a server that never answers the close could not be played.
  const server = createServer({ allowHalfOpen: true }, (socket: Socket) => {
    peers.push(socket);
    socket.on("error", () => {});
    const head = new Promise<string>((resolve) => {
      let text = "";
      const onData = (chunk: Buffer) => {
        text += chunk.toString("latin1");
        if (!text.includes("\r\n\r\n")) return;
        socket.off("data", onData);
        resolve(text);
      };
      socket.on("data", onData);
    });
    onConnection(socket, head);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    dir,
    path,
    async stop() {
      for (const peer of peers) peer.destroy();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const acceptKey = (head: string) =>
  createHash("sha1")
    .update(`${/sec-websocket-key: (\S+)/i.exec(head)![1]}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
    .digest("base64");
const SWITCHING =
  "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n";

describe("unixSocket paths and failures (scripted server)", () => {
  it("defaults to CODEX_HOME's control socket", () => {
    assert.equal(
      defaultControlSocketPath("/srv/codex-home"),
      "/srv/codex-home/app-server-control/app-server-control.sock",
    );
    const home = process.env.CODEX_HOME ?? join(homedir(), ".codex");
    assert.equal(
      defaultControlSocketPath(),
      join(home, "app-server-control", "app-server-control.sock"),
    );
  });

  it("follows a symlink whose path is longer than sun_path allows, and upgrades", async () => {
    const server = await unixServer((socket, head) => {
      void head.then((text) =>
        socket.write(`${SWITCHING}Sec-WebSocket-Accept: ${acceptKey(text)}\r\n\r\n`)
      );
    });
    try {
      const deep = join(server.dir, "a".repeat(60), "b".repeat(60));
      await mkdir(deep, { recursive: true });
      const link = join(deep, "control.sock");
      await symlink(server.path, link);
      assert.ok(link.length > 108, `${link.length} characters`);
      const transport = await unixSocket(link, { closeTimeoutMs: 100 });
      await transport.close();
      // The scripted server never answers the close frame: the client gives up after 100 ms.
      const info = await transport.closed;
      assert.equal(
        info.reason,
        `connection to unix:${link} closed by the client (no closing handshake within 100 ms)`,
      );
    } finally {
      await server.stop();
    }
  });

  it("names a refused upgrade with its status line and body", async () => {
    const server = await unixServer((socket, head) => {
      void head.then(() =>
        socket.end("HTTP/1.1 403 Forbidden\r\nContent-Length: 9\r\n\r\nno origin")
      );
    });
    try {
      const error = await unixSocket(server.path).then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportConnectError, String(error));
      assert.equal(error.status, 403);
      assert.equal(
        error.message,
        `unix:${server.path}: the server refused the WebSocket upgrade with HTTP/1.1 403 Forbidden: no origin`,
      );
    } finally {
      await server.stop();
    }
  });

  it("refuses a wrong Sec-WebSocket-Accept", async () => {
    const server = await unixServer((socket, head) => {
      void head.then(() => socket.write(`${SWITCHING}Sec-WebSocket-Accept: bogus\r\n\r\n`));
    });
    try {
      const error = await unixSocket(server.path).then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportConnectError, String(error));
      assert.equal(
        error.message,
        `unix:${server.path}: invalid Sec-WebSocket-Accept in the upgrade`,
      );
    } finally {
      await server.stop();
    }
  });

  it("reports a server that hangs up during the upgrade, or never answers it", async () => {
    const hangUp = await unixServer((socket, head) => void head.then(() => socket.destroy()));
    const silent = await unixServer(() => {});
    try {
      const closed = await unixSocket(hangUp.path).then(() => undefined, (e) => e);
      assert.ok(closed instanceof TransportConnectError, String(closed));
      assert.equal(
        closed.message,
        `unix:${hangUp.path}: the server closed the connection during the upgrade`,
      );
      const slow = await unixSocket(silent.path, { connectTimeoutMs: 100 })
        .then(() => undefined, (e) => e);
      assert.ok(slow instanceof TransportConnectError, String(slow));
      assert.equal(
        slow.message,
        `unix:${silent.path}: no WebSocket upgrade within 100 ms (is an app-server listening there?)`,
      );
    } finally {
      await hangUp.stop();
      await silent.stop();
    }
  });

  it("says nothing is listening at a file that is not a live socket", async () => {
    const dir = await mkdtemp(join(tmpdir(), "codex-unix-"));
    try {
      const path = join(dir, "stale.sock");
      await writeFile(path, "");
      const error = await unixSocket(path).then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportConnectError, String(error));
      assert.equal(
        error.message,
        `unix:${path}: could not connect: nothing is listening (a stale socket file)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// A hand-written server side of RFC 6455 on a Unix socket, to drive the client through
// what the real server rarely does: fragments, pings, oversized and split frames, a close.
function serverFrame(opcode: number, payload: Uint8Array | string, fin = true): Buffer {
  const body = typeof payload === "string" ? Buffer.from(payload) : Buffer.from(payload);
  const head = body.length < 126
    ? Buffer.from([(fin ? 0x80 : 0) | opcode, body.length])
    : body.length < 65536
    ? Buffer.from([(fin ? 0x80 : 0) | opcode, 126, body.length >> 8, body.length & 0xff])
    : (() => {
      const h = Buffer.alloc(10);
      h[0] = (fin ? 0x80 : 0) | opcode;
      h[1] = 127;
      h.writeBigUInt64BE(BigInt(body.length), 2);
      return h;
    })();
  return Buffer.concat([head, body]);
}

/** Reads the client's masked frames (all small here) as { fin, opcode, payload }. */
function clientFrames(buffer: Buffer): { fin: boolean; opcode: number; payload: Buffer }[] {
  const out: { fin: boolean; opcode: number; payload: Buffer }[] = [];
  let pos = 0;
  while (pos + 2 <= buffer.length) {
    let len = buffer[pos + 1] & 0x7f;
    let off = pos + 2;
    if (len === 126) {
      len = buffer.readUInt16BE(off);
      off += 2;
    }
    const mask = buffer.subarray(off, off + 4);
    off += 4;
    if (off + len > buffer.length) break;
    const payload = Buffer.from(buffer.subarray(off, off + len).map((b, i) => b ^ mask[i & 3]));
    out.push({ fin: (buffer[pos] & 0x80) !== 0, opcode: buffer[pos] & 0x0f, payload });
    pos = off + len;
  }
  return out;
}

/**
 * A server on a Unix socket that completes the upgrade by hand (with `headers` added to its
 * answer, and `first` written in the same write), then records every byte the client sends.
 */
async function scriptedUnixServer(
  path: string,
  headers = "",
  first: Uint8Array = new Uint8Array(0),
) {
  let received = Buffer.alloc(0);
  let peer: Socket | undefined;
  const server = createServer();
  const upgraded = new Promise<Socket>((resolve) => {
    server.on("connection", (socket: Socket) => {
      peer = socket;
      let head = "";
      const onHead = (chunk: Buffer) => {
        head += chunk.toString("latin1");
        if (!head.includes("\r\n\r\n")) return;
        socket.off("data", onHead);
        const key = /sec-websocket-key: (\S+)/i.exec(head)![1];
        const accept = createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
          .digest("base64");
        socket.on("data", (more: Buffer) => (received = Buffer.concat([received, more])));
        socket.write(
          Buffer.concat([
            Buffer.from(
              "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                `Sec-WebSocket-Accept: ${accept}\r\n${headers}\r\n`,
            ),
            first,
          ]),
        );
        resolve(socket);
      };
      socket.on("data", onHead);
    });
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    upgraded,
    received: () => received,
    close: async () => {
      peer?.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("unixSocket framing (scripted server)", () => {
  it("joins fragments, answers pings, skips oversized messages and reports the close", async () => {
    const home = await createTestHome({ model });
    const path = join(home.codexHome, "fake.sock");
    // The first frame rides in the same write as the upgrade answer.
    const server = await scriptedUnixServer(path, "", serverFrame(0x1, '{"method":"a"}'));
    try {
      const problems: ProtocolError[] = [];
      const transport = await unixSocket(path, {
        maxMessageLength: 1000,
        onProtocolError: (e) => problems.push(e),
      });
      const peer = await server.upgraded;
      const reader = transport.readable.getReader();
      const next = async () => (await reader.read()).value;
      assert.equal(await next(), '{"method":"a"}');

      // A message in three fragments with a ping between them, written byte by byte.
      const bytes = Buffer.concat([
        serverFrame(0x1, '{"method":', false),
        serverFrame(0x9, "are you there"),
        serverFrame(0x0, '"b","params":', false),
        serverFrame(0x0, '{"text":"héllo"}}'),
      ]);
      for (const byte of bytes) peer.write(Buffer.from([byte]));
      assert.equal(await next(), '{"method":"b","params":{"text":"héllo"}}');

      // 5000 bytes is more than 1000 characters can take: skipped, reported, stream goes on.
      peer.write(serverFrame(0x1, `"${"z".repeat(4998)}"`));
      peer.write(serverFrame(0x1, '{"method":"c"}'));
      assert.equal(await next(), '{"method":"c"}');
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, /5000 bytes.*skipped/);

      const writer = transport.writable.getWriter();
      await writer.write('{"id":1,"method":"x"}');
      await until(() => clientFrames(server.received()).some((f) => f.opcode === 0x1));
      const frames = clientFrames(server.received());
      assert.deepEqual(
        frames.map((f) => [f.opcode, f.payload.toString()]),
        [[0xA, "are you there"], [0x1, '{"id":1,"method":"x"}']],
      );

      const close = Buffer.alloc(2 + 4);
      close.writeUInt16BE(4000, 0);
      close.write("done", 2);
      peer.end(serverFrame(0x8, close));
      assert.deepEqual(await reader.read(), { value: undefined, done: true });
      const info = await transport.closed;
      assert.match(info.reason ?? "", /unix:.*fake\.sock closed, code 4000, reason "done"/);
      assert.equal(info.exitCode, null);
    } finally {
      await server.close();
      await home.dispose();
    }
  });

  it("sends a message over the advertised frame limit as Text then Continuation frames, FIN on the last", async () => {
    const home = await createTestHome({ model });
    const path = join(home.codexHome, "fake.sock");
    const server = await scriptedUnixServer(
      path,
      "x-codex-websocket-max-unfragmented-message-bytes: 10\r\n",
    );
    try {
      // The scripted server never answers the closing handshake: do not wait long for it.
      const transport = await unixSocket(path, { closeTimeoutMs: 50 });
      await server.upgraded;
      const writer = transport.writable.getWriter();
      // Exactly at the limit: one frame.
      await writer.write('{"id":1}  ');
      // 27 bytes ("é" takes two): 10 + 10 + 7.
      const long = '{"id":2,"method":"héllo"} ';
      await writer.write(long);
      const total = 10 + Buffer.byteLength(long);
      await until(() =>
        clientFrames(server.received()).reduce((n, f) => n + f.payload.length, 0) >= total
      );
      const frames = clientFrames(server.received());
      assert.deepEqual(
        frames.map((f) => [f.opcode, f.fin, f.payload.length]),
        [[0x1, true, 10], [0x1, false, 10], [0x0, false, 10], [0x0, true, 7]],
      );
      assert.equal(Buffer.concat(frames.slice(1).map((f) => f.payload)).toString(), long);
      await transport.close();
    } finally {
      await server.close();
      await home.dispose();
    }
  });
});

// A stand-in WebSocket class: records what it was given, opens (or not) on its own.
function fakeWebSocket(
  behaviour: "open" | "never" | "open+message" | "open, no closing handshake" | {
    error: string;
  },
) {
  const made: { url: string; init?: { headers?: Record<string, string> } }[] = [];
  const sockets: FakeSocket[] = [];
  class FakeSocket extends EventTarget {
    readyState = 0;
    bufferedAmount = 0;
    binaryType = "blob";
    sent: string[] = [];
    constructor(url: string, init?: { headers?: Record<string, string> }) {
      super();
      made.push({ url, init });
      sockets.push(this);
      if (typeof behaviour === "object") {
        // A refused upgrade, reported the way a runtime's WebSocket does: error, then close.
        setTimeout(() => {
          this.readyState = 3;
          this.dispatchEvent(Object.assign(new Event("error"), { message: behaviour.error }));
          this.dispatchEvent(closeEvent(1006, ""));
        }, 1);
      } else if (behaviour !== "never") {
        setTimeout(() => {
          this.readyState = 1;
          this.dispatchEvent(new Event("open"));
          // In the same task as "open": before webSocket() has resumed.
          if (behaviour === "open+message") this.receive('{"method":"first"}');
        }, 1);
      }
    }
    send(text: string) {
      this.sent.push(text);
    }
    terminated = false;
    terminate() {
      this.terminated = true;
      this.readyState = 3;
    }
    close(code = 1000, reason = "") {
      if (behaviour === "open, no closing handshake") {
        this.readyState = 2;
        return;
      }
      if (this.readyState === 3) return;
      this.readyState = 3;
      setTimeout(() => this.dispatchEvent(closeEvent(code, reason)), 1);
    }
    receive(data: unknown) {
      this.dispatchEvent(Object.assign(new Event("message"), { data }));
    }
  }
  return { Class: FakeSocket as unknown as WebSocketClass, made, sockets };
}

function closeEvent(code: number, reason: string): Event {
  return Object.assign(new Event("close"), { code, reason, wasClean: true });
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("webSocket connect policy (no server)", () => {
  it("refuses plain ws:// to a non-loopback host without opt-in, before connecting", async () => {
    const fake = fakeWebSocket("open");
    const error = await webSocket("ws://10.20.30.40:4500", { WebSocket: fake.Class })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.match(error.message, /allowInsecureRemote/);
    assert.match(error.message, /unencrypted/);
    assert.equal(fake.made.length, 0);
  });

  it("connects to a remote ws:// with allowInsecureRemote, and to wss:// without it, sending the token", async () => {
    const fake = fakeWebSocket("open");
    const a = await webSocket("ws://10.20.30.40:4500", {
      WebSocket: fake.Class,
      allowInsecureRemote: true,
    });
    const b = await webSocket("wss://build.example:4500", { WebSocket: fake.Class, token: "t0k" });
    assert.deepEqual(fake.made.map((m) => m.url), [
      "ws://10.20.30.40:4500/",
      "wss://build.example:4500/",
    ]);
    assert.equal(fake.made[0].init, undefined);
    assert.deepEqual(fake.made[1].init, { headers: { Authorization: "Bearer t0k" } });
    await a.close();
    await b.close();
    assert.match((await b.closed).reason ?? "", /closed by the client/);
  });

  it("knows loopback hosts", () => {
    for (const host of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "app.localhost"]) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    assert.equal(isLoopbackHost(new URL("ws://[::ffff:127.0.0.1]:1").hostname), true);
    for (const host of ["10.0.0.1", "example.com", "[::2]", "128.0.0.1", "localhost.example"]) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });

  it("times out a connection that never opens, naming the URL", async () => {
    const fake = fakeWebSocket("never");
    const started = Date.now();
    const error = await webSocket("ws://127.0.0.1:9", {
      WebSocket: fake.Class,
      connectTimeoutMs: 100,
    })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.match(error.message, /ws:\/\/127\.0\.0\.1:9\/.*100 ms/);
    assert.ok(Date.now() - started < 1000);
  });

  it("skips and reports an oversized message, keeps the connection, and ends on close", async () => {
    const fake = fakeWebSocket("open");
    const problems: ProtocolError[] = [];
    const transport = await webSocket("ws://localhost:1", {
      WebSocket: fake.Class,
      maxMessageLength: 20,
      onProtocolError: (e) => problems.push(e),
    });
    const socket = fake.sockets[0] as unknown as {
      receive(data: unknown): void;
      dispatchEvent(e: Event): void;
      binaryType: string;
    };
    assert.equal(socket.binaryType, "arraybuffer");
    socket.receive(`{"method":"x","params":"${"y".repeat(100)}"}`);
    socket.receive('{"method":"ok"}');
    socket.receive(new TextEncoder().encode('{"method":"bin"}').buffer);
    socket.dispatchEvent(closeEvent(1011, "server error"));
    assert.deepEqual(await collect(transport.readable), ['{"method":"ok"}', '{"method":"bin"}']);
    assert.equal(problems.length, 1);
    assert.ok(problems[0] instanceof ProtocolError);
    assert.match(problems[0].message, /skipped/);
    const info = await transport.closed;
    assert.deepEqual([info.exitCode, info.signal, info.stderrTail], [null, null, ""]);
    assert.match(info.reason ?? "", /code 1011 \(server error\), reason "server error"/);
  });

  it("keeps a message that arrives in the same task as the open event", async () => {
    const fake = fakeWebSocket("open+message");
    const transport = await webSocket("ws://localhost:1", { WebSocket: fake.Class });
    const reader = transport.readable.getReader();
    assert.deepEqual(await reader.read(), { value: '{"method":"first"}', done: false });
    reader.releaseLock();
    await transport.close();
  });

  it("gives up on a missing closing handshake after closeTimeoutMs and drops the socket", async () => {
    const fake = fakeWebSocket("open, no closing handshake");
    const transport = await webSocket("ws://localhost:1", {
      WebSocket: fake.Class,
      closeTimeoutMs: 100,
    });
    await transport.close();
    const info = await transport.closed;
    assert.equal(
      info.reason,
      "connection to ws://localhost:1/ closed by the client (no closing handshake within 100 ms)",
    );
    assert.equal((fake.sockets[0] as unknown as { terminated: boolean }).terminated, true);
  });

  it("explains an HTTP 403 refusal: the server rejects an Origin header", async () => {
    const fake = fakeWebSocket({ error: "Unexpected server response: 403" });
    const error = await webSocket("ws://127.0.0.1:9", { WebSocket: fake.Class })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof TransportConnectError, String(error));
    assert.equal(error.status, 403);
    assert.equal(
      error.message,
      "ws://127.0.0.1:9/: the server refused the connection with HTTP 403; it rejects upgrade " +
        "requests that carry an Origin header (as browsers send) (Unexpected server response: 403)",
    );
  });

  it("names any other refusal status, in each runtime's wording", async () => {
    for (const wording of ["Invalid status code: 500", "Expected 101 status code: 500"]) {
      const fake = fakeWebSocket({ error: wording });
      const error = await webSocket("ws://127.0.0.1:9", { WebSocket: fake.Class })
        .then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportConnectError, String(error));
      assert.equal(error.status, 500, wording);
      assert.match(error.message, /refused the WebSocket upgrade with HTTP 500/);
    }
  });

  it("without a status, asks GET /readyz whether a server is there at all", async () => {
    // A loopback HTTP server standing in for the listener's health endpoint.
    const { createServer: createHttpServer } = await import("node:http");
    let readyzStatus = 200;
    const probes: string[] = [];
    const http = createHttpServer((req, res) => {
      probes.push(req.url ?? "");
      res.writeHead(req.url === "/readyz" ? readyzStatus : 404).end();
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const port = (http.address() as { port: number }).port;
    const url = `ws://127.0.0.1:${port}`;
    const refuse = (options: WebSocketOptions = {}) =>
      webSocket(url, { WebSocket: fakeWebSocket({ error: "handshake failed" }).Class, ...options })
        .then(() => undefined, (e) => e);
    try {
      const noToken = await refuse();
      assert.ok(noToken instanceof TransportConnectError, String(noToken));
      assert.equal(noToken.status, undefined);
      assert.equal(
        noToken.message,
        `${url}/: the app-server is up (GET /readyz answered) but refused the WebSocket ` +
          "upgrade: it probably requires a token (--ws-auth), or the request carried an " +
          "Origin header (handshake failed)",
      );
      const withToken = await refuse({ token: "secret-token-value" });
      assert.match(
        withToken.message,
        /up \(GET \/readyz answered\).*the bearer token was probably rejected/,
      );
      assert.doesNotMatch(withToken.message, /secret-token-value/);
      assert.deepEqual(probes, ["/readyz", "/readyz"]);
      // A listener that is not ready counts as nothing there.
      readyzStatus = 503;
      const notReady = await refuse();
      assert.match(notReady.message, /could not connect; nothing answered there/);
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
    // Nothing listening at all.
    const gone = await refuse();
    assert.equal(
      gone.message,
      `${url}/: could not connect; nothing answered there (is the app-server running with ` +
        `--listen ws://127.0.0.1:${port}?) (handshake failed)`,
    );
  });

  it("rejects URLs that are not WebSocket URLs", async () => {
    await assert.rejects(webSocket("http://127.0.0.1:1"), TransportConnectError);
    await assert.rejects(webSocket("not a url"), TransportConnectError);
  });
});
