// The turn table: the stream table of turns, plus what only turns have. A thread can be
// watched: the first event of a turn nobody claimed is offered to the thread's watcher,
// which may claim it (goal continuations, other clients' turns). A review announces its
// work as a `turn/started` of a new id rooted at the review turn (`rootOf`); a sub-agent's
// first turn is rooted at its parent's turn but on its own thread (`toSpawned`).
import type { CodexError, TransportClosedError } from "../errors.ts";
import { ProtocolError } from "../errors.ts";
import { StreamTable } from "./stream_table.ts";
import type { EarlyBufferLimits, RoutedEvent, TurnSink, TurnWatcher } from "./types.ts";

/** Claims, watchers, the early buffer and ended ids of turns; one per router. */
export class TurnTable extends StreamTable {
  readonly #watchers = new Map<string, TurnWatcher>();
  readonly #report: (error: CodexError) => void;

  constructor(limits: EarlyBufferLimits | undefined, report: (error: CodexError) => void) {
    super(limits, report, "turn");
    this.#report = report;
  }

  /** Sets the one watcher of a thread; returns the function that removes it. */
  watch(threadId: string, watcher: TurnWatcher): () => void {
    this.#watchers.set(threadId, watcher);
    return () => {
      if (this.#watchers.get(threadId) === watcher) this.#watchers.delete(threadId);
    };
  }

  /**
   * A review announces its work as a turn of its own id whose `rootTurnId` is the review
   * turn, while every other event of that work carries the review turn's id. Such a
   * `turn/started` belongs to the root turn when that one is being delivered or buffered,
   * the new id is unknown, and both are on the same thread; a turn started later on behalf
   * of an ended turn keeps its own id. A sub-agent's turn is rooted at its parent's turn too,
   * but on the sub-agent's own thread: it keeps its id, and `{ thread }` names the parent
   * thread, whose watcher may claim it (see {@link TurnTable.toSpawned}).
   */
  rootOf(turnId: string, threadId: string | undefined, params: unknown): string | {
    thread: string;
  } {
    if (this.known(turnId)) return turnId;
    const root = (params as { turn?: { rootTurnId?: unknown } }).turn?.rootTurnId;
    if (typeof root !== "string" || root === turnId || !this.known(root)) return turnId;
    const rootThread = this.threadOf(root);
    if (rootThread === undefined || threadId === undefined || rootThread === threadId) return root;
    return { thread: rootThread };
  }

  /**
   * A sub-agent's first `turn/started` (rooted at a turn of `parentThread`) on a thread
   * nobody watches yet: the parent thread's watcher may claim it. False when it did not (the
   * event then takes the usual way).
   */
  toSpawned(turnId: string, threadId: string, parentThread: string, event: RoutedEvent): boolean {
    if (this.#watchers.has(threadId) || this.ended(turnId)) return false;
    const watcher = this.#watchers.get(parentThread);
    const sink = watcher && this.#offer(watcher, turnId, threadId);
    if (!sink) return false;
    sink.push(event);
    return true;
  }

  /** Ends every turn (see {@link StreamTable.closeAll}); watchers go. */
  override closeAll(error: TransportClosedError, deliberate: boolean): void {
    super.closeAll(error, deliberate);
    this.#watchers.clear();
  }

  /** Lets a thread's watcher claim a new turn; its early-buffered events replay first. */
  protected override unclaimed(turnId: string, threadId: string | undefined): TurnSink | undefined {
    const watcher = threadId === undefined ? undefined : this.#watchers.get(threadId);
    if (!watcher) return undefined;
    return this.#offer(watcher, turnId, threadId!);
  }

  /** Offers a turn to a watcher, which may claim it; the sink, when it did. */
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
    return this.sink(turnId);
  }
}
