// TurnHandle over an in-memory app-server: what each of its views of the events yields.
import assert from "node:assert/strict";
import { Codex } from "../src/api/codex.ts";
import { collect, describe, inMemoryServer, it, threadStartResult } from "./_helpers.ts";

const TH = "th-1";
const TU = "tu-1";
const item = (method: string, extra: Record<string, unknown>) => ({
  method,
  params: { threadId: TH, turnId: TU, itemId: "i", ...extra },
});

describe("TurnHandle.text()", () => {
  it("yields only agent-message deltas, also when reasoning and command output stream too", async () => {
    const server = inMemoryServer({
      "thread/start": () => threadStartResult(TH),
      "turn/start": () => ({ turn: { id: TU, items: [], status: "inProgress", error: null } }),
    });
    await using codex = await Codex.start({ transport: server.transport });
    const thread = await codex.startThread();
    const turn = await thread.startTurn("go");
    // One reader waits before any event exists; another comes after the turn ended.
    const early = collect(turn.text());
    const all = collect(turn.stream());
    const events = [
      { method: "turn/started", params: { threadId: TH, turn: { id: TU, items: [] } } },
      item("item/reasoning/textDelta", { delta: "thinking", contentIndex: 0 }),
      item("item/reasoning/summaryTextDelta", { delta: "summary", summaryIndex: 0 }),
      item("item/agentMessage/delta", { delta: "Hel" }),
      item("item/commandExecution/outputDelta", { delta: "$ ls\n" }),
      item("item/fileChange/outputDelta", { delta: "patched" }),
      item("item/plan/delta", { delta: "step 1" }),
      item("item/agentMessage/delta", { delta: "lo" }),
      {
        method: "turn/completed",
        params: { threadId: TH, turn: { id: TU, items: [], status: "completed", error: null } },
      },
    ];
    for (const event of events) await server.send(event);
    assert.deepEqual(await early, ["Hel", "lo"]);
    assert.deepEqual(await collect(turn.text()), ["Hel", "lo"]);
    assert.deepEqual(
      (await all).map((e) => e.method),
      events.map((e) => e.method),
    );
    assert.equal((await turn.run()).status, "completed");
  });
});
