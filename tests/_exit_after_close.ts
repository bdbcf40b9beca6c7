// Run by transport.test.ts and failure_model.test.ts: connects to the fake server, makes a
// call, closes, and says when. The process must then exit at once: nothing of the SDK may
// keep it alive. With the argument "grandchild", the fake first starts a process that holds
// its stdout and stderr for 20 s, and then dies (its pid is printed for the test to kill).
import process from "node:process";
import { setTimeout as timer } from "node:timers";
import { connectFake, fakeGrandchild } from "./_helpers.ts";

const fake = await connectFake();
await fake.client.requestUnchecked("x/ping", {});
if (process.argv.includes("grandchild")) {
  console.log(`grandchild ${await fakeGrandchild(fake.client, 20_000)}`);
  await fake.client.notify("fake/exit", { code: 0 });
  await fake.client.router.done;
}
await fake.close();
console.log("closed");
// An unreferenced timer never keeps the process alive by itself: it fires only when
// something else does (a leaked timer, socket or child process), however busy the machine.
timer(() => {
  console.log("still alive after close()");
  process.exit(3);
}, 50).unref();
