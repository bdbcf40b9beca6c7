import { ProtocolError } from "../errors.ts";
import { callSafely } from "../_guard.ts";

/** The default cap on one incoming line: 64 MiB of text. */
export const DEFAULT_MAX_LINE_LENGTH: number = 64 * 1024 * 1024;

/** Options for {@link JsonLineStream}. */
export interface JsonLineStreamOptions {
  /**
   * The longest line accepted, in UTF-16 code units (about bytes for ASCII JSON). A longer
   * line is skipped up to its newline and reported through `onError`; the stream goes on.
   */
  maxLineLength?: number;
  /** Receives a {@link ProtocolError} for each oversized line. */
  onError?: (error: ProtocolError) => void;
}

/**
 * The line splitting both streams below and the stdio transports' stderr tail share: feed
 * it decoded chunks, it calls `emit` with each complete, non-blank line (without its `\n`
 * or `\r\n`).
 */
export class LineSplitter {
  readonly #max: number;
  readonly #onError: ((error: ProtocolError) => void) | undefined;
  // Pieces of the current line; joined once per line so long lines cost O(n), not O(n²).
  #parts: string[] = [];
  #length = 0;
  #oversized = false;

  constructor(options: JsonLineStreamOptions) {
    this.#max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    this.#onError = options.onError;
  }

  /** Splits one more chunk, emitting the lines it completes. */
  push(chunk: string, emit: (line: string) => void): void {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf("\n", start)) !== -1) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      // Fast path: the whole line arrived in this chunk.
      if (this.#length === 0 && piece.length <= this.#max) {
        emitLine(piece, emit);
        continue;
      }
      this.#append(piece);
      this.#finishLine(emit);
    }
    this.#append(chunk.slice(start));
  }

  /** Emits the last line when the input ended without a newline. */
  flush(emit: (line: string) => void): void {
    if (this.#length > 0) this.#finishLine(emit);
  }

  #append(piece: string): void {
    if (piece === "") return;
    this.#length += piece.length;
    if (this.#oversized) return;
    if (this.#length > this.#max) {
      this.#oversized = true;
      // Keep only a short prefix for the error report, never the whole line.
      this.#parts = [(this.#parts.join("") + piece).slice(0, 200)];
      return;
    }
    this.#parts.push(piece);
  }

  #finishLine(emit: (line: string) => void): void {
    if (this.#oversized) {
      // A throwing callback would error the stream and so end the connection.
      callSafely(
        this.#onError,
        new ProtocolError(`incoming line of more than ${this.#max} characters was skipped`, {
          raw: this.#parts[0],
        }),
      );
    } else {
      emitLine(this.#parts.join(""), emit);
    }
    this.#parts = [];
    this.#length = 0;
    this.#oversized = false;
  }
}

function emitLine(line: string, emit: (line: string) => void): void {
  if (line.endsWith("\r")) line = line.slice(0, -1);
  if (line.trim() !== "") emit(line);
}

/**
 * Splits decoded text into lines: `\n` or `\r\n` endings, chunks split anywhere, a final
 * line without a newline, and blank lines skipped. Lines longer than the cap are dropped
 * (and reported) without ever being held whole in memory.
 *
 * @example
 * ```ts
 * import { JsonLineStream } from "codex-app-server/protocol";
 * const lines = ReadableStream.from(['{"a":', '1}\r\n{"b":2}'])
 *   .pipeThrough(new JsonLineStream());
 * for await (const line of lines) console.log(line); // {"a":1} then {"b":2}
 * ```
 */
export class JsonLineStream extends TransformStream<string, string> {
  /** Creates the splitter. */
  constructor(options: JsonLineStreamOptions = {}) {
    const splitter = new LineSplitter(options);
    super({
      transform(chunk, controller) {
        splitter.push(chunk, (line) => controller.enqueue(line));
      },
      flush(controller) {
        splitter.flush((line) => controller.enqueue(line));
      },
    });
  }
}

/**
 * The same splitting as {@link JsonLineStream}, but each output chunk is the array of the
 * lines completed by one input chunk (chunks that complete no line produce nothing). A
 * reader then handles a pipe read's worth of messages in one go instead of one stream
 * hop per message; the router reads a transport's `readableBatches` this way.
 *
 * @example
 * ```ts
 * import { JsonLineBatchStream } from "./json_line_stream.ts";
 * const batches = ReadableStream.from(['{"a":1}\n{"b":', '2}\n{"c":3}\n'])
 *   .pipeThrough(new JsonLineBatchStream());
 * for await (const lines of batches) console.log(lines); // ['{"a":1}'] then ['{"b":2}', '{"c":3}']
 * ```
 */
export class JsonLineBatchStream extends TransformStream<string, string[]> {
  /** Creates the splitter. */
  constructor(options: JsonLineStreamOptions = {}) {
    const splitter = new LineSplitter(options);
    let lines: string[] = [];
    const add = (line: string) => void lines.push(line);
    const send = (controller: TransformStreamDefaultController<string[]>) => {
      if (lines.length === 0) return;
      controller.enqueue(lines);
      lines = [];
    };
    super({
      transform(chunk, controller) {
        splitter.push(chunk, add);
        send(controller);
      },
      flush(controller) {
        splitter.flush(add);
        send(controller);
      },
    });
  }
}
