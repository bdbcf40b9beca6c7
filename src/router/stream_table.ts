// A stream table: which sink takes the events of each stream of one kind, by the id the
// events carry (a turn's id; the next kinds are processes, watches, search sessions). A
// stream is claimed (its sink set) when the code that started it learns its id; until
// then its events wait in an early buffer and are replayed on claim. Ended ids are
// remembered (bounded) so a late event of an ended stream is not buffered as a new one.
//
// The turn table extends this with thread watchers and review roots. A new kind of stream
// is a new table plus rows in the routing table of which methods carry its key (generated:
// `NOTIFICATION_STREAM_ROUTES` in gen/routing.ts): the dispatcher delivers to whichever
// table the row names, without a branch of its own. Ids the client picks (a command's
// `processId`, a watch's `watchId`, ...) are claimed before the request that starts the
// stream is written, so only a server-picked id (a login's `loginId`, `keepUnclaimed`) is
// ever early-buffered; events of other unclaimed ids are dropped.
import { type CodexError, ProtocolError, type TransportClosedError } from "../errors.ts";
import { addBounded } from "./_bounded.ts";
import { EarlyBuffer } from "./early_buffer.ts";
import { endStream } from "./stream_end.ts";
import { pick } from "./routes.ts";
import type {
  EarlyBufferLimits,
  RoutedEvent,
  RoutedNotification,
  StreamRoute,
  TurnSink,
} from "./types.ts";

const DONE_IDS_CAP = 4_096;

/** Claims, early buffer and ended ids of one kind of stream. */
export class StreamTable {
  readonly #sinks = new Map<string, TurnSink>();
  readonly #early: EarlyBuffer;
  readonly #done = new Set<string>();
  #closed: TransportClosedError | undefined;

  /** `noun` names the kind in error messages ("turn", "process", ...). */
  constructor(
    limits: EarlyBufferLimits | undefined,
    report: (error: CodexError) => void,
    noun: string,
  ) {
    this.#early = new EarlyBuffer(limits, report, (id) => this.#markDone(id), noun);
  }

  /** How many unclaimed streams the early buffer holds. */
  get earlyBuffered(): number {
    return this.#early.size;
  }

  /**
   * Claims a stream: its early-buffered events are replayed into `sink` in order (also a
   * buffered last event), and later events go straight to it. After the connection
   * ended, the sink fails at once with its error.
   */
  claim(id: string, sink: TurnSink): void {
    const claimed = this.#early.take(id);
    if (claimed.kind === "failed") {
      sink.fail(claimed.error);
      return;
    }
    if (claimed.kind === "events") {
      for (const event of claimed.events) sink.push(event);
      if (claimed.completed) {
        this.#markDone(id);
        sink.end();
        return;
      }
    }
    if (this.#closed) {
      sink.fail(this.#closed);
      return;
    }
    this.#sinks.set(id, sink);
  }

  /**
   * Delivers an event to its stream's sink, to a sink `unclaimed` offers, or to the early
   * buffer; `ends` marks the stream's last event. False when the stream has ended (or was
   * evicted from the buffer) and the event was not taken.
   */
  deliver(
    id: string,
    threadId: string | undefined,
    event: RoutedEvent,
    size: number,
    ends: boolean,
  ): boolean {
    let sink = this.#sinks.get(id);
    if (!sink) {
      if (this.#done.has(id) || this.#early.isEvicted(id)) return false;
      sink = this.unclaimed(id, threadId);
      if (!sink) {
        this.#early.add(id, event, size, ends, threadId);
        return true;
      }
    }
    sink.push(event);
    if (ends) {
      this.#sinks.delete(id);
      this.#markDone(id);
      sink.end();
    }
    return true;
  }

  /**
   * Called with the first event of a stream nobody claimed: may claim it (see
   * {@link StreamTable.claim}) and return its sink. The base table leaves it unclaimed.
   */
  protected unclaimed(_id: string, _threadId: string | undefined): TurnSink | undefined {
    return undefined;
  }

  /** The sink of a claimed stream, while it runs. */
  protected sink(id: string): TurnSink | undefined {
    return this.#sinks.get(id);
  }

  /** True when the stream is claimed or has buffered events. */
  known(id: string): boolean {
    return this.#sinks.has(id) || this.#early.has(id);
  }

  /** True when the stream has ended, or its buffer was evicted: its events are not taken. */
  ended(id: string): boolean {
    return this.#done.has(id) || this.#early.isEvicted(id);
  }

  /** The thread of a claimed or buffered stream, when its sink or its events name one. */
  threadOf(id: string): string | undefined {
    const sink = this.#sinks.get(id);
    return sink ? sink.threadId : this.#early.threadOf(id);
  }

  /** A thread's streams waiting in the early buffer (see `EarlyBuffer.turnsOf`). */
  buffered(threadId: string): { turnId: string; fromStart: boolean }[] {
    return this.#early.turnsOf(threadId);
  }

  /** True while a sink takes the stream's events. */
  isClaimed(id: string): boolean {
    return this.#sinks.has(id);
  }

  /** How many streams are claimed (for leak checks: an ended handle lets its id go). */
  get claimed(): number {
    return this.#sinks.size;
  }

  /**
   * Lets a claimed stream go without ending its sink (the handle ended it itself: a
   * command's exit, a watch's close). Later events of the id are dropped, not buffered.
   */
  release(id: string, sink: TurnSink): void {
    if (this.#sinks.get(id) !== sink) return;
    this.#sinks.delete(id);
    this.#markDone(id);
  }

  /**
   * The connection was lost (a reconnect follows): every claimed stream fails with
   * `error`, the table stays open for streams of the next connection. For streams scoped
   * to their connection (commands, watches, ...), which the server ends with it.
   */
  failAll(error: CodexError): void {
    const sinks = [...this.#sinks.values()];
    this.#sinks.clear();
    for (const sink of sinks) {
      try {
        sink.fail(error);
      } catch {
        // A sink's own failure cannot stop the others.
      }
    }
  }

  /** Pushes an event of the SDK's own into a claimed stream; false when none takes it. */
  push(id: string, event: RoutedEvent): boolean {
    const sink = this.#sinks.get(id);
    if (!sink) return false;
    sink.push(event);
    return true;
  }

  /** Ends a claimed stream's events with `error`. */
  fail(id: string, error: CodexError): void {
    const sink = this.#sinks.get(id);
    if (sink) {
      this.#sinks.delete(id);
      this.#markDone(id);
      sink.fail(error);
    }
  }

  /**
   * The connection ended: every claimed stream ends (as done after a deliberate close, for
   * sinks that can, else with `error`) and the buffer stops.
   */
  closeAll(error: TransportClosedError, deliberate: boolean): void {
    this.#closed = error;
    for (const sink of this.#sinks.values()) {
      // A sink without `close` cannot end as done: it fails either way.
      const close = sink.close ? () => sink.close!(error) : () => sink.fail(error);
      endStream({ close, fail: (e) => sink.fail(e) }, error, deliberate);
    }
    this.#sinks.clear();
    this.#early.stop();
  }

  #markDone(id: string): void {
    addBounded(this.#done, id, DONE_IDS_CAP);
  }
}

/**
 * The stream tables of every kind other than turns, and the routing table of which
 * notifications carry which kind's key. A table is made when its kind is first claimed
 * or seen; with no routes (today's protocol tables), `deliver` costs one size check.
 */
export class StreamTables {
  readonly #tables = new Map<string, StreamTable>();
  readonly #routes: Map<string, StreamRoute>;
  readonly #limits: EarlyBufferLimits | undefined;
  readonly #report: (error: CodexError) => void;
  #closed: { error: TransportClosedError; deliberate: boolean } | undefined;

  constructor(
    routes: Readonly<Record<string, StreamRoute>> | undefined,
    limits: EarlyBufferLimits | undefined,
    report: (error: CodexError) => void,
  ) {
    this.#routes = new Map(Object.entries(routes ?? {}));
    this.#limits = limits;
    this.#report = report;
  }

  /**
   * Claims the stream `id` of kind `key` (see {@link StreamTable.claim}). An id that is
   * claimed already throws: one stream, one owner.
   */
  claim(key: string, id: string, sink: TurnSink): void {
    const table = this.#table(key);
    if (table.isClaimed(id)) throw new ProtocolError(`${key} ${id} is in use already`);
    table.claim(id, sink);
  }

  /** Lets the stream `id` of kind `key` go (see {@link StreamTable.release}). */
  release(key: string, id: string, sink: TurnSink): void {
    this.#tables.get(key)?.release(id, sink);
  }

  /** How many streams of every kind are claimed. */
  get claimed(): number {
    let count = 0;
    for (const table of this.#tables.values()) count += table.claimed;
    return count;
  }

  /** How many unclaimed streams of every kind have events kept. */
  get earlyBuffered(): number {
    let count = 0;
    for (const table of this.#tables.values()) count += table.earlyBuffered;
    return count;
  }

  /** The connection was lost: every claimed stream fails (see {@link StreamTable.failAll}). */
  failAll(error: CodexError): void {
    for (const table of this.#tables.values()) table.failAll(error);
  }

  /**
   * Delivers a notification to the stream its route names; false when the method carries
   * no stream key, the key is missing from params, or the stream has ended.
   */
  deliver(method: string, params: unknown, event: RoutedNotification, size: number): boolean {
    if (this.#routes.size === 0) return false;
    const route = this.#routes.get(method);
    if (route === undefined) return false;
    const id = pick(params, route.path);
    if (id === undefined) return false;
    const table = this.#table(route.key);
    // An id the client picks is claimed before it is used: nothing is kept for one nobody owns.
    if (!route.keepUnclaimed && !table.isClaimed(id)) return false;
    try {
      return table.deliver(id, undefined, event, size, route.ends === true);
    } catch (error) {
      // A sink given to `claimStream` that throws cannot stop the routing of anything else.
      this.#report(new ProtocolError(`the sink of ${route.key} ${id} threw`, { cause: error }));
      return true;
    }
  }

  /** The connection ended: every table ends its streams (see {@link StreamTable.closeAll}). */
  closeAll(error: TransportClosedError, deliberate: boolean): void {
    this.#closed = { error, deliberate };
    for (const table of this.#tables.values()) table.closeAll(error, deliberate);
  }

  #table(key: string): StreamTable {
    let table = this.#tables.get(key);
    if (!table) {
      table = new StreamTable(this.#limits, this.#report, key);
      this.#tables.set(key, table);
      if (this.#closed) table.closeAll(this.#closed.error, this.#closed.deliberate);
    }
    return table;
  }
}
