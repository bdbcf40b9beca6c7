import type { CodexError } from "../errors.ts";
import type { RoutedEvent, TurnSink } from "./types.ts";

/**
 * The events of one turn, and the sink the router fills. The turn keeps its events in
 * one array; every consumer gets its own pull-driven branch with its own cursor into it,
 * so each branch starts at the turn's first event whenever it is taken, and no consumer
 * steals another's events.
 *
 * Why not `tee()`: a chain of tees plus a `pipeThrough` per branch costs five stream hops
 * and a dozen promises per event, and a tee branch nobody reads holds its own copy of the
 * queue. Here an event costs one array push, and one `enqueue` per branch that is waiting
 * for it; a branch that is not reading costs nothing until it pulls.
 */
export class TurnStream implements TurnSink {
  readonly #events: RoutedEvent[] = [];
  /**
   * Branches whose reader waits for the next event (their queue is empty). An array, not
   * a Set: it is emptied after almost every event, and Set#clear allocates a new table.
   */
  readonly #waiting: Cursor[] = [];
  /** Iterators whose `next()` waits for the next event. */
  readonly #sleepers: Sleeper[] = [];
  #settled = false;
  #error: CodexError | undefined;
  #outcomeError: CodexError | undefined;
  /**
   * Set when some of the turn's events never arrived (the handle joined a running turn, or
   * the connection was lost while it ran): its full items must be read from the server.
   */
  missedEvents = false;
  readonly #done: Promise<CodexError | undefined>;
  #resolveDone!: (error: CodexError | undefined) => void;
  readonly #started: Promise<void>;
  #resolveStarted!: () => void;
  /** The turn's thread, when known (see {@link TurnSink.threadId}). */
  readonly threadId: string | undefined;

  /** `threadId`: the thread the turn belongs to, when the maker knows it. */
  constructor(threadId?: string) {
    this.threadId = threadId;
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
    this.#started = new Promise((resolve) => (this.#resolveStarted = resolve));
  }

  /**
   * Settles when the server has announced the turn (`turn/started`) or the turn ended.
   * The `turn/start` response comes before the turn is running: an interrupt sent in
   * between finds "no active turn".
   */
  get started(): Promise<void> {
    return this.#started;
  }

  /** Settles when the turn's events end: undefined after completion, else the error. */
  get done(): Promise<CodexError | undefined> {
    return this.#done;
  }

  /** True once the turn completed or failed. */
  get settled(): boolean {
    return this.#settled;
  }

  /** A new stream of all the turn's events, from its first. */
  branch(): ReadableStream<RoutedEvent>;
  /**
   * A new stream of what `select` makes of the turn's events, from its first; events it
   * maps to `undefined` are skipped. Cheaper than piping a branch through a
   * `TransformStream`: no extra stream hops, and a waiting reader is woken only for an
   * event it keeps.
   */
  branch<T>(select: (event: RoutedEvent) => T | undefined): ReadableStream<T>;
  branch<T>(select?: (event: RoutedEvent) => T | undefined): ReadableStream<T | RoutedEvent> {
    const cursor: Cursor = { index: 0, controller: undefined!, select };
    return new ReadableStream<T | RoutedEvent>({
      start: (controller) => {
        cursor.controller = controller;
      },
      // Called only while a read waits and the branch's queue is empty, so erroring here
      // never discards an event the consumer has not seen.
      pull: (controller) => {
        const events = this.#events;
        let given = false;
        while (cursor.index < events.length) {
          const event = events[cursor.index++];
          const value = select ? select(event) : event;
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

  /**
   * All the turn's events from its first, as an async iterator without web streams: one
   * promise per event a consumer waits for, nothing when the event is already there.
   * `TurnHandle`'s own iteration and `run()` / `finalText()` would use it; `stream()` and
   * `text()` keep returning `branch()`.
   */
  iterate(): AsyncIterableIterator<RoutedEvent> {
    // No closure is made per event: under tsx (esbuild keepNames) every named closure
    // costs an Object.defineProperty, which showed up in the profile.
    const position = { index: 0 };
    const events = this.#events;
    const sleepers = this.#sleepers;
    const iterator: AsyncIterableIterator<RoutedEvent> = {
      next: (): Promise<IteratorResult<RoutedEvent>> => {
        if (position.index < events.length) {
          return Promise.resolve({ value: events[position.index++], done: false });
        }
        if (this.#settled) {
          return this.#error
            ? Promise.reject(this.#error)
            : Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => {
          sleepers.push({ position, resolve, reject });
        });
      },
      return: (): Promise<IteratorResult<RoutedEvent>> => {
        position.index = Infinity;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  push(event: RoutedEvent): void {
    if (this.#settled) return;
    const index = this.#events.push(event) - 1;
    const waiting = this.#waiting;
    if (waiting.length > 0) {
      // A waiting branch has read everything before this event. It stops waiting when it
      // gets this one; one whose `select` skips it keeps waiting.
      let kept = 0;
      for (let i = 0; i < waiting.length; i++) {
        const cursor = waiting[i];
        cursor.index = index + 1;
        const value = cursor.select ? cursor.select(event) : event;
        if (value !== undefined) cursor.controller.enqueue(value);
        else waiting[kept++] = cursor;
      }
      waiting.length = kept;
    }
    const sleepers = this.#sleepers;
    if (sleepers.length > 0) {
      for (let i = 0; i < sleepers.length; i++) {
        const sleeper = sleepers[i];
        sleeper.position.index = index + 1;
        sleeper.resolve({ value: event, done: false });
      }
      sleepers.length = 0;
    }
    if (event.method === "turn/started") this.#resolveStarted();
  }

  end(): void {
    this.#settle(undefined);
  }

  fail(error: CodexError): void {
    this.#settle(error);
  }

  /** The client was closed on purpose: consumers end as done, `done` carries `error`. */
  close(error: CodexError): void {
    if (this.#settled) return;
    this.#settle(undefined);
    this.#outcomeError = error;
  }

  /** Why a turn that ended without completing has no outcome (see {@link TurnStream.close}). */
  get outcomeError(): CodexError | undefined {
    return this.#outcomeError ?? this.#error;
  }

  #settle(error: CodexError | undefined): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#error = error;
    // Waiting branches have read every event: they can end now. The others end when
    // their reader reaches the end of the events.
    for (const cursor of this.#waiting) finish(cursor.controller, error);
    this.#waiting.length = 0;
    for (const sleeper of this.#sleepers) {
      if (error) sleeper.reject(error);
      else sleeper.resolve({ value: undefined, done: true });
    }
    this.#sleepers.length = 0;
    this.#resolveDone(error);
    this.#resolveStarted();
  }
}

interface Sleeper {
  position: { index: number };
  resolve(result: IteratorResult<RoutedEvent>): void;
  reject(error: unknown): void;
}

interface Cursor {
  index: number;
  // deno-lint-ignore no-explicit-any -- a branch's chunk type is its select's output
  controller: ReadableStreamDefaultController<any>;
  select: ((event: RoutedEvent) => unknown) | undefined;
}

function finish(
  controller: ReadableStreamDefaultController<unknown>,
  error: CodexError | undefined,
): void {
  if (error) controller.error(error);
  else controller.close();
}
