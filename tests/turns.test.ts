// Every turn, whoever started it: reviews, goals, turns seen through thread.turns(), the
// running turn of a resumed thread, and a turn's full result. Real pinned binary against
// the scripted model, plus a fake server for the memory bound.
import { describe, it, textOf } from "./_helpers.ts";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { ThreadBusyError, TransportClosedError, TurnFailedError } from "../src/errors.ts";
import { Thread } from "../src/api/thread.ts";
import type { TurnEvent, TurnHandle } from "../src/api/turn.ts";
import { Session } from "../src/api/session.ts";
import type { Thread as ThreadInfo } from "../gen/types.ts";
import {
  gate,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  startTestCodex,
  textReply,
} from "../testing.ts";
import { collect, connectFake, turnCompleted, turnStarted, until } from "./_helpers.ts";
import { connect, startServer } from "./_ws_server.ts";

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", args, {
    cwd,
    stdio: "ignore",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
    },
  });
}

describe("thread.review", () => {
  it("streams the review turn of uncommitted changes and returns the review text", async () => {
    await using t = await startTestCodex({
      responder: () => textReply(["No issues ", "found."], 5),
    });
    const cwd = t.home.cwd;
    git(cwd, "init", "-q");
    writeFileSync(join(cwd, "a.txt"), "one\n");
    git(cwd, "add", ".");
    git(cwd, "commit", "-qm", "init");
    writeFileSync(join(cwd, "a.txt"), "two\n");

    const thread = await t.codex.startThread({ cwd });
    const review = await thread.review({ type: "uncommittedChanges" });
    assert.equal(review.threadId, thread.id);
    const events = await collect(review.stream());
    const completedTypes = events
      .filter((e): e is Extract<TurnEvent, { method: "item/completed" }> =>
        e.method === "item/completed"
      )
      .map((e) => e.params.item.type);
    assert.ok(completedTypes.includes("enteredReviewMode"), completedTypes.join());
    assert.ok(completedTypes.includes("exitedReviewMode"), completedTypes.join());
    // The review's own turn/started (a turn id of its own, rooted at the review turn) is
    // part of the review's stream.
    assert.equal(events.filter((e) => e.method === "turn/started").length, 1);
    assert.equal(events.at(-1)?.method, "turn/completed");
    const turn = await review.run();
    assert.equal(turn.status, "completed");
    assert.equal(turn.id, review.id);
    assert.equal(await review.reviewText(), "No issues found.");
    assert.match(t.model.requests[0].prompt ?? "", /Review the current code changes/);
    assert.equal(thread.activeTurn, undefined);
  });

  it("gives null as reviewText of a turn that is no review", async () => {
    await using t = await startTestCodex({ responder: () => textReply("plain") });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("hi");
    assert.equal(await turn.reviewText(), null);
    assert.equal(await turn.finalText(), "plain");
  });
});

describe("thread.startGoal (goal.ts)", () => {
  it("streams server-started goal turns as one stream until pause, losing and doubling nothing", async () => {
    let n = 0;
    const second = gate();
    await using t = await startTestCodex({
      responder: () => {
        n++;
        // Hold the second goal turn until the test has paused the goal, so the goal
        // has exactly two turns, the second one still running when the pause lands.
        return n === 2
          ? { ...textReply([`turn ${n} a;`, `turn ${n} b;`], 5), gate: second.promise }
          : textReply([`turn ${n} a;`, `turn ${n} b;`], 5);
      },
      codex: { config: { "features.goals": true } },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const seen = thread.turns();
    const goal = await thread.startGoal("write the docs", { tokenBudget: 1_000_000 });
    assert.equal(goal.goal.status, "active");
    assert.equal(goal.goal.objective, "write the docs");
    const logical = collect(goal.stream());
    const text = textOf(goal.text());
    const goalTurns = collect(goal.turns());

    await t.model.waitForRequests(2);
    await assert.rejects(thread.startTurn("me too"), ThreadBusyError);
    const paused = await goal.pause();
    assert.equal(paused.status, "paused");
    // The second goal turn is still held open: done() waits for it.
    const doneEarly = await Promise.race([
      goal.done().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 100)),
    ]);
    assert.equal(doneEarly, false, "done() resolved while the goal's last turn still ran");
    second.open();

    const final = await goal.done();
    assert.equal(final.status, "paused");
    const turns = await goalTurns;
    assert.equal(turns.length, 2);
    const events = await logical;
    // The logical stream is exactly the turns' own streams, one after the other.
    const perTurn = (await Promise.all(turns.map((turn) => collect(turn.stream())))).flat();
    assert.deepEqual(events, perTurn);
    assert.deepEqual(
      events.filter((e) => e.method === "turn/started").map((e) =>
        (e as Extract<TurnEvent, { method: "turn/started" }>).params.turn.id
      ),
      turns.map((turn) => turn.id),
    );
    assert.equal(events.filter((e) => e.method === "turn/completed").length, 2);
    assert.equal(await text, "turn 1 a;turn 1 b;turn 2 a;turn 2 b;");
    for (const turn of turns) assert.equal((await turn.run()).status, "completed");
    assert.equal(t.model.requests.length, 2, "no turn after the pause");

    // thread.turns() saw the same goal turns (same handles), then this client's own turn.
    const own = await thread.startTurn("after the goal");
    await own.run();
    const reader = seen.getReader();
    const observed: TurnHandle[] = [];
    for (let i = 0; i < 3; i++) observed.push((await reader.read()).value!);
    await reader.cancel();
    assert.deepEqual(observed, [...turns, own]);
    const { goal: read } = await t.codex.request("thread/goal/get", { threadId: thread.id });
    assert.equal(read?.status, "paused");
  });

  it("refuses a goal while a turn runs on the thread", async () => {
    const hold = gate();
    await using t = await startTestCodex({
      responder: () => ({ ...textReply(["..."]), gate: hold.promise }),
      codex: { config: { "features.goals": true } },
    });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const turn = await thread.startTurn("busy");
    await t.model.waitForRequests(1);
    await assert.rejects(thread.startGoal("anything"), ThreadBusyError);
    await assert.rejects(thread.startGoal("  "), TypeError);
    hold.open();
    assert.equal((await turn.run()).status, "completed");
  });
});

describe("thread.turns (turn_registry.ts)", () => {
  it("yields this client's own turns, the same handles startTurn returned", async () => {
    await using t = await startTestCodex({ responder: (req) => textReply(`re: ${req.prompt}`) });
    const thread = await t.codex.startThread({ cwd: t.home.cwd });
    const reader = thread.turns().getReader();
    const first = await thread.startTurn("one");
    await first.run();
    const second = await thread.startTurn("two");
    assert.equal(thread.activeTurn === second || second.settled, true);
    await second.run();
    assert.equal((await reader.read()).value, first);
    assert.equal((await reader.read()).value, second);
    await reader.cancel();
    assert.equal(thread.activeTurn, undefined);
  });
});

describe("turn.result", () => {
  it("holds every item with its content, the final answer and the model's usage", async () => {
    const responder = (req: ScriptedRequest): ScriptedResponse =>
      req.functionCallOutputs.length === 0
        ? {
          steps: [
            { type: "reasoning", text: "Let me look." },
            { type: "functionCall", name: "exec_command", arguments: { cmd: "echo hello-usage" } },
          ],
          usage: { inputTokens: 7, outputTokens: 2 },
        }
        : {
          ...textReply(["The command ", "printed hello-usage."]),
          usage: { inputTokens: 10, outputTokens: 3 },
        };
    await using t = await startTestCodex({ responder });
    const thread = await t.codex.startThread({ cwd: t.home.cwd, approvalPolicy: "untrusted" });
    const turn = await thread.startTurn("run it", {}, {
      serverRequests: {
        "item/commandExecution/requestApproval": () => ({ decision: "accept" }),
      },
    });
    const result = await turn.result();
    assert.equal(result.turn.status, "completed");
    assert.equal(result.turn.id, turn.id);
    assert.deepEqual(result.turn.items, result.items);
    const types = result.items.map((item) => item.type);
    assert.deepEqual(
      types.filter((type) => type !== "userMessage"),
      ["reasoning", "commandExecution", "agentMessage"],
    );
    const command = result.items.find((item) => item.type === "commandExecution");
    assert.ok(command && command.type === "commandExecution");
    assert.equal(command.status, "completed");
    assert.match(command.command, /echo hello-usage/);
    assert.match(command.aggregatedOutput ?? "", /hello-usage/);
    assert.equal(command.exitCode, 0);
    assert.equal(result.finalResponse, "The command printed hello-usage.");
    assert.ok(result.usage, "usage arrived");
    assert.equal(result.usage.last.inputTokens, 10);
    assert.equal(result.usage.last.outputTokens, 3);
    assert.equal(result.usage.last.totalTokens, 13);
    assert.equal(result.usage.total.totalTokens, 7 + 2 + 13);
    // run() gives the same full Turn, not the server's summary.
    assert.deepEqual((await turn.run()).items, result.items);
    // The server's own turn/completed carried a summary without the command.
    const completed = (await collect(turn.stream())).find((e) => e.method === "turn/completed");
    assert.ok(completed && completed.method === "turn/completed");
    assert.ok(completed.params.turn.items.length < result.items.length);
  });
});

describe("a failed turn", () => {
  it("rejects with TurnFailedError whose result holds the items and usage before the failure", async () => {
    const responder = (req: ScriptedRequest): ScriptedResponse =>
      req.functionCallOutputs.length === 0
        ? {
          steps: [
            { type: "functionCall", name: "exec_command", arguments: { cmd: "echo before-fail" } },
          ],
          usage: { inputTokens: 7, outputTokens: 2 },
        }
        : { steps: [{ type: "text", text: "partial" }], fail: { message: "boom" } };
    await using t = await startTestCodex({ responder });
    const thread = await t.codex.startThread({ cwd: t.home.cwd, approvalPolicy: "never" });
    const turn = await thread.startTurn("run it");
    const error = await turn.result().then(
      () => assert.fail("the turn must fail"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof TurnFailedError, String(error));
    assert.equal(error.turn.status, "failed");
    assert.match(error.message, /boom/);
    assert.ok(error.result, "the error carries the result");
    assert.equal(error.result.turn.id, turn.id);
    const command = error.result.items.find((item) => item.type === "commandExecution");
    assert.ok(command && command.type === "commandExecution", "the command before the failure");
    assert.match(command.aggregatedOutput ?? "", /before-fail/);
    assert.deepEqual(error.result.turn.items, error.result.items);
    assert.equal(error.result.usage?.last.inputTokens, 7);
    assert.equal(error.result.usage?.last.outputTokens, 2);
  });
});

describe("resumed thread", () => {
  it("a second client over the WebSocket listener gets the running turn as activeTurn", async () => {
    const hold = gate();
    await using model = await ScriptedModel.start({
      responder: () => ({ ...textReply(["first ", "second ", "third"], 5), gate: hold.promise }),
    });
    const server = await startServer(model, "ws://127.0.0.1:0");
    try {
      const a = await connect(server.address);
      const b = await connect(server.address);
      try {
        const thread = await a.startThread({ cwd: server.home.cwd });
        const turn = await thread.startTurn("hold");
        await model.waitForRequests(1);
        // The turn is under way: the held stream has sent its first delta.
        const firstChunk = (await turn.text().getReader().read()).value;
        assert.equal(firstChunk, "first ");

        const resumed = await b.resumeThread(thread.id);
        const running = resumed.activeTurn;
        assert.ok(running, "the running turn is reachable");
        assert.equal(running.id, turn.id);
        assert.equal(running.threadId, thread.id);
        const rest = textOf(running.text());
        hold.open();
        assert.equal(await rest, "second third");
        const result = await running.result();
        assert.equal(result.turn.status, "completed");
        // Items completed before b joined come from the server.
        assert.equal(result.finalResponse, "first second third");
        assert.deepEqual(
          result.items.map((item) => item.type),
          (await turn.result()).items.map((item) => item.type),
        );
        assert.equal(resumed.activeTurn, undefined);
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await server.stop();
    }
  });
});

describe("thread.turns() at the end of the connection", () => {
  it("ends as done after close(), and fails with TransportClosedError when the connection is lost", async () => {
    const closing = await connectFake();
    const closed = new Thread(closing.client, { id: "th" } as ThreadInfo).turns().getReader();
    await closing.close();
    assert.equal((await closed.read()).done, true);

    const dying = await connectFake();
    const lost = new Thread(dying.client, { id: "th" } as ThreadInfo).turns().getReader();
    await dying.emit([turnStarted("th", "t1")]);
    assert.equal((await lost.read()).value?.id, "t1");
    await dying.client.notify("fake/exit", { code: 3 });
    await assert.rejects(lost.read(), TransportClosedError);
    await dying.close();
  });
});

describe("memory", () => {
  it("1,000 server-started turns on a watched thread leave nothing behind", async () => {
    const fake = await connectFake();
    try {
      const thread = new Thread(fake.client, { id: "th" } as ThreadInfo);
      const registry = Session.of(fake.client).turns;
      // One reader that ignores every handle, one stream that is never read.
      const read = thread.turns();
      const unread = thread.turns({ maxQueued: 5 });
      let count = 0;
      const reading = (async () => {
        for await (const _ of read) if (++count === 1000) break;
      })();
      const lines = [];
      for (let i = 0; i < 1000; i++) {
        lines.push(turnStarted("th", `g${i}`), turnCompleted("th", `g${i}`));
      }
      await fake.emit(lines);
      await reading;
      assert.equal(count, 1000);
      await until(() => registry.size === 0, 5000, "handles released");
      assert.equal(fake.client.router.earlyBufferedTurns, 0);
      // The unread stream kept only its newest five handles and said so.
      const overflow = fake.problems.filter((p) => /dropped/.test(p.error?.message ?? ""));
      assert.equal(overflow.length, 995);
      const reader = unread.getReader();
      const kept: string[] = [];
      for (let i = 0; i < 5; i++) kept.push((await reader.read()).value!.id);
      assert.deepEqual(kept, ["g995", "g996", "g997", "g998", "g999"]);
      await reader.cancel();
    } finally {
      await fake.close();
    }
  });
});
