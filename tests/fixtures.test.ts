// The recorded transcripts of the real pinned codex app-server (tests/fixtures/*.jsonl)
// against the generated schemas (strict), the generated routing registry, and the real
// MessageRouter. When the generator or the router drifts from what the binary really
// sends, these fail with the file, line, method and path.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import type * as v from "valibot";
import * as stableMethods from "../gen/methods.ts";
import type { ClientNotificationMethod } from "../gen/methods.ts";
import * as experimentalMethods from "../gen/experimental/methods.ts";
import * as stableRoutes from "../gen/routing.ts";
import type { IdPath, RouteInfo } from "../gen/routing.ts";
import * as experimentalRoutes from "../gen/experimental/routing.ts";
import { loadExperimentalTables, stableTables } from "../src/client/client.ts";
import { ProtocolError } from "../src/errors.ts";
import { MessageRouter } from "../src/router/message_router.ts";
import type { ProtocolMessageEvent, RoutedEvent, RoutedNotification } from "../src/router/types.ts";
import { TurnStream } from "../src/router/turn_stream.ts";
import { memoryTransportPair } from "../src/transport/memory.ts";
import { checkValue } from "../src/wire/validate.ts";

const FIXTURES_DIR = new URL("./fixtures/", import.meta.url);

// Requests errors.jsonl sends on purpose with params the real server rejects: the strict
// schemas must reject them too, at the path the server complained about.
const EXPECTED_INVALID_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "errors.jsonl": { "5": "cwd", "6": "input" },
};
// Methods that do not exist, sent on purpose (the server answers "unknown variant").
const FAKE_METHODS: Readonly<Record<string, readonly string[]>> = {
  "errors.jsonl": ["bogus/method"],
};
// There is no runtime schema for client notifications; the Record type keeps this list
// in step with the generated ClientNotificationMap (tsc fails when a method is added).
const CLIENT_NOTIFICATIONS: Readonly<Record<ClientNotificationMethod, true>> = {
  initialized: true,
};

const KINDS = [
  "client request",
  "client request result",
  "client request error",
  "client notification",
  "server notification",
  "server request",
  "server request result",
  "server request error",
] as const;
type Kind = typeof KINDS[number];

describe("recorded transcripts: loading", () => {
  it("finds the recorded files, each a non-empty list of {dir, msg} lines", () => {
    const fixtures = allFixtures();
    const names = fixtures.map((f) => f.name);
    for (const required of ["text_turn.jsonl", "command_approval.jsonl", "interrupt.jsonl"]) {
      assert.ok(names.includes(required), `missing fixture ${required}`);
    }
    assert.equal(fixtures.length, 12, names.join(" "));
    for (const f of fixtures) assert.ok(f.lines.length > 0, `${f.name} is empty`);
  });
});

describe("recorded transcripts: every message passes the generated schemas in strict mode", () => {
  for (const fixture of allFixtures()) {
    it(`${fixture.name} (${fixture.experimental ? "experimental" : "stable"} tables)`, () => {
      const report = checkFixture(fixture);
      assert.deepEqual(report.failures, [], report.failures.join("\n"));
      const checked = KINDS.reduce((sum, kind) => sum + report.counts[kind], 0);
      assert.equal(
        checked + report.skipped.length,
        fixture.lines.length,
        "every line is checked or an expected fake",
      );
    });
  }

  it("checks every kind the transcripts contain, skipping only the deliberate fakes", () => {
    const totals = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const present = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const skipped: string[] = [];
    let lines = 0;
    for (const fixture of allFixtures()) {
      const report = checkFixture(fixture);
      for (const kind of KINDS) totals[kind] += report.counts[kind];
      for (const line of fixture.lines) present[classify(line)]++;
      skipped.push(...report.skipped);
      lines += fixture.lines.length;
    }
    // The transcripts hold each of these; a checker that silently skips them fails here.
    for (
      const kind of [
        "client request",
        "client request result",
        "client request error",
        "client notification",
        "server notification",
        "server request",
        "server request result",
      ] as const
    ) {
      assert.ok(present[kind] > 0, `no ${kind} in the transcripts`);
    }
    for (const kind of KINDS) {
      if (present[kind] > 0) assert.ok(totals[kind] > 0, `no ${kind} was checked`);
    }
    // Only the fake request and its error answer are left unchecked.
    assert.deepEqual(skipped, [
      "errors.jsonl client request bogus/method",
      "errors.jsonl client request error (answer to bogus/method)",
    ]);
    const checked = KINDS.reduce((sum, kind) => sum + totals[kind], 0);
    assert.equal(checked + skipped.length, lines);
    // Exactly what the recorded files hold, so a broken loader cannot pass with less (update
    // these when the transcripts are re-recorded).
    // (The skipped fake request and its error answer make 51 requests and 9 errors.)
    assert.deepEqual({ ...totals, lines }, {
      "client request": 50,
      "client request result": 42,
      "client request error": 8,
      "client notification": 12,
      "server notification": 191,
      "server request": 2,
      "server request result": 2,
      "server request error": 0,
      lines: 309,
    });
  });

  it("the requests the real server rejected as invalid fail the strict schemas at the same path", () => {
    const fixture = loadFixture("errors.jsonl");
    for (const [id, path] of Object.entries(EXPECTED_INVALID_PARAMS["errors.jsonl"])) {
      const request = fixture.lines.find((l) =>
        l.dir === "out" && String(l.msg.id) === id && l.msg.method !== undefined
      );
      assert.ok(request, `request ${id}`);
      const method = request.msg.method!;
      const failure = checkValue(
        stableMethods.CLIENT_REQUEST_SCHEMAS[method].params,
        request.msg.params,
        "strict",
        `${method} params`,
      );
      assert.ok(failure, `${method} params should fail`);
      assert.equal(failure.path, path);
      assert.ok(failure.message.includes(method) && failure.message.includes(path));
      const answer = fixture.lines.find((l) =>
        l.dir === "in" && String(l.msg.id) === id && l.msg.method === undefined
      );
      assert.equal(answer?.msg.error?.code, -32600, "the server rejected it too");
    }
  });

  it("the generated schema maps and the routing registry name the same methods", () => {
    for (
      const [methods, routes] of [
        [stableMethods, stableRoutes],
        [experimentalMethods, experimentalRoutes],
      ] as const
    ) {
      assert.deepEqual(
        Object.keys(routes.NOTIFICATION_ROUTES).sort(),
        Object.keys(methods.SERVER_NOTIFICATION_SCHEMAS).sort(),
      );
      assert.deepEqual(
        Object.keys(routes.SERVER_REQUEST_ROUTES).sort(),
        Object.keys(methods.SERVER_REQUEST_SCHEMAS).sort(),
      );
    }
  });
});

describe("recorded transcripts: broken copies fail with the method and the path", () => {
  it("turn/completed notification with turn.id = 123", () => {
    const params = copyParams("text_turn.jsonl", "turn/completed") as { turn: { id: unknown } };
    params.turn.id = 123;
    const schema = stableMethods.SERVER_NOTIFICATION_SCHEMAS["turn/completed"];
    for (const mode of ["strict", "lenient"] as const) {
      expectFailure(checkValue(schema, params, mode, "turn/completed params"), [
        "turn/completed",
        "turn.id",
      ], "turn.id");
    }
  });

  it("item/agentMessage/delta notification with delta = null", () => {
    const params = copyParams("text_turn.jsonl", "item/agentMessage/delta") as {
      delta: unknown;
    };
    params.delta = null;
    expectFailure(
      checkValue(
        stableMethods.SERVER_NOTIFICATION_SCHEMAS["item/agentMessage/delta"],
        params,
        "strict",
        "item/agentMessage/delta params",
      ),
      ["item/agentMessage/delta", "delta"],
      "delta",
    );
  });

  it("thread/start result without thread.id, or with a numeric one", () => {
    const schema = stableMethods.CLIENT_REQUEST_SCHEMAS["thread/start"].result;
    const missing = copyResult("thread_start.jsonl", "thread/start") as {
      thread: { id?: unknown };
    };
    assert.equal(checkValue(schema, missing, "strict", "thread/start result"), null);
    delete missing.thread.id;
    expectFailure(
      checkValue(schema, missing, "strict", "thread/start result"),
      ["thread/start", "thread.id"],
      "thread.id",
    );
    const numeric = copyResult("thread_start.jsonl", "thread/start") as { thread: { id: unknown } };
    numeric.thread.id = 42;
    expectFailure(
      checkValue(schema, numeric, "lenient", "thread/start result"),
      ["thread/start", "thread.id", "42"],
      "thread.id",
    );
  });

  it("turn/start result with turn.items that is not an array", () => {
    const result = copyResult("text_turn.jsonl", "turn/start") as { turn: { items: unknown } };
    result.turn.items = "none";
    expectFailure(
      checkValue(
        stableMethods.CLIENT_REQUEST_SCHEMAS["turn/start"].result,
        result,
        "strict",
        "turn/start result",
      ),
      ["turn/start", "turn.items"],
      "turn.items",
    );
  });

  it("thread/read result with a deep item field of the wrong type", () => {
    const result = copyResult("thread_read.jsonl", "thread/read") as {
      thread: { turns: { items: { type: string; text?: unknown }[] }[] };
    };
    const index = result.thread.turns[0].items.findIndex((i) => i.type === "agentMessage");
    assert.ok(index >= 0);
    result.thread.turns[0].items[index].text = 5;
    const path = `thread.turns.0.items.${index}.text`;
    expectFailure(
      checkValue(
        stableMethods.CLIENT_REQUEST_SCHEMAS["thread/read"].result,
        result,
        "strict",
        "thread/read result",
      ),
      ["thread/read", path],
      path,
    );
  });

  it("turn/start params with a numeric input text", () => {
    const params = copyRequestParams("text_turn.jsonl", "turn/start") as {
      input: { text: unknown }[];
    };
    params.input[0].text = 1;
    expectFailure(
      checkValue(
        stableMethods.CLIENT_REQUEST_SCHEMAS["turn/start"].params,
        params,
        "strict",
        "turn/start params",
      ),
      ["turn/start", "input.0.text"],
      "input.0.text",
    );
  });

  it("item/commandExecution/requestApproval server request params with a numeric turnId or no itemId", () => {
    const method = "item/commandExecution/requestApproval";
    const schema = stableMethods.SERVER_REQUEST_SCHEMAS[method].params;
    const wrong = copyParams("command_approval.jsonl", method) as { turnId: unknown };
    assert.equal(checkValue(schema, wrong, "strict", `${method} params`), null);
    wrong.turnId = 7;
    expectFailure(checkValue(schema, wrong, "strict", `${method} params`), [
      method,
      "turnId",
    ], "turnId");
    const missing = copyParams("command_approval.jsonl", method) as { itemId?: unknown };
    delete missing.itemId;
    expectFailure(checkValue(schema, missing, "strict", `${method} params`), [
      method,
      "itemId",
    ], "itemId");
  });

  it("the client's answer to the approval request with an unknown or numeric decision", () => {
    const method = "item/commandExecution/requestApproval";
    const schema = stableMethods.SERVER_REQUEST_SCHEMAS[method].result;
    const recorded = recordedAnswer("command_approval.jsonl", method);
    assert.deepEqual(recorded, { decision: "accept" });
    const answer = structuredClone(recorded) as { decision: unknown };
    answer.decision = "maybe";
    expectFailure(checkValue(schema, answer, "strict", `${method} result`), [
      method,
      "decision",
    ], "decision");
    answer.decision = 5;
    expectFailure(checkValue(schema, answer, "lenient", `${method} result`), [
      method,
      "decision",
    ], "decision");
  });

  it("lenient accepts unknown enum values and item types in recorded messages; strict rejects them", () => {
    const completed = copyParams("text_turn.jsonl", "turn/completed") as {
      turn: { status: string };
    };
    completed.turn.status = "someFutureStatus";
    const completedSchema = stableMethods.SERVER_NOTIFICATION_SCHEMAS["turn/completed"];
    assert.equal(checkValue(completedSchema, completed, "lenient", "turn/completed params"), null);
    expectFailure(
      checkValue(completedSchema, completed, "strict", "turn/completed params"),
      ["turn/completed", "turn.status", "someFutureStatus"],
      "turn.status",
    );

    const started = copyParams("text_turn.jsonl", "item/started") as { item: { type: string } };
    started.item.type = "someFutureItem";
    const startedSchema = stableMethods.SERVER_NOTIFICATION_SCHEMAS["item/started"];
    assert.equal(checkValue(startedSchema, started, "lenient", "item/started params"), null);
    expectFailure(
      checkValue(startedSchema, started, "strict", "item/started params"),
      ["item/started", "item.type"],
      "item.type",
    );

    const status = copyParams("text_turn.jsonl", "thread/status/changed") as {
      status: { type: string };
    };
    status.status.type = "someFutureState";
    const statusSchema = stableMethods.SERVER_NOTIFICATION_SCHEMAS["thread/status/changed"];
    assert.equal(checkValue(statusSchema, status, "lenient", "thread/status/changed params"), null);
    expectFailure(
      checkValue(statusSchema, status, "strict", "thread/status/changed params"),
      ["thread/status/changed", "status"],
      undefined,
    );
  });

  it("the router fails a claimed turn on a broken turn/completed in strict mode, and completes it on an unknown status in lenient mode", async () => {
    const fixture = loadFixture("text_turn.jsonl");
    const turnId = [...fixture.turnIds][0];
    const broken = copyParams("text_turn.jsonl", "turn/completed") as {
      turn: { status: unknown };
    };
    broken.turn.status = 5;
    const strict = await routeOne(turnId, broken, "strict");
    assert.ok(strict.done instanceof ProtocolError, String(strict.done));
    assert.equal(strict.done.method, "turn/completed");
    assert.equal(strict.done.path, "turn.status");
    assert.ok(strict.done.message.includes("turn/completed"));
    assert.ok(strict.done.message.includes("turn.status"));
    assert.equal(strict.problems.length, 1);

    const future = copyParams("text_turn.jsonl", "turn/completed") as {
      turn: { status: unknown };
    };
    future.turn.status = "someFutureStatus";
    const lenient = await routeOne(turnId, future, "lenient");
    assert.equal(lenient.done, undefined);
    assert.deepEqual(lenient.events, [{ method: "turn/completed", params: future }]);
    assert.deepEqual(lenient.problems, []);
  });
});

describe("recorded transcripts: the routing registry finds each message's turn and thread", () => {
  for (const fixture of allFixtures()) {
    it(fixture.name, () => {
      const routes = fixture.experimental ? experimentalRoutes : stableRoutes;
      for (const line of fixture.lines) {
        if (line.dir !== "in" || line.msg.method === undefined) continue;
        const method = line.msg.method;
        const isRequest = line.msg.id !== undefined;
        const route: RouteInfo | undefined = isRequest
          ? routes.SERVER_REQUEST_ROUTES[method]
          : routes.NOTIFICATION_ROUTES[method];
        const where = `${fixture.name}:${line.n} ${method}`;
        assert.ok(route, `${where}: not in the routing registry`);
        const params = line.msg.params;
        if (route.turnId !== null) {
          const turnId = resolveIdPath(params, route.turnId);
          assert.equal(typeof turnId, "string", `${where}: ${route.turnId}`);
          assert.ok(
            fixture.turnIds.has(turnId as string),
            `${where}: turn ${turnId} is not one turn/start returned (${[...fixture.turnIds]})`,
          );
        } else {
          // A turn-scoped message without a turn route would leak to its thread.
          assert.ok(!hasIdPath(params, "turnId"), `${where}: has turnId, registry says none`);
          assert.ok(!hasIdPath(params, "turn.id"), `${where}: has turn.id, registry says none`);
        }
        if (route.threadId !== null) {
          const threadId = resolveIdPath(params, route.threadId);
          assert.equal(typeof threadId, "string", `${where}: ${route.threadId}`);
          assert.ok(
            fixture.threadIds.has(threadId as string),
            `${where}: thread ${threadId} is not one thread/start|resume|fork returned`,
          );
        } else {
          assert.ok(!hasIdPath(params, "threadId"), `${where}: has threadId, registry says none`);
          assert.ok(!hasIdPath(params, "thread.id"), `${where}: has thread.id, registry says none`);
        }
        // Every message naming a turn must be routed by it.
        if (hasIdPath(params, "turnId") || hasIdPath(params, "turn.id")) {
          assert.notEqual(route.turnId, null, `${where}: carries a turn id the registry misses`);
        }
      }
    });
  }

  it("resolved turn, thread and global routes (counts over all files)", () => {
    const counts = { turn: 0, thread: 0, global: 0 };
    for (const fixture of allFixtures()) {
      for (const line of fixture.lines) {
        if (line.dir !== "in" || line.msg.method === undefined) continue;
        const route = line.msg.id !== undefined
          ? stableRoutes.SERVER_REQUEST_ROUTES[line.msg.method]
          : stableRoutes.NOTIFICATION_ROUTES[line.msg.method];
        if (!route) continue;
        if (route.turnId) counts.turn++;
        if (route.threadId) counts.thread++;
        if (!route.turnId && !route.threadId) counts.global++;
      }
    }
    // Exactly what the recorded files hold (update when the transcripts are re-recorded).
    assert.deepEqual(counts, { turn: 103, thread: 155, global: 38 });
  });
});

describe("recorded transcripts: the MessageRouter delivers each turn's events to its stream (turn_stream.ts)", () => {
  for (const fixture of allFixtures()) {
    it(fixture.name, async () => {
      await replayThroughRouter(fixture);
    });
  }
});

// ---------------------------------------------------------------------------------------
// Helpers

type Id = string | number;

interface Message {
  id?: Id;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

interface Line {
  dir: "out" | "in";
  msg: Message;
  /** 1-based line number in the file. */
  n: number;
}

interface Fixture {
  name: string;
  lines: Line[];
  experimental: boolean;
  /** `turn.id` of every turn/start result. */
  turnIds: Set<string>;
  /** `thread.id` of every thread/start, thread/resume and thread/fork result. */
  threadIds: Set<string>;
}

interface MethodTables {
  CLIENT_REQUEST_SCHEMAS: Readonly<
    Record<string, { params: v.GenericSchema; result: v.GenericSchema }>
  >;
  SERVER_NOTIFICATION_SCHEMAS: Readonly<Record<string, v.GenericSchema>>;
  SERVER_REQUEST_SCHEMAS: Readonly<
    Record<string, { params: v.GenericSchema; result: v.GenericSchema }>
  >;
}

// Read afresh each time (12 small files): describe bodies run while the module is still
// being evaluated, before any module-level cache below them would be initialised.
function allFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map(loadFixture);
}

function loadFixture(name: string): Fixture {
  const text = readFileSync(new URL(name, FIXTURES_DIR), "utf8");
  const lines: Line[] = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    const parsed = JSON.parse(raw) as { dir: "out" | "in"; msg: Message };
    assert.ok(parsed.dir === "out" || parsed.dir === "in", `${name}:${index + 1} dir`);
    assert.equal(typeof parsed.msg, "object", `${name}:${index + 1} msg`);
    lines.push({ dir: parsed.dir, msg: parsed.msg, n: index + 1 });
  });
  const init = lines.find((l) => l.dir === "out" && l.msg.method === "initialize");
  const capabilities = (init?.msg.params as { capabilities?: { experimentalApi?: boolean } })
    ?.capabilities;
  const fixture: Fixture = {
    name,
    lines,
    experimental: capabilities?.experimentalApi === true,
    turnIds: new Set(),
    threadIds: new Set(),
  };
  const outMethods = new Map<Id, string>();
  for (const line of lines) {
    const { msg } = line;
    if (line.dir === "out" && msg.method !== undefined && msg.id !== undefined) {
      outMethods.set(msg.id, msg.method);
    } else if (line.dir === "in" && msg.method === undefined && "result" in msg) {
      const method = outMethods.get(msg.id!);
      const result = msg.result as { turn?: { id?: unknown }; thread?: { id?: unknown } };
      if (method === "turn/start" && typeof result.turn?.id === "string") {
        fixture.turnIds.add(result.turn.id);
      }
      if (
        (method === "thread/start" || method === "thread/resume" || method === "thread/fork") &&
        typeof result.thread?.id === "string"
      ) {
        fixture.threadIds.add(result.thread.id);
      }
    }
  }
  return fixture;
}

function classify(line: Line): Kind {
  const { msg } = line;
  if (msg.method !== undefined) {
    if (msg.id !== undefined) return line.dir === "out" ? "client request" : "server request";
    return line.dir === "out" ? "client notification" : "server notification";
  }
  const error = "error" in msg;
  if (line.dir === "in") return error ? "client request error" : "client request result";
  return error ? "server request error" : "server request result";
}

interface FixtureReport {
  counts: Record<Kind, number>;
  failures: string[];
  skipped: string[];
}

/** Checks every line of a transcript; never throws, so one run reports every failure. */
function checkFixture(fixture: Fixture): FixtureReport {
  const tables: MethodTables = fixture.experimental ? experimentalMethods : stableMethods;
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const failures: string[] = [];
  const skipped: string[] = [];
  const invalid = EXPECTED_INVALID_PARAMS[fixture.name] ?? {};
  const fakes = FAKE_METHODS[fixture.name] ?? [];
  // Client and server request ids are separate spaces: both start small and overlap.
  const clientRequests = new Map<Id, string>();
  const serverRequests = new Map<Id, string>();
  const answered = new Set<string>();

  const check = (kind: Kind, line: Line, schema: v.GenericSchema, value: unknown, what: string) => {
    const failure = checkValue(schema, value, "strict", what);
    if (failure) failures.push(`${fixture.name}:${line.n} ${failure.message}`);
    counts[kind]++;
  };

  /** The method an answer belongs to; reports answers to unknown ids and second answers. */
  const answerTo = (side: "c" | "s", requests: Map<Id, string>, line: Line) => {
    const id = line.msg.id!;
    const where = `${fixture.name}:${line.n}`;
    const method = requests.get(id);
    const who = side === "c" ? "client" : "server";
    if (method === undefined) failures.push(`${where} answer to unknown ${who} request id ${id}`);
    else if (answered.has(`${side}${id}`)) failures.push(`${where} second answer to ${id}`);
    answered.add(`${side}${id}`);
    return method;
  };

  for (const line of fixture.lines) {
    const { msg } = line;
    const kind = classify(line);
    const where = `${fixture.name}:${line.n}`;
    switch (kind) {
      case "client request": {
        const method = msg.method!;
        if (clientRequests.has(msg.id!)) failures.push(`${where} duplicate request id ${msg.id}`);
        clientRequests.set(msg.id!, method);
        const schemas = tables.CLIENT_REQUEST_SCHEMAS[method];
        if (!schemas) {
          if (fakes.includes(method)) skipped.push(`${fixture.name} ${kind} ${method}`);
          else failures.push(`${where} unknown client request method ${method}`);
          break;
        }
        const expectedPath = invalid[String(msg.id)];
        if (expectedPath !== undefined) {
          // Checked, but expected to fail (see EXPECTED_INVALID_PARAMS).
          const failure = checkValue(schemas.params, msg.params, "strict", `${method} params`);
          if (failure?.path !== expectedPath) {
            failures.push(`${where} ${method} params should fail at ${expectedPath}`);
          }
          counts[kind]++;
          break;
        }
        check(kind, line, schemas.params, msg.params, `${method} params`);
        break;
      }
      case "client request result":
      case "client request error": {
        const method = answerTo("c", clientRequests, line);
        if (method === undefined) break;
        const schemas = tables.CLIENT_REQUEST_SCHEMAS[method];
        if (kind === "client request error") {
          if (!schemas && fakes.includes(method)) {
            skipped.push(`${fixture.name} ${kind} (answer to ${method})`);
            break;
          }
          if (!isWireError(msg.error)) failures.push(`${where} malformed error ${msg.error}`);
          counts[kind]++;
          break;
        }
        if (!schemas) {
          failures.push(`${where} result of unknown method ${method}`);
          break;
        }
        check(kind, line, schemas.result, msg.result, `${method} result`);
        break;
      }
      case "client notification": {
        const method = msg.method!;
        if (!Object.hasOwn(CLIENT_NOTIFICATIONS, method)) {
          failures.push(`${where} unknown client notification ${method}`);
          break;
        }
        // Every generated client notification has no params (null is the same).
        if (msg.params !== undefined && msg.params !== null) {
          failures.push(`${where} ${method} has params`);
        }
        counts[kind]++;
        break;
      }
      case "server notification": {
        const method = msg.method!;
        const schema = tables.SERVER_NOTIFICATION_SCHEMAS[method];
        if (!schema) {
          failures.push(`${where} unknown server notification ${method}`);
          break;
        }
        check(kind, line, schema, msg.params, `${method} params`);
        break;
      }
      case "server request": {
        const method = msg.method!;
        if (serverRequests.has(msg.id!)) failures.push(`${where} duplicate server id ${msg.id}`);
        serverRequests.set(msg.id!, method);
        const schemas = tables.SERVER_REQUEST_SCHEMAS[method];
        if (!schemas) {
          failures.push(`${where} unknown server request ${method}`);
          break;
        }
        check(kind, line, schemas.params, msg.params, `${method} params`);
        break;
      }
      case "server request result":
      case "server request error": {
        const method = answerTo("s", serverRequests, line);
        if (method === undefined) break;
        if (kind === "server request error") {
          if (!isWireError(msg.error)) failures.push(`${where} malformed error`);
          counts[kind]++;
          break;
        }
        const schemas = tables.SERVER_REQUEST_SCHEMAS[method];
        if (!schemas) {
          failures.push(`${where} answer to unknown server request ${method}`);
          break;
        }
        check(kind, line, schemas.result, msg.result, `${method} result`);
        break;
      }
    }
  }
  for (const id of clientRequests.keys()) {
    if (!answered.has(`c${id}`)) failures.push(`${fixture.name}: request ${id} never answered`);
  }
  for (const id of serverRequests.keys()) {
    if (!answered.has(`s${id}`)) failures.push(`${fixture.name}: server request ${id} unanswered`);
  }
  return { counts, failures, skipped };
}

function isWireError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null | undefined;
  return typeof e === "object" && e !== null && Number.isInteger(e.code) &&
    typeof e.message === "string";
}

function expectFailure(
  failure: ReturnType<typeof checkValue>,
  mentions: string[],
  path: string | undefined,
): void {
  assert.ok(failure, `expected a failure naming ${mentions.join(", ")}`);
  for (const m of mentions) {
    assert.ok(failure.message.includes(m), `"${failure.message}" does not name ${m}`);
  }
  if (path !== undefined) assert.equal(failure.path, path);
  assert.ok(failure.issues.length > 0);
}

/** A deep copy of the params of the first incoming message with this method. */
function copyParams(name: string, method: string): unknown {
  const line = loadFixture(name).lines.find((l) => l.dir === "in" && l.msg.method === method);
  assert.ok(line, `${name} has no ${method}`);
  return structuredClone(line.msg.params);
}

/** A deep copy of the params of the first outgoing request with this method. */
function copyRequestParams(name: string, method: string): unknown {
  const line = loadFixture(name).lines.find((l) => l.dir === "out" && l.msg.method === method);
  assert.ok(line, `${name} sends no ${method}`);
  return structuredClone(line.msg.params);
}

/** A deep copy of the server's result for the first client request with this method. */
function copyResult(name: string, method: string): unknown {
  const { lines } = loadFixture(name);
  const request = lines.find((l) => l.dir === "out" && l.msg.method === method);
  assert.ok(request?.msg.id !== undefined, `${name} sends no ${method}`);
  const response = lines.find((l) =>
    l.dir === "in" && l.msg.method === undefined && l.msg.id === request.msg.id
  );
  assert.ok(response && "result" in response.msg, `${name}: no result for ${method}`);
  return structuredClone(response.msg.result);
}

/** A deep copy of the client's answer to the first server request with this method. */
function recordedAnswer(name: string, method: string): unknown {
  const { lines } = loadFixture(name);
  const request = lines.find((l) => l.dir === "in" && l.msg.method === method);
  assert.ok(request?.msg.id !== undefined, `${name} has no ${method} request`);
  const answer = lines.find((l) =>
    l.dir === "out" && l.msg.method === undefined && l.msg.id === request.msg.id
  );
  assert.ok(answer && "result" in answer.msg, `${name}: no answer to ${method}`);
  return structuredClone(answer.msg.result);
}

function resolveIdPath(params: unknown, path: IdPath): unknown {
  if (typeof params !== "object" || params === null) return undefined;
  const record = params as Record<string, unknown>;
  if (path === "turnId" || path === "threadId") return record[path];
  const outer = record[path === "turn.id" ? "turn" : "thread"];
  if (typeof outer !== "object" || outer === null) return undefined;
  return (outer as Record<string, unknown>).id;
}

function hasIdPath(params: unknown, path: IdPath): boolean {
  if (typeof params !== "object" || params === null) return false;
  const record = params as Record<string, unknown>;
  if (path === "turnId" || path === "threadId") return Object.hasOwn(record, path);
  const outer = record[path === "turn.id" ? "turn" : "thread"];
  return typeof outer === "object" && outer !== null && Object.hasOwn(outer, "id");
}

/** The turn an incoming message belongs to, read from the transcript (not the registry). */
function transcriptTurnOf(
  msg: Message,
  serverRequestTurns: Map<Id, string>,
): string | undefined {
  const params = msg.params as Record<string, unknown> | undefined;
  const direct = resolveIdPath(params, "turnId") ?? resolveIdPath(params, "turn.id");
  if (typeof direct === "string") return direct;
  // serverRequest/resolved names only its request; it belongs to that request's turn.
  if (msg.method === "serverRequest/resolved") {
    return serverRequestTurns.get((params as { requestId: Id }).requestId);
  }
  return undefined;
}

function transcriptThreadOf(msg: Message): string | undefined {
  const id = resolveIdPath(msg.params, "threadId") ?? resolveIdPath(msg.params, "thread.id");
  return typeof id === "string" ? id : undefined;
}

/**
 * Writes a transcript's incoming notifications and server requests into a MessageRouter
 * (strict validation), with every turn claimed and every thread subscribed beforehand,
 * and checks each turn's stream, each thread's listener and a global tap against what
 * the transcript says belongs there.
 */
async function replayThroughRouter(fixture: Fixture): Promise<void> {
  const incoming = fixture.lines.filter((l) => l.dir === "in" && l.msg.method !== undefined);
  const serverRequestTurns = new Map<Id, string>();
  const serverRequestMethods = new Map<Id, string>();
  const perTurn = new Map<string, RoutedEvent[]>([...fixture.turnIds].map((t) => [t, []]));
  const perThread = new Map<string, RoutedNotification[]>(
    [...fixture.threadIds].map((t) => [t, []]),
  );
  const notifications: RoutedNotification[] = [];
  for (const { msg } of incoming) {
    const event: RoutedEvent = msg.id !== undefined
      ? { id: msg.id, method: msg.method!, params: msg.params }
      : { method: msg.method!, params: msg.params };
    const turnId = transcriptTurnOf(msg, serverRequestTurns);
    if (msg.id !== undefined) {
      serverRequestMethods.set(msg.id, msg.method!);
      if (turnId !== undefined) serverRequestTurns.set(msg.id, turnId);
    } else {
      notifications.push(event);
    }
    if (turnId !== undefined) {
      const list = perTurn.get(turnId);
      assert.ok(list, `${fixture.name}: ${msg.method} names turn ${turnId}, not a started one`);
      list.push(event);
    } else if (msg.id === undefined) {
      const threadId = transcriptThreadOf(msg);
      if (threadId !== undefined) perThread.get(threadId)?.push(event);
    }
  }

  const tables = fixture.experimental ? await loadExperimentalTables() : stableTables;
  const problems: ProtocolMessageEvent[] = [];
  const sent: string[] = [];
  let seen = 0;
  let resolveDrained!: () => void;
  const drained = new Promise<void>((resolve) => (resolveDrained = resolve));
  if (incoming.length === 0) resolveDrained();
  const [clientSide, serverSide] = memoryTransportPair();
  const router = new MessageRouter(clientSide, {
    tables,
    validation: "strict",
    onProtocolMessage: (event) => {
      if (event.error) problems.push(event);
      if (event.direction === "out") sent.push(event.text);
      // Called at the start of the synchronous dispatch; an await after the last one
      // resumes only once that dispatch has finished.
      if (event.direction === "in" && !event.error && ++seen === incoming.length) {
        resolveDrained();
      }
    },
  });
  router.start();
  try {
    const streams = new Map<string, TurnStream>();
    const live = new Map<string, Promise<RoutedEvent[]>>();
    for (const turnId of fixture.turnIds) {
      const stream = new TurnStream();
      router.claimTurn(turnId, stream);
      streams.set(turnId, stream);
      live.set(turnId, collectStream(stream.branch()));
    }
    const threadEvents = new Map<string, RoutedNotification[]>();
    for (const threadId of fixture.threadIds) {
      const got: RoutedNotification[] = [];
      threadEvents.set(threadId, got);
      router.subscribeThread(threadId, (n) => got.push(n));
    }
    const tapReader = router.tap().getReader();
    const tapped = (async () => {
      const out: RoutedNotification[] = [];
      while (out.length < notifications.length) {
        const { value, done } = await tapReader.read();
        if (done) break;
        out.push(value);
      }
      return out;
    })();

    const writer = serverSide.writable.getWriter();
    for (const { msg } of incoming) await writer.write(JSON.stringify(msg));
    writer.releaseLock();
    await withTimeout(drained, `${fixture.name}: router to read every message`);

    for (const [turnId, expected] of perTurn) {
      const where = `${fixture.name} turn ${turnId}`;
      assert.ok(expected.length > 0, `${where}: the transcript has no events for it`);
      assert.equal(expected.at(-1)?.method, "turn/completed", `${where} ends with turn/completed`);
      const got = await withTimeout(live.get(turnId)!, `${where}: stream to end`);
      assert.deepEqual(got.map((e) => e.method), expected.map((e) => e.method), where);
      assert.deepEqual(got, expected, where);
      const stream = streams.get(turnId)!;
      assert.equal(await stream.done, undefined, `${where} completed, not failed`);
      // A branch taken after the end replays the whole turn too.
      assert.deepEqual(await collectStream(stream.branch()), expected, `${where} (late branch)`);
    }
    for (const [threadId, expected] of perThread) {
      assert.deepEqual(
        threadEvents.get(threadId),
        expected,
        `${fixture.name} thread ${threadId} listener`,
      );
    }
    assert.deepEqual(await withTimeout(tapped, `${fixture.name}: tap`), notifications);
    await tapReader.cancel();
    assert.equal(router.earlyBufferedTurns, 0, "nothing left unclaimed in the early buffer");
    assert.deepEqual(
      problems.map((p) => p.error?.message),
      [],
      `${fixture.name}: the router reported problems`,
    );
    // Let the fail-closed answers (queued as microtasks) go out before looking at them.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const text of sent) {
      const answer = JSON.parse(text) as Message;
      const method = serverRequestMethods.get(answer.id!);
      assert.ok(method, `${fixture.name}: router wrote ${text}`);
      assert.ok("result" in answer, `${fixture.name}: ${text}`);
      assert.equal(
        checkValue(tables.serverRequests[method].result, answer.result, "strict", method),
        null,
      );
      if (method === "item/commandExecution/requestApproval") {
        assert.deepEqual(answer.result, { decision: "decline" }, "fail-closed declines");
      }
    }
    assert.ok(sent.length <= serverRequestMethods.size, "at most one answer per request");
  } finally {
    await router.close();
  }
}

/** Sends one turn/completed for `turnId` through a fresh router and reports what happened. */
async function routeOne(
  turnId: string,
  params: unknown,
  validation: "strict" | "lenient",
): Promise<{ done: unknown; events: RoutedEvent[]; problems: ProtocolMessageEvent[] }> {
  const problems: ProtocolMessageEvent[] = [];
  const [clientSide, serverSide] = memoryTransportPair();
  const router = new MessageRouter(clientSide, {
    tables: stableTables,
    validation,
    onProtocolMessage: (event) => {
      if (event.error) problems.push(event);
    },
  });
  router.start();
  try {
    const stream = new TurnStream();
    router.claimTurn(turnId, stream);
    const events: RoutedEvent[] = [];
    const reading = (async () => {
      try {
        events.push(...await collectStream(stream.branch()));
      } catch {
        // A failed turn errors its branch; `done` says why.
      }
    })();
    const writer = serverSide.writable.getWriter();
    await writer.write(JSON.stringify({ method: "turn/completed", params }));
    writer.releaseLock();
    const done = await withTimeout(stream.done, "turn to settle");
    await reading;
    return { done, events, problems };
  } finally {
    await router.close();
  }
}

async function collectStream<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  while (true) {
    const { value, done } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

async function withTimeout<T>(promise: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
