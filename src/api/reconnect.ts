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
import { TurnRegistry } from "./turn_registry.ts";
import { settleFromStored, storedTurns } from "./_stored_turns.ts";
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
   * with {@link ConnectionLostError}. Calls already written to the lost connection fail
   * with {@link ConnectionLostError} either way (turn starts and steers excepted: see
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

/** Keeps a client connected; see the file comment. */
export class Reconnector {
  readonly #client: AppServerClient;
  readonly #connect: () => Transport | Promise<Transport>;
  readonly #maxAttempts: number;
  readonly #initialDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #onState: (state: ConnectionState) => void;
  readonly #stop = new AbortController();
  #running = false;

  constructor(
    client: AppServerClient,
    connect: () => Transport | Promise<Transport>,
    options: ReconnectOptions,
    onState: ((state: ConnectionState) => void) | undefined,
  ) {
    const maxAttempts = options.maxAttempts ?? 5;
    if (!(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
      throw new RangeError(`reconnect.maxAttempts must be a whole number ≥ 1, got ${maxAttempts}`);
    }
    this.#client = client;
    this.#connect = connect;
    this.#maxAttempts = maxAttempts;
    this.#initialDelayMs = Math.max(0, options.initialDelayMs ?? 250);
    this.#maxDelayMs = Math.max(this.#initialDelayMs, options.maxDelayMs ?? 10_000);
    this.#onState = (state) => {
      try {
        onState?.(state);
      } catch {
        // An observer that throws must not stop the reconnecting.
      }
    };
    client.router.onConnectionLost((info) => void this.#reconnect(info), {
      queueCalls: options.queueCalls ?? true,
    });
  }

  /** Stops trying (a deliberate close). */
  stop(): void {
    this.#stop.abort();
    this.#client.router.onConnectionLost(undefined);
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
          backoffDelay(attempt, this.#initialDelayMs, this.#maxDelayMs),
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
          router.attach(transport);
          await this.#client.reinitialize();
          await this.#resumeAll(lostAt);
          router.connected();
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
      router.end({
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
      TurnRegistry.of(this.#client).threadsToResume().map((threadId) =>
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
  const registry = TurnRegistry.of(client);
  registry.setUnsubscribed(threadId, true);
  failTurns(client, registry.running(threadId), `thread ${threadId}: ${refused}`);
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
    await pause(backoffDelay(attempt, 50, 1_000) + 10);
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
  const registry = TurnRegistry.of(client);
  let ended: string[] = [];
  let active = false;
  try {
    await client.request("thread/resume", { threadId }, {
      whileReconnecting,
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
        ended = registry.markGap(threadId, running, lostAt, Date.now());
        active = result.thread.status?.type === "active";
        for (const turnId of running) {
          if (!registry.get(turnId)) registry.claim(threadId, turnId, { joinedLate: true });
        }
      },
    });
  } catch (error) {
    const refused = error instanceof JsonRpcError &&
      !(error instanceof ServerBusyError || error instanceof ServerShuttingDownError);
    if (!refused) throw error;
    return error.message;
  }
  registry.setUnsubscribed(threadId, false);
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
  const registry = TurnRegistry.of(client);
  const found = await storedTurns(client, threadId, ended, { whileReconnecting });
  for (const turnId of ended) {
    const turn = found.get(turnId);
    const handle = registry.get(turnId);
    if (!handle || handle.settled) continue;
    if (turn) settleFromStored(client, threadId, turn);
    // Neither listed nor stored while the thread is busy: a turn just starting (a review
    // lists nothing until its inner turn runs); its events come on this connection.
    else if (!active) {
      failTurns(client, [turnId], `turn ${turnId} is unknown to the server after reconnecting`);
    }
  }
}

/** Fails turns a reconnect cannot bring back. */
function failTurns(client: AppServerClient, turnIds: string[], reason: string): void {
  for (const turnId of turnIds) {
    client.router.failTurn(
      turnId,
      new TransportClosedError({ exitCode: null, signal: null, stderrTail: "", reason }),
    );
  }
}
