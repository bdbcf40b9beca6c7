// Unix-socket transport: the app-server's control socket (`codex app-server --listen unix://`,
// which the daemon uses) speaks WebSocket over the Unix stream — an HTTP/1.1 upgrade, then
// one JSON-RPC message per text frame (plain JSON lines get no answer; `codex app-server
// proxy` is only a byte pipe to it). No runtime's WebSocket class can dial a Unix socket,
// so this file holds a small RFC 6455 client over node:net, which Node, Deno and Bun share.
import { createConnection, type Socket } from "node:net";
import { realpath } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { base64 } from "../_base64.ts";
import { callSafely } from "../_guard.ts";
import { ProtocolError, TransportConnectError } from "../errors.ts";
import { DEFAULT_MAX_LINE_LENGTH } from "../wire/json_line_stream.ts";
import type { Transport } from "./transport.ts";
import { type WebSocketLike, webSocketTransport } from "./websocket.ts";

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
 * import { defaultControlSocketPath } from "codex-app-server";
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
 * import { Codex, unixSocket } from "codex-app-server";
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
  let upgrade: { frameLimit: number; rest: Uint8Array };
  const upgrading = handshake(socket, label);
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

  const client = new UnixWebSocket(socket, {
    label,
    frameLimit: upgrade.frameLimit,
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

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const MAX_RESPONSE_HEAD = 16 * 1024;
// What the server takes in one frame when it does not say (tungstenite's default).
const DEFAULT_FRAME_LIMIT = 16 * 1024 * 1024;

function handshake(
  socket: Socket,
  label: string,
): Promise<{ frameLimit: number; rest: Uint8Array }> {
  const keyBytes = crypto.getRandomValues(new Uint8Array(16));
  const key = base64(keyBytes);
  return new Promise((resolve, reject) => {
    let head: Uint8Array = new Uint8Array(0);
    const cleanup = () => {
      // Until the client takes over, bytes must wait in the socket (a flowing stream
      // without a "data" listener drops them) and a late error must not go unhandled.
      socket.pause();
      socket.on("error", () => {});
      socket.off("connect", onConnect);
      socket.off("data", onData);
      socket.off("error", onError);
      socket.off("close", onClose);
    };
    const fail = (message: string, options: { status?: number; cause?: unknown } = {}) => {
      cleanup();
      reject(new TransportConnectError(label, message, options));
    };
    const onConnect = () => {
      // The Host is required by HTTP/1.1 and ignored by the server; "localhost" is what
      // Codex's own clients send over this socket.
      socket.write(
        "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    };
    const onError = (error: Error & { code?: string }) => {
      const why = error.code === "ENOENT"
        ? "no socket there (is the daemon running? `codex app-server daemon start`)"
        : error.code === "ECONNREFUSED"
        ? "nothing is listening (a stale socket file)"
        : error.code === "EACCES"
        ? "permission denied (the socket belongs to another user)"
        : error.message;
      fail(`${label}: could not connect: ${why}`, { cause: error });
    };
    const onClose = () => fail(`${label}: the server closed the connection during the upgrade`);
    const onData = (chunk: Uint8Array) => {
      head = concat(head, chunk);
      const end = indexOfHeadEnd(head);
      if (end === -1) {
        if (head.length > MAX_RESPONSE_HEAD) fail(`${label}: oversized upgrade response`);
        return;
      }
      cleanup();
      const text = new TextDecoder().decode(head.subarray(0, end));
      const rest = head.subarray(end + 4);
      const [statusLine, ...lines] = text.split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(":");
        if (colon > 0) {
          headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
        }
      }
      if (status !== 101) {
        const body = new TextDecoder().decode(rest.subarray(0, 200)).trim();
        reject(
          new TransportConnectError(
            label,
            `${label}: the server refused the WebSocket upgrade with ${statusLine.trim()}${
              body ? `: ${body}` : ""
            }`,
            { status: Number.isNaN(status) ? undefined : status },
          ),
        );
        return;
      }
      void acceptFor(key).then(
        (expected) => {
          if (headers.get("sec-websocket-accept") !== expected) {
            reject(
              new TransportConnectError(
                label,
                `${label}: invalid Sec-WebSocket-Accept in the upgrade`,
              ),
            );
            return;
          }
          const advertised = Number(
            headers.get("x-codex-websocket-max-unfragmented-message-bytes"),
          );
          resolve({
            frameLimit: Number.isSafeInteger(advertised) && advertised > 0
              ? advertised
              : DEFAULT_FRAME_LIMIT,
            rest,
          });
        },
        (cause) =>
          reject(new TransportConnectError(label, `${label}: ${String(cause)}`, { cause })),
      );
    };
    socket.on("connect", onConnect);
    socket.on("data", onData);
    socket.on("error", onError);
    socket.on("close", onClose);
  });
}

interface Frame {
  fin: boolean;
  opcode: number;
  mask: Uint8Array | undefined;
  remaining: number;
  maskOffset: number;
  control: Uint8Array[];
}

interface Message {
  parts: Uint8Array[];
  bytes: number;
  dropping: boolean;
}

/**
 * The client side of RFC 6455 after the upgrade: frames are parsed as they stream in (an
 * oversized message is discarded piece by piece, never buffered whole), pings answered,
 * outgoing messages masked and split at the server's advertised frame limit.
 */
class UnixWebSocket implements WebSocketLike {
  readyState = 1;
  binaryType = "arraybuffer";
  readonly #socket: Socket;
  readonly #label: string;
  readonly #frameLimit: number;
  readonly #maxMessageBytes: number;
  readonly #onOversized: (bytes: number, prefix: string) => void;
  readonly #listeners = new Map<string, Set<(event: object) => void>>();
  readonly #decoder = new TextDecoder();
  #pending: Uint8Array = new Uint8Array(0);
  #frame: Frame | undefined;
  #message: Message | undefined;
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
    this.#maxMessageBytes = options.maxMessageBytes;
    this.#onOversized = options.onOversized;
  }

  get bufferedAmount(): number {
    return this.#socket.writableLength;
  }

  /** Begins reading; `rest` is what arrived right after the upgrade response. */
  start(rest: Uint8Array): void {
    this.#socket.on("data", (chunk: Uint8Array) => this.#onData(chunk));
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
    if (rest.length > 0) this.#onData(rest);
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
      this.#writeFrame(0x1, payload, true);
      return;
    }
    // Over the advertised single-frame limit the server would drop the connection; a
    // fragmented message is accepted up to its (larger) message limit.
    for (let offset = 0; offset < payload.length; offset += this.#frameLimit) {
      const end = Math.min(offset + this.#frameLimit, payload.length);
      this.#writeFrame(
        offset === 0 ? 0x1 : 0x0,
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

  #sendClose(code: number, reason: string): void {
    if (this.#closeSent) return;
    this.#closeSent = true;
    const reasonBytes = new TextEncoder().encode(reason).subarray(0, 123);
    const payload = new Uint8Array(2 + reasonBytes.length);
    new DataView(payload.buffer).setUint16(0, code);
    payload.set(reasonBytes, 2);
    this.#writeFrame(0x8, payload, true);
  }

  #writeFrame(opcode: number, payload: Uint8Array, fin: boolean): void {
    if (this.#socket.destroyed || this.#socket.writableEnded) return;
    const length = payload.length;
    const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
    const frame = new Uint8Array(headerLength + 4 + length);
    frame[0] = (fin ? 0x80 : 0) | opcode;
    const view = new DataView(frame.buffer);
    if (length < 126) {
      frame[1] = 0x80 | length;
    } else if (length < 65536) {
      frame[1] = 0x80 | 126;
      view.setUint16(2, length);
    } else {
      frame[1] = 0x80 | 127;
      view.setUint32(2, Math.floor(length / 2 ** 32));
      view.setUint32(6, length >>> 0);
    }
    // Clients must mask every frame (RFC 6455 §5.3), with a fresh key each time.
    const mask = crypto.getRandomValues(new Uint8Array(4));
    frame.set(mask, headerLength);
    const start = headerLength + 4;
    for (let i = 0; i < length; i++) frame[start + i] = payload[i] ^ mask[i & 3];
    this.#socket.write(frame);
  }

  #fail(code: number, why: string): void {
    this.#error = `${this.#label}: ${why}`;
    this.#closeCode ??= code;
    this.#closeReason ||= why;
    this.#sendClose(code, why);
    this.#socket.destroy();
  }

  #onData(chunk: Uint8Array): void {
    const data = this.#pending.length > 0 ? concat(this.#pending, chunk) : chunk;
    this.#pending = new Uint8Array(0);
    let pos = 0;
    while (!this.#socket.destroyed) {
      if (!this.#frame) {
        const header = parseHeader(data, pos);
        if (header === undefined) {
          // Only an incomplete header (at most 14 bytes) is ever kept between chunks.
          this.#pending = data.slice(pos);
          return;
        }
        if (typeof header === "string") return this.#fail(1002, header);
        pos += header.size;
        const error = this.#beginFrame(header.frame);
        if (error) return this.#fail(error.code, error.why);
      }
      const frame = this.#frame!;
      if (frame.remaining > 0) {
        if (pos >= data.length) return;
        const take = Math.min(frame.remaining, data.length - pos);
        let piece = data.subarray(pos, pos + take);
        pos += take;
        frame.remaining -= take;
        if (frame.mask) {
          piece = piece.slice();
          for (let i = 0; i < piece.length; i++) piece[i] ^= frame.mask[(frame.maskOffset + i) & 3];
          frame.maskOffset += piece.length;
        }
        this.#consume(frame, piece);
        if (frame.remaining > 0) return;
      }
      this.#frame = undefined;
      this.#endFrame(frame);
      if (pos >= data.length) return;
    }
  }

  #beginFrame(frame: Frame): { code: number; why: string } | undefined {
    if (frame.opcode >= 0x8) {
      if (!frame.fin || frame.remaining > 125) return { code: 1002, why: "invalid control frame" };
    } else if (frame.opcode === 0x0) {
      if (!this.#message) return { code: 1002, why: "continuation frame without a message" };
    } else if (frame.opcode === 0x1 || frame.opcode === 0x2) {
      if (this.#message) return { code: 1002, why: "new message inside a fragmented one" };
      this.#message = { parts: [], bytes: 0, dropping: false };
    } else {
      return { code: 1002, why: `unknown opcode ${frame.opcode}` };
    }
    this.#frame = frame;
    return undefined;
  }

  #consume(frame: Frame, piece: Uint8Array): void {
    if (frame.opcode >= 0x8) {
      frame.control.push(piece);
      return;
    }
    const message = this.#message!;
    message.bytes += piece.length;
    if (message.dropping) return;
    if (message.bytes > this.#maxMessageBytes) {
      message.dropping = true;
      // Keep a short prefix for the report, never the message.
      message.parts = [concat(...message.parts, piece).slice(0, 200)];
      return;
    }
    message.parts.push(piece);
  }

  #endFrame(frame: Frame): void {
    if (frame.opcode >= 0x8) {
      const payload = concat(...frame.control);
      if (frame.opcode === 0x9) this.#writeFrame(0xA, payload, true);
      else if (frame.opcode === 0x8) this.#onClose(payload);
      return;
    }
    if (!frame.fin) return;
    const message = this.#message!;
    this.#message = undefined;
    if (message.dropping) {
      this.#onOversized(message.bytes, this.#decoder.decode(message.parts[0] ?? new Uint8Array(0)));
      return;
    }
    const bytes = message.parts.length === 1 ? message.parts[0] : concat(...message.parts);
    this.#emit("message", { data: this.#decoder.decode(bytes) });
  }

  #onClose(payload: Uint8Array): void {
    this.#closeReceived = true;
    if (payload.length >= 2) {
      this.#closeCode = new DataView(payload.buffer, payload.byteOffset).getUint16(0);
      this.#closeReason = this.#decoder.decode(payload.subarray(2));
    } else {
      this.#closeCode = 1005;
    }
    this.readyState = 2;
    this.#sendClose(this.#closeCode === 1005 ? 1000 : this.#closeCode, "");
    this.#socket.end();
  }
}

function parseHeader(
  data: Uint8Array,
  pos: number,
): { frame: Frame; size: number } | string | undefined {
  if (data.length - pos < 2) return undefined;
  const b0 = data[pos];
  const b1 = data[pos + 1];
  if ((b0 & 0x70) !== 0) return "reserved bits set (no extension was negotiated)";
  const masked = (b1 & 0x80) !== 0;
  let length = b1 & 0x7f;
  let size = 2;
  if (length === 126) {
    if (data.length - pos < 4) return undefined;
    length = (data[pos + 2] << 8) | data[pos + 3];
    size = 4;
  } else if (length === 127) {
    if (data.length - pos < 10) return undefined;
    const view = new DataView(data.buffer, data.byteOffset + pos + 2, 8);
    const high = view.getUint32(0);
    if (high >= 2 ** 21) return "frame length beyond 2^53";
    length = high * 2 ** 32 + view.getUint32(4);
    size = 10;
  }
  let mask: Uint8Array | undefined;
  if (masked) {
    if (data.length - pos < size + 4) return undefined;
    mask = data.slice(pos + size, pos + size + 4);
    size += 4;
  }
  return {
    frame: {
      fin: (b0 & 0x80) !== 0,
      opcode: b0 & 0x0f,
      mask,
      remaining: length,
      maskOffset: 0,
      control: [],
    },
    size,
  };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function indexOfHeadEnd(bytes: Uint8Array): number {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) {
      return i;
    }
  }
  return -1;
}

async function acceptFor(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(key + GUID));
  return base64(new Uint8Array(digest));
}
