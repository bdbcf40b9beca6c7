// A loopback TCP proxy that can cut every connection through it, refuse new ones, and
// counts the JSON-RPC methods the client sends over WebSocket (client frames are masked).
import { createServer, type Server, Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { Buffer } from "node:buffer";

export interface Proxy {
  /** ws://127.0.0.1:PORT of the proxy. */
  url: string;
  /** How often each method was sent by clients through the proxy. */
  sent: Map<string, number>;
  /** Destroys every connection through the proxy now. */
  cut(): void;
  /** While true, new connections are closed at once. */
  refusing: boolean;
  /** Stops passing the server's bytes to clients (they queue in the proxy) until a cut. */
  holdReplies(): void;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 to the ws:// URL `target`. */
export async function startProxy(target: string): Promise<Proxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const upstreams = new Set<Socket>();
  const sent = new Map<string, number>();
  const proxy: Proxy = {
    url: "",
    sent,
    refusing: false,
    holdReplies() {
      for (const socket of upstreams) socket.pause();
    },
    cut() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
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
    sockets.add(client);
    sockets.add(upstream);
    upstreams.add(upstream);
    const drop = () => {
      upstreams.delete(upstream);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    // Writes before the upstream connects are queued by the socket.
    upstream.connect(Number(port), hostname);
    client.pipe(upstream);
    upstream.pipe(client);
    const counter = frameCounter(sent);
    client.on("data", counter);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  proxy.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

/** Parses the client's side: the HTTP upgrade, then masked WebSocket frames. */
function frameCounter(sent: Map<string, number>): (chunk: Buffer) => void {
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
      try {
        const method = JSON.parse(payload.toString("utf8")).method;
        if (typeof method === "string") sent.set(method, (sent.get(method) ?? 0) + 1);
      } catch {
        // A fragment or not JSON: not counted.
      }
    }
  };
}
