// The one rule for how a stream ends when its connection does: after a deliberate
// `close()` it ends as done; when the connection is lost it fails with the
// TransportClosedError. Every stream the SDK hands out (turn events, `notifications()`,
// `thread.turns()`, a goal's streams) ends through here.
import type { TransportClosedError } from "../errors.ts";

/** The two ways a stream can end: `close()` (done) or `fail(error)`. */
export interface EndableStream {
  /** End as done. */
  close(): void;
  /** End with the connection's error. */
  fail(error: TransportClosedError): void;
}

/**
 * Ends `stream` as done when `deliberate` (the client closed the connection), else with
 * `error`. A stream that is already gone (cancelled by its reader) is left alone.
 */
export function endStream(
  stream: EndableStream,
  error: TransportClosedError,
  deliberate: boolean,
): void {
  try {
    if (deliberate) stream.close();
    else stream.fail(error);
  } catch {
    // Already cancelled or closed by its reader.
  }
}

/** What {@link endWithConnection} watches: a router's `done` and `closedByClient`. */
export interface ConnectionEnd {
  /** Settles with the sticky error once the connection has ended. */
  readonly done: Promise<TransportClosedError>;
  /** True when it ended through a deliberate `close()`. */
  readonly closedByClient: boolean;
}

/**
 * Ends `stream` when the connection ends, by the rule of {@link endStream}. `before` runs
 * first (to stop listening); a stream ended earlier by its reader is not touched.
 */
export function endWithConnection(
  connection: ConnectionEnd,
  stream: EndableStream,
  before?: () => void,
): void {
  void connection.done.then((error) => {
    before?.();
    endStream(stream, error, connection.closedByClient);
  });
}
