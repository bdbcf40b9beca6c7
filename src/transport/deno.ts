// Spawn adapter for Deno (Deno.Command). The Deno namespace is reached through globalThis
// with a minimal local type, so tsc and other runtimes can type-check this file.
import { processTransport, type SpawnOptions } from "./_process.ts";
import { spawnFailureReason, unstartedChild } from "./_spawn_failure.ts";
import type { Transport } from "./transport.ts";

interface DenoChild {
  stdin: WritableStream<Uint8Array>;
  stdout: ReadableStream<Uint8Array>;
  stderr: ReadableStream<Uint8Array>;
  status: Promise<{ code: number; signal: string | null }>;
  kill(signal: string): void;
  pid: number;
}
interface DenoLike {
  Command: new (command: string, options: {
    args: string[];
    cwd?: string;
    env?: Record<string, string>;
    clearEnv?: boolean;
    stdin: "piped";
    stdout: "piped";
    stderr: "piped";
  }) => { spawn(): DenoChild };
}

/**
 * Spawns a process with `Deno.Command` and speaks JSONL over its stdio.
 *
 * @example
 * ```ts
 * import { spawnDeno } from "codex-app-server/transports";
 * const transport = spawnDeno({ command: "codex", args: ["app-server", "--listen", "stdio://"] });
 * await transport.close();
 * ```
 */
export function spawnDeno(options: SpawnOptions): Transport {
  const Deno = (globalThis as unknown as { Deno: DenoLike }).Deno;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  let child: DenoChild;
  try {
    child = new Deno.Command(options.command, {
      args: options.args ?? [],
      cwd: options.cwd,
      env,
      clearEnv: options.inheritEnv === false,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    // Deno throws (NotFound, PermissionDenied); Node reports it as a closed transport.
    return processTransport(
      unstartedChild(spawnFailureReason(options.command, error, options.cwd)),
      options,
    );
  }
  const stdin = child.stdin.getWriter();
  let stdinClosed = false;
  let exitedFlag = false;
  const exited = child.status.then((s) => {
    exitedFlag = true;
    return { exitCode: s.signal ? null : s.code, signal: s.signal };
  });
  return processTransport({
    stdout: child.stdout,
    stderr: child.stderr,
    write: (bytes) => stdin.write(bytes),
    closeStdin: async () => {
      if (stdinClosed) return;
      stdinClosed = true;
      await stdin.close().catch(() => {});
    },
    kill: (signal) => {
      if (exitedFlag) return;
      try {
        child.kill(signal);
      } catch {
        // Already gone.
      }
    },
    exited,
    pid: child.pid,
  }, options);
}
