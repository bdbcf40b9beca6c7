// Review bot: review the uncommitted changes of a git repository with `thread.review`,
// follow the review turn as it runs, and print the review.
//
//   deno run -A examples/review_bot.ts [repo]
//   bun examples/review_bot.ts [repo]
//   tsx examples/review_bot.ts [repo]
//
// With the scripted local model it reviews a small repository it makes in a temporary
// folder (one commit, one uncommitted change); with your Codex login or OPENAI_API_KEY it
// reviews the repository you name (default: the current directory).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { connect, say } from "./_connect.ts";

await using conn = await connect({
  responder: () =>
    say(
      "[P2] greet() lost its trailing newline - callers that print it will join lines. " +
        "Otherwise the change looks correct.",
    ),
});
const { codex } = conn;

let repo = process.argv[2] ?? conn.cwd;
if (conn.scripted) {
  repo = conn.cwd;
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: repo,
      stdio: "ignore",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "example",
        GIT_AUTHOR_EMAIL: "example@example.com",
        GIT_COMMITTER_NAME: "example",
        GIT_COMMITTER_EMAIL: "example@example.com",
      },
    });
  git("init", "-q");
  writeFileSync(join(repo, "greet.ts"), 'export const greet = () => "hello\\n";\n');
  git("add", ".");
  git("commit", "-qm", "greet");
  writeFileSync(join(repo, "greet.ts"), 'export const greet = () => "hello";\n');
}

const thread = await codex.startThread({ cwd: repo, sandbox: "read-only" });
// The review runs as a turn of this thread; its handle works like any other turn's.
const review = await thread.review({ type: "uncommittedChanges" });
for await (const event of review.stream()) {
  if (event.method === "item/completed") console.log(`[item] ${event.params.item.type}`);
}
const turn = await review.run();
console.log(`review turn ${turn.id}: ${turn.status}`);
console.log(`review:\n${await review.reviewText()}`);
