// The turn table: the stream table of turns, plus what only turns have. A thread can be
// watched: the first event of a turn nobody claimed is offered to the thread's watcher,
// which may claim it (goal continuations, other clients' turns). A review announces its
// work as a `turn/started` of a new id rooted at the review turn (`rootOf`).
import type { CodexError, TransportClosedError } from "../errors.ts";
import { ProtocolError } from "../errors.ts";
import { StreamTable } from "./stream_table.ts";
import type { EarlyBufferLimits, TurnSink, TurnWatcher } from "./types.ts";

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
   * `turn/started` belongs to the root turn when that one is being delivered or buffered
   * and the new id is unknown; a turn started later on behalf of an ended turn keeps its own id.
   */
  rootOf(turnId: string, params: unknown): string {
    if (this.known(turnId)) return turnId;
    const root = (params as { turn?: { rootTurnId?: unknown } }).turn?.rootTurnId;
    return typeof root === "string" && this.known(root) ? root : turnId;
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
    let sink: TurnSink | undefined;
    try {
      sink = watcher(turnId, threadId!);
    } catch (error) {
      this.#report(new ProtocolError(`turn watcher of thread ${threadId} threw`, { cause: error }));
    }
    if (!sink) return undefined;
    this.claim(turnId, sink);
    // Claimed, unless the buffered events already completed (or failed) the turn.
    return this.sink(turnId);
  }
}
