// Streams other than turns: a command (`processId`), a spawned process (`processHandle`), a
// file watch (`watchId`), a fuzzy search session (`sessionId`), a login (`loginId`). Which
// notification carries which key comes from the generated table `NOTIFICATION_STREAM_KEYS`
// (gen/routing.ts); this file only looks the key up and hands the event to its owner. A new
// kind of stream is a new key in the generator's list, not a new branch here.
//
// Keys the client chooses (all but `loginId`) are claimed before the request that starts
// the stream is written, so no event can come first. A `loginId` is the server's, known
// only from the answer: while such a request is out (`expect()`), events of unclaimed keys
// are kept, bounded, and replayed to the owner that claims them from the answer's
// `onResult`. At any other time an event nobody owns is dropped (the global taps still saw
// it): nothing accumulates for keys nobody owns.
import { type CodexError, ProtocolError } from "../errors.ts";
import type { RoutedNotification } from "./message_router.ts";

/** Receives the events of one stream while it is claimed. */
export interface StreamSink {
  /** One event of the stream, in arrival order. */
  push(event: RoutedNotification): void;
  /** The stream's events end with this error (the connection was lost). */
  fail(error: CodexError): void;
  /**
   * Optional: the client was closed on purpose; the stream should end as done. Without
   * it, `fail` is called.
   */
  close?(error: CodexError): void;
}

/** Limits of what is kept for streams claimed after their answer (a login). */
export interface StreamTableLimits {
  /** Unclaimed keys kept while a request expects one (default 64); the oldest is dropped. */
  maxEarlyKeys?: number;
  /** Events kept per unclaimed key (default 64); later ones are dropped. */
  maxEarlyEvents?: number;
}

/** The owners of the streams of one router, by key. */
export class StreamTable {
  readonly #keys: Readonly<Record<string, string>>;
  readonly #owners = new Map<string, StreamSink>();
  readonly #early = new Map<string, RoutedNotification[]>();
  readonly #maxEarlyKeys: number;
  readonly #maxEarlyEvents: number;
  readonly #report: (error: CodexError) => void;
  #expecting = 0;
  #ended: CodexError | undefined;

  /**
   * `keys` maps a notification method to the key in its params that names its stream;
   * `report` is told when an owner throws.
   */
  constructor(
    keys: Readonly<Record<string, string>>,
    report: (error: CodexError) => void,
    limits: StreamTableLimits = {},
  ) {
    this.#keys = keys;
    this.#report = report;
    this.#maxEarlyKeys = limits.maxEarlyKeys ?? 64;
    this.#maxEarlyEvents = limits.maxEarlyEvents ?? 64;
  }

  /** How many streams are claimed (for tests and leak checks). */
  get size(): number {
    return this.#owners.size;
  }

  /** How many unclaimed keys have events kept. */
  get earlySize(): number {
    return this.#early.size;
  }

  /**
   * Hands a notification to the stream that owns its key. True when the method belongs to
   * a stream (owned or not); false for every other method.
   */
  route(method: string, params: unknown): boolean {
    const key = this.#keys[method];
    if (key === undefined) return false;
    const value = typeof params === "object" && params !== null
      ? (params as Record<string, unknown>)[key]
      : undefined;
    if (typeof value !== "string") return true;
    const id = `${key}\0${value}`;
    const event: RoutedNotification = { method, params };
    const sink = this.#owners.get(id);
    if (sink) {
      this.#push(sink, event, id);
      return true;
    }
    if (this.#expecting > 0) this.#keep(id, event);
    return true;
  }

  /**
   * Makes `sink` the owner of the stream named `value` under `key` (e.g. `"watchId"`),
   * replaying what was kept for it. Returns the function that lets it go again. A key
   * that is owned already throws (the SDK never hands out one key twice), and so does
   * every claim once the router shut down (with the error it shut down with).
   */
  claim(key: string, value: string, sink: StreamSink): () => void {
    const id = `${key}\0${value}`;
    if (this.#ended) throw this.#ended;
    if (this.#owners.has(id)) throw new ProtocolError(`${key} ${value} is in use already`);
    this.#owners.set(id, sink);
    const kept = this.#early.get(id);
    if (kept) {
      this.#early.delete(id);
      for (const event of kept) this.#push(sink, event, id);
    }
    return () => {
      if (this.#owners.get(id) === sink) this.#owners.delete(id);
    };
  }

  /**
   * Opens a window in which events of unclaimed keys are kept (a request whose answer
   * names its stream is out). Returns the function that closes it; when the last window
   * closes, whatever nobody claimed is dropped.
   */
  expect(): () => void {
    this.#expecting++;
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      if (--this.#expecting === 0) this.#early.clear();
    };
  }

  /**
   * The connection was lost: every stream fails (they are scoped to the connection: the
   * server ends them, and a new connection does not see their events).
   */
  lost(error: CodexError): void {
    const sinks = [...this.#owners.values()];
    this.#owners.clear();
    this.#early.clear();
    for (const sink of sinks) this.#end(sink, error, false);
  }

  /** The router shut down: streams end as done after a deliberate close, else fail. */
  shutdown(error: CodexError, deliberate: boolean): void {
    this.#ended = error;
    const sinks = [...this.#owners.values()];
    this.#owners.clear();
    this.#early.clear();
    for (const sink of sinks) this.#end(sink, error, deliberate);
  }

  #keep(id: string, event: RoutedNotification): void {
    let kept = this.#early.get(id);
    if (!kept) {
      kept = [];
      this.#early.set(id, kept);
      if (this.#early.size > this.#maxEarlyKeys) {
        this.#early.delete(this.#early.keys().next().value as string);
      }
    }
    if (kept.length < this.#maxEarlyEvents) kept.push(event);
  }

  #push(sink: StreamSink, event: RoutedNotification, id: string): void {
    try {
      sink.push(event);
    } catch (error) {
      this.#report(
        new ProtocolError(`the owner of stream ${id.replace("\0", " ")} threw`, { cause: error }),
      );
    }
  }

  #end(sink: StreamSink, error: CodexError, deliberate: boolean): void {
    try {
      if (deliberate && sink.close) sink.close(error);
      else sink.fail(error);
    } catch (cause) {
      this.#report(new ProtocolError("a stream's owner threw while ending", { cause }));
    }
  }
}
