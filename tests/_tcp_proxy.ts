// A loopback TCP proxy that can cut every connection through it, refuse new ones, hold back
// either direction, and counts the JSON-RPC methods the client sends over WebSocket (client
// frames are masked). The chaos soak and the reconnect tests put it between client and
// server to cut at chosen moments: mid-request (a request held back, never reaching the
// server), after a request reached the server but before its answer (answers held back),
// mid-turn, mid-approval.
import { createServer, type Server, Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { Buffer } from "node:buffer";

export interface Proxy {
  /** ws://127.0.0.1:PORT of the proxy. */
  url: string;
  /** How often each method was sent by clients through the proxy. */
  sent: Map<string, number>;
  /** Called with each method a client sends, as it passes (before it is forwarded). */
  onSent: ((method: string) => void) | undefined;
  /** Destroys every connection through the proxy now; holds end. */
  cut(): void;
  /** How many times `cut()` was called. */
  cuts: number;
  /** While true, new connections are closed at once. */
  refusing: boolean;
  /** Stops passing the server's bytes to clients (they queue in the proxy) until a cut. */
  holdReplies(): void;
  /**
   * Stops passing the client's bytes to the server until a cut: what the client writes
   * from now on is counted in `sent` but never reaches the server.
   */
  holdRequests(): void;
  close(): Promise<void>;
}

interface Link {
  client: Socket;
  upstream: Socket;
  holdUp: boolean;
  holdDown: boolean;
}

/** Starts a proxy on 127.0.0.1 to the ws:// URL `target`. */
export async function startProxy(target: string): Promise<Proxy> {
  const { hostname, port } = new URL(target);
  const links = new Set<Link>();
  const sent = new Map<string, number>();
  const proxy: Proxy = {
    url: "",
    sent,
    onSent: undefined,
    cuts: 0,
    refusing: false,
    holdReplies() {
      for (const link of links) link.holdDown = true;
    },
    holdRequests() {
      for (const link of links) link.holdUp = true;
    },
    cut() {
      proxy.cuts++;
      for (const link of links) {
        link.client.destroy();
        link.upstream.destroy();
      }
      links.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.cut();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    if (proxy.refusing) {
      client.destroy();
      return;
    }
    const upstream = new Socket();
    const link: Link = { client, upstream, holdUp: false, holdDown: false };
    links.add(link);
    const drop = () => {
      links.delete(link);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    // Writes before the upstream connects are queued by the socket.
    upstream.connect(Number(port), hostname);
    const counter = frameCounter(sent, (method) => proxy.onSent?.(method));
    client.on("data", (chunk: Buffer) => {
      // Counted first: a hook may hold this very chunk back (a cut mid-request).
      counter(chunk);
      if (!link.holdUp && !upstream.destroyed) upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (!link.holdDown && !client.destroyed) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** Parses the client's side: the HTTP upgrade, then masked WebSocket frames. */
function frameCounter(
  sent: Map<string, number>,
  onMethod: (method: string) => void,
): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  let upgraded = false;
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!upgraded) {
      const end = buffer.indexOf("\r\n\r\n");
      if (end === -1) return;
      buffer = buffer.subarray(end + 4);
      upgraded = true;
    }
    while (buffer.length >= 2) {
      const opcode = buffer[0] & 0x0f;
      let length = buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (buffer[1] & 0x80) !== 0;
      const maskAt = offset;
      if (masked) offset += 4;
      if (buffer.length < offset + length) return;
      const payload = Buffer.from(buffer.subarray(offset, offset + length));
      if (masked) {
        for (let i = 0; i < payload.length; i++) payload[i] ^= buffer[maskAt + (i % 4)];
      }
      buffer = buffer.subarray(offset + length);
      if (opcode !== 1) continue;
      let method: unknown;
      try {
        method = JSON.parse(payload.toString("utf8")).method;
      } catch {
        // A fragment or not JSON: not counted.
      }
      if (typeof method === "string") {
        sent.set(method, (sent.get(method) ?? 0) + 1);
        onMethod(method);
      }
    }
  };
}
