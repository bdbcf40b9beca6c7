// Runs every example in examples/ (not the private `_*.ts` helpers) as a child process on
// the runtime running this test, against the scripted model (CODEX_EXAMPLES_SCRIPTED=1),
// and checks that it exits 0 and prints what it is about. Examples run two at a time.
import { describe, it, runtimeCommand } from "./_helpers.ts";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLES = join(ROOT, "examples");
const CONCURRENCY = 2;
const TIMEOUT_MS = 60_000;

interface Expectation {
  /** Each must occur in stdout. */
  output: (string | RegExp)[];
  /** Fed to stdin, which is then closed. */
  stdin?: string;
}

const expectations: Record<string, Expectation> = {
  "quickstart.ts": {
    output: ["Hello from the scripted local model!", /turn \S+: completed/],
  },
  "streaming.ts": {
    output: ["(thinking) ", "[item completed] agentMessage", "[turn completed] status: completed"],
  },
  "concurrent_turns.ts": {
    output: [
      "[planet] completed",
      "[prime] completed",
      "[language] completed",
      "3 turns on one client",
    ],
  },
  "approvals.ts": {
    output: [
      "touch hello.txt'` -> accept",
      "rm hello.txt'` -> decline",
      "I was not allowed to run `rm hello.txt`",
      "hello.txt exists: true",
    ],
  },
  "steer_and_interrupt.ts": {
    output: [
      "(same turn: true)",
      'agent: "Revised:',
      /status: interrupted[\s\S]*status: interrupted/,
    ],
  },
  "thread_lifecycle.ts": {
    output: [
      'read: name "sdk example: lifecycle", 1 turn(s)',
      "listed: true",
      "fork answers: You asked me to remember 'pineapple'.",
      "archived: true",
      /resumed \S+: You asked me to remember 'pineapple'\./,
    ],
  },
  "review_bot.ts": {
    output: [
      "[item] enteredReviewMode",
      "[item] exitedReviewMode",
      /review turn \S+: completed/,
      "[P2] greet() lost its trailing newline",
    ],
  },
  "goal_runner.ts": {
    output: [
      "goal: Write a CHANGELOG entry for every commit of this week (active)",
      "Step 1: made some progress",
      "Step 3: made some progress",
      "[turn 3 started; pausing the goal after this one]",
      /goal paused after \d+ tokens/,
    ],
  },
  "reconnect.ts": {
    output: [
      "cutting the connection",
      "[connection] lost",
      "[connection] reconnecting (attempt 1)",
      "-- gap: text sent meanwhile may be missing --",
      "[connection] reconnected",
      "turn completed: Counting: one, two, three.",
    ],
  },
  "sub_agents.ts": {
    output: [
      /\[parent\] spawned child \S+ \(parent true\)/,
      /\[child \S+\] I counted 3 TypeScript files\./,
      /\[child \S+\] turn completed/,
      "[parent] My helper counted 3 TypeScript files.",
      "[parent] turn completed",
      "events of other threads in the parent's turn: 0",
    ],
  },
  "usage_tracking.ts": {
    output: [
      'What is a monad? -> Answer to "What is a monad?".',
      "136 in / 8 out tokens",
      "134 in / 8 out tokens",
      "total: 270 input + 16 output tokens",
    ],
  },
  "images.ts": {
    output: ["I received one image/png image", "status: completed"],
  },
  "structured_output.ts": {
    output: ["Mars has 2 moons", '{"name":"Jupiter"', "Jupiter has 95 moons"],
  },
  "error_handling.ts": {
    output: [
      "1. TurnFailedError: turn failed",
      "2. attempt 3 succeeded",
      "3. InvalidRequestError",
      "4. AbortError",
      "attempt 3 started thread",
      "6. TransportClosedError",
    ],
  },
  "interactive_cli.ts": {
    stdin: "hello\nwhat can you do?\n",
    output: [
      "you> hello\ncodex> Hello! I am the scripted local model.",
      'you> what can you do?\ncodex> You asked: "what can you do?".',
    ],
  },
  "codex_sdk_dropin.ts": {
    output: [
      "item.completed: [command_execution] /bin/bash -c 'ls -a' -> exit 0",
      "item.completed: [agent_message] This folder is empty.",
      'answer: You asked: "Summarise that in one line." (2 items)',
      'resumed: You asked: "What did I ask first?"',
    ],
  },
  "run_command.ts": {
    output: [
      "[stdout] building...",
      "[stdout] hello, Ada",
      "[stderr] 1 warning",
      "exit code 0",
      /long command stopped, exit code [1-9]/,
    ],
  },
  "watch_files.ts": {
    output: [/watching \S+codex-watch-example-/, "changed: notes.md", "watch closed: true"],
  },
  "file_picker.ts": {
    output: [/"rout" -> .*src\/router\/message_router\.ts/, "search stopped: true"],
  },
  "demo.ts": {
    output: [
      "using the scripted local model",
      /^\[A\] Two rivers/m,
      /^\[B\] Every message/m,
      "[A] completed",
      "[B] completed",
      "overlapped",
    ],
  },
};

interface Outcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runExample(name: string, stdin = ""): Promise<Outcome> {
  const { command, args } = runtimeCommand(join(EXAMPLES, name));
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // In a process group of its own: the runtime's wrapper (tsx), the example and the
    // app-servers it starts are all killed together. Killing only the wrapper left the
    // example holding stdout open, and the test waiting for it.
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, CODEX_EXAMPLES_SCRIPTED: "1", NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // The group is gone already.
      }
    };
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n[killed: still running after ${TIMEOUT_MS} ms]`;
      killGroup();
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Whatever the example left running in its group must not outlive it, nor hold its
    // stdout open.
    child.on("exit", killGroup);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.on("error", () => {}); // an example that never reads stdin may close it early
    child.stdin.end(stdin);
  });
}

const names = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
  .sort();

describe("examples", () => {
  it("every example has an expectation here, and every expectation an example", () => {
    assert.deepEqual(names, Object.keys(expectations).sort());
  });

  // All examples run in this one test, CONCURRENCY at a time, so that every process ends
  // inside the test that started it; the tests below then check one example each.
  const outcomes = new Map<string, Outcome>();
  // Each example is killed after TIMEOUT_MS; the test's own timeout covers the worst case.
  const runAllTimeout = Math.ceil(names.length / CONCURRENCY) * TIMEOUT_MS + 30_000;
  it(`runs every example, ${CONCURRENCY} at a time`, { timeout: runAllTimeout }, async () => {
    // The slowest first, so that the last two finish close together.
    const queue = ["demo.ts", ...names.filter((n) => n !== "demo.ts")];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        outcomes.set(name, await runExample(name, expectations[name]?.stdin));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  });

  for (const name of names) {
    it(`${name} exits 0 and prints what it shows`, () => {
      const outcome = outcomes.get(name);
      assert.ok(outcome, `${name} did not run`);
      const report = `${name} (${outcome.ms} ms, exit ${outcome.code ?? outcome.signal})\n` +
        `--- stdout\n${outcome.stdout}\n--- stderr\n${outcome.stderr}`;
      assert.equal(outcome.code, 0, report);
      assert.match(
        outcome.stdout,
        /^using the scripted local model \(CODEX_EXAMPLES_SCRIPTED=1\)$/m,
        report,
      );
      for (const expected of expectations[name]?.output ?? []) {
        if (typeof expected === "string") assert.ok(outcome.stdout.includes(expected), report);
        else assert.match(outcome.stdout, expected, report);
      }
    });
  }
});
