// The client side of the WebSocket opening handshake (RFC 6455 §4) over a connected
// node:net socket: send an HTTP/1.1 `GET` with `Upgrade: websocket`, read the response
// head, and check that it is `101 Switching Protocols` with the `Sec-WebSocket-Accept`
// that proves the server read our key. What follows the head is already WebSocket frames.
import type { Socket } from "node:net";
import { base64 } from "../_base64.ts";
import { TransportConnectError } from "../errors.ts";
import { concat } from "./ws_frames.ts";

/** Appended to the key before hashing (§1.3): proves the server speaks WebSocket. */
const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
/** A response head larger than this is not an upgrade answer. */
const MAX_RESPONSE_HEAD = 16 * 1024;

/** A completed upgrade. */
export interface Upgrade {
  /** The response headers, names in lower case. */
  headers: Map<string, string>;
  /** Bytes that arrived right after the response head: the first frames. */
  rest: Uint8Array;
}

/**
 * Performs the upgrade on `socket` (which may still be connecting). Rejects with a
 * {@link TransportConnectError} that says why: no socket file, nobody listening, permission,
 * a refused upgrade (with its status), a wrong accept key. Afterwards the socket is paused
 * with no listeners of this function left on it, so no byte is lost before the caller
 * starts reading.
 */
export function upgradeToWebSocket(socket: Socket, label: string): Promise<Upgrade> {
  const key = base64(crypto.getRandomValues(new Uint8Array(16)));
  return new Promise((resolve, reject) => {
    let head: Uint8Array = new Uint8Array(0);
    const cleanup = () => {
      // Until the caller takes over, bytes must wait in the socket (a flowing stream
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
      const rest = head.subarray(end + 4);
      const response = parseResponseHead(new TextDecoder().decode(head.subarray(0, end)));
      if (response.status !== 101) {
        const body = new TextDecoder().decode(rest.subarray(0, 200)).trim();
        reject(
          new TransportConnectError(
            label,
            `${label}: the server refused the WebSocket upgrade with ${response.statusLine}${
              body ? `: ${body}` : ""
            }`,
            { status: Number.isNaN(response.status) ? undefined : response.status },
          ),
        );
        return;
      }
      void acceptFor(key).then(
        (expected) => {
          if (response.headers.get("sec-websocket-accept") !== expected) {
            reject(
              new TransportConnectError(
                label,
                `${label}: invalid Sec-WebSocket-Accept in the upgrade`,
              ),
            );
            return;
          }
          resolve({ headers: response.headers, rest });
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

/** The status line, status code (NaN when unreadable) and headers of a response head. */
function parseResponseHead(
  text: string,
): { statusLine: string; status: number; headers: Map<string, string> } {
  const [statusLine, ...lines] = text.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return { statusLine: statusLine.trim(), status, headers };
}

/** Where the blank line (CR LF CR LF) that ends the head starts, or -1. */
function indexOfHeadEnd(bytes: Uint8Array): number {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) {
      return i;
    }
  }
  return -1;
}

/** The `Sec-WebSocket-Accept` a server must answer `key` with: base64(SHA-1(key + GUID)). */
async function acceptFor(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(key + GUID));
  return base64(new Uint8Array(digest));
}
