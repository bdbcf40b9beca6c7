// Steer and interrupt: add input to a turn while it runs (`steer`), stop a turn
// (`interrupt`), and stop one through an AbortSignal. An interrupted turn resolves
// normally with status "interrupted"; it is not an error.
//
//   deno run -A examples/steer_and_interrupt.ts
//   bun examples/steer_and_interrupt.ts
//   tsx examples/steer_and_interrupt.ts
import type { TurnHandle } from "../mod.ts";
import { gate } from "../testing.ts";
import { connect, say } from "./_connect.ts";

const PLAN = "Plan a three-step refactor of a small web server. Keep it short.";
const STEER = "Also add a step about tests.";
const STORY = "Write a 2,000-word story about a lighthouse keeper.";

// The scripted model holds its streams open after the first sentence (a "gate"), so the
// turns are visibly still running when we steer or interrupt them.
const planHeld = gate();
const storyHeld = gate();
await using conn = await connect({
  responder: (req) => {
    if (req.prompt === PLAN) {
      return {
        steps: [{
          type: "text",
          text: ["Step 1: split the routes into modules. ", "Step 2: move config into one file."],
        }],
        gate: planHeld.promise,
      };
    }
    if (req.prompt === STEER) {
      return say("Revised: Step 2: add a test per route. Step 3: run the tests in CI.");
    }
    return {
      steps: [{ type: "text", text: ["The lamp had burned for ninety years", " when Ada..."] }],
      gate: storyHeld.promise,
    };
  },
});
const thread = await conn.codex.startThread({ cwd: conn.cwd });

// 1. Steer: the extra input joins the running turn instead of starting a new one. The
//    server cuts the unfinished answer short and asks the model again, steer included.
console.log(`> ${PLAN}`);
const plan = await thread.startTurn(PLAN);
console.log(`  first words: ${JSON.stringify(await firstChunk(plan))}`);
const steered = await plan.steer(STEER);
console.log(`  steered with "${STEER}" (same turn: ${steered.turnId === plan.id})`);
planHeld.open();
const { status: planStatus } = await plan.run();
for (const message of await messages(plan)) console.log(`  agent: ${message}`);
console.log(`  status: ${planStatus}`);

// 2. Interrupt: stop a long turn after its first words.
console.log(`> ${STORY}`);
const story = await thread.startTurn(STORY);
console.log(`  first words: ${JSON.stringify(await firstChunk(story))}`);
await story.interrupt();
console.log(`  status: ${(await story.run()).status}`);

// 3. Abort: the turn's signal does the same (here, say, a user pressing Stop). It works
//    also when it fires before the server has answered turn/start.
const controller = new AbortController();
console.log(`> ${STORY} (with an AbortSignal)`);
const aborted = await thread.startTurn(STORY, {}, { signal: controller.signal });
await firstChunk(aborted);
controller.abort();
console.log(`  status: ${(await aborted.run()).status}`);
storyHeld.open();

/** Resolves with the turn's first text chunk, once it arrived: the turn is running. */
async function firstChunk(turn: TurnHandle): Promise<string> {
  const reader = turn.text().getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return value ?? "";
}

/** The text of each agent message of the turn. */
async function messages(turn: TurnHandle): Promise<string[]> {
  const texts: string[] = [];
  for await (const event of turn) {
    if (event.method === "item/completed" && event.params.item.type === "agentMessage") {
      texts.push(JSON.stringify(event.params.item.text));
    }
  }
  return texts;
}
