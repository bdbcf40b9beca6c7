// Usage tracking: run turns and add up the tokens each one used, from `turn.result()`,
// the way a bot would bill or budget its work.
//
//   deno run -A examples/usage_tracking.ts
//   bun examples/usage_tracking.ts
//   tsx examples/usage_tracking.ts
import { connect, say } from "./_connect.ts";

await using conn = await connect({
  responder: (req) => ({
    ...say(`Answer to "${req.prompt}".`),
    usage: { inputTokens: 120 + (req.prompt?.length ?? 0), outputTokens: 8 },
  }),
});
const { codex } = conn;

const thread = await codex.startThread({ cwd: conn.cwd });
let input = 0;
let output = 0;
for (const prompt of ["What is a monad?", "And a functor?"]) {
  const turn = await thread.startTurn(prompt);
  // result(): every completed item, the final answer, and the turn's token usage.
  const { finalResponse, usage, items } = await turn.result();
  const last = usage?.last;
  input += last?.inputTokens ?? 0;
  output += last?.outputTokens ?? 0;
  console.log(`${prompt} -> ${finalResponse}`);
  console.log(
    `  ${items.length} items, ${last?.inputTokens ?? 0} in / ${last?.outputTokens ?? 0} out tokens`,
  );
}
console.log(`total: ${input} input + ${output} output tokens`);
