// The end-to-end baseline: a minimal hand-written JSONL client for `codex app-server`, with
// nothing but node:child_process, a line split and JSON.parse. It makes the same calls the
// SDK makes in the benchmark: initialize, initialized, then per turn thread/start and, on
// its answer, turn/start; it is done when N turn/completed have arrived.
import { spawn } from "node:child_process";
import process from "node:process";

/** What both end-to-end clients are given. */
export interface E2eSpec {
  codexPath: string;
  /** The test home's config, for the SDK. */
  config: Record<string, unknown>;
  /** The same as `--config k=v` arguments (built by the orchestrator), for the others. */
  configArgs: string[];
  env: Record<string, string>;
  cwd: string;
  turns: number;
  prompt: string;
}

/** Milestones of one run, in ms from the spawn: when each first happened. */
export interface Phases {
  initialized?: number;
  firstThread?: number;
  firstTurnStarted?: number;
  firstTurnCompleted?: number;
}

/** Records the first time each milestone is reached. */
export function phaseClock(
  t0: number,
  phases: Phases = {},
): { phases: Phases; mark(name: keyof Phases): void } {
  return {
    phases,
    mark(name) {
      phases[name] ??= Math.round(performance.now() - t0);
    },
  };
}

/** Runs `spec.turns` turns at once; resolves with the wall time from spawn to the last. */
export function runHandwritten(spec: E2eSpec, phases?: Phases): Promise<number> {
  const t0 = performance.now();
  const clock = phaseClock(t0, phases);
  const child = spawn(spec.codexPath, [...spec.configArgs, "app-server", "--listen", "stdio://"], {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ["pipe", "pipe", "ignore"],
  });
  let nextId = 1;
  const send = (method: string, params?: unknown) => {
    const id = nextId++;
    child.stdin.write(`${JSON.stringify({ id, method, params })}\n`);
    return id;
  };
  const threadStarts = new Set<number>();
  let completed = 0;
  return new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (completed < spec.turns) reject(new Error(`codex exited (${code}) after ${completed}`));
    });
    const initId = send("initialize", {
      clientInfo: { name: "bench_handwritten", title: null, version: "0.0.0" },
      capabilities: { experimentalApi: false },
    });
    let rest = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const text = rest + chunk;
      let start = 0;
      let nl: number;
      while ((nl = text.indexOf("\n", start)) !== -1) {
        const line = text.slice(start, nl);
        start = nl + 1;
        if (!line) continue;
        const msg = JSON.parse(line);
        if (msg.id === initId) {
          clock.mark("initialized");
          child.stdin.write(`${JSON.stringify({ method: "initialized" })}\n`);
          for (let i = 0; i < spec.turns; i++) {
            threadStarts.add(send("thread/start", { cwd: spec.cwd }));
          }
        } else if (msg.method === undefined && threadStarts.has(msg.id)) {
          if (msg.error) reject(new Error(`thread/start failed: ${msg.error.message}`));
          clock.mark("firstThread");
          const threadId = msg.result.thread.id;
          send("turn/start", { threadId, input: [{ type: "text", text: spec.prompt }] });
        } else if (msg.method === undefined && msg.result?.turn) {
          clock.mark("firstTurnStarted");
        } else if (msg.method === undefined && msg.error) {
          reject(new Error(`request ${msg.id} failed: ${msg.error.message}`));
        } else if (msg.method === "turn/completed") {
          clock.mark("firstTurnCompleted");
          if (msg.params.turn.status !== "completed") {
            reject(
              new Error(`turn ${msg.params.turn.status}: ${JSON.stringify(msg.params.turn.error)}`),
            );
          }
          if (++completed === spec.turns) {
            const ms = performance.now() - t0;
            // Like the SDK's close(): end stdin and wait for the process to exit.
            child.once("exit", () => resolve(ms));
            child.stdin.end();
          }
        } else if (msg.method !== undefined && msg.id !== undefined) {
          // A server request (approval); the text-only benchmark expects none.
          child.stdin.write(
            `${JSON.stringify({ id: msg.id, error: { code: -32601, message: "no" } })}\n`,
          );
        }
      }
      rest = text.slice(start);
    });
  });
}
