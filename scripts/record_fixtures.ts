/**
 * Records real `codex app-server` transcripts into tests/fixtures/*.jsonl.
 *
 * Run from the repository root:
 *
 *     node_modules/.bin/tsx scripts/record_fixtures.ts              # every scenario
 *     node_modules/.bin/tsx scripts/record_fixtures.ts errors steer # only these
 *
 * Uses $CODEX_PATH, else the pinned binary from the @openai/codex package. Each scenario
 * spawns a fresh app-server (`--config … app-server --listen stdio://`) in its own temporary
 * CODEX_HOME against the scripted model, drives it with raw JSON lines (deliberately not
 * the SDK: these files are what the SDK is tested against), and writes one line per message
 * in either direction: `{"dir":"out"|"in","msg":{…}}`, in the order the driver saw them.
 *
 * Machine-specific values are replaced so that re-recording gives small diffs: temp paths
 * become <CODEX_HOME>, <CWD> and <TMP>, the model's port <PORT>, each distinct UUID a stable
 * `00000000-0000-0000-0000-00000000000N` (consistent within a file, so ids still route),
 * timestamps fixed numbers, durations 0, process ids "<PID>", the host name "<HOST>".
 */

import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { configArgs } from "../src/config.ts";
import { createTestHome, type TestHome } from "../src/testing/harness.ts";
import type { ScriptedRequest, ScriptedResponse } from "../src/testing/scripted_model.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = join(ROOT, "tests", "fixtures");
const PINNED = join(
  ROOT,
  "node_modules/@openai/codex-linux-x64/vendor/x86_64-unknown-linux-musl/bin/codex",
);
const CODEX = process.env.CODEX_PATH ?? PINNED;
const WAIT_MS = 15_000;

type Json = Record<string, unknown>;
interface Line {
  dir: "out" | "in";
  msg: Json;
}

/** A raw JSON-lines conversation with one app-server process, recorded as it happens. */
class Session {
  readonly lines: Line[] = [];
  recording = true;
  #child: ChildProcessWithoutNullStreams;
  #nextId = 1;
  #pending = new Map<number, (msg: Json) => void>();
  #watchers = new Set<(msg: Json) => void>();
  #exited: Promise<void>;
  #stderr = "";
  /** Answers server requests; the default declines, as the SDK must. */
  onServerRequest: (msg: Json) => unknown = () => ({ decision: "decline" });

  constructor(readonly home: TestHome) {
    this.#child = spawn(CODEX, [...configArgs(home.config), "app-server", "--listen", "stdio://"], {
      cwd: home.cwd,
      env: { ...process.env, ...home.env },
    });
    this.#exited = new Promise((resolve) => this.#child.once("exit", () => resolve()));
    this.#child.stderr.on("data", (chunk) => (this.#stderr = (this.#stderr + chunk).slice(-4000)));
    createInterface({ input: this.#child.stdout }).on("line", (text) => this.#receive(text));
  }

  #receive(text: string): void {
    const msg = JSON.parse(text) as Json;
    if (this.recording) this.lines.push({ dir: "in", msg });
    if ("method" in msg && "id" in msg) {
      // Answer off the read path, like a real client must.
      queueMicrotask(() => this.write({ id: msg.id, result: this.onServerRequest(msg) }));
    } else if ("id" in msg) {
      this.#pending.get(msg.id as number)?.(msg);
      this.#pending.delete(msg.id as number);
    }
    for (const watcher of [...this.#watchers]) watcher(msg);
  }

  write(msg: Json): void {
    if (this.recording) this.lines.push({ dir: "out", msg });
    this.#child.stdin.write(JSON.stringify(msg) + "\n");
  }

  /** Sends a request; resolves with the whole response message (result or error). */
  request(method: string, params?: unknown): Promise<Json> {
    const id = this.#nextId++;
    const reply = new Promise<Json>((resolve) => this.#pending.set(id, resolve));
    this.write(params === undefined ? { id, method } : { id, method, params });
    return withTimeout(reply, `${method} response`, () => this.#stderr);
  }

  async result(method: string, params?: unknown): Promise<Json> {
    const reply = await this.request(method, params);
    if (reply.error) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
    return reply.result as Json;
  }

  async initialize(): Promise<void> {
    await this.result("initialize", {
      clientInfo: {
        name: "codex_app_server_fixtures",
        title: "fixture recorder",
        version: "0.1.0",
      },
      capabilities: { experimentalApi: false },
    });
    this.write({ method: "initialized" });
  }

  /** Resolves with the first incoming message, already seen or still to come, that matches. */
  waitFor(what: string, match: (msg: Json) => boolean): Promise<Json> {
    const seen = this.lines.find((line) => line.dir === "in" && match(line.msg));
    if (seen) return Promise.resolve(seen.msg);
    return withTimeout(
      new Promise<Json>((resolve) => {
        const watcher = (msg: Json): void => {
          if (!match(msg)) return;
          this.#watchers.delete(watcher);
          resolve(msg);
        };
        this.#watchers.add(watcher);
      }),
      what,
      () => this.#stderr,
    );
  }

  notification(method: string, match: (params: Json) => boolean = () => true): Promise<Json> {
    return this.waitFor(
      method,
      (msg) => msg.method === method && !("id" in msg) && match(msg.params as Json),
    );
  }

  turnCompleted(turnId: string): Promise<Json> {
    return this.notification("turn/completed", (p) => (p.turn as Json).id === turnId);
  }

  async startThread(params: Json = {}): Promise<string> {
    const result = await this.result("thread/start", { cwd: this.home.cwd, ...params });
    const threadId = (result.thread as Json).id as string;
    await this.notification("thread/started", (p) => (p.thread as Json).id === threadId);
    return threadId;
  }

  async startTurn(threadId: string, text: string, params: Json = {}): Promise<string> {
    const result = await this.result("turn/start", {
      threadId,
      input: [{ type: "text", text }],
      ...params,
    });
    return (result.turn as Json).id as string;
  }

  async runTurn(threadId: string, text: string): Promise<Json> {
    return await this.turnCompleted(await this.startTurn(threadId, text));
  }

  /** Lets trailing messages arrive (they are part of the transcript), then stops recording. */
  async settle(ms: number): Promise<void> {
    await sleep(ms);
    this.recording = false;
  }

  async close(): Promise<void> {
    this.recording = false;
    this.#child.stdin.end();
    const timer = setTimeout(() => this.#child.kill("SIGTERM"), 3000);
    await this.#exited;
    clearTimeout(timer);
  }
}

type Scenario = (s: Session, home: TestHome) => Promise<void>;

const text = (chunks: string[], extra: Partial<ScriptedResponse> = {}): ScriptedResponse => ({
  steps: [{ type: "text", text: chunks }],
  ...extra,
});
const touch = (req: ScriptedRequest): ScriptedResponse =>
  req.functionCallOutputs.length > 0 ? text(["Done."]) : {
    steps: [{
      type: "functionCall",
      name: "exec_command",
      arguments: { cmd: "touch approved.txt" },
    }],
  };

const scenarios: Record<string, Scenario> = {
  async initialize(s) {
    await s.initialize();
    await s.settle(500);
  },

  async thread_start(s) {
    await s.initialize();
    await s.startThread();
  },

  async text_turn(s, home) {
    home.model.enqueue(text(["Hello", ", ", "world", "!"], { delayMs: 5 }));
    await s.initialize();
    const threadId = await s.startThread();
    await s.runTurn(threadId, "Say hello");
  },

  async command_approval(s, home) {
    home.model.respond(touch);
    s.onServerRequest = () => ({ decision: "accept" });
    await s.initialize();
    const threadId = await s.startThread({
      approvalPolicy: "untrusted",
      sandbox: "workspace-write",
    });
    await s.runTurn(threadId, "Create approved.txt");
    assert(existsSync(join(home.cwd, "approved.txt")), "accepted command did not run");
    assert(home.model.requests[1]?.functionCallOutputs.length === 1, "no function_call_output");
  },

  async command_decline(s, home) {
    home.model.respond(touch);
    s.onServerRequest = () => ({ decision: "decline" });
    await s.initialize();
    const threadId = await s.startThread({
      approvalPolicy: "untrusted",
      sandbox: "workspace-write",
    });
    await s.runTurn(threadId, "Create approved.txt");
    assert(!existsSync(join(home.cwd, "approved.txt")), "declined command ran");
  },

  async thread_list(s, home) {
    home.model.enqueue(text(["First answer"]), text(["Second answer"]));
    await s.initialize();
    await s.runTurn(await s.startThread(), "First thread");
    await s.runTurn(await s.startThread(), "Second thread");
    await s.result("thread/list", {});
    const page = await s.result("thread/list", { limit: 1 });
    await s.result("thread/list", { limit: 1, cursor: page.nextCursor });
  },

  async thread_read(s, home) {
    home.model.enqueue(text(["Hello", " there"]));
    await s.initialize();
    const threadId = await s.startThread();
    await s.runTurn(threadId, "Greet me");
    await s.result("thread/read", { threadId, includeTurns: true });
  },

  async errors(s) {
    await s.request("thread/list", {}); // before initialize: "Not initialized"
    await s.initialize();
    await s.request("initialize", {
      clientInfo: { name: "again", title: null, version: "0" },
      capabilities: null,
    });
    // An unknown method is answered -32600 (not -32601), listing every known method.
    await s.request("bogus/method", {});
    await s.request("thread/start", { cwd: 42 }); // invalid params
    await s.request("turn/start", { threadId: "00000000-0000-4000-8000-000000000000" }); // missing input
    await s.request("thread/read", {
      threadId: "6f1d1f7e-8a0c-4d6e-9a51-3c1f0e2b7a44",
      includeTurns: true,
    });
    await s.request("thread/read", { threadId: "not-a-uuid", includeTurns: true });
    const threadId = await s.startThread();
    await s.request("turn/steer", {
      threadId,
      expectedTurnId: "6f1d1f7e-8a0c-4d6e-9a51-3c1f0e2b7a44",
      input: [{ type: "text", text: "too late" }],
    });
    await s.request("turn/interrupt", { threadId, turnId: "6f1d1f7e-8a0c-4d6e-9a51-3c1f0e2b7a44" });
    await s.settle(300);
  },

  async turn_failed(s, home) {
    home.model.enqueue({ status: 500 });
    await s.initialize();
    const threadId = await s.startThread();
    const completed = await s.runTurn(threadId, "This will fail");
    assert(
      (completed.params as Json & { turn: Json }).turn.status === "failed",
      "turn did not fail",
    );
  },

  async interrupt(s, home) {
    const gate = deferred();
    home.model.enqueue(text(["Working", " on", " it"], { gate: gate.promise }));
    try {
      await s.initialize();
      const threadId = await s.startThread();
      const turnId = await s.startTurn(threadId, "Take your time");
      await s.notification("item/agentMessage/delta", (p) => p.turnId === turnId);
      await s.result("turn/interrupt", { threadId, turnId });
      await s.turnCompleted(turnId);
    } finally {
      gate.resolve();
    }
  },

  async steer(s, home) {
    const gate = deferred();
    home.model.respond((req) =>
      req.index === 0 ? text(["Working", " on", " it"], { gate: gate.promise }) : text(["Steered."])
    );
    try {
      await s.initialize();
      const threadId = await s.startThread();
      const turnId = await s.startTurn(threadId, "Start something");
      await s.notification("item/agentMessage/delta", (p) => p.turnId === turnId);
      await s.result("turn/steer", {
        threadId,
        expectedTurnId: turnId,
        input: [{ type: "text", text: "Change of plan" }],
      });
      await s.turnCompleted(turnId);
    } finally {
      gate.resolve();
    }
  },

  async concurrent_turns(s, home) {
    // Two threads streaming at once; the delay interleaves their deltas on the wire.
    home.model.respond((req) =>
      text(
        req.prompt === "Count to three" ? ["one", " two", " three"] : ["alpha", " beta", " gamma"],
        { delayMs: 15 },
      )
    );
    await s.initialize();
    const [a, b] = [await s.startThread(), await s.startThread()];
    const [turnA, turnB] = await Promise.all([
      s.startTurn(a, "Count to three"),
      s.startTurn(b, "Say three Greek letters"),
    ]);
    await Promise.all([s.turnCompleted(turnA), s.turnCompleted(turnB)]);
  },
};

async function record(name: string, scenario: Scenario): Promise<void> {
  await using home = await createTestHome();
  const session = new Session(home);
  const started = performance.now();
  try {
    await scenario(session, home);
  } finally {
    await session.close();
  }
  const port = new URL(home.model.url).port;
  const normalize = normalizer(home, port);
  const body = session.lines.map((line) =>
    JSON.stringify({ dir: line.dir, msg: normalize(line.msg) })
  );
  await writeFile(join(OUT_DIR, `${name}.jsonl`), body.join("\n") + "\n");
  const other = home.model.otherRequests.map((r) => `${r.method} ${r.path}`);
  console.log(
    `${name}: ${session.lines.length} lines, ${home.model.requests.length} model requests` +
      `${other.length ? `, other HTTP: ${other.join(", ")}` : ""}, ${
        Math.round(performance.now() - started)
      } ms`,
  );
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const FIXED_SECONDS = 1_767_225_600; // 2026-01-01T00:00:00Z
// Thread list cursors embed ISO timestamps; the fraction keeps its length.
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?/g;
const ROLLOUT_DATE = /sessions\/\d{4}\/\d{2}\/\d{2}\/rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-/g;

function normalizer(home: TestHome, port: string): (msg: Json) => Json {
  const uuids = new Map<string, string>();
  const host = hostname();
  const root = dirname(home.codexHome);
  const text = (s: string): string =>
    s
      .replaceAll(home.codexHome, "<CODEX_HOME>")
      .replaceAll(home.cwd, "<CWD>")
      .replaceAll(root, "<TMP>")
      .replaceAll(`127.0.0.1:${port}`, "127.0.0.1:<PORT>")
      .replace(ROLLOUT_DATE, "sessions/2026/01/01/rollout-2026-01-01T00-00-00-")
      .replace(ISO_DATE_TIME, (_, fraction = "") =>
        `2026-01-01T00:00:00${fraction.replace(/\d/g, "0")}`)
      .replace(UUID, (uuid) => {
        const key = uuid.toLowerCase();
        if (!uuids.has(key)) {
          uuids.set(key, `00000000-0000-0000-0000-${String(uuids.size + 1).padStart(12, "0")}`);
        }
        return uuids.get(key)!;
      });
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") {
      if (key === "processId") return "<PID>";
      if (key === "serverName" && value === host) return "<HOST>";
      return text(value);
    }
    if (typeof value === "number") {
      if (/AtMs$/.test(key)) return FIXED_SECONDS * 1000;
      if (/At$/.test(key)) return FIXED_SECONDS;
      if (key === "durationMs") return 0;
      return value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === "object") {
      // Keys too: readStates, for one, is keyed by thread id.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), walk(v, k)]));
    }
    return value;
  };
  return (msg) => walk(msg, "") as Json;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, what: string, stderr: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${what}\n--- stderr tail ---\n${stderr()}`)),
      WAIT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in scenarios));
  if (unknown.length > 0) {
    throw new Error(
      `unknown scenario(s) ${unknown.join(", ")}; known: ${Object.keys(scenarios).join(", ")}`,
    );
  }
  await mkdir(OUT_DIR, { recursive: true });
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (wanted.length === 0 || wanted.includes(name)) await record(name, scenario);
  }
}

await main();
