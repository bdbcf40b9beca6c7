// A goal: the server runs turns on a thread by itself until the goal stops being active.
// The handle follows every one of those turns (through the thread's turn watcher) and
// joins them into one logical stream.
import type {
  ThreadGoal,
  ThreadGoalUpdatedNotification,
  TurnSteerResponse,
} from "../../gen/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { onAbort } from "../_abort.ts";
import { CodexError, ConnectionLostError, type TransportClosedError } from "../errors.ts";
import type { TurnInput } from "./input.ts";
import { FollowedList, iteratorStream } from "./_streams.ts";
import { endStream } from "../router/stream_end.ts";
import type { TurnEvent, TurnHandle } from "./turn.ts";
import type { TurnRegistry } from "./turn_registry.ts";
import { Session } from "./session.ts";

/**
 * Options of {@link Thread.startGoal}.
 *
 * @example
 * ```ts
 * import type { GoalOptions, Thread } from "codex-app-server";
 * declare const thread: Thread;
 * const options: GoalOptions = { tokenBudget: 250_000, signal: AbortSignal.timeout(3_600_000) };
 * const goal = await thread.startGoal("Migrate the tests to node:test", options);
 * ```
 */
export interface GoalOptions {
  /** Stop the goal (status `budgetLimited`) once its turns used this many tokens. */
  tokenBudget?: number;
  /** Aborting pauses the goal and interrupts its running turn (like {@link GoalHandle.interrupt}). */
  signal?: AbortSignal;
  /** Timeout of each goal request (`thread/goal/set`), not of the goal. */
  timeoutMs?: number;
}

/**
 * A goal running on a thread: the server starts turn after turn for it until it is
 * complete, paused, blocked, or out of budget or usage. `stream()` and `text()` run across
 * all those turns in order as one stream that ends when the goal stops being active (and
 * its last turn has ended); `turns()` gives each turn's own handle.
 *
 * The streams end as done after `codex.close()` and fail with {@link TransportClosedError}
 * when the connection is lost.
 *
 * After {@link GoalHandle.resume} the goal runs again: `done()` then waits for the next
 * stop, and streams taken from then on run until it (streams that already ended stay
 * ended; every stream starts at the goal's first turn).
 *
 * @example
 * ```ts
 * import type { Thread } from "codex-app-server";
 * declare const thread: Thread;
 * const goal = await thread.startGoal("Port the CLI to the new config format");
 * for await (const turn of goal.turns()) console.log("goal turn", turn.id);
 * const final = await goal.done();
 * console.log(final.status, final.tokensUsed);
 * ```
 */
export class GoalHandle {
  /** The thread the goal runs on. */
  readonly threadId: string;
  readonly #client: AppServerClient;
  readonly #session: Session;
  readonly #registry: TurnRegistry;
  readonly #turns = new FollowedList<TurnHandle>();
  #goal: ThreadGoal;
  #stopped = false;
  #lost: TransportClosedError | undefined;
  #done!: Promise<ThreadGoal>;
  #resolveDone!: (goal: ThreadGoal) => void;
  #rejectDone!: (error: unknown) => void;
  #unlisten: () => void = () => {};
  #unsubscribe: () => void = () => {};
  readonly #timeoutMs: number | undefined;

  private constructor(
    client: AppServerClient,
    threadId: string,
    goal: ThreadGoal,
    timeoutMs: number | undefined,
  ) {
    this.#client = client;
    this.#session = Session.of(client);
    this.#registry = this.#session.turns;
    this.threadId = threadId;
    this.#goal = goal;
    this.#timeoutMs = timeoutMs;
    this.#newDone();
  }

  /** Used by {@link Thread.startGoal}; not meant to be called directly. */
  static async start(
    client: AppServerClient,
    threadId: string,
    objective: string,
    options: GoalOptions,
  ): Promise<GoalHandle> {
    const placeholder: ThreadGoal = {
      threadId,
      objective,
      status: "active",
      tokenBudget: options.tokenBudget ?? null,
      tokensUsed: 0,
      timeUsedSeconds: 0,
      createdAt: 0,
      updatedAt: 0,
    };
    const goal = new GoalHandle(client, threadId, placeholder, options.timeoutMs);
    // Listen before asking: the first turn can start before the answer arrives.
    goal.#attach();
    try {
      const { goal: set } = await client.request("thread/goal/set", {
        threadId,
        objective,
        status: "active",
        ...(options.tokenBudget !== undefined ? { tokenBudget: options.tokenBudget } : {}),
      }, { timeoutMs: options.timeoutMs, signal: options.signal });
      goal.#update(set);
    } catch (error) {
      goal.#detach();
      throw error;
    }
    const { signal } = options;
    if (signal) {
      const unlisten = onAbort(signal, () => void goal.interrupt().catch(() => {}));
      void goal.#finally.then(unlisten);
    }
    return goal;
  }

  /** The goal as the server last described it. */
  get goal(): ThreadGoal {
    return this.#goal;
  }

  /**
   * Every event of every goal turn, in order, as one stream; ends when the goal stops
   * being active and its last turn has ended.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * for await (const event of goal.stream()) console.log(event.method);
   * ```
   */
  stream(): ReadableStream<TurnEvent> {
    return iteratorStream(this.#events((turn) => turn[Symbol.asyncIterator]()));
  }

  /**
   * The agent's message deltas of every goal turn, in order.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * for await (const chunk of goal.text()) console.log(chunk);
   * ```
   */
  text(): ReadableStream<string> {
    return iteratorStream(
      this.#events((turn) => turn.text()[Symbol.asyncIterator]() as AsyncIterator<string>),
    );
  }

  /**
   * A handle for each turn of the goal, from its first, ending with the goal.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * for await (const turn of goal.turns()) console.log((await turn.result()).usage);
   * ```
   */
  turns(): ReadableStream<TurnHandle> {
    return iteratorStream(this.#handles());
  }

  /**
   * Resolves with the goal once it has stopped being active (complete, paused, blocked,
   * budget or usage limited, cleared) and its last turn has ended. Rejects with
   * {@link TransportClosedError} when the connection is lost first.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * const { status, tokensUsed } = await goal.done();
   * ```
   */
  done(): Promise<ThreadGoal> {
    return this.#done;
  }

  /**
   * Pauses the goal: no further turn starts; the running one ends on its own.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * await goal.pause();
   * console.log((await goal.done()).status); // "paused"
   * ```
   */
  async pause(options: CallOptions = {}): Promise<ThreadGoal> {
    return await this.#setStatus("paused", options);
  }

  /**
   * Makes a stopped goal active again; the server starts turns for it again.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * await goal.resume();
   * ```
   */
  async resume(options: CallOptions = {}): Promise<ThreadGoal> {
    if (this.#stopped) {
      this.#stopped = false;
      this.#newDone();
      this.#attach();
    }
    return await this.#setStatus("active", options);
  }

  /**
   * Removes the goal from the thread (`thread/goal/clear`); `done()` then resolves with
   * the goal as it last was.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * await goal.clear();
   * ```
   */
  async clear(options: CallOptions = {}): Promise<void> {
    await this.#client.request("thread/goal/clear", { threadId: this.threadId }, {
      timeoutMs: this.#timeoutMs,
      ...options,
    });
    this.#stop();
  }

  /**
   * Adds input to the goal turn that is running (`turn/steer`).
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * await goal.steer("Skip the flaky integration tests");
   * ```
   */
  steer(input: TurnInput, options: CallOptions = {}): Promise<TurnSteerResponse> {
    const running = this.#running();
    if (!running) {
      return Promise.reject(new CodexError(`goal on thread ${this.threadId} has no running turn`));
    }
    return running.steer(input, options);
  }

  /**
   * Pauses the goal and interrupts its running turn.
   *
   * @example
   * ```ts
   * import type { GoalHandle } from "codex-app-server";
   * declare const goal: GoalHandle;
   * await goal.interrupt();
   * ```
   */
  async interrupt(options: CallOptions = {}): Promise<void> {
    await this.pause(options);
    await this.#running()?.interrupt(options);
  }

  /** Settles when this run of the goal has stopped, whichever way. */
  get #finally(): Promise<unknown> {
    return this.#done.catch(() => {});
  }

  #running(): TurnHandle | undefined {
    const last = this.#turns.items.at(-1);
    return last && !last.settled ? last : undefined;
  }

  async #setStatus(status: "active" | "paused", options: CallOptions): Promise<ThreadGoal> {
    const { goal } = await this.#client.request("thread/goal/set", {
      threadId: this.threadId,
      status,
    }, { timeoutMs: this.#timeoutMs, ...options });
    this.#update(goal);
    return goal;
  }

  #newDone(): void {
    this.#done = new Promise<ThreadGoal>((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
    // Nobody may be waiting; a lost connection must not be an unhandled rejection.
    this.#done.catch(() => {});
  }

  #attach(): void {
    this.#session.goals.set(this.threadId, this);
    this.#unlisten = this.#registry.listen(this.threadId, (turn) => this.#onTurn(turn));
    const router = this.#client.router;
    this.#unsubscribe = router.subscribeThread(this.threadId, (n) => {
      if (n.method === "thread/goal/updated") {
        this.#update((n.params as ThreadGoalUpdatedNotification).goal);
      } else if (n.method === "thread/goal/cleared") void this.#onCleared();
    });
    void router.done.then((error) => {
      if (this.#stopped) return;
      this.#stopped = true;
      // A deliberate close ends the goal's streams; a lost connection is their error.
      endStream(
        { close: () => {}, fail: (lost) => this.#lost = lost },
        error,
        router.closedByClient,
      );
      this.#detach();
      this.#rejectDone(error);
      this.#turns.wake();
    });
  }

  #detach(): void {
    this.#unlisten();
    this.#unsubscribe();
    if (this.#session.goals.get(this.threadId) === this) {
      this.#session.goals.delete(this.threadId);
    }
  }

  #onTurn(turn: TurnHandle): void {
    this.#turns.push(turn);
    // Goal updates that name the turn travel in the turn's own events.
    void (async () => {
      try {
        for await (const event of turn) {
          if (event.method === "thread/goal/updated") this.#update(event.params.goal);
        }
      } catch {
        // The turn failed with the connection; done() reports that.
      }
      this.#maybeFinish();
    })();
  }

  #update(goal: ThreadGoal | undefined): void {
    if (typeof goal !== "object" || goal === null) return;
    this.#goal = goal;
    if (goal.status !== "active") this.#stop();
  }

  /**
   * `thread/goal/cleared`: another client cleared the goal, or the snapshot a `thread/resume`
   * sends (after a reconnect) found no goal in the server's store at that moment. A resume
   * alone must not end the goal, so the server's `thread/goal/get` decides: the goal ends
   * when the server has none (or one that is not active); an active one goes on.
   */
  async #onCleared(): Promise<void> {
    if (this.#stopped) return;
    let current: ThreadGoal | null | undefined;
    try {
      ({ goal: current } = await this.#client.request(
        "thread/goal/get",
        { threadId: this.threadId },
        // The snapshot arrives while the resumes of a reconnect are still under way.
        { timeoutMs: this.#timeoutMs, whileReconnecting: true },
      ));
    } catch (error) {
      // Cut again: the next resume sends its own snapshot (and giving up ends the goal).
      if (error instanceof ConnectionLostError) return;
      current = null;
    }
    if (current) this.#update(current);
    else this.#stop();
  }

  /** The goal stopped being active: stop listening for new turns, finish when idle. */
  #stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#detach();
    this.#maybeFinish();
  }

  #maybeFinish(): void {
    if (!this.#stopped || this.#running()) return;
    this.#resolveDone(this.#goal);
    this.#turns.wake();
  }

  /** Waits until turn `index` exists (true) or the goal has stopped without it (false). */
  #waitForTurn(index: number): Promise<boolean> {
    return this.#turns.has(index, () => {
      if (!this.#stopped || this.#running()) return false;
      if (this.#lost) throw this.#lost;
      return true;
    });
  }

  async *#handles(): AsyncGenerator<TurnHandle> {
    for (let i = 0;; i++) {
      if (!(await this.#waitForTurn(i))) return;
      yield this.#turns.items[i];
    }
  }

  async *#events<T>(read: (turn: TurnHandle) => AsyncIterator<T>): AsyncGenerator<T> {
    for (let i = 0;; i++) {
      if (!(await this.#waitForTurn(i))) return;
      const iterator = read(this.#turns.items[i]);
      try {
        while (true) {
          const { value, done } = await iterator.next();
          if (done) break;
          yield value;
        }
      } finally {
        await iterator.return?.();
      }
    }
  }
}
