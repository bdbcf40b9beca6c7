// The MessageRouter is the only reader of a transport. It sends every incoming message to
// the one place that wants it, by map lookup: a pending request, a turn, a thread, the
// global taps, or a server-request handler. The cost per message does not depend on how
// many turns are open.
import type { StandardSchemaV1 } from "../standard_schema.ts";
import {
  AbortError,
  BufferOverflowError,
  type CodexError,
  JsonRpcError,
  ProtocolError,
  RequestTimeoutError,
  TransportClosedError,
  type TransportCloseInfo,
} from "../errors.ts";
import type { RequestId } from "../../gen/types.ts";
import type { Transport } from "../transport/transport.ts";
import { checkValue, type ValidationMode } from "../wire/validate.ts";
import {
  clip,
  encodeNotification,
  encodeRequest,
  encodeResponse,
  type IncomingMessage,
  parseMessage,
  type WireError,
} from "../wire/message.ts";
import { failClosedAnswer } from "./fail_closed.ts";
import { settlesWithin } from "../_timing.ts";

/** A notification as the router delivers it. */
export interface RoutedNotification {
  /** The notification method. */
  method: string;
  /** Its params, as sent. */
  params: unknown;
}

/** A server request as the router shows it in a turn's stream. */
export interface RoutedServerRequest {
  /** The id the server gave the request (its own ids start at 0). */
  id: RequestId;
  /** The request method. */
  method: string;
  /** Its params, as sent. */
  params: unknown;
}

/** Anything that can appear in a turn's stream. */
export type RoutedEvent = RoutedNotification | RoutedServerRequest;

/** Where a method's turn id and thread id live (the generated routing registry's shape). */
export interface RouteInfo {
  /** Path of the turn id in params (`turnId`, `turn.id`), or null. */
  readonly turnId: string | null;
  /** Path of the thread id in params (`threadId`, `thread.id`), or null. */
  readonly threadId: string | null;
}

/** The generated tables the router validates and routes with. */
export interface ProtocolTables {
  /** Params and result schema of each client request method. */
  clientRequests: Readonly<Record<string, { params: StandardSchemaV1; result: StandardSchemaV1 }>>;
  /** Params schema of each server notification method. */
  serverNotifications: Readonly<Record<string, StandardSchemaV1>>;
  /** Params and result schema of each server request method. */
  serverRequests: Readonly<Record<string, { params: StandardSchemaV1; result: StandardSchemaV1 }>>;
  /** Where each notification carries its turn and thread id. */
  notificationRoutes: Readonly<Record<string, RouteInfo>>;
  /** Where each server request carries its turn and thread id. */
  serverRequestRoutes: Readonly<Record<string, RouteInfo>>;
}

/** Everything the router reports about the raw protocol, in and out. */
export interface ProtocolMessageEvent {
  /** "in" for what the server sent, "out" for what the client sent. */
  direction: "in" | "out";
  /** The raw message text (clipped for oversized input). */
  text: string;
  /** Set when the message was malformed, unroutable, invalid, or could not be handled. */
  error?: CodexError;
}

/** Context handed to a server-request handler. */
export interface ServerRequestContext {
  /** The request id the server chose. */
  requestId: RequestId;
  /** Aborted when the server withdraws the request or the connection ends. */
  signal: AbortSignal;
  /** The thread the request belongs to, when it names one. */
  threadId: string | undefined;
  /** The turn the request belongs to, when it names one. */
  turnId: string | undefined;
}

/** A handler for one server request; its return value is the result sent back. */
export type ServerRequestHandlerFn = (
  params: unknown,
  context: ServerRequestContext,
) => unknown | Promise<unknown>;

/** Receives a turn's events once the turn is claimed. */
export interface TurnSink {
  /** One event of the turn, in arrival order. */
  push(event: RoutedEvent): void;
  /** The turn completed (its `turn/completed` was pushed just before). */
  end(): void;
  /** The turn's events end with this error (connection lost, overflow, invalid event). */
  fail(error: CodexError): void;
}

/** Limits of the early buffer, which holds events of turns nobody has claimed yet. */
export interface EarlyBufferLimits {
  /** Events kept per unclaimed turn (default 10,000). */
  maxEventsPerTurn?: number;
  /** Bytes of message text kept per unclaimed turn (default 32 MiB). */
  maxBytesPerTurn?: number;
  /** Unclaimed turns kept at once; the oldest is dropped past it (default 1,000). */
  maxTurns?: number;
  /** How long a completed, unclaimed turn is kept before it is dropped (default 30 s). */
  completedGraceMs?: number;
}

/** Options of a {@link MessageRouter}. */
export interface MessageRouterOptions {
  /** The generated schemas and routes to use (stable or experimental). */
  tables: ProtocolTables;
  /** How incoming messages are checked (default "lenient"). */
  validation?: ValidationMode;
  /** Default per-request timeout; 0 or Infinity for none (default 120 s). */
  requestTimeoutMs?: number;
  /** Limits of the buffer for events of turns not yet claimed. */
  earlyBuffer?: EarlyBufferLimits;
  /** Most notifications one global tap may hold unread before it fails (default 10,000). */
  maxTapQueue?: number;
  /** Sees every raw message in and out, and every protocol problem. */
  onProtocolMessage?: (event: ProtocolMessageEvent) => void;
  /** Picks the handler for a server request; undefined means answer fail-closed. */
  resolveHandler?: (method: string, context: ServerRequestContext) =>
    | ServerRequestHandlerFn
    | undefined;
}

/** Per-call options of {@link MessageRouter.request}. */
export interface RequestOptions {
  /** Aborting rejects the call at once with {@link AbortError}; a late response is dropped. */
  signal?: AbortSignal;
  /** Overrides the router's default timeout for this call; 0 or Infinity for none. */
  timeoutMs?: number;
  /**
   * Runs synchronously when the result arrives, before any later message is routed. The
   * turn API uses it to claim a turn atomically with the `turn/start` response.
   */
  onResult?: (result: unknown) => void;
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onResult?: (result: unknown) => void;
  cleanup: () => void;
}

interface EarlyTurn {
  events: RoutedEvent[];
  bytes: number;
  completedAt: number | null;
  overflowed: boolean;
}

const FORGOTTEN_IDS_CAP = 10_000;
const DONE_TURNS_CAP = 4_096;
// Ids of turns whose early buffer was dropped to stay under maxTurns. Kept apart from the
// done turns so their later events cannot start a new, truncated buffer.
const EVICTED_TURNS_CAP = 65_536;

/** Reads `a.b` style paths out of params without allocating. */
function pick(params: unknown, path: string | null): string | undefined {
  if (path === null || typeof params !== "object" || params === null) return undefined;
  const p = params as Record<string, unknown>;
  let value: unknown;
  // The registry's four paths read with constant keys: this runs for every notification.
  switch (path) {
    case "turnId":
      value = p.turnId;
      break;
    case "threadId":
      value = p.threadId;
      break;
    case "turn.id":
      value = idOf(p.turn);
      break;
    case "thread.id":
      value = idOf(p.thread);
      break;
    default: {
      const dot = path.indexOf(".");
      value = dot === -1 ? p[path] : idOf(p[path.slice(0, dot)], path.slice(dot + 1));
    }
  }
  return typeof value === "string" ? value : undefined;
}

function idOf(outer: unknown, key = "id"): unknown {
  return typeof outer === "object" && outer !== null
    ? (outer as Record<string, unknown>)[key]
    : undefined;
}

// Unknown methods (a newer server) are routed by the conventional keys.
function fallbackTurnId(params: unknown): string | undefined {
  return pick(params, "turnId") ?? pick(params, "turn.id");
}
function fallbackThreadId(params: unknown): string | undefined {
  return pick(params, "threadId") ?? pick(params, "thread.id");
}

/**
 * Owns one transport: sends requests and notifications, and routes everything that comes
 * back. Used by {@link AppServerClient}; exported for tools that need the raw layer.
 *
 * @example
 * ```ts
 * import { MessageRouter, memoryTransportPair, stableTables } from "codex-app-server";
 * const [transport] = memoryTransportPair();
 * const router = new MessageRouter(transport, { tables: stableTables });
 * router.start();
 * await router.close();
 * ```
 */
export class MessageRouter {
  readonly #transport: Transport;
  readonly #tables: ProtocolTables;
  readonly #validation: ValidationMode;
  readonly #timeoutMs: number;
  readonly #onProtocol?: (event: ProtocolMessageEvent) => void;
  readonly #resolveHandler: MessageRouterOptions["resolveHandler"];
  readonly #limits: Required<EarlyBufferLimits>;
  readonly #maxTapQueue: number;
  readonly #writer: WritableStreamDefaultWriter<string>;

  #nextId = 1;
  readonly #pending = new Map<RequestId, Pending>();
  readonly #forgotten = new Set<RequestId>();
  readonly #turns = new Map<string, TurnSink>();
  readonly #early = new Map<string, EarlyTurn>();
  readonly #doneTurns = new Set<string>();
  readonly #evicted = new Set<string>();
  readonly #threads = new Map<string, Set<(n: RoutedNotification) => void>>();
  readonly #taps = new Set<ReadableStreamDefaultController<RoutedNotification>>();
  readonly #serverRequests = new Map<
    RequestId,
    { controller: AbortController; turnId: string | undefined }
  >();
  #sweepTimer: ReturnType<typeof setTimeout> | undefined;
  #closedError: TransportClosedError | undefined;
  #started = false;
  readonly #done: Promise<TransportClosedError>;
  #resolveDone!: (error: TransportClosedError) => void;

  /** Wraps a transport; call {@link MessageRouter.start} to begin reading. */
  constructor(transport: Transport, options: MessageRouterOptions) {
    this.#transport = transport;
    this.#tables = options.tables;
    this.#validation = options.validation ?? "lenient";
    this.#timeoutMs = options.requestTimeoutMs ?? 120_000;
    this.#onProtocol = options.onProtocolMessage;
    this.#resolveHandler = options.resolveHandler;
    this.#limits = {
      maxEventsPerTurn: options.earlyBuffer?.maxEventsPerTurn ?? 10_000,
      maxBytesPerTurn: options.earlyBuffer?.maxBytesPerTurn ?? 32 * 1024 * 1024,
      maxTurns: options.earlyBuffer?.maxTurns ?? 1_000,
      completedGraceMs: options.earlyBuffer?.completedGraceMs ?? 30_000,
    };
    this.#maxTapQueue = options.maxTapQueue ?? 10_000;
    this.#writer = transport.writable.getWriter();
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** Starts the read loop (once). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#readLoop();
    void this.#transport.closed.then(async (info) => {
      // A process can die while a grandchild still holds its stdout open; give the read
      // loop a moment to drain, then end everything anyway.
      await settlesWithin(this.#done, 100);
      this.#shutdown(info);
    });
  }

  /** Resolves with the sticky error once the transport has ended. */
  get done(): Promise<TransportClosedError> {
    return this.#done;
  }

  /** The error every call fails with once the transport has ended, else undefined. */
  get closedError(): TransportClosedError | undefined {
    return this.#closedError;
  }

  /** How many unclaimed turns the early buffer holds (for tests and diagnostics). */
  get earlyBufferedTurns(): number {
    return this.#early.size;
  }

  /** How many requests await a response. */
  get pendingRequests(): number {
    return this.#pending.size;
  }

  /**
   * Sends a request and resolves with its result, or rejects with a {@link JsonRpcError},
   * {@link RequestTimeoutError}, {@link AbortError} or {@link TransportClosedError}.
   */
  request(method: string, params: unknown, options: RequestOptions = {}): Promise<unknown> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError(method, signal.reason));
    const id = this.#nextId++;
    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        this.#forget(id);
        reject(new AbortError(method, signal?.reason));
      };
      const cleanup = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      this.#pending.set(id, { method, resolve, reject, onResult: options.onResult, cleanup });
      const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.#forget(id);
          reject(new RequestTimeoutError(method, timeoutMs));
        }, timeoutMs);
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#send(encodeRequest(id, method, params)).catch(async (error) => {
        const failure = await this.#writeFailure(error);
        const entry = this.#pending.get(id);
        if (!entry) return;
        this.#pending.delete(id);
        entry.cleanup();
        entry.reject(failure);
      });
    });
  }

  /** Sends a notification. */
  async notify(method: string, params: unknown): Promise<void> {
    if (this.#closedError) throw this.#closedError;
    try {
      await this.#send(encodeNotification(method, params));
    } catch (error) {
      throw await this.#writeFailure(error);
    }
  }

  /**
   * Claims a turn: its early-buffered events are replayed into `sink` in order (also a
   * buffered `turn/completed`), and later events go straight to it.
   */
  claimTurn(turnId: string, sink: TurnSink): void {
    if (this.#evicted.delete(turnId)) {
      sink.fail(
        new BufferOverflowError(
          `events of turn ${turnId} were dropped: more than ${this.#limits.maxTurns} unclaimed turns`,
        ),
      );
      return;
    }
    const early = this.#early.get(turnId);
    this.#early.delete(turnId);
    if (early?.overflowed) {
      sink.fail(
        new BufferOverflowError(`events of turn ${turnId} overflowed the early buffer`),
      );
      return;
    }
    if (early) {
      for (const event of early.events) sink.push(event);
      if (early.completedAt !== null) {
        this.#markDone(turnId);
        sink.end();
        return;
      }
    }
    if (this.#closedError) {
      sink.fail(this.#closedError);
      return;
    }
    this.#turns.set(turnId, sink);
  }

  /**
   * Subscribes to notifications that name a thread but no turn (thread status, token
   * usage, name changes, ...). Returns the unsubscribe function.
   */
  subscribeThread(threadId: string, listener: (n: RoutedNotification) => void): () => void {
    let set = this.#threads.get(threadId);
    if (!set) this.#threads.set(threadId, set = new Set());
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.#threads.get(threadId) === set) this.#threads.delete(threadId);
    };
  }

  /**
   * Every notification from now on, until the returned stream is cancelled. Nothing is
   * retained while no tap is open; an open tap that falls more than `maxTapQueue` behind
   * fails with {@link BufferOverflowError} rather than growing without bound.
   */
  tap(): ReadableStream<RoutedNotification> {
    let self: ReadableStreamDefaultController<RoutedNotification>;
    return new ReadableStream<RoutedNotification>({
      start: (controller) => {
        self = controller;
        if (this.#closedError) controller.error(this.#closedError);
        else this.#taps.add(controller);
      },
      cancel: () => {
        this.#taps.delete(self);
      },
    }, { highWaterMark: 0 });
  }

  /** Closes the transport; everything pending fails with {@link TransportClosedError}. */
  async close(): Promise<void> {
    await this.#transport.close();
    const info = await this.#transport.closed;
    this.#shutdown(info);
  }

  async #send(text: string): Promise<void> {
    this.#onProtocol?.({ direction: "out", text });
    await this.#writer.write(text);
  }

  /**
   * A failed write usually means the process is dying: wait briefly for its exit so the
   * caller gets the exit code and stderr, not just "EPIPE".
   */
  async #writeFailure(error: unknown): Promise<TransportClosedError> {
    return (await settlesWithin(this.#done, 1000)) ?? this.#writeError(error);
  }

  #writeError(error: unknown): TransportClosedError {
    return new TransportClosedError({
      exitCode: null,
      signal: null,
      stderrTail: "",
      reason: `write failed: ${error instanceof Error ? error.message : String(error)}`,
    }, { cause: error });
  }

  #forget(id: RequestId): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    entry.cleanup();
    // A late response to this id is expected and dropped quietly.
    this.#forgotten.add(id);
    if (this.#forgotten.size > FORGOTTEN_IDS_CAP) {
      this.#forgotten.delete(this.#forgotten.values().next().value!);
    }
  }

  #report(text: string, error: CodexError): void {
    this.#onProtocol?.({ direction: "in", text: clip(text), error });
  }

  async #readLoop(): Promise<void> {
    try {
      const batches = this.#transport.readableBatches;
      if (batches) await this.#readBatches(batches.getReader());
      else await this.#readMessages(this.#transport.readable.getReader());
    } catch {
      // A broken pipe is a closed transport; the close info says why.
    }
    const info = (await settlesWithin(this.#transport.closed, 500)) ??
      { exitCode: null, signal: null, stderrTail: "", reason: "stream ended" };
    this.#shutdown(info);
  }

  async #readMessages(reader: ReadableStreamDefaultReader<string>): Promise<void> {
    try {
      while (true) {
        const { value, done } = await reader.read();
        if (done) return;
        this.#dispatch(value);
      }
    } finally {
      reader.releaseLock();
    }
  }

  async #readBatches(reader: ReadableStreamDefaultReader<string[]>): Promise<void> {
    try {
      while (true) {
        const { value, done } = await reader.read();
        if (done) return;
        for (let i = 0; i < value.length; i++) this.#dispatch(value[i]);
      }
    } finally {
      reader.releaseLock();
    }
  }

  #dispatch(text: string): void {
    if (this.#onProtocol) this.#onProtocol({ direction: "in", text });
    const message = parseMessage(text);
    if (message instanceof ProtocolError) {
      this.#report(text, message);
      return;
    }
    switch (message.kind) {
      case "notification":
        this.#onNotification(message.method, message.params, text);
        return;
      case "request":
        this.#onServerRequest(message, text);
        return;
      default:
        this.#onResponse(message, text);
    }
  }

  #onResponse(
    message: Extract<IncomingMessage, { kind: "response" | "error" }>,
    text: string,
  ): void {
    const id = message.id;
    const entry = id === null ? undefined : this.#pending.get(id);
    if (!entry) {
      if (id !== null && this.#forgotten.delete(id)) return;
      this.#report(
        text,
        new ProtocolError(
          message.kind === "error"
            ? `error response to unknown request id ${id}: ${message.error.message}`
            : `response to unknown request id ${id}`,
          { raw: clip(text) },
        ),
      );
      return;
    }
    this.#pending.delete(id!);
    entry.cleanup();
    if (message.kind === "error") {
      entry.reject(JsonRpcError.from(entry.method, message.error));
      return;
    }
    const schema = this.#tables.clientRequests[entry.method]?.result;
    if (schema && this.#validation !== "off") {
      const failure = checkValue(
        schema,
        message.result,
        this.#validation,
        `${entry.method} result`,
      );
      if (failure) {
        const error = new ProtocolError(failure.message, {
          method: entry.method,
          path: failure.path,
          raw: clip(text),
        });
        if (this.#validation === "strict") {
          entry.reject(error);
          return;
        }
        this.#report(text, error);
      }
    }
    try {
      entry.onResult?.(message.result);
    } catch (error) {
      entry.reject(error);
      return;
    }
    entry.resolve(message.result);
  }

  #onNotification(method: string, params: unknown, text: string): void {
    let invalid: ProtocolError | undefined;
    const schema = this.#validation === "off"
      ? undefined
      : this.#tables.serverNotifications[method];
    if (schema) {
      const failure = checkValue(schema, params, this.#validation, `${method} params`);
      if (failure) {
        invalid = new ProtocolError(failure.message, { method, path: failure.path });
        this.#report(text, invalid);
      }
    }
    const notification: RoutedNotification = { method, params };
    if (this.#taps.size > 0) { for (const tap of this.#taps) this.#toTap(tap, notification); }

    let turnId: string | undefined;
    let threadId: string | undefined;
    const route = this.#tables.notificationRoutes[method];
    if (route) {
      turnId = pick(params, route.turnId);
      threadId = pick(params, route.threadId);
    } else {
      turnId = fallbackTurnId(params);
      threadId = fallbackThreadId(params);
    }
    if (method === "serverRequest/resolved") turnId ??= this.#onResolved(params);

    if (turnId !== undefined) {
      if (invalid && this.#validation === "strict") {
        this.#failTurn(turnId, invalid);
        return;
      }
      this.#toTurn(turnId, notification, text.length, method === "turn/completed");
    } else if (threadId !== undefined) {
      // Turn-scoped events go to their turn only; threads see thread-scoped ones.
      const listeners = this.#threads.get(threadId);
      if (listeners) { for (const listener of listeners) listener(notification); }
    }
  }

  // Server request ids answered already, mapped to their turn, so the later
  // serverRequest/resolved still reaches the turn's stream.
  readonly #resolvedTurns = new Map<RequestId, string>();

  /** The server settled or withdrew a request: stop its handler; find its turn. */
  #onResolved(params: unknown): string | undefined {
    const requestId = (params as { requestId?: RequestId } | undefined)?.requestId;
    if (requestId === undefined) return undefined;
    const open = this.#serverRequests.get(requestId);
    if (open) {
      this.#serverRequests.delete(requestId);
      open.controller.abort(new AbortError("server request", "withdrawn by the server"));
      return open.turnId;
    }
    const turnId = this.#resolvedTurns.get(requestId);
    this.#resolvedTurns.delete(requestId);
    return turnId;
  }

  #toTurn(turnId: string, event: RoutedEvent, size: number, completes: boolean): void {
    const sink = this.#turns.get(turnId);
    if (sink) {
      sink.push(event);
      if (completes) {
        this.#turns.delete(turnId);
        this.#markDone(turnId);
        sink.end();
      }
      return;
    }
    if (this.#doneTurns.has(turnId) || this.#evicted.has(turnId)) return;
    let early = this.#early.get(turnId);
    if (!early) {
      if (this.#early.size >= this.#limits.maxTurns) this.#evictOldestEarly();
      early = { events: [], bytes: 0, completedAt: null, overflowed: false };
      this.#early.set(turnId, early);
    }
    if (!early.overflowed) {
      early.bytes += size;
      if (
        early.events.length >= this.#limits.maxEventsPerTurn ||
        early.bytes > this.#limits.maxBytesPerTurn
      ) {
        early.overflowed = true;
        early.events = [];
        this.#report(
          "",
          new BufferOverflowError(
            `early buffer for unclaimed turn ${turnId} overflowed; its events are dropped`,
          ),
        );
      } else {
        early.events.push(event);
      }
    }
    if (completes) {
      early.completedAt = Date.now();
      this.#scheduleSweep();
    }
  }

  #failTurn(turnId: string, error: CodexError): void {
    const sink = this.#turns.get(turnId);
    if (sink) {
      this.#turns.delete(turnId);
      this.#markDone(turnId);
      sink.fail(error);
    }
  }

  #markDone(turnId: string): void {
    this.#doneTurns.add(turnId);
    if (this.#doneTurns.size > DONE_TURNS_CAP) {
      this.#doneTurns.delete(this.#doneTurns.values().next().value!);
    }
  }

  #evictOldestEarly(): void {
    const [oldest, entry] = this.#early.entries().next().value!;
    this.#early.delete(oldest);
    this.#evicted.add(oldest);
    if (this.#evicted.size > EVICTED_TURNS_CAP) {
      this.#evicted.delete(this.#evicted.values().next().value!);
    }
    if (entry.events.length > 0 || entry.overflowed) {
      this.#report(
        "",
        new BufferOverflowError(
          `too many unclaimed turns (${this.#limits.maxTurns}); dropped buffered events of turn ${oldest}`,
        ),
      );
    }
  }

  #scheduleSweep(): void {
    if (this.#sweepTimer !== undefined || this.#closedError) return;
    this.#sweepTimer = setTimeout(() => {
      this.#sweepTimer = undefined;
      const cutoff = Date.now() - this.#limits.completedGraceMs;
      let remaining = false;
      for (const [turnId, early] of this.#early) {
        if (early.completedAt === null) continue;
        if (early.completedAt <= cutoff) {
          this.#early.delete(turnId);
          this.#markDone(turnId);
        } else {
          remaining = true;
        }
      }
      if (remaining) this.#scheduleSweep();
    }, this.#limits.completedGraceMs);
  }

  #toTap(
    tap: ReadableStreamDefaultController<RoutedNotification>,
    notification: RoutedNotification,
  ): void {
    if ((tap.desiredSize ?? 0) <= -this.#maxTapQueue) {
      this.#taps.delete(tap);
      tap.error(
        new BufferOverflowError(
          `notifications() consumer fell more than ${this.#maxTapQueue} messages behind`,
        ),
      );
      return;
    }
    tap.enqueue(notification);
  }

  #onServerRequest(
    message: Extract<IncomingMessage, { kind: "request" }>,
    text: string,
  ): void {
    const { id, method, params } = message;
    const route = this.#tables.serverRequestRoutes[method];
    const turnId = route ? pick(params, route.turnId) : fallbackTurnId(params);
    const threadId = route ? pick(params, route.threadId) : fallbackThreadId(params);
    const controller = new AbortController();
    this.#serverRequests.set(id, { controller, turnId });

    let invalid: ProtocolError | undefined;
    const schemas = this.#tables.serverRequests[method];
    if (schemas && this.#validation !== "off") {
      const failure = checkValue(schemas.params, params, this.#validation, `${method} params`);
      if (failure) {
        invalid = new ProtocolError(failure.message, { method, path: failure.path });
        this.#report(text, invalid);
      }
    }
    if (turnId !== undefined) this.#toTurn(turnId, { id, method, params }, text.length, false);

    const context: ServerRequestContext = {
      requestId: id,
      signal: controller.signal,
      threadId,
      turnId,
    };
    // Handlers run off the read loop: a slow approval never delays other messages.
    queueMicrotask(() => {
      void this.#answerServerRequest(method, params, context, invalid, schemas?.result);
    });
  }

  async #answerServerRequest(
    method: string,
    params: unknown,
    context: ServerRequestContext,
    invalid: ProtocolError | undefined,
    resultSchema: StandardSchemaV1 | undefined,
  ): Promise<void> {
    const id = context.requestId;
    let answer: { result: unknown } | { error: WireError };
    const handler = invalid && this.#validation === "strict"
      ? undefined
      : this.#resolveHandler?.(method, context);
    if (!handler) {
      answer = failClosedAnswer(method);
    } else {
      try {
        const result = await handler(params, context);
        const failure = resultSchema
          ? checkValue(resultSchema, result, "strict", `${method} result`)
          : null;
        if (failure) {
          this.#report(
            "",
            new ProtocolError(`handler answer refused: ${failure.message}`, {
              method,
              path: failure.path,
            }),
          );
          answer = failClosedAnswer(method);
        } else {
          answer = { result };
        }
      } catch (error) {
        this.#report(
          "",
          new ProtocolError(
            `${method} handler threw; answered fail-closed: ${
              error instanceof Error ? error.message : String(error)
            }`,
            { method, cause: error },
          ),
        );
        answer = failClosedAnswer(method);
      }
    }
    const entry = this.#serverRequests.get(id);
    if (!entry || context.signal.aborted) return;
    this.#serverRequests.delete(id);
    if (entry.turnId !== undefined) {
      this.#resolvedTurns.set(id, entry.turnId);
      if (this.#resolvedTurns.size > FORGOTTEN_IDS_CAP) {
        this.#resolvedTurns.delete(this.#resolvedTurns.keys().next().value!);
      }
    }
    await this.#send(encodeResponse(id, answer)).catch(() => {
      // The transport is gone; its close handling reports that.
    });
  }

  #shutdown(info: TransportCloseInfo): void {
    if (this.#closedError) return;
    const error = new TransportClosedError(info);
    this.#closedError = error;
    if (this.#sweepTimer !== undefined) clearTimeout(this.#sweepTimer);
    this.#sweepTimer = undefined;
    for (const entry of this.#pending.values()) {
      entry.cleanup();
      entry.reject(error);
    }
    this.#pending.clear();
    for (const sink of this.#turns.values()) sink.fail(error);
    this.#turns.clear();
    this.#early.clear();
    for (const tap of this.#taps) {
      try {
        tap.error(error);
      } catch {
        // Already cancelled by its reader.
      }
    }
    this.#taps.clear();
    for (const { controller } of this.#serverRequests.values()) controller.abort(error);
    this.#serverRequests.clear();
    this.#threads.clear();
    this.#writer.releaseLock();
    this.#resolveDone(error);
  }
}
