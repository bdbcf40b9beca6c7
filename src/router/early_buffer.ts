// Events of turns nobody has claimed yet. A turn's events can arrive before the handle
// that wants them exists (the real binary sends `turn/started`, sometimes the whole turn,
// before the `turn/start` response), so they wait here and are replayed on claim.
//
// The life of an entry, written once here:
//   unclaimed   first event of an unknown turn id: a buffer is opened
//   claimed     `take()` hands the events over and removes the entry
//   overflowed  past maxEventsPerTurn / maxBytesPerTurn: events dropped, the claim fails
//   evicted     more than maxTurns open buffers: the oldest is dropped; its id is
//               remembered so late events do not open a new, truncated buffer and a
//               later claim fails instead of seeing half a turn
//   completed   `turn/completed` buffered: swept completedGraceMs later if never claimed
import { BufferOverflowError, type CodexError } from "../errors.ts";
import { addBounded } from "./_bounded.ts";
import type { EarlyBufferLimits, RoutedEvent } from "./types.ts";

interface Entry {
  events: RoutedEvent[];
  bytes: number;
  completedAt: number | null;
  overflowed: boolean;
  /** The thread of the turn's first event that named one. */
  threadId: string | undefined;
}

/** What a claim finds in the buffer. */
export type Claimed =
  | { kind: "none" }
  | { kind: "events"; events: RoutedEvent[]; completed: boolean }
  | { kind: "failed"; error: CodexError };

const EVICTED_CAP = 65_536;

/** The buffer of unclaimed turns' events; one per router. */
export class EarlyBuffer {
  readonly #limits: Required<EarlyBufferLimits>;
  readonly #entries = new Map<string, Entry>();
  readonly #evicted = new Set<string>();
  readonly #report: (error: CodexError) => void;
  /** Called for each completed entry that is swept unclaimed. */
  readonly #onSwept: (turnId: string) => void;
  #sweepTimer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  readonly #noun: string;

  constructor(
    limits: EarlyBufferLimits | undefined,
    report: (error: CodexError) => void,
    onSwept: (turnId: string) => void,
    /** What a key names, in error messages ("turn", "process", ...). */
    noun = "turn",
  ) {
    this.#noun = noun;
    this.#limits = {
      maxEventsPerTurn: limits?.maxEventsPerTurn ?? 10_000,
      maxBytesPerTurn: limits?.maxBytesPerTurn ?? 32 * 1024 * 1024,
      maxTurns: limits?.maxTurns ?? 1_000,
      completedGraceMs: limits?.completedGraceMs ?? 30_000,
    };
    this.#report = report;
    this.#onSwept = onSwept;
  }

  /** How many unclaimed turns are held. */
  get size(): number {
    return this.#entries.size;
  }

  /** True when `turnId` has an open buffer. */
  has(turnId: string): boolean {
    return this.#entries.has(turnId);
  }

  /** True when `turnId`'s buffer was evicted: its events are dropped from now on. */
  isEvicted(turnId: string): boolean {
    return this.#evicted.has(turnId);
  }

  /** The thread of a buffered turn, when one of its events named it. */
  threadOf(turnId: string): string | undefined {
    return this.#entries.get(turnId)?.threadId;
  }

  /**
   * The buffered turns of a thread, oldest first; `fromStart` when the buffer holds the turn
   * from its `turn/started` (else some of its events came before anyone buffered them).
   */
  turnsOf(threadId: string): { turnId: string; fromStart: boolean }[] {
    const found: { turnId: string; fromStart: boolean }[] = [];
    for (const [turnId, entry] of this.#entries) {
      if (entry.threadId !== threadId) continue;
      found.push({ turnId, fromStart: entry.events[0]?.method === "turn/started" });
    }
    return found;
  }

  /**
   * Keeps one event of an unclaimed turn (`size` is its message length in bytes; `threadId`
   * the thread the event names, if any).
   */
  add(
    turnId: string,
    event: RoutedEvent,
    size: number,
    completes: boolean,
    threadId?: string,
  ): void {
    let entry = this.#entries.get(turnId);
    if (!entry) {
      if (this.#entries.size >= this.#limits.maxTurns) this.#evictOldest();
      entry = { events: [], bytes: 0, completedAt: null, overflowed: false, threadId };
      this.#entries.set(turnId, entry);
    }
    entry.threadId ??= threadId;
    if (!entry.overflowed) {
      entry.bytes += size;
      if (
        entry.events.length >= this.#limits.maxEventsPerTurn ||
        entry.bytes > this.#limits.maxBytesPerTurn
      ) {
        entry.overflowed = true;
        entry.events = [];
        this.#report(
          new BufferOverflowError(
            `early buffer for unclaimed ${this.#noun} ${turnId} overflowed; its events are dropped`,
          ),
        );
      } else {
        entry.events.push(event);
      }
    }
    if (completes) {
      entry.completedAt = Date.now();
      this.#scheduleSweep();
    }
  }

  /** Removes and returns what the buffer holds for `turnId`. */
  take(turnId: string): Claimed {
    if (this.#evicted.delete(turnId)) {
      return {
        kind: "failed",
        error: new BufferOverflowError(
          `events of ${this.#noun} ${turnId} were dropped: more than ${this.#limits.maxTurns} unclaimed ${this.#noun}s`,
        ),
      };
    }
    const entry = this.#entries.get(turnId);
    if (!entry) return { kind: "none" };
    this.#entries.delete(turnId);
    if (entry.overflowed) {
      return {
        kind: "failed",
        error: new BufferOverflowError(
          `events of ${this.#noun} ${turnId} overflowed the early buffer`,
        ),
      };
    }
    return { kind: "events", events: entry.events, completed: entry.completedAt !== null };
  }

  /** Drops everything and stops the sweep timer (the connection ended). */
  stop(): void {
    this.#stopped = true;
    if (this.#sweepTimer !== undefined) clearTimeout(this.#sweepTimer);
    this.#sweepTimer = undefined;
    this.#entries.clear();
  }

  #evictOldest(): void {
    const [oldest, entry] = this.#entries.entries().next().value!;
    this.#entries.delete(oldest);
    addBounded(this.#evicted, oldest, EVICTED_CAP);
    if (entry.events.length > 0 || entry.overflowed) {
      this.#report(
        new BufferOverflowError(
          `too many unclaimed ${this.#noun}s (${this.#limits.maxTurns}); dropped buffered events of ${this.#noun} ${oldest}`,
        ),
      );
    }
  }

  #scheduleSweep(): void {
    if (this.#sweepTimer !== undefined || this.#stopped) return;
    this.#sweepTimer = setTimeout(() => {
      this.#sweepTimer = undefined;
      const cutoff = Date.now() - this.#limits.completedGraceMs;
      let remaining = false;
      for (const [turnId, entry] of this.#entries) {
        if (entry.completedAt === null) continue;
        if (entry.completedAt <= cutoff) {
          this.#entries.delete(turnId);
          this.#onSwept(turnId);
        } else {
          remaining = true;
        }
      }
      if (remaining) this.#scheduleSweep();
    }, this.#limits.completedGraceMs);
  }
}
