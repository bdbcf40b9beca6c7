import { ProtocolError } from "../errors.ts";

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
 * Splits decoded text into lines: `\n` or `\r\n` endings, chunks split anywhere, a final
 * line without a newline, and blank lines skipped. Lines longer than the cap are dropped
 * (and reported) without ever being held whole in memory.
 *
 * @example
 * ```ts
 * import { JsonLineStream } from "codex-app-server";
 * const lines = ReadableStream.from(['{"a":', '1}\r\n{"b":2}'])
 *   .pipeThrough(new JsonLineStream());
 * for await (const line of lines) console.log(line); // {"a":1} then {"b":2}
 * ```
 */
export class JsonLineStream extends TransformStream<string, string> {
  /** Creates the splitter. */
  constructor(options: JsonLineStreamOptions = {}) {
    const max = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
    // Pieces of the current line; joined once per line so long lines cost O(n), not O(n²).
    let parts: string[] = [];
    let length = 0;
    let oversized = false;

    const push = (controller: TransformStreamDefaultController<string>, line: string): void => {
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (line.trim() !== "") controller.enqueue(line);
    };

    const append = (piece: string): void => {
      if (piece === "") return;
      length += piece.length;
      if (oversized) return;
      if (length > max) {
        oversized = true;
        // Keep only a short prefix for the error report, never the whole line.
        parts = [(parts.join("") + piece).slice(0, 200)];
        return;
      }
      parts.push(piece);
    };

    const finishLine = (controller: TransformStreamDefaultController<string>): void => {
      if (oversized) {
        options.onError?.(
          new ProtocolError(`incoming line of more than ${max} characters was skipped`, {
            raw: parts[0],
          }),
        );
      } else {
        push(controller, parts.join(""));
      }
      parts = [];
      length = 0;
      oversized = false;
    };

    super({
      transform(chunk, controller) {
        let start = 0;
        let nl: number;
        while ((nl = chunk.indexOf("\n", start)) !== -1) {
          const piece = chunk.slice(start, nl);
          start = nl + 1;
          // Fast path: the whole line arrived in this chunk.
          if (length === 0 && piece.length <= max) {
            push(controller, piece);
            continue;
          }
          append(piece);
          finishLine(controller);
        }
        append(chunk.slice(start));
      },
      flush(controller) {
        if (length > 0) finishLine(controller);
      },
    });
  }
}
