import type { TransportCloseInfo } from "../errors.ts";
import type { Transport } from "./transport.ts";

/**
 * Two connected in-memory transports: what one side writes, the other reads. Closing
 * either side ends both, like a dropped connection. Meant for tests and for embedding a
 * server in the same process.
 *
 * @example
 * ```ts
 * import { memoryTransportPair } from "codex-app-server/transports";
 * const [client, server] = memoryTransportPair();
 * await client.writable.getWriter().write('{"method":"initialized"}');
 * const { value } = await server.readable.getReader().read();
 * console.log(value); // {"method":"initialized"}
 * await client.close();
 * ```
 */
export function memoryTransportPair(
  info: Partial<TransportCloseInfo> = {},
): [Transport, Transport] {
  const closeInfo: TransportCloseInfo = {
    exitCode: info.exitCode ?? null,
    signal: info.signal ?? null,
    stderrTail: info.stderrTail ?? "",
    reason: info.reason ?? "memory transport closed",
  };
  let resolveClosed!: (info: TransportCloseInfo) => void;
  const closed = new Promise<TransportCloseInfo>((r) => (resolveClosed = r));
  const controllers: ReadableStreamDefaultController<string>[] = [];
  let isClosed = false;

  const makeReadable = (): ReadableStream<string> =>
    new ReadableStream<string>({
      start(c) {
        controllers.push(c);
      },
    });
  const toClient = makeReadable();
  const toServer = makeReadable();
  const [clientIn, serverIn] = controllers;

  const close = (): Promise<void> => {
    if (isClosed) return Promise.resolve();
    isClosed = true;
    for (const c of controllers) {
      try {
        c.close();
      } catch {
        // Already closed or errored by a reader cancel.
      }
    }
    resolveClosed(closeInfo);
    return Promise.resolve();
  };

  const makeWritable = (peer: ReadableStreamDefaultController<string>) =>
    new WritableStream<string>({
      write(text) {
        if (isClosed) throw new Error("memory transport is closed");
        peer.enqueue(text);
      },
    });

  return [
    { readable: toClient, writable: makeWritable(serverIn), closed, close },
    { readable: toServer, writable: makeWritable(clientIn), closed, close },
  ];
}
