// The MessageRouter is the only reader of a transport. It sends every incoming message to
// the one place that wants it, by map lookup: a pending request, a turn, a thread, the
// global taps, or a server-request handler. The cost per message does not depend on how
// many turns are open.
import type { StandardSchemaV1 } from "../standard_schema.ts";
import {
  AbortError,
  BufferOverflowError,
  CodexError,
  ConnectionLostError,
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
import { addBounded, setBounded } from "./_bounded.ts";
import { EarlyBuffer, type EarlyBufferLimits } from "./early_buffer.ts";
import { settlesWithin } from "../_timing.ts";
import { onAbort } from "../_abort.ts";

export type { EarlyBufferLimits } from "./early_buffer.ts";

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
  /**
   * Optional: the client was closed on purpose while the turn ran. Its streams should end
   * as done; `error` says why the turn has no outcome. Without it, `fail` is called.
   */
  close?(error: CodexError): void;
}

/**
 * Offered the first event of every unclaimed turn on a watched thread; returns the sink
 * that takes the turn from then on, or undefined to leave it unclaimed.
 *
 * @example
 * ```ts
 * import { MessageRouter, stableTables, type TurnWatcher } from "codex-app-server/protocol";
 * import { memoryTransportPair } from "codex-app-server/transports";
 * const [transport] = memoryTransportPair();
 * const router = new MessageRouter(transport, { tables: stableTables });
 * const seen: string[] = [];
 * // Notes each new turn's id and leaves the turn unclaimed (returns no sink).
 * const watcher: TurnWatcher = (turnId) => {
 *   seen.push(turnId);
 *   return undefined;
 * };
 * const unwatch = router.watchTurns("thread-id", watcher);
 * unwatch();
 * ```
 */
export type TurnWatcher = (turnId: string, threadId: string) => TurnSink | undefined;

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
  /**
   * Send even while the router is reconnecting (the handshake and resumes of a reconnect
   * use it); other calls then fail with {@link ConnectionLostError}.
   */
  whileReconnecting?: boolean;
}

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onResult?: (result: unknown) => void;
  cleanup: () => void;
}

const FORGOTTEN_IDS_CAP = 10_000;
const DONE_TURNS_CAP = 4_096;

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
 * import { memoryTransportPair } from "codex-app-server/transports";
 * import { MessageRouter, stableTables } from "codex-app-server/protocol";
 * const [transport] = memoryTransportPair();
 * const router = new MessageRouter(transport, { tables: stableTables });
 * router.start();
 * await router.close();
 * ```
 */
export class MessageRouter {
  #transport: Transport;
  readonly #tables: ProtocolTables;
  readonly #validation: ValidationMode;
  readonly #timeoutMs: number;
  readonly #onProtocol?: (event: ProtocolMessageEvent) => void;
  readonly #resolveHandler: MessageRouterOptions["resolveHandler"];
  readonly #maxTapQueue: number;
  #writer: WritableStreamDefaultWriter<string>;
  /** Counts transports: events of a replaced one are ignored. */
  #generation = 0;
  /** Set while the connection is down and a reconnect handler is at work. */
  #lost: ConnectionLostError | undefined;
  #onLost: ((info: TransportCloseInfo) => void) | undefined;

  #nextId = 1;
  readonly #pending = new Map<RequestId, Pending>();
  readonly #forgotten = new Set<RequestId>();
  readonly #turns = new Map<string, TurnSink>();
  readonly #early: EarlyBuffer;
  readonly #doneTurns = new Set<string>();
  readonly #threads = new Map<string, Set<(n: RoutedNotification) => void>>();
  readonly #watchers = new Map<string, TurnWatcher>();
  readonly #taps = new Set<ReadableStreamDefaultController<RoutedNotification>>();
  readonly #serverRequests = new Map<
    RequestId,
    { controller: AbortController; turnId: string | undefined }
  >();
  #closedError: TransportClosedError | undefined;
  #closing = false;
  #closedByClient = false;
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
    this.#early = new EarlyBuffer(
      options.earlyBuffer,
      (error) => this.#report("", error),
      (turnId) => this.#markDone(turnId),
    );
    this.#maxTapQueue = options.maxTapQueue ?? 10_000;
    this.#writer = transport.writable.getWriter();
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** Starts the read loop (once). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#run(this.#transport, this.#generation);
  }

  #run(transport: Transport, generation: number): void {
    const reading = this.#readLoop(transport).then(() => true);
    void reading.then(async () => {
      const info = (await settlesWithin(transport.closed, 500)) ??
        { exitCode: null, signal: null, stderrTail: "", reason: "stream ended" };
      this.#ended(generation, info);
    });
    void transport.closed.then(async (info) => {
      // A process can die while a grandchild still holds its stdout open; give the read
      // loop a moment to drain, then end everything anyway, and let the pipes go.
      const drained = await settlesWithin(reading, 100);
      this.#ended(generation, info);
      if (!drained) transport.close().catch(() => {});
    });
  }

  /** A transport ended: the end of the router, or a lost connection to reconnect. */
  #ended(generation: number, info: TransportCloseInfo): void {
    if (generation !== this.#generation || this.#closedError) return;
    if (this.#closing || !this.#onLost) {
      this.#shutdown(info);
      return;
    }
    if (this.#lost) {
      // A reconnect attempt's transport died too: fail its handshake, try again.
      this.#failPending(new ConnectionLostError(info));
      this.#writer.releaseLock();
      return;
    }
    this.#lost = new ConnectionLostError(info);
    this.#failPending(this.#lost);
    this.#writer.releaseLock();
    try {
      this.#onLost(info);
    } catch (error) {
      this.#report("", new ProtocolError("the connection-lost handler threw", { cause: error }));
    }
  }

  /**
   * Keeps the router alive when its transport ends unexpectedly: pending requests fail
   * with {@link ConnectionLostError}, turns, thread listeners and taps stay open, and
   * `handler` is told; it then calls {@link MessageRouter.attach} with a new transport, and
   * {@link MessageRouter.connected} once that one is ready (or {@link MessageRouter.end}).
   */
  onConnectionLost(handler: ((info: TransportCloseInfo) => void) | undefined): void {
    this.#onLost = handler;
  }

  /** Reads from a new transport after the old one was lost (see `onConnectionLost`). */
  attach(transport: Transport): void {
    if (this.#closedError) throw this.#closedError;
    if (!this.#lost) throw new Error("attach() needs a lost connection");
    this.#generation++;
    this.#transport = transport;
    this.#writer = transport.writable.getWriter();
    this.#run(transport, this.#generation);
  }

  /** The new transport is ready (handshake done): calls go through again. */
  connected(): void {
    this.#lost = undefined;
  }

  /** True while the connection is lost and not yet back. */
  get reconnecting(): boolean {
    return this.#lost !== undefined && this.#closedError === undefined;
  }

  /** Gives up on a lost connection: everything fails as if the transport had closed. */
  end(info: TransportCloseInfo): void {
    this.#shutdown(info);
  }

  /**
   * Delivers an event of the SDK's own to a turn's consumers (the gap marker of a
   * reconnect). False when nobody is delivering the turn.
   */
  pushToTurn(turnId: string, event: RoutedEvent): boolean {
    const sink = this.#turns.get(turnId);
    if (!sink) return false;
    sink.push(event);
    return true;
  }

  /** True once the turn's end has been routed (its late messages are dropped). */
  hasEnded(turnId: string): boolean {
    return this.#doneTurns.has(turnId);
  }

  /** Ends a turn's events with `error` (a turn a reconnect could not find again). */
  failTurn(turnId: string, error: CodexError): void {
    this.#failTurn(turnId, error);
  }

  /** Handles a message as if the server had sent it (a turn's end learned after a gap). */
  inject(text: string): void {
    this.#dispatch(text);
  }

  /** Resolves with the sticky error once the transport has ended. */
  get done(): Promise<TransportClosedError> {
    return this.#done;
  }

  /** The error every call fails with once the transport has ended, else undefined. */
  get closedError(): TransportClosedError | undefined {
    return this.#closedError;
  }

  /**
   * True when the connection ended because {@link MessageRouter.close} was called, not
   * because it was lost: notification streams then end as done rather than with an error.
   */
  get closedByClient(): boolean {
    return this.#closedByClient;
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
    if (this.#lost && !options.whileReconnecting) return Promise.reject(this.#lost);
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError(method, signal.reason));
    const id = this.#nextId++;
    return new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One listener per signal, shared by every call that waits on it (see onAbort).
      const stopWaiting = signal
        ? onAbort(signal, () => {
          this.#forget(id);
          reject(new AbortError(method, signal.reason));
        })
        : undefined;
      const cleanup = () => {
        if (timer !== undefined) clearTimeout(timer);
        stopWaiting?.();
      };
      this.#pending.set(id, { method, resolve, reject, onResult: options.onResult, cleanup });
      const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.#forget(id);
          reject(new RequestTimeoutError(method, timeoutMs));
        }, timeoutMs);
      }
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
    if (this.#lost && method !== "initialized") throw this.#lost;
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
    const claimed = this.#early.take(turnId);
    if (claimed.kind === "failed") {
      sink.fail(claimed.error);
      return;
    }
    if (claimed.kind === "events") {
      for (const event of claimed.events) sink.push(event);
      if (claimed.completed) {
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
   * Watches a thread for turns nobody has claimed: the first event of each such turn
   * (including one already waiting in the early buffer) is offered to `watcher`, which can
   * claim the turn by returning a sink. One watcher per thread; returns the function that
   * removes it.
   */
  watchTurns(threadId: string, watcher: TurnWatcher): () => void {
    this.#watchers.set(threadId, watcher);
    return () => {
      if (this.#watchers.get(threadId) === watcher) this.#watchers.delete(threadId);
    };
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
        if (!this.#closedError) this.#taps.add(controller);
        else if (this.#closedByClient) controller.close();
        else controller.error(this.#closedError);
      },
      cancel: () => {
        this.#taps.delete(self);
      },
    }, { highWaterMark: 0 });
  }

  /** Reports a problem found above the router (an overflowing queue, say) through `onProtocolMessage`. */
  report(error: CodexError): void {
    this.#report("", error);
  }

  /**
   * Closes the transport; pending calls fail with {@link TransportClosedError}; turn
   * streams and notification streams (`tap()`) end as done.
   */
  async close(): Promise<void> {
    this.#closing = true;
    await this.#transport.close();
    const info = await this.#transport.closed;
    this.#shutdown(info);
  }

  async #send(text: string): Promise<void> {
    if (this.#onProtocol) this.#observe({ direction: "out", text });
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
    addBounded(this.#forgotten, id, FORGOTTEN_IDS_CAP);
  }

  #report(text: string, error: CodexError): void {
    if (this.#onProtocol) this.#observe({ direction: "in", text: clip(text), error });
  }

  /** A throwing observer (a logger's bug) must not end the connection or fail a call. */
  #observe(event: ProtocolMessageEvent): void {
    try {
      this.#onProtocol!(event);
    } catch {
      // Dropped: the only channel to report it on is the observer that threw.
    }
  }

  async #readLoop(transport: Transport): Promise<void> {
    try {
      const batches = transport.readableBatches;
      if (batches) await this.#readBatches(batches.getReader());
      else await this.#readMessages(transport.readable.getReader());
    } catch {
      // A broken pipe is a closed transport; the close info says why.
    }
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
    if (this.#onProtocol) this.#observe({ direction: "in", text });
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
    message: Extract<IncomingMessage, { kind: "response" | "error" | "ambiguous" }>,
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
    if (message.kind === "ambiguous") {
      // Result and error at once: never a success. The error member, when well-formed,
      // says what failed (and keeps e.g. -32001 retryable); else the violation itself.
      this.#report(text, message.problem);
      entry.reject(
        message.error ? JsonRpcError.from(entry.method, message.error) : message.problem,
      );
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
      // E.g. a `turn/start` result without a turn, let through by lenient validation.
      entry.reject(
        error instanceof CodexError ? error : new ProtocolError(
          `${entry.method} result could not be used: ${
            error instanceof Error ? error.message : String(error)
          }`,
          { method: entry.method, raw: clip(text), cause: error },
        ),
      );
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
    else if (method === "turn/started" && turnId !== undefined) {
      turnId = this.#rootOf(turnId, params);
    }

    if (turnId !== undefined) {
      if (invalid && this.#validation === "strict") {
        this.#failTurn(turnId, invalid);
        return;
      }
      if (this.#toTurn(turnId, threadId, notification, text.length, method === "turn/completed")) {
        return;
      }
    }
    // Turn-scoped events go to their turn only; threads see thread-scoped ones, and those
    // of turns that already ended (a late update must not vanish).
    if (threadId !== undefined) {
      const listeners = this.#threads.get(threadId);
      if (listeners) { for (const listener of listeners) this.#call(listener, notification); }
    }
  }

  // Server request ids answered already, mapped to their turn, so the later
  // serverRequest/resolved still reaches the turn's stream.
  readonly #resolvedTurns = new Map<RequestId, string>();

  /**
   * A review announces its work as a turn of its own id whose `rootTurnId` is the review
   * turn, while every other event of that work carries the review turn's id. Such a
   * `turn/started` belongs to the root turn when that one is being delivered or buffered
   * and the new id is unknown; a turn started later on behalf of an ended turn keeps its own id.
   */
  #rootOf(turnId: string, params: unknown): string {
    if (this.#turns.has(turnId) || this.#early.has(turnId)) return turnId;
    const root = (params as { turn?: { rootTurnId?: unknown } }).turn?.rootTurnId;
    return typeof root === "string" && (this.#turns.has(root) || this.#early.has(root))
      ? root
      : turnId;
  }

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

  /**
   * Delivers a turn's event to its sink, a watcher of its thread, or the early buffer.
   * False when the turn has ended (or was evicted) and the event was not taken.
   */
  #toTurn(
    turnId: string,
    threadId: string | undefined,
    event: RoutedEvent,
    size: number,
    completes: boolean,
  ): boolean {
    let sink = this.#turns.get(turnId);
    if (!sink) {
      if (this.#doneTurns.has(turnId) || this.#early.isEvicted(turnId)) return false;
      const watcher = threadId === undefined ? undefined : this.#watchers.get(threadId);
      if (watcher) sink = this.#offer(watcher, turnId, threadId!);
      if (!sink) {
        this.#early.add(turnId, event, size, completes);
        return true;
      }
    }
    sink.push(event);
    if (completes) {
      this.#turns.delete(turnId);
      this.#markDone(turnId);
      sink.end();
    }
    return true;
  }

  /** Lets a thread's watcher claim a new turn; its early-buffered events replay first. */
  #offer(watcher: TurnWatcher, turnId: string, threadId: string): TurnSink | undefined {
    let sink: TurnSink | undefined;
    try {
      sink = watcher(turnId, threadId);
    } catch (error) {
      this.#report(
        "",
        new ProtocolError(`turn watcher of thread ${threadId} threw`, { cause: error }),
      );
    }
    if (!sink) return undefined;
    this.claimTurn(turnId, sink);
    // Claimed, unless the buffered events already completed (or failed) the turn.
    return this.#turns.get(turnId);
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
    addBounded(this.#doneTurns, turnId, DONE_TURNS_CAP);
  }

  /** Calls a listener; one that throws is reported and cannot stop the routing. */
  #call<T>(listener: (value: T) => void, value: T): void {
    try {
      listener(value);
    } catch (error) {
      this.#report("", new ProtocolError("a thread listener threw", { cause: error }));
    }
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
    if (turnId !== undefined) {
      this.#toTurn(turnId, threadId, { id, method, params }, text.length, false);
    }

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
      setBounded(this.#resolvedTurns, id, entry.turnId, FORGOTTEN_IDS_CAP);
    }
    await this.#send(encodeResponse(id, answer)).catch(() => {
      // The transport is gone; its close handling reports that.
    });
  }

  #shutdown(info: TransportCloseInfo): void {
    if (this.#closedError) return;
    const error = new TransportClosedError(info);
    this.#closedError = error;
    this.#closedByClient = this.#closing;
    this.#failPending(error);
    for (const sink of this.#turns.values()) {
      if (this.#closing && sink.close) sink.close(error);
      else sink.fail(error);
    }
    this.#turns.clear();
    this.#early.stop();
    this.#watchers.clear();
    for (const tap of this.#taps) {
      try {
        // A deliberate close ends the streams; only a lost connection is their error.
        if (this.#closing) tap.close();
        else tap.error(error);
      } catch {
        // Already cancelled by its reader.
      }
    }
    this.#taps.clear();
    this.#threads.clear();
    this.#writer.releaseLock();
    this.#lost = undefined;
    this.#resolveDone(error);
  }

  /** Fails pending requests and withdraws open server requests (their answers are dropped). */
  #failPending(error: TransportClosedError): void {
    for (const entry of this.#pending.values()) {
      entry.cleanup();
      entry.reject(error);
    }
    this.#pending.clear();
    for (const { controller } of this.#serverRequests.values()) controller.abort(error);
    this.#serverRequests.clear();
  }
}
