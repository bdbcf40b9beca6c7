// The chaos soak (`npm run soak`, not part of `npm test`): 10 threads of 14 turns each
// (120 turns, 20 reviews, 30 approval turns) and 3 goals of two turns each, against the
// real binary behind a proxy that cuts the connection every 0.3-1.5 s. Prints the figures and fails (exit code 1) on any
// violation: a turn whose start was answered but that did not complete with its exact
// answer and the server's full items, more than 2 of 120 starts lost, a start lost other
// than by a cut, a prompt the model saw twice, a command run twice, heap or RSS growing
// between the first and last third, or anything left behind after close().
import process from "node:process";
import { formatSoak, runSoak } from "../tests/_soak.ts";

const started = performance.now();
const report = await runSoak({
  threads: Number(process.env.SOAK_THREADS) || 10,
  turnsPerThread: Number(process.env.SOAK_TURNS) || 14,
  approvalEvery: 4,
  reviewEvery: 7,
  goals: 3,
  cutEveryMs: [300, 1500],
  log: (line) => console.log(line),
});
console.log(formatSoak(report));

const failures = [...report.violations];
const budget = Math.max(2, Math.floor((report.turns + report.lostStarts) / 60));
if (report.lostStarts > budget) {
  failures.push(`${report.lostStarts} starts lost (at most ${budget})`);
}
if (report.duplicatePrompts.length > 0) failures.push("a prompt reached the model twice");
if (report.pendingAfterClose !== 0) failures.push("requests pending after close()");
if (report.goals !== 3) failures.push(`${report.goals} of 3 goals ran and paused`);
// Flat: the last third's medians within 25% (heap, measured after a forced collection when
// run with --expose-gc as npm run soak does; 50% without) and 30% (RSS) of the first third's.
const gc = typeof (globalThis as { gc?: unknown }).gc === "function";
if (report.heapMb[1] > report.heapMb[0] * (gc ? 1.25 : 1.5)) failures.push("heap grew");
if (report.rssMb[1] > report.rssMb[0] * 1.3) failures.push("RSS grew");
// Nothing of the client may keep the process alive after close(): no timers, no sockets.
await new Promise((resolve) => setTimeout(resolve, 200));
const left = process.getActiveResourcesInfo().filter((r) => r !== "TTYWrap" && r !== "PipeWrap");
if (left.length > 0) failures.push(`left after close(): ${left.join(", ")}`);
console.log(
  `soak ${failures.length === 0 ? "passed" : "FAILED"} in ${
    ((performance.now() - started) / 1000).toFixed(1)
  } s`,
);
for (const failure of failures) console.log(`  - ${failure}`);
process.exitCode = failures.length === 0 ? 0 : 1;
