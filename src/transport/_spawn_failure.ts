// What a spawn adapter reports when the runtime cannot start the process at all. Node
// reports it through the child's "error" event, Deno and Bun throw from the spawn call, each
// in its own words (`spawn /x ENOENT`, `NotFound: Failed to spawn '/x'`, `ENOENT … posix_spawn
// '/x'`). Every adapter turns it into the same thing: a transport that is already closed, its
// `reason` naming the command and the cause, so a caller sees one `TransportClosedError` on
// every runtime (and a `Codex.start()` one rejecting with it).
import { statSync } from "node:fs";
import type { ChildProcessLike } from "./_process.ts";

/** True when `path` names an existing file or folder; false when it does not or cannot be seen. */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why `command` could not be started, in one line naming it: the runtime's error code, and
 * for ENOENT which of the three things that are missing it is (the working directory, the
 * file, or the interpreter a script's `#!` line names: the kernel reports all three alike).
 */
export function spawnFailureReason(command: string, error: unknown, cwd?: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  let cause: string;
  if (code === "ENOENT") {
    if (cwd !== undefined && !exists(cwd)) {
      cause = `its working directory ${cwd} does not exist (ENOENT)`;
    } else if (!command.includes("/") && !command.includes("\\")) {
      cause = "no executable of that name on PATH, or its #! interpreter is missing (ENOENT)";
    } else if (exists(command)) {
      cause = "the file exists, but the interpreter its first line (#!) names is missing (ENOENT)";
    } else {
      cause = "no such file (ENOENT)";
    }
  } else if (code === "EACCES") {
    cause = "permission denied: not an executable file (EACCES)";
  } else {
    cause = typeof code === "string" ? `${code}: ${message}` : message;
  }
  return `could not start ${command}: ${cause}`;
}

/**
 * The stand-in for a process that never started: no output, writes refused, already exited
 * with `reason`.
 */
export function unstartedChild(reason: string): ChildProcessLike {
  const empty = (): ReadableStream<Uint8Array> =>
    new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  return {
    stdout: empty(),
    stderr: empty(),
    write: () => Promise.reject(new Error(reason)),
    closeStdin: () => Promise.resolve(),
    kill: () => {},
    pid: undefined,
    exited: Promise.resolve({ exitCode: null, signal: null, reason }),
  };
}
