// Run by transport.test.ts and failure_model.test.ts: connects to the fake server, makes a
// call, closes, and prints how many timers are still pending (each one's origin goes to
// stderr). It never calls process.exit: the test checks that it ends by itself, since a
// leaked socket, pipe or child process would keep it alive. With the argument "grandchild",
// the fake first starts a process that holds its stdout and stderr until the test kills it
// (its pid is printed), and then dies.
//
// Not a timer of its own racing the exit: how soon a process ends after its last line
// depends on the runtime's own teardown and on how busy the machine is, so "still alive
// 50 ms later" failed now and then under load although nothing was left.
import { pendingTimers } from "./_timer_census.ts";
import process from "node:process";
import { connectFake, fakeGrandchild } from "./_helpers.ts";

const fake = await connectFake();
await fake.client.requestUnchecked("x/ping", {});
if (process.argv.includes("grandchild")) {
  console.log(`grandchild ${await fakeGrandchild(fake.client, 600_000)}`);
  await fake.client.notify("fake/exit", { code: 0 });
  await fake.client.router.done;
}
await fake.close();
const left = pendingTimers();
for (const origin of left) console.error(`timer left after close(): ${origin}`);
console.log(`closed; ${left.length} timers left`);
