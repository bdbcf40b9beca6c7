// Unix-socket transport: the app-server's control socket (`codex app-server --listen unix://`,
// which the daemon uses) speaks WebSocket over the Unix stream — an HTTP/1.1 upgrade, then
// one JSON-RPC message per text frame (plain JSON lines get no answer; `codex app-server
// proxy` is only a byte pipe to it). No runtime's WebSocket class can dial a Unix socket,
// so the SDK has a small RFC 6455 client over node:net, which Node, Deno and Bun share, in
// three layers:
//
//   http_upgrade.ts   the opening handshake on the connected socket
//   ws_frames.ts      RFC 6455 framing, no I/O: encoding frames, reading the byte stream
//   this file         the adapter: socket + framing = a WebSocketLike, which
//                     webSocketTransport (ws_transport.ts) turns into a Transport
import { createConnection, type Socket } from "node:net";
import { realpath } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { callSafely } from "../_guard.ts";
import { ProtocolError, TransportConnectError } from "../errors.ts";
import { DEFAULT_MAX_LINE_LENGTH } from "../wire/json_line_stream.ts";
import { upgradeToWebSocket } from "./http_upgrade.ts";
import type { Transport } from "./transport.ts";
import { closePayload, encodeFrame, FrameReader, Opcode, parseClosePayload } from "./ws_frames.ts";
import { type WebSocketLike, webSocketTransport } from "./ws_transport.ts";

// What the server takes in one frame when it does not say (tungstenite's default).
const DEFAULT_FRAME_LIMIT = 16 * 1024 * 1024;
// The server's advertised single-frame limit; a longer message must be fragmented.
const FRAME_LIMIT_HEADER = "x-codex-websocket-max-unfragmented-message-bytes";

/** Options of {@link unixSocket}. */
export interface UnixSocketOptions {
  /** How long connecting and the upgrade may take, in ms (default 10,000). */
  connectTimeoutMs?: number;
  /**
   * The longest incoming message accepted, in UTF-16 code units (default 64 MiB). A longer
   * one is discarded as it arrives (never held whole), reported through `onProtocolError`,
   * and the connection stays open.
   */
  maxMessageLength?: number;
  /** Receives a {@link ProtocolError} for each skipped incoming message. */
  onProtocolError?: (error: ProtocolError) => void;
  /** How long `close()` waits for the closing handshake before dropping the socket (default 2,000 ms). */
  closeTimeoutMs?: number;
}

/**
 * The control socket a local daemon (or `codex app-server --listen unix://`) listens on:
 * `$CODEX_HOME/app-server-control/app-server-control.sock`, with `CODEX_HOME` defaulting to
 * `~/.codex`.
 *
 * @example
 * ```ts
 * import { defaultControlSocketPath } from "codex-app-server/transports";
 * console.log(defaultControlSocketPath()); // e.g. /home/me/.codex/app-server-control/app-server-control.sock
 * ```
 */
export function defaultControlSocketPath(codexHome?: string): string {
  const home = codexHome ?? process.env.CODEX_HOME ?? join(homedir(), ".codex");
  return join(home, "app-server-control", "app-server-control.sock");
}

/**
 * Connects to an app-server's Unix control socket — the local daemon's (`codex app-server
 * daemon start`) or one started with `codex app-server --listen unix://PATH` — and resolves
 * once the WebSocket upgrade is done. Without a path, {@link defaultControlSocketPath} is
 * used. The socket file's permissions (0600) are the only authentication.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * import { unixSocket } from "codex-app-server/transports";
 * await using codex = await Codex.start({ transport: await unixSocket() });
 * const thread = await codex.startThread({ cwd: "." });
 * console.log((await thread.run("Say hello")).status);
 * ```
 */
export async function unixSocket(
  path: string = defaultControlSocketPath(),
  options: UnixSocketOptions = {},
): Promise<Transport> {
  const label = `unix:${path}`;
  // The server binds a short path under /tmp and leaves a symlink at the one asked for;
  // connecting through a long symlink would fail on the 108-byte sun_path limit.
  const target = await realpath(path).catch(() => path);
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  const max = options.maxMessageLength ?? DEFAULT_MAX_LINE_LENGTH;

  const socket = createConnection({ path: target });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let upgrade: { headers: Map<string, string>; rest: Uint8Array };
  const upgrading = upgradeToWebSocket(socket, label);
  // After a timeout the handshake still settles (as a failure); nobody waits for it then.
  upgrading.catch(() => {});
  try {
    upgrade = await Promise.race([
      upgrading,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new TransportConnectError(
                label,
                `${label}: no WebSocket upgrade within ${timeoutMs} ms (is an app-server ` +
                  "listening there?)",
              ),
            ),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    socket.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }

  const advertised = Number(upgrade.headers.get(FRAME_LIMIT_HEADER));
  const client = new UnixWebSocket(socket, {
    label,
    frameLimit: Number.isSafeInteger(advertised) && advertised > 0
      ? advertised
      : DEFAULT_FRAME_LIMIT,
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: past this many bytes the message is
    // certainly too long and can be dropped without decoding it.
    maxMessageBytes: max * 3,
    onOversized: (bytes, prefix) =>
      callSafely(
        options.onProtocolError,
        new ProtocolError(
          `incoming message of ${bytes} bytes on ${label} (more than ${max} characters) was skipped`,
          { raw: prefix },
        ),
      ),
  });
  const transport = webSocketTransport(client, {
    url: label,
    maxMessageLength: max,
    onProtocolError: options.onProtocolError,
    closeTimeoutMs: options.closeTimeoutMs,
  });
  client.start(upgrade.rest);
  return transport;
}

/**
 * A {@link WebSocketLike} over a socket whose upgrade is done: outgoing messages are masked
 * and split at the server's advertised frame limit, incoming bytes go through a
 * {@link FrameReader}, pings are answered, and the closing handshake is completed in both
 * directions. Events are emitted as a WHATWG WebSocket would ("message", "error", "close").
 */
class UnixWebSocket implements WebSocketLike {
  readyState = 1;
  binaryType = "arraybuffer";
  readonly #socket: Socket;
  readonly #label: string;
  readonly #frameLimit: number;
  readonly #reader: FrameReader;
  readonly #listeners = new Map<string, Set<(event: object) => void>>();
  #closeCode: number | undefined;
  #closeReason = "";
  #closeReceived = false;
  #closeSent = false;
  #error: string | undefined;

  constructor(
    socket: Socket,
    options: {
      label: string;
      frameLimit: number;
      maxMessageBytes: number;
      onOversized: (bytes: number, prefix: string) => void;
    },
  ) {
    this.#socket = socket;
    this.#label = options.label;
    this.#frameLimit = options.frameLimit;
    this.#reader = new FrameReader({
      message: (data) => this.#emit("message", { data }),
      oversized: options.onOversized,
      ping: (payload) => this.#write(Opcode.Pong, payload, true),
      close: (payload) => this.#onClose(payload),
      fail: (code, why) => this.#fail(code, why),
      reading: () => !this.#socket.destroyed,
    }, options.maxMessageBytes);
  }

  get bufferedAmount(): number {
    return this.#socket.writableLength;
  }

  /** Begins reading; `rest` is what arrived right after the upgrade response. */
  start(rest: Uint8Array): void {
    this.#socket.on("data", (chunk: Uint8Array) => this.#reader.push(chunk));
    this.#socket.on("error", (error: Error) => {
      this.#error = error.message;
      this.#emit("error", { message: error.message });
    });
    this.#socket.on("close", () => {
      this.readyState = 3;
      this.#emit("close", {
        code: this.#closeCode ?? 1006,
        reason: this.#closeReason || (this.#error ?? ""),
        wasClean: this.#closeReceived,
      });
    });
    if (rest.length > 0) this.#reader.push(rest);
    this.#socket.resume();
  }

  addEventListener(type: string, listener: (event: object) => void): void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, set = new Set());
    set.add(listener);
  }

  removeEventListener(type: string, listener: (event: object) => void): void {
    this.#listeners.get(type)?.delete(listener);
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error(`${this.#label} is not open`);
    const payload = new TextEncoder().encode(data);
    if (payload.length <= this.#frameLimit) {
      this.#write(Opcode.Text, payload, true);
      return;
    }
    // Over the advertised single-frame limit the server would drop the connection; a
    // fragmented message is accepted up to its (larger) message limit.
    for (let offset = 0; offset < payload.length; offset += this.#frameLimit) {
      const end = Math.min(offset + this.#frameLimit, payload.length);
      this.#write(
        offset === 0 ? Opcode.Text : Opcode.Continuation,
        payload.subarray(offset, end),
        end === payload.length,
      );
    }
  }

  close(code = 1000, reason = ""): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    this.#sendClose(code, reason);
    // The server answers with its own close frame and ends the stream; if it does not, the
    // transport's close timeout drops the socket.
    this.#socket.end();
  }

  terminate(): void {
    this.readyState = Math.max(this.readyState, 2);
    this.#socket.destroy();
  }

  #emit(type: string, event: object): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      listener(event);
    }
  }

  #write(opcode: number, payload: Uint8Array, fin: boolean): void {
    if (this.#socket.destroyed || this.#socket.writableEnded) return;
    this.#socket.write(encodeFrame(opcode, payload, fin));
  }

  /** Sends our close frame, once, whichever side started the closing handshake. */
  #sendClose(code: number, reason: string): void {
    if (this.#closeSent) return;
    this.#closeSent = true;
    this.#write(Opcode.Close, closePayload(code, reason), true);
  }

  /** The peer broke the protocol: say why in a close frame, then drop the connection. */
  #fail(code: number, why: string): void {
    this.#error = `${this.#label}: ${why}`;
    this.#closeCode ??= code;
    this.#closeReason ||= why;
    this.#sendClose(code, why);
    this.#socket.destroy();
  }

  /** The peer's close frame: echo its code (1000 for none) and end our side. */
  #onClose(payload: Uint8Array): void {
    this.#closeReceived = true;
    const { code, reason } = parseClosePayload(payload);
    this.#closeCode = code;
    this.#closeReason = reason;
    this.readyState = 2;
    this.#sendClose(code === 1005 ? 1000 : code, "");
    this.#socket.end();
  }
}
