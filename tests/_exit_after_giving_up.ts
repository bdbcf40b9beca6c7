// Run by reconnect.test.ts: connects to a real ws:// app-server with a reconnect policy,
// kills the server, waits until the client gives up, and says when. It never calls close():
// the process must then exit by itself, at once. Nothing of the SDK may keep it alive.
import { Codex } from "../src/api/codex.ts";
import { webSocket } from "../src/transport/websocket.ts";
import { ScriptedModel } from "../testing.ts";
import { INJECTED, startServer } from "./_ws_server.ts";

const model = await ScriptedModel.start();
const server = await startServer(model, "ws://127.0.0.1:0");
let gaveUp!: () => void;
const done = new Promise<void>((resolve) => (gaveUp = resolve));
await Codex.start({
  transport: () => webSocket(server.address, { WebSocket: INJECTED, connectTimeoutMs: 1_000 }),
  reconnect: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 40 },
  onConnectionState: (s) => {
    if (s.state === "gave up") gaveUp();
  },
});
await server.stop();
await model.close();
await done;
console.log("gave up");
