// GoalHandle.done() over an in-memory app-server that plays the goal's turns by hand, so a
// test can hold a goal turn open across a pause, resume a stopped goal, and have the server
// complete the goal from inside one of its turns.
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import type { GoalHandle } from "../src/api/goal.ts";
import type { Thread } from "../src/api/thread.ts";
import type { TurnHandle } from "../src/api/turn.ts";
import {
  delay,
  describe,
  inMemoryServer,
  it,
  threadInfo,
  threadStartResult,
  within,
} from "./_helpers.ts";

const TH = "th-1";

/** A server that keeps one goal for thread TH and answers the goal requests with it. */
async function goalServer() {
  let goal = {
    threadId: TH,
    objective: "",
    status: "active",
    tokenBudget: null,
    tokensUsed: 0,
    timeUsedSeconds: 0,
    createdAt: 1,
    updatedAt: 1,
  };
  const server = inMemoryServer({
    "thread/start": () => threadStartResult(TH),
    "thread/read": () => ({ thread: threadInfo(TH) }),
    "thread/goal/set": (p: { objective?: string; status: string }) => {
      goal = { ...goal, objective: p.objective ?? goal.objective, status: p.status };
      return { goal };
    },
  });
  const codex = await Codex.start({ transport: server.transport });
  const thread = await codex.startThread();
  return {
    codex,
    thread,
    goalWith: (status: string) => ({ ...goal, status }),
    started: (turnId: string) =>
      server.send({
        method: "turn/started",
        params: {
          threadId: TH,
          turn: { id: turnId, items: [], status: "inProgress", error: null },
        },
      }),
    completed: (turnId: string) =>
      server.send({
        method: "turn/completed",
        params: { threadId: TH, turn: { id: turnId, items: [], status: "completed", error: null } },
      }),
    goalUpdated: (status: string, turnId?: string) =>
      server.send({
        method: "thread/goal/updated",
        params: { threadId: TH, ...(turnId ? { turnId } : {}), goal: { ...goal, status } },
      }),
    async [Symbol.asyncDispose]() {
      await codex.close();
    },
  };
}

/** Watches a promise: `settled` turns true once it has resolved or rejected. */
function watch<T>(promise: Promise<T>): { settled: boolean } {
  const state = { settled: false };
  promise.then(() => (state.settled = true), () => (state.settled = true));
  return state;
}

/** The goal's next turn handle, once the server has started it. */
async function nextTurn(turns: ReadableStreamDefaultReader<TurnHandle>): Promise<TurnHandle> {
  const { value, done } = await within(turns.read(), 3_000, "the goal's next turn");
  assert.ok(!done && value, "the goal has another turn");
  return value;
}

async function startGoal(thread: Thread): Promise<GoalHandle> {
  const goal = await thread.startGoal("keep going");
  assert.equal(goal.goal.status, "active");
  return goal;
}

describe("goal.done()", () => {
  it("stays pending after pause() while the goal's last turn runs, and resolves after its turn/completed", async () => {
    await using s = await goalServer();
    const goal = await startGoal(s.thread);
    const turns = goal.turns().getReader();
    await s.started("g1");
    const turn = await nextTurn(turns);
    assert.equal(turn.id, "g1");

    assert.equal((await goal.pause()).status, "paused");
    await s.goalUpdated("paused");
    const done = goal.done();
    const state = watch(done);
    await delay(50);
    assert.equal(state.settled, false, "done() waits for the running turn");
    assert.equal(turn.settled, false);

    await s.completed("g1");
    const final = await within(done, 3_000, "done() after the last turn completed");
    assert.equal(final.status, "paused");
    assert.equal(turn.settled, true);
    assert.equal((await turns.read()).done, true, "no turn after the pause");
  });

  it("after pause, done and resume, a new done() stays pending until the goal stops again", async () => {
    await using s = await goalServer();
    const goal = await startGoal(s.thread);
    await goal.pause();
    const first = await within(goal.done(), 3_000, "done() of the paused goal");
    assert.equal(first.status, "paused");

    assert.equal((await goal.resume()).status, "active");
    const again = goal.done();
    const state = watch(again);
    // The resumed goal runs a turn; its end is not the goal's end.
    const turns = goal.turns().getReader();
    await s.started("g2");
    const turn = await nextTurn(turns);
    await s.completed("g2");
    await turn.run();
    await delay(50);
    assert.equal(state.settled, false, "the resumed goal is still active");

    await s.goalUpdated("blocked");
    const final = await within(again, 3_000, "done() after the goal stopped again");
    assert.equal(final.status, "blocked");
  });

  it("resolves with complete when the server completes the goal in one of its turns", async () => {
    await using s = await goalServer();
    const goal = await startGoal(s.thread);
    const turns = goal.turns().getReader();
    await s.started("g1");
    const turn = await nextTurn(turns);
    // Names its turn: it travels in that turn's events, not the thread's.
    await s.goalUpdated("complete", "g1");
    await s.completed("g1");
    await turn.run();
    const final = await within(goal.done(), 3_000, "done() of the completed goal");
    assert.equal(final.status, "complete");
    assert.equal(goal.goal.status, "complete");
    assert.equal((await turns.read()).done, true);
    // The thread is free again: no goal of this client owns it.
    await assert.doesNotReject(s.thread.startGoal("next one").then((g) => g.pause()));
  });
});
