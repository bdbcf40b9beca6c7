// The raw baseline's process: spawned with the same runtime API the SDK's transport uses
// (Deno.Command, Bun.spawn, node:child_process + Readable.toWeb), so the baseline and the
// SDK read the same bytes through the same kind of pipe.
import { spawn } from "node:child_process";
import process from "node:process";
import { Readable } from "node:stream";
import { detectRuntime } from "../src/transport/spawn.ts";

/** A spawned child: its stdout bytes and a way to write lines to its stdin. */
export interface RawChild {
  stdout: ReadableStream<Uint8Array>;
  write(text: string): Promise<void>;
  close(): Promise<void>;
  pid: number | undefined;
}

interface DenoChild {
  stdin: WritableStream<Uint8Array>;
  stdout: ReadableStream<Uint8Array>;
  status: Promise<unknown>;
  pid: number;
}
interface DenoLike {
  Command: new (command: string, options: {
    args: string[];
    env?: Record<string, string>;
    stdin: "piped";
    stdout: "piped";
    stderr: "inherit";
  }) => { spawn(): DenoChild };
}
interface BunLike {
  spawn(cmd: string[], options: {
    env?: Record<string, string | undefined>;
    stdin: "pipe";
    stdout: "pipe";
    stderr: "inherit";
  }): {
    stdin: { write(b: Uint8Array): number; flush(): unknown; end(): unknown };
    stdout: ReadableStream<Uint8Array>;
    exited: Promise<number>;
    pid: number;
  };
  env: Record<string, string | undefined>;
}

const encoder = new TextEncoder();

/** Spawns `command args` with extra environment variables, stdin and stdout piped. */
export function spawnRaw(command: string, args: string[], env: Record<string, string>): RawChild {
  switch (detectRuntime()) {
    case "deno": {
      const Deno = (globalThis as unknown as { Deno: DenoLike }).Deno;
      const child = new Deno.Command(command, {
        args,
        env,
        stdin: "piped",
        stdout: "piped",
        stderr: "inherit",
      }).spawn();
      const writer = child.stdin.getWriter();
      return {
        stdout: child.stdout,
        write: (text) => writer.write(encoder.encode(text)),
        close: async () => {
          await writer.close().catch(() => {});
          await child.status;
        },
        pid: child.pid,
      };
    }
    case "bun": {
      const Bun = (globalThis as unknown as { Bun: BunLike }).Bun;
      const child = Bun.spawn([command, ...args], {
        env: { ...Bun.env, ...env },
        stdin: "pipe",
        stdout: "pipe",
        stderr: "inherit",
      });
      return {
        stdout: child.stdout,
        write: async (text) => {
          child.stdin.write(encoder.encode(text));
          await child.stdin.flush();
        },
        close: async () => {
          await child.stdin.end();
          await child.exited;
        },
        pid: child.pid,
      };
    }
    default: {
      const child = spawn(command, args, {
        env: { ...process.env, ...env },
        stdio: ["pipe", "pipe", "inherit"],
      });
      const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
      return {
        stdout: Readable.toWeb(child.stdout) as unknown as ReadableStream<Uint8Array>,
        write: (text) =>
          new Promise<void>((resolve, reject) =>
            child.stdin.write(text, (err) => (err ? reject(err) : resolve()))
          ),
        close: async () => {
          child.stdin.end();
          await exited;
        },
        pid: child.pid,
      };
    }
  }
}
