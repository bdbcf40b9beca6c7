// WebSocket transport, adapter side: an open WebSocket (the runtime's, ws's, or the
// Unix-socket client's) as a Transport. One text frame carries one JSON-RPC message;
// incoming messages over the size limit are skipped and reported, writes wait while the
// socket's send queue is long (the WebSocket API has no backpressure of its own), and the
// close code and reason become the transport's close reason.
import { callSafely } from "../_guard.ts";
import { ProtocolError, type TransportCloseInfo } from "../errors.ts";
import { DEFAULT_MAX_LINE_LENGTH } from "../wire/json_line_stream.ts";
import type { Transport } from "./transport.ts";

/**
 * The members of an open WebSocket that {@link webSocketTransport} uses; the runtime's
 * WebSocket, `ws`'s and the Unix-socket client of {@link unixSocket} all have them.
 *
 * @example
 * ```ts
 * import { webSocketTransport, type WebSocketLike } from "codex-app-server/transports";
 * declare const socket: WebSocketLike; // already open
 * const transport = webSocketTransport(socket, { url: "ws://127.0.0.1:4500" });
 * ```
 */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /** Bytes queued by `send` and not yet written to the network. */
  readonly bufferedAmount: number;
  /** Set to "arraybuffer" so binary frames never arrive as Blobs. */
  binaryType: string;
  /** Sends one text frame. */
  send(data: string): void;
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void;
  /** Subscribes to "open", "message", "error" or "close". */
  // deno-lint-ignore no-explicit-any -- each implementation types its events its own way
  addEventListener(type: string, listener: (event: any) => void): void;
  /** Unsubscribes a listener added with `addEventListener`. */
  // deno-lint-ignore no-explicit-any -- as above
  removeEventListener(type: string, listener: (event: any) => void): void;
}

/** Options of {@link webSocketTransport}. */
export interface WebSocketTransportOptions {
  /** Names the endpoint in close reasons. */
  url: string;
  /**
   * The longest incoming message accepted, in UTF-16 code units (default 64 MiB). A longer
   * one is skipped and reported through `onProtocolError`; the connection stays open.
   */
  maxMessageLength?: number;
  /** Receives a {@link ProtocolError} for each skipped incoming message. */
  onProtocolError?: (error: ProtocolError) => void;
  /** How long `close()` waits for the closing handshake before dropping the socket (default 2,000 ms). */
  closeTimeoutMs?: number;
}

// Writes wait while more than this is queued in the socket: the WebSocket API has no
// backpressure of its own, and an unbounded queue would hide a stalled connection.
const SEND_HIGH_WATER = 4 * 1024 * 1024;

/**
 * Wraps an already open WebSocket as a {@link Transport}. {@link webSocket} and
 * {@link unixSocket} use it; call it yourself when you open the socket another way (a
 * custom handshake, a relay).
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * import { webSocketTransport } from "codex-app-server/transports";
 * const socket = new WebSocket("ws://127.0.0.1:4500");
 * await new Promise((resolve) => socket.addEventListener("open", resolve, { once: true }));
 * await using codex = await Codex.start({
 *   transport: webSocketTransport(socket, { url: "ws://127.0.0.1:4500" }),
 * });
 * ```
 */
export function webSocketTransport(
  socket: WebSocketLike,
  options: WebSocketTransportOptions,
): Transport {
  return wrapSocket(socket, options, []);
}

/**
 * {@link webSocketTransport}, plus messages that arrived before the caller could listen
 * (`webSocket()` collects them while it waits for "open").
 */
export function wrapSocket(
  socket: WebSocketLike,
  options: WebSocketTransportOptions,
  early: unknown[],
): Transport {
  const max = options.maxMessageLength ?? DEFAULT_MAX_LINE_LENGTH;
  const closeTimeoutMs = options.closeTimeoutMs ?? 2000;
  const decoder = new TextDecoder();
  socket.binaryType = "arraybuffer";

  let resolveClosed!: (info: TransportCloseInfo) => void;
  const closed = new Promise<TransportCloseInfo>((resolve) => (resolveClosed = resolve));
  let ended = false;
  let lastError: string | undefined;
  let controller!: ReadableStreamDefaultController<string>;
  let errorTimer: ReturnType<typeof setTimeout> | undefined;
  let closing: Promise<void> | undefined;

  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    clearTimeout(errorTimer);
    // The error listener stays: ws throws an "error" event that has no listener.
    socket.removeEventListener("message", onMessage);
    socket.removeEventListener("close", onClose);
    try {
      controller.close();
    } catch {
      // The reader cancelled already.
    }
    resolveClosed({ exitCode: null, signal: null, stderrTail: "", reason });
  };

  const skip = (length: number, prefix: string) =>
    callSafely(
      options.onProtocolError,
      new ProtocolError(
        `incoming WebSocket message of ${length} characters (more than ${max}) was skipped`,
        { raw: prefix.slice(0, 200) },
      ),
    );

  const onMessage = (event: { data: unknown }) => {
    if (ended) return;
    let text: string;
    const data = event.data;
    if (typeof data === "string") {
      text = data;
    } else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
      // The server sends text frames; a binary one is decoded rather than lost.
      const bytes = data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (bytes.byteLength > max * 3) {
        skip(bytes.byteLength, decoder.decode(bytes.subarray(0, 200)));
        return;
      }
      text = decoder.decode(bytes);
    } else {
      callSafely(
        options.onProtocolError,
        new ProtocolError(`incoming WebSocket message of an unexpected type was skipped`),
      );
      return;
    }
    if (text.length > max) {
      skip(text.length, text);
      return;
    }
    controller.enqueue(text);
  };
  const onClose = (event: { code?: number; reason?: string; wasClean?: boolean }) =>
    end(
      closing
        ? `connection to ${options.url} closed by the client`
        : describeClose(options.url, event.code, event.reason, event.wasClean, lastError),
    );
  const onError = (event: { message?: string; error?: unknown }) => {
    if (ended) return;
    lastError = eventMessage(event);
    // Most runtimes follow an error with "close"; a few do not, and nothing may hang.
    errorTimer ??= setTimeout(() => {
      dropSocket(socket);
      end(describeClose(options.url, 1006, "", false, lastError));
    }, 1000);
  };

  const readable = new ReadableStream<string>({
    start(c) {
      controller = c;
    },
    cancel() {
      void close();
    },
  });

  socket.addEventListener("message", onMessage);
  for (const data of early) onMessage({ data });
  socket.addEventListener("close", onClose);
  socket.addEventListener("error", onError);
  if (socket.readyState >= 2) {
    end(describeClose(options.url, undefined, "", false, "socket was not open"));
  }

  const writable = new WritableStream<string>({
    async write(text) {
      if (ended || socket.readyState !== 1) {
        throw new Error(`WebSocket ${options.url} is not open`);
      }
      socket.send(text);
      while (!ended && socket.bufferedAmount > SEND_HIGH_WATER) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    close() {
      return close();
    },
    abort() {
      return close();
    },
  });

  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (ended) return;
      try {
        if (socket.readyState < 2) socket.close(1000, "client closed");
      } catch {
        // Already closing.
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        closed,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, closeTimeoutMs))),
      ]);
      clearTimeout(timer);
      if (!ended) {
        dropSocket(socket);
        end(
          `connection to ${options.url} closed by the client (no closing handshake within ${closeTimeoutMs} ms)`,
        );
      }
    })();
    return closing;
  };

  return { readable, writable, closed, close };
}

/** The text of an "error" event, whichever way the runtime put it. */
export function eventMessage(event: { message?: string; error?: unknown }): string | undefined {
  if (typeof event.message === "string" && event.message) return event.message;
  if (event.error instanceof Error) return event.error.message;
  return undefined;
}

/** Drops the connection at once (ws: terminate), for when no closing handshake will come. */
export function dropSocket(socket: WebSocketLike): void {
  try {
    // ws has terminate(), which drops the TCP connection without waiting for the peer.
    const terminate = (socket as { terminate?: () => void }).terminate;
    if (typeof terminate === "function") terminate.call(socket);
    else if (socket.readyState < 2) socket.close();
  } catch {
    // Already gone.
  }
}

const CLOSE_CODES: Record<number, string> = {
  1000: "normal closure",
  1001: "going away",
  1002: "protocol error",
  1005: "no status",
  1006: "connection lost",
  1008: "policy violation",
  1009: "message too big",
  1011: "server error",
};

function describeClose(
  url: string,
  code: number | undefined,
  reason: string | undefined,
  wasClean: boolean | undefined,
  error: string | undefined,
): string {
  const parts = [`connection to ${url} closed`];
  if (code !== undefined) {
    parts.push(`code ${code}${CLOSE_CODES[code] ? ` (${CLOSE_CODES[code]})` : ""}`);
  }
  if (reason) parts.push(`reason "${reason}"`);
  if (wasClean === false && code !== 1006) parts.push("not clean");
  if (error) parts.push(`error: ${error}`);
  return parts.join(", ");
}
