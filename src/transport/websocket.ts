// WebSocket transport: `codex app-server --listen ws://IP:PORT` speaks one JSON-RPC message
// per text frame. This file uses only the WHATWG WebSocket API (the runtime's own, or an
// injected class such as ws's), so it imports no runtime module.
import { ProtocolError, type TransportCloseInfo, TransportConnectError } from "../errors.ts";
import { DEFAULT_MAX_LINE_LENGTH } from "../wire/json_line_stream.ts";
import { callSafely } from "../_guard.ts";
import type { Transport } from "./transport.ts";

/**
 * A WebSocket class the transport can use: the WHATWG constructor shape, extended (as Deno,
 * Bun, undici — Node's global — and the `ws` package all do) with a second argument
 * `{ headers }`. A class that ignores `headers` would connect without the token, so only
 * inject classes known to send them.
 *
 * @example
 * ```ts
 * import { WebSocket } from "ws";
 * import type { WebSocketClass } from "codex-app-server";
 * const Ws: WebSocketClass = WebSocket;
 * ```
 */
export type WebSocketClass = new (
  url: string,
  init?: { headers?: Record<string, string> },
) => object;

/**
 * The members of an open WebSocket that {@link webSocketTransport} uses; the runtime's
 * WebSocket, `ws`'s and the Unix-socket client of {@link unixSocket} all have them.
 *
 * @example
 * ```ts
 * import { webSocketTransport, type WebSocketLike } from "codex-app-server";
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

/** Options of {@link webSocket}. */
export interface WebSocketOptions {
  /**
   * Sent as `Authorization: Bearer <token>`: the server's `--ws-auth capability-token`
   * (the token file's content) or `--ws-auth signed-bearer-token` (a signed JWT).
   */
  token?: string;
  /** Extra request headers for the upgrade (never `Origin`: the server refuses it). */
  headers?: Record<string, string>;
  /**
   * The WebSocket class. Default: the runtime's global (Deno, Bun, Node >= 22). Node 20 has
   * one only behind `--experimental-websocket`: pass `ws`'s there.
   */
  WebSocket?: WebSocketClass;
  /**
   * Allow plain `ws://` to a host that is not loopback. Off by default: prompts, file
   * contents, approvals and the token would cross the network unencrypted.
   */
  allowInsecureRemote?: boolean;
  /** How long opening may take, in ms (default 10,000). */
  connectTimeoutMs?: number;
  /**
   * The longest incoming message accepted, in UTF-16 code units (about bytes for ASCII
   * JSON; default 64 MiB). A longer one is skipped and reported through `onProtocolError`;
   * the connection stays open.
   */
  maxMessageLength?: number;
  /** Receives a {@link ProtocolError} for each skipped incoming message. */
  onProtocolError?: (error: ProtocolError) => void;
  /** How long `close()` waits for the closing handshake before dropping the socket (default 2,000 ms). */
  closeTimeoutMs?: number;
}

/**
 * Connects to `codex app-server --listen ws://IP:PORT` (or a `wss://` proxy in front of it)
 * and resolves once the socket is open. Each JSON-RPC message travels as one text frame.
 * When the socket closes, `closed` resolves with the close code and reason, and the client
 * fails every pending call with {@link TransportClosedError}.
 *
 * @example
 * ```ts
 * import { Codex, webSocket } from "codex-app-server";
 * declare const token: string; // the content of the server's --ws-token-file
 * await using codex = await Codex.start({
 *   transport: await webSocket("ws://127.0.0.1:4500", { token }),
 * });
 * const thread = await codex.startThread({ cwd: "/srv/repo" });
 * console.log((await thread.run("What changed today?")).status);
 * ```
 */
export async function webSocket(
  url: string | URL,
  options: WebSocketOptions = {},
): Promise<Transport> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new TransportConnectError(String(url), `not a WebSocket URL: ${String(url)}`, { cause });
  }
  const href = parsed.href;
  if (parsed.protocol !== "ws:" && parsed.protocol !== "wss:") {
    throw new TransportConnectError(
      href,
      `${href}: only ws:// and wss:// URLs are supported (for a Unix socket use unixSocket(path))`,
    );
  }
  if (
    parsed.protocol === "ws:" && !isLoopbackHost(parsed.hostname) && !options.allowInsecureRemote
  ) {
    throw new TransportConnectError(
      href,
      `refusing to connect to ${href}: plain ws:// to a host that is not loopback would send ` +
        "prompts, file contents, approvals and any token unencrypted. Use wss:// (a TLS " +
        "proxy in front of the app-server), an SSH tunnel to a loopback port, or pass " +
        "{ allowInsecureRemote: true } on a network you trust.",
    );
  }

  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) {
    if (options.token.trim() === "") {
      throw new TransportConnectError(href, `${href}: the token is empty`);
    }
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === "authorization") delete headers[name];
    }
    headers["Authorization"] = `Bearer ${options.token.trim()}`;
  }
  const hasHeaders = Object.keys(headers).length > 0;

  const Ctor = options.WebSocket ??
    (globalThis as { WebSocket?: WebSocketClass }).WebSocket;
  if (!Ctor) {
    throw new TransportConnectError(
      href,
      `${href}: this runtime has no global WebSocket (Node 20 has it only behind ` +
        '--experimental-websocket); pass a class, e.g. `import { WebSocket } from "ws"` and ' +
        "webSocket(url, { WebSocket })",
    );
  }
  if (hasHeaders && !options.WebSocket && !globalWebSocketSendsHeaders()) {
    throw new TransportConnectError(
      href,
      `${href}: this runtime's WebSocket cannot send request headers (browsers cannot), so ` +
        "the bearer token would not reach the server; connect from Deno, Bun or Node, or " +
        "pass a WebSocket class that accepts { headers }",
    );
  }

  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  let socket: WebSocketLike;
  try {
    socket = new Ctor(href, hasHeaders ? { headers } : undefined) as WebSocketLike;
  } catch (cause) {
    throw new TransportConnectError(
      href,
      `${href}: could not create the WebSocket: ${message(cause)}`,
      {
        cause,
      },
    );
  }
  socket.binaryType = "arraybuffer";
  // Node runs nextTick callbacks before promise continuations, so with ws a frame that
  // arrives together with the upgrade could be dispatched before this function resumes.
  const early: unknown[] = [];
  const keepEarly = (event: { data: unknown }) => early.push(event.data);
  socket.addEventListener("message", keepEarly);

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: TransportConnectError | Promise<TransportConnectError>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeEventListener("open", onOpen);
      socket.removeEventListener("error", onError);
      socket.removeEventListener("close", onClose);
      if (!error) return resolve();
      // ws reports the abandoned handshake as an "error" event, which must have a listener.
      socket.addEventListener("error", () => {});
      dropSocket(socket);
      Promise.resolve(error).then(reject);
    };
    const onOpen = () => finish();
    const onError = (event: { message?: string; error?: unknown }) =>
      finish(explainFailure(href, parsed, eventMessage(event), options.token !== undefined));
    const onClose = (event: { code?: number; reason?: string }) =>
      finish(
        explainFailure(
          href,
          parsed,
          `closed before opening (code ${event.code ?? "?"}${
            event.reason ? `, ${event.reason}` : ""
          })`,
          options.token !== undefined,
        ),
      );
    const timer = setTimeout(
      () =>
        finish(
          new TransportConnectError(
            href,
            `${href}: no WebSocket connection within ${timeoutMs} ms (is the app-server ` +
              "running with --listen ws://…, and reachable?)",
          ),
        ),
      timeoutMs,
    );
    socket.addEventListener("open", onOpen);
    socket.addEventListener("error", onError);
    socket.addEventListener("close", onClose);
  });

  socket.removeEventListener("message", keepEarly);
  return wrapSocket(socket, { ...options, url: href }, early);
}

/** Options of {@link webSocketTransport}. */
export interface WebSocketTransportOptions {
  /** Names the endpoint in close reasons. */
  url: string;
  /** See {@link WebSocketOptions.maxMessageLength}. */
  maxMessageLength?: number;
  /** See {@link WebSocketOptions.onProtocolError}. */
  onProtocolError?: (error: ProtocolError) => void;
  /** See {@link WebSocketOptions.closeTimeoutMs}. */
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
 * import { Codex, webSocketTransport } from "codex-app-server";
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

function wrapSocket(
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

/**
 * True for hosts that never leave this machine: `localhost` (and `*.localhost`),
 * 127.0.0.0/8, `::1` and IPv4-mapped loopback.
 *
 * @example
 * ```ts
 * import { isLoopbackHost } from "codex-app-server";
 * console.log(isLoopbackHost("127.0.0.1"), isLoopbackHost("[::1]"), isLoopbackHost("10.0.0.5")); // true true false
 * ```
 */
export function isLoopbackHost(hostname: string): boolean {
  let host = hostname.toLowerCase();
  if (host.startsWith("[") && host.endsWith("]")) host = host.slice(1, -1);
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true;
  const mapped = /^::ffff:(.+)$/.exec(host);
  if (mapped) {
    host = mapped[1];
    // URL normalises ::ffff:127.0.0.1 to ::ffff:7f00:1.
    const hex = /^([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(host);
    if (hex) return (parseInt(hex[1], 16) >> 8) === 127;
  }
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return v4 !== null && Number(v4[1]) === 127;
}

function globalWebSocketSendsHeaders(): boolean {
  // The global WebSockets of these runtimes take { headers } (checked on Deno 2, Bun 1 and
  // undici 6+ in Node); a browser's takes only subprotocols.
  const g = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: unknown;
    process?: { versions?: { node?: string } };
  };
  if (g.Bun !== undefined) return true;
  if (g.Deno !== undefined) return Number(g.Deno.version?.deno?.split(".")[0] ?? 0) >= 2;
  return typeof g.process?.versions?.node === "string";
}

function eventMessage(event: { message?: string; error?: unknown }): string | undefined {
  if (typeof event.message === "string" && event.message) return event.message;
  if (event.error instanceof Error) return event.error.message;
  return undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function dropSocket(socket: WebSocketLike): void {
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

async function explainFailure(
  href: string,
  url: URL,
  detail: string | undefined,
  sentToken: boolean,
): Promise<TransportConnectError> {
  const what = detail ? ` (${detail})` : "";
  // Runtimes word it differently: "Invalid status code: 401" (Deno), "Expected 101 status
  // code: 401" (Bun), "Unexpected server response: 401" (ws); undici gives no status.
  const status = detail ? statusIn(detail) : undefined;
  if (status === 401) {
    return new TransportConnectError(
      href,
      `${href}: the server refused the connection with HTTP 401: ${
        sentToken
          ? "the bearer token was rejected (wrong token, or an expired or mis-signed JWT)"
          : "it requires a bearer token (it runs with --ws-auth); pass { token }"
      }${what}`,
      { status },
    );
  }
  if (status === 403) {
    return new TransportConnectError(
      href,
      `${href}: the server refused the connection with HTTP 403; it rejects upgrade ` +
        `requests that carry an Origin header (as browsers send)${what}`,
      { status },
    );
  }
  if (status !== undefined) {
    return new TransportConnectError(
      href,
      `${href}: the server refused the WebSocket upgrade with HTTP ${status}${what}`,
      { status },
    );
  }
  // Without a status, ask the listener's health endpoint whether anything is there at all.
  const up = await readyz(url);
  if (up) {
    return new TransportConnectError(
      href,
      `${href}: the app-server is up (GET /readyz answered) but refused the WebSocket ` +
        `upgrade: ${
          sentToken
            ? "the bearer token was probably rejected"
            : "it probably requires a token (--ws-auth)"
        }, or the request carried an Origin header${what}`,
    );
  }
  return new TransportConnectError(
    href,
    `${href}: could not connect; nothing answered there (is the app-server running with ` +
      `--listen ws://${url.host}?)${what}`,
  );
}

function statusIn(detail: string): number | undefined {
  const match = /(?:status(?: code)?|server response)\D{0,3}(\d{3})\b/i.exec(detail);
  return match ? Number(match[1]) : undefined;
}

async function readyz(url: URL): Promise<boolean> {
  if (typeof fetch !== "function") return false;
  const probe = new URL("/readyz", url);
  probe.protocol = url.protocol === "wss:" ? "https:" : "http:";
  try {
    const response = await fetch(probe, { signal: AbortSignal.timeout(1500) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
