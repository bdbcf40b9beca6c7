// Concurrent turns: one client, three threads, three turns running at the same time. Each
// turn's stream carries only its own events, so each answer comes back whole and separate.
//
//   deno run -A examples/concurrent_turns.ts
//   bun examples/concurrent_turns.ts
//   tsx examples/concurrent_turns.ts
//
// Turns on one thread run one after another (a second startTurn waits for the first);
// turns on different threads never wait for each other.
import { connect, say } from "./_connect.ts";

const answers: Record<string, string> = {
  planet: "Mars: the red planet, with the tallest volcano in the solar system.",
  prime: "17 is a prime number between 10 and 20, and so are 11, 13 and 19.",
  language: "TypeScript: JavaScript with static types, compiled away before it runs.",
};
const questions = {
  planet: "Name one planet and a fact about it, in one sentence.",
  prime: "Name a prime number between 10 and 20, in one sentence.",
  language: "Name one programming language and say what it is, in one sentence.",
};

await using conn = await connect({
  responder: (req) => {
    const topic = Object.entries(questions).find(([, q]) => q === req.prompt)?.[0] ?? "planet";
    return say(answers[topic], 40);
  },
});

const started = performance.now();
const results = await Promise.all(
  Object.entries(questions).map(async ([topic, question]) => {
    const thread = await conn.codex.startThread({ cwd: conn.cwd });
    const turnStarted = performance.now();
    const turn = await thread.startTurn(question);
    let text = "";
    for await (const chunk of turn.text()) text += chunk;
    const { status } = await turn.run();
    return { topic, text, status, ms: Math.round(performance.now() - turnStarted) };
  }),
);
const wall = Math.round(performance.now() - started);

for (const r of results) console.log(`[${r.topic}] ${r.status} in ${r.ms} ms: ${r.text}`);
const sum = results.reduce((total, r) => total + r.ms, 0);
console.log(`${results.length} turns on one client: ${sum} ms of turns done in ${wall} ms`);
