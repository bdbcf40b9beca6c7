// Reconnecting after a dropped connection to a remote app-server (WebSocket, Unix socket).
// The server keeps threads and running turns alive when a client goes away; a new
// connection that resumes the thread gets the rest of the turn's events. This loop makes
// the new connection, resumes every thread the client follows, marks the gap in each
// running turn, and ends the turns that finished while nobody was connected.
import type { AppServerClient } from "../client/client.ts";
import { TransportClosedError, type TransportCloseInfo } from "../errors.ts";
import type { Transport } from "../transport/transport.ts";
import { connectionLink } from "../router/message_router.ts";
import type { ConnectionLink } from "../router/types.ts";
import { Session } from "./session.ts";
import type { RoutedEvent } from "../router/types.ts";
import { storedTurns } from "./_stored_turns.ts";
import { backoffDelay, pause } from "../_backoff.ts";

/**
 * How to reconnect after an unexpected drop: up to `maxAttempts` tries, waiting a random
 * delay up to an exponentially growing bound ("full jitter") before each (from `initialDelayMs`, at most
 * `maxDelayMs`).
 *
 * @example
 * ```ts
 * import type { ReconnectOptions } from "codex-app-server";
 * const policy: ReconnectOptions = { maxAttempts: 10, initialDelayMs: 200, maxDelayMs: 5_000 };
 * ```
 */
export interface ReconnectOptions {
  /** Tries before giving up (default 5). */
  maxAttempts?: number;
  /** Delay before the first try, in ms (default 250). */
  initialDelayMs?: number;
  /** Longest delay between tries, in ms (default 10,000). */
  maxDelayMs?: number;
}

/**
 * What `onConnectionState` is told: `connected` once at start, then for each drop `lost`,
 * one `reconnecting` per attempt, and `reconnected` or `gave up`.
 *
 * @example
 * ```ts
 * import type { ConnectionState } from "codex-app-server";
 * const log = (s: ConnectionState) =>
 *   console.log(s.state === "reconnecting" ? `attempt ${s.attempt}` : s.state);
 * ```
 */
export type ConnectionState =
  | { state: "connected" }
  | { state: "lost"; at: number; reason: string }
  | { state: "reconnecting"; attempt: number; delayMs: number; reason: string }
  | { state: "reconnected"; attempt: number; lostAt: number; at: number }
  | { state: "gave up"; attempts: number; reason: string };

/**
 * How long before a drop a turn may have ended and still be one this client missed (the
 * server's timestamps are in whole seconds; a turn whose end was seen is skipped anyway).
 */
const RECENT_SECONDS = 60;

/** Keeps a client connected; see the file comment. */
export class Reconnector {
  readonly #client: AppServerClient;
  readonly #connect: () => Transport | Promise<Transport>;
  readonly #maxAttempts: number;
  readonly #initialDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #onState: (state: ConnectionState) => void;
  readonly #random: () => number;
  readonly #stop = new AbortController();
  readonly #link: ConnectionLink;
  #running = false;

  constructor(
    client: AppServerClient,
    connect: () => Transport | Promise<Transport>,
    options: ReconnectOptions,
    onState: ((state: ConnectionState) => void) | undefined,
    // The jitter's source of randomness, in [0, 1): only tests pass another one.
    random: () => number = Math.random,
  ) {
    const maxAttempts = options.maxAttempts ?? 5;
    if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
      throw new RangeError(`reconnect.maxAttempts must be a whole number ≥ 1, got ${maxAttempts}`);
    }
    this.#client = client;
    this.#connect = connect;
    this.#maxAttempts = maxAttempts;
    this.#random = random;
    this.#initialDelayMs = Math.max(0, options.initialDelayMs ?? 250);
    this.#maxDelayMs = Math.max(this.#initialDelayMs, options.maxDelayMs ?? 10_000);
    this.#onState = (state) => {
      try {
        onState?.(state);
      } catch {
        // An observer that throws must not stop the reconnecting.
      }
    };
    this.#link = connectionLink(client.router, (info) => void this.#reconnect(info));
  }

  /** Stops trying (a deliberate close). */
  stop(): void {
    this.#stop.abort();
    connectionLink(this.#client.router, undefined);
  }

  async #reconnect(info: TransportCloseInfo): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    const lostAt = Date.now();
    let reason = new TransportClosedError(info).message;
    this.#onState({ state: "lost", at: lostAt, reason });
    const router = this.#client.router;
    let lastInfo = info;
    try {
      for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
        const delayMs = Math.round(
          backoffDelay(attempt, this.#initialDelayMs, this.#maxDelayMs, this.#random),
        );
        this.#onState({ state: "reconnecting", attempt, delayMs, reason });
        if (!(await pause(delayMs, this.#stop.signal))) return;
        let transport: Transport | undefined;
        try {
          transport = await this.#connect();
          if (this.#stop.signal.aborted) {
            await transport.close();
            return;
          }
          this.#link.attach(transport);
          await this.#client.reinitialize();
          await this.#resumeAll(lostAt);
          this.#link.connected();
          this.#onState({ state: "reconnected", attempt, lostAt, at: Date.now() });
          return;
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
          lastInfo = { exitCode: null, signal: null, stderrTail: "", reason };
          if (transport) await transport.close().catch(() => {});
          if (router.closedError) return;
        }
      }
      this.#onState({ state: "gave up", attempts: this.#maxAttempts, reason });
      this.#link.end({
        ...lastInfo,
        reason: `gave up reconnecting after ${this.#maxAttempts} attempts: ${reason}`,
      });
    } finally {
      this.#running = false;
    }
  }

  /** Resumes every followed thread and settles the turns that ended during the gap. */
  async #resumeAll(lostAt: number): Promise<void> {
    const session = Session.of(this.#client);
    const registry = session.turns;
    await Promise.all(
      threadsToResume(session).map(async (threadId) => {
        let ended: string[] = [];
        await this.#client.request("thread/resume", { threadId }, {
          whileReconnecting: true,
          // Before any later message is routed: the gap marker precedes the new events.
          onResult: (result) => {
            const running = new Set(
              result.thread.turns.filter((t) => t.status === "inProgress").map((t) => t.id),
            );
            ended = markGap(session, threadId, running, lostAt, Date.now(), this.#link);
            // In the answer's order, so listeners (a goal) get them as they ran. A running
            // turn this client does not follow yet is joined; one that started and ended
            // around the gap without this client seeing it end (a goal's next turn,
            // another client's turn) is followed like one that lived through the gap, its
            // end read from the server below. Left unknown, the resume's token-usage
            // snapshot naming it would start a turn on the thread's watchers that never
            // ends (and a goal waiting for it would never finish).
            const since = Math.floor(lostAt / 1000) - RECENT_SECONDS;
            for (const turn of result.thread.turns) {
              if (registry.get(turn.id) || this.#link.hasEnded(turn.id)) continue;
              if (turn.status === "inProgress") {
                registry.claim(threadId, turn.id, { joinedLate: true });
              } else if ((turn.completedAt ?? since) >= since) {
                registry.claim(threadId, turn.id, { joinedLate: true });
                ended.push(turn.id);
              }
            }
          },
        });
        if (ended.length > 0) await this.#finishEnded(threadId, ended);
      }),
    );
  }

  /** Ends turns that completed while the connection was down, with the server's outcome. */
  async #finishEnded(threadId: string, turnIds: string[]): Promise<void> {
    const found = await storedTurns(this.#client, threadId, turnIds, { whileReconnecting: true });
    for (const turnId of turnIds) {
      const turn = found.get(turnId);
      const handle = Session.of(this.#client).turns.get(turnId);
      if (!handle || handle.settled) continue;
      if (turn) {
        this.#link.inject(JSON.stringify({ method: "turn/completed", params: { threadId, turn } }));
      } else {
        this.#link.failTurn(
          turnId,
          new TransportClosedError({
            exitCode: null,
            signal: null,
            stderrTail: "",
            reason: `turn ${turnId} is unknown to the server after reconnecting`,
          }),
        );
      }
    }
  }
}

/** Remembers a Thread object (weakly): a reconnect resumes its thread while it lives. */
export function rememberThread(session: Session, threadId: string, thread: object): void {
  const known = session.threads;
  known.set(threadId, new WeakRef(thread));
  // Forget collected ones now and then, so a client that makes many threads stays small.
  if (known.size % 1024 === 0) {
    for (const [id, ref] of known) if (!ref.deref()) known.delete(id);
  }
}

/**
 * The threads a reconnect must resume: those with running turns, listeners or a goal,
 * and those whose Thread object is still in use.
 */
export function threadsToResume(session: Session): string[] {
  const ids = session.turns.followedThreads();
  for (const threadId of session.goals.keys()) ids.add(threadId);
  for (const [threadId, ref] of session.threads) {
    if (ref.deref()) ids.add(threadId);
    else session.threads.delete(threadId);
  }
  return [...ids];
}

/**
 * After a reconnect, from the `thread/resume` answer's `onResult`: marks the gap in every
 * running turn of the thread, and returns those the answer no longer shows running (they
 * ended while the connection was down).
 */
export function markGap(
  session: Session,
  threadId: string,
  running: Set<string>,
  lostAt: number,
  restoredAt: number,
  link: { pushToTurn(turnId: string, event: RoutedEvent): boolean },
): string[] {
  const ended: string[] = [];
  for (const { handle, events } of session.turns.running(threadId)) {
    events.missedEvents = true;
    link.pushToTurn(handle.id, {
      method: "connection/gap",
      params: { threadId, turnId: handle.id, lostAt, restoredAt },
    });
    if (!running.has(handle.id)) ended.push(handle.id);
  }
  return ended;
}
