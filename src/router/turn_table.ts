// The turn table: which sink takes each turn's events. A turn is claimed (its sink set)
// by the answer to the request that started it, or by a watcher of its thread; until then
// its events wait in the early buffer. Ended turn ids are remembered (bounded) so a late
// event of an ended turn goes to the thread's listeners instead of opening a new buffer.
import type { CodexError, TransportClosedError } from "../errors.ts";
import { ProtocolError } from "../errors.ts";
import { addBounded } from "./_bounded.ts";
import { EarlyBuffer } from "./early_buffer.ts";
import { endStream } from "./stream_end.ts";
import type { EarlyBufferLimits, RoutedEvent, TurnSink, TurnWatcher } from "./types.ts";

const DONE_TURNS_CAP = 4_096;

/** Claims, watchers, the early buffer and ended ids; one per router. */
export class TurnTable {
  readonly #turns = new Map<string, TurnSink>();
  readonly #early: EarlyBuffer;
  readonly #doneTurns = new Set<string>();
  readonly #watchers = new Map<string, TurnWatcher>();
  readonly #report: (error: CodexError) => void;
  #closed: TransportClosedError | undefined;

  constructor(limits: EarlyBufferLimits | undefined, report: (error: CodexError) => void) {
    this.#report = report;
    this.#early = new EarlyBuffer(limits, report, (turnId) => this.#markDone(turnId));
  }

  /** How many unclaimed turns the early buffer holds. */
  get earlyBuffered(): number {
    return this.#early.size;
  }

  /**
   * Claims a turn: its early-buffered events are replayed into `sink` in order (also a
   * buffered `turn/completed`), and later events go straight to it. After the connection
   * ended, the sink fails at once with its error.
   */
  claim(turnId: string, sink: TurnSink): void {
    const claimed = this.#early.take(turnId);
    if (claimed.kind === "failed") {
      sink.fail(claimed.error);
      return;
    }
    if (claimed.kind === "events") {
      for (const event of claimed.events) sink.push(event);
      if (claimed.completed) {
        this.#markDone(turnId);
        sink.end();
        return;
      }
    }
    if (this.#closed) {
      sink.fail(this.#closed);
      return;
    }
    this.#turns.set(turnId, sink);
  }

  /** Sets the one watcher of a thread; returns the function that removes it. */
  watch(threadId: string, watcher: TurnWatcher): () => void {
    this.#watchers.set(threadId, watcher);
    return () => {
      if (this.#watchers.get(threadId) === watcher) this.#watchers.delete(threadId);
    };
  }

  /**
   * Delivers a turn's event to its sink, a watcher of its thread, or the early buffer.
   * False when the turn has ended (or was evicted) and the event was not taken.
   */
  deliver(
    turnId: string,
    threadId: string | undefined,
    event: RoutedEvent,
    size: number,
    completes: boolean,
  ): boolean {
    let sink = this.#turns.get(turnId);
    if (!sink) {
      if (this.#doneTurns.has(turnId) || this.#early.isEvicted(turnId)) return false;
      const watcher = threadId === undefined ? undefined : this.#watchers.get(threadId);
      if (watcher) sink = this.#offer(watcher, turnId, threadId!);
      if (!sink) {
        this.#early.add(turnId, event, size, completes);
        return true;
      }
    }
    sink.push(event);
    if (completes) {
      this.#turns.delete(turnId);
      this.#markDone(turnId);
      sink.end();
    }
    return true;
  }

  /** Pushes an event of the SDK's own into a claimed turn; false when none takes it. */
  push(turnId: string, event: RoutedEvent): boolean {
    const sink = this.#turns.get(turnId);
    if (!sink) return false;
    sink.push(event);
    return true;
  }

  /** Ends a claimed turn's events with `error`. */
  fail(turnId: string, error: CodexError): void {
    const sink = this.#turns.get(turnId);
    if (sink) {
      this.#turns.delete(turnId);
      this.#markDone(turnId);
      sink.fail(error);
    }
  }

  /**
   * A review announces its work as a turn of its own id whose `rootTurnId` is the review
   * turn, while every other event of that work carries the review turn's id. Such a
   * `turn/started` belongs to the root turn when that one is being delivered or buffered
   * and the new id is unknown; a turn started later on behalf of an ended turn keeps its own id.
   */
  rootOf(turnId: string, params: unknown): string {
    if (this.#turns.has(turnId) || this.#early.has(turnId)) return turnId;
    const root = (params as { turn?: { rootTurnId?: unknown } }).turn?.rootTurnId;
    return typeof root === "string" && (this.#turns.has(root) || this.#early.has(root))
      ? root
      : turnId;
  }

  /**
   * The connection ended: every claimed turn ends (as done after a deliberate close, for
   * sinks that can, else with `error`), the buffer stops, watchers go.
   */
  closeAll(error: TransportClosedError, deliberate: boolean): void {
    this.#closed = error;
    for (const sink of this.#turns.values()) {
      // A sink without `close` cannot end as done: it fails either way.
      const close = sink.close ? () => sink.close!(error) : () => sink.fail(error);
      endStream({ close, fail: (e) => sink.fail(e) }, error, deliberate);
    }
    this.#turns.clear();
    this.#early.stop();
    this.#watchers.clear();
  }

  /** Lets a thread's watcher claim a new turn; its early-buffered events replay first. */
  #offer(watcher: TurnWatcher, turnId: string, threadId: string): TurnSink | undefined {
    let sink: TurnSink | undefined;
    try {
      sink = watcher(turnId, threadId);
    } catch (error) {
      this.#report(new ProtocolError(`turn watcher of thread ${threadId} threw`, { cause: error }));
    }
    if (!sink) return undefined;
    this.claim(turnId, sink);
    // Claimed, unless the buffered events already completed (or failed) the turn.
    return this.#turns.get(turnId);
  }

  #markDone(turnId: string): void {
    addBounded(this.#doneTurns, turnId, DONE_TURNS_CAP);
  }
}
