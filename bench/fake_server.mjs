#!/usr/bin/env node
// The benchmarks' fake app-server: speaks JSONL on stdio like the real one and produces
// turn traffic as fast as the pipe takes it. Message shapes are copied from a recording
// of the real 0.169.0 server (tests/fixtures/text_turn.jsonl), so "lenient" validation does
// the same work it would do on real traffic.
//
// Two modes, chosen by the client:
// - Firehose. At startup the whole output is built in memory from FIREHOSE_TURNS and
//   FIREHOSE_MESSAGES (env), so building it is never timed. The notification
//   `bench/firehose` writes it: MESSAGES notifications spread evenly over TURNS turns with
//   the ids of `turnId(i)`, interleaved round-robin so all turns are open at once. Each
//   turn is turn/started, item/started, deltas..., item/completed, turn/completed. In this
//   mode `turn/start` answers with the firehose's turn ids in order and sends nothing else,
//   so the high-level API can claim the turns before the firehose starts.
// - Auto turns. `thread/start` and `turn/start` are answered like the real server; after
//   each `turn/start` answer the turn's notifications follow (AUTO_DELTAS deltas, default
//   8). Used by the memory benchmark through the high-level API.
import { Buffer } from "node:buffer";
import process from "node:process";
import { readJsonLines } from "../tests/_jsonl_stdin.mjs";

const THREAD = "00000000-0000-0000-0000-000000000002";
const T0 = 1767225600;
const out = process.stdout;

/** Fixed-width turn ids, so every N writes lines of the same length. */
const turnId = (i) => `00000000-0000-0000-0001-${String(i).padStart(12, "0")}`;

const turnObject = (id, status, items) => ({
  id,
  rootTurnId: id,
  items,
  itemsView: status === "inProgress" ? "notLoaded" : "summary",
  status,
  error: null,
  startedAt: T0,
  completedAt: status === "inProgress" ? null : T0,
  durationMs: status === "inProgress" ? null : 0,
});
const agentItem = (text, done) => ({
  type: "agentMessage",
  moderation: null,
  id: "msg_1_0",
  text,
  phase: null,
  memoryCitation: null,
  delivery: null,
  questions: null,
  startedAtMs: T0 * 1000,
  completedAtMs: done ? T0 * 1000 : null,
});
const line = (method, params) => JSON.stringify({ method, params, emittedAtMs: T0 * 1000 }) + "\n";

/** The `index`-th of `count` notifications of one turn (count >= 5). */
function turnMessage(threadId, id, index, count) {
  if (index === 0) {
    return line("turn/started", { threadId, turn: turnObject(id, "inProgress", []) });
  }
  if (index === 1) {
    return line("item/started", {
      item: agentItem("", false),
      threadId,
      turnId: id,
      startedAtMs: T0 * 1000,
    });
  }
  const text = "Hello, world! ".repeat(2);
  if (index === count - 2) {
    return line("item/completed", {
      item: agentItem(text, true),
      threadId,
      turnId: id,
      contentTokenCount: null,
      completedAtMs: T0 * 1000,
    });
  }
  if (index === count - 1) {
    return line("turn/completed", {
      threadId,
      turn: turnObject(id, "completed", [agentItem(text, true)]),
    });
  }
  return line("item/agentMessage/delta", {
    threadId,
    turnId: id,
    itemId: "msg_1_0",
    delta: "Hello, world! ",
  });
}

const write = (data) =>
  new Promise((resolve) => {
    if (!out.write(data)) out.once("drain", resolve);
    else resolve();
  });

/** Builds the firehose as ~1 MiB buffers. */
function buildFirehose(turns, messages) {
  const perTurn = Math.floor(messages / turns);
  if (perTurn < 5) throw new Error(`need at least 5 messages per turn, got ${perTurn}`);
  const chunks = [];
  let parts = [];
  let size = 0;
  for (let k = 0; k < perTurn; k++) {
    for (let t = 0; t < turns; t++) {
      const text = turnMessage(THREAD, turnId(t), k, perTurn);
      parts.push(text);
      size += text.length;
      if (size >= 1 << 20) {
        chunks.push(Buffer.from(parts.join("")));
        parts = [];
        size = 0;
      }
    }
  }
  if (parts.length) chunks.push(Buffer.from(parts.join("")));
  return { chunks, perTurn };
}

const firehoseTurns = Number(process.env.FIREHOSE_TURNS ?? 0);
const firehose = firehoseTurns > 0
  ? buildFirehose(firehoseTurns, Number(process.env.FIREHOSE_MESSAGES ?? 0))
  : undefined;

async function sendFirehose() {
  for (const chunk of firehose.chunks) await write(chunk);
}

const autoDeltas = Number(process.env.AUTO_DELTAS ?? 8);
let nextThread = 0;
let nextTurn = 0;

function threadResult(id) {
  return {
    thread: {
      id,
      environments: [],
      extra: null,
      sessionId: id,
      forkedFromId: null,
      attachedToThreadId: null,
      parentThreadId: null,
      preview: "",
      ephemeral: false,
      section: null,
      sectionEnteredAt: null,
      projectId: null,
      historyMode: "paginated",
      modelProvider: "mock",
      model: "mock-model",
      reasoningEffort: null,
      createdAt: T0,
      updatedAt: T0,
      recencyAt: T0,
      status: { type: "idle" },
      path: null,
      cwd: "/tmp",
      cliVersion: "0.169.0",
      originator: "bench",
      source: "vscode",
      canAcceptDirectInput: true,
      threadSource: null,
      agentNickname: null,
      agentRole: null,
      gitInfo: null,
      name: null,
      daybreakEnabled: null,
      turns: [],
    },
    model: "mock-model",
    modelProvider: "mock",
    serviceTier: null,
    disabledPluginIds: [],
    cwd: "/tmp",
    runtimeWorkspaceRoots: ["/tmp"],
    instructionSources: [],
    approvalPolicy: "on-request",
    approvalsReviewer: "user",
    sandbox: { type: "readOnly", networkAccess: false },
    activePermissionProfile: { id: ":read-only", extends: null },
    reasoningEffort: null,
    multiAgentMode: "explicitRequestOnly",
  };
}

function onRequest(msg) {
  const reply = (result) => JSON.stringify({ id: msg.id, result }) + "\n";
  switch (msg.method) {
    case "initialize":
      return write(reply({
        userAgent: "bench_fake_server/0.169.0",
        codexHome: "/tmp/bench-codex-home",
        platformFamily: "unix",
        platformOs: "linux",
      }));
    case "thread/start": {
      const id = `00000000-0000-0000-0002-${String(nextThread++).padStart(12, "0")}`;
      return write(reply(threadResult(id)));
    }
    case "turn/start": {
      if (firehose) {
        // The firehose's turns: answered in order, their events come with bench/firehose.
        const id = turnId(nextTurn++);
        return write(reply({ turn: turnObject(id, "inProgress", []) }));
      }
      const id = `00000000-0000-0000-0003-${String(nextTurn++).padStart(12, "0")}`;
      const threadId = msg.params?.threadId ?? THREAD;
      const count = autoDeltas + 4;
      let text = reply({ turn: turnObject(id, "inProgress", []) });
      for (let k = 0; k < count; k++) text += turnMessage(threadId, id, k, count);
      return write(text);
    }
    default:
      return write(reply({}));
  }
}

let chain = Promise.resolve();
readJsonLines((msg) => {
  if (msg.method === undefined) return;
  if (msg.id !== undefined) chain = chain.then(() => onRequest(msg));
  else if (msg.method === "bench/firehose") chain = chain.then(sendFirehose);
});
