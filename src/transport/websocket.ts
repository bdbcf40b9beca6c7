// WebSocket transport, dialing side: `codex app-server --listen ws://IP:PORT` speaks one
// JSON-RPC message per text frame. `webSocket()` checks the URL (no plain ws:// off this
// machine unless asked), opens the socket with the runtime's WHATWG WebSocket (or an
// injected class such as ws's), explains a failed upgrade, and hands the open socket to
// `webSocketTransport` (ws_transport.ts). It imports no runtime module.
import { type ProtocolError, TransportConnectError } from "../errors.ts";
import type { Transport } from "./transport.ts";
import { dropSocket, eventMessage, type WebSocketLike, wrapSocket } from "./ws_transport.ts";

/**
 * A WebSocket class the transport can use: the WHATWG constructor shape, extended (as Deno,
 * Bun, undici — Node's global — and the `ws` package all do) with a second argument
 * `{ headers }`. A class that ignores `headers` would connect without the token, so only
 * inject classes known to send them.
 *
 * @example
 * ```ts
 * import { WebSocket } from "ws";
 * import type { WebSocketClass } from "codex-app-server/transports";
 * const Ws: WebSocketClass = WebSocket;
 * ```
 */
export type WebSocketClass = new (
  url: string,
  init?: { headers?: Record<string, string> },
) => object;

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
 * import { Codex } from "codex-app-server";
 * import { webSocket } from "codex-app-server/transports";
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

/**
 * True for hosts that never leave this machine: `localhost` (and `*.localhost`),
 * 127.0.0.0/8, `::1` and IPv4-mapped loopback.
 *
 * @example
 * ```ts
 * import { isLoopbackHost } from "codex-app-server/transports";
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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
