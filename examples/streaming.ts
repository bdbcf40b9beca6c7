// Streaming: every event of one turn as it arrives (turn and item lifecycle, reasoning
// summary, message deltas), with a second consumer reading the same turn side by side.
//
//   deno run -A examples/streaming.ts
//   bun examples/streaming.ts
//   tsx examples/streaming.ts
import process from "node:process";
import { connect, words } from "./_connect.ts";

await using conn = await connect({
  responder: () => ({
    steps: [
      { type: "reasoning", text: "The user wants three facts about streams; keep them short." },
      {
        type: "text",
        text: words(
          "1. A ReadableStream delivers chunks as they arrive. " +
            "2. tee() gives two readers the same chunks. " +
            "3. Cancelling a stream tells its source to stop.",
        ),
      },
    ],
    delayMs: 20,
  }),
});
const thread = await conn.codex.startThread({ cwd: conn.cwd });
const turn = await thread.startTurn("Give me three one-line facts about web streams.");

// A second consumer of the same turn: each gets its own copy of the events.
const counting = (async () => {
  const counts = new Map<string, number>();
  for await (const event of turn.stream()) {
    counts.set(event.method, (counts.get(event.method) ?? 0) + 1);
  }
  return counts;
})();

let inMessage = false;
for await (const event of turn) {
  switch (event.method) {
    case "turn/started":
      console.log(`[turn started] ${event.params.turn.id}`);
      break;
    case "item/started":
      if (event.params.item.type !== "userMessage") {
        console.log(`[item started] ${event.params.item.type}`);
      }
      break;
    case "item/reasoning/summaryTextDelta":
      console.log(`  (thinking) ${event.params.delta}`);
      break;
    case "item/agentMessage/delta":
      if (!inMessage) process.stdout.write("  ");
      inMessage = true;
      process.stdout.write(event.params.delta);
      break;
    case "item/completed":
      if (inMessage) process.stdout.write("\n");
      inMessage = false;
      if (event.params.item.type !== "userMessage") {
        console.log(`[item completed] ${event.params.item.type}`);
      }
      break;
    case "turn/completed":
      console.log(`[turn completed] status: ${event.params.turn.status}`);
      break;
  }
}

console.log("events seen by the second consumer:");
for (const [method, n] of await counting) console.log(`  ${String(n).padStart(3)} ${method}`);

// A consumer taken after the end still sees everything from the first event.
console.log(`final answer: ${JSON.stringify(await turn.finalText())}`);
