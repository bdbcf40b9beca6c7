// The low-level client: the handshake, typed requests for every client method, and the
// dispatch of server requests to handlers. The high-level API (Codex, Thread, TurnHandle)
// is built on it.
import { AbortError, ProtocolError, type TransportClosedError } from "../errors.ts";
import {
  CLIENT_REQUEST_SCHEMAS,
  type ClientRequestMap,
  type ClientRequestMethod,
  SERVER_NOTIFICATION_SCHEMAS,
  SERVER_REQUEST_SCHEMAS,
  type ServerRequestMap,
  type ServerRequestMethod,
} from "../../gen/methods.ts";
import {
  NOTIFICATION_ROUTES,
  NOTIFICATION_STREAM_ROUTES,
  SERVER_REQUEST_ROUTES,
} from "../../gen/routing.ts";
import type { ClientInfo, InitializeResponse, ServerNotification } from "../../gen/types.ts";
import { MessageRouter } from "../router/message_router.ts";
import type {
  EarlyBufferLimits,
  ProtocolMessageEvent,
  ProtocolTables,
  RoutedNotification,
  ServerRequestContext,
  ServerRequestHandlerFn,
} from "../router/types.ts";
import type { Transport } from "../transport/transport.ts";
import { checkValue, type ValidationMode } from "../wire/validate.ts";

export type { ProtocolMessageEvent, ServerRequestContext } from "../router/types.ts";
export type { ValidationMode } from "../wire/validate.ts";

/** The routing and validation tables of the stable protocol, as generated. */
export const stableTables: ProtocolTables = {
  clientRequests: CLIENT_REQUEST_SCHEMAS,
  serverNotifications: SERVER_NOTIFICATION_SCHEMAS,
  serverRequests: SERVER_REQUEST_SCHEMAS,
  notificationRoutes: NOTIFICATION_ROUTES,
  serverRequestRoutes: SERVER_REQUEST_ROUTES,
  streamRoutes: NOTIFICATION_STREAM_ROUTES,
};

/**
 * Loads the routing and validation tables including experimental methods and fields. They
 * are loaded on demand: most clients never opt in, and the schemas are large.
 *
 * @example
 * ```ts
 * import { loadExperimentalTables } from "codex-app-server/protocol";
 * const tables = await loadExperimentalTables();
 * console.log(Object.keys(tables.clientRequests).length);
 * ```
 */
export async function loadExperimentalTables(): Promise<ProtocolTables> {
  return (await import("./experimental_tables.ts")).experimentalTables;
}

/**
 * A handler per server-request method. Each receives the request's params and a context
 * (`signal`, `threadId`, `turnId`, `requestId`) and returns the result to send. Methods
 * without a handler are answered fail-closed: approvals are declined, permissions get an
 * empty grant, questions get no answers, elicitations are declined, dynamic tool calls
 * fail, anything else gets a JSON-RPC error.
 *
 * @example
 * ```ts
 * import type { ServerRequestHandlers } from "codex-app-server";
 * const handlers: ServerRequestHandlers = {
 *   "item/commandExecution/requestApproval": (params) =>
 *     params.command?.startsWith("ls") ? { decision: "accept" } : { decision: "decline" },
 * };
 * ```
 */
export type ServerRequestHandlers = {
  [M in ServerRequestMethod]?: (
    params: ServerRequestMap[M]["params"],
    context: ServerRequestContext,
  ) => ServerRequestMap[M]["result"] | Promise<ServerRequestMap[M]["result"]>;
};

/** Options of one request. */
export interface CallOptions {
  /** Aborting rejects the call at once with {@link AbortError}; a late response is dropped. */
  signal?: AbortSignal;
  /** Overrides the client's `requestTimeoutMs` for this call; 0 for none. */
  timeoutMs?: number;
}

/** Options of {@link AppServerClient.connect}. */
export interface ClientOptions {
  /** Who is connecting; shown in the server's logs and user agent. */
  clientInfo?: ClientInfo;
  /** Opt in to experimental methods and fields (default false). */
  experimentalApi?: boolean;
  /** Notification methods the server should not send at all. */
  optOutNotificationMethods?: string[];
  /** Client-level server-request handlers. */
  serverRequests?: ServerRequestHandlers;
  /** How incoming messages are checked against the generated schemas (default "lenient"). */
  validation?: ValidationMode;
  /** Default timeout for each request's response, in ms (default 120,000; 0 for none). */
  requestTimeoutMs?: number;
  /** Sees every raw message in and out, and every protocol problem. */
  onProtocolMessage?: (event: ProtocolMessageEvent) => void;
  /** Limits of the buffer for events of turns not yet claimed. */
  earlyBuffer?: EarlyBufferLimits;
  /**
   * Aborts connecting: the handshake rejects at once with {@link AbortError} and the
   * transport is closed (a spawned process is ended in the background).
   */
  signal?: AbortSignal;
}

/** Picks a handler for a request on one thread, or undefined to fall through. */
export type ThreadHandlerResolver = (
  method: string,
  context: ServerRequestContext,
) => ServerRequestHandlerFn | undefined;

interface ClientState {
  validation: ValidationMode;
  tables: ProtocolTables;
  experimental: boolean;
  handlers: ServerRequestHandlers;
  threadResolvers: Map<string, ThreadHandlerResolver>;
}

const DEFAULT_CLIENT_INFO: ClientInfo = {
  name: "codex_app_server_ts",
  title: "codex-app-server TypeScript SDK",
  version: "0.1.0",
};

let sessionSlot: <T>(client: AppServerClient, make: () => T) => T;

/**
 * The state the high-level API keeps for one client (its turn registry, goals and
 * followed threads), made by `make` on first use and held by the client itself, so it
 * lives exactly as long as the client. Internal to the SDK.
 */
export function clientSession<T>(client: AppServerClient, make: () => T): T {
  return sessionSlot(client, make);
}

/**
 * A connection to one app-server: handshake, typed requests, server-request dispatch.
 * Most programs use {@link Codex} instead; this layer is for tools that want the protocol
 * as it is.
 *
 * @example
 * ```ts
 * import { spawnTransport } from "codex-app-server/transports";
 * import { AppServerClient, findCodex } from "codex-app-server/protocol";
 * const transport = spawnTransport({ command: findCodex(), args: ["app-server", "--listen", "stdio://"] });
 * const client = await AppServerClient.connect(transport);
 * const models = await client.request("model/list", {});
 * console.log(models.data.length);
 * await client.close();
 * ```
 */
export class AppServerClient {
  /** The server's answer to `initialize`. */
  readonly metadata: InitializeResponse;
  /** The router behind this client. */
  readonly router: MessageRouter;
  readonly #state: ClientState;
  readonly #options: ClientOptions;
  /** The high-level API's state for this client (see `clientSession`). */
  #session: unknown;

  static {
    sessionSlot = (client, make) => (client.#session ??= make()) as never;
  }

  private constructor(
    router: MessageRouter,
    metadata: InitializeResponse,
    state: ClientState,
    options: ClientOptions,
  ) {
    this.router = router;
    this.metadata = metadata;
    this.#state = state;
    this.#options = options;
  }

  /**
   * Connects over a transport: starts the router, sends `initialize` and `initialized`.
   * On failure (also a timeout or an abort) the error is rethrown at once and the
   * transport is closed in the background: a server that ignores its stdin closing and
   * SIGTERM cannot hold the caller up.
   *
   * @example
   * ```ts
   * import { memoryTransportPair } from "codex-app-server/transports";
   * import { AppServerClient } from "codex-app-server/protocol";
   * const [transport] = memoryTransportPair();
   * // a server must answer on the other side; see the tests for a fake one
   * const client = AppServerClient.connect(transport, { requestTimeoutMs: 1000 });
   * ```
   */
  static async connect(
    transport: Transport,
    options: ClientOptions = {},
  ): Promise<AppServerClient> {
    const { signal } = options;
    const experimentalApi = options.experimentalApi ?? false;
    const tables = experimentalApi ? await loadExperimentalTables() : stableTables;
    const validation = options.validation ?? "lenient";
    const state: ClientState = {
      validation,
      tables,
      experimental: experimentalApi,
      handlers: { ...options.serverRequests },
      threadResolvers: new Map(),
    };
    const router = new MessageRouter(transport, {
      tables,
      validation,
      requestTimeoutMs: options.requestTimeoutMs,
      onProtocolMessage: options.onProtocolMessage,
      earlyBuffer: options.earlyBuffer,
      resolveHandler: (method, context) => {
        if (context.threadId !== undefined) {
          const scoped = state.threadResolvers.get(context.threadId)?.(method, context);
          if (scoped) return scoped;
        }
        return (state.handlers as Record<string, ServerRequestHandlerFn | undefined>)[method];
      },
    });
    router.start();
    try {
      const metadata = await handshake(router, tables, options, validation, false, signal);
      if (signal?.aborted) throw new AbortError("initialize", signal.reason);
      return new AppServerClient(router, metadata, state, options);
    } catch (error) {
      router.close().catch(() => {});
      throw error;
    }
  }

  /**
   * Sends `initialize` and `initialized` again over a new transport (a reconnect); the
   * router must be reconnecting. Resolves with the server's new answer.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * // after the reconnect loop attached a new transport:
   * await client.reinitialize();
   * ```
   */
  reinitialize(): Promise<InitializeResponse> {
    return handshake(
      this.router,
      this.#state.tables,
      this.#options,
      this.#state.validation,
      true,
    );
  }

  /** True when the client opted in to the experimental API. */
  get experimentalApi(): boolean {
    return this.#state.experimental;
  }

  /**
   * Sends a request and resolves with its result, typed by the generated method map.
   * Params are checked against the generated schema before anything is written: invalid
   * params throw {@link ProtocolError} locally and nothing is sent.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * const { thread } = await client.request("thread/start", { cwd: "/tmp" }, { timeoutMs: 10_000 });
   * console.log(thread.id);
   * ```
   */
  request<M extends ClientRequestMethod>(
    method: M,
    params: ClientRequestMap[M]["params"],
    options: CallOptions & {
      onResult?: (result: ClientRequestMap[M]["result"]) => void;
      whileReconnecting?: boolean;
    } = {},
  ): Promise<ClientRequestMap[M]["result"]> {
    try {
      checkOutgoing(this.#state.tables, method, params, this.#state.validation);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.router.request(method, params, {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      onResult: options.onResult as ((result: unknown) => void) | undefined,
      whileReconnecting: options.whileReconnecting,
    }) as Promise<ClientRequestMap[M]["result"]>;
  }

  /**
   * Sends a request for a method this SDK's generated map does not know (an experimental
   * method, or one added by a newer server). Params and result are not checked.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * const result = await client.requestUnchecked("some/newMethod", { x: 1 });
   * ```
   */
  requestUnchecked(method: string, params: unknown, options: CallOptions = {}): Promise<unknown> {
    return this.router.request(method, params, options);
  }

  /**
   * Sends a client notification.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * await client.notify("initialized", undefined);
   * ```
   */
  notify(method: string, params: unknown): Promise<void> {
    return this.router.notify(method, params);
  }

  /**
   * Every notification from now on, as a stream; cancel it to stop. Nothing is kept
   * while nobody listens. It ends as done after {@link AppServerClient.close}, and fails
   * with {@link TransportClosedError} when the connection is lost.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * for await (const n of client.notifications()) console.log(n.method);
   * ```
   */
  notifications(): ReadableStream<ServerNotification> {
    return this.router.tap() as ReadableStream<RoutedNotification> as ReadableStream<
      ServerNotification
    >;
  }

  /**
   * Replaces the client-level server-request handlers.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * client.setServerRequestHandlers({
   *   "item/fileChange/requestApproval": () => ({ decision: "decline" }),
   * });
   * ```
   */
  setServerRequestHandlers(handlers: ServerRequestHandlers): void {
    this.#state.handlers = { ...handlers };
  }

  /**
   * Installs a resolver that picks handlers for requests of one thread before the
   * client-level handlers are consulted. Returns a function that removes it.
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * const remove = client.setThreadResolver("thread-id", () => undefined);
   * remove();
   * ```
   */
  setThreadResolver(threadId: string, resolver: ThreadHandlerResolver): () => void {
    const resolvers = this.#state.threadResolvers;
    resolvers.set(threadId, resolver);
    return () => {
      if (resolvers.get(threadId) === resolver) resolvers.delete(threadId);
    };
  }

  /** Set once the connection has ended: the error every call now fails with. */
  get closedError(): TransportClosedError | undefined {
    return this.router.closedError;
  }

  /**
   * Closes the connection (for a process: stdin, then SIGTERM, then SIGKILL).
   *
   * @example
   * ```ts
   * import type { AppServerClient } from "codex-app-server/protocol";
   * declare const client: AppServerClient;
   * await client.close();
   * ```
   */
  close(): Promise<void> {
    return this.router.close();
  }
}

async function handshake(
  router: MessageRouter,
  tables: ProtocolTables,
  options: ClientOptions,
  validation: ValidationMode,
  whileReconnecting: boolean,
  signal?: AbortSignal,
): Promise<InitializeResponse> {
  const params = {
    clientInfo: options.clientInfo ?? DEFAULT_CLIENT_INFO,
    capabilities: {
      experimentalApi: options.experimentalApi ?? false,
      ...(options.optOutNotificationMethods
        ? { optOutNotificationMethods: options.optOutNotificationMethods }
        : {}),
    },
  };
  checkOutgoing(tables, "initialize", params, validation);
  const metadata = await router.request("initialize", params, {
    whileReconnecting,
    signal,
  }) as InitializeResponse;
  await router.notify("initialized", undefined);
  return metadata;
}

function checkOutgoing(
  tables: ProtocolTables,
  method: string,
  params: unknown,
  validation: ValidationMode,
): void {
  if (validation === "off") return;
  const schema = tables.clientRequests[method]?.params;
  if (!schema) return;
  const failure = checkValue(schema, params, "strict", `${method} params`);
  if (failure) {
    throw new ProtocolError(`invalid params, nothing was sent: ${failure.message}`, {
      method,
      path: failure.path,
    });
  }
}
