// The event log of a stream other than a turn (a command's output, a watch's changes, a
// search's results): every consumer reads it through its own cursor, so consumers never
// steal each other's events. Unlike a turn's log it is bounded: a watch or a search can
// live for hours. Past `cap` events the oldest is dropped; a consumer whose next event was
// dropped fails with BufferOverflowError (it fell behind), the others go on. A new
// consumer starts at the stream's first event (`fromStart`: a command's bytes must be
// whole, so one that comes too late fails) or at the oldest event still kept (a watch's
// or a search's events stand alone).
import { BufferOverflowError, type CodexError } from "../errors.ts";
import type { MessageRouter } from "../router/message_router.ts";
import type { RoutedNotification, TurnSink } from "../router/types.ts";

interface Cursor {
  index: number;
  // deno-lint-ignore no-explicit-any -- a branch's chunk type is its select's output
  controller: ReadableStreamDefaultController<any>;
  select: (event: RoutedNotification) => unknown;
}

/** A bounded, multi-consumer log of one stream's notifications; the router's sink. */
export class EventLog implements TurnSink {
  readonly #events: RoutedNotification[] = [];
  /** Absolute index of `#events[0]`. */
  #base = 0;
  readonly #cap: number;
  readonly #waiting: Cursor[] = [];
  readonly #onEvent: ((event: RoutedNotification) => void) | undefined;
  readonly #fromStart: boolean;
  #settled = false;
  #error: CodexError | undefined;
  #outcomeError: CodexError | undefined;
  readonly #done: Promise<void>;
  #resolveDone!: () => void;

  /** `onEvent` sees each event as it is pushed (the handle's own bookkeeping). */
  constructor(
    cap: number,
    options: { fromStart?: boolean; onEvent?: (event: RoutedNotification) => void } = {},
  ) {
    if (!(cap > 0)) throw new RangeError(`the event cap must be positive, got ${cap}`);
    this.#cap = cap;
    this.#onEvent = options.onEvent;
    this.#fromStart = options.fromStart ?? false;
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** True once the stream ended (done or failed). */
  get settled(): boolean {
    return this.#settled;
  }

  /** Settles when the stream ends, whichever way. */
  get done(): Promise<void> {
    return this.#done;
  }

  /** The error the stream failed with, or why a deliberate close left it without outcome. */
  get outcomeError(): CodexError | undefined {
    return this.#outcomeError ?? this.#error;
  }

  /** A new stream of what `select` makes of the events (undefined skips one). */
  branch<T>(select: (event: RoutedNotification) => T | undefined): ReadableStream<T> {
    const cursor: Cursor = {
      index: this.#fromStart ? 0 : this.#base,
      controller: undefined!,
      select,
    };
    return new ReadableStream<T>({
      start: (controller) => {
        cursor.controller = controller;
      },
      pull: (controller) => {
        if (cursor.index < this.#base) {
          controller.error(this.#overflow());
          return;
        }
        const events = this.#events;
        let given = false;
        while (cursor.index < this.#base + events.length) {
          const value = select(events[cursor.index - this.#base]);
          cursor.index++;
          if (value !== undefined) {
            controller.enqueue(value);
            given = true;
          }
        }
        if (given) return;
        if (this.#settled) finish(controller, this.#error);
        else this.#waiting.push(cursor);
      },
      cancel: () => {
        const at = this.#waiting.indexOf(cursor);
        if (at !== -1) this.#waiting.splice(at, 1);
      },
    }, { highWaterMark: 0 });
  }

  push(event: RoutedNotification): void {
    if (this.#settled) return;
    this.#events.push(event);
    const next = this.#base + this.#events.length;
    if (this.#events.length > this.#cap) {
      this.#events.shift();
      this.#base++;
    }
    const waiting = this.#waiting;
    if (waiting.length > 0) {
      let kept = 0;
      for (let i = 0; i < waiting.length; i++) {
        const cursor = waiting[i];
        cursor.index = next;
        const value = cursor.select(event);
        if (value !== undefined) cursor.controller.enqueue(value);
        else waiting[kept++] = cursor;
      }
      waiting.length = kept;
    }
    this.#onEvent?.(event);
  }

  /** The stream ended as done. */
  end(): void {
    this.#settle(undefined);
  }

  fail(error: CodexError): void {
    this.#settle(error);
  }

  /** The client was closed on purpose: consumers end as done; `outcomeError` says why. */
  close(error: CodexError): void {
    if (this.#settled) return;
    this.#outcomeError = error;
    this.#settle(undefined);
  }

  #overflow(): BufferOverflowError {
    return new BufferOverflowError(
      `a consumer fell behind: more than ${this.#cap} events were kept unread`,
    );
  }

  #settle(error: CodexError | undefined): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#error = error;
    for (const cursor of this.#waiting) finish(cursor.controller, error);
    this.#waiting.length = 0;
    this.#resolveDone();
  }
}

function finish(
  controller: ReadableStreamDefaultController<unknown>,
  error: CodexError | undefined,
): void {
  if (error) controller.error(error);
  else controller.close();
}

/**
 * Makes `log` the owner of the stream `id` of kind `key` (before the request that starts
 * it is written) and returns the function that lets it go. Throws the connection's error
 * when the client is closed, and a ProtocolError when the id is in use.
 */
export function claimStream(
  router: MessageRouter,
  key: string,
  id: string,
  log: EventLog,
): () => void {
  router.claimStream(key, id, log);
  // A claim on a closed connection fails the sink at once, with the connection's error.
  if (log.settled && log.outcomeError) throw log.outcomeError;
  return () => router.releaseStream(key, id, log);
}

/** A stream that is also async-iterable on every runtime (Bun's web streams lacked it). */
export function iterate<T>(stream: ReadableStream<T>): AsyncIterableIterator<T> {
  const reader = stream.getReader();
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      const { value, done } = await reader.read();
      if (done) reader.releaseLock();
      return done ? { value: undefined, done: true } : { value, done: false };
    },
    return: async () => {
      await reader.cancel().catch(() => {});
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
