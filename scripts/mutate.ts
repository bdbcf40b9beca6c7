// Mutation audit: applies one named mutation at a time to a temporary copy of the repo,
// runs the Node tests that should notice it, and prints which mutations the suite kills
// (some test fails or times out) and which survive (every test still passes). The working
// tree is never modified. Not part of `npm test`; record its result in docs/testing.md.
//
//   tsx scripts/mutate.ts                 every mutation
//   tsx scripts/mutate.ts NAME...         only these (see the table below)
//   tsx scripts/mutate.ts --list          the table, and whether each search text is found
//
// Each mutation names a file, an exact search text (it must occur exactly once in that
// file, else the mutation is reported "stale" and the run fails: update the table when the
// source changes) and its replacement, and the test files (optionally a name pattern) to
// run (each set once unmutated first: it must pass). Exit code 0 only when every mutation
// is killed.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

interface Mutation {
  /** Short name, used on the command line and in the report. */
  name: string;
  /** What the mutation breaks, in words. */
  breaks: string;
  file: string;
  search: string;
  replace: string;
  /** Test files to run. */
  tests: string[];
  /** Only tests whose name matches (node --test-name-pattern). */
  pattern?: string;
}

const ROUTER = "src/router/message_router.ts";
const EARLY = "src/router/early_buffer.ts";
const ROUTES = "src/router/routes.ts";
const STREAMS = "src/router/stream_table.ts";
const PENDING = "src/router/pending_requests.ts";
const SERVER_REQUESTS = "src/router/server_requests.ts";
const ROUTER_TESTS = ["tests/router.test.ts"];

// One table: when a search text goes stale after a change to src/, update it here.
const MUTATIONS: Mutation[] = [
  // ── router ────────────────────────────────────────────────────────────────────────────
  {
    name: "route-by-thread-id",
    breaks: "notifications are routed by thread id instead of turn id",
    file: ROUTES,
    search: "return route ? pick(params, route.turnId) :",
    replace: "return route ? pick(params, route.threadId) :",
    tests: ROUTER_TESTS,
  },
  {
    name: "unknown-methods-unrouted",
    breaks: "a notification method the tables do not know reaches no turn",
    file: ROUTES,
    search: ': pick(params, "turnId") ?? pick(params, "turn.id");',
    replace: ": undefined;",
    tests: ROUTER_TESTS,
  },
  {
    name: "evicted-turn-rebuffered",
    breaks: "late events of a turn evicted from the early buffer start a new buffer",
    file: STREAMS,
    search: "if (this.#done.has(id) || this.#early.isEvicted(id)) return false;",
    replace: "if (this.#done.has(id)) return false;",
    tests: ROUTER_TESTS,
  },
  {
    name: "early-byte-cap-ignored",
    breaks: "the early buffer's maxBytesPerTurn is not enforced",
    file: EARLY,
    search: "entry.bytes > this.#limits.maxBytesPerTurn",
    replace: "false",
    tests: ROUTER_TESTS,
  },
  {
    name: "early-event-cap-ignored",
    breaks: "the early buffer's maxEventsPerTurn is not enforced",
    file: EARLY,
    search: "entry.events.length >= this.#limits.maxEventsPerTurn ||",
    replace: "",
    tests: ROUTER_TESTS,
  },
  {
    name: "early-completion-lost",
    breaks: "a turn completed before it was claimed never ends",
    file: EARLY,
    search: "completed: entry.completedAt !== null",
    replace: "completed: false",
    tests: ROUTER_TESTS,
  },
  {
    name: "tap-overflow-ignored",
    breaks: "a notifications() reader past maxTapQueue keeps growing instead of failing",
    file: "src/router/subscribers.ts",
    search: "if ((tap.desiredSize ?? 0) <= -this.#maxTapQueue) {",
    replace: "if (false) {",
    tests: ROUTER_TESTS,
  },
  {
    name: "strict-result-resolves",
    breaks: "strict validation reports an invalid result and resolves instead of rejecting",
    file: PENDING,
    search: 'if (this.#validation === "strict") {',
    replace: "if (false) {",
    tests: ROUTER_TESTS,
  },
  {
    name: "strict-notification-passes",
    breaks: "strict validation lets an invalid turn notification through",
    file: ROUTER,
    search: 'if (invalid && this.#validation === "strict") {',
    replace: "if (false) {",
    tests: ROUTER_TESTS,
  },
  {
    name: "withdrawn-resolved-lost",
    breaks: "the serverRequest/resolved of a withdrawn approval does not reach its turn",
    file: SERVER_REQUESTS,
    search: "return open.turnId;",
    replace: "return undefined;",
    tests: ROUTER_TESTS,
  },
  {
    name: "answered-resolved-lost",
    breaks: "the serverRequest/resolved of an answered approval does not reach its turn",
    file: SERVER_REQUESTS,
    search: "setBounded(this.#resolvedTurns, id, entry.turnId, RESOLVED_IDS_CAP);",
    replace: "",
    tests: ROUTER_TESTS,
  },
  {
    name: "withdrawal-not-aborted",
    breaks: "a withdrawn server request does not abort its handler's signal",
    file: SERVER_REQUESTS,
    search: 'open.controller.abort(new AbortError("server request", "withdrawn by the server"));',
    replace: "",
    tests: ROUTER_TESTS,
  },
  {
    name: "request-timeout-ignored",
    breaks: "requests never time out",
    file: PENDING,
    search: "if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {",
    replace: "if (false) {",
    tests: ROUTER_TESTS,
  },
  {
    name: "late-response-reported",
    breaks: "the late response to a timed-out or aborted request is reported as a problem",
    file: PENDING,
    search: "if (id !== null && this.#forgotten.delete(id)) return;",
    replace: "",
    tests: ROUTER_TESTS,
  },
  {
    name: "shutdown-leaves-turns-open",
    breaks: "a closed transport does not fail the open turns",
    file: STREAMS,
    search: "endStream({ close, fail: (e) => sink.fail(e) }, error, deliberate);",
    replace: "",
    tests: ROUTER_TESTS,
  },
  // ── turn stream, turn, thread ─────────────────────────────────────────────────────────
  {
    name: "branch-starts-late",
    breaks: "a consumer taken late misses the turn's earlier events",
    file: "src/router/turn_stream.ts",
    search: "const cursor: Cursor = { index: 0, controller: undefined!, select };",
    replace:
      "const cursor: Cursor = { index: this.#events.length, controller: undefined!, select };",
    tests: ROUTER_TESTS,
  },
  {
    name: "waiting-branch-unfiltered",
    breaks: "a waiting selecting branch (text()) is given events its select skips",
    file: "src/router/turn_stream.ts",
    search: "const value = cursor.select ? cursor.select(event) : event;",
    replace: "const value = event;",
    tests: ["tests/router.test.ts", "tests/turn.test.ts"],
  },
  {
    name: "text-unfiltered",
    breaks: "text() yields reasoning and command-output deltas too",
    file: "src/api/turn.ts",
    search: 'if (e.method !== "item/agentMessage/delta") return undefined;',
    replace: "",
    tests: ["tests/turn.test.ts"],
  },
  {
    name: "abort-racing-turn-start-forgotten",
    breaks: "an abort that races the turn/start response does not interrupt the turn",
    file: "src/api/thread.ts",
    search: "if (signal?.aborted) interruptQuietly(handle);",
    replace: "",
    tests: ["tests/thread.test.ts", "tests/e2e.test.ts"],
    pattern: "races",
  },
  {
    name: "schema-header-kept",
    breaks: "the structured-output schema is sent with its $schema header",
    file: "src/api/structured.ts",
    search: "return rest;",
    replace: "return json;",
    tests: ["tests/structured.test.ts"],
  },
  {
    name: "pool-no-failover",
    breaks: "a thread whose endpoint dies during thread/start is not placed on another",
    file: "src/api/pool.ts",
    search: "if (error instanceof TransportClosedError && !this.#closing) continue;",
    replace: "",
    tests: ["tests/pool.test.ts"],
    pattern: "dies",
  },
  // ── transport ─────────────────────────────────────────────────────────────────────────
  {
    name: "close-never-kills",
    breaks: "close() gives up after SIGTERM on a process that ignores it",
    file: "src/transport/_process.ts",
    search: 'child.kill("SIGKILL");',
    replace: "",
    tests: ["tests/transport.test.ts"],
    pattern: "close\\(\\)",
  },
  {
    name: "insecure-remote-allowed",
    breaks: "plain ws:// to a host that is not loopback is not refused",
    file: "src/transport/websocket.ts",
    search:
      'parsed.protocol === "ws:" && !isLoopbackHost(parsed.hostname) && !options.allowInsecureRemote',
    replace: "false",
    tests: ["tests/websocket.test.ts"],
    pattern: "connect policy",
  },
  {
    name: "ws-oversized-kept",
    breaks: "an oversized WebSocket message is passed on instead of skipped",
    file: "src/transport/ws_transport.ts",
    search: "if (text.length > max) {",
    replace: "if (false) {",
    tests: ["tests/websocket.test.ts"],
    pattern: "connect policy",
  },
  {
    name: "ws-close-handshake-waits",
    breaks: "close() never gives up on a missing closing handshake",
    file: "src/transport/ws_transport.ts",
    search: "if (!ended) {\n        dropSocket(socket);",
    replace: "if (false) {\n        dropSocket(socket);",
    tests: ["tests/websocket.test.ts"],
    pattern: "connect policy|closing handshake",
  },
  {
    name: "ws-403-unexplained",
    breaks: "an HTTP 403 upgrade refusal is not explained",
    file: "src/transport/websocket.ts",
    search: "if (status === 403) {",
    replace: "if (false) {",
    tests: ["tests/websocket.test.ts"],
    pattern: "connect policy",
  },
  {
    name: "ws-readyz-skipped",
    breaks: "a refusal without a status no longer asks /readyz whether the server is up",
    file: "src/transport/websocket.ts",
    search: "const up = await readyz(url);",
    replace: "const up = false;",
    tests: ["tests/websocket.test.ts"],
    pattern: "connect policy",
  },
  {
    name: "unix-symlink-not-followed",
    breaks: "unixSocket() dials a long symlink itself instead of the socket it points to",
    file: "src/transport/unix.ts",
    search: "const target = await realpath(path).catch(() => path);",
    replace: "const target = path;",
    tests: ["tests/websocket.test.ts"],
    pattern: "unixSocket paths",
  },
  // ── wire ──────────────────────────────────────────────────────────────────────────────
  {
    name: "crlf-kept",
    breaks: "a \\r\\n line ending leaves the \\r on the message",
    file: "src/wire/json_line_stream.ts",
    search: 'if (line.endsWith("\\r")) line = line.slice(0, -1);',
    replace: "",
    tests: ["tests/transport.test.ts"],
  },
  {
    name: "line-cap-ignored",
    breaks: "an over-long line is kept instead of skipped",
    file: "src/wire/json_line_stream.ts",
    search: "if (this.#length > this.#max) {",
    replace: "if (false) {",
    tests: ["tests/transport.test.ts"],
  },
  {
    name: "request-taken-for-notification",
    breaks: "a server request (with an id) is parsed as a notification",
    file: "src/wire/message.ts",
    search: 'if (m.id === undefined) return { kind: "notification", method, params: m.params };',
    replace: 'return { kind: "notification", method, params: m.params };',
    tests: ROUTER_TESTS,
  },
  {
    name: "malformed-error-member-ignored",
    breaks: "a response whose error member is not a JSON-RPC error leaves its request waiting",
    file: "src/wire/message.ts",
    search: "if (isId(m.id) && error !== undefined && error !== null) {",
    replace: "if (false) {",
    tests: ["tests/failure_model.test.ts"],
    pattern: "error member",
  },
  {
    name: "lenient-refuses-new-enum-values",
    breaks: "lenient validation reports an enum value a newer server added",
    file: "src/wire/validate.ts",
    search: 'case "picklist":\n      return typeof issue.input === "string";',
    replace: 'case "picklist":\n      return false;',
    tests: ["tests/fixtures.test.ts"],
  },
  // ── every turn, whoever started it; reconnecting ─────────────────────────────────────────
  {
    name: "watched-turn-left-unclaimed",
    breaks: "a turn another party starts on a watched thread gets no handle",
    file: "src/router/turn_table.ts",
    search: "if (!watcher) return undefined;",
    replace: "return undefined;",
    tests: ["tests/turns.test.ts"],
    pattern: "1,000",
  },
  {
    name: "ended-handles-kept",
    breaks: "the registry keeps the handle of every ended turn (unbounded memory)",
    file: "src/api/turn_registry.ts",
    search: "if ((this.#threads.get(threadId)?.starts ?? 0) === 0) this.#live.delete(turnId);",
    replace: "",
    tests: ["tests/turns.test.ts"],
    pattern: "1,000",
  },
  {
    name: "review-started-elsewhere",
    breaks: "a review's own turn/started does not reach the review turn",
    file: "src/router/turn_table.ts",
    search: "rootThread === threadId) return root;",
    replace: "rootThread === threadId) return turnId;",
    tests: ["tests/turns.test.ts"],
    pattern: "review turn of uncommitted",
  },
  {
    name: "result-keeps-summary",
    breaks: "result().turn is turn/completed's summary instead of every completed item",
    file: "src/api/turn.ts",
    search: 'turn: { ...completed, items, itemsView: "full" },',
    replace: "turn: completed,",
    tests: ["tests/turns.test.ts"],
    pattern: "holds every item",
  },
  {
    name: "drop-ends-everything",
    breaks: "an unexpected drop shuts the client down although a reconnect policy is set",
    file: ROUTER,
    search: "if (this.#closing || !this.#onLost) {",
    replace: "if (true) {",
    tests: ["tests/reconnect.test.ts"],
    pattern: "three held turns",
  },
  {
    name: "gap-unmarked",
    breaks: "a turn that lived through a reconnect has no connection/gap event",
    file: "src/api/reconnect.ts",
    search: '    link.pushToTurn(handle.id, {\n      method: "connection/gap",',
    replace: '    void ({\n      method: "connection/gap",',
    tests: ["tests/reconnect.test.ts"],
    pattern: "three held turns",
  },
  // ── i22b: outgoing fragments, spawn failures, goals and approvals across a cut ───────────
  {
    name: "unix-fragments-all-text",
    breaks: "a message over the Unix socket's frame limit goes out as Text frames only",
    file: "src/transport/unix.ts",
    search: "offset === 0 ? Opcode.Text : Opcode.Continuation,",
    replace: "Opcode.Text,",
    tests: ["tests/websocket.test.ts"],
    pattern: "Continuation frames",
  },
  {
    name: "unix-fragments-all-fin",
    breaks: "every fragment of a long message on the Unix socket carries FIN",
    file: "src/transport/unix.ts",
    search: "end === payload.length,",
    replace: "true,",
    tests: ["tests/websocket.test.ts"],
    pattern: "Continuation frames",
  },
  {
    name: "spawn-failure-raw",
    breaks: "a spawn failure on Node is reported in the runtime's words (no cause spelled out)",
    file: "src/transport/node.ts",
    search: "reason: spawnFailureReason(options.command, err, options.cwd),",
    replace: "reason: err.message,",
    tests: ["tests/transport.test.ts"],
    pattern: "cannot be started|cannot start",
  },
  {
    name: "spawn-interpreter-unexplained",
    breaks: "a script whose #! interpreter is missing is reported as a missing file",
    file: "src/transport/_spawn_failure.ts",
    search: "} else if (exists(command)) {",
    replace: "} else if (false) {",
    tests: ["tests/transport.test.ts"],
    pattern: "cannot be started|cannot start",
  },
  {
    name: "pipes-kept-after-close",
    breaks: "close() goes on reading pipes a process the app-server spawned holds open",
    file: "src/transport/_process.ts",
    search: "      if (child.releasePipes) child.releasePipes();\n      else stdio.abort();",
    replace: "",
    tests: ["tests/failure_model.test.ts"],
    pattern: "does not keep this program alive",
  },
  {
    name: "bounded-wait-timer-leaked",
    breaks: "a bounded wait leaves its timer pending after what it waited for settled",
    file: "src/_timing.ts",
    search: "    clearTimeout(timer);\n  }\n}",
    replace: "  }\n}",
    tests: ["tests/transport.test.ts"],
    pattern: "leaves nothing",
  },
  {
    name: "gap-turns-left-unknown",
    breaks:
      "a turn that ran entirely while cut off becomes a turn that never ends after the resume",
    file: "src/api/reconnect.ts",
    search: "} else if ((turn.completedAt ?? since) >= since) {",
    replace: "} else if (false) {",
    tests: ["tests/reconnect_goal.test.ts"],
    pattern: "entirely while cut off",
  },
  {
    name: "goal-resume-snapshot-ignored",
    breaks: "a goal paused while disconnected is not seen in the resume's snapshot: done() hangs",
    file: "src/api/goal.ts",
    search: 'if (n.method === "thread/goal/updated") {',
    replace: "if (false) {",
    tests: ["tests/reconnect_goal.test.ts"],
    pattern: "paused by another client",
  },
  {
    name: "goal-cleared-unchecked",
    breaks: "a thread/goal/cleared (as a resume may send) ends a goal the server still has active",
    file: "src/api/goal.ts",
    search: 'else if (n.method === "thread/goal/cleared") void this.#onCleared();',
    replace: 'else if (n.method === "thread/goal/cleared") this.#stop();',
    tests: ["tests/reconnect_goal.test.ts"],
    pattern: "told it was cleared",
  },
  {
    name: "cut-off-approval-answered",
    breaks: "the late answer of an approval handler cut off by a reconnect is sent",
    file: "src/router/server_requests.ts",
    search: "if (!entry || context.signal.aborted) return;",
    replace: "if (!entry) return;",
    tests: ["tests/reconnect_goal.test.ts"],
    pattern: "answered exactly once",
  },
  // ── codex-sdk drop-in (src/compat/) ─────────────────────────────────────────────────────
  {
    name: "compat-keepalive-kept",
    breaks: "an idle shared app-server keeps a finished script alive",
    file: "src/compat/shared_server.ts",
    search: "if (--this.#active === 0) this.#transport?.setKeepAlive?.(false);",
    replace: "--this.#active;",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "never closes anything",
  },
  {
    name: "compat-pipes-not-unrefd",
    breaks: "setKeepAlive(false) leaves the child and its pipes holding the event loop",
    file: "src/transport/node.ts",
    search: "for (const handle of [child, child.stdin, child.stdout, child.stderr]) {",
    replace: "for (const handle of [] as unknown[]) {",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "never closes anything",
  },
  {
    name: "compat-servers-not-shared",
    breaks: "each Codex spawns its own app-server, so another instance cannot resume a thread",
    file: "src/compat/shared_server.ts",
    search: "if (existing && !existing.#closed) {",
    replace: "if (existing && false) {",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "resumes a thread",
  },
  {
    name: "compat-usage-cumulative",
    breaks: "turn.completed reports the thread's running total instead of the turn's tokens",
    file: "src/compat/events.ts",
    search: "Math.max(0, (total?.[key] ?? 0) - (base?.[key] ?? 0));",
    replace: "Math.max(0, total?.[key] ?? 0);",
    tests: ["tests/codex_sdk_events.test.ts"],
  },
  {
    name: "compat-todo-left-open",
    breaks: "the to-do list item is never completed at the end of the turn",
    file: "src/compat/events.ts",
    search: "    if (this.#todo) {\n      out.push(",
    replace: "    if (this.#todo && false) {\n      out.push(",
    tests: ["tests/codex_sdk_events.test.ts"],
  },
  {
    name: "compat-warnings-dropped",
    breaks: "server warnings no longer become error items",
    file: "src/compat/thread.ts",
    search: 'if (value.method === "warning") {',
    replace: 'if (value.method === "no-warning") {',
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "streams the same events",
  },
  {
    name: "compat-images-dropped",
    breaks: "local_image inputs are not sent",
    file: "src/compat/options.ts",
    search: 'else if (part?.type === "local_image") images.push(',
    replace: 'else if (part?.type === "no_image") images.push(',
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "streams the same events",
  },
  {
    name: "compat-config-not-flattened",
    breaks: "nested config objects go out as inline tables instead of dotted keys",
    file: "src/compat/options.ts",
    search: "if (isPlainObject(child)) walk(child, path);",
    replace: "if (isPlainObject(child) && false) walk(child, path);",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "maps config",
  },
  {
    name: "compat-git-check-skipped",
    breaks: "a working directory outside git runs without skipGitRepoCheck",
    file: "src/compat/thread.ts",
    search: "if (this.#options.skipGitRepoCheck) return;",
    replace: "return;",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "refuses a working directory",
  },
  {
    name: "compat-approval-default-kept",
    breaks: "threads run with the server's approval policy instead of exec's never",
    file: "src/compat/thread.ts",
    search: '{ approvalPolicy: "never" as const }',
    replace: "{}",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "thread options",
  },
  {
    name: "compat-abort-ends-quietly",
    breaks: "an aborted run ends without rejecting",
    file: "src/compat/thread.ts",
    search: 'if (next === ABORTED) throw new AbortError("run", signal?.reason);',
    replace: "if (next === ABORTED) break;",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "signal",
  },
  {
    name: "compat-failed-turn-resolves",
    breaks: "run() resolves when the turn failed",
    file: "src/compat/thread.ts",
    search: "if (failure !== undefined) throw new CodexError(failure);",
    replace: "void failure;",
    tests: ["tests/codex_sdk.test.ts"],
    pattern: "failed turn",
  },
  {
    name: "compat-type-renamed",
    breaks: "a field of the official Turn type is renamed (the README examples stop compiling)",
    file: "src/compat/types.ts",
    search: "  finalResponse: string;\n  usage: Usage | null;",
    replace: "  finalAnswer: string;\n  usage: Usage | null;",
    tests: ["tests/codex_sdk_readme.test.ts"],
  },
  // ── streams other than turns (commands, processes, watches, searches, logins) ─────────
  {
    name: "stream-event-unrouted",
    breaks: "a stream's notification never reaches the handle that owns its id",
    file: STREAMS,
    search: "return table.deliver(id, undefined, event, size, route.ends === true);",
    replace: "return true;",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-unowned-kept",
    breaks: "events of client-chosen ids nobody owns are early-buffered",
    file: STREAMS,
    search: "if (!route.keepUnclaimed && !table.isClaimed(id)) return false;",
    replace: "",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-login-not-kept",
    breaks: "a login completion that came before the answer is dropped, not replayed",
    file: STREAMS,
    search: "if (!route.keepUnclaimed && !table.isClaimed(id)) return false;",
    replace: "if (!table.isClaimed(id)) return false;",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-second-claim",
    breaks: "a second claim of a stream id silently takes the stream from its owner",
    file: STREAMS,
    search: "if (table.isClaimed(id)) throw new ProtocolError(`${key} ${id} is in use already`);",
    replace: "",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-sink-throw-escapes",
    breaks: "a stream sink that throws takes the read loop (and every other stream) down",
    file: STREAMS,
    search: "      this.#report(new ProtocolError(`the sink of ${route.key} ${id} threw`",
    replace:
      "      throw error;\n      this.#report(new ProtocolError(`the sink of ${route.key} ${id} threw`",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-release-ignored",
    breaks: "an ended handle keeps its stream id claimed (and its events routed) forever",
    file: STREAMS,
    search: "    this.#tables.get(key)?.release(id, sink);",
    replace: "",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "stream-survives-loss",
    breaks: "connection-scoped streams wait forever after the connection is lost",
    file: ROUTER,
    search: "this.#streams.failAll(this.#lost);",
    replace: "",
    tests: ["tests/streams.test.ts"],
    pattern: "belong to their connection",
  },
  {
    name: "stream-log-unbounded",
    breaks: "a stream's event log keeps every event however far behind its consumers are",
    file: "src/api/_event_log.ts",
    search: "if (this.#events.length > this.#cap) {",
    replace: "if (false) {",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "command-output-mid-stream",
    breaks: "a late consumer of a command's output silently starts mid-stream",
    file: "src/api/_event_log.ts",
    search: "index: this.#fromStart ? 0 : this.#base,",
    replace: "index: this.#base,",
    tests: ["tests/streams.test.ts"],
    pattern: "falls behind",
  },
  {
    name: "command-stdin-closed",
    breaks: "codex.exec does not stream stdin by default",
    file: "src/api/command.ts",
    search: "const params: CommandExecParams = {\n      streamStdin: true,",
    replace: "const params: CommandExecParams = {\n      streamStdin: false,",
    tests: ["tests/streams.test.ts"],
    pattern: "interactive command",
  },
  {
    name: "command-refused-write-swallowed",
    breaks: "writing data to a command that exited resolves as if it was written",
    file: "src/api/command.ts",
    search: "if (doneIfExited && error instanceof InvalidRequestError) {",
    replace: "if (error instanceof InvalidRequestError) {",
    tests: ["tests/streams.test.ts"],
    pattern: "interactive command",
  },
  {
    name: "watch-unwatch-unsent",
    breaks: "FileWatch.close() never tells the server to stop watching",
    file: "src/api/watch.ts",
    search: 'await this.#client.request("fs/unwatch", { watchId: this.watchId }, options);',
    replace: "",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "login-claim-kept",
    breaks: "a login completed before its answer keeps its key claimed forever",
    file: "src/api/mcp_login.ts",
    search: "if (log.settled) release();",
    replace: "",
    tests: ["tests/stream_table.test.ts"],
  },
  {
    name: "unfinished-items-dropped",
    breaks: "an item the turn started and never completed is missing from result().items",
    file: "src/api/turn.ts",
    search: "if (!known.has(item.id) && outlivesTurn(item)) items.push(item);",
    replace: "",
    tests: ["tests/streams.test.ts"],
    pattern: "background terminal",
  },
  {
    name: "unfinished-message-kept",
    breaks: "a message the turn never finished (a review's inner message) joins result().items",
    file: "src/turn_result.ts",
    search: 'return item.type !== "agentMessage" && item.type !== "reasoning";',
    replace: "return true;",
    tests: ["tests/turn_outcome.test.ts"],
    pattern: "unfinished items",
  },
  {
    name: "reasoning-raw-only",
    breaks: "turn.reasoning() gives the raw reasoning text instead of the summary",
    file: "src/api/turn.ts",
    search: "options.raw ? rawReasoningDelta : reasoningSummaryDelta",
    replace: "rawReasoningDelta",
    tests: ["tests/streams.test.ts"],
    pattern: "reasoning",
  },
  // ── issue 22 items 1–8, 13–15: turns, goals, fail-closed answers, jitter, line cap ─────
  {
    name: "watched-turn-claimed-twice",
    breaks: "a watched turn whose events overtake turn/start gets a second handle from the answer",
    file: "src/api/turn_registry.ts",
    search: "    if (known) return known;",
    replace: "",
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "final-response-phase-ignored",
    breaks: "finalResponse may be a commentary message",
    file: "src/turn_result.ts",
    search: 'item.type === "agentMessage" && item.phase !== "commentary" &&',
    replace: 'item.type === "agentMessage" &&',
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "final-response-first-to-last",
    breaks: "finalResponse is the first answer instead of the last",
    file: "src/turn_result.ts",
    search:
      "  for (let i = items.length - 1; i >= 0; i--) {\n    const item = items[i];\n    // Lenient",
    replace:
      "  for (let i = 0; i < items.length; i++) {\n    const item = items[i];\n    // Lenient",
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "failed-turn-result-dropped",
    breaks: "TurnFailedError.result is missing (no items, no usage)",
    file: "src/api/turn.ts",
    search: "throw new TurnFailedError(result.turn, result);",
    replace: "throw new TurnFailedError(result.turn);",
    tests: ["tests/turn_outcome.test.ts", "tests/turns.test.ts"],
    pattern: "TurnFailedError",
  },
  {
    name: "failed-start-holds-thread",
    breaks: "a turn/start that fails keeps the thread's queue: the next startTurn hangs",
    file: "src/api/thread.ts",
    search: "      this.#syncResolver();\n      release();\n      throw error;",
    replace: "      this.#syncResolver();\n      throw error;",
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "start-without-turn-id-accepted",
    breaks: "a turn/start answer without a turn id gives a handle that never ends",
    file: "src/api/thread.ts",
    search: 'if (typeof turnId !== "string" || turnId === "") {',
    replace: "if (false) {",
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "goal-on-busy-thread",
    breaks: "startGoal goes ahead on a thread the server reports active",
    file: "src/api/thread.ts",
    search: 'if (thread.status?.type === "active") {',
    replace: "if (false) {",
    tests: ["tests/turn_outcome.test.ts"],
  },
  {
    name: "goal-done-before-last-turn",
    breaks: "goal.done() resolves at the pause while the goal's last turn still runs",
    file: "src/api/goal.ts",
    search: "if (!this.#stopped || this.#running()) return;",
    replace: "if (!this.#stopped) return;",
    tests: ["tests/goal.test.ts", "tests/turns.test.ts"],
    pattern: "goal",
  },
  {
    name: "goal-resume-keeps-done",
    breaks: "after resume(), done() is still the settled promise of the previous stop",
    file: "src/api/goal.ts",
    search: "      this.#newDone();\n      this.#attach();",
    replace: "      this.#attach();",
    tests: ["tests/goal.test.ts"],
  },
  {
    name: "goal-turn-update-ignored",
    breaks: "a goal the server completes inside one of its turns never resolves done()",
    file: "src/api/goal.ts",
    search: 'if (event.method === "thread/goal/updated") this.#update(event.params.goal);',
    replace: "",
    tests: ["tests/goal.test.ts"],
  },
  {
    name: "elicitation-accepted",
    breaks: "an unhandled MCP elicitation is accepted instead of declined",
    file: "src/router/fail_closed.ts",
    search: '() => ({ action: "decline", content: null })',
    replace: '() => ({ action: "accept", content: null })',
    tests: ["tests/fail_closed.test.ts"],
  },
  {
    name: "permissions-for-session",
    breaks: "an unhandled permissions request is refused for the session instead of the turn",
    file: "src/router/fail_closed.ts",
    search: 'scope: "turn"',
    replace: 'scope: "session"',
    tests: ["tests/fail_closed.test.ts"],
  },
  {
    name: "tool-call-succeeds",
    breaks: "an unhandled dynamic tool call is reported as a success",
    file: "src/router/fail_closed.ts",
    search: "success: false",
    replace: "success: true",
    tests: ["tests/fail_closed.test.ts"],
  },
  {
    name: "jitter-ignores-random-source",
    breaks: "the backoff pause ignores the injected random source",
    file: "src/_backoff.ts",
    search: "return random() * Math.min(",
    replace: "return Math.random() * Math.min(",
    tests: ["tests/backoff.test.ts"],
  },
  {
    name: "retry-random-dropped",
    breaks: "retryOnOverload ignores its random option",
    file: "src/api/retry.ts",
    search: "const random = options.random ?? Math.random;",
    replace: "const random = Math.random;",
    tests: ["tests/backoff.test.ts"],
  },
  {
    name: "reconnect-random-dropped",
    breaks: "the reconnect loop's pause ignores its random source",
    file: "src/api/reconnect.ts",
    search: "backoffDelay(attempt, this.#initialDelayMs, this.#maxDelayMs, this.#random)",
    replace: "backoffDelay(attempt, this.#initialDelayMs, this.#maxDelayMs)",
    tests: ["tests/backoff.test.ts"],
  },
  {
    name: "line-cap-one-short",
    breaks: "a line of exactly maxLineLength, arriving in pieces, is skipped",
    file: "src/wire/json_line_stream.ts",
    search: "if (this.#length > this.#max) {",
    replace: "if (this.#length >= this.#max) {",
    tests: ["tests/line_limits.test.ts"],
  },
  {
    name: "line-cap-one-over",
    breaks: "a line one character over maxLineLength, arriving in pieces, is kept",
    file: "src/wire/json_line_stream.ts",
    search: "if (this.#length > this.#max) {",
    replace: "if (this.#length > this.#max + 1) {",
    tests: ["tests/line_limits.test.ts"],
  },
  {
    name: "line-fast-path-one-over",
    breaks: "a line one character over maxLineLength, arriving in one chunk, is kept",
    file: "src/wire/json_line_stream.ts",
    search: "if (this.#length === 0 && piece.length <= this.#max) {",
    replace: "if (this.#length === 0 && piece.length <= this.#max + 1) {",
    tests: ["tests/line_limits.test.ts"],
  },
  // ── nothing lost across cuts: offline queue, full results, exactly-once (issues 21, 23) ──
  {
    name: "offline-queue-off",
    breaks: "a call made while reconnecting fails at once instead of waiting for the connection",
    file: ROUTER,
    search: "if (!this.#queueCalls) return Promise.reject(this.#lost);",
    replace: "return Promise.reject(this.#lost);",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "waits and is sent once",
  },
  {
    name: "offline-queue-never-opened",
    breaks: "calls queued during a reconnect are not sent once the connection is back",
    file: ROUTER,
    search: "this.#offline.open();",
    replace: "",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "waits and is sent once",
  },
  {
    name: "offline-queue-kept-on-give-up",
    breaks: "queued calls hang when reconnecting gives up or the client closes",
    file: ROUTER,
    search: "    this.#offline.fail(error);",
    replace: "",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "gives up, and on close",
  },
  {
    name: "offline-queue-no-timeout",
    breaks: "a queued call ignores its own timeoutMs",
    file: "src/router/offline_queue.ts",
    search: "      if (bounded) {",
    replace: "      if (false) {",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "its own timeout or signal",
  },
  {
    name: "offline-queue-no-signal",
    breaks: "a queued call ignores its signal",
    file: "src/router/offline_queue.ts",
    search:
      "stopWaiting = onAbort(signal, () => waiter.reject(new AbortError(method, signal.reason)));",
    replace: "",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "its own timeout or signal",
  },
  {
    name: "offline-queue-nonretryable",
    breaks: "a call made while reconnecting fails after a second with a non-retryable error",
    file: "src/router/offline_queue.ts",
    search: "      this.#waiters.add(waiter);",
    replace:
      "      this.#waiters.add(waiter);\n      setTimeout(() => waiter.reject(new RequestTimeoutError(method, 1000)), 1000);",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "waits and is sent once",
  },
  {
    name: "stored-turn-items-ignored",
    breaks: "a turn that ended while disconnected keeps only its streamed items (queue off)",
    file: "src/api/turn.ts",
    search: 'if (completed.itemsView === "full" && Array.isArray(completed.items)) {',
    replace: "if (false) {",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "stored items of a turn that ended",
  },
  {
    name: "resume-refusal-gives-up",
    breaks: "a thread the server refuses to resume (no turn yet, or forgotten) fails every attempt",
    file: "src/api/reconnect.ts",
    search: "    if (!refused) throw error;",
    replace: "    throw error;",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "no longer knows",
  },
  {
    name: "unknown-turn-hangs",
    breaks: "a turn the server no longer has after a reconnect never settles",
    file: "src/api/reconnect.ts",
    search: "    failTurns(session, [turnId], `turn ${turnId} is unknown",
    replace: "    void (session, [turnId], `turn ${turnId} is unknown",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "no longer has",
  },
  {
    name: "gap-after-resume-answer",
    breaks: "the gap marker is pushed after events that came in the same read as the resume answer",
    file: "src/api/reconnect.ts",
    search: "ended = markGap(session, threadId, running, lostAt, Date.now(), link);",
    replace:
      "queueMicrotask(() => (ended = markGap(session, threadId, running, lostAt, Date.now(), link)));",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "in one read",
  },
  {
    name: "unsubscribed-thread-not-resumed",
    breaks: "the first turn on a thread a reconnect could not resume gets none of its events",
    file: "src/api/thread.ts",
    search: "if (this.#session.unsubscribed.has(this.id)) {",
    replace: "if (false) {",
    tests: ["tests/reconnect.test.ts"],
    pattern: "no turn yet",
  },
  {
    name: "start-without-client-id",
    breaks: "turn/start carries no clientUserMessageId: a lost answer cannot be looked up",
    file: "src/api/thread.ts",
    search: "const request = { ...params, threadId: this.id, input: items, clientUserMessageId };",
    replace: "const request = { ...params, threadId: this.id, input: items };",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "exactly-once",
  },
  {
    name: "lost-start-rejected",
    breaks: "a turn start whose answer was lost fails with ConnectionLostError",
    file: "src/api/exactly_once.ts",
    search:
      "if (!retry || !(error instanceof ConnectionLostError) || sends >= MAX_SENDS) throw error;",
    replace: "throw error;",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "exactly-once",
  },
  {
    name: "lost-start-resent-blind",
    breaks: "a lost turn start is sent again without looking it up: the prompt runs twice",
    file: "src/api/exactly_once.ts",
    search: "const found = await lookUp(find);",
    replace: "const found = undefined;",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "applied before the drop",
  },
  {
    name: "late-listed-start-resent",
    breaks: "a lost start the server lists late is sent again while its turn already runs",
    file: "src/api/thread.ts",
    search: "if (look >= (unaccounted ? LOOKUPS_WHILE_UNACCOUNTED : 1)) return undefined;",
    replace: "if (look >= 1) return undefined;",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "lists late",
  },
  {
    name: "lost-start-opt-out-ignored",
    breaks: "retryOnReconnect: false still retries",
    file: "src/api/thread.ts",
    search: "          options.retryOnReconnect ?? true,",
    replace: "          true,",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "retryOnReconnect: false",
  },
  {
    name: "found-ended-start-unsettled",
    breaks: "a lost start whose turn ended while disconnected never settles",
    file: "src/api/thread.ts",
    search: "settleFromStored(this.#client, this.id, stored);",
    replace: "void stored;",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "settles from the stored turn",
  },
  {
    name: "lost-steer-resent",
    breaks: "a steer the server got before the drop is sent again",
    file: "src/api/turn.ts",
    search: "if (found) return { turnId: found.id };",
    replace: "",
    tests: ["tests/reconnect_gap.test.ts"],
    pattern: "a steer applied",
  },
  // ── sub-agents ──────────────────────────────────────────────────────────────────────────
  {
    name: "subagent-turn-joins-parent",
    breaks: "a child's turn/started rooted at the parent's turn goes into the parent's turn",
    file: "src/router/turn_table.ts",
    search: "if (rootThread === undefined || threadId === undefined || rootThread === threadId)",
    replace: "if (true)",
    tests: ["tests/agents.test.ts"],
    pattern: "out of the parent's turn",
  },
  {
    name: "subagent-first-event-unoffered",
    breaks: "a child's first turn/started is not offered to its parent's watcher",
    file: "src/router/turn_table.ts",
    search: "const watcher = this.#watchers.get(parentThread);",
    replace: "const watcher = undefined as TurnWatcher | undefined;",
    tests: ["tests/agents.test.ts"],
    pattern: "before any spawn item",
  },
  {
    name: "subagent-buffered-unclaimed",
    breaks: "a child's turns waiting in the early buffer are not claimed when it is learned of",
    file: "src/api/turn_registry.ts",
    search: "if (!this.#live.has(turnId)) this.claim(threadId, turnId, {",
    replace: "if (false) this.claim(threadId, turnId, {",
    tests: ["tests/agents.test.ts"],
    pattern: "before anyone could tell",
  },
  {
    name: "subagent-spawn-item-ignored",
    breaks: "the parent's spawn item does not make the child known",
    file: "src/api/agents.ts",
    search: 'if (item.tool !== "spawnAgent" && item.tool !== "resumeAgent") return undefined;',
    replace: "return undefined;",
    tests: ["tests/agents.test.ts"],
    pattern: "before anyone could tell",
  },
  {
    name: "subagent-v2-activity-ignored",
    breaks: "a V2 subAgentActivity item does not make the child known",
    file: "src/api/agents.ts",
    search: 'if (item.type === "subAgentActivity" && item.kind === "started") {',
    replace: "if (false) {",
    tests: ["tests/agents.test.ts"],
    pattern: "subAgentActivity item",
  },
  {
    name: "subagent-turns-from-now",
    breaks: "child.turns() yields only turns that start after it is called, not the first",
    file: "src/api/thread.ts",
    search: "for (const turn of child.turns) queue.push(turn);",
    replace: "",
    tests: ["tests/agents.test.ts"],
    pattern: "even when read after it ended",
  },
  {
    name: "subagent-never-settles",
    breaks: "a child closed by close_agent (notLoaded) stays followed; its streams never end",
    file: "src/api/agents.ts",
    search: 'if (n.method !== "thread/status/changed") return false;',
    replace: "return false;",
    tests: ["tests/agents.test.ts"],
    pattern: "close_agent unloads it",
  },
  {
    name: "subagent-outlives-parent",
    breaks: "children of a parent the server unloads stay followed; their streams never end",
    file: "src/api/agents.ts",
    search: "if (spawner) { for (const c of [...spawner.children.values()]) this.#settle(c); }",
    replace: "void spawner;",
    tests: ["tests/agents.test.ts"],
    pattern: "parent the server unloads",
  },
  {
    name: "subagent-cap-ignored",
    breaks: "the tracker follows every live child a long session spawns, without bound",
    file: "src/api/agents.ts",
    search: "if (this.#children.size > CHILDREN_CAP) {",
    replace: "if (false) {",
    tests: ["tests/agents.test.ts"],
    pattern: "bounded number of live ones",
  },
  {
    name: "subagent-rewatch-forgets",
    breaks: "agents() opened again after every reader left does not yield the live children",
    file: "src/api/agents.ts",
    search: "if (child.parentId === threadId) spawner.children.set(child.id, child);",
    replace: "void child;",
    tests: ["tests/agents.test.ts"],
    pattern: "before any spawn item",
  },
  {
    name: "subagent-listed-not-resumed",
    breaks: "listAgents() does not resume a loaded child: its running turn never joins",
    file: "src/api/agents.ts",
    search:
      'if (!followed && info.status?.type !== "notLoaded") await this.#resume(info.id, signal);',
    replace: "",
    tests: ["tests/agents.test.ts"],
    pattern: "second client of the same server",
  },
  {
    name: "subagent-resumed-turn-unmarked",
    breaks: "the running turn of a resumed child is not marked as joined late: missed items lost",
    file: "src/api/agents.ts",
    search: "this.#registry.claim(childId, running.id, { joinedLate: true });",
    replace: "this.#registry.claim(childId, running.id, { joinedLate: false });",
    tests: ["tests/agents.test.ts"],
    pattern: "second client of the same server",
  },
  {
    name: "subagent-joined-midway-unmarked",
    breaks: "a child turn claimed from the middle of the early buffer reads no missed items",
    file: "src/api/turn_registry.ts",
    search: "this.claim(threadId, turnId, { joinedLate: !fromStart });",
    replace: "this.claim(threadId, turnId, { joinedLate: false });",
    tests: ["tests/agents.test.ts"],
    pattern: "middle of its events",
  },
  {
    name: "subagent-relearned",
    breaks: "a child named again (its first event, then the spawn item) gets a second handle",
    file: "src/api/agents.ts",
    search: "    if (known) {\n      if (hints.path",
    replace: "    if (false) {\n      if (hints.path",
    tests: ["tests/agents.test.ts"],
    pattern: "before any spawn item",
  },
];

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const TEST_TIMEOUT_MS = Number(process.env.MUTATE_TEST_TIMEOUT_MS) || 30_000;
const FILE_TIMEOUT_MS = Number(process.env.MUTATE_FILE_TIMEOUT_MS) || 60_000;
const RUN_BUDGET_MS = Number(process.env.MUTATE_RUN_BUDGET_MS) || 240_000;
let running: number | undefined;

function occurrences(text: string, search: string): number {
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + 1)) count++;
  return count;
}

function staleness(m: Mutation): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(ROOT, m.file), "utf8");
  } catch {
    return `${m.file} does not exist`;
  }
  const n = occurrences(text, m.search);
  if (n === 1) return undefined;
  return n === 0 ? "search text not found" : `search text found ${n} times`;
}

/** Copies the repo (without node_modules, .git and build output) to a temporary folder. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "codex-mutate-"));
  const skip = new Set([".git", "node_modules", "dist", "coverage", "docs"]);
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src);
      return rel === "" || !skip.has(rel.split(/[\\/]/)[0]);
    },
  });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

interface RunResult {
  passed: boolean;
  /** The end of the run's output, for a failing baseline. */
  tail: string;
  timedOut: boolean;
  ms: number;
  failures: string[];
}

function runTests(cwd: string, tests: string[], pattern?: string): Promise<RunResult> {
  const started = Date.now();
  const args = [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-force-exit",
    // Node 20 applies this to each whole file too: a mutation that hangs many tests is
    // killed after a minute, not after 30 s per test.
    `--test-timeout=${FILE_TIMEOUT_MS}`,
    ...(pattern ? [`--test-name-pattern=${pattern}`] : []),
    ...tests,
  ];
  return new Promise((resolvePromise) => {
    const child = spawn(join(cwd, "node_modules/.bin/tsx"), args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, TEST_TIMEOUT_MS: String(TEST_TIMEOUT_MS) },
    });
    running = child.pid;
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Gone already.
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, RUN_BUDGET_MS);
    child.on("exit", killGroup);
    child.on("close", (code) => {
      clearTimeout(timer);
      running = undefined;
      // deno-lint-ignore no-control-regex
      const plain = out.replace(/\x1b\[[0-9;]*m/g, "");
      const failures = [...plain.matchAll(/^\s*✖ (.+?)(?: \(\d[\d.]*m?s\))?$/gm)]
        .map((m) => m[1])
        .filter((name) => name !== "failing tests:" && !name.startsWith(cwd));
      const passedCount = Number(/^ℹ pass (\d+)/m.exec(plain)?.[1] ?? 0);
      resolvePromise({
        tail: plain.slice(-3000),
        passed: code === 0 && !timedOut && passedCount > 0,
        timedOut,
        ms: Date.now() - started,
        failures: [...new Set(failures)],
      });
    });
  });
}

const argv = process.argv.slice(2);
if (argv.includes("--list")) {
  for (const m of MUTATIONS) {
    const stale = staleness(m);
    console.log(`${m.name.padEnd(36)} ${stale ? `STALE (${stale})` : "ok   "}  ${m.file}`);
  }
  process.exit(MUTATIONS.some(staleness) ? 1 : 0);
}
const unknown = argv.filter((name) => !MUTATIONS.some((m) => m.name === name));
if (unknown.length) {
  console.error(`unknown mutation(s): ${unknown.join(", ")} (see --list)`);
  process.exit(2);
}
const chosen = argv.length ? MUTATIONS.filter((m) => argv.includes(m.name)) : MUTATIONS;

const dir = copyRepo();
const cleanup = () => rmSync(dir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (running !== undefined) {
      try {
        process.kill(-running, "SIGKILL");
      } catch {
        // Gone already.
      }
    }
    cleanup();
    process.exit(130);
  });
}

try {
  // The unmutated tests must pass, or a "kill" would mean nothing: each set of tests (and
  // name pattern) is run once unmutated before its first mutation.
  const baselines = new Map<string, Promise<RunResult>>();
  const baselineOf = (m: Mutation) => {
    const key = `${m.tests.join(" ")} ${m.pattern ?? ""}`;
    if (!baselines.has(key)) baselines.set(key, runTests(dir, m.tests, m.pattern));
    return baselines.get(key)!;
  };
  const rows: { m: Mutation; verdict: string; detail: string; ms: number }[] = [];
  for (const m of chosen) {
    const stale = staleness(m);
    if (stale) {
      rows.push({ m, verdict: "stale", detail: `${m.file}: ${stale}`, ms: 0 });
      console.log(`stale     ${m.name}: ${m.file}: ${stale}`);
      continue;
    }
    const baseline = await baselineOf(m);
    if (!baseline.passed) {
      const why = baseline.timedOut ? "timed out" : baseline.failures.join("; ");
      rows.push({ m, verdict: "baseline fails", detail: why, ms: baseline.ms });
      console.log(`baseline fails for ${m.name} (${m.tests.join(" ")}): ${why}`);
      console.log(baseline.tail);
      continue;
    }
    const target = join(dir, m.file);
    const original = readFileSync(target, "utf8");
    writeFileSync(target, original.replace(m.search, () => m.replace));
    let result: RunResult;
    try {
      result = await runTests(dir, m.tests, m.pattern);
    } finally {
      writeFileSync(target, original);
    }
    const verdict = result.passed ? "SURVIVED" : "killed";
    const detail = result.passed
      ? m.breaks
      : result.timedOut
      ? `run over ${RUN_BUDGET_MS / 1000} s`
      : result.failures.slice(0, 2).join("; ") || "the run failed";
    rows.push({ m, verdict, detail, ms: result.ms });
    console.log(
      `${verdict.padEnd(9)} ${m.name} (${(result.ms / 1000).toFixed(1)} s): ${detail}`,
    );
  }

  console.log("\n| mutation | file | result | time | caught by |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const { m, verdict, detail, ms } of rows) {
    console.log(
      `| ${m.name} | ${m.file} | ${verdict} | ${(ms / 1000).toFixed(0)} s | ${
        verdict === "killed" ? detail.replaceAll("|", "\\|") : ""
      } |`,
    );
  }
  const killed = rows.filter((r) => r.verdict === "killed").length;
  const survived = rows.filter((r) => r.verdict === "SURVIVED").length;
  const staleCount = rows.filter((r) => r.verdict === "stale").length;
  const broken = rows.length - killed - survived - staleCount;
  console.log(
    `\n${killed} killed, ${survived} survived, ${staleCount} stale` +
      (broken ? `, ${broken} not run (their tests fail unmutated)` : ""),
  );
  process.exitCode = killed === rows.length ? 0 : 1;
} finally {
  cleanup();
}
