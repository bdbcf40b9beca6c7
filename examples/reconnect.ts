// Reconnecting: a turn survives a dropped connection. The example runs the app-server with
// its WebSocket listener, talks to it through a small TCP relay standing in for the network,
// cuts every connection of the relay in the middle of a turn, and shows the client
// reconnecting, marking the gap, and finishing the turn with all its items; then cuts again
// just as a second turn starts, which still runs exactly once.
//
//   deno run -A examples/reconnect.ts
//   bun examples/reconnect.ts
//   tsx examples/reconnect.ts
import { spawn } from "node:child_process";
import { createServer, Socket } from "node:net";
import type { AddressInfo } from "node:net";
import process from "node:process";
import { WebSocket as WsWebSocket } from "ws";
import { Codex } from "../mod.ts";
import { configArgs, findCodex } from "../protocol.ts";
import { webSocket } from "../transports.ts";
import { createTestHome, gate, textReply } from "../testing.ts";
import { findCredentials, sayWhichModel } from "./_connect.ts";

// 1. The app-server, listening on ws:// (the scripted local model unless you have credentials).
const credentials = findCredentials();
const held = gate();
await using home = await createTestHome({
  responder: () => ({
    ...textReply(["Counting: one, ", "two, ", "three."], 20),
    gate: held.promise,
  }),
});
sayWhichModel(credentials);
const server = spawn(
  findCodex(),
  [...configArgs(credentials ? {} : home.config), "app-server", "--listen", "ws://127.0.0.1:0"],
  {
    cwd: home.cwd,
    env: { ...process.env, ...(credentials ? {} : home.env) },
    stdio: ["ignore", "ignore", "pipe"],
  },
);
const serverUrl = await new Promise<string>((resolve, reject) => {
  let log = "";
  server.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    log += chunk;
    const url = /listening on: (ws:\/\/[\d.]+:\d+)/.exec(log)?.[1];
    if (url) resolve(url);
  });
  server.once("exit", () => reject(new Error(`app-server exited:\n${log}`)));
});

// 2. A relay in front of it: the "network" this example will cut.
const { hostname, port } = new URL(serverUrl);
const sockets = new Set<Socket>();
const relay = createServer((client) => {
  const upstream = new Socket().connect(Number(port), hostname);
  for (const s of [client, upstream]) {
    sockets.add(s);
    s.on("error", () => {}).on("close", () => {
      client.destroy();
      upstream.destroy();
    });
  }
  client.pipe(upstream).pipe(client);
});
await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
const relayUrl = `ws://127.0.0.1:${(relay.address() as AddressInfo).port}`;

// 3. The client: `transport` is a function, so it can be called again to reconnect.
const isNode = !("Deno" in globalThis) && !("Bun" in globalThis);
let back!: () => void;
const reconnected = new Promise<void>((resolve) => (back = resolve));
let noticed = () => {};
const codex = await Codex.start({
  transport: () => webSocket(relayUrl, { WebSocket: isNode ? WsWebSocket : undefined }),
  reconnect: { maxAttempts: 5, initialDelayMs: 100 },
  onConnectionState: (s) => {
    console.log(
      `[connection] ${s.state}${s.state === "reconnecting" ? ` (attempt ${s.attempt})` : ""}`,
    );
    if (s.state === "reconnected") back();
    if (s.state === "lost") noticed();
  },
});
try {
  const thread = await codex.startThread({ cwd: home.cwd });
  const turn = await thread.startTurn("Count to three.");
  const reading = (async () => {
    for await (const event of turn) {
      if (event.method === "item/agentMessage/delta") console.log(`text: ${event.params.delta}`);
      if (event.method === "connection/gap") {
        console.log("-- gap: text sent meanwhile may be missing --");
      }
    }
  })();

  // 4. Cut the network in the middle of the turn; let the turn go on once reconnected.
  const first = turn.text().getReader();
  await first.read();
  first.releaseLock();
  console.log("cutting the connection");
  for (const s of sockets) s.destroy();
  await reconnected;
  held.open();
  await reading;
  const result = await turn.result();
  console.log(`turn ${result.turn.status}: ${result.finalResponse}`);
  console.log(`items: ${result.items.map((item) => item.type).join(", ")}`);

  // 5. A turn started just as the connection drops: the SDK finds out after reconnecting
  //    whether the server got it (by its clientUserMessageId) and sends it again only if
  //    not, so it runs exactly once. Calls made meanwhile wait for the new connection.
  const starting = thread.startTurn("Count to three again.", {
    clientUserMessageId: "count-again",
  });
  const lost = new Promise<void>((resolve) => (noticed = resolve));
  for (const s of sockets) s.destroy();
  await lost;
  const listing = codex.listThreads(); // waits until the client is back
  const again = await starting;
  console.log(`second turn ${(await again.run()).status}, sent as ${again.clientUserMessageId}`);
  console.log(`threads listed after the reconnect: ${(await listing).data.length}`);
  const { thread: stored } = await thread.read({ includeTurns: true });
  console.log(`turns on the thread: ${stored.turns.length}`);
} finally {
  await codex.close();
  relay.close();
  server.kill();
}
