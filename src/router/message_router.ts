// The MessageRouter is the only reader of a transport. It sends every incoming message to
// the one place that wants it, by map lookup: a pending request, a turn, a thread, the
// global taps, or a server-request handler. The cost per message does not depend on how
// many turns are open. This file holds the read loop, the dispatch and the transport's
// lifecycle; each destination is a part of its own (see ARCHITECTURE.md).
import {
  AbortError,
  type CodexError,
  ConnectionLostError,
  ProtocolError,
  TransportClosedError,
  type TransportCloseInfo,
} from "../errors.ts";
import type { Transport } from "../transport/transport.ts";
import { checkMessagePart, type ValidationMode } from "../wire/validate.ts";
import {
  encodeNotification,
  encodeRequest,
  type IncomingMessage,
  parseMessage,
} from "../wire/message.ts";
import { settlesWithin } from "../_timing.ts";
import { ProtocolObserver, readAll, writeError } from "./transport_io.ts";
import { OfflineQueue } from "./offline_queue.ts";
import { PendingRequests } from "./pending_requests.ts";
import { TurnTable } from "./turn_table.ts";
import { Subscribers } from "./subscribers.ts";
import { ServerRequests } from "./server_requests.ts";
import { threadIdOf, turnIdOf } from "./routes.ts";
import { StreamTables } from "./stream_table.ts";
import type {
  ConnectionLink,
  MessageRouterOptions,
  ProtocolTables,
  RequestOptions,
  RoutedNotification,
  TurnSink,
  TurnWatcher,
} from "./types.ts";

let openLink: (
  router: MessageRouter,
  onLost: ((info: TransportCloseInfo) => void) | undefined,
  options: { queueCalls?: boolean },
) => ConnectionLink;

/**
 * Keeps `router` alive when its transport ends unexpectedly: pending requests fail with
 * {@link ConnectionLostError}, turns, thread listeners and taps stay open, and `onLost` is
 * told; the reconnect loop then uses the returned link to attach a new transport. With
 * `onLost` undefined, a lost connection ends the router again. While reconnecting, calls
 * wait for the new connection (the offline queue) unless `queueCalls` is false, when they
 * fail with {@link ConnectionLostError}. Internal to the SDK.
 */
export function connectionLink(
  router: MessageRouter,
  onLost: ((info: TransportCloseInfo) => void) | undefined,
  options: { queueCalls?: boolean } = {},
): ConnectionLink {
  return openLink(router, onLost, options);
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
  /** The user's `onProtocolMessage`, when there is one. */
  readonly #observer: ProtocolObserver | undefined;
  #writer: WritableStreamDefaultWriter<string>;
  /** Counts transports: events of a replaced one are ignored. */
  #generation = 0;
  /** Set while the connection is down and a reconnect handler is at work. */
  #lost: ConnectionLostError | undefined;
  #onLost: ((info: TransportCloseInfo) => void) | undefined;
  /** Calls made while reconnecting wait here (unless `queueCalls` is off). */
  readonly #offline = new OfflineQueue();
  #queueCalls = true;

  readonly #requests: PendingRequests;
  readonly #turns: TurnTable;
  /** Streams other than turns, by key. */
  readonly #streams: StreamTables;
  readonly #subscribers: Subscribers;
  readonly #serverRequests: ServerRequests;
  #closedError: TransportClosedError | undefined;
  #closing = false;
  #closedByClient = false;
  #started = false;
  readonly #done: Promise<TransportClosedError>;
  #resolveDone!: (error: TransportClosedError) => void;

  static {
    openLink = (router, onLost, options) => router.#link(onLost, options);
  }

  /** Wraps a transport; call {@link MessageRouter.start} to begin reading. */
  constructor(transport: Transport, options: MessageRouterOptions) {
    this.#transport = transport;
    this.#tables = options.tables;
    this.#validation = options.validation ?? "lenient";
    this.#timeoutMs = options.requestTimeoutMs ?? 120_000;
    const observe = options.onProtocolMessage;
    this.#observer = observe ? new ProtocolObserver(observe) : undefined;
    const report = (text: string, error: CodexError) => this.#report(text, error);
    const reportError = (error: CodexError) => this.#report("", error);
    this.#requests = new PendingRequests(this.#tables, this.#validation, report);
    this.#turns = new TurnTable(options.earlyBuffer, reportError);
    this.#streams = new StreamTables(this.#tables.streamRoutes, options.earlyBuffer, reportError);
    this.#subscribers = new Subscribers(options.maxTapQueue ?? 10_000, reportError);
    this.#serverRequests = new ServerRequests(
      this.#tables,
      this.#validation,
      options.resolveHandler,
      report,
      (text) => this.#send(text),
    );
    this.#writer = transport.writable.getWriter();
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
  }

  /** Starts the read loop (once). */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#run(this.#transport, this.#generation);
  }

  /** True while the connection is lost and not yet back. */
  get reconnecting(): boolean {
    return this.#lost !== undefined && this.#closedError === undefined;
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
    return this.#turns.earlyBuffered;
  }

  /** How many requests await a response. */
  get pendingRequests(): number {
    return this.#requests.size;
  }

  /**
   * Sends a request and resolves with its result, or rejects with a {@link JsonRpcError},
   * {@link RequestTimeoutError}, {@link AbortError} or {@link TransportClosedError}.
   */
  request(method: string, params: unknown, options: RequestOptions = {}): Promise<unknown> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    if (this.#lost && !options.whileReconnecting) {
      if (!this.#queueCalls) return Promise.reject(this.#lost);
      // Never written to the lost connection: it waits for the new one and is sent once.
      return this.#offline.wait(method, options.timeoutMs ?? this.#timeoutMs, options.signal)
        .then((left) => this.request(method, params, { ...options, timeoutMs: left }));
    }
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(new AbortError(method, signal.reason));
    const { id, result } = this.#requests.open(
      method,
      options,
      options.timeoutMs ?? this.#timeoutMs,
    );
    this.#send(encodeRequest(id, method, params)).catch(async (error) => {
      this.#requests.fail(id, await this.#writeFailure(error));
    });
    return result;
  }

  /** Sends a notification. */
  async notify(method: string, params: unknown): Promise<void> {
    if (this.#closedError) throw this.#closedError;
    if (this.#lost && method !== "initialized") {
      if (!this.#queueCalls) throw this.#lost;
      await this.#offline.wait(method, Infinity, undefined);
      return await this.notify(method, params);
    }
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
    this.#turns.claim(turnId, sink);
  }

  /**
   * Claims a stream other than a turn, by its kind's key (`processId`, `watchId`, ...; see
   * `ProtocolTables.streamRoutes`) and id, like {@link MessageRouter.claimTurn}: events
   * that came before the claim are replayed into `sink`, later ones go straight to it.
   *
   * @example
   * ```ts
   * import { MessageRouter, stableTables } from "codex-app-server/protocol";
   * import { memoryTransportPair } from "codex-app-server/transports";
   * const [transport] = memoryTransportPair();
   * const router = new MessageRouter(transport, {
   *   tables: { ...stableTables, streamRoutes: { "fs/changed": { key: "watchId", path: "watchId" } } },
   * });
   * router.claimStream("watchId", "w1", {
   *   push: (event) => console.log(event.method),
   *   end: () => {},
   *   fail: (error) => console.error(error),
   * });
   * ```
   */
  claimStream(key: string, id: string, sink: TurnSink): void {
    this.#streams.claim(key, id, sink);
  }

  /**
   * Lets a claimed stream go once its handle ended it (a command's exit, a watch's
   * `close()`): later events of the id are dropped.
   */
  releaseStream(key: string, id: string, sink: TurnSink): void {
    this.#streams.release(key, id, sink);
  }

  /** How many streams other than turns are claimed (for tests and leak checks). */
  get claimedStreams(): number {
    return this.#streams.claimed;
  }

  /** How many unclaimed streams other than turns have events kept. */
  get earlyBufferedStreams(): number {
    return this.#streams.earlyBuffered;
  }

  /**
   * Watches a thread for turns nobody has claimed: the first event of each such turn
   * (including one already waiting in the early buffer) is offered to `watcher`, which can
   * claim the turn by returning a sink. One watcher per thread; returns the function that
   * removes it.
   */
  watchTurns(threadId: string, watcher: TurnWatcher): () => void {
    return this.#turns.watch(threadId, watcher);
  }

  /**
   * A thread's turns whose events wait in the early buffer, oldest first (`fromStart` when
   * the buffer holds a turn from its `turn/started`): a thread that starts being followed
   * claims them (a sub-agent's first turn can start before its parent's spawn item names the
   * sub-agent's thread).
   */
  bufferedTurns(threadId: string): { turnId: string; fromStart: boolean }[] {
    return this.#turns.buffered(threadId);
  }

  /**
   * Subscribes to notifications that name a thread but no turn (thread status, token
   * usage, name changes, ...). Returns the unsubscribe function.
   */
  subscribeThread(threadId: string, listener: (n: RoutedNotification) => void): () => void {
    return this.#subscribers.subscribeThread(threadId, listener);
  }

  /**
   * Every notification from now on, until the returned stream is cancelled. Nothing is
   * retained while no tap is open; an open tap that falls more than `maxTapQueue` behind
   * fails with {@link BufferOverflowError} rather than growing without bound.
   */
  tap(): ReadableStream<RoutedNotification> {
    return this.#subscribers.tap();
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

  // ---- lifecycle ----

  #run(transport: Transport, generation: number): void {
    const reading = readAll(transport, (text) => this.#dispatch(text)).then(() => true);
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
    // Streams other than turns belong to their connection: the server ends them with it.
    this.#streams.failAll(this.#lost);
    this.#writer.releaseLock();
    try {
      this.#onLost(info);
    } catch (error) {
      this.#report("", new ProtocolError("the connection-lost handler threw", { cause: error }));
    }
  }

  /** The reconnect loop's view of this router (see {@link connectionLink}). */
  #link(
    onLost: ((info: TransportCloseInfo) => void) | undefined,
    options: { queueCalls?: boolean },
  ): ConnectionLink {
    this.#onLost = onLost;
    this.#queueCalls = options.queueCalls ?? true;
    return {
      attach: (transport) => {
        if (this.#closedError) throw this.#closedError;
        if (!this.#lost) throw new Error("attach() needs a lost connection");
        this.#generation++;
        this.#transport = transport;
        this.#writer = transport.writable.getWriter();
        this.#run(transport, this.#generation);
      },
      connected: () => {
        this.#lost = undefined;
        this.#offline.open();
      },
      end: (info) => this.#shutdown(info),
      inject: (text) => this.#dispatch(text),
      pushToTurn: (turnId, event) => this.#turns.push(turnId, event),
      failTurn: (turnId, error) => this.#turns.fail(turnId, error),
      hasEnded: (turnId) => this.#turns.ended(turnId),
    };
  }

  #shutdown(info: TransportCloseInfo): void {
    if (this.#closedError) return;
    const error = new TransportClosedError(info);
    this.#closedError = error;
    this.#closedByClient = this.#closing;
    this.#failPending(error);
    this.#turns.closeAll(error, this.#closing);
    this.#streams.closeAll(error, this.#closing);
    this.#subscribers.closeAll(error, this.#closing);
    this.#writer.releaseLock();
    this.#lost = undefined;
    this.#offline.fail(error);
    this.#resolveDone(error);
  }

  /** Fails pending requests and withdraws open server requests (their answers are dropped). */
  #failPending(error: TransportClosedError): void {
    this.#requests.failAll(error);
    this.#serverRequests.withdrawAll(error);
  }

  // ---- out ----

  async #send(text: string): Promise<void> {
    this.#observer?.saw("out", text);
    await this.#writer.write(text);
  }

  /**
   * A failed write usually means the process is dying: wait briefly for its exit so the
   * caller gets the exit code and stderr, not just "EPIPE".
   */
  async #writeFailure(error: unknown): Promise<TransportClosedError> {
    return (await settlesWithin(this.#done, 1000)) ?? writeError(error);
  }

  #report(text: string, error: CodexError): void {
    this.#observer?.report(text, error);
  }

  // ---- in: the read loop and the dispatch ----

  #dispatch(text: string): void {
    this.#observer?.saw("in", text);
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
        this.#requests.settle(message, text);
    }
  }

  #onNotification(method: string, params: unknown, text: string): void {
    const invalid = this.#checkParams(method, params, text);
    const notification: RoutedNotification = { method, params };
    this.#subscribers.toTaps(notification);
    if (this.#streams.deliver(method, params, notification, text.length)) return;

    const route = this.#tables.notificationRoutes[method];
    let turnId = turnIdOf(route, params);
    const threadId = threadIdOf(route, params);
    if (method === "serverRequest/resolved") turnId ??= this.#serverRequests.resolved(params);
    else if (method === "turn/started" && turnId !== undefined) {
      const root = this.#turns.rootOf(turnId, threadId, params);
      if (typeof root === "string") turnId = root;
      else if (this.#turns.toSpawned(turnId, threadId!, root.thread, notification)) return;
    }

    if (turnId !== undefined) {
      if (invalid && this.#validation === "strict") {
        this.#turns.fail(turnId, invalid);
        return;
      }
      const completes = method === "turn/completed";
      if (this.#turns.deliver(turnId, threadId, notification, text.length, completes)) return;
    }
    // Turn-scoped events go to their turn only; threads see thread-scoped ones, and those
    // of turns that already ended (a late update must not vanish).
    if (threadId !== undefined) this.#subscribers.toThread(threadId, notification);
  }

  /** Checks a notification's params; the problem found, already reported, or undefined. */
  #checkParams(method: string, params: unknown, text: string): ProtocolError | undefined {
    const schema = this.#tables.serverNotifications[method];
    const invalid = checkMessagePart(schema, params, this.#validation, method, "params");
    if (invalid) this.#report(text, invalid);
    return invalid;
  }

  #onServerRequest(message: Extract<IncomingMessage, { kind: "request" }>, text: string): void {
    const { id, method, params } = message;
    const route = this.#tables.serverRequestRoutes[method];
    const turnId = turnIdOf(route, params);
    const threadId = threadIdOf(route, params);
    this.#serverRequests.receive(id, method, params, text, { threadId, turnId });
    if (turnId !== undefined) {
      this.#turns.deliver(turnId, threadId, { id, method, params }, text.length, false);
    }
  }
}
