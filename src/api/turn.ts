import type {
  ServerNotification,
  ServerRequest,
  ThreadItem,
  Turn,
  TurnSteerResponse,
} from "../../gen/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import {
  AbortError,
  ConnectionLostError,
  InvalidRequestError,
  ProtocolError,
  TurnFailedError,
  TurnIdleTimeoutError,
} from "../errors.ts";
import { toUserInputs, type TurnInput } from "./input.ts";
import { storedTurns, turnWithClientId } from "./_stored_turns.ts";
import { exactlyOnce, newClientUserMessageId } from "./exactly_once.ts";
import type { RoutedEvent } from "../router/types.ts";
import type { TurnStream } from "../router/turn_stream.ts";
import { type OutputSchema, parseStructuredOutput } from "./structured.ts";
import { finalResponseOf, outlivesTurn, ResultCollector, type TurnResult } from "../turn_result.ts";

export type { TurnResult } from "../turn_result.ts";

/**
 * What a turn's stream carries: the turn's notifications (generated `ServerNotification`,
 * narrowing on `method`) and the server requests made during it (they carry an `id`).
 *
 * @example
 * ```ts
 * import type { TurnEvent } from "codex-app-server";
 * function describe(event: TurnEvent): string {
 *   return event.method === "item/agentMessage/delta" ? event.params.delta : event.method;
 * }
 * ```
 */
export type TurnEvent = ServerNotification | ServerRequest | ConnectionGapEvent;

/**
 * The SDK's own marker in a turn's stream after a reconnect: the connection was down
 * between `lostAt` and `restoredAt` (ms since the epoch), and the server does not replay
 * what it sent meanwhile, so deltas (text) of that span may be missing. `result()` still
 * holds every item: it reads them from the server.
 *
 * @example
 * ```ts
 * import type { TurnHandle } from "codex-app-server";
 * declare const turn: TurnHandle;
 * for await (const event of turn) {
 *   if (event.method === "connection/gap") console.log("text may be missing here");
 * }
 * ```
 */
export interface ConnectionGapEvent {
  /** Always `"connection/gap"` (no server method has this name). */
  method: "connection/gap";
  /** Where and when. */
  params: { threadId: string; turnId: string; lostAt: number; restoredAt: number };
}

/**
/**
 * Options of {@link TurnHandle.steer}.
 *
 * @example
 * ```ts
 * import type { SteerOptions, TurnHandle } from "codex-app-server";
 * declare const turn: TurnHandle;
 * const options: SteerOptions = { clientUserMessageId: "steer-42", timeoutMs: 10_000 };
 * await turn.steer("Also cover the tests folder", options);
 * ```
 */
export interface SteerOptions extends CallOptions {
  /**
   * The id the server records on the steer's user message (its `clientId`). Made by the
   * SDK (a random UUID) unless given.
   */
  clientUserMessageId?: string;
  /**
   * When the answer is lost with the connection (with a reconnect policy): look the
   * steer up on the thread after reconnecting and resolve if the server got it, else
   * send it again once (default true). False fails with {@link ConnectionLostError}.
   */
  retryOnReconnect?: boolean;
}

/**
 * What {@link TurnHandle.steer} resolves with: the server's answer and the id the steer's
 * user message carries.
 *
 * @example
 * ```ts
 * import type { SteerResult, TurnHandle } from "codex-app-server";
 * declare const turn: TurnHandle;
 * const { turnId, clientUserMessageId }: SteerResult = await turn.steer("Stop at the tests");
 * ```
 */
export interface SteerResult extends TurnSteerResponse {
  /** The id sent as `clientUserMessageId` (the user message item's `clientId`). */
  clientUserMessageId: string;
}

// The clientUserMessageId a turn was started with, for handles of this client's starts.
const clientIds = new WeakMap<TurnHandle, string>();

/** Records the `clientUserMessageId` a turn was started with (see `TurnHandle`). */
export function setClientUserMessageId(turn: TurnHandle, id: string): void {
  clientIds.set(turn, id);
}

/**
 * One turn: its events as streams, its outcome, and the controls that act on it while it
 * runs. Every consumer (`stream()`, `text()`, `run()`, async iteration) gets its own copy
 * of the events from the turn's first one, so they can be combined freely and used also
 * after the turn completed.
 *
 * @example
 * ```ts
 * import type { Thread } from "codex-app-server";
 * declare const thread: Thread;
 * const turn = await thread.startTurn("Explain this repository");
 * for await (const chunk of turn.text()) console.log(chunk);
 * const result = await turn.run();
 * console.log(result.status); // "completed"
 * ```
 */
export class TurnHandle implements AsyncIterable<TurnEvent> {
  /** The turn id the server assigned. */
  readonly id: string;
  /** The thread this turn runs on. */
  readonly threadId: string;
  readonly #client: AppServerClient;
  readonly #events: TurnStream;
  #outcome: Promise<TurnResult> | undefined;
  #idleTimeoutMs: number | undefined;

  /** Made by the SDK (a thread's turns, reviews, goals); not meant to be called directly. */
  constructor(
    client: AppServerClient,
    threadId: string,
    turnId: string,
    events: TurnStream,
  ) {
    this.#client = client;
    this.threadId = threadId;
    this.id = turnId;
    this.#events = events;
  }

  /**
   * The `clientUserMessageId` this client started the turn with (the `clientId` of its
   * user message); undefined for a turn this client did not start with `startTurn`.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const turn = await thread.startTurn("Hello", { clientUserMessageId: "msg-1" });
   * console.log(turn.clientUserMessageId); // "msg-1"
   * ```
   */
  get clientUserMessageId(): string | undefined {
    return clientIds.get(this);
  }

  /** True once the turn has completed (or its connection failed). */
  get settled(): boolean {
    return this.#events.settled;
  }

  /**
   * This turn's events only, from its first, ending after its `turn/completed`.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * for await (const event of turn.stream()) {
   *   if (event.method === "item/completed") console.log(event.params.item.type);
   * }
   * ```
   */
  stream(): ReadableStream<TurnEvent> {
    return this.#events.branch() as ReadableStream<TurnEvent>;
  }

  /**
   * The agent's message text as it streams: each chunk is one
   * `item/agentMessage/delta`, of every agent message of the turn in order, with nothing
   * between messages. A message the server abandons (after `steer()`) is not marked; use
   * `stream()` and `item/started` / `item/completed` to tell messages apart, or
   * `finalText()` for the answer.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * for await (const chunk of turn.text()) console.log(chunk);
   * ```
   */
  text(): ReadableStream<string> {
    return this.#events.branch(agentDelta);
  }

  /**
   * The model's reasoning as it streams, like {@link TurnHandle.text}: by default the
   * reasoning summary (`item/reasoning/summaryTextDelta`, what OpenAI models send); with
   * `{ raw: true }` the raw reasoning text (`item/reasoning/textDelta`), which only models
   * that expose their reasoning send (open-weight models through a local provider).
   * Summary parts of one item follow each other with nothing between them; use
   * `stream()` and `item/reasoning/summaryPartAdded` to tell them apart.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * for await (const thought of turn.reasoning()) console.log("thinking:", thought);
   * ```
   */
  reasoning(options: { raw?: boolean } = {}): ReadableStream<string> {
    return this.#events.branch(options.raw ? rawReasoningDelta : reasoningSummaryDelta);
  }

  /**
   * Waits for the turn to end and returns the generated Turn of `turn/completed`, with
   * `items` holding every item the turn completed (see {@link TurnHandle.result}).
   * Resolves for `completed` and `interrupted`; rejects with {@link TurnFailedError} when
   * the turn failed, and with {@link TransportClosedError} when the connection died.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * const { status, items } = await turn.run();
   * ```
   */
  async run(): Promise<Turn> {
    return (await this.#settle()).turn;
  }

  /**
   * Waits for the turn to end and returns everything it produced: the Turn with all its
   * items, the items, the final answer and the token usage. Rejects like
   * {@link TurnHandle.run}; a failed turn's {@link TurnFailedError} carries this result as
   * `result`.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * const { items, finalResponse, usage } = await turn.result();
   * console.log(items.map((item) => item.type), finalResponse);
   * console.log("tokens:", usage?.last.inputTokens, usage?.last.outputTokens);
   * ```
   */
  result(): Promise<TurnResult> {
    return this.#settle();
  }

  /**
   * The final answer once the turn ended: the text of the last agent message that is not
   * commentary, or `""` when there is none (see {@link TurnResult.finalResponse}).
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * console.log(await turn.finalText());
   * ```
   */
  async finalText(): Promise<string> {
    return (await this.#settle()).finalResponse ?? "";
  }

  /**
   * The review's text once a review turn ended (its `exitedReviewMode` item), or null when
   * the turn was no review. Works for reviews started by {@link Thread.review} and for
   * review turns seen through {@link Thread.turns}.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server";
   * declare const thread: Thread;
   * const review = await thread.review({ type: "uncommittedChanges" });
   * console.log(await review.reviewText());
   * ```
   */
  async reviewText(): Promise<string | null> {
    const { items } = await this.#settle();
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (item.type === "exitedReviewMode") return item.review;
    }
    return null;
  }

  /**
   * The final answer parsed as JSON and checked against a valibot schema (typed by it)
   * or, for a plain JSON Schema object, only parsed. Rejects with
   * {@link StructuredOutputError} when it does not match.
   *
   * @example
   * ```ts
   * import * as v from "valibot";
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * const answer = await turn.output(v.object({ title: v.string() }));
   * console.log(answer.title);
   * ```
   */
  async output<T>(schema: OutputSchema<T>): Promise<T> {
    return parseStructuredOutput(await this.finalText(), schema);
  }

  /**
   * Adds input to the running turn (`turn/steer`). Fails with {@link InvalidRequestError}
   * when the turn is no longer active. The steer carries a `clientUserMessageId`; when its
   * answer is lost with the connection (with a reconnect policy), the SDK looks it up on
   * the thread after reconnecting and resolves if the server got it, or sends it again
   * once: the input reaches the turn once (see {@link SteerOptions.retryOnReconnect}).
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * await turn.steer("Also cover the tests folder");
   * ```
   */
  async steer(input: TurnInput, options: SteerOptions = {}): Promise<SteerResult> {
    const clientUserMessageId = options.clientUserMessageId ?? newClientUserMessageId();
    const params = {
      threadId: this.threadId,
      expectedTurnId: this.id,
      input: toUserInputs(input),
      clientUserMessageId,
    };
    const call = { signal: options.signal, timeoutMs: options.timeoutMs };
    const answer = await exactlyOnce(
      () => this.#client.request("turn/steer", params, call),
      async () => {
        const found = await turnWithClientId(
          this.#client,
          this.threadId,
          clientUserMessageId,
          () => {},
          { timeoutMs: options.timeoutMs },
        );
        if (found) return { turnId: found.id };
        if (options.signal?.aborted) throw new AbortError("turn/steer", options.signal.reason);
        return undefined;
      },
      options.retryOnReconnect ?? true,
    );
    return { ...answer, clientUserMessageId };
  }

  /**
   * Asks the server to stop the turn; it then completes with status `interrupted` and
   * `run()` resolves. Does nothing once the turn has ended.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * await turn.interrupt();
   * console.log((await turn.run()).status); // "interrupted"
   * ```
   */
  async interrupt(options: CallOptions = {}): Promise<void> {
    // Right after turn/start answers, the server has not activated the turn yet and would
    // answer "no active turn"; its turn/started marks the moment an interrupt can land.
    await this.#events.started;
    if (this.settled) return;
    try {
      await this.#client.request(
        "turn/interrupt",
        { threadId: this.threadId, turnId: this.id },
        options,
      );
    } catch (error) {
      // Completing on its own between our check and the request is not a failure.
      if (error instanceof InvalidRequestError && this.settled) return;
      throw error;
    }
  }

  /**
   * Iterates the turn's events, like {@link TurnHandle.stream}.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * for await (const event of turn) console.log(event.method);
   * ```
   */
  [Symbol.asyncIterator](): AsyncIterator<TurnEvent> {
    // Straight from the turn's event log: no web stream, one promise per awaited event
    // (run(), finalText() and output() iterate this way too).
    return this.#events.iterate() as AsyncIterator<TurnEvent>;
  }

  /**
   * Interrupts the turn when it goes `ms` without an event, except while one of its server
   * requests (an approval waiting for a person) is unanswered. Used by
   * {@link Thread.startTurn}'s `idleTimeoutMs`; `run()` then rejects with
   * {@link TurnIdleTimeoutError}.
   *
   * @example
   * ```ts
   * import type { TurnHandle } from "codex-app-server";
   * declare const turn: TurnHandle;
   * turn.watchIdle(120_000); // give up on a turn that stalls for two minutes
   * ```
   */
  watchIdle(ms: number): void {
    if (!(ms > 0) || !Number.isFinite(ms)) {
      throw new RangeError(`idleTimeoutMs must be a positive number of ms, got ${ms}`);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let open = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = open > 0 ? undefined : setTimeout(() => {
        timer = undefined;
        this.#idleTimeoutMs = ms;
        this.interrupt().catch(() => {
          // The turn ended meanwhile or the connection is gone; run() reports that.
        });
      }, ms);
    };
    arm();
    void (async () => {
      try {
        for await (const event of this) {
          if ("id" in event) open++;
          else if (event.method === "serverRequest/resolved") open = Math.max(0, open - 1);
          arm();
        }
      } catch {
        // The turn's own consumers see the failure.
      } finally {
        clearTimeout(timer);
      }
    })();
  }

  #settle(): Promise<TurnResult> {
    this.#outcome ??= (async () => {
      const collected = new ResultCollector();
      for await (const event of this) collected.add(event);
      const { completed, usage, running } = collected;
      let items = collected.items;
      if (!completed) {
        // Closed on purpose: the streams ended quietly, the outcome says why there is none.
        const closed = this.#events.outcomeError;
        if (closed) throw closed;
        throw new ProtocolError(`turn ${this.id} ended without turn/completed`, {
          method: "turn/completed",
        });
      }
      if (completed.itemsView === "full" && Array.isArray(completed.items)) {
        // Read back from the server already (a turn that ended while disconnected).
        if (completed.items.length >= items.length) items = completed.items;
      } else if (this.#events.missedEvents) {
        items = await this.#serverItems(items);
      }
      // The answer is read from completed items only; then the items the turn left
      // running (a command in a background terminal) join, in their last known state.
      const finalResponse = finalResponseOf(items);
      const known = new Set(items.map((item) => item.id));
      for (const item of running.values()) {
        if (!known.has(item.id) && outlivesTurn(item)) items.push(item);
      }
      const result: TurnResult = {
        turn: { ...completed, items, itemsView: "full" },
        items,
        finalResponse,
        usage,
      };
      if (completed.status === "failed") throw new TurnFailedError(result.turn, result);
      if (this.#idleTimeoutMs !== undefined && completed.status === "interrupted") {
        throw new TurnIdleTimeoutError(result.turn, this.#idleTimeoutMs);
      }
      return result;
    })();
    return this.#outcome;
  }

  /**
   * The turn's full items as the server stored them, for a handle that missed some of the
   * turn's events. Falls back to what was streamed.
   */
  async #serverItems(streamed: ThreadItem[]): Promise<ThreadItem[]> {
    // A read is safe to repeat: one whose answer was lost with the connection is made
    // again (it waits for the new connection), a few times at most.
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
      try {
        const turn = (await storedTurns(this.#client, this.threadId, [this.id])).get(this.id);
        if (turn && turn.items.length >= streamed.length) return turn.items;
        return streamed;
      } catch (error) {
        // An older server, or the connection gone for good: what was streamed is all.
        if (!(error instanceof ConnectionLostError)) return streamed;
      }
    }
    return streamed;
  }
}

/** How often a handle reads its stored turn when each answer is lost with the connection. */
const READ_ATTEMPTS = 5;

/** The text of a reasoning summary delta; undefined for every other event. */
function reasoningSummaryDelta(event: RoutedEvent): string | undefined {
  const e = event as TurnEvent;
  if (e.method !== "item/reasoning/summaryTextDelta") return undefined;
  const delta: unknown = e.params.delta;
  return typeof delta === "string" ? delta : undefined;
}

/** The text of a raw reasoning delta; undefined for every other event. */
function rawReasoningDelta(event: RoutedEvent): string | undefined {
  const e = event as TurnEvent;
  if (e.method !== "item/reasoning/textDelta") return undefined;
  const delta: unknown = e.params.delta;
  return typeof delta === "string" ? delta : undefined;
}

/** The text of an agent message delta; undefined for every other event. */
function agentDelta(event: RoutedEvent): string | undefined {
  const e = event as TurnEvent;
  if (e.method !== "item/agentMessage/delta") return undefined;
  // A malformed delta (reported by validation) is skipped: text() yields strings only.
  const delta: unknown = e.params.delta;
  return typeof delta === "string" ? delta : undefined;
}
