// Spawn adapter for Node (also usable on Bun and Deno through their node: compatibility,
// though those runtimes get their native adapters by default).
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { processTransport, type SpawnOptions } from "./_process.ts";
import { spawnFailureReason } from "./_spawn_failure.ts";
import type { Transport } from "./transport.ts";

/**
 * Spawns a process with `node:child_process` and speaks JSONL over its stdio.
 *
 * @example
 * ```ts
 * import { spawnNode } from "codex-app-server/transports";
 * const transport = spawnNode({ command: "codex", args: ["app-server", "--listen", "stdio://"] });
 * await transport.close();
 * ```
 */
export function spawnNode(options: SpawnOptions): Transport {
  const child = spawn(options.command, options.args ?? [], {
    cwd: options.cwd,
    env: options.inheritEnv === false ? { ...options.env } : { ...process.env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const exited = new Promise<{ exitCode: number | null; signal: string | null; reason?: string }>(
    (resolve) => {
      // A failed spawn (ENOENT, EACCES) emits "error" and may never emit "exit".
      child.once("error", (err) =>
        resolve({
          exitCode: null,
          signal: null,
          reason: spawnFailureReason(options.command, err, options.cwd),
        }));
      // "exit", not "close": "close" waits for the child's stdio to close, which a process it
      // spawned can hold open long after the app-server died (Deno and Bun report the exit).
      child.once("exit", (code, signal) => resolve({ exitCode: code, signal }));
    },
  );
  // An EPIPE after the child died is reported by `closed`, not as an unhandled error.
  child.stdin.on("error", () => {});
  return processTransport({
    stdout: Readable.toWeb(child.stdout) as unknown as ReadableStream<Uint8Array>,
    stderr: Readable.toWeb(child.stderr) as unknown as ReadableStream<Uint8Array>,
    write: (bytes) =>
      new Promise<void>((resolve, reject) => {
        if (child.stdin.destroyed || child.stdin.writableEnded) {
          reject(new Error("stdin is closed"));
          return;
        }
        child.stdin.write(bytes, (err) => (err ? reject(err) : resolve()));
      }),
    closeStdin: () =>
      new Promise<void>((resolve) => {
        if (child.stdin.destroyed || child.stdin.writableEnded) resolve();
        else child.stdin.end(() => resolve());
      }),
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited,
    pid: child.pid,
    // The child and its three pipes are what keeps the event loop alive; Deno and Bun
    // honour unref() through their node: compatibility. Keeping alive refs the child only:
    // on Bun a pipe ref'd before it is read stays ref'd after unref(), and the running
    // child keeps the program alive by itself anyway.
    setKeepAlive: (keepAlive) => {
      if (keepAlive) {
        child.ref();
        return;
      }
      for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
        (handle as unknown as { unref?: () => void }).unref?.();
      }
    },
    // Aborting the pipe of Readable.toWeb's stream leaves an unhandled rejection behind on
    // Deno's node:stream; destroying the Node streams ends the web streams cleanly.
    releasePipes: () => {
      child.stdout.destroy();
      child.stderr.destroy();
    },
  }, options);
}
