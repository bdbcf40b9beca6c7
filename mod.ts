/**
 * codex-app-server: a TypeScript SDK for the Codex app-server protocol. One client drives
 * one `codex app-server` process and streams many turns at once; approvals are answered
 * by your handlers (and declined when you have none); turns can be steered, interrupted
 * and aborted. Runs on Deno, Bun and Node.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * await using codex = await Codex.start();
 * const thread = await codex.startThread({ cwd: "." });
 * const turn = await thread.startTurn("Say hello");
 * for await (const chunk of turn.text()) console.log(chunk);
 * ```
 *
 * @module
 */
export { Codex, type CodexOptions, type LoginHandle, type ThreadOptions } from "./src/codex.ts";
export type { CodexVersionMismatch } from "./src/version.ts";
export { Thread, type TurnOptions, type TurnParams } from "./src/thread.ts";
export { type TurnEvent, TurnHandle } from "./src/turn.ts";
export {
  image,
  localImage,
  mention,
  skill,
  text,
  toUserInputs,
  type TurnInput,
} from "./src/input.ts";
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
} from "./src/client.ts";
export {
  type EarlyBufferLimits,
  MessageRouter,
  type MessageRouterOptions,
  type ProtocolTables,
  type RequestOptions,
  type RoutedEvent,
  type RoutedNotification,
  type RoutedServerRequest,
  type RouteInfo,
  type ServerRequestHandlerFn,
  type TurnSink,
} from "./src/router/message_router.ts";
export { type FailClosedAnswer, failClosedAnswer } from "./src/router/fail_closed.ts";
export {
  AbortError,
  BufferOverflowError,
  CodexError,
  CodexNotFoundError,
  InternalServerError,
  InvalidParamsError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ProtocolError,
  RequestTimeoutError,
  ServerBusyError,
  ServerShuttingDownError,
  StructuredOutputError,
  TransportClosedError,
  type TransportCloseInfo,
  TransportConnectError,
  TurnFailedError,
  TurnIdleTimeoutError,
} from "./src/errors.ts";
export { retryOnOverload, type RetryOptions } from "./src/retry.ts";
export { type OutputSchema, parseStructuredOutput, toOutputJsonSchema } from "./src/structured.ts";
export type {
  StandardSchemaIssue,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaV1,
} from "./src/standard_schema.ts";
export {
  appServerCommand,
  bundledCodexPath,
  type CodexLookups,
  findCodex,
  type PackageLookups,
} from "./src/binary.ts";
export { configArgs, toTomlValue } from "./src/config.ts";
export type { Transport } from "./src/transport/transport.ts";
export { memoryTransportPair } from "./src/transport/memory.ts";
export {
  isLoopbackHost,
  webSocket,
  type WebSocketClass,
  type WebSocketLike,
  type WebSocketOptions,
  webSocketTransport,
  type WebSocketTransportOptions,
} from "./src/transport/websocket.ts";
export { signedBearerToken, type SignedBearerTokenOptions } from "./src/transport/signed_token.ts";
export {
  defaultControlSocketPath,
  unixSocket,
  type UnixSocketOptions,
} from "./src/transport/unix.ts";
export {
  CodexPool,
  type CodexPoolOptions,
  type PoolEndpoint,
  type PoolEndpointState,
} from "./src/pool.ts";
export { detectRuntime, type Runtime, spawnTransport } from "./src/transport/spawn.ts";
export type { SpawnOptions } from "./src/transport/_process.ts";
export { spawnNode } from "./src/transport/node.ts";
export { spawnDeno } from "./src/transport/deno.ts";
export { spawnBun } from "./src/transport/bun.ts";
export type { WireError } from "./src/wire/message.ts";
export {
  DEFAULT_MAX_LINE_LENGTH,
  JsonLineStream,
  type JsonLineStreamOptions,
} from "./src/wire/json_line_stream.ts";
export { CODEX_VERSION } from "./gen/version.ts";
export type * from "./gen/types.ts";
export type { Thread as ThreadInfo } from "./gen/types.ts";
export type {
  ClientNotificationMap,
  ClientRequestMap,
  ClientRequestMethod,
  ServerNotificationMap,
  ServerNotificationMethod,
  ServerRequestMap,
  ServerRequestMethod,
} from "./gen/methods.ts";
