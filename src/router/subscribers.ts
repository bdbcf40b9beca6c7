// Subscribers and taps: thread listeners get the notifications that name their thread
// but no live turn; taps (`notifications()`) get every notification. A tap is a stream
// with no buffer of its own beyond what its reader has not read, and it fails rather than
// grow past `maxTapQueue` unread notifications.
import { BufferOverflowError, type CodexError, ProtocolError } from "../errors.ts";
import type { TransportClosedError } from "../errors.ts";
import { endStream } from "./stream_end.ts";
import type { RoutedNotification } from "./types.ts";

type Tap = ReadableStreamDefaultController<RoutedNotification>;

/** Thread listeners and global taps; one per router. */
export class Subscribers {
  readonly #threads = new Map<string, Set<(n: RoutedNotification) => void>>();
  readonly #taps = new Set<Tap>();
  readonly #maxTapQueue: number;
  readonly #report: (error: CodexError) => void;
  #closed: { error: TransportClosedError; deliberate: boolean } | undefined;

  constructor(maxTapQueue: number, report: (error: CodexError) => void) {
    this.#maxTapQueue = maxTapQueue;
    this.#report = report;
  }

  /** Adds a thread listener; returns the function that removes it. */
  subscribeThread(threadId: string, listener: (n: RoutedNotification) => void): () => void {
    let set = this.#threads.get(threadId);
    if (!set) this.#threads.set(threadId, set = new Set());
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#threads.get(threadId) === set) this.#threads.delete(threadId);
    };
  }

  /** A new tap: every notification from now on, until cancelled or the connection ends. */
  tap(): ReadableStream<RoutedNotification> {
    let self: Tap;
    return new ReadableStream<RoutedNotification>({
      start: (controller) => {
        self = controller;
        if (!this.#closed) this.#taps.add(controller);
        else endStream(tapEnd(controller), this.#closed.error, this.#closed.deliberate);
      },
      cancel: () => {
        this.#taps.delete(self);
      },
    }, { highWaterMark: 0 });
  }

  /** Gives a notification to every tap (nothing to do while none is open). */
  toTaps(notification: RoutedNotification): void {
    if (this.#taps.size === 0) return;
    for (const tap of this.#taps) this.#toTap(tap, notification);
  }

  /** Gives a notification to the listeners of its thread. */
  toThread(threadId: string, notification: RoutedNotification): void {
    const listeners = this.#threads.get(threadId);
    if (!listeners) return;
    for (const listener of listeners) this.#call(listener, notification);
  }

  /** The connection ended: taps end (as done after a deliberate close), listeners go. */
  closeAll(error: TransportClosedError, deliberate: boolean): void {
    this.#closed = { error, deliberate };
    for (const tap of this.#taps) endStream(tapEnd(tap), error, deliberate);
    this.#taps.clear();
    this.#threads.clear();
  }

  #toTap(tap: Tap, notification: RoutedNotification): void {
    if ((tap.desiredSize ?? 0) <= -this.#maxTapQueue) {
      this.#taps.delete(tap);
      tap.error(
        new BufferOverflowError(
          `notifications() consumer fell more than ${this.#maxTapQueue} messages behind`,
        ),
      );
      return;
    }
    tap.enqueue(notification);
  }

  /** Calls a listener; one that throws is reported and cannot stop the routing. */
  #call(listener: (n: RoutedNotification) => void, notification: RoutedNotification): void {
    try {
      listener(notification);
    } catch (error) {
      this.#report(new ProtocolError("a thread listener threw", { cause: error }));
    }
  }
}

function tapEnd(tap: Tap): { close(): void; fail(error: TransportClosedError): void } {
  return { close: () => tap.close(), fail: (error) => tap.error(error) };
}
