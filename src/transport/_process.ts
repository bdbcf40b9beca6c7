// The part of a stdio transport that does not depend on the runtime: framing, the stderr
// tail, the ordered write queue and the close sequence. Each runtime adapter only supplies
// a ChildProcessLike.
import type { TransportCloseInfo } from "../errors.ts";
import { JsonLineBatchStream, LineSplitter } from "../wire/json_line_stream.ts";
import type { ProtocolError } from "../errors.ts";
import type { Transport } from "./transport.ts";
import { settlesWithin } from "../_timing.ts";
import { callSafely } from "../_guard.ts";

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
  /**
   * Optional: stops reading stdout and stderr in the runtime's own way. Without it, the
   * pipes are let go by aborting the web streams' pipe.
   */
  releasePipes?(): void;
  /** Optional: whether the child and its pipes keep this program running (see Transport). */
  setKeepAlive?(keepAlive: boolean): void;
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
  /**
   * Whether the child inherits this program's environment (default true). With `false`
   * it gets `env` alone.
   */
  inheritEnv?: boolean;
  /** Working directory of the child. */
  cwd?: string;
  /**
   * Called with every non-blank line the child writes to stderr (a line over 64 KiB
   * comes as a note that it was skipped).
   */
  onStderr?: (line: string) => void;
  /** Called for incoming lines over the size cap (they are skipped). */
  onProtocolError?: (error: ProtocolError) => void;
  /** Cap on one incoming line, in characters (default 64 MiB). */
  maxLineLength?: number;
  /** How many stderr lines to keep for error reports (default 400). */
  stderrTailLines?: number;
  /** How many characters of stderr to keep for error reports, at most (default 64 KiB). */
  stderrTailChars?: number;
  /** How long close() waits after closing stdin before SIGTERM, and again before SIGKILL. */
  closeGraceMs?: number;
}

/** The longest stderr line kept; a longer one is replaced by a note that it was skipped. */
const MAX_STDERR_LINE = 64 * 1024;

/**
 * Keeps the last lines of the child's stderr, split as stdout is: at most `maxLines` lines
 * and `maxChars` characters, so a flood of long lines before a crash cannot make the tail
 * (and the error that carries it) huge.
 */
class StderrTail {
  readonly #maxLines: number;
  readonly #maxChars: number;
  readonly #onLine: ((line: string) => void) | undefined;
  readonly #splitter: LineSplitter;
  #lines: string[] = [];
  /** Index of the oldest line kept; the ones before it are dropped at the next compaction. */
  #head = 0;
  /** Characters of the kept lines, one newline each included. */
  #chars = 0;
  readonly #add = (line: string): void => {
    this.#lines.push(line);
    this.#chars += line.length + 1;
    while (
      this.#lines.length - this.#head > this.#maxLines ||
      (this.#chars > this.#maxChars && this.#lines.length - this.#head > 1)
    ) {
      this.#chars -= this.#lines[this.#head++].length + 1;
    }
    if (this.#head >= Math.max(this.#maxLines, 64)) {
      this.#lines = this.#lines.slice(this.#head);
      this.#head = 0;
    }
    // A throwing callback must not stop the draining: an undrained pipe blocks the child.
    callSafely(this.#onLine, line);
  };

  constructor(maxLines: number, maxChars: number, onLine?: (line: string) => void) {
    this.#maxLines = maxLines;
    this.#maxChars = maxChars;
    this.#onLine = onLine;
    // A runaway line without newlines must not grow without bound.
    this.#splitter = new LineSplitter({
      maxLineLength: MAX_STDERR_LINE,
      onError: () => this.#add(`[a stderr line of more than ${MAX_STDERR_LINE} characters]`),
    });
  }

  push(text: string): void {
    this.#splitter.push(text, this.#add);
  }

  finish(): void {
    this.#splitter.flush(this.#add);
  }

  toString(): string {
    const text = this.#lines.slice(this.#head).join("\n");
    // Only a single line longer than the whole budget can still exceed it.
    return text.length > this.#maxChars ? text.slice(-this.#maxChars) : text;
  }
}

/** Builds a {@link Transport} over a spawned child's stdio. */
export function processTransport(child: ChildProcessLike, options: SpawnOptions): Transport {
  const tail = new StderrTail(
    options.stderrTailLines ?? 400,
    options.stderrTailChars ?? 64 * 1024,
    options.onStderr,
  );
  const encoder = new TextEncoder();
  const grace = options.closeGraceMs ?? 2000;

  // Aborted once the process is gone (unless the adapter lets go of the pipes itself): a
  // process it spawned can hold its stdout and stderr open for long, and a pending read of
  // them would keep this program alive as long.
  const stdio = new AbortController();
  const stdout = decodePipe(child.stdout, stdio.signal);

  const stderrDone = (async () => {
    try {
      const reader = decodePipe(child.stderr, stdio.signal).text.getReader();
      while (true) {
        const { value, done } = await reader.read();
        if (done) break;
        tail.push(value);
      }
    } catch {
      // stderr is advisory; a broken pipe here must not mask the real exit.
    }
    tail.finish();
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

  const readableBatches = stdout.text
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
      if (!(await exitsWithin(closed, grace))) {
        child.kill("SIGTERM");
        if (!(await exitsWithin(closed, grace))) {
          child.kill("SIGKILL");
          await closed;
        }
      }
      // Whatever the process wrote last has arrived by now (`closed` waited for stderr);
      // what a process it spawned still holds open is let go.
      await settlesWithin(stdout.ended, 200);
      if (child.releasePipes) child.releasePipes();
      else stdio.abort();
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
    ...(child.setKeepAlive ? { setKeepAlive: child.setKeepAlive } : {}),
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

/**
 * {@link decodeText} for a pipe of the child: reading stops when `signal` aborts, and
 * `ended` settles when the pipe has been read to its end (or was let go).
 */
function decodePipe(
  bytes: ReadableStream<Uint8Array>,
  signal: AbortSignal,
): { text: ReadableStream<string>; ended: Promise<unknown> } {
  const decoder = new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>;
  // pipeThrough is this pipeTo; doing it by hand gives the promise of the pipe's end.
  const ended = bytes.pipeTo(decoder.writable, { signal }).catch(() => {});
  return { text: decoder.readable, ended };
}

async function exitsWithin(closed: Promise<unknown>, ms: number): Promise<boolean> {
  return (await settlesWithin(closed.then(() => true), ms)) ?? false;
}
