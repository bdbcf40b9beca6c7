// Run by codex_sdk.test.ts: a program written as for @openai/codex-sdk that never closes
// anything. It must exit by itself once its last run is done, as with the official SDK:
// the shared app-server must not keep it alive while idle. Argument: the test home as JSON
// ({ config, env, cwd }). Prints the app-server's pid and the answer, then nothing may be
// left that keeps the event loop going.
import process from "node:process";
import { setTimeout as timer } from "node:timers";
import { Codex } from "../codex-sdk.ts";

const home = JSON.parse(process.argv.at(-1)!) as {
  config: Record<string, never>;
  env: Record<string, string>;
  cwd: string;
};
const codex = new Codex({ config: home.config, env: { ...process.env, ...home.env } as never });
const thread = codex.startThread({ workingDirectory: home.cwd, skipGitRepoCheck: true });
const first = await thread.run("first");
const { events } = await thread.runStreamed("second");
let second = "";
for await (const event of events) {
  if (event.type === "item.completed" && event.item.type === "agent_message") {
    second = event.item.text;
  }
}
console.log(`pid ${(await codex.appServer()).pid}`);
console.log(`answers: ${first.finalResponse} / ${second}`);
// An unreferenced timer fires only when something else keeps the program alive.
timer(() => {
  console.log("still alive after the last run");
  process.exit(3);
}, 200).unref();
