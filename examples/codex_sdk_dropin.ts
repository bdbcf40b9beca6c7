// A program written for the official `@openai/codex-sdk`, running on this SDK: the import
// below is the only line that differs (tests/codex_sdk.test.ts runs this file both ways
// and compares the output). Nothing is closed at the end: like with the official SDK, the
// program exits by itself once its last run is done.
//
//   npx tsx examples/codex_sdk_dropin.ts
// before: import { Codex, type ThreadItem } from "@openai/codex-sdk";
import { Codex, type ThreadItem } from "../codex-sdk.ts";
import { codexSdkSetup } from "./_connect.ts";

// The scripted model (without credentials) runs a command, then answers.
await using setup = await codexSdkSetup({
  responder: (req) => {
    const asked = req.prompt ?? "";
    if (asked.startsWith("What is in")) {
      return req.functionCallOutputs.length === 0
        ? { steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: "ls -a" } }] }
        : { steps: [{ type: "text", text: ["This folder ", "is empty."] }] };
    }
    return { steps: [{ type: "text", text: `You asked: "${asked}"` }] };
  },
});

const codex = new Codex(setup.options);
const thread = codex.startThread({
  workingDirectory: setup.workingDirectory,
  skipGitRepoCheck: true,
  sandboxMode: "read-only",
});

function describe(item: ThreadItem): string {
  switch (item.type) {
    case "agent_message":
      return item.text;
    case "command_execution":
      return `${item.command} -> exit ${item.exit_code}`;
    case "error":
      return item.message;
    default:
      return item.type;
  }
}

const { events } = await thread.runStreamed("What is in this folder?");
for await (const event of events) {
  switch (event.type) {
    case "thread.started":
    case "turn.started":
      console.log(event.type);
      break;
    case "item.started":
    case "item.completed":
      console.log(`${event.type}: [${event.item.type}] ${describe(event.item)}`);
      break;
    case "turn.completed":
      console.log(`turn.completed (${event.usage.output_tokens > 0 ? "with" : "no"} usage)`);
      break;
    case "turn.failed":
      console.log(`turn.failed: ${event.error.message}`);
      break;
  }
}

const { finalResponse, items } = await thread.run("Summarise that in one line.");
console.log(`answer: ${finalResponse} (${items.length} items)`);

// Later, maybe in another part of the program: continue the thread by its id.
const resumed = codex.resumeThread(thread.id!, {
  workingDirectory: setup.workingDirectory,
  skipGitRepoCheck: true,
});
const again = await resumed.run("What did I ask first?");
console.log(`resumed: ${again.finalResponse}`);
