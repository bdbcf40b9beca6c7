// Quickstart: start a client, start a thread, run one turn and print its answer as it
// streams, then the turn's final status.
//
//   deno run -A examples/quickstart.ts
//   bun examples/quickstart.ts
//   tsx examples/quickstart.ts
//
// Uses your Codex login or OPENAI_API_KEY when present, else a scripted local model.
import process from "node:process";
import { connect, say } from "./_connect.ts";

await using conn = await connect({
  responder: () =>
    say(
      "Hello from the scripted local model! This answer streamed in word by word. " +
        "Sign in with `codex login` or set OPENAI_API_KEY to talk to the real one.",
    ),
});
const { codex } = conn;
console.log(`connected to ${codex.metadata.userAgent}`);

const thread = await codex.startThread({ cwd: conn.cwd });
const turn = await thread.startTurn("Say hello in one short sentence.");

// text() is the agent's message as it is written, one delta per chunk.
for await (const chunk of turn.text()) process.stdout.write(chunk);
process.stdout.write("\n");

// run() waits for turn/completed and returns the generated Turn.
const result = await turn.run();
console.log(`turn ${result.id}: ${result.status}`);
