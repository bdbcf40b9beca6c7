// Run by transport.test.ts: connects to the fake server, makes a call, closes, and says
// when. The process must then exit at once: nothing of the SDK may keep it alive.
import process from "node:process";
import { setTimeout as timer } from "node:timers";
import { connectFake } from "./_helpers.ts";

const fake = await connectFake();
await fake.client.requestUnchecked("x/ping", {});
await fake.close();
console.log("closed");
// An unreferenced timer never keeps the process alive by itself: it fires only when
// something else does (a leaked timer, socket or child process), however busy the machine.
timer(() => {
  console.log("still alive after close()");
  process.exit(3);
}, 50).unref();
