// Run by transport.test.ts: connects to the fake server, makes a call, closes, and says
// when. The process must then exit at once: nothing of the SDK may keep it alive.
import { connectFake } from "./_helpers.ts";

const fake = await connectFake();
await fake.client.requestUnchecked("x/ping", {});
await fake.close();
console.log("closed");
