// Sub-agents: a parent turn whose agent spawns a helper agent and waits for it. The parent's
// text and the child's text stream side by side, each labelled; the parent's stream carries
// only its own thread's events.
//
//   deno run -A examples/sub_agents.ts
//   bun examples/sub_agents.ts
//   tsx examples/sub_agents.ts
//
// thread.agents() hands out each sub-agent the thread spawns as a Thread of its own, followed
// from its first event: child.turns() yields every turn it runs, its first included.
import type { Thread, TurnHandle } from "../mod.ts";
import type { ScriptedRequest, ScriptedResponse } from "../testing.ts";
import { connect, say } from "./_connect.ts";

const TASK = "Count the TypeScript files in this folder.";
const ns = "multi_agent_v1";
const fn = (name: string, args: object): ScriptedResponse => ({
  steps: [{ type: "functionCall", namespace: ns, name, arguments: args }],
});

// Offline, the scripted model plays both agents: the parent spawns a child with the task,
// waits for it, and reports; the child (its requests carry `x-openai-subagent`) answers.
const responder = (req: ScriptedRequest): ScriptedResponse => {
  if (req.headers["x-openai-subagent"]) return say("I counted 3 TypeScript files.", 20);
  const outputs = req.functionCallOutputs;
  if (outputs.length === 0) return fn("spawn_agent", { message: TASK });
  if (outputs.length === 1) {
    return fn("wait_agent", { targets: [JSON.parse(outputs[0].output).agent_id] });
  }
  return say("My helper counted 3 TypeScript files.", 20);
};

await using conn = await connect({ responder });
const parent = await conn.codex.startThread({ cwd: conn.cwd });

/** Prints a turn's text as it streams, each line labelled. */
async function show(label: string, turn: TurnHandle): Promise<void> {
  let line = "";
  for await (const chunk of turn.text()) line += chunk;
  console.log(`[${label}] ${line}`);
  console.log(`[${label}] turn ${(await turn.result()).turn.status}`);
}

// Open agents() before the turn that spawns: each child is handed out as soon as it is known.
const children: Promise<void>[] = [];
const watching = (async () => {
  for await (const child of parent.agents()) {
    const label = `child ${child.nickname ?? child.id}`;
    console.log(`[parent] spawned ${label} (parent ${child.parentThreadId === parent.id})`);
    children.push(followChild(label, child));
  }
})();

async function followChild(label: string, child: Thread): Promise<void> {
  // Only the child's first turn here; a child can run more (send_input), and turns() ends
  // when the child is closed.
  for await (const turn of child.turns()) {
    await show(label, turn);
    break;
  }
}

const turn = await parent.startTurn(
  `Spawn a helper agent for this task, wait for it, then report: ${TASK}`,
);
const own = turn.stream().getReader();
let foreign = 0;
for (let r = await own.read(); !r.done; r = await own.read()) {
  const threadId = (r.value.params as { threadId?: string }).threadId;
  if (threadId !== undefined && threadId !== parent.id) foreign++;
}
await show("parent", turn);
await Promise.all(children);
console.log(`events of other threads in the parent's turn: ${foreign}`);
await conn.close();
await watching;
