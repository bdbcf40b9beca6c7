import type { TransportCloseInfo } from "../errors.ts";

/**
 * A bidirectional channel of JSON-RPC message texts to one app-server. Spawned processes
 * (stdio), WebSockets, Unix sockets and the in-memory pair all implement it, so the client
 * never knows which it is talking to.
 *
 * @example
 * ```ts
 * import { memoryTransportPair } from "codex-app-server/transports";
 * const [client, server] = memoryTransportPair();
 * const writer = client.writable.getWriter();
 * await writer.write('{"id":1,"method":"initialize","params":{}}');
 * const { value } = await server.readable.getReader().read();
 * console.log(value); // {"id":1,"method":"initialize","params":{}}
 * ```
 */
export interface Transport {
  /** Incoming messages: one complete JSON-RPC message text per chunk. */
  readonly readable: ReadableStream<string>;
  /**
   * Optional: the same incoming messages, as arrays of the messages that arrived together
   * (for a process, one pipe read's worth). A transport that offers it derives `readable`
   * from it, so a reader uses one or the other, never both. The router prefers it: it
   * handles a whole batch in one go instead of one stream hop per message, and per-turn
   * consumers then find several events waiting at once.
   */
  readonly readableBatches?: ReadableStream<string[]>;
  /** Outgoing messages: one JSON-RPC message text per chunk (framing is the transport's). */
  readonly writable: WritableStream<string>;
  /** Settles once when the transport has ended, with how it ended. Never rejects. */
  readonly closed: Promise<TransportCloseInfo>;
  /** The process id, for transports that spawned a process. */
  readonly pid?: number;
  /** Ends the transport (for a process: close stdin, wait, SIGTERM, SIGKILL). Idempotent. */
  close(): Promise<void>;
  /**
   * Optional (processes spawned by `spawnNode`): whether the open transport keeps the
   * program running. `false` lets a program whose work is done exit although the
   * app-server is still there (it then ends with its stdin); `true` (the default) holds
   * the program until `close()`. Set it back to `true` while work is in progress.
   */
  setKeepAlive?(keepAlive: boolean): void;
}
