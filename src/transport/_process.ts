// The part of a stdio transport that does not depend on the runtime: framing, the stderr
// tail, the ordered write queue and the close sequence. Each runtime adapter only supplies
// a ChildProcessLike.
import type { TransportCloseInfo } from "../errors.ts";
import { JsonLineBatchStream } from "../wire/json_line_stream.ts";
import type { ProtocolError } from "../errors.ts";
import type { Transport } from "./transport.ts";
import { settlesWithin } from "../_timing.ts";

/** What a runtime adapter provides about one spawned child. */
export interface ChildProcessLike {
  stdout: ReadableStream<Uint8Array>;
  stderr: ReadableStream<Uint8Array>;
  /** Writes bytes to stdin; resolves when the runtime accepted them (backpressure). */
  write(bytes: Uint8Array): Promise<void>;
  /** Closes stdin; must not throw when it is already closed. */
  closeStdin(): Promise<void>;
  /** Sends a signal; must not throw when the process is gone. */
  kill(signal: "SIGTERM" | "SIGKILL"): void;
  /** The process id. */
  pid: number | undefined;
  /** Settles when the process has exited. */
  exited: Promise<{ exitCode: number | null; signal: string | null; reason?: string }>;
}

/** Options shared by every spawn adapter. */
export interface SpawnOptions {
  /** The executable. */
  command: string;
  /** Its arguments. */
  args?: string[];
  /** Extra environment variables, merged over the parent's environment. */
  env?: Record<string, string | undefined>;
  /** Working directory of the child. */
  cwd?: string;
  /** Called with every line the child writes to stderr. */
  onStderr?: (line: string) => void;
  /** Called for incoming lines over the size cap (they are skipped). */
  onProtocolError?: (error: ProtocolError) => void;
  /** Cap on one incoming line, in characters (default 64 MiB). */
  maxLineLength?: number;
  /** How many stderr lines to keep for error reports (default 400). */
  stderrTailLines?: number;
  /** How long close() waits after closing stdin before SIGTERM, and again before SIGKILL. */
  closeGraceMs?: number;
}

/** Keeps the last N lines of a text stream. */
export class LineTail {
  readonly #max: number;
  #lines: string[] = [];
  #partial = "";
  constructor(max: number) {
    this.#max = max;
  }
  push(text: string, onLine?: (line: string) => void): void {
    const pieces = (this.#partial + text).split("\n");
    this.#partial = pieces.pop() ?? "";
    for (const raw of pieces) {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      this.#lines.push(line);
      onLine?.(line);
    }
    if (this.#lines.length > this.#max * 2) this.#lines = this.#lines.slice(-this.#max);
    // A runaway line without newlines must not grow without bound either.
    if (this.#partial.length > 64 * 1024) this.#partial = this.#partial.slice(-64 * 1024);
  }
  finish(onLine?: (line: string) => void): void {
    if (this.#partial) this.push("\n", onLine);
  }
  toString(): string {
    return this.#lines.slice(-this.#max).join("\n");
  }
}

/** Builds a {@link Transport} over a spawned child's stdio. */
export function processTransport(child: ChildProcessLike, options: SpawnOptions): Transport {
  const tail = new LineTail(options.stderrTailLines ?? 400);
  const encoder = new TextEncoder();
  const grace = options.closeGraceMs ?? 2000;

  const stderrDone = (async () => {
    try {
      const reader = decodeText(child.stderr).getReader();
      while (true) {
        const { value, done } = await reader.read();
        if (done) break;
        tail.push(value, options.onStderr);
      }
    } catch {
      // stderr is advisory; a broken pipe here must not mask the real exit.
    }
    tail.finish(options.onStderr);
  })();

  const closed: Promise<TransportCloseInfo> = child.exited.then(async (status) => {
    // Give the stderr reader a moment to collect the last words of a crashing process.
    await settlesWithin(stderrDone, 200);
    return {
      exitCode: status.exitCode,
      signal: status.signal,
      stderrTail: tail.toString(),
      ...(status.reason ? { reason: status.reason } : {}),
    };
  });

  const readableBatches = decodeText(child.stdout)
    .pipeThrough(
      new JsonLineBatchStream({
        maxLineLength: options.maxLineLength,
        onError: options.onProtocolError,
      }),
    );
  // One message per chunk, for readers that want it; made only when asked for, since it
  // reads readableBatches (a reader takes one or the other).
  let readable: ReadableStream<string> | undefined;

  const writable = new WritableStream<string>({
    async write(text) {
      await child.write(encoder.encode(`${text}\n`));
    },
    async close() {
      await child.closeStdin();
    },
    async abort() {
      await child.closeStdin();
    },
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await child.closeStdin().catch(() => {});
      if (await exitsWithin(closed, grace)) return;
      child.kill("SIGTERM");
      if (await exitsWithin(closed, grace)) return;
      child.kill("SIGKILL");
      await closed;
    })();
    return closing;
  };

  return {
    get readable(): ReadableStream<string> {
      readable ??= readableBatches.pipeThrough(
        new TransformStream<string[], string>({
          transform(lines, controller) {
            for (const line of lines) controller.enqueue(line);
          },
        }),
      );
      return readable;
    },
    readableBatches,
    writable,
    closed,
    close,
    pid: child.pid,
  };
}

/** Bytes to text; multi-byte characters split across chunks are joined correctly. */
export function decodeText(bytes: ReadableStream<Uint8Array>): ReadableStream<string> {
  // The DOM typings declare TextDecoderStream's input as BufferSource, which TypeScript
  // will not match against Uint8Array streams; the runtime accepts them all.
  return bytes.pipeThrough(
    new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>,
  );
}

async function exitsWithin(closed: Promise<unknown>, ms: number): Promise<boolean> {
  return (await settlesWithin(closed.then(() => true), ms)) ?? false;
}
