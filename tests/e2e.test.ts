// End to end: the real pinned `codex app-server` against the scripted model.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import * as v from "valibot";
import {
  AbortError,
  StructuredOutputError,
  TransportClosedError,
  TurnFailedError,
  TurnIdleTimeoutError,
} from "../src/errors.ts";
import type { TurnEvent } from "../src/api/turn.ts";
import {
  gate,
  type ScriptedRequest,
  type ScriptedResponse,
  startTestCodex,
  textReply,
} from "../testing.ts";
import { findCodex } from "../src/binary.ts";
import { codexBinaryVersion, collect, describe, it, textOf } from "./_helpers.ts";

describe("text turns (test_codex.ts, helpers.ts)", () => {
  it("streams the scripted deltas in order and returns the completed Turn", async () => {
    await using t = await startTestCodex({
      responder: () => textReply(["Hel", "lo, ", "wor", "ld"], 5),
    });
    assert.equal(typeof t.codex.metadata.userAgent, "string");
    // Whichever binary runs (the pinned one, or $CODEX_PATH in the compatibility runs).
    const version = codexBinaryVersion(findCodex());
    assert.ok(t.codex.metadata.userAgent.includes(`/${version}`), t.codex.metadata.userAgent);
    assert.equal(t.codex.serverVersion, version);
    assert.equal(t.codex.metadata.codexHome, t.home.codexHome);
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("greet me");
    const chunks = await collect(turn.text());
    assert.deepEqual(chunks, ["Hel", "lo, ", "wor", "ld"]);
    const result = await turn.run();
    assert.equal(result.status, "completed");
    assert.equal(result.id, turn.id);
    assert.equal(await turn.finalText(), "Hello, world");
    // Consumers taken after completion still see everything from the start.
    const methods = (await collect(turn.stream())).map((e) => e.method);
    assert.equal(methods[0], "turn/started");
    assert.equal(methods.at(-1), "turn/completed");
    assert.equal(t.model.requests[0].prompt, "greet me");
  });

  it("runs eight turns on eight threads of one client at once, each with exactly its own text", async () => {
    await using t = await startTestCodex({
      responder: (req) => {
        const who = req.prompt ?? "?";
        return textReply([0, 1, 2, 3, 4].map((i) => `${who}:${i};`), 15);
      },
    });
    const threads = await Promise.all(
      Array.from({ length: 8 }, () => t.codex.startThread({ cwd: t.home.cwd })),
    );
    const turns = await Promise.all(threads.map((th, i) => th.startTurn(`T${i}`)));
    const texts = await Promise.all(turns.map((turn) => textOf(turn.text())));
    texts.forEach((text, i) => assert.equal(text, `T${i}:0;T${i}:1;T${i}:2;T${i}:3;T${i}:4;`));
    const results = await Promise.all(turns.map((turn) => turn.run()));
    assert.deepEqual(results.map((r) => r.status), Array(8).fill("completed"));
    assert.equal(new Set(turns.map((x) => x.id)).size, 8);
  });

  it("runs two turns started at once on one thread one after the other, as two turns", async () => {
    await using t = await startTestCodex({
      responder: (req) => textReply([`answer to ${req.prompt}`], 10),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const [a, b] = await Promise.all([thread.startTurn("first"), thread.startTurn("second")]);
    assert.notEqual(a.id, b.id);
    assert.equal(await textOf(a.text()), "answer to first");
    assert.equal(await textOf(b.text()), "answer to second");
    assert.equal((await a.run()).status, "completed");
    assert.equal((await b.run()).status, "completed");
  });
});

describe("command approval", () => {
  const approvalScript = (req: ScriptedRequest): ScriptedResponse =>
    req.functionCallOutputs.length > 0 ? textReply(["done"]) : {
      steps: [{
        type: "functionCall",
        name: "exec_command",
        arguments: { cmd: "touch approved.txt" },
      }],
    };

  for (
    const [name, handler, expectCreated] of [
      ["a declining handler", () => ({ decision: "decline" as const }), false],
      ["an accepting handler", () => ({ decision: "accept" as const }), true],
      ["no handler (fail-closed)", undefined, false],
    ] as const
  ) {
    it(`with ${name}, the command ${expectCreated ? "runs" : "never runs"}`, async () => {
      await using t = await startTestCodex({ responder: approvalScript });
      const seen: string[] = [];
      const thread = await t.codex.startThread({
        cwd: t.home.cwd,
        approvalPolicy: "untrusted",
        sandbox: "workspace-write",
      });
      const turn = await thread.startTurn("make the file", {}, {
        serverRequests: handler
          ? {
            "item/commandExecution/requestApproval": (params) => {
              seen.push(params.command ?? "");
              return handler();
            },
          }
          : undefined,
      });
      const events: TurnEvent[] = await collect(turn.stream());
      assert.equal((await turn.run()).status, "completed");
      const methods = events.map((e) => e.method);
      assert.ok(methods.includes("item/commandExecution/requestApproval"), methods.join());
      assert.ok(methods.includes("serverRequest/resolved"), methods.join());
      if (handler) assert.equal(seen.length, 1);
      if (handler) assert.match(seen[0], /touch approved\.txt/);
      assert.equal(existsSync(join(t.home.cwd, "approved.txt")), expectCreated);
    });
  }
});

describe("interrupt, abort and steer", () => {
  it("interrupts a held-open turn: status interrupted, run() resolves", async () => {
    const g = gate();
    await using t = await startTestCodex({
      responder: () => ({ ...textReply(["thinking..."]), gate: g.promise }),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("long task");
    await t.model.waitForRequests(1);
    await turn.interrupt();
    const result = await turn.run();
    assert.equal(result.status, "interrupted");
    g.open();
  });

  it("aborting the turn's signal interrupts it", async () => {
    const g = gate();
    await using t = await startTestCodex({
      responder: () => ({ ...textReply(["..."]), gate: g.promise }),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const controller = new AbortController();
    const turn = await thread.startTurn("long task", {}, { signal: controller.signal });
    await t.model.waitForRequests(1);
    controller.abort();
    assert.equal((await turn.run()).status, "interrupted");
    g.open();
  });

  it("an abort that races the turn/start response still interrupts the turn", async () => {
    const g = gate();
    const controller = new AbortController();
    await using t = await startTestCodex({
      responder: () => ({ ...textReply(["..."]), gate: g.promise }),
      codex: {
        onProtocolMessage: (e) => {
          // Abort right after turn/start is written, before its response can arrive.
          if (e.direction === "out" && e.text.includes('"method":"turn/start"')) controller.abort();
        },
      },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("long task", {}, { signal: controller.signal });
    assert.equal((await turn.run()).status, "interrupted");
    g.open();
  });

  it("an abort before the turn starts rejects with AbortError and sends nothing", async () => {
    await using t = await startTestCodex();
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    await assert.rejects(
      thread.startTurn("never", {}, { signal: AbortSignal.abort("no") }),
      AbortError,
    );
    assert.equal(t.model.requests.length, 0);
    // The thread is still usable.
    assert.equal((await thread.run("now")).status, "completed");
  });

  it("steering a running turn sends the new input to the model", async () => {
    const g = gate();
    await using t = await startTestCodex({
      responder: (req) =>
        req.index === 0 ? { ...textReply(["working"]), gate: g.promise } : textReply(["steered"]),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("start here");
    await t.model.waitForRequests(1);
    const steer = await turn.steer("also do this");
    assert.equal(steer.turnId, turn.id);
    g.open();
    assert.equal((await turn.run()).status, "completed");
    const requests = await t.model.waitForRequests(2);
    assert.equal(requests[1].prompt, "also do this");
  });
});

describe("thread lifecycle", () => {
  it("round-trips resume, fork, list, read, setName, archive and unarchive", async () => {
    await using t = await startTestCodex({ responder: () => textReply(["noted"]) });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    await thread.run("remember this");
    await thread.setName("lifecycle test");
    const read = await thread.read({ includeTurns: true });
    assert.equal(read.thread.id, thread.id);
    assert.equal(read.thread.name, "lifecycle test");
    assert.equal(read.thread.turns?.length, 1);

    const listed = await t.codex.listThreads({});
    assert.ok(listed.data.some((x) => x.id === thread.id));

    const fork = await t.codex.forkThread(thread.id, { cwd: t.home.cwd });
    assert.notEqual(fork.id, thread.id);
    assert.equal((await fork.run("and then?")).status, "completed");

    await thread.archive();
    const archived = await t.codex.listThreads({ archived: true });
    assert.ok(archived.data.some((x) => x.id === thread.id));
    await thread.unarchive();
    const active = await t.codex.listThreads({});
    assert.ok(active.data.some((x) => x.id === thread.id));

    const resumed = await t.codex.resumeThread(thread.id, { cwd: t.home.cwd });
    assert.equal(resumed.id, thread.id);
    assert.equal((await resumed.run("continue")).status, "completed");

    // Compaction summarises the history with a model call of its own.
    const before = t.model.requests.length;
    await resumed.compact();
    await t.model.waitForRequests(before + 1);
  });
});

describe("failures", () => {
  it("a model that answers HTTP 500 fails the turn with TurnFailedError carrying the server's error", async () => {
    await using t = await startTestCodex({ responder: () => ({ status: 500 }) });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("this will fail");
    const error = await turn.run().then(() => undefined, (e) => e);
    assert.ok(error instanceof TurnFailedError, String(error));
    assert.equal(error.turn.status, "failed");
    assert.equal(error.turn.id, turn.id);
    assert.ok(error.turn.error?.message, "the server's error message is carried");
  });

  it("a killed app-server fails run() and pending calls within a second, and every later call", async () => {
    const g = gate();
    const t = await startTestCodex({
      responder: () => ({ ...textReply(["..."]), gate: g.promise }),
    });
    try {
      const thread = await t.codex.startThread({ cwd: t.home.cwd });
      const turn = await thread.startTurn("long task");
      await t.model.waitForRequests(1);
      const running = turn.run().then(() => undefined, (e) => e);
      assert.ok(t.codex.pid);
      const killedAt = Date.now();
      process.kill(t.codex.pid!, "SIGKILL");
      const error = await running;
      assert.ok(error instanceof TransportClosedError, String(error));
      assert.ok(Date.now() - killedAt < 1000, `took ${Date.now() - killedAt} ms`);
      assert.equal(error.signal, "SIGKILL");
      // Later calls fail at once with the same sticky error (a new failure would differ).
      await assert.rejects(t.codex.listThreads({}), (e) => e === error);
      await assert.rejects(thread.startTurn("again"), (e) => e === error);
    } finally {
      g.open();
      await t.close();
    }
  });
});

describe("structured output", () => {
  const Summary = v.strictObject({ title: v.string(), points: v.array(v.string()) });
  const SUMMARY_JSON_SCHEMA = {
    type: "object",
    properties: { title: { type: "string" }, points: { type: "array", items: { type: "string" } } },
    required: ["title", "points"],
    additionalProperties: false,
  };

  it("sends the valibot schema as JSON Schema and returns the typed answer", async () => {
    await using t = await startTestCodex({
      responder: () => textReply([JSON.stringify({ title: "T", points: ["a", "b"] })]),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const summary = await thread.runStructured("summarise", Summary);
    assert.deepEqual(summary, { title: "T", points: ["a", "b"] });
    // The schema is the model request's response format, as sent: no `$schema` header.
    assert.deepEqual(t.model.requests[0].body.text, {
      format: {
        type: "json_schema",
        strict: true,
        schema: SUMMARY_JSON_SCHEMA,
        name: "codex_output_schema",
      },
    });
  });

  it("rejects an answer that does not match with StructuredOutputError", async () => {
    await using t = await startTestCodex({
      responder: () => textReply([JSON.stringify({ title: 3 })]),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const error = await thread.runStructured("summarise", Summary).then(() => undefined, (e) => e);
    assert.ok(error instanceof StructuredOutputError, String(error));
    assert.equal(error.text, '{"title":3}');
    assert.match(error.message, /title/);
  });
});

describe("idle watchdog", () => {
  it("interrupts a turn that goes quiet and rejects run() with TurnIdleTimeoutError", async () => {
    const g = gate();
    await using t = await startTestCodex({
      responder: () => ({ ...textReply(["stalling"]), gate: g.promise }),
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("hang", {}, { idleTimeoutMs: 400 });
    const error = await turn.run().then(() => undefined, (e) => e);
    assert.ok(error instanceof TurnIdleTimeoutError, String(error));
    assert.equal(error.turn.status, "interrupted");
    assert.equal(error.idleTimeoutMs, 400);
    g.open();
  });

  it("does not count the time an approval waits for its answer", async () => {
    await using t = await startTestCodex({
      responder: (req) =>
        req.functionCallOutputs.length > 0 ? textReply(["done"]) : {
          steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: "touch x" } }],
        },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd, approvalPolicy: "untrusted" });
    const turn = await thread.startTurn("make x", {}, {
      // The server needs well over 400 ms after the answer on a loaded machine; the approval
      // still waits 2.5 times the idle timeout.
      idleTimeoutMs: 1000,
      serverRequests: {
        "item/commandExecution/requestApproval": async () => {
          await new Promise((r) => setTimeout(r, 2500)); // a person thinking
          return { decision: "decline" };
        },
      },
    });
    assert.equal((await turn.run()).status, "completed");
  });
});
