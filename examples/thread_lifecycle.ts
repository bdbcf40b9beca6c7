// Thread lifecycle: start a thread, name it, read it back, list it, fork it (the fork
// keeps the history), archive and unarchive it, and resume it by id.
//
//   deno run -A examples/thread_lifecycle.ts
//   bun examples/thread_lifecycle.ts
//   tsx examples/thread_lifecycle.ts
import { connect, say } from "./_connect.ts";

const REMEMBER = "Remember the word 'pineapple'. Reply with one short sentence.";
const RECALL = "Which word did I ask you to remember? Reply with one short sentence.";

await using conn = await connect({
  responder: (req) => {
    if (req.prompt === REMEMBER) return say("Got it, I will remember 'pineapple'.");
    // The model gets the thread's whole history with each request: a fork's included.
    const history = JSON.stringify(req.input);
    return say(
      history.includes("pineapple")
        ? "You asked me to remember 'pineapple'."
        : "You have not asked me to remember anything yet.",
    );
  },
});
const { codex, cwd } = conn;

const thread = await codex.startThread({ cwd });
console.log(`started thread ${thread.id}`);
const first = await thread.startTurn(REMEMBER);
console.log(`  ${await first.finalText()}`);

await thread.setName("sdk example: lifecycle");
const { thread: info } = await thread.read({ includeTurns: true });
console.log(`read: name "${info.name}", ${info.turns?.length} turn(s), preview "${info.preview}"`);

const listed = await codex.listThreads({ cwd, limit: 10 });
console.log(
  `listed: ${
    listed.data.some((t) => t.id === thread.id)
  } (${listed.data.length} thread(s) in this folder)`,
);

const fork = await codex.forkThread(thread.id, { cwd });
console.log(`forked into ${fork.id}`);
const recall = await fork.startTurn(RECALL);
console.log(`  fork answers: ${await recall.finalText()}`);

await thread.archive();
const archived = await codex.listThreads({ cwd, archived: true });
console.log(`archived: ${archived.data.some((t) => t.id === thread.id)}`);
await thread.unarchive();
console.log("unarchived");

// A later process would only know the id; resuming brings the thread back.
const resumed = await codex.resumeThread(thread.id, { cwd });
const again = await resumed.startTurn(RECALL);
console.log(`resumed ${resumed.id}: ${await again.finalText()}`);

// Tidy up: archived threads leave the default listing.
await fork.archive();
await thread.archive();
console.log("archived both threads again");
