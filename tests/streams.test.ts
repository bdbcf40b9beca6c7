// Streams other than turns, against the real binary: commands (`codex.exec`), spawned
// processes, file watches, fuzzy search sessions, and a turn's reasoning and unfinished
// items.
import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  AbortError,
  BufferOverflowError,
  CodexError,
  ConnectionLostError,
  InvalidParamsError,
  InvalidRequestError,
  TransportClosedError,
} from "../src/errors.ts";
import type { ThreadItem } from "../gen/types.ts";
import { ScriptedModel, startTestCodex, textReply } from "../testing.ts";
import { Codex } from "../src/api/codex.ts";
import { webSocket } from "../src/transport/websocket.ts";
import type { ConnectionState } from "../src/api/reconnect.ts";
import { collect, delay, describe, it, until } from "./_helpers.ts";
import { startProxy } from "./_tcp_proxy.ts";
import { INJECTED, startServer } from "./_ws_server.ts";

const decoder = new TextDecoder();
async function textOfBytes(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The first chunk of a byte stream, as text. */
async function firstText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return decoder.decode(value);
}

describe("codex.exec (command.ts)", () => {
  it("runs an interactive command: stdin in, both streams out, the exit code", async () => {
    await using t = await startTestCodex();
    const cmd = await t.codex.exec(
      ["sh", "-c", 'echo first; read line; echo "got $line"; echo oops >&2; exit 3'],
      { cwd: t.home.cwd },
    );
    // The first line arrives while the command waits for input, long before the answer.
    assert.equal(await firstText(cmd.stdout), "first\n");
    await cmd.write("hello\n");
    await cmd.closeStdin();
    const exit = await cmd.exit;
    assert.equal(exit.exitCode, 3);
    assert.equal(cmd.exited, true);
    // Streams taken after the exit still see everything from the first byte, each of them.
    assert.equal(await textOfBytes(cmd.stdout), "first\ngot hello\n");
    assert.equal(await textOfBytes(cmd.stdout), "first\ngot hello\n");
    assert.equal(await textOfBytes(cmd.stderr), "oops\n");
    // Streamed output is not duplicated into the exit.
    assert.equal(exit.stdout, "");
    // The handle let its key go: nothing is kept in the router for it.
    assert.equal(t.codex.client.router.claimedStreams, 0);
    // After the exit, closing stdin is a no-op; writing data is refused by the server.
    await cmd.closeStdin();
    await assert.rejects(cmd.write("late\n"), InvalidRequestError);
  });

  it("keeps output that arrives before the answer, read only after the exit", async () => {
    await using t = await startTestCodex();
    const cmd = await t.codex.exec(["sh", "-c", "printf 'a%.0s' $(seq 1 5000); echo; echo done"], {
      cwd: t.home.cwd,
      streamStdin: false,
    });
    assert.equal((await cmd.exit).exitCode, 0);
    const out = await textOfBytes(cmd.stdout);
    assert.equal(out, "a".repeat(5000) + "\ndone\n");
  });

  it("captures the output in exit when streaming is off", async () => {
    await using t = await startTestCodex();
    const cmd = await t.codex.exec(["sh", "-c", "echo captured; echo err >&2"], {
      cwd: t.home.cwd,
      streamStdin: false,
      streamStdoutStderr: false,
    });
    const exit = await cmd.exit;
    assert.deepEqual(exit, { exitCode: 0, stdout: "captured\n", stderr: "err\n" });
    assert.deepEqual(await collect(cmd.stdout), []);
  });

  it("terminates a long command, and a signal terminates another", async () => {
    await using t = await startTestCodex();
    const long = await t.codex.exec(["sleep", "30"], { cwd: t.home.cwd, streamStdin: false });
    const started = Date.now();
    await delay(200);
    await long.terminate();
    assert.notEqual((await long.exit).exitCode, 0);
    assert.ok(Date.now() - started < 10_000);
    // terminate() after the exit does nothing.
    await long.terminate();

    const stop = new AbortController();
    const aborted = await t.codex.exec(["sleep", "30"], {
      cwd: t.home.cwd,
      streamStdin: false,
      signal: stop.signal,
    });
    setTimeout(() => stop.abort(), 200);
    assert.notEqual((await aborted.exit).exitCode, 0);
    assert.equal(t.codex.client.router.claimedStreams, 0);
    // An aborted signal refuses to start anything.
    await assert.rejects(
      t.codex.exec(["true"], { cwd: t.home.cwd, signal: stop.signal }),
      AbortError,
    );
  });

  it("runs a command in a terminal (tty), resizes it", async () => {
    await using t = await startTestCodex();
    const cmd = await t.codex.exec(["sh", "-c", "read x; stty size; test -t 0 && echo tty"], {
      cwd: t.home.cwd,
      tty: true,
      size: { cols: 80, rows: 24 },
    });
    await cmd.resize({ cols: 100, rows: 40 });
    await cmd.write("go\n");
    const exit = await cmd.exit;
    assert.equal(exit.exitCode, 0);
    const out = await textOfBytes(cmd.stdout);
    assert.match(out, /40 100/);
    assert.match(out, /tty/);
  });

  it("rejects exit when the server refuses the command; refuses bad input locally", async () => {
    await using t = await startTestCodex();
    // Options the server refuses to combine: the answer is an error, not an exit.
    const cmd = await t.codex.exec(["true"], {
      cwd: t.home.cwd,
      timeoutMs: 1000,
      disableTimeout: true,
    });
    await assert.rejects(cmd.exit, InvalidParamsError);
    await assert.rejects(cmd.stdout.getReader().read(), InvalidParamsError);
    assert.equal(t.codex.client.router.claimedStreams, 0);
    await assert.rejects(t.codex.exec([]), TypeError);
    // A processId this client is using already is refused before anything is sent.
    const long = await t.codex.exec(["sleep", "30"], { cwd: t.home.cwd, processId: "mine" });
    await assert.rejects(t.codex.exec(["true"], { processId: "mine" }), /in use already/);
    await long.terminate();
    await long.exit;
  });

  it("ends as done on close (exit rejects with TransportClosedError)", async () => {
    const t = await startTestCodex();
    const cmd = await t.codex.exec(["sleep", "30"], { cwd: t.home.cwd, streamStdin: false });
    const out = collect(cmd.stdout);
    await delay(100);
    await t.close();
    assert.deepEqual(await out, []);
    await assert.rejects(cmd.exit, TransportClosedError);
  });
});

describe("codex.watch (watch.ts)", () => {
  it("sees a created file and ends on close", async () => {
    await using t = await startTestCodex();
    const dir = join(t.home.cwd, "watched");
    await mkdir(dir);
    const watch = await t.codex.watch(dir);
    assert.equal(typeof watch.path, "string");
    const seen = (async () => {
      for await (const paths of watch) {
        if (paths.some((p) => p.endsWith("new.txt"))) return paths;
      }
      return undefined;
    })();
    // A second consumer reads the same events.
    const all = collect(watch.changes());
    await delay(100);
    await writeFile(join(dir, "new.txt"), "x");
    const paths = await seen;
    assert.ok(paths?.some((p) => p.endsWith("/watched/new.txt")), String(paths));
    await watch.close();
    assert.equal(watch.closed, true);
    const chunks = await all;
    assert.ok(chunks.flat().some((p) => p.endsWith("new.txt")));
    assert.equal(t.codex.client.router.claimedStreams, 0);
    // Closing again is harmless.
    await watch.close();
  });

  it("refuses a relative path; ends on its signal and on the client's close", async () => {
    const t = await startTestCodex();
    await assert.rejects(t.codex.watch("relative/dir"), TypeError);
    const stop = new AbortController();
    const a = await t.codex.watch(t.home.cwd, { signal: stop.signal });
    const b = await t.codex.watch(t.home.cwd);
    const aDone = collect(a.changes());
    const bDone = collect(b.changes());
    stop.abort();
    assert.deepEqual(await aDone, []);
    await t.close();
    assert.deepEqual(await bDone, []);
    assert.equal(b.closed, true);
  });
});

describe("experimental streams (command.ts, fuzzy_search.ts)", () => {
  it("a fuzzy search session finds a file, and ends on stop()", async () => {
    await using t = await startTestCodex({ codex: { experimentalApi: true } });
    await writeFile(join(t.home.cwd, "needle_in_haystack.txt"), "x");
    const search = await t.codex.fuzzySearch([t.home.cwd]);
    await search.update("needle");
    let found: string | undefined;
    for await (const { query, files } of search.results) {
      assert.equal(query, "needle");
      found = files.find((f) => f.path.includes("needle_in_haystack"))?.path;
      if (found) break;
    }
    assert.ok(found);
    const rest = collect(search.results);
    await search.stop();
    assert.ok((await rest).length >= 1); // replayed from the first update, then done
    await assert.rejects(search.update("x"), CodexError);
    assert.equal(t.codex.client.router.claimedStreams, 0);
  });

  it("a spawned process streams its output and exits; kill() ends a long one", async () => {
    await using t = await startTestCodex({ codex: { experimentalApi: true } });
    const proc = await t.codex.spawnProcess(["sh", "-c", "read x; echo out $x; echo err >&2"], {
      cwd: t.home.cwd,
    });
    await proc.write("1\n");
    const exit = await proc.exit;
    assert.equal(exit.exitCode, 0);
    assert.equal(await textOfBytes(proc.stdout), "out 1\n");
    assert.equal(await textOfBytes(proc.stderr), "err\n");

    const long = await t.codex.spawnProcess(["sleep", "30"], { cwd: t.home.cwd });
    await long.kill();
    assert.notEqual((await long.exit).exitCode, 0);
    assert.equal(t.codex.client.router.claimedStreams, 0);
  });

  it("refuses the experimental streams without experimentalApi", async () => {
    await using t = await startTestCodex();
    await assert.rejects(t.codex.spawnProcess(["true"], { cwd: t.home.cwd }), /experimentalApi/);
    await assert.rejects(t.codex.fuzzySearch([t.home.cwd]), /experimentalApi/);
  });
});

describe("turn streams", () => {
  it("turn.reasoning() streams the scripted model's reasoning summary", async () => {
    await using t = await startTestCodex({
      responder: () => ({
        steps: [
          { type: "reasoning", text: "Thinking about it." },
          { type: "text", text: "answer" },
        ],
      }),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("think");
    assert.deepEqual(await collect(turn.reasoning()), ["Thinking about it."]);
    assert.deepEqual(await collect(turn.reasoning({ raw: true })), []);
    assert.equal(await turn.finalText(), "answer");
  });

  it("turn.reasoning({ raw: true }) streams raw reasoning text where the model sends it", async () => {
    await using t = await startTestCodex({
      responder: () => ({
        steps: [
          { type: "reasoning", text: "Summary.", raw: "step one, step two" },
          { type: "text", text: "answer" },
        ],
      }),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("think aloud");
    assert.deepEqual(await collect(turn.reasoning({ raw: true })), ["step one, step two"]);
    assert.deepEqual(await collect(turn.reasoning()), ["Summary."]);
    const { items } = await turn.result();
    const reasoning = items.find((item) => item.type === "reasoning");
    assert.deepEqual(reasoning && reasoning.content, ["step one, step two"]);
  });
});

describe("a turn's unfinished items", () => {
  it("a command left running in a background terminal shows in result().items, then completes on the thread", async () => {
    await using t = await startTestCodex({
      responder: (req) =>
        req.functionCallOutputs.length > 0 ? textReply(["started it"]) : {
          steps: [{
            type: "functionCall",
            name: "exec_command",
            arguments: { cmd: "sleep 2; echo bg", yield_time_ms: 300 },
          }],
        },
    });
    const thread = await t.codex.startThread({
      cwd: t.home.cwd,
      approvalPolicy: "never",
      sandbox: "danger-full-access",
    });
    const later = thread.notifications().getReader();
    const turn = await thread.startTurn("run it in the background");
    const result = await turn.result();
    assert.equal(result.finalResponse, "started it");
    const types = result.items.map((item) => item.type);
    assert.deepEqual(types, ["userMessage", "agentMessage", "commandExecution"]);
    const running = result.items[2] as Extract<ThreadItem, { type: "commandExecution" }>;
    assert.equal(running.status, "inProgress");
    assert.match(running.command, /sleep 2/);
    assert.equal(result.turn.items.length, 3);
    // The command's own completion arrives after its turn ended: the thread sees it.
    while (true) {
      const { value, done } = await later.read();
      assert.equal(done, false, "thread notifications ended before the command completed");
      const params = value!.params as { item?: ThreadItem };
      if (value!.method === "item/completed" && params.item?.id === running.id) {
        const item = params.item as Extract<ThreadItem, { type: "commandExecution" }>;
        assert.equal(item.status, "completed");
        assert.match(item.aggregatedOutput ?? "", /bg/);
        break;
      }
    }
    await later.cancel();
  });
});

describe("streams across a reconnect (--listen ws://)", () => {
  it("a command and a watch belong to their connection: they fail on the cut and are gone after", async () => {
    const model = await ScriptedModel.start();
    const server = await startServer(model, "ws://127.0.0.1:0");
    const proxy = await startProxy(server.address);
    const states: ConnectionState[] = [];
    const codex = await Codex.start({
      transport: () => webSocket(proxy.url, { WebSocket: INJECTED, connectTimeoutMs: 2_000 }),
      reconnect: { maxAttempts: 4, initialDelayMs: 50, maxDelayMs: 200 },
      onConnectionState: (state) => states.push(state),
    });
    try {
      const cwd = server.home.cwd;
      const cmd = await codex.exec(["sh", "-c", "echo up; sleep 30"], { cwd });
      const watch = await codex.watch(cwd);
      const changes = assert.rejects(collect(watch.changes()), ConnectionLostError);
      const exited = assert.rejects(cmd.exit, ConnectionLostError);
      assert.equal(await firstText(cmd.stdout), "up\n");
      proxy.cut();
      await exited;
      await changes;
      // Output read before the cut is still there, then the stream fails.
      await assert.rejects(textOfBytes(cmd.stdout), ConnectionLostError);
      assert.equal(watch.closed, true);
      await until(() => states.some((s) => s.state === "reconnected"), 20_000, "reconnected");
      assert.equal(codex.client.router.claimedStreams, 0);
      // The new connection does not know the old command: the server ended it with its
      // connection.
      await assert.rejects(
        codex.request("command/exec/terminate", { processId: cmd.processId }),
        InvalidRequestError,
      );
      // New streams work on the new connection.
      const again = await codex.exec(["echo", "back"], { cwd, streamStdin: false });
      assert.equal((await again.exit).exitCode, 0);
      assert.equal(await textOfBytes(again.stdout), "back\n");
      await watch.close(); // harmless after the loss
    } finally {
      await codex.close();
      await proxy.close();
      await server.stop();
      await model.close();
    }
  });
});

describe("bounded output logs (_event_log.ts)", () => {
  it("a consumer that falls behind a bounded log fails; a prompt one goes on", async () => {
    await using t = await startTestCodex();
    const cmd = await t.codex.exec([
      "sh",
      "-c",
      "for i in 1 2 3 4 5 6 7 8; do echo $i; sleep 0.05; done",
    ], {
      cwd: t.home.cwd,
      streamStdin: false,
      maxBufferedChunks: 3,
    });
    const prompt = textOfBytes(cmd.stdout);
    await cmd.exit;
    assert.equal(await prompt, "1\n2\n3\n4\n5\n6\n7\n8\n");
    await assert.rejects(collect(cmd.stdout), BufferOverflowError);
  });
});
