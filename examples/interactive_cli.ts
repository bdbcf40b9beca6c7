// A small interactive CLI: each line you type is a turn on one thread, its answer streamed
// as it is written. Commands: /interrupt (stop the running turn; Ctrl-C does the same),
// /new (start a new thread), /quit. Lines typed while a turn runs wait their turn. When
// stdin is not a terminal, it answers each line in order and exits at the end of input.
//
//   deno run -A examples/interactive_cli.ts
//   bun examples/interactive_cli.ts
//   tsx examples/interactive_cli.ts
//
//   printf 'hello\nwhat can you do?\n' | tsx examples/interactive_cli.ts
import process from "node:process";
import * as readline from "node:readline";
import type { Thread, TurnHandle } from "../mod.ts";
import { connect, say } from "./_connect.ts";

await using conn = await connect({
  responder: (req) => {
    const prompt = req.prompt ?? "";
    if (/^(hello|hi|hey)\b/i.test(prompt)) {
      return say("Hello! I am the scripted local model. Ask me something and I will answer.", 25);
    }
    return say(
      `You asked: "${prompt}". I am a scripted stand-in, so this is canned text; ` +
        "with a Codex login or OPENAI_API_KEY a real model would answer.",
      25,
    );
  },
});

let thread: Thread = await conn.codex.startThread({ cwd: conn.cwd });

// Created after the last await before its listeners: lines read with no listener are lost.
const tty = process.stdin.isTTY === true;
const rl = readline.createInterface({
  input: process.stdin,
  output: process.stdout,
  terminal: tty,
});
rl.setPrompt("you> ");
const closed = new Promise<void>((resolve) => rl.once("close", resolve));
let current: TurnHandle | undefined;
// Prompts run one after another; commands act at once.
let queue: Promise<void> = Promise.resolve();
const later = (job: () => Promise<void>) => {
  queue = queue.then(job).catch((error) => console.error(`error: ${error}`));
};

async function ask(prompt: string): Promise<void> {
  if (!tty) console.log(`you> ${prompt}`);
  const turn = await thread.startTurn(prompt);
  current = turn;
  process.stdout.write("codex> ");
  for await (const chunk of turn.text()) process.stdout.write(chunk);
  process.stdout.write("\n");
  const { status } = await turn.run().catch((error) => ({ status: `failed: ${error.message}` }));
  current = undefined;
  if (status !== "completed") console.log(`(turn ${status})`);
  if (tty) rl.prompt();
}

function interrupt(): void {
  if (!current) return void console.log("(no turn is running)");
  current.interrupt().catch((error) => console.error(`interrupt failed: ${error}`));
}

let quitting = false;
rl.on("line", (input) => {
  const line = input.trim();
  // Lines already read when /quit came may still be delivered: they are dropped.
  if (quitting) return;
  if (!line) return void (tty && rl.prompt());
  if (line === "/quit") {
    quitting = true;
    return void rl.close();
  }
  if (line === "/interrupt") return interrupt();
  if (line === "/new") {
    return later(async () => {
      thread = await conn.codex.startThread({ cwd: conn.cwd });
      console.log(`(new thread ${thread.id})`);
      if (tty) rl.prompt();
    });
  }
  later(() => ask(line));
});
// Ctrl-C in a terminal: stop the running turn, or quit when none runs.
rl.on("SIGINT", () => (current ? interrupt() : rl.close()));

if (tty) {
  console.log("type a prompt; /interrupt, /new, /quit");
  rl.prompt();
}
await closed;
await queue;
if (tty) console.log("bye");
