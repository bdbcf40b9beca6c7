// The router's types: what it routes, the tables it routes with, and the options and
// callbacks of its users. Every router file and the client take their types from here, so
// no file imports message_router.ts for a type.
import type { StandardSchemaV1 } from "../standard_schema.ts";
import type { CodexError, TransportCloseInfo } from "../errors.ts";
import type { RequestId } from "../../gen/types.ts";
import type { ValidationMode } from "../wire/validate.ts";
import type { Transport } from "../transport/transport.ts";

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
  /**
   * Notifications of streams other than turns, by the key that names their stream
   * (see `MessageRouter.claimStream`); the generated `stableTables` and
   * `experimentalTables` carry `NOTIFICATION_STREAM_ROUTES`. None when left out.
   */
  streamRoutes?: Readonly<Record<string, StreamRoute>>;
}

/**
 * Where a notification carries the id of a stream other than a turn (a process, a file
 * watch, a search session): the stream kind's key and the path of the id in params.
 *
 * @example
 * ```ts
 * import type { StreamRoute } from "codex-app-server/protocol";
 * const route: StreamRoute = { key: "processId", path: "processId" };
 * ```
 */
export interface StreamRoute {
  /** The kind of stream: the name its key goes by (`processId`, `watchId`, ...). */
  readonly key: string;
  /** Path of the id in params (`processId`, `process.id`). */
  readonly path: string;
  /** True for the stream's last event (its sink then ends). */
  readonly ends?: boolean;
  /**
   * True when the server picks the id (a login's `loginId`, known from an answer): events
   * of an id nobody claimed yet are kept, bounded, and replayed on its claim. Otherwise
   * such events are dropped: the client picks those ids and claims them before it asks.
   */
  readonly keepUnclaimed?: boolean;
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
   * Optional: the thread the turn belongs to. A `turn/started` rooted at this turn
   * (`turn.rootTurnId`) is this turn's work only when it names the same thread; on another
   * thread it is a sub-agent's turn.
   */
  readonly threadId?: string;
  /**
   * Optional: the client was closed on purpose while the turn ran. Its streams should end
   * as done; `error` says why the turn has no outcome. Without it, `fail` is called.
   */
  close?(error: CodexError): void;
}

/**
 * Offered the first event of every unclaimed turn on a watched thread; returns the sink
 * that takes the turn from then on, or undefined to leave it unclaimed. A thread's watcher
 * is also offered the turns of threads nobody watches that start rooted at one of its turns
 * (a sub-agent's turn): `threadId` is then the sub-agent's thread, not the watched one.
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

/** Options of a `MessageRouter`. */
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

/** Per-call options of `MessageRouter.request`. */
export interface RequestOptions {
  /** Aborting rejects the call at once with `AbortError`; a late response is dropped. */
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
   * use it); other calls then wait for the new connection (or, with the offline queue
   * off, fail with `ConnectionLostError`).
   */
  whileReconnecting?: boolean;
}

/**
 * What the reconnect loop may do with a router whose connection was lost: returned by
 * `connectionLink(router, onLost)` (message_router.ts) to the reconnect loop, and to nobody
 * else, so the public `MessageRouter` carries none of it.
 */
export interface ConnectionLink {
  /** Reads from a new transport after the old one was lost. */
  attach(transport: Transport): void;
  /** The new transport is ready (handshake done): calls go through again, queued ones first. */
  connected(): void;
  /** Gives up on a lost connection: everything fails as if the transport had closed. */
  end(info: TransportCloseInfo): void;
  /** Handles a message as if the server had sent it (a turn's end learned after a gap). */
  inject(text: string): void;
  /** Delivers an event of the SDK's own to a claimed turn (a reconnect's gap marker). */
  pushToTurn(turnId: string, event: RoutedEvent): boolean;
  /** Ends a claimed turn's events with `error` (a turn a reconnect could not find again). */
  failTurn(turnId: string, error: CodexError): void;
  /**
   * True once a turn's end has been routed: a reconnect skips it when it follows the turns
   * that ended around the gap.
   */
  hasEnded(turnId: string): boolean;
}
