// Structured output: ask for an answer that matches a schema and get it back parsed and
// typed. The valibot schema is sent as JSON Schema (`outputSchema`); the answer is checked
// against it, and a mismatch rejects with StructuredOutputError.
//
//   deno run -A examples/structured_output.ts
//   bun examples/structured_output.ts
//   tsx examples/structured_output.ts
import process from "node:process";
import * as v from "valibot";
import { StructuredOutputError, toOutputJsonSchema } from "../mod.ts";
import { connect, say } from "./_connect.ts";

const Planet = v.strictObject({
  name: v.string(),
  moons: v.number(),
  facts: v.array(v.string()),
});

await using conn = await connect({
  responder: (req) => {
    const format = req.body?.text?.format;
    const name = req.prompt?.includes("Jupiter") ? "Jupiter" : "Mars";
    const answer = name === "Mars"
      ? {
        name,
        moons: 2,
        facts: ["Its day lasts 24.6 hours.", "Olympus Mons is its tallest volcano."],
      }
      : { name, moons: 95, facts: ["It is the largest planet.", "Its Great Red Spot is a storm."] };
    // The schema travels with the request as `text.format`, like the real Responses API.
    console.log(
      `  (scripted model got a ${format?.type} format with keys ${
        Object.keys(format?.schema?.properties ?? {}).join(", ")
      })`,
    );
    return say(JSON.stringify(answer), 10);
  },
});
const thread = await conn.codex.startThread({ cwd: conn.cwd });

// runStructured: one call, a typed result.
const mars = await thread.runStructured(
  "Describe the planet Mars: its name, its number of moons and two short facts.",
  Planet,
);
console.log(`${mars.name} has ${mars.moons} moons; ${mars.facts.join(" ")}`);

// Or start the turn yourself: watch the JSON stream in, then parse it.
const turn = await thread.startTurn(
  "Describe the planet Jupiter: its name, its number of moons and two short facts.",
  { outputSchema: toOutputJsonSchema(Planet) },
);
for await (const chunk of turn.text()) process.stdout.write(chunk);
process.stdout.write("\n");
try {
  const jupiter = await turn.output(Planet);
  console.log(`${jupiter.name} has ${jupiter.moons} moons`);
} catch (error) {
  if (!(error instanceof StructuredOutputError)) throw error;
  console.log(`the answer did not match: ${error.message}`);
}
