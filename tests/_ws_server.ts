// A real `codex app-server` listening on a WebSocket or Unix socket, for the tests that
// need more than one connection to one server (shared threads, reconnects).
import { type ChildProcess, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import process from "node:process";
import { WebSocket as WsWebSocket } from "ws";
import { findCodex } from "../src/binary.ts";
import { Codex, type CodexOptions } from "../src/api/codex.ts";
import { configArgs } from "../src/config.ts";
import {
  webSocket,
  type WebSocketClass,
  type WebSocketOptions,
} from "../src/transport/websocket.ts";
import { createTestHome, type ScriptedModel, type TestHome } from "../testing.ts";

// Node 20 has no global WebSocket without a flag, and the suite must show that an injected
// class works: Node always gets ws's. Deno and Bun use their own.
const g = globalThis as { Deno?: unknown; Bun?: unknown };
export const INJECTED: WebSocketClass | undefined = g.Deno === undefined && g.Bun === undefined
  ? WsWebSocket
  : undefined;

export interface Server {
  child: ChildProcess;
  home: TestHome;
  /** ws://127.0.0.1:PORT, or the unix socket path. */
  address: string;
  stop(): Promise<void>;
}

/** Spawns `codex app-server --listen <listen> ...extra(home)` and waits until it serves. */
export async function startServer(
  model: ScriptedModel,
  listen: string,
  extra: (home: TestHome) => Promise<string[]> = () => Promise.resolve([]),
): Promise<Server> {
  const home = await createTestHome({ model });
  const listenAt = listen.replace("HOME", home.codexHome);
  let extraArgs: string[];
  try {
    extraArgs = await extra(home);
  } catch (error) {
    await home.dispose();
    throw error;
  }
  const child = spawn(
    findCodex(),
    [...configArgs(home.config), "app-server", "--listen", listenAt, ...extraArgs],
    { cwd: home.cwd, env: { ...process.env, ...home.env }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
    child.stderr!.destroy();
    await home.dispose();
  };
  try {
    const address = await waitUntilServing(child, listenAt, () => stderr);
    return { child, home, address, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilServing(
  child: ChildProcess,
  listen: string,
  stderr: () => string,
): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`app-server exited early:\n${stderr()}`);
    }
    if (listen.startsWith("unix://")) {
      const path = listen.slice("unix://".length);
      if (await stat(path).then(() => true, () => false)) return path;
    } else {
      // Port 0 lets the server pick a free port; it prints the one it bound.
      const bound = /listening on: (ws:\/\/[\d.]+:\d+)/.exec(stderr())?.[1];
      if (bound) {
        const ready = await fetch(`${bound.replace("ws:", "http:")}/readyz`).then(
          async (r) => (await r.body?.cancel(), r.ok),
          () => false,
        );
        if (ready) return bound;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`app-server did not start listening on ${listen}:\n${stderr()}`);
}

/** A Codex client over a WebSocket to `url`. */
export async function connect(
  url: string,
  options: WebSocketOptions = {},
  codexOptions: CodexOptions = {},
): Promise<Codex> {
  return await Codex.start({
    ...codexOptions,
    transport: await webSocket(url, { WebSocket: INJECTED, ...options }),
  });
}
