import type {
  ReviewDelivery,
  ReviewTarget,
  Thread as ThreadInfo,
  ThreadArchiveResponse,
  ThreadCompactStartResponse,
  ThreadReadResponse,
  ThreadSetNameResponse,
  ThreadUnarchiveResponse,
  Turn,
  TurnStartParams,
} from "../../gen/types.ts";
import type { AppServerClient, CallOptions, ServerRequestHandlers } from "../client/client.ts";
import { onAbort } from "../_abort.ts";
import { AbortError, ProtocolError, ThreadBusyError } from "../errors.ts";
import { GoalHandle, type GoalOptions } from "./goal.ts";
import { toUserInputs, type TurnInput } from "./input.ts";
import type { RoutedNotification, ServerRequestHandlerFn } from "../router/types.ts";
import { endWithConnection } from "../router/stream_end.ts";
import { pushStream } from "./_streams.ts";
import { type OutputSchema, toOutputJsonSchema } from "./structured.ts";
import type { TurnHandle } from "./turn.ts";
import type { TurnRegistry } from "./turn_registry.ts";
import { Session } from "./session.ts";
import { rememberThread } from "./reconnect.ts";
import { AgentTracker } from "./agents.ts";

/**
 * Turn overrides: everything `turn/start` accepts besides the thread and the input.
 *
 * @example
 * ```ts
 * import type { Thread, TurnParams } from "codex-app-server";
 * declare const thread: Thread;
 * const params: TurnParams = { effort: "low" };
 * await thread.startTurn("Summarise the diff", params);
 * ```
 */
export type TurnParams = Omit<TurnStartParams, "threadId" | "input">;

/**
 * Options of {@link Thread.startTurn} and {@link Thread.run}.
 *
 * @example
 * ```ts
 * import type { Thread, TurnOptions } from "codex-app-server";
 * declare const thread: Thread;
 * const options: TurnOptions = { signal: AbortSignal.timeout(600_000), idleTimeoutMs: 120_000 };
 * await thread.run("Fix the build", {}, options);
 * ```
 */
export interface TurnOptions {
  /**
   * The turn's lifetime signal. Aborting before the turn starts rejects with
   * {@link AbortError} and sends nothing; aborting later sends `turn/interrupt` (as soon as
   * the turn id is known, also when the abort races the `turn/start` response), and the
   * turn ends with status `interrupted`.
   */
  signal?: AbortSignal;
  /** Server-request handlers for this turn only; they win over thread and client ones. */
  serverRequests?: ServerRequestHandlers;
  /** Timeout of the `turn/start` request itself (not of the turn, which has none). */
  timeoutMs?: number;
  /**
   * An idle watchdog: interrupt the turn when it goes this long without any event. The
   * clock stops while one of the turn's approvals waits for an answer. `run()` then
   * rejects with {@link TurnIdleTimeoutError}. Off by default: long turns are normal.
   */
  idleTimeoutMs?: number;
}

/**
 * Options of {@link Thread.review}.
 *
 * @example
 * ```ts
 * import type { ReviewOptions, Thread } from "codex-app-server";
 * declare const thread: Thread;
 * const options: ReviewOptions = { delivery: "inline", signal: AbortSignal.timeout(600_000) };
 * const review = await thread.review({ type: "commit", sha: "abc1234" }, options);
 * ```
 */
export interface ReviewOptions extends Omit<TurnOptions, "idleTimeoutMs"> {
  /** Where the review runs; the stable protocol accepts only `"inline"` (this thread). */
  delivery?: ReviewDelivery;
}

/**
 * Options of {@link Thread.turns}.
 *
 * @example
 * ```ts
 * import type { Thread, TurnsOptions } from "codex-app-server";
 * declare const thread: Thread;
 * const options: TurnsOptions = { maxQueued: 50 };
 * for await (const turn of thread.turns(options)) console.log(turn.id);
 * ```
 */
export interface TurnsOptions {
  /**
   * Most handles kept while nobody reads the stream (default 1,000). Past it the oldest
   * unread handle is dropped and reported through `onProtocolMessage`; the turns
   * themselves go on.
   */
  maxQueued?: number;
}

/**
 * One conversation thread on the app-server. Start turns on it; read, rename, archive or
 * compact it. Turns on one thread run one after another: a `startTurn` while a turn is
 * running waits until that turn completes and then starts its own (the server would
 * otherwise merge the two into one turn). Use {@link TurnHandle.steer} to add input to the
 * running turn instead. Turns on different threads never wait for each other.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * await using codex = await Codex.start();
 * const thread = await codex.startThread({ cwd: "." });
 * const turn = await thread.run("List the files here");
 * console.log(turn.status);
 * ```
 */
export class Thread {
  /** The thread id. */
  readonly id: string;
  /** The thread as the server described it when it was started, resumed or forked. */
  readonly info: ThreadInfo;
  readonly #client: AppServerClient;
  readonly #session: Session;
  readonly #registry: TurnRegistry;
  #handlers: ServerRequestHandlers;
  #turnHandlers: ServerRequestHandlers | undefined;
  #queue: Promise<void> = Promise.resolve();
  // Registered with the client only while this thread has handlers of its own, so the
  // client does not hold on to every Thread ever created.
  #removeResolver: (() => void) | undefined;

  /** Used by {@link Codex}; not meant to be called directly. */
  constructor(client: AppServerClient, info: ThreadInfo, handlers: ServerRequestHandlers = {}) {
    this.#client = client;
    this.#session = Session.of(client);
    this.#registry = this.#session.turns;
    this.info = info;
    this.id = info.id;
    rememberThread(this.#session, this.id, this);
    this.#handlers = handlers;
    this.#syncResolver();
  }

  /**
   * The turn running on this thread that this client knows of: one it started, one it saw
   * start through {@link Thread.turns} or a goal, or the turn that was already running when
   * the thread was resumed. Undefined when the thread is idle.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const thread = await codex.resumeThread("0199...");
   * const running = thread.activeTurn;
   * if (running) for await (const chunk of running.text()) console.log(chunk);
   * ```
   */
  get activeTurn(): TurnHandle | undefined {
    return this.#registry.active(this.id);
  }

  /**
   * A handle for every turn that starts on this thread from now on, whoever started it:
   * this client's `startTurn` and `review`, a goal's continuations, another client's turns
   * on a shared app-server. A turn announced while this stream is open is never dropped as
   * unclaimed. Cancel the stream (or leave the loop) to stop; it ends after `close()`, and
   * fails with {@link TransportClosedError} when the connection is lost.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const turn of thread.turns()) {
   *   console.log("turn", turn.id, (await turn.result()).finalResponse);
   * }
   * ```
   */
  turns(options: TurnsOptions = {}): ReadableStream<TurnHandle> {
    const cap = options.maxQueued ?? 1_000;
    if (!(cap >= 1)) throw new RangeError(`maxQueued must be at least 1, got ${cap}`);
    const router = this.#client.router;
    let stop = () => {};
    const queue = pushStream<TurnHandle>(
      cap,
      () => stop(),
      (error) => router.report(error),
    );
    // A sub-agent's handle yields its turns since the SDK learned of it, its first included.
    const child = this.#agents().turnsOf(this);
    if (child) {
      for (const turn of child.turns) queue.push(turn);
      if (child.settled) {
        queue.close();
        return queue.stream;
      }
    }
    const unlisten = this.#registry.listen(this.id, (turn) => queue.push(turn));
    const unsettle = child?.onSettle(() => {
      stop();
      queue.close();
    });
    stop = () => {
      unlisten();
      unsettle?.();
    };
    // A deliberate close ends the stream; a lost connection is its error.
    endWithConnection(router, queue, () => stop());
    return queue.stream;
  }
  /**
   * The thread that spawned this one, when this thread is a sub-agent (the server's
   * `parentThreadId`, or its spawn source); undefined for a thread nobody spawned.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const child of thread.agents()) console.log(child.parentThreadId === thread.id);
   * ```
   */
  get parentThreadId(): string | undefined {
    return this.info.parentThreadId ?? spawnSource(this.info)?.parent_thread_id ?? undefined;
  }

  /**
   * The nickname the server gave this sub-agent (e.g. `"Goodall"`), when it gave one.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const child of thread.agents()) console.log(child.nickname ?? child.id);
   * ```
   */
  get nickname(): string | undefined {
    return this.info.agentNickname ?? spawnSource(this.info)?.agent_nickname ?? undefined;
  }

  /**
   * The role (`agent_role`) this sub-agent was spawned with, when it has one.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const child of thread.agents()) console.log(child.role);
   * ```
   */
  get role(): string | undefined {
    return this.info.agentRole ?? spawnSource(this.info)?.agent_role ?? undefined;
  }

  /**
   * The sub-agent's path in its agent tree (multi-agent V2, e.g. `"/root/helper"`), when the
   * server gives one. Not the thread's file on disk (that is `info.path`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const child of thread.agents()) console.log(child.path);
   * ```
   */
  get path(): string | undefined {
    return spawnSource(this.info)?.agent_path ?? this.#agents().hintsOf(this)?.path;
  }

  /**
   * How deep this sub-agent is in its agent tree (1 for a child of a thread nobody spawned),
   * when the server gives it.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const child of thread.agents()) console.log(child.depth);
   * ```
   */
  get depth(): number | undefined {
    return spawnSource(this.info)?.depth;
  }

  /**
   * A handle for every sub-agent this thread spawns, as soon as the SDK learns of it: from
   * the parent's spawn item, a V2 `subAgentActivity` item, or the child's first event,
   * whichever comes first. Each child is a full {@link Thread} (`parentThreadId`,
   * `nickname`, `role`, `path`, `depth`), followed from that moment: its
   * {@link Thread.turns} yields every turn it runs, its first included, and its own
   * `agents()` its sub-agents. Children an `agents()` stream of this client learned of
   * before, and that are still live, are yielded first. Open it before the turn that spawns: children spawned earlier are
   * found with {@link Thread.listAgents}. The stream ends when this thread is a sub-agent
   * that settled (closed by `close_agent`, or unloaded), after `close()`, and fails with
   * {@link TransportClosedError} when the connection is lost. Cancel it to stop.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * void (async () => {
   *   for await (const child of thread.agents()) {
   *     for await (const turn of child.turns()) {
   *       for await (const chunk of turn.text()) console.log(`[${child.nickname}]`, chunk);
   *     }
   *   }
   * })();
   * await thread.run("Spawn a helper agent to count the files, then wait for it");
   * ```
   */
  agents(options: TurnsOptions = {}): ReadableStream<Thread> {
    const cap = options.maxQueued ?? 1_000;
    if (!(cap >= 1)) throw new RangeError(`maxQueued must be at least 1, got ${cap}`);
    return this.#agents().agents(this.id, this, cap);
  }

  /**
   * The sub-agents the server knows this thread spawned (`thread/list {parentThreadId}`), as
   * handles, also after a resume or a reconnect; each is followed from now on like a child
   * from {@link Thread.agents} (a loaded child this connection did not follow is resumed:
   * its running turn joins as its `activeTurn`, whose `result()` reads the items it missed
   * from the server). Needs a client started with `experimentalApi: true`: the
   * protocol's `parentThreadId` filter is experimental; otherwise it rejects with
   * {@link CodexError}.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * await using codex = await Codex.start({ experimentalApi: true });
   * const thread = await codex.resumeThread("0199...");
   * for (const child of await thread.listAgents()) console.log(child.id, child.nickname);
   * ```
   */
  listAgents(options: CallOptions = {}): Promise<Thread[]> {
    return this.#agents().list(this.id, options.signal);
  }

  #agents(): AgentTracker<Thread> {
    const client = this.#client;
    return AgentTracker.of<Thread>(client, (info) => new Thread(client, info));
  }

  /**
   * Replaces this thread's server-request handlers (they win over the client's).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * thread.setServerRequestHandlers({
   *   "item/commandExecution/requestApproval": () => ({ decision: "accept" }),
   * });
   * ```
   */
  setServerRequestHandlers(handlers: ServerRequestHandlers): void {
    this.#handlers = { ...handlers };
    this.#syncResolver();
  }

  #syncResolver(): void {
    const needed = Object.keys(this.#handlers).length > 0 || this.#turnHandlers !== undefined;
    if (needed && !this.#removeResolver) {
      this.#removeResolver = this.#client.setThreadResolver(this.id, (method) => {
        const pick = (h: ServerRequestHandlers | undefined) =>
          (h as Record<string, ServerRequestHandlerFn | undefined> | undefined)?.[method];
        return pick(this.#turnHandlers) ?? pick(this.#handlers);
      });
    } else if (!needed && this.#removeResolver) {
      this.#removeResolver();
      this.#removeResolver = undefined;
    }
  }

  /**
   * Starts a turn and returns its handle once the server has accepted it. Events that
   * arrive before the handle exists are kept and replayed to every consumer.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const turn = await thread.startTurn("Write a haiku", { effort: "low" });
   * for await (const chunk of turn.text()) console.log(chunk);
   * ```
   */
  async startTurn(
    input: TurnInput,
    params: TurnParams = {},
    options: TurnOptions = {},
  ): Promise<TurnHandle> {
    const items = toUserInputs(input);
    if (
      options.idleTimeoutMs !== undefined &&
      !(options.idleTimeoutMs > 0 && Number.isFinite(options.idleTimeoutMs))
    ) {
      throw new RangeError(`idleTimeoutMs must be a positive number of ms`);
    }
    const turn = await this.#begin(
      "turn/start",
      options,
      (onResult) =>
        this.#client.request("turn/start", { ...params, threadId: this.id, input: items }, {
          timeoutMs: options.timeoutMs,
          onResult: (result) => onResult(result.turn.id),
        }),
    );
    if (options.idleTimeoutMs !== undefined) turn.watchIdle(options.idleTimeoutMs);
    return turn;
  }

  /**
   * Starts a code review (`review/start`) on this thread and returns the review turn's
   * handle, claimed with the response like {@link Thread.startTurn}'s (events that came
   * first are replayed). Its stream holds the `enteredReviewMode` and `exitedReviewMode`
   * items; {@link TurnHandle.reviewText} gives the review.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const review = await thread.review({ type: "baseBranch", branch: "main" });
   * for await (const chunk of review.text()) console.log(chunk);
   * console.log(await review.reviewText());
   * ```
   */
  review(target: ReviewTarget, options: ReviewOptions = {}): Promise<TurnHandle> {
    return this.#begin("review/start", options, (onResult) =>
      this.#client.request("review/start", {
        threadId: this.id,
        target,
        ...(options.delivery ? { delivery: options.delivery } : {}),
      }, {
        timeoutMs: options.timeoutMs,
        onResult: (result) => onResult(result.turn.id),
      }));
  }

  /**
   * Sets a goal on this thread (`thread/goal/set`, status active): the server then runs
   * turns on its own, one after another, until the goal is complete, paused, blocked or out
   * of budget. Needs a server with goals enabled (`config: { "features.goals": true }`).
   * Refuses with {@link ThreadBusyError} while a turn runs on the thread; while the goal is
   * active, `startTurn` and `review` refuse too.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const goal = await thread.startGoal("Make every test pass", { tokenBudget: 200_000 });
   * for await (const chunk of goal.text()) console.log(chunk);
   * console.log((await goal.done()).status);
   * ```
   */
  async startGoal(objective: string, options: GoalOptions = {}): Promise<GoalHandle> {
    if (typeof objective !== "string" || objective.trim() === "") {
      throw new TypeError("startGoal: the objective is empty");
    }
    const { signal } = options;
    if (signal?.aborted) throw new AbortError("thread/goal/set", signal.reason);
    if (this.#session.goals.get(this.id)) {
      throw new ThreadBusyError(this.id, "a goal of this client already runs on it");
    }
    const running = this.activeTurn;
    if (running) throw new ThreadBusyError(this.id, `turn ${running.id} is running`);
    const { thread } = await this.#client.request("thread/read", { threadId: this.id }, {
      signal,
    });
    if (thread.status?.type === "active") {
      throw new ThreadBusyError(this.id, "a turn is running on it");
    }
    return await GoalHandle.start(this.#client, this.id, objective, options);
  }

  /**
   * Serializes a turn-starting request on this thread, claims the turn it answers with,
   * and wires the turn's signal and handlers. `send` makes the request and passes the
   * turn id to `onResult` from the response's own `onResult`.
   */
  async #begin(
    method: string,
    options: TurnOptions,
    send: (onResult: (turnId: string) => void) => Promise<unknown>,
  ): Promise<TurnHandle> {
    const { signal } = options;
    if (signal?.aborted) throw new AbortError(method, signal.reason);
    if (this.#session.goals.get(this.id)) {
      throw new ThreadBusyError(
        this.id,
        `a goal owns it; pause or clear the goal before ${method}`,
      );
    }

    // Wait for this thread's previous turn; the chain moves on when ours completes.
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    try {
      await waitOrAbort(previous, signal, method);
    } catch (error) {
      // Our slot passes on only after the turn before us is done.
      void previous.then(release);
      throw error;
    }

    this.#turnHandlers = options.serverRequests;
    this.#syncResolver();
    let handle: TurnHandle | undefined;
    // Before the response there is no handle yet: the interrupt is sent from onResult.
    const unlisten = signal ? onAbort(signal, () => handle && interruptQuietly(handle)) : () => {};
    const endStart = this.#registry.beginStart(this.id);
    try {
      // onResult runs before any later message is routed: nothing of the turn is missed.
      await send((turnId) => {
        // Lenient validation lets an answer without a turn id through; a handle for it
        // would never end and hold the thread's queue forever.
        if (typeof turnId !== "string" || turnId === "") {
          throw new ProtocolError(`${method} result has no turn id`, { method, path: "turn.id" });
        }
        handle = this.#registry.claim(this.id, turnId);
        if (signal?.aborted) interruptQuietly(handle);
      });
    } catch (error) {
      unlisten();
      this.#turnHandlers = undefined;
      this.#syncResolver();
      release();
      throw error;
    } finally {
      endStart();
    }
    // Not result(): a second reader of every event would cost the hot path.
    void this.#registry.ended(handle!).then(() => {
      unlisten();
      this.#turnHandlers = undefined;
      this.#syncResolver();
      release();
    });
    return handle!;
  }

  /**
   * Starts a turn and waits for its end: the generated Turn (see {@link TurnHandle.run}).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const turn = await thread.run("Fix the failing test", {}, { signal: AbortSignal.timeout(600_000) });
   * console.log(turn.status);
   * ```
   */
  async run(input: TurnInput, params: TurnParams = {}, options: TurnOptions = {}): Promise<Turn> {
    return await (await this.startTurn(input, params, options)).run();
  }

  /**
   * Runs a turn whose final answer must match `schema` (a valibot schema, sent as JSON
   * Schema through `outputSchema`, or a JSON Schema object) and returns it parsed — typed
   * by the valibot schema. Rejects with {@link StructuredOutputError} on a mismatch.
   *
   * @example
   * ```ts
   * import * as v from "valibot";
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const summary = await thread.runStructured(
   *   "Summarise the README",
   *   v.strictObject({ title: v.string(), bullets: v.array(v.string()) }),
   * );
   * console.log(summary.title);
   * ```
   */
  async runStructured<T>(
    input: TurnInput,
    schema: OutputSchema<T>,
    params: TurnParams = {},
    options: TurnOptions = {},
  ): Promise<T> {
    const turn = await this.startTurn(
      input,
      { ...params, outputSchema: toOutputJsonSchema(schema) },
      options,
    );
    return await turn.output(schema);
  }

  /**
   * Reads the thread (`thread/read`), with its turns when `includeTurns` is true.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const { thread: info } = await thread.read({ includeTurns: true });
   * console.log(info.turns?.length);
   * ```
   */
  read(
    params: { includeTurns?: boolean } = {},
    options: CallOptions = {},
  ): Promise<ThreadReadResponse> {
    return this.#client.request("thread/read", { ...params, threadId: this.id }, options);
  }

  /**
   * Renames the thread (`thread/name/set`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * await thread.setName("refactor auth");
   * ```
   */
  setName(name: string, options: CallOptions = {}): Promise<ThreadSetNameResponse> {
    return this.#client.request("thread/name/set", { threadId: this.id, name }, options);
  }

  /**
   * Archives the thread (`thread/archive`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * await thread.archive();
   * ```
   */
  archive(options: CallOptions = {}): Promise<ThreadArchiveResponse> {
    return this.#client.request("thread/archive", { threadId: this.id }, options);
  }

  /**
   * Brings an archived thread back (`thread/unarchive`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * await thread.unarchive();
   * ```
   */
  unarchive(options: CallOptions = {}): Promise<ThreadUnarchiveResponse> {
    return this.#client.request("thread/unarchive", { threadId: this.id }, options);
  }

  /**
   * Starts compacting the thread's history (`thread/compact/start`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * await thread.compact();
   * ```
   */
  compact(options: CallOptions = {}): Promise<ThreadCompactStartResponse> {
    return this.#client.request("thread/compact/start", { threadId: this.id }, options);
  }

  /**
   * Notifications about this thread that belong to no running turn (status, name, goal
   * updates, ...), and those naming a turn that has already ended, from now on until the
   * stream is cancelled. Token usage names its turn, so it travels in the turn's own
   * events: read it from {@link TurnHandle.result} (`usage`).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * for await (const n of thread.notifications()) console.log(n.method);
   * ```
   */
  notifications(): ReadableStream<RoutedNotification> {
    let unsubscribe = () => {};
    return new ReadableStream<RoutedNotification>({
      start: (controller) => {
        unsubscribe = this.#client.router.subscribeThread(this.id, (n) => controller.enqueue(n));
        // codex.close() ends the stream as done; a lost connection is its error.
        endWithConnection(this.#client.router, {
          close: () => controller.close(),
          fail: (error) => controller.error(error),
        });
      },
      cancel: () => unsubscribe(),
    });
  }

  /**
   * Stops routing server requests of this thread to its handlers (the client's apply).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * thread.dispose();
   * ```
   */
  dispose(): void {
    this.#handlers = {};
    this.#turnHandlers = undefined;
    this.#syncResolver();
  }
}

/** The sub-agent spawn source of a thread, when it is one. */
function spawnSource(info: ThreadInfo): {
  parent_thread_id: string;
  depth: number;
  agent_nickname?: string | null;
  agent_path?: string | null;
  agent_role?: string | null;
} | undefined {
  const source = info.source;
  if (typeof source !== "object" || source === null || !("subAgent" in source)) return undefined;
  const sub = source.subAgent;
  return typeof sub === "object" && sub !== null && "thread_spawn" in sub
    ? sub.thread_spawn
    : undefined;
}

function interruptQuietly(turn: TurnHandle): void {
  turn.interrupt().catch(() => {
    // The connection may be gone or the turn over; its completion tells the outcome.
  });
}

function waitOrAbort(
  promise: Promise<void>,
  signal: AbortSignal | undefined,
  method: string,
): Promise<void> {
  if (!signal) return promise;
  return new Promise<void>((resolve, reject) => {
    const unlisten = onAbort(signal, () => reject(new AbortError(method, signal.reason)));
    promise.then(() => {
      unlisten();
      resolve();
    });
  });
}
