// The `codex-app-server/codex-sdk` entry against `@openai/codex-sdk` 0.163.0: the same
// programs run through both, on the real binary and the scripted model, and what they see
// is compared — events in order, item and usage shapes, request bodies, errors — along
// with what only this entry does (a shared app-server, opt-in extras, exiting by itself).
import { describe, it, runtimeCommand } from "./_helpers.ts";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { Codex as OfficialCodex } from "@openai/codex-sdk";
import {
  Codex,
  type CodexConfigObject,
  type CodexOptions,
  type ThreadEvent,
  type Usage,
} from "../codex-sdk.ts";
import { entryExports } from "../scripts/api_surface.ts";
import { findCodex } from "../src/binary.ts";
import { findGitRoot } from "../src/transport/host.ts";
import { createTestHome, type TestHome } from "../src/testing/harness.ts";
import type { Responder, ScriptedRequest } from "../src/testing/scripted_model.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CODEX = findCodex();

/** The options both SDKs get for a test home (the official one needs the binary's path). */
function optionsFor(home: TestHome, extra: CodexOptions = {}): CodexOptions {
  return {
    config: home.config as CodexConfigObject,
    env: { ...process.env, ...home.env } as Record<string, string>,
    ...extra,
  };
}

/** A Codex of either SDK; the compat one is typed as the official one is. */
function official(home: TestHome, extra: CodexOptions = {}): Codex {
  const { serverRequests: _, ...options } = optionsFor(home, extra);
  return new OfficialCodex({ codexPathOverride: CODEX, ...options }) as unknown as Codex;
}

/**
 * Runs `body` with @openai/codex-sdk and with this entry, each on a fresh test home with
 * the same responder, and returns both outcomes.
 */
async function sideBySide<T>(
  responder: Responder,
  body: (codex: Codex, home: TestHome) => Promise<T>,
): Promise<{ official: T; ours: T; officialHome: TestHome; oursHome: TestHome }> {
  const officialHome = await createTestHome({ responder });
  const oursHome = await createTestHome({ responder });
  try {
    const a = await body(official(officialHome), officialHome);
    const ours = new Codex(optionsFor(oursHome));
    try {
      const b = await body(ours, oursHome);
      return { official: a, ours: b, officialHome, oursHome };
    } finally {
      await ours.close();
    }
  } finally {
    await officialHome.dispose();
    await oursHome.dispose();
  }
}

async function collect(events: AsyncIterable<ThreadEvent>): Promise<ThreadEvent[]> {
  const out: ThreadEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** Thread ids differ between runs; usage is compared on its own (see the usage test). */
function normalized(events: ThreadEvent[]): unknown[] {
  return events.map((event) =>
    event.type === "thread.started"
      ? { ...event, thread_id: "<thread>" }
      : event.type === "turn.completed"
      ? { ...event, usage: "<usage>" }
      : event
  );
}

function usage(input: number, output: number): Usage {
  return {
    input_tokens: input,
    cached_input_tokens: 0,
    cache_write_input_tokens: 0,
    output_tokens: output,
    reasoning_output_tokens: 0,
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  assert.fail("expected a rejection");
}

/** The last user message of a request, as the model received it. */
function userContent(req: ScriptedRequest): unknown {
  // deno-lint-ignore no-explicit-any -- the Responses request body is Codex's
  return req.input.filter((m: any) => m.type === "message" && m.role === "user").at(-1);
}

/**
 * Waits until no folder above `dir` looks like a git repository. Codex processes on this
 * machine (any test's) create an empty `/tmp/.git` for a moment while they sandbox a
 * command, which makes every temporary folder look like it is inside a repository.
 */
async function noGitAbove(dir: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (findGitRoot(dir) !== undefined) {
    if (Date.now() > deadline) assert.fail(`${dir} is inside a git repository`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the user typed in every turn of the thread so far, oldest first. */
function userTexts(req: ScriptedRequest): string[] {
  // deno-lint-ignore no-explicit-any -- the Responses request body is Codex's
  return req.input.flatMap((m: any) =>
    m.type === "message" && m.role === "user"
      ? m.content.flatMap((c: { text?: string }) =>
        c.text && !c.text.startsWith("<") ? [c.text] : []
      )
      : []
  );
}

// A 1x1 PNG.
const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  ),
  (c) => c.charCodeAt(0),
);

describe("codex-sdk entry: the names of @openai/codex-sdk", () => {
  it("exports every name @openai/codex-sdk 0.163.0 exports, values as values", async () => {
    const dts = await readFile(
      join(ROOT, "node_modules/@openai/codex-sdk/dist/index.d.ts"),
      "utf8",
    );
    const list = /export \{([^}]*)\};\s*$/.exec(dts)![1];
    const officialNames = list.split(",").map((s) => s.trim()).filter(Boolean).map((s) =>
      s.startsWith("type ") ? { name: s.slice(5).trim(), kind: "type" } : { name: s, kind: "value" }
    );
    assert.ok(officialNames.length >= 30, `read ${officialNames.length} names`);
    const ours = entryExports("./codex-sdk", await readFile(join(ROOT, "codex-sdk.ts"), "utf8"));
    const byName = new Map(ours.map((e) => [e.name, e.kind]));
    for (const { name, kind } of officialNames) {
      assert.ok(byName.has(name), `codex-sdk.ts exports ${name}`);
      if (kind === "value") assert.equal(byName.get(name), "value", `${name} is a value`);
    }
  });
});

describe("codex-sdk entry against @openai/codex-sdk, real binary and scripted model", () => {
  it("streams the same events in the same order, with the official item shapes", async () => {
    const responder: Responder = (req) =>
      req.index === 0
        ? {
          steps: [
            { type: "reasoning", text: "Thinking hard" },
            { type: "functionCall", name: "exec_command", arguments: { cmd: "echo hi" } },
          ],
          usage: { inputTokens: 5, outputTokens: 1 },
        }
        : req.index === 1
        ? {
          steps: [{ type: "text", text: ["Done", "."] }],
          usage: { inputTokens: 10, outputTokens: 3 },
        }
        : { steps: [{ type: "text", text: "again" }], usage: { inputTokens: 30, outputTokens: 2 } };
    const run = async (codex: Codex, home: TestHome) => {
      await writeFile(join(home.cwd, "dot.png"), PNG);
      const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      const idBefore = thread.id;
      const { events } = await thread.runStreamed([
        { type: "text", text: "first part" },
        { type: "local_image", path: join(home.cwd, "dot.png") },
        { type: "text", text: "second part" },
      ]);
      const first = await collect(events);
      const second = await thread.run("again");
      const request = JSON.parse(
        JSON.stringify(userContent(home.model.requests[0])).replaceAll(home.cwd, "<cwd>"),
      );
      return { idBefore, id: thread.id, first, second, request };
    };
    const { official, ours } = await sideBySide(responder, run);

    assert.equal(ours.idBefore, null);
    assert.deepEqual(normalized(ours.first), normalized(official.first));
    assert.deepEqual(
      ours.first.map((e) => e.type),
      [
        "thread.started",
        "item.completed", // the server's warning about the unknown mock model, as an error item
        "turn.started",
        "item.completed", // reasoning
        "item.started",
        "item.completed", // the command
        "item.completed", // the answer
        "turn.completed",
      ],
    );
    assert.deepEqual(ours.first[0], { type: "thread.started", thread_id: ours.id });
    assert.deepEqual(ours.first[4], {
      type: "item.started",
      item: {
        id: "item_2",
        type: "command_execution",
        command: "/bin/bash -c 'echo hi'",
        aggregated_output: "",
        exit_code: null,
        status: "in_progress",
      },
    });
    assert.deepEqual(ours.first[6], {
      type: "item.completed",
      item: { id: "item_3", type: "agent_message", text: "Done." },
    });

    // run(): the items of the turn, ids from item_0 again, the last agent message.
    assert.deepEqual(
      { ...ours.second, usage: null },
      { ...official.second, usage: null },
    );
    assert.equal(ours.second.finalResponse, "again");
    assert.deepEqual(ours.second.items.map((i) => i.type), ["error", "agent_message"]);

    // Input arrays: text parts joined with a blank line, the image sent as an image.
    assert.deepEqual(ours.request.content, official.request.content);
    const parts = ours.request.content as { type: string; text?: string }[];
    assert.ok(parts.some((p) => p.type === "input_image"), JSON.stringify(parts));
    assert.ok(parts.some((p) => p.text === "first part\n\nsecond part"), JSON.stringify(parts));

    // Usage: this entry reports the turn's own tokens; the official SDK the thread's total.
    const lastOf = (events: ThreadEvent[]) =>
      events.flatMap((e) => e.type === "turn.completed" ? [e.usage] : []).at(-1);
    assert.deepEqual(lastOf(ours.first), usage(15, 4));
    assert.deepEqual(lastOf(official.first), usage(15, 4));
    assert.deepEqual(ours.second.usage, usage(30, 2));
    assert.deepEqual(official.second.usage, usage(45, 6));
  });

  it("a failed turn: the same turn.failed event, and run() rejects with the same message", async () => {
    const responder: Responder = () => ({ fail: { code: "server_error", message: "boom" } });
    const { official, ours } = await sideBySide(responder, async (codex, home) => {
      const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      const { events } = await thread.runStreamed("fail please");
      // The official generator throws after turn.failed (its process exits with 1); the
      // events up to there are what both must agree on.
      const streamed: ThreadEvent[] = [];
      try {
        for await (const event of events) streamed.push(event);
      } catch {
        assert.equal(streamed.at(-1)?.type, "turn.failed");
      }
      const error = await rejection(thread.run("fail again"));
      return { streamed, message: error.message, isError: error instanceof Error };
    });
    assert.deepEqual(normalized(ours.streamed), normalized(official.streamed));
    const failed = ours.streamed.at(-1)!;
    assert.equal(failed.type, "turn.failed");
    assert.match(failed.type === "turn.failed" ? failed.error.message : "", /boom/);
    assert.equal(ours.message, official.message);
    assert.equal(ours.isError, true);
  });

  it("outputSchema reaches the model as the request's JSON schema, as with the official SDK", async () => {
    const schema = {
      type: "object",
      properties: { summary: { type: "string" } },
      required: ["summary"],
      additionalProperties: false,
    };
    const responder: Responder = () => ({
      steps: [{ type: "text", text: '{"summary":"ok"}' }],
    });
    const { official, ours } = await sideBySide(responder, async (codex, home) => {
      const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      const turn = await thread.run("summarise", { outputSchema: schema });
      const refused = await rejection(thread.run("again", { outputSchema: ["not", "an object"] }));
      return { turn, text: home.model.requests[0].body.text, refused: refused.message };
    });
    assert.deepEqual(ours.text.format, {
      type: "json_schema",
      strict: true,
      name: "codex_output_schema",
      schema,
    });
    assert.deepEqual(ours.text, official.text);
    assert.equal(ours.turn.finalResponse, '{"summary":"ok"}');
    assert.equal(ours.refused, official.refused);
  });

  it("refuses a working directory outside git unless skipGitRepoCheck, like the official SDK", async () => {
    const { official, ours, oursHome } = await sideBySide(
      () => ({ steps: [{ type: "text", text: "in a repo" }] }),
      async (codex, home) => {
        await noGitAbove(home.cwd);
        const error = await rejection(
          codex.startThread({ workingDirectory: home.cwd }).run("hello"),
        );
        const requests = home.model.requests.length;
        execFileSync("git", ["init", "-q", home.cwd]);
        const inRepo = await codex.startThread({ workingDirectory: home.cwd }).run("hello");
        return { message: error.message, requests, inRepo: inRepo.finalResponse };
      },
    );
    assert.match(official.message, /Not inside a trusted directory/);
    assert.match(ours.message, /Not inside a trusted directory/);
    assert.match(ours.message, /skipGitRepoCheck/);
    assert.equal(ours.requests, 0);
    assert.equal(ours.inRepo, "in a repo");
    assert.equal(official.inRepo, "in a repo");
    assert.ok(oursHome);
  });

  it("resumes a thread: by id on another instance, after a restart, and one the official SDK ran", async () => {
    const home = await createTestHome({
      responder: (req) => ({
        steps: [{
          type: "text",
          text: `prompts so far: ${userTexts(req).join(", ")}`,
        }],
      }),
    });
    try {
      const a = new Codex(optionsFor(home));
      const thread = a.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      await thread.run("remember pineapple");
      const id = thread.id!;
      assert.match(id, /^[0-9a-f-]{36}$/);

      // Another instance with equal options, while the first still holds the thread.
      const b = new Codex(optionsFor(home));
      const again = b.resumeThread(id, { skipGitRepoCheck: true });
      assert.equal(again.id, id);
      const answer = await again.run("remember mango");
      assert.equal(answer.finalResponse, "prompts so far: remember pineapple, remember mango");
      await a.close();
      await b.close();

      // A fresh app-server (every instance closed) resumes it from CODEX_HOME.
      const c = new Codex(optionsFor(home));
      const fresh = await c.resumeThread(id, { skipGitRepoCheck: true }).run("remember kiwi");
      assert.match(fresh.finalResponse, /pineapple, remember mango, remember kiwi$/);
      await c.close();

      // A thread the official SDK started and ran.
      const byOfficial = official(home).startThread({
        workingDirectory: home.cwd,
        skipGitRepoCheck: true,
      });
      await byOfficial.run("remember fig");
      const d = new Codex(optionsFor(home));
      const continued = await d.resumeThread(byOfficial.id!, { skipGitRepoCheck: true }).run(
        "remember lime",
      );
      assert.equal(continued.finalResponse, "prompts so far: remember fig, remember lime");
      await d.close();
    } finally {
      await home.dispose();
    }
  });
});

describe("codex-sdk entry: its own semantics (codex.ts, thread.ts, shared_server.ts)", () => {
  it("the constructor and startThread/resumeThread are synchronous and start nothing", async () => {
    const codex = new Codex({ codexPathOverride: "/nonexistent/codex" });
    const thread = codex.startThread({ skipGitRepoCheck: true });
    assert.equal(thread.id, null);
    assert.equal(codex.resumeThread("0199-abc").id, "0199-abc");
    // Only a run looks for the binary.
    const error = await rejection(thread.run("hello"));
    assert.match(error.message, /\/nonexistent\/codex/);
    assert.equal(thread.id, null);
    await codex.close();
  });

  it("one app-server, started on the first run, shared by every thread and by equal options", async () => {
    const home = await createTestHome({
      responder: (req) => ({ steps: [{ type: "text", text: `re: ${req.prompt}` }], delayMs: 5 }),
    });
    try {
      const codex = new Codex(optionsFor(home));
      const threads = [1, 2, 3].map(() =>
        codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true })
      );
      const results = await Promise.all(threads.map((t, i) => t.run(`task ${i}`)));
      assert.deepEqual(results.map((r) => r.finalResponse), [
        "re: task 0",
        "re: task 1",
        "re: task 2",
      ]);
      assert.equal(new Set(threads.map((t) => t.id)).size, 3);
      const server = await codex.appServer();
      assert.equal(typeof server.pid, "number");
      assert.equal(await codex.appServer(), server);
      const twin = new Codex(optionsFor(home));
      assert.equal(await twin.appServer(), server);
      const other = new Codex(optionsFor(home, { configOverrides: ["hide_agent_reasoning=true"] }));
      const otherServer = await other.appServer();
      assert.notEqual(otherServer, server);
      assert.notEqual(otherServer.pid, server.pid);
      await other.close();
      await twin.close();
      // The first instance still holds the shared server.
      assert.equal(
        (await codex.startThread({ skipGitRepoCheck: true, workingDirectory: home.cwd }).run(
          "more",
        )).finalResponse,
        "re: more",
      );
      await codex.close();
      assert.match(
        (await rejection(codex.startThread({ skipGitRepoCheck: true }).run("x"))).message,
        /closed/,
      );
    } finally {
      await home.dispose();
    }
  });

  it("a run after the app-server died starts a new one and continues the thread there", async () => {
    const home = await createTestHome({
      responder: (req) => ({
        steps: [{ type: "text", text: `prompts so far: ${userTexts(req).join(", ")}` }],
      }),
    });
    try {
      const codex = new Codex(optionsFor(home));
      const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      await thread.run("remember pineapple");
      const first = await codex.appServer();
      process.kill(first.pid!, "SIGKILL");
      while (first.client.closedError === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const after = await thread.run("remember mango");
      assert.equal(after.finalResponse, "prompts so far: remember pineapple, remember mango");
      const second = await codex.appServer();
      assert.notEqual(second.pid, first.pid);
      await codex.close();
    } finally {
      await home.dispose();
    }
  });

  it("maps config (dotted keys), configOverrides and baseUrl like the official SDK; env replaces the environment; the API key is on no command line and no disk", async () => {
    const home = await createTestHome({
      responder: () => ({ steps: [{ type: "text", text: "ok" }] }),
    });
    const dump = await mkdtemp(join(tmpdir(), "codex-sdk-argv-"));
    const wrapper = join(dump, "codex-wrapper.sh");
    await writeFile(
      wrapper,
      `#!/bin/sh\nprintf '%s\\n' "$@" > "$CODEX_SDK_DUMP/argv-$$"\nenv > "$CODEX_SDK_DUMP/env-$$"\nexec "$CODEX_SDK_REAL" "$@"\n`,
    );
    await chmod(wrapper, 0o755);
    const apiKey = "sk-test-NEVER-ON-DISK-0123456789";
    const { env_key: _, ...provider } = home.config["model_providers.mock"] as CodexConfigObject;
    process.env.CODEX_SDK_TEST_MARKER = "inherited";
    try {
      const options = {
        codexPathOverride: wrapper,
        baseUrl: "http://127.0.0.1:9/v1",
        apiKey,
        config: {
          ...home.config as CodexConfigObject,
          // The provider takes the signed-in key: the model then sees it as a bearer token.
          "model_providers.mock": { ...provider, requires_openai_auth: true },
          sandbox_workspace_write: { network_access: true, writable_roots: ["/tmp/a", "/tmp/b"] },
          shell_environment_policy: { inherit: "core" },
        },
        configOverrides: ["hide_agent_reasoning=true"],
        env: {
          ...home.env,
          PATH: process.env.PATH ?? "",
          CODEX_SDK_DUMP: dump,
          CODEX_SDK_REAL: CODEX,
        },
      };
      const readDumps = async (kind: string) => {
        const files = (await readdir(dump)).filter((f) => f.startsWith(kind));
        const texts = await Promise.all(files.map((f) => readFile(join(dump, f), "utf8")));
        for (const f of files) await rm(join(dump, f));
        return texts;
      };
      const configsOf = (argv: string) => {
        const lines = argv.split("\n");
        return lines.flatMap((l, i) => (lines[i - 1] === "--config" ? [l] : []));
      };

      const theirs = new OfficialCodex(options);
      await theirs.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true }).run("hi");
      const [officialArgv] = await readDumps("argv");
      await readDumps("env");

      const codex = new Codex(options);
      const result = await codex
        .startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true })
        .run("hi");
      assert.equal(result.finalResponse, "ok");
      const [ourArgv] = await readDumps("argv");
      const [ourEnv] = await readDumps("env");

      const officialConfigs = configsOf(officialArgv);
      const ourConfigs = configsOf(ourArgv);
      assert.ok(ourConfigs.includes("sandbox_workspace_write.network_access=true"), ourArgv);
      assert.ok(ourConfigs.includes('shell_environment_policy.inherit="core"'), ourArgv);
      assert.ok(ourConfigs.includes('model_providers.mock.name="mock"'), ourArgv);
      // The same overrides in the same order; ours first makes the key's store ephemeral.
      assert.deepEqual(ourConfigs, [
        'cli_auth_credentials_store="ephemeral"',
        ...officialConfigs.slice(0, ourConfigs.length - 1),
      ]);
      assert.equal(ourConfigs.at(-1), 'openai_base_url="http://127.0.0.1:9/v1"');
      assert.ok(!ourArgv.includes(apiKey), "the key is not on the command line");
      assert.ok(!ourEnv.includes(apiKey), "nor in the environment");
      assert.ok(!ourEnv.includes("CODEX_SDK_TEST_MARKER"), "env replaces the environment");
      assert.match(ourEnv, /CODEX_SDK_REAL=/);
      assert.deepEqual(
        home.model.requests.map((r) => r.headers.authorization),
        [`Bearer ${apiKey}`, `Bearer ${apiKey}`],
        "the key reached the model, through the official SDK and through this entry",
      );
      await codex.close();
      for (const file of await readdir(home.codexHome, { recursive: true })) {
        const text = await readFile(join(home.codexHome, file), "latin1").catch(() => "");
        assert.ok(!text.includes(apiKey), `${file} holds no API key`);
      }
    } finally {
      delete process.env.CODEX_SDK_TEST_MARKER;
      await rm(dump, { recursive: true, force: true });
      await home.dispose();
    }
  });

  it("maps the thread options onto the thread (sandbox, effort, cwd, approval default never)", async () => {
    const home = await createTestHome({
      responder: () => ({ steps: [{ type: "text", text: "ok" }] }),
    });
    try {
      const codex = new Codex(optionsFor(home));
      const thread = codex.startThread({
        workingDirectory: home.cwd,
        skipGitRepoCheck: true,
        sandboxMode: "workspace-write",
        modelReasoningEffort: "high",
        networkAccessEnabled: true,
        webSearchMode: "disabled",
        additionalDirectories: ["/tmp/codex-sdk-extra"],
      });
      await thread.run("hi");
      const appThread = await thread.appServerThread();
      assert.equal(appThread.id, thread.id);
      assert.equal(home.model.requests[0].body.reasoning?.effort, "high");
      // The thread's settings, as the app-server holds them.
      const settings = await (await codex.appServer()).request("thread/resume", {
        threadId: thread.id!,
      });
      assert.equal(settings.approvalPolicy, "never");
      assert.equal(settings.cwd, home.cwd);
      assert.equal(settings.reasoningEffort, "high");
      assert.deepEqual(
        {
          type: settings.sandbox.type,
          network: "networkAccess" in settings.sandbox && settings.sandbox.networkAccess,
        },
        { type: "workspaceWrite", network: true },
      );
      assert.deepEqual(
        "writableRoots" in settings.sandbox ? settings.sandbox.writableRoots : null,
        ["/tmp/codex-sdk-extra"],
      );
      const tools = (i: number) =>
        // deno-lint-ignore no-explicit-any -- the Responses request body is Codex's
        home.model.requests[i].body.tools.map((t: any) => t.type === "function" ? t.name : t.type);
      assert.ok(!tools(0).includes("web_search"), JSON.stringify(tools(0)));
      const asked = codex.startThread({
        workingDirectory: home.cwd,
        skipGitRepoCheck: true,
        approvalPolicy: "untrusted",
        model: "mock-model-2",
        webSearchEnabled: true,
      });
      await asked.run("hi");
      assert.equal(home.model.requests[1].body.model, "mock-model-2");
      assert.ok(tools(1).includes("web_search"), JSON.stringify(tools(1)));
      const askedSettings = await (await codex.appServer()).request("thread/resume", {
        threadId: asked.id!,
      });
      assert.equal(askedSettings.approvalPolicy, "untrusted");
      assert.equal(askedSettings.sandbox.type, "readOnly");
      await codex.close();
    } finally {
      await home.dispose();
    }
  });

  it("signal: aborting interrupts the turn and rejects with an AbortError; an aborted signal sends nothing", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const home = await createTestHome({
      responder: (req) =>
        req.index === 0
          ? { steps: [{ type: "text", text: ["never ", "finished"] }], gate }
          : { steps: [{ type: "text", text: "after" }] },
    });
    try {
      const codex = new Codex(optionsFor(home));
      const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
      const stop = new AbortController();
      const { events } = await thread.runStreamed("long task", { signal: stop.signal });
      const seen: string[] = [];
      const error = await rejection((async () => {
        for await (const event of events) {
          seen.push(event.type);
          if (event.type === "turn.started") {
            await home.model.waitForRequests(1);
            stop.abort(new Error("user pressed stop"));
          }
        }
      })());
      assert.equal(error.name, "AbortError");
      assert.ok(error instanceof Error);
      assert.deepEqual(seen, ["thread.started", "item.completed", "turn.started"]);
      release();
      // The turn was interrupted on the server: the thread's next run goes ahead.
      const next = await thread.run("go on");
      assert.equal(next.finalResponse, "after");
      const appThread = await thread.appServerThread();
      const { thread: info } = await appThread.read({ includeTurns: true });
      assert.deepEqual(info.turns?.map((t) => t.status), ["interrupted", "completed"]);

      const requests = home.model.requests.length;
      const already = AbortSignal.abort();
      const refused = await rejection(thread.run("not sent", { signal: already }));
      assert.equal(refused.name, "AbortError");
      assert.equal(home.model.requests.length, requests);
      await codex.close();
    } finally {
      release();
      await home.dispose();
    }
  });

  it("serverRequests answer approvals; runStreamed().turn() and appServerThread() lead to this SDK", async () => {
    const home = await createTestHome({
      responder: (req) =>
        req.functionCallOutputs.length === 0
          ? {
            steps: [{
              type: "functionCall",
              name: "exec_command",
              arguments: { cmd: "touch approved.txt" },
            }],
          }
          : { steps: [{ type: "text", text: ["Hel", "lo"] }] },
    });
    try {
      const asked: string[] = [];
      const codex = new Codex({
        ...optionsFor(home),
        serverRequests: {
          "item/commandExecution/requestApproval": (params) => {
            asked.push(params.command ?? "");
            return { decision: "accept" };
          },
        },
      });
      const thread = codex.startThread({
        workingDirectory: home.cwd,
        skipGitRepoCheck: true,
        approvalPolicy: "untrusted",
        // The approved command still runs in the sandbox: it must be allowed to write here.
        sandboxMode: "workspace-write",
      });
      const streamed = await thread.runStreamed("make a file");
      const turn = await streamed.turn(); // starts the run before the events are read
      let text = "";
      for await (const chunk of turn.text()) text += chunk;
      assert.equal(text, "Hello");
      const events = await collect(streamed.events);
      const command = events.find((e) =>
        e.type === "item.completed" && e.item.type === "command_execution"
      );
      assert.ok(command && command.type === "item.completed");
      assert.equal(
        command.item.type === "command_execution" && command.item.status,
        "completed",
        JSON.stringify(command.item),
      );
      assert.equal(asked.length, 1);
      assert.match(asked[0], /touch approved.txt/);
      assert.equal(events.at(-1)?.type, "turn.completed");
      assert.equal(turn.threadId, thread.id);
      assert.equal((await thread.appServerThread()).id, thread.id);
      await readFile(join(home.cwd, "approved.txt"));

      // Without a handler the same request is declined (fail-closed).
      const plain = new Codex(optionsFor(home, { configOverrides: ["hide_agent_reasoning=true"] }));
      const declined = await plain
        .startThread({
          workingDirectory: home.cwd,
          skipGitRepoCheck: true,
          approvalPolicy: "untrusted",
          sandboxMode: "workspace-write",
        })
        .run("make a file");
      const item = declined.items.find((i) => i.type === "command_execution");
      // Never run: no exit code, no output (a declined command is "failed" in exec's types).
      assert.deepEqual(
        item?.type === "command_execution" &&
          { status: item.status, exit: item.exit_code ?? null, output: item.aggregated_output },
        { status: "failed", exit: null, output: "" },
      );
      await plain.close();
      await codex.close();
    } finally {
      await home.dispose();
    }
  });

  it("examples/codex_sdk_dropin.ts prints the same through @openai/codex-sdk, its import changed", {
    timeout: 120_000,
  }, async () => {
    const source = await readFile(join(ROOT, "examples/codex_sdk_dropin.ts"), "utf8");
    const ours = 'import { Codex, type ThreadItem } from "../codex-sdk.ts";';
    assert.ok(source.includes(ours));
    const copy = join(ROOT, "examples", `_official_copy_${process.pid}.ts`);
    await writeFile(
      copy,
      source.replace(ours, ours.replace("../codex-sdk.ts", "@openai/codex-sdk")),
    );
    try {
      const [theirs, mine] = await Promise.all([
        runScript(copy),
        runScript(join(ROOT, "examples/codex_sdk_dropin.ts")),
      ]);
      assert.equal(mine.code, 0, mine.err);
      assert.equal(theirs.code, 0, theirs.err);
      assert.match(mine.out, /resumed: You asked/);
      assert.equal(mine.out, theirs.out);
    } finally {
      await rm(copy, { force: true });
    }
  });

  it(
    "a program that never closes anything exits by itself after its last run",
    { timeout: 90_000 },
    async () => {
      const home = await createTestHome({
        responder: (req) => ({ steps: [{ type: "text", text: `re ${req.prompt}` }] }),
      });
      try {
        const script = fileURLToPath(new URL("./_codex_sdk_exit.ts", import.meta.url));
        const { command, args } = runtimeCommand(script);
        const spec = JSON.stringify({ config: home.config, env: home.env, cwd: home.cwd });
        const child = spawn(command, [...args, spec], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Uint8Array) => (out += String(d)));
        child.stderr.on("data", (d: Uint8Array) => (err += String(d)));
        const code = await new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => {
            child.kill("SIGKILL");
            resolve(-1);
          }, 60_000);
          child.on("close", (c) => {
            clearTimeout(timer);
            resolve(c);
          });
        });
        assert.equal(code, 0, `exit code ${code}\n${out}\n${err}`);
        assert.match(out, /answers: re first \/ re second/);
        assert.doesNotMatch(out, /still alive/);
        // Its app-server ends with it (stdin closed).
        const pid = Number(/pid (\d+)/.exec(out)?.[1]);
        const deadline = Date.now() + 10_000;
        while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        assert.equal(alive(pid), false, `app-server ${pid} ended`);
      } finally {
        await home.dispose();
      }
    },
  );
});

/** Runs a script on this runtime against the scripted model; its exit code and output. */
function runScript(file: string): Promise<{ code: number | null; out: string; err: string }> {
  const { command, args } = runtimeCommand(file);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, CODEX_EXAMPLES_SCRIPTED: "1", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Uint8Array) => (out += String(d)));
  child.stderr.on("data", (d: Uint8Array) => (err += String(d)));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
