// Shared test helpers: the fake app-server process and small utilities.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { AppServerClient, type ClientOptions } from "../src/client.ts";
import type { ProtocolMessageEvent } from "../src/router/message_router.ts";
import { type Runtime, spawnTransport } from "../src/transport/spawn.ts";
import type { SpawnOptions } from "../src/transport/_process.ts";
import type { Transport } from "../src/transport/transport.ts";

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

export async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream as unknown as AsyncIterable<T>) out.push(item);
  return out;
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
