// Reconnecting after a dropped connection to a remote app-server (WebSocket, Unix socket).
// The server keeps threads and running turns alive when a client goes away; a new
// connection that resumes the thread gets the rest of the turn's events. This loop makes
// the new connection, resumes every thread the client follows, marks the gap in each
// running turn, and ends the turns that finished while nobody was connected.
import type { AppServerClient } from "../client/client.ts";
import {
  JsonRpcError,
  ServerBusyError,
  ServerShuttingDownError,
  TransportClosedError,
  type TransportCloseInfo,
} from "../errors.ts";
import type { Transport } from "../transport/transport.ts";
import { connectionLink } from "../router/message_router.ts";
import type { ConnectionLink } from "../router/types.ts";
import { Session } from "./session.ts";
import type { RoutedEvent } from "../router/types.ts";
import { storedTurns } from "./_stored_turns.ts";
import type { Turn } from "../../gen/types.ts";
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
  /**
   * The offline queue (default true): a call made while reconnecting waits for the new
   * connection (after the handshake and the resumes) and is then sent once; it fails only
   * by its own `timeoutMs` or `signal`, or with {@link TransportClosedError} when
   * reconnecting gives up or the client is closed. False makes such calls fail at once
   * with `ConnectionLostError`. Calls already written to the lost connection fail with
   * `ConnectionLostError` either way (turn starts and steers excepted: see
   * `TurnOptions.retryOnReconnect`).
   */
  queueCalls?: boolean;
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
    this.#link = connectionLink(client.router, (info) => void this.#reconnect(info), {
      queueCalls: options.queueCalls ?? true,
    });
    Session.of(client).link = this.#link;
  }

  /** Stops trying (a deliberate close). */
  stop(): void {
    this.#stop.abort();
    connectionLink(this.#client.router, undefined);
    Session.of(this.#client).link = undefined;
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
    await Promise.all(
      threadsToResume(Session.of(this.#client)).map((threadId) =>
        resumeThread(this.#client, threadId, lostAt, true)
      ),
    );
  }
}

/**
 * Subscribes the connection to a thread again (`thread/resume`) after events of it were
 * missed since `lostAt`: marks the gap in its running turns from the answer (before any
 * later message is routed), settles those that ended meanwhile from the stored turns, and
 * fails those the server no longer knows. A thread the server refuses to resume has its
 * running turns failed; it is noted as not subscribed, so that the next turn started on it
 * resumes it (a thread without a user message yet has nothing to resume: "no rollout").
 * Other failures (the connection lost again) are thrown.
 */
export async function resumeThread(
  client: AppServerClient,
  threadId: string,
  lostAt: number,
  whileReconnecting: boolean,
): Promise<void> {
  const refused = await subscribe(client, threadId, lostAt, whileReconnecting);
  if (refused === undefined) return;
  const session = Session.of(client);
  session.unsubscribed.add(threadId);
  const running = [...session.turns.running(threadId)].map(({ handle }) => handle.id);
  failTurns(session, running, `thread ${threadId}: ${refused}`);
}

/**
 * Resumes a thread whose first turn was started on a connection that could not resume it
 * (see {@link resumeThread}). Right after its first user message the server may still
 * refuse (its history is not written yet): tries again with backoff, and fails the
 * thread's running turns only when it keeps refusing.
 */
export async function resumeAfterFirstStart(
  client: AppServerClient,
  threadId: string,
  lostAt: number,
): Promise<void> {
  for (let attempt = 1; attempt < FIRST_RESUME_ATTEMPTS; attempt++) {
    if ((await subscribe(client, threadId, lostAt, false)) === undefined) return;
    if (!(await pause(backoffDelay(attempt, 50, 1_000) + 10, Session.of(client).closed))) return;
  }
  await resumeThread(client, threadId, lostAt, false);
}

const FIRST_RESUME_ATTEMPTS = 8;

/**
 * `thread/resume` and what its answer tells. Resolves with undefined when subscribed, or
 * with the server's message when it refused the thread (nothing is changed then); other
 * failures are thrown.
 */
async function subscribe(
  client: AppServerClient,
  threadId: string,
  lostAt: number,
  whileReconnecting: boolean,
): Promise<string | undefined> {
  const session = Session.of(client);
  const registry = session.turns;
  let ended: string[] = [];
  let active = false;
  try {
    await client.request("thread/resume", { threadId }, {
      whileReconnecting,
      // Before any later message is routed: the gap marker precedes the new events.
      onResult: (result) => {
        const running = new Set<string>();
        const status = new Map(result.thread.turns.map((t) => [t.id, t.status]));
        for (const turn of result.thread.turns) {
          if (turn.status !== "inProgress") continue;
          // A review runs as an inner turn rooted at the review turn, whose id every other
          // event of the review carries. While it runs only the inner turn is listed;
          // once the review ended, the review turn is listed with its outcome and the inner
          // one may still show inProgress.
          const root = turn.rootTurnId;
          if (root && root !== turn.id) {
            if (status.has(root)) continue;
            if (registry.get(root)?.threadId === threadId) {
              running.add(root);
              continue;
            }
          }
          running.add(turn.id);
        }
        const link = linkOf(session);
        ended = markGap(session, threadId, running, lostAt, Date.now(), link);
        active = result.thread.status?.type === "active";
        // In the answer's order, so listeners (a goal) get them as they ran. A running
        // turn this client does not follow yet is joined; one that started and ended
        // around the gap without this client seeing it end (a goal's next turn, another
        // client's turn) is followed like one that lived through the gap, its end read
        // from the server below. Left unknown, the resume's token-usage snapshot naming it
        // would start a turn on the thread's watchers that never ends (and a goal waiting
        // for it would never finish). A review's inner turn is the review's, not a turn.
        const since = Math.floor(lostAt / 1000) - RECENT_SECONDS;
        for (const turn of result.thread.turns) {
          if (registry.get(turn.id) || link.hasEnded(turn.id)) continue;
          const root = turn.rootTurnId;
          if (root && root !== turn.id && (status.has(root) || registry.get(root))) continue;
          if (turn.status === "inProgress") {
            if (running.has(turn.id)) registry.claim(threadId, turn.id, { joinedLate: true });
          } else if ((turn.completedAt ?? since) >= since) {
            registry.claim(threadId, turn.id, { joinedLate: true });
            ended.push(turn.id);
          }
        }
      },
    });
  } catch (error) {
    const refused = error instanceof JsonRpcError &&
      !(error instanceof ServerBusyError || error instanceof ServerShuttingDownError);
    if (!refused) throw error;
    return error.message;
  }
  session.unsubscribed.delete(threadId);
  if (ended.length > 0) await finishEnded(client, threadId, ended, active, whileReconnecting);
  return undefined;
}

/**
 * Settles turns that ended while the connection was down, from their stored turns; fails
 * those the server does not have, unless the thread is still busy (`active`).
 */
async function finishEnded(
  client: AppServerClient,
  threadId: string,
  ended: string[],
  active: boolean,
  whileReconnecting: boolean,
): Promise<void> {
  const session = Session.of(client);
  const found = await storedTurns(client, threadId, ended, { whileReconnecting });
  for (const turnId of ended) {
    const turn = found.get(turnId);
    const handle = session.turns.get(turnId);
    if (!handle || handle.settled) continue;
    if (turn) settleFromStored(client, threadId, turn);
    // Neither listed nor stored while the thread is busy: a turn just starting (a review
    // lists nothing until its inner turn runs); its events come on this connection.
    // Otherwise it may still be starting (under load the server lists a turn late): it
    // fails only once a few looks over some seconds do not find it.
    else if (!active) void confirmGone(client, threadId, turnId);
  }
}

/**
 * Fails a turn the server showed neither running nor stored after a reconnect, unless a
 * later look finds it: ended (settled from its stored turn) or running (itself, or as the
 * inner turn of a review). Runs after the reconnect, off its path.
 */
async function confirmGone(client: AppServerClient, threadId: string, turnId: string) {
  const session = Session.of(client);
  for (let look = 1; look <= GONE_LOOKS; look++) {
    // No timer outlives the client: its end stops the looking.
    if (!(await pause(Math.min(1_000, 100 * 2 ** look), session.closed))) return;
    const handle = session.turns.get(turnId);
    if (!handle || handle.settled || !session.link) return;
    try {
      const { data } = await client.request("thread/turns/list", {
        threadId,
        itemsView: "full",
        limit: 5,
      });
      const turn = data.find((t) => t.id === turnId);
      if (turn && turn.status !== "inProgress") return settleFromStored(client, threadId, turn);
      if (turn || data.some((t) => t.rootTurnId === turnId && t.status === "inProgress")) return;
    } catch {
      // Lost again, or refused: the next look (or reconnect) decides.
    }
  }
  const handle = session.turns.get(turnId);
  if (handle && !handle.settled && session.link) {
    failTurns(session, [turnId], `turn ${turnId} is unknown to the server after reconnecting`);
  }
}

const GONE_LOOKS = 5;

/** Fails turns a reconnect cannot bring back. */
function failTurns(session: Session, turnIds: string[], reason: string): void {
  for (const turnId of turnIds) {
    linkOf(session).failTurn(
      turnId,
      new TransportClosedError({ exitCode: null, signal: null, stderrTail: "", reason }),
    );
  }
}

/**
 * Ends a claimed turn with its stored state, as if the server had sent its `turn/completed`
 * (a turn that ended while the connection was down). The stored turn carries its full
 * items (`itemsView: "full"`), which `result()` takes as they are.
 */
export function settleFromStored(client: AppServerClient, threadId: string, turn: Turn): void {
  const link = linkOf(Session.of(client));
  link.inject(JSON.stringify({ method: "turn/completed", params: { threadId, turn } }));
}

/** The reconnect loop's link (set while the client has a reconnect policy). */
export function linkOf(session: Session): ConnectionLink {
  if (!session.link) throw new Error("no reconnect policy: nothing to resume");
  return session.link;
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
