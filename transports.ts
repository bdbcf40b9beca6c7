/**
 * Ways to reach an app-server other than spawning one: a WebSocket (`webSocket`, with
 * `signedBearerToken` for the signed-token auth mode), the local daemon's Unix control
 * socket (`unixSocket`), an in-process pair for tests (`memoryTransportPair`), the
 * per-runtime spawn adapters, and `CodexPool`, which spreads threads over several
 * app-servers. Each transport is passed to `Codex.start({ transport })`.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * import { webSocket } from "codex-app-server/transports";
 * await using codex = await Codex.start({
 *   transport: await webSocket("ws://127.0.0.1:4500", { token: "secret" }),
 * });
 * ```
 *
 * @module
 */
export type { Transport } from "./src/transport/transport.ts";
export type { TransportCloseInfo } from "./src/errors.ts";
export { memoryTransportPair } from "./src/transport/memory.ts";
export {
  isLoopbackHost,
  webSocket,
  type WebSocketClass,
  type WebSocketOptions,
} from "./src/transport/websocket.ts";
export {
  type WebSocketLike,
  webSocketTransport,
  type WebSocketTransportOptions,
} from "./src/transport/ws_transport.ts";
export { signedBearerToken, type SignedBearerTokenOptions } from "./src/transport/signed_token.ts";
export {
  defaultControlSocketPath,
  unixSocket,
  type UnixSocketOptions,
} from "./src/transport/unix.ts";
export { detectRuntime, type Runtime, spawnTransport } from "./src/transport/spawn.ts";
export type { SpawnOptions } from "./src/transport/_process.ts";
export { spawnNode } from "./src/transport/node.ts";
export { spawnDeno } from "./src/transport/deno.ts";
export { spawnBun } from "./src/transport/bun.ts";
export {
  CodexPool,
  type CodexPoolOptions,
  type PoolEndpoint,
  type PoolEndpointState,
} from "./src/api/pool.ts";
