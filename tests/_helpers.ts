// Shared test helpers: the test functions every file uses, the fake app-server process and
// small utilities.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import * as nodeTest from "node:test";
import { AppServerClient, type ClientOptions } from "../src/client/client.ts";
import type { ProtocolMessageEvent } from "../src/router/types.ts";
import { type Runtime, spawnTransport } from "../src/transport/spawn.ts";
import type { SpawnOptions } from "../src/transport/_process.ts";
import type { Transport } from "../src/transport/transport.ts";
import { memoryTransportPair } from "../src/transport/memory.ts";

// Under `npm run coverage`, only the test files' own processes are measured: a child (a fake
// server, an example) that a test kills while it writes its coverage file would spoil the
// whole report.
delete process.env.NODE_V8_COVERAGE;

/**
 * How long one test may run before it fails as timed out (default 60 s; the environment
 * variable TEST_TIMEOUT_MS overrides it). Node, Deno and Bun all honour the `timeout`
 * option of `node:test`'s `it`, but Deno has no command-line default (and Node's applies to
 * whole files too), so every test file takes `describe` / `it` / `test` from here: a test
 * that hangs then fails with "test timed out after 60000ms" instead of holding the run.
 */
export const TEST_TIMEOUT_MS: number = Number(process.env.TEST_TIMEOUT_MS) || 60_000;

type TestBody = () => void | Promise<void>;
/** The options of one test; `timeout` defaults to {@link TEST_TIMEOUT_MS}. */
export interface TestOptions {
  timeout?: number;
}

/** `node:test`'s `it`, with a timeout on every runtime. */
export function it(name: string, body: TestBody): void;
export function it(name: string, options: TestOptions, body: TestBody): void;
export function it(name: string, a: TestOptions | TestBody, b?: TestBody): void {
  const options = typeof a === "function" ? {} : a;
  const body = typeof a === "function" ? a : b!;
  void nodeTest.it(name, { timeout: TEST_TIMEOUT_MS, ...options }, body);
}
/** The same as {@link it}. */
export const test: typeof it = it;
/** `node:test`'s `describe`, re-exported so test files import one module only. */
export const describe: typeof nodeTest.describe = nodeTest.describe;
// Deno's node:test ignores a hook's `timeout` option: hooks race a timer of their own.
function timed(body: TestBody, what: string): () => Promise<void> {
  return async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        body(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${what} hook timed out after ${TEST_TIMEOUT_MS}ms`)),
            TEST_TIMEOUT_MS,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
}
/** `node:test`'s `before`, with the same timeout as a test. */
export function before(body: TestBody): void {
  nodeTest.before(timed(body, "before"));
}
/** `node:test`'s `after`, with the same timeout as a test. */
export function after(body: TestBody): void {
  nodeTest.after(timed(body, "after"));
}

export const FAKE_SERVER: string = fileURLToPath(new URL("./fake_app_server.mjs", import.meta.url));

export type FakeScript = Record<string, Array<Record<string, unknown>>>;

/** Spawn options, and which runtime's spawn adapter to use (default: this runtime's). */
export type FakeSpawnOptions = Partial<SpawnOptions> & { runtime?: Runtime };

export function spawnFake(
  script: FakeScript = {},
  options: FakeSpawnOptions = {},
): Transport {
  return spawnTransport({
    command: "node",
    args: [FAKE_SERVER],
    ...options,
    env: { FAKE_SCRIPT: JSON.stringify(script), ...options.env },
  });
}

export interface FakeClient {
  client: AppServerClient;
  /** Everything reported through onProtocolMessage with an error. */
  problems: ProtocolMessageEvent[];
  /** Every raw message text the client wrote. */
  sent: string[];
  emit(lines: unknown[], options?: { chunkSize?: number; delayMs?: number }): Promise<void>;
  close(): Promise<void>;
}

export async function connectFake(
  script: FakeScript = {},
  options: ClientOptions = {},
  spawnOptions: FakeSpawnOptions = {},
): Promise<FakeClient> {
  const problems: ProtocolMessageEvent[] = [];
  const sent: string[] = [];
  const client = await AppServerClient.connect(spawnFake(script, spawnOptions), {
    ...options,
    onProtocolMessage: (event) => {
      if (event.error) problems.push(event);
      if (event.direction === "out") sent.push(event.text);
      options.onProtocolMessage?.(event);
    },
  });
  return {
    client,
    problems,
    sent,
    emit: (lines, opts = {}) => client.notify("fake/emit", { lines, ...opts }),
    close: () => client.close(),
  };
}

/** Has the fake start a process that holds its stdout and stderr for `ms`; its pid. */
export async function fakeGrandchild(client: AppServerClient, ms: number): Promise<number> {
  const notes = client.notifications().getReader();
  try {
    await client.notify("fake/grandchild", { ms });
    while (true) {
      const { value, done } = await notes.read();
      if (done) throw new Error("the connection ended before the grandchild started");
      if ((value.method as string) === "fake/grandchild") {
        return (value.params as unknown as { pid: number }).pid;
      }
    }
  } finally {
    await notes.cancel();
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function until(
  check: () => boolean,
  timeoutMs = 5000,
  what = "condition",
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(5);
  }
}

/**
 * `promise`, or a rejection when it has not settled within `ms`: makes "must not hang" a
 * failure in seconds instead of at the test's timeout.
 */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} still pending after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream as unknown as AsyncIterable<T>) out.push(item);
  return out;
}

/** Joins a text stream (`turn.text()`) into one string. */
export async function textOf(stream: ReadableStream<string>): Promise<string> {
  return (await collect(stream)).join("");
}

// Builders for protocol messages the fake server sends.
export const turnStarted = (threadId: string, turnId: string) => ({
  method: "turn/started",
  params: { threadId, turn: { id: turnId, items: [], status: "inProgress", error: null } },
});
export const delta = (threadId: string, turnId: string, text: string, itemId = "item-1") => ({
  method: "item/agentMessage/delta",
  params: { threadId, turnId, itemId, delta: text },
});
export const turnCompleted = (threadId: string, turnId: string, status = "completed") => ({
  method: "turn/completed",
  params: { threadId, turn: { id: turnId, items: [], status, error: null } },
});

// A tiny in-process app-server over the memory transport, for the high-level API.
/** A message as the in-memory server sees it; tests poke at any field. */
export type Msg = {
  id?: number | string;
  method?: string;
  // deno-lint-ignore no-explicit-any
  params?: any;
  // deno-lint-ignore no-explicit-any
  result?: any;
  // deno-lint-ignore no-explicit-any
  error?: any;
};

/** A tiny in-process app-server: answers from `handlers`, records what the client says. */
export function inMemoryServer(
  // deno-lint-ignore no-explicit-any
  handlers: Record<string, (params: any, send: (m: unknown) => void) => unknown>,
): { transport: Transport; received: Msg[]; send: (m: unknown) => Promise<void> } {
  const [client, server] = memoryTransportPair();
  const writer = server.writable.getWriter();
  const received: Msg[] = [];
  const send = (m: unknown) => writer.write(JSON.stringify(m));
  void (async () => {
    for await (const text of server.readable as unknown as AsyncIterable<string>) {
      const msg = JSON.parse(text) as Msg;
      received.push(msg);
      if (msg.method === undefined || msg.id === undefined) continue;
      const handler = handlers[msg.method];
      if (msg.method === "initialize") {
        await send({
          id: msg.id,
          result: {
            userAgent: "memory/1",
            codexHome: "/nowhere",
            platformFamily: "unix",
            platformOs: "linux",
          },
        });
      } else if (handler) {
        // A handler that throws answers with a JSON-RPC error: its `code` (default -32603)
        // and message.
        let answer: Msg;
        try {
          answer = { id: msg.id, result: await handler(msg.params, send) };
        } catch (error) {
          const { code = -32603, message = String(error) } = error as {
            code?: number;
            message?: string;
          };
          answer = { id: msg.id, error: { code, message } };
        }
        await send(answer);
      } else {
        await send({ id: msg.id, error: { code: -32600, message: `no ${msg.method}` } });
      }
    }
  })();
  return { transport: client, received, send };
}

export const threadInfo = (id: string) => ({
  id,
  preview: "",
  ephemeral: false,
  modelProvider: "mock",
  createdAt: 0,
  updatedAt: 0,
  status: { type: "idle" },
  path: null,
  cwd: "/w",
  cliVersion: "0",
  source: "appServer",
  gitInfo: null,
  turns: [],
});
export const threadStartResult = (id: string) => ({
  thread: threadInfo(id),
  model: "m",
  modelProvider: "mock",
  cwd: "/w",
  approvalPolicy: "never",
  approvalsReviewer: "user",
  sandbox: { type: "dangerFullAccess" },
});

/** How to run a TypeScript file on the runtime this test runs on. */
export function runtimeCommand(file: string): { command: string; args: string[] } {
  const g = globalThis as { Deno?: { execPath(): string }; Bun?: unknown };
  if (g.Deno) return { command: g.Deno.execPath(), args: ["run", "-A", file] };
  if (g.Bun) return { command: process.execPath, args: [file] };
  return {
    command: fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url)),
    args: [file],
  };
}

/**
 * The version the codex binary at `path` reports (`codex --version` → "codex-cli 0.171.0"),
 * so that tests of the real binary hold for whichever version $CODEX_PATH points at.
 */
export function codexBinaryVersion(path: string): string {
  const output = execFileSync(path, ["--version"], { encoding: "utf8" }).trim();
  const match = /(\d+\.\d+\.\d+(?:-[\w.-]+)?)$/.exec(output);
  if (!match) throw new Error(`cannot read a version from \`${path} --version\`: ${output}`);
  return match[1];
}
