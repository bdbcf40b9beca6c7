// A pool of app-server connections. Placement is the only decision it makes: a thread lives
// on the connection that started it (its Thread object talks to that one client), so its
// turns stay there without any routing of their own.
import type { ServerNotification, ThreadStartParams } from "../../gen/types.ts";
import { Codex, type CodexOptions, type ThreadOptions } from "./codex.ts";
import { CodexError, TransportClosedError } from "../errors.ts";
import type { Thread } from "./thread.ts";

/**
 * One member of a {@link CodexPool}: the options of a {@link Codex.start} (a spawned
 * process, or a `transport` such as `await webSocket(url)`), or a function that returns a
 * started {@link Codex} — use that for remote endpoints, so the pool connects them itself.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * import { type PoolEndpoint, webSocket } from "codex-app-server/transports";
 * const local: PoolEndpoint = { config: { model: "gpt-5.1-codex" } };
 * const remote: PoolEndpoint = async () =>
 *   Codex.start({ transport: await webSocket("wss://build-1.internal:4500", { token: "…" }) });
 * ```
 */
export type PoolEndpoint = CodexOptions | (() => Promise<Codex>);

/**
 * A snapshot of one endpoint of a {@link CodexPool}: its client, whether it is still
 * connected, and the load the pool places by.
 *
 * @example
 * ```ts
 * import type { CodexPool } from "codex-app-server/transports";
 * declare const pool: CodexPool;
 * for (const e of pool.endpoints) {
 *   console.log(e.index, e.alive ? `${e.activeTurns} turns, ${e.threads} threads` : e.closedError?.message);
 * }
 * ```
 */
export interface PoolEndpointState {
  /** Position in the list given to {@link CodexPool.start}. */
  readonly index: number;
  /** The endpoint's client (`pid` is set for spawned processes). */
  readonly codex: Codex;
  /** False once its connection has ended; no thread is placed there any more. */
  readonly alive: boolean;
  /**
   * True while the endpoint reconnects after a drop (its `reconnect` option); new threads
   * go elsewhere meanwhile, and its own threads and turns go on once it is back.
   */
  readonly reconnecting: boolean;
  /** Turns started and not yet completed on it (from its `turn/*` notifications). */
  readonly activeTurns: number;
  /** Threads loaded on it (started and not closed), plus placements under way. */
  readonly threads: number;
  /** Why the connection ended, once it has. */
  readonly closedError: TransportClosedError | undefined;
}

/** Options of {@link CodexPool.start}. */
export interface CodexPoolOptions {
  /** Called once when an endpoint's connection ends (not when the pool closes it). */
  onEndpointClosed?: (endpoint: PoolEndpointState, error: TransportClosedError) => void;
}

class Slot {
  readonly index: number;
  readonly codex: Codex;
  // Ids of what is live right now; entries leave with turn/completed and thread/closed, so
  // the sets hold current load, not history.
  readonly turns = new Set<string>();
  readonly threads = new Set<string>();
  placing = 0;
  closedError: TransportClosedError | undefined;
  reader: ReadableStreamDefaultReader<ServerNotification> | undefined;

  constructor(index: number, codex: Codex) {
    this.index = index;
    this.codex = codex;
  }

  get alive(): boolean {
    return this.closedError === undefined;
  }

  state(): PoolEndpointState {
    return {
      index: this.index,
      codex: this.codex,
      alive: this.alive,
      reconnecting: this.codex.client.router.reconnecting,
      activeTurns: this.turns.size,
      threads: this.threads.size + this.placing,
      closedError: this.closedError,
    };
  }

  observe(notification: ServerNotification): void {
    switch (notification.method) {
      case "turn/started":
        this.turns.add(notification.params.turn.id);
        break;
      case "turn/completed":
        this.turns.delete(notification.params.turn.id);
        break;
      case "thread/started":
        this.threads.add(notification.params.thread.id);
        break;
      case "thread/closed":
        this.threads.delete(notification.params.threadId);
        break;
    }
  }
}

/**
 * Several app-servers behind one `startThread`: each new thread goes to the live endpoint
 * with the fewest active turns, then the fewest threads, then the lowest index. A thread's
 * turns run where it was placed. When an endpoint's connection ends, only its threads fail
 * (with {@link TransportClosedError}) and new threads go to the others; with none left,
 * `startThread` rejects with a {@link CodexError} listing why each ended.
 *
 * @example
 * ```ts
 * import { CodexPool } from "codex-app-server/transports";
 * await using pool = await CodexPool.start([{}, {}, {}]); // three local app-servers
 * const threads = await Promise.all(
 *   ["api", "web", "docs"].map(() => pool.startThread({ cwd: "." })),
 * );
 * const results = await Promise.all(threads.map((t, i) => t.run(`Review part ${i}`)));
 * console.log(results.map((r) => r.status), pool.endpoints.map((e) => e.threads));
 * ```
 */
export class CodexPool implements AsyncDisposable {
  readonly #slots: Slot[];
  readonly #placement = new WeakMap<Thread, Slot>();
  readonly #options: CodexPoolOptions;
  #closing: Promise<void> | undefined;

  private constructor(codexes: Codex[], options: CodexPoolOptions) {
    this.#options = options;
    this.#slots = codexes.map((codex, index) => new Slot(index, codex));
    for (const slot of this.#slots) this.#watch(slot);
  }

  /**
   * Starts (or connects) every endpoint at once. If any fails, the others are closed and
   * the error names the failing endpoint.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * import { CodexPool, webSocket } from "codex-app-server/transports";
   * const pool = await CodexPool.start([
   *   {},                                                        // a local process
   *   async () => Codex.start({ transport: await webSocket("ws://127.0.0.1:4500") }),
   * ]);
   * await pool.close();
   * ```
   */
  static async start(
    endpoints: readonly PoolEndpoint[],
    options: CodexPoolOptions = {},
  ): Promise<CodexPool> {
    if (endpoints.length === 0) throw new CodexError("CodexPool.start: no endpoints given");
    const started = await Promise.allSettled(
      endpoints.map((endpoint) =>
        typeof endpoint === "function" ? endpoint() : Codex.start(endpoint)
      ),
    );
    const failed = started.findIndex((result) => result.status === "rejected");
    if (failed !== -1) {
      await Promise.allSettled(
        started.map((result) =>
          result.status === "fulfilled" ? result.value.close() : Promise.resolve()
        ),
      );
      const reason = (started[failed] as PromiseRejectedResult).reason;
      throw new CodexError(
        `CodexPool.start: endpoint ${failed} failed to start: ${
          reason instanceof Error ? reason.message : String(reason)
        }`,
        { cause: reason },
      );
    }
    return new CodexPool(
      started.map((result) => (result as PromiseFulfilledResult<Codex>).value),
      options,
    );
  }

  /**
   * Every endpoint's state, in the order given to {@link CodexPool.start} (snapshots:
   * read again for fresh numbers).
   *
   * @example
   * ```ts
   * import type { CodexPool } from "codex-app-server/transports";
   * declare const pool: CodexPool;
   * console.log(pool.endpoints.filter((e) => e.alive).length, "endpoints up");
   * ```
   */
  get endpoints(): readonly PoolEndpointState[] {
    return this.#slots.map((slot) => slot.state());
  }

  /**
   * Starts a thread (`thread/start`) on the least-loaded live endpoint. If that endpoint's
   * connection ends during the call, the thread is placed on the next one; other errors
   * reject as they would from {@link Codex.startThread}.
   *
   * @example
   * ```ts
   * import type { CodexPool } from "codex-app-server/transports";
   * declare const pool: CodexPool;
   * const thread = await pool.startThread({ cwd: "/repo", approvalPolicy: "on-request" });
   * console.log(pool.endpointOf(thread)?.index, (await thread.run("Fix the build")).status);
   * ```
   */
  async startThread(params: ThreadStartParams = {}, options: ThreadOptions = {}): Promise<Thread> {
    if (this.#closing) throw new CodexError("CodexPool is closed");
    const tried = new Set<Slot>();
    while (true) {
      const slot = this.#pick(tried);
      if (!slot) {
        if (tried.size > 0 && this.#slots.some((s) => s.alive)) {
          throw new CodexError("CodexPool: every live endpoint failed to start the thread");
        }
        throw this.#noneLeft();
      }
      tried.add(slot);
      // Counted before the request goes out, so a burst of startThread calls spreads out
      // instead of all choosing the endpoint that looked idle.
      slot.placing++;
      try {
        const thread = await slot.codex.startThread(params, options);
        slot.threads.add(thread.id);
        this.#placement.set(thread, slot);
        return thread;
      } catch (error) {
        if (error instanceof TransportClosedError && !this.#closing) continue;
        throw error;
      } finally {
        slot.placing--;
      }
    }
  }

  /**
   * The endpoint a thread from {@link CodexPool.startThread} was placed on.
   *
   * @example
   * ```ts
   * import type { CodexPool } from "codex-app-server/transports";
   * declare const pool: CodexPool;
   * const thread = await pool.startThread();
   * console.log(pool.endpointOf(thread)?.codex.pid);
   * ```
   */
  endpointOf(thread: Thread): PoolEndpointState | undefined {
    return this.#placement.get(thread)?.state();
  }

  /**
   * Closes every endpoint (ending spawned processes); their open turns fail with
   * {@link TransportClosedError}. Idempotent.
   *
   * @example
   * ```ts
   * import { CodexPool } from "codex-app-server/transports";
   * const pool = await CodexPool.start([{}, {}]);
   * await pool.close();
   * ```
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      for (const slot of this.#slots) void slot.reader?.cancel().catch(() => {});
      await Promise.allSettled(this.#slots.map((slot) => slot.codex.close()));
    })();
    return this.#closing;
  }

  /** Same as {@link CodexPool.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #pick(tried: Set<Slot>): Slot | undefined {
    // An endpoint that is reconnecting is chosen only when no other is left: it fails fast
    // with ConnectionLostError, and startThread moves on.
    let best: Slot | undefined;
    for (const slot of this.#slots) {
      if (!slot.alive || tried.has(slot)) continue;
      if (!best || rank(slot, best) < 0) best = slot;
    }
    return best;
  }

  #noneLeft(): CodexError {
    const why = this.#slots.map((slot) => `  endpoint ${slot.index}: ${slot.closedError?.message}`);
    return new CodexError(
      `CodexPool: no live endpoint left (all ${this.#slots.length} have closed):\n${
        why.join("\n")
      }`,
    );
  }

  #watch(slot: Slot): void {
    void slot.codex.client.router.done.then((error) => {
      slot.closedError = error;
      slot.turns.clear();
      slot.threads.clear();
      if (this.#closing) return;
      try {
        this.#options.onEndpointClosed?.(slot.state(), error);
      } catch {
        // A throwing callback must not become an unhandled rejection (fatal on Node).
      }
    });
    void (async () => {
      // A notifications() stream ends with an error when the connection ends, or when this
      // reader falls too far behind; only the second is worth a new subscription.
      while (slot.alive && !this.#closing) {
        const reader = slot.codex.notifications().getReader();
        slot.reader = reader;
        try {
          while (true) {
            const { value, done } = await reader.read();
            if (done) return;
            slot.observe(value);
          }
        } catch {
          if (slot.codex.client.closedError) return;
          // Completions were missed: forget the turns rather than count them busy forever
          // (an undercount heals as turns end; an overcount never would).
          slot.turns.clear();
        }
      }
    })();
  }
}

/** Negative when `a` is the better place for a new thread than `b`. */
function rank(a: Slot, b: Slot): number {
  const down = Number(a.codex.client.router.reconnecting) -
    Number(b.codex.client.router.reconnecting);
  if (down !== 0) return down;
  return lighter(a, b) ? -1 : 1;
}

function lighter(a: Slot, b: Slot): boolean {
  if (a.turns.size !== b.turns.size) return a.turns.size < b.turns.size;
  const threadsA = a.threads.size + a.placing;
  const threadsB = b.threads.size + b.placing;
  return threadsA < threadsB;
}
