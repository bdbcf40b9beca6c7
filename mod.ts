/**
 * codex-app-server: a TypeScript SDK for the Codex app-server protocol. One client drives
 * one `codex app-server` process and streams many turns at once; approvals are answered
 * by your handlers (and declined when you have none); turns can be steered, interrupted
 * and aborted. Runs on Deno, Bun and Node.
 *
 * This entry holds what an application needs. Other transports and the pool are in
 * `codex-app-server/transports`, the low-level client and router in
 * `codex-app-server/protocol`, the experimental protocol in
 * `codex-app-server/experimental`, the testing kit in `codex-app-server/testing`.
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
export { Codex, type CodexOptions, type LoginHandle, type ThreadOptions } from "./src/api/codex.ts";
export type { CodexVersionMismatch } from "./src/api/version.ts";
export {
  type ReviewOptions,
  Thread,
  type TurnOptions,
  type TurnParams,
  type TurnsOptions,
} from "./src/api/thread.ts";
export {
  type ConnectionGapEvent,
  type TurnEvent,
  TurnHandle,
  type TurnResult,
} from "./src/api/turn.ts";
export type { ConnectionState, ReconnectOptions } from "./src/api/reconnect.ts";
export {
  CommandHandle,
  type ExecOptions,
  ProcessHandle,
  type SpawnProcessOptions,
} from "./src/api/command.ts";
export { FileWatch, type WatchOptions } from "./src/api/watch.ts";
export {
  type FuzzySearchOptions,
  FuzzySearchSession,
  type FuzzySearchUpdate,
} from "./src/api/fuzzy_search.ts";
export { McpLoginHandle, type McpLoginOptions } from "./src/api/mcp_login.ts";
export { GoalHandle, type GoalOptions } from "./src/api/goal.ts";
export {
  image,
  localImage,
  mention,
  skill,
  text,
  toUserInputs,
  type TurnInput,
} from "./src/api/input.ts";
export type {
  CallOptions,
  ClientOptions,
  ProtocolMessageEvent,
  ServerRequestContext,
  ServerRequestHandlers,
  ValidationMode,
} from "./src/client/client.ts";
export type { EarlyBufferLimits } from "./src/router/types.ts";
export type { Transport } from "./src/transport/transport.ts";
export {
  AbortError,
  BufferOverflowError,
  CodexError,
  CodexNotFoundError,
  ConnectionLostError,
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
  ThreadBusyError,
  TransportClosedError,
  type TransportCloseInfo,
  TransportConnectError,
  TurnFailedError,
  TurnIdleTimeoutError,
} from "./src/errors.ts";
export { retryOnOverload, type RetryOptions } from "./src/api/retry.ts";
export {
  type OutputSchema,
  parseStructuredOutput,
  toOutputJsonSchema,
} from "./src/api/structured.ts";
export type {
  StandardSchemaIssue,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaV1,
} from "./src/standard_schema.ts";
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
