// Spawn adapter for Bun (Bun.spawn). Bun is reached through globalThis with a minimal local
// type, so tsc and other runtimes can type-check this file.
import { processTransport, type SpawnOptions } from "./_process.ts";
import { spawnFailureReason, unstartedChild } from "./_spawn_failure.ts";
import type { Transport } from "./transport.ts";

interface BunSink {
  write(chunk: Uint8Array): number;
  flush(): number | Promise<number>;
  end(): number | Promise<number>;
}
interface BunSubprocess {
  stdin: BunSink;
  stdout: ReadableStream<Uint8Array>;
  stderr: ReadableStream<Uint8Array>;
  exited: Promise<number>;
  exitCode: number | null;
  signalCode: string | null;
  kill(signal?: string): void;
  pid: number;
}
interface BunLike {
  spawn(cmd: string[], options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    stdin: "pipe";
    stdout: "pipe";
    stderr: "pipe";
  }): BunSubprocess;
  env: Record<string, string | undefined>;
}

/**
 * Spawns a process with `Bun.spawn` and speaks JSONL over its stdio.
 *
 * @example
 * ```ts
 * import { spawnBun } from "codex-app-server/transports";
 * const transport = spawnBun({ command: "codex", args: ["app-server", "--listen", "stdio://"] });
 * await transport.close();
 * ```
 */
export function spawnBun(options: SpawnOptions): Transport {
  const Bun = (globalThis as unknown as { Bun: BunLike }).Bun;
  let proc: BunSubprocess;
  try {
    proc = Bun.spawn([options.command, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.inheritEnv === false ? { ...options.env } : { ...Bun.env, ...options.env },
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
    });
  } catch (error) {
    // Bun throws (ENOENT … posix_spawn); Node reports it as a closed transport.
    return processTransport(
      unstartedChild(spawnFailureReason(options.command, error, options.cwd)),
      options,
    );
  }
  let stdinClosed = false;
  let exitedFlag = false;
  const exited = proc.exited.then(() => {
    exitedFlag = true;
    return { exitCode: proc.signalCode ? null : proc.exitCode, signal: proc.signalCode };
  });
  return processTransport({
    stdout: proc.stdout,
    stderr: proc.stderr,
    write: async (bytes) => {
      if (stdinClosed || exitedFlag) throw new Error("stdin is closed");
      proc.stdin.write(bytes);
      // flush() hands the bytes to the pipe; awaiting it is Bun's form of backpressure.
      await proc.stdin.flush();
    },
    closeStdin: async () => {
      if (stdinClosed) return;
      stdinClosed = true;
      try {
        await proc.stdin.end();
      } catch {
        // Already closed by the child exiting.
      }
    },
    kill: (signal) => {
      if (!exitedFlag) proc.kill(signal);
    },
    exited,
    pid: proc.pid,
  }, options);
}
