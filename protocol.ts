/**
 * The low level, for tools that want the protocol as it is: `AppServerClient` (handshake,
 * typed requests, server-request dispatch), the `MessageRouter` under it and its routing
 * and validation tables, the fail-closed answers, the JSON-lines framing, how `--config`
 * arguments are written, and how the codex binary is found. `Codex` is built on these.
 *
 * @example
 * ```ts
 * import { AppServerClient, findCodex } from "codex-app-server/protocol";
 * import { spawnTransport } from "codex-app-server/transports";
 * const transport = spawnTransport({
 *   command: findCodex(),
 *   args: ["app-server", "--listen", "stdio://"],
 * });
 * const client = await AppServerClient.connect(transport);
 * const models = await client.request("model/list", {});
 * console.log(models.data.length);
 * await client.close();
 * ```
 *
 * @module
 */
export {
  AppServerClient,
  type CallOptions,
  type ClientOptions,
  loadExperimentalTables,
  type ProtocolMessageEvent,
  type ServerRequestContext,
  type ServerRequestHandlers,
  stableTables,
  type ThreadHandlerResolver,
  type ValidationMode,
} from "./src/client/client.ts";
export { MessageRouter } from "./src/router/message_router.ts";
export type {
  EarlyBufferLimits,
  MessageRouterOptions,
  ProtocolTables,
  RequestOptions,
  RoutedEvent,
  RoutedNotification,
  RoutedServerRequest,
  RouteInfo,
  ServerRequestHandlerFn,
  StreamRoute,
  TurnSink,
  TurnWatcher,
} from "./src/router/types.ts";
export { type FailClosedAnswer, failClosedAnswer } from "./src/router/fail_closed.ts";
export type { Transport } from "./src/transport/transport.ts";
export type { WireError } from "./src/wire/message.ts";
export {
  DEFAULT_MAX_LINE_LENGTH,
  JsonLineStream,
  type JsonLineStreamOptions,
} from "./src/wire/json_line_stream.ts";
export { configArgs, toTomlValue } from "./src/config.ts";
export {
  appServerCommand,
  bundledCodexPath,
  type CodexLookups,
  findCodex,
  type PackageLookups,
} from "./src/binary.ts";
