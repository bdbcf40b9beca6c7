// Goal runner: give a thread a goal and let the server work on it turn after turn; stream
// every turn's text as one stream, and stop the goal after a few turns (or when it stops
// by itself: complete, blocked, out of budget).
//
//   deno run -A examples/goal_runner.ts
//   bun examples/goal_runner.ts
//   tsx examples/goal_runner.ts
//
// Goals are a feature the server must have enabled: `config: { "features.goals": true }`.
import process from "node:process";
import { connect, say } from "./_connect.ts";

const MAX_TURNS = 3;
let step = 0;
await using conn = await connect({
  config: { "features.goals": true },
  responder: () => say(`Step ${++step}: made some progress on the changelog. `),
});
const { codex } = conn;

const thread = await codex.startThread({ cwd: conn.cwd });
const goal = await thread.startGoal("Write a CHANGELOG entry for every commit of this week", {
  tokenBudget: 500_000,
});
console.log(`goal: ${goal.goal.objective} (${goal.goal.status})`);

// Each physical turn the server starts for the goal has its own handle.
void (async () => {
  let n = 0;
  for await (const turn of goal.turns()) {
    if (++n === MAX_TURNS) {
      console.log(`\n[turn ${n} started; pausing the goal after this one]`);
      await goal.pause();
    }
    const { usage } = await turn.result();
    console.log(`\n[turn ${n} done, ${usage?.last.totalTokens ?? 0} tokens]`);
  }
})();

// The text of every goal turn, in order, as one stream.
for await (const chunk of goal.text()) process.stdout.write(chunk);

const final = await goal.done();
console.log(`goal ${final.status} after ${final.tokensUsed} tokens`);
