// The chaos soak, short: a few threads of turns, approvals, reviews and a goal against the real
// binary behind a proxy that cuts the connection every 0.2-0.6 s (see tests/_soak.ts;
// `npm run soak` is the long run). Every answered start completes with its exact answer
// and the server's full items, no prompt reaches the model twice, nothing is left pending.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { formatSoak, runSoak } from "./_soak.ts";

describe("the chaos soak (short)", () => {
  it("turns, approvals and reviews under random cuts: nothing lost, nothing twice", async () => {
    const report = await runSoak({
      threads: 3,
      turnsPerThread: 8,
      approvalEvery: 3,
      reviewEvery: 4,
      goals: 1,
      cutEveryMs: [200, 600],
    });
    const summary = formatSoak(report);
    assert.deepEqual(report.violations, [], summary);
    assert.deepEqual(report.duplicatePrompts, [], summary);
    assert.ok(report.lostStarts <= 1, summary);
    assert.ok(report.cuts >= 3, `too few cuts to mean anything:\n${summary}`);
    assert.ok(report.reconnects >= 1 && report.reconnects <= report.cuts, summary);
    assert.equal(report.turns + report.lostStarts, 18, summary);
    assert.equal(report.pendingAfterClose, 0, summary);
    assert.equal(report.goals, 1, summary);
    assert.equal(report.goalTurns, 2, summary);
  });
});
