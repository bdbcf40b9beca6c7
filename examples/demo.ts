// The demo (`npm run demo`): two turns running at once on ONE client, their text streamed
// live and labelled [A] and [B] as it arrives, then each turn's final status.
//
//   deno run -A examples/demo.ts
//   bun examples/demo.ts
//   tsx examples/demo.ts
//
// Uses your Codex login or OPENAI_API_KEY when present, else a scripted local model
// (CODEX_EXAMPLES_SCRIPTED=1 forces the scripted one).
import type { TurnHandle } from "../mod.ts";
import { connect, say } from "./_connect.ts";

const prompts = {
  A: "Write a haiku about two rivers flowing side by side, then one sentence on its imagery.",
  B: "In three short sentences: how can one connection carry many conversations at once?",
} as const;
type Label = keyof typeof prompts;

const scripted: Record<Label, string> = {
  A: "Two rivers, one bed —\nneither waits for the other,\nboth reach the same sea.\n" +
    "The image is of parallel work: separate currents that share a channel " +
    "without ever mixing their water.",
  B: "Every message carries the id of the conversation it belongs to. " +
    "The reader looks that id up and hands the message to the right listener, " +
    "so many streams share one pipe without waiting for each other. " +
    "Replies to requests are matched the same way, by their request id.",
};

await using conn = await connect({
  responder: (req) => {
    const label: Label = req.prompt === prompts.A ? "A" : "B";
    // Different paces, so the two streams visibly interleave.
    return say(scripted[label], label === "A" ? 45 : 35);
  },
});
const { codex } = conn;
console.log(`one client (app-server pid ${codex.pid}), two threads, two turns at once:`);
for (const [label, prompt] of Object.entries(prompts)) console.log(`  [${label}] ${prompt}`);
console.log();

// One thread per turn: turns on one thread run one after the other.
const [threadA, threadB] = await Promise.all([
  codex.startThread({ cwd: conn.cwd }),
  codex.startThread({ cwd: conn.cwd }),
]);
const started = performance.now();
const [turnA, turnB] = await Promise.all([
  threadA.startTurn(prompts.A),
  threadB.startTurn(prompts.B),
]);

const stats = await Promise.all([stream("A", turnA), stream("B", turnB)]);

console.log();
for (const s of stats) {
  console.log(
    `[${s.label}] ${s.status}: ${s.deltas} deltas between ${secs(s.first)} and ${secs(s.last)}`,
  );
}
const overlap = Math.min(stats[0].last, stats[1].last) - Math.max(stats[0].first, stats[1].first);
if (overlap > 0) console.log(`the two streams overlapped for ${secs(overlap)}, on one connection`);

/**
 * Streams one turn's text, printing it in labelled lines: a line is printed when it is
 * full or the model ends it, so both turns' lines appear interleaved as they are written.
 */
async function stream(label: Label, turn: TurnHandle) {
  let line = "";
  let deltas = 0;
  let first = 0;
  let last = 0;
  const flush = () => {
    if (line.trim()) console.log(`[${label}] ${line.trim()}`);
    line = "";
  };
  // A second reader of the same turn: the server's retry notices (a real model that cannot
  // be reached is retried with backoff), so a stalled stream says why instead of going quiet.
  const notices = (async () => {
    for await (const event of turn) {
      if (event.method === "error" && event.params.willRetry) {
        console.log(`[${label}] (server: ${event.params.error.message})`);
      }
    }
  })().catch(() => {});
  for await (const delta of turn.text()) {
    const now = performance.now() - started;
    if (deltas++ === 0) first = now;
    last = now;
    const [head, ...rest] = delta.split("\n");
    line += head;
    for (const next of rest) {
      flush();
      line = next;
    }
    if (line.length >= 56 && /\s$/.test(line)) flush();
  }
  flush();
  await notices;
  const status = await turn.run().then((t) => t.status, (error) => `failed (${error.message})`);
  return { label, status, deltas, first, last };
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
