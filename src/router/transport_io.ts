// The router's side of a transport: reading every message text it yields, in order; the
// error a failed write becomes; and the user's observer of every text that crosses it.
// Stdio transports offer their lines in batches (one array per pipe read), which saves a
// stream hop per message; others yield one text each.
import { type CodexError, TransportClosedError } from "../errors.ts";
import type { Transport } from "../transport/transport.ts";
import { clip } from "../wire/message.ts";
import type { ProtocolMessageEvent } from "./types.ts";

/**
 * Reads `transport` to its end, handing each message text to `dispatch` in order. Never
 * rejects: a broken pipe is a closed transport, and its close info says why.
 */
export async function readAll(
  transport: Transport,
  dispatch: (text: string) => void,
): Promise<void> {
  try {
    const batches = transport.readableBatches;
    if (batches) await readBatches(batches.getReader(), dispatch);
    else await readMessages(transport.readable.getReader(), dispatch);
  } catch {
    // A broken pipe is a closed transport; the close info says why.
  }
}

async function readMessages(
  reader: ReadableStreamDefaultReader<string>,
  dispatch: (text: string) => void,
): Promise<void> {
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      dispatch(value);
    }
  } finally {
    reader.releaseLock();
  }
}

async function readBatches(
  reader: ReadableStreamDefaultReader<string[]>,
  dispatch: (text: string) => void,
): Promise<void> {
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      for (let i = 0; i < value.length; i++) dispatch(value[i]);
    }
  } finally {
    reader.releaseLock();
  }
}

/** The error a call gets when writing it failed and the transport said nothing more. */
export function writeError(error: unknown): TransportClosedError {
  return new TransportClosedError({
    exitCode: null,
    signal: null,
    stderrTail: "",
    reason: `write failed: ${error instanceof Error ? error.message : String(error)}`,
  }, { cause: error });
}

/**
 * The user's `onProtocolMessage`, isolated: a throwing observer (a logger's bug) must not
 * end the connection or fail a call.
 */
export class ProtocolObserver {
  readonly #callback: (event: ProtocolMessageEvent) => void;

  constructor(callback: (event: ProtocolMessageEvent) => void) {
    this.#callback = callback;
  }

  /** A message text crossed the transport. */
  saw(direction: "in" | "out", text: string): void {
    this.#emit({ direction, text });
  }

  /** A problem with an incoming text (`""` when it is about no one message). */
  report(text: string, error: CodexError): void {
    this.#emit({ direction: "in", text: clip(text), error });
  }

  #emit(event: ProtocolMessageEvent): void {
    try {
      this.#callback(event);
    } catch {
      // Dropped: the only channel to report it on is the observer that threw.
    }
  }
}
