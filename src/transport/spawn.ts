import type { SpawnOptions } from "./_process.ts";
import { spawnBun } from "./bun.ts";
import { spawnDeno } from "./deno.ts";
import { spawnNode } from "./node.ts";
import type { Transport } from "./transport.ts";

export type { SpawnOptions } from "./_process.ts";

/** Which runtime this code runs on. */
export type Runtime = "deno" | "bun" | "node";

/**
 * Detects the runtime at hand (Bun and Deno also define `process`, so they are checked first).
 *
 * @example
 * ```ts
 * import { detectRuntime } from "codex-app-server/transports";
 * console.log(detectRuntime()); // e.g. "node" (or "deno", "bun")
 * ```
 */
export function detectRuntime(): Runtime {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  if (g.Bun !== undefined) return "bun";
  if (g.Deno !== undefined) return "deno";
  return "node";
}

/**
 * Spawns a process with the runtime's own API (Deno.Command, Bun.spawn or
 * node:child_process) and returns a JSONL {@link Transport} over its stdio.
 *
 * A command that cannot be started does not throw, on any runtime: the transport is closed
 * at once, and `closed` resolves with `exitCode` and `signal` null and a `reason` naming the
 * command and the cause (`could not start /opt/codex: the file exists, but the interpreter
 * its first line (#!) names is missing (ENOENT)`), so a client on it fails with a
 * `TransportClosedError` saying so.
 *
 * @example
 * ```ts
 * import { spawnTransport } from "codex-app-server/transports";
 * const transport = spawnTransport({ command: "codex", args: ["app-server", "--listen", "stdio://"] });
 * await transport.close();
 * ```
 */
export function spawnTransport(options: SpawnOptions & { runtime?: Runtime }): Transport {
  switch (options.runtime ?? detectRuntime()) {
    case "deno":
      return spawnDeno(options);
    case "bun":
      return spawnBun(options);
    default:
      return spawnNode(options);
  }
}
