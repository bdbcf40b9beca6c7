// Transports, the line splitter, binary lookup and the fail-closed table.
import assert from "node:assert/strict";
import * as v from "valibot";
import { appServerCommand, bundledCodexPath, findCodex } from "../src/binary.ts";
import { Codex } from "../src/api/codex.ts";
import {
  CodexError,
  CodexNotFoundError,
  ProtocolError,
  TransportClosedError,
} from "../src/errors.ts";
import { failClosedAnswer } from "../src/router/fail_closed.ts";
import { memoryTransportPair } from "../src/transport/memory.ts";
import { decodeText } from "../src/transport/_process.ts";
import { detectRuntime, spawnTransport } from "../src/transport/spawn.ts";
import { JsonLineBatchStream, JsonLineStream } from "../src/wire/json_line_stream.ts";
import { SERVER_REQUEST_SCHEMAS } from "../gen/methods.ts";
import { fileURLToPath } from "node:url";
import { realpathSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { collect, describe, it, runtimeCommand } from "./_helpers.ts";

function streamOf<T>(chunks: T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe("JsonLineStream (json_line_stream.ts)", () => {
  it("splits on \\n and \\r\\n, across chunks, and keeps a final line without newline", async () => {
    const lines = await collect(
      streamOf(['{"a":', "1}\r", '\n{"b":2}\n\n  \n{"c"', ":3}"]).pipeThrough(
        new JsonLineStream(),
      ),
    );
    assert.deepEqual(lines, ['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it("joins multi-byte characters split across byte chunks", async () => {
    const bytes = new TextEncoder().encode('{"t":"é✓😀"}\n');
    const chunks = Array.from(bytes, (b) => new Uint8Array([b]));
    const lines = await collect(decodeText(streamOf(chunks)).pipeThrough(new JsonLineStream()));
    assert.deepEqual(lines, ['{"t":"é✓😀"}']);
  });

  it("skips an over-long line, reports it, and goes on — also when it spans chunks", async () => {
    const errors: ProtocolError[] = [];
    const long = "x".repeat(50);
    const lines = await collect(
      streamOf(["ok1\n", long.slice(0, 20), long.slice(20), "\nok2\n", long]).pipeThrough(
        new JsonLineStream({ maxLineLength: 30, onError: (e) => errors.push(e) }),
      ),
    );
    assert.deepEqual(lines, ["ok1", "ok2"]);
    assert.equal(errors.length, 2);
    assert.ok(errors[0] instanceof ProtocolError);
    assert.ok((errors[0].raw ?? "").length <= 200);
  });
});

describe("JsonLineBatchStream", () => {
  it("emits the lines each chunk completes, split and skipped as JsonLineStream does", async () => {
    const errors: ProtocolError[] = [];
    const batches = await collect(
      streamOf([
        '{"a":1}\n{"b":',
        "2}\r\n\n",
        "x".repeat(40),
        '\n{"c":3}\n{"d":4}\n{"e"',
        ":5}",
      ]).pipeThrough(
        new JsonLineBatchStream({ maxLineLength: 30, onError: (e) => errors.push(e) }),
      ),
    );
    // A chunk that completes no line yields nothing; the last line comes from flush.
    assert.deepEqual(batches, [['{"a":1}'], ['{"b":2}'], ['{"c":3}', '{"d":4}'], ['{"e":5}']]);
    assert.equal(errors.length, 1);
  });
});

describe("spawn transport (spawn.ts, host.ts, node.ts, deno.ts, bun.ts)", () => {
  const node = (code: string, closeGraceMs = 200) =>
    spawnTransport({ command: "node", args: ["-e", code], closeGraceMs });

  it("carries lines both ways", async () => {
    // It exits when stdin closes; on a busy machine that can take longer than 200 ms, and
    // the test is about the lines, not the escalation.
    const t = node(
      "process.stdin.on('data', d => process.stdout.write(d.toString().toUpperCase()))",
      10_000,
    );
    const writer = t.writable.getWriter();
    await writer.write('{"x":"hello"}');
    await writer.write('{"x":"again"}');
    const reader = t.readable.getReader();
    assert.equal((await reader.read()).value, '{"X":"HELLO"}');
    assert.equal((await reader.read()).value, '{"X":"AGAIN"}');
    reader.releaseLock();
    writer.releaseLock();
    await t.close();
    const info = await t.closed;
    assert.equal(info.exitCode, 0);
  });

  it("offers the same messages as batches, and readable is made from them", async () => {
    const t = node(
      'process.stdout.write(\'{"n":1}\\n{"n":2}\\n{"n":3}\\n\'); process.stdin.resume()',
    );
    assert.ok(t.readableBatches);
    const reader = t.readableBatches.getReader();
    const seen: string[] = [];
    while (seen.length < 3) {
      const { value, done } = await reader.read();
      assert.equal(done, false);
      seen.push(...value!);
    }
    assert.deepEqual(seen, ['{"n":1}', '{"n":2}', '{"n":3}']);
    reader.releaseLock();
    // One reader at a time: readable reads the batches through its own reader.
    const lines = t.readable.getReader();
    assert.throws(() => t.readableBatches!.getReader(), TypeError);
    lines.releaseLock();
    await t.close();
  });

  it("close() escalates to SIGTERM when closing stdin is not enough", async () => {
    const t = node(
      "process.stdin.resume(); process.stdin.on('end', () => {}); setInterval(() => {}, 1000)",
    );
    await t.close();
    const info = await t.closed;
    assert.equal(info.signal, "SIGTERM");
  });

  it("close() escalates to SIGKILL when SIGTERM is ignored", async () => {
    const t = node(
      "process.on('SIGTERM', () => {}); process.stdin.resume(); setInterval(() => {}, 1000);" +
        " process.stdout.write('{\"ready\":true}\\n')",
    );
    // Closed only once the handler is installed (it says so), however slow the start.
    const reader = t.readable.getReader();
    assert.equal((await reader.read()).value, '{"ready":true}');
    reader.releaseLock();
    await t.close();
    const info = await t.closed;
    assert.equal(info.signal, "SIGKILL");
  });

  it("keeps the last 400 stderr lines and reports every line", async () => {
    const seen: string[] = [];
    const t = spawnTransport({
      command: "node",
      args: ["-e", "for (let i = 0; i < 1000; i++) console.error('line ' + i)"],
      onStderr: (line) => seen.push(line),
    });
    const info = await t.closed;
    const tail = info.stderrTail.split("\n");
    assert.equal(tail.length, 400);
    assert.equal(tail[0], "line 600");
    assert.equal(tail[399], "line 999");
    assert.equal(seen.length, 1000);
    await t.close();
  });

  it("splits stderr like stdout: \\r\\n, no blank lines, a runaway line noted not kept", async () => {
    const seen: string[] = [];
    const t = spawnTransport({
      command: "node",
      args: [
        "-e",
        "process.stderr.write('a\\r\\n\\n' + 'x'.repeat(70000)); process.stderr.write('\\nb')",
      ],
      onStderr: (line) => seen.push(line),
    });
    const info = await t.closed;
    assert.deepEqual(seen, ["a", "[a stderr line of more than 65536 characters]", "b"]);
    assert.equal(info.stderrTail, seen.join("\n"));
    await t.close();
  });
});

describe("spawn failures (_spawn_failure.ts)", () => {
  // Each runtime's own adapter, and node:child_process's through its compatibility layer.
  for (const runtime of new Set([detectRuntime(), "node" as const])) {
    it(`reports a command that cannot be started through closed, naming it and the cause (adapter: ${runtime})`, async () => {
      const dir = await mkdtemp(join(tmpdir(), "codex-spawn-"));
      try {
        // A script whose interpreter is missing: the kernel says ENOENT as for a missing file.
        const script = join(dir, "codex");
        await writeFile(script, "#!/nonexistent/interpreter\n", { mode: 0o755 });
        const cases: [string, string | undefined, RegExp][] = [
          [join(dir, "missing"), undefined, /: no such file \(ENOENT\)$/],
          [script, undefined, /: the file exists, but the interpreter .* is missing \(ENOENT\)$/],
          [dir, undefined, /: permission denied: not an executable file \(EACCES\)$/],
          [script, join(dir, "gone"), /: its working directory .*gone does not exist \(ENOENT\)$/],
          [
            "no-such-codex-command",
            undefined,
            /: no executable of that name on PATH, or its #! interpreter is missing \(ENOENT\)$/,
          ],
        ];
        for (const [command, cwd, cause] of cases) {
          // Never a throw: on every runtime the failure is a transport that is already closed.
          const t = spawnTransport({ command, cwd, runtime });
          const info = await t.closed;
          assert.equal(info.exitCode, null, command);
          assert.equal(info.signal, null, command);
          assert.ok(info.reason?.startsWith(`could not start ${command}: `), info.reason);
          assert.match(info.reason ?? "", cause);
          await t.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it("Codex.start with an executable it cannot start rejects with a CodexError naming the path and the cause", async () => {
    const dir = await mkdtemp(join(tmpdir(), "codex-spawn-"));
    try {
      const script = join(dir, "codex");
      await writeFile(script, "#!/nonexistent/interpreter\n", { mode: 0o755 });
      const error = await Codex.start({ codexPath: script }).then(() => undefined, (e) => e);
      assert.ok(error instanceof TransportClosedError, String(error));
      assert.ok(error instanceof CodexError);
      assert.equal(error.exitCode, null);
      assert.equal(
        error.message,
        `codex app-server transport closed (could not start ${script}: the file exists, but ` +
          "the interpreter its first line (#!) names is missing (ENOENT))",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("memory transport (memory.ts)", () => {
  it("connects two ends and closes both", async () => {
    const [a, b] = memoryTransportPair();
    const w = a.writable.getWriter();
    await w.write("one");
    const r = b.readable.getReader();
    assert.equal((await r.read()).value, "one");
    await b.close();
    assert.equal((await r.read()).done, true);
    await assert.rejects(w.write("two"));
    assert.equal((await a.closed).reason, "memory transport closed");
  });
});

describe("findCodex (binary.ts)", () => {
  const none = {
    env: () => undefined,
    isExecutable: () => false,
    bundled: () => undefined,
    onPath: () => undefined,
    platform: () => ({ platform: "linux", arch: "x64" }),
  };

  it("names all four places when nothing is found", () => {
    assert.throws(() => findCodex(undefined, none), (err: unknown) => {
      assert.ok(err instanceof CodexNotFoundError);
      assert.equal(err.tried.length, 4);
      assert.match(err.message, /codexPath/);
      assert.match(err.message, /CODEX_PATH/);
      assert.match(err.message, /@openai\/codex/);
      assert.match(err.message, /PATH/);
      return true;
    });
  });

  it("prefers option, then $CODEX_PATH, then the package, then PATH", () => {
    const all = {
      ...none,
      env: (n: string) => (n === "CODEX_PATH" ? "/env/codex" : undefined),
      isExecutable: () => true,
      bundled: () => "/pkg/codex",
      onPath: () => "/bin/codex",
    };
    assert.equal(findCodex("/opt/codex", all), "/opt/codex");
    assert.equal(findCodex(undefined, all), "/env/codex");
    assert.equal(findCodex(undefined, { ...all, env: () => undefined }), "/pkg/codex");
    assert.equal(
      findCodex(undefined, { ...all, env: () => undefined, bundled: () => undefined }),
      "/bin/codex",
    );
  });

  it("refuses an explicit path that is not executable instead of falling back", () => {
    assert.throws(() => findCodex("/nope", { ...none, bundled: () => "/pkg/codex" }), /\/nope/);
  });

  it("finds the pinned @openai/codex binary installed with this package", () => {
    // The package lookup is asked on its own: a set CODEX_PATH would win in findCodex().
    const found = bundledCodexPath() ?? "(none)";
    // (Real paths: package resolution follows a symlinked node_modules.)
    const modules = `${
      realpathSync(fileURLToPath(new URL("../node_modules/@openai/", import.meta.url)))
    }/`;
    assert.ok(found.startsWith(modules), `${found} is not under ${modules}`);
    assert.match(
      found.slice(modules.length),
      /^codex(-[a-z0-9]+-[a-z0-9]+)?\/vendor\/[a-z0-9_-]+\/bin\/codex(\.exe)?$/,
    );
    assert.ok(statSync(found).isFile());
    // Without CODEX_PATH, findCodex() returns exactly that binary.
    const lookups = {
      env: () => undefined,
      isExecutable: () => false,
      bundled: bundledCodexPath,
      onPath: () => "/usr/bin/codex-on-path",
      platform: () => ({ platform: process.platform, arch: process.arch }),
    };
    assert.equal(findCodex(undefined, lookups), found);
  });
});

// There is no Windows machine here: these model win32 paths through the lookup seams.
describe("findCodex and bundledCodexPath on Windows (modelled)", () => {
  const APP = "C:\\app\\node_modules";
  const NPM = "C:\\Users\\u\\AppData\\Roaming\\npm";
  const EXE = (root: string, arch = "x64") =>
    `${root}\\vendor\\${arch === "x64" ? "x86_64" : "aarch64"}-pc-windows-msvc\\bin\\codex.exe`;
  /** A win32 host whose files are `files` and whose packages resolve as `packages` say. */
  const windows = (
    files: string[],
    packages: Record<string, string> = {},
    arch = "x64",
  ) => ({
    platform: () => ({ platform: "win32", arch }),
    isExecutable: (path: string) => files.includes(path),
    // key: "<name> from <folder or file>" or just "<name>" (resolved from the SDK)
    packageDir: (name: string, from?: string) =>
      packages[from === undefined ? name : `${name} from ${from}`],
    denoPackageDir: () => undefined,
  });

  it("takes codex.exe from the hoisted @openai/codex-win32-x64 package", () => {
    const platformPkg = `${APP}\\@openai\\codex-win32-x64`;
    const host = windows([EXE(platformPkg)], { "@openai/codex-win32-x64": platformPkg });
    assert.equal(bundledCodexPath(host), EXE(platformPkg));
  });

  it("takes codex.exe from the win32-arm64 package nested in @openai/codex", () => {
    const main = `${APP}\\@openai\\codex`;
    const nested = `${main}\\node_modules\\@openai\\codex-win32-arm64`;
    const host = windows([EXE(nested, "arm64")], {
      "@openai/codex": main,
      [`@openai/codex-win32-arm64 from ${main}\\package.json`]: nested,
    }, "arm64");
    assert.equal(bundledCodexPath(host), EXE(nested, "arm64"));
  });

  it("never returns the .cmd shim on PATH: the codex.exe behind it instead", () => {
    const main = `${NPM}\\node_modules\\@openai\\codex`;
    const nested = `${main}\\node_modules\\@openai\\codex-win32-x64`;
    const shim = `${NPM}\\codex.cmd`;
    const host = windows([shim, EXE(nested)], {
      [`@openai/codex-win32-x64 from ${main}\\package.json`]: nested,
    });
    const lookups = { ...host, env: () => undefined, bundled: () => undefined, onPath: () => shim };
    assert.equal(findCodex(undefined, lookups), EXE(nested));
    // An explicit shim (option or $CODEX_PATH) means the same binary: it is resolved too.
    assert.equal(findCodex(shim, lookups), EXE(nested));
    const env = (n: string) => (n === "CODEX_PATH" ? shim : undefined);
    assert.equal(findCodex(undefined, { ...lookups, env }), EXE(nested));
  });

  it("skips a shim with no native binary behind it, and says why", () => {
    const shim = `${NPM}\\codex.CMD`;
    const lookups = {
      ...windows([shim]),
      env: () => undefined,
      bundled: () => undefined,
      onPath: () => shim,
    };
    assert.throws(() => findCodex(undefined, lookups), (err: unknown) => {
      assert.ok(err instanceof CodexNotFoundError);
      assert.equal(err.tried.length, 4);
      assert.match(err.tried[3], /codex\.CMD is an npm shim/);
      assert.match(err.message, /cannot be spawned without a shell/);
      return true;
    });
    assert.throws(() => findCodex(shim, lookups), /codex\.CMD is an npm shim/);
  });

  it("takes codex.exe found on PATH as it is", () => {
    const exe = "C:\\tools\\codex.exe";
    const lookups = {
      ...windows([exe]),
      env: () => undefined,
      bundled: () => undefined,
      onPath: () => exe,
    };
    assert.equal(findCodex(undefined, lookups), exe);
  });

  it("appServerCommand refuses a .cmd or .bat on win32 and passes arguments unquoted", () => {
    for (const shim of ["C:\\npm\\codex.cmd", "C:\\npm\\codex.bat"]) {
      assert.throws(() => appServerCommand(shim, {}, "win32"), CodexNotFoundError);
    }
    const exe = "C:\\Program Files\\codex\\codex.exe";
    assert.deepEqual(appServerCommand(exe, { model: "o3" }, "win32"), {
      command: exe,
      args: ["--config", 'model="o3"', "app-server", "--listen", "stdio://"],
    });
    // Elsewhere a file named codex.cmd is just a file.
    assert.equal(appServerCommand("/opt/codex.cmd", {}, "linux").command, "/opt/codex.cmd");
  });
});

describe("fail-closed answers (fail_closed.ts)", () => {
  it("are valid for their method's generated result schema, and refuse", () => {
    const refusing = [
      "item/commandExecution/requestApproval",
      "item/fileChange/requestApproval",
      "item/permissions/requestApproval",
      "item/tool/requestUserInput",
      "mcpServer/elicitation/request",
      "item/tool/call",
    ];
    for (const method of refusing) {
      const answer = failClosedAnswer(method);
      assert.ok("result" in answer, method);
      const parsed = v.safeParse(SERVER_REQUEST_SCHEMAS[method].result, answer.result);
      assert.ok(parsed.success, `${method}: ${JSON.stringify(parsed.issues?.[0]?.message)}`);
    }
    assert.deepEqual(failClosedAnswer("item/commandExecution/requestApproval"), {
      result: { decision: "decline" },
    });
    for (
      const method of ["account/chatgptAuthTokens/refresh", "attestation/generate", "x/unknown"]
    ) {
      const answer = failClosedAnswer(method);
      assert.ok("error" in answer && answer.error.code === -32601, method);
    }
  });

  it("cover every server request method the protocol has", () => {
    for (const method of Object.keys(SERVER_REQUEST_SCHEMAS)) {
      const answer = failClosedAnswer(method);
      if ("result" in answer) {
        assert.ok(
          v.safeParse(SERVER_REQUEST_SCHEMAS[method].result, answer.result).success,
          method,
        );
      } else {
        assert.equal(answer.error.code, -32601);
      }
    }
  });
});

describe("after close()", () => {
  it("leaves nothing that keeps the process alive", async () => {
    const { spawn } = await import("node:child_process");
    const script = fileURLToPath(new URL("./_exit_after_close.ts", import.meta.url));
    const { command, args } = runtimeCommand(script);
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Uint8Array) => (out += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    // It ends by itself (a leaked socket or child process would keep it alive and this test
    // would time out), and no timer of the SDK is still pending: leaked timers of 500 ms
    // once made every program linger that long after close().
    assert.equal(out, "closed; 0 timers left\n");
    assert.equal(code, 0);
  });
});
