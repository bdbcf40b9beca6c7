// The protocol generator (scripts/generate.ts), the generated gen/ tables, and
// src/wire/validate.ts. Runs the real pinned binary's schema export (fast: well under 1 s).
import { after, before, describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EXPERIMENTAL_RESULT_TABLE,
  generate,
  GenerateError,
  type ProtocolInput,
  readSchemas,
  resolveCodex,
  RESULT_TABLE,
  ROOT,
  translateProtocol,
} from "../scripts/generate.ts";
import { overlayOf, tsType, vSchema } from "../scripts/_gen_emit.ts";
import { buildModel } from "../scripts/_gen_model.ts";
import * as experimental from "../gen/experimental/methods.ts";
import * as experimentalSchemas from "../gen/experimental/schemas.ts";
import * as stableSchemas from "../gen/schemas.ts";
import {
  CLIENT_REQUEST_SCHEMAS,
  type ClientNotificationMap,
  type ClientRequestMap,
  SERVER_NOTIFICATION_SCHEMAS,
  SERVER_REQUEST_SCHEMAS,
  type ServerNotificationMap,
  type ServerRequestMap,
} from "../gen/methods.ts";
import { NOTIFICATION_ROUTES, SERVER_REQUEST_ROUTES } from "../gen/routing.ts";
import type { ThreadItem, ThreadStartParams } from "../gen/types.ts";
import { TurnCompletedNotificationSchema } from "../gen/schemas.ts";
import { CODEX_VERSION, PROTOCOL_COUNTS } from "../gen/version.ts";
import { PROTOCOL_COUNTS as EXPERIMENTAL_COUNTS } from "../gen/experimental/version.ts";
import { checkValue } from "../src/wire/validate.ts";

let stable: ProtocolInput;
let unstable: ProtocolInput;
let scratch: string;

before(async () => {
  const codex = await resolveCodex();
  [stable, unstable] = await Promise.all([readSchemas(codex, false), readSchemas(codex, true)]);
  scratch = await mkdtemp(join(tmpdir(), "generate-test-"));
});

after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parent = (entry as { parentPath?: string }).parentPath ??
      (entry as unknown as { path: string }).path;
    const path = join(parent, entry.name);
    files.set(path.slice(dir.length + 1).split("\\").join("/"), await readFile(path, "utf8"));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function methodCount(file: unknown): number {
  return (file as { oneOf: unknown[] }).oneOf.length;
}

function methodsOf(file: unknown): string[] {
  return (file as { oneOf: { properties: { method: { enum: string[] } } }[] }).oneOf
    .map((b) => b.properties.method.enum[0]).sort();
}

type Bundle = { definitions: Record<string, unknown> & { v2: Record<string, unknown> } };

/** A deep copy of the stable input with `edit` applied to its bundle. */
function doctored(edit: (bundle: Bundle) => void): ProtocolInput {
  const copy = structuredClone(stable);
  edit(copy.bundle as Bundle);
  return copy;
}

async function seededDir(): Promise<{ dir: string; parent: string }> {
  const parent = await mkdtemp(join(scratch, "seeded-"));
  const dir = join(parent, "gen");
  await mkdir(dir);
  await writeFile(join(dir, "sentinel.txt"), "keep me");
  return { dir, parent };
}

async function assertUntouched(seed: { dir: string; parent: string }): Promise<void> {
  assert.deepEqual([...(await readTree(seed.dir))], [["sentinel.txt", "keep me"]]);
  assert.deepEqual(await readdir(seed.parent), ["gen"], "no staging directory left behind");
}

describe("generate", () => {
  it("is deterministic, and gen/ is what the pinned binary produces", async () => {
    const a = join(scratch, "a");
    const b = join(scratch, "b");
    await Promise.all([
      generate({ outDir: a }), // the full path: finds and runs the binary itself
      generate({ outDir: b, inputs: { stable, experimental: unstable } }),
    ]);
    const first = await readTree(a);
    const second = await readTree(b);
    assert.deepEqual([...first.keys()], [
      "experimental/methods.ts",
      "experimental/routing.ts",
      "experimental/schemas.ts",
      "experimental/types.ts",
      "experimental/version.ts",
      "methods.ts",
      "routing.ts",
      "schemas.ts",
      "types.ts",
      "version.ts",
    ]);
    assert.ok(first.get("types.ts")!.startsWith(
      `// Generated from codex ${stable.version} by scripts/generate.ts. Do not edit.\n`,
    ));
    for (const [name, text] of first) {
      assert.equal(second.get(name), text, `${name} differs between runs`);
    }
    const committed = await readTree(join(ROOT, "gen"));
    assert.deepEqual([...committed.keys()], [...first.keys()]);
    for (const [name, text] of first) {
      assert.ok(committed.get(name) === text, `gen/${name} is stale: run npm run gen`);
    }
  });

  it("has exactly the binary's methods and counts", () => {
    const cases: [
      ProtocolInput,
      typeof CLIENT_REQUEST_SCHEMAS,
      typeof SERVER_NOTIFICATION_SCHEMAS,
      typeof SERVER_REQUEST_SCHEMAS,
      typeof PROTOCOL_COUNTS,
    ][] = [
      [
        stable,
        CLIENT_REQUEST_SCHEMAS,
        SERVER_NOTIFICATION_SCHEMAS,
        SERVER_REQUEST_SCHEMAS,
        PROTOCOL_COUNTS,
      ],
      [
        unstable,
        experimental.CLIENT_REQUEST_SCHEMAS,
        experimental.SERVER_NOTIFICATION_SCHEMAS,
        experimental.SERVER_REQUEST_SCHEMAS,
        EXPERIMENTAL_COUNTS,
      ],
    ];
    for (const [input, requests, notifications, serverRequests, counts] of cases) {
      assert.deepEqual(Object.keys(requests).sort(), methodsOf(input.clientRequest));
      assert.deepEqual(Object.keys(notifications).sort(), methodsOf(input.serverNotification));
      assert.deepEqual(Object.keys(serverRequests).sort(), methodsOf(input.serverRequest));
      assert.equal(counts.clientRequests, methodCount(input.clientRequest));
      assert.equal(counts.serverNotifications, methodCount(input.serverNotification));
      assert.equal(counts.serverRequests, methodCount(input.serverRequest));
      assert.equal(counts.clientNotifications, methodCount(input.clientNotification));
    }
    assert.equal(CODEX_VERSION, stable.version);
    assert.ok(EXPERIMENTAL_COUNTS.clientRequests > PROTOCOL_COUNTS.clientRequests);
  });

  it("types narrow on their discriminators (checked by the compiler)", () => {
    const text = (item: ThreadItem): string | undefined =>
      item.type === "agentMessage" ? item.text : undefined;
    const params: ClientRequestMap["thread/start"]["params"] = {} satisfies ThreadStartParams;
    const none: ClientRequestMap["account/logout"]["params"] = undefined;
    const initialized: ClientNotificationMap["initialized"] = undefined;
    const decision: ServerRequestMap["item/commandExecution/requestApproval"]["result"] = {
      decision: "decline",
    };
    const started = (n: ServerNotificationMap["turn/started"]): string => n.turn.id;
    assert.equal(text({ type: "agentMessage", id: "i", text: "hi" }), "hi");
    assert.deepEqual([params, none, initialized, decision.decision], [
      {},
      undefined,
      undefined,
      "decline",
    ]);
    assert.equal(typeof started, "function");
  });

  it("writes the experimental set as an overlay of the stable one", () => {
    const base = translateProtocol(stable);
    const full = translateProtocol(unstable);
    const overlaid = translateProtocol(unstable, undefined, base.model);
    const overlay = overlayOf(overlaid.model, base.model);
    // Most definitions are shared; the overlay redeclares only what differs, but every
    // experimental definition is still exported, and a shared one is the stable object.
    assert.ok(overlay.names.size > 0 && overlay.names.size < full.model.definitions.size / 2);
    assert.ok(overlaid.files.get("types.ts")!.length < full.files.get("types.ts")!.length / 2);
    const exported = experimentalSchemas as Record<string, unknown>;
    const shared = stableSchemas as Record<string, unknown>;
    for (const name of full.model.definitions.keys()) {
      const schema = exported[`${name}Schema`];
      assert.ok(schema !== undefined, `${name}Schema missing from the overlay`);
      assert.equal(schema === shared[`${name}Schema`], !overlay.names.has(name), name);
    }
    assert.equal(overlaid.files.get("methods.ts"), full.files.get("methods.ts"));
  });

  it("redeclares in an overlay what changed, what is new, and what refers to either", () => {
    const base = buildModel({
      definitions: {
        A: { type: "string" },
        B: { properties: { a: { $ref: "#/definitions/A" } }, type: "object" },
        C: { type: "number" },
        E: { properties: { c: { $ref: "#/definitions/C" } }, type: "object" },
      },
    });
    const next = buildModel({
      definitions: {
        A: { type: "integer" },
        B: { properties: { a: { $ref: "#/definitions/A" } }, type: "object" },
        C: { type: "number" },
        D: { properties: { c: { $ref: "#/definitions/C" } }, type: "object" },
        E: { properties: { c: { $ref: "#/definitions/C" } }, type: "object" },
      },
    });
    const overlay = overlayOf(next, base);
    assert.deepEqual([...overlay.names].sort(), ["A", "B", "D"]);
    assert.deepEqual(overlay.imported(next), ["C"]);
    assert.throws(() => overlayOf(base, next), /lacks stable definitions \(D\)/);
  });

  it("translates each schema construct", () => {
    const model = buildModel({
      definitions: {
        Id: { type: "string" },
        Shape: {
          properties: { at: { format: "int64", type: ["integer", "null"] } },
          oneOf: [
            { properties: { kind: { enum: ["dot"] } }, required: ["kind"], type: "object" },
            {
              properties: { kind: { const: "box" }, side: { type: "number" } },
              required: ["kind", "side"],
              type: "object",
            },
          ],
          type: "object",
        },
        v2: {
          Id: { $schema: "http://json-schema.org/draft-07/schema#", title: "Id", type: "string" },
          Bag: {
            properties: {
              any: true,
              id: { allOf: [{ $ref: "#/definitions/Id" }], description: "Its id." },
              maybe: { anyOf: [{ $ref: "#/definitions/v2/Shape" }, { type: "null" }] },
              tags: { additionalProperties: { type: "string" }, type: "object" },
              level: { enum: ["low", "high"], type: "string" },
            },
            required: ["id"],
            type: "object",
          },
        },
      },
    });
    assert.deepEqual([...model.definitions.keys()], ["Bag", "Id", "Shape"]);
    const ts = (name: string) => tsType(model.definitions.get(name)!.node).replace(/\s+/g, " ");
    const vs = (name: string) =>
      vSchema(model.definitions.get(name)!.node, (n) => `L(${n})`).replace(/\s+/g, " ");
    assert.equal(
      ts("Bag"),
      '{ any?: unknown; /** Its id. */ id: Id; level?: "low" | "high"; maybe?: Shape | null; ' +
        "tags?: { [key: string]: string; }; }",
    );
    assert.equal(
      vs("Bag"),
      'v.looseObject({ any: v.optional(v.unknown()), id: L(Id), level: v.optional(v.picklist(["low", "high"])), ' +
        "maybe: v.optional(v.nullable(L(Shape))), tags: v.optional(v.record(v.string(), v.string())), })",
    );
    // Shared properties go into every alternative, so the union stays discriminated.
    assert.equal(
      ts("Shape"),
      ' | { kind: "dot"; at?: number | null; } | { kind: "box"; at?: number | null; side: number; }',
    );
    assert.match(
      vs("Shape"),
      /^v\.variant\("kind", \[ v\.looseObject\(\{ kind: v\.picklist\(\["dot"\]\)/,
    );
  });

  it("stops without touching the output when the binary is missing", async () => {
    const seed = await seededDir();
    const missing = join(scratch, "no-such-codex");
    await assert.rejects(generate({ codexPath: missing, outDir: seed.dir }), (error: unknown) => {
      assert.ok(error instanceof GenerateError);
      assert.match(error.message, /codex binary not found/);
      assert.ok(error.message.includes(missing));
      return true;
    });
    await assertUntouched(seed);
  });

  it("refuses a binary whose version is not the pinned one", async () => {
    const fake = join(scratch, "fake-codex.mjs");
    await writeFile(fake, 'console.log("codex-cli 0.0.1");\n');
    await assert.rejects(
      resolveCodex(fake),
      /version 0\.0\.1, but package\.json pins @openai\/codex/,
    );
  });

  it("names the definition, pointer and reason for a schema it cannot translate", async () => {
    const bad = doctored((b) => {
      b.definitions.v2.Turn = { type: "frobnicate" };
    });
    assert.throws(() => translateProtocol(bad), (error: unknown) => {
      assert.ok(error instanceof GenerateError);
      assert.equal(error.definition, "Turn");
      assert.equal(error.pointer, "#/definitions/v2/Turn/type");
      assert.match(
        error.message,
        /definition "Turn" at #\/definitions\/v2\/Turn\/type: unsupported type "frobnicate"/,
      );
      return true;
    });
    const dangling = doctored((b) => {
      (b.definitions.v2.Turn as { properties: Record<string, unknown> }).properties.id = {
        $ref: "#/definitions/Nope",
      };
    });
    assert.throws(
      () => translateProtocol(dangling),
      /definition "Turn" at #\/definitions\/v2\/Turn\/properties\/id\/\$ref: reference to unknown definition "#\/definitions\/Nope"/,
    );
    const keyword = doctored((b) => {
      (b.definitions.v2.Turn as Record<string, unknown>).patternProperties = {};
    });
    assert.throws(
      () => translateProtocol(keyword),
      /definition "Turn" .*unsupported keyword "patternProperties"/,
    );

    const seed = await seededDir();
    await assert.rejects(
      generate({ outDir: seed.dir, inputs: { stable: bad, experimental: unstable } }),
      /frobnicate/,
    );
    await assertUntouched(seed);
  });

  it("rejects a name defined twice with different schemas", () => {
    const twice = doctored((b) => {
      b.definitions.v2.RequestId = { type: "string" };
    });
    assert.throws(
      () => translateProtocol(twice),
      /definition "RequestId" .*defined twice with different schemas/,
    );
  });

  it("types a result it cannot derive as unknown and reports it, without stopping", () => {
    const { files, unknownResults } = translateProtocol(stable, {});
    assert.ok(
      unknownResults.includes('ClientRequest "account/gatewayOAuth/cancel" (no params)'),
      unknownResults.join("\n"),
    );
    const methods = files.get("methods.ts")!;
    assert.match(
      methods,
      /"account\/gatewayOAuth\/cancel": \{ params: undefined; result: unknown \}/,
    );
    assert.match(
      methods,
      /"account\/gatewayOAuth\/cancel": \{ params: NO_PARAMS, result: v\.unknown\(\) \}/,
    );
    // The table resolves exactly its own entries; whatever is left stays unknown.
    const left = translateProtocol(stable).unknownResults;
    assert.equal(unknownResults.length - left.length, Object.keys(RESULT_TABLE).length);
    for (const entry of left) assert.ok(unknownResults.includes(entry), entry);
  });

  it("checks the result table", () => {
    assert.throws(
      () => translateProtocol(stable, { ...RESULT_TABLE, "no/such/method": "ThreadStartResponse" }),
      /result table names "no\/such\/method", which is not a request method/,
    );
    assert.throws(
      () =>
        translateProtocol(unstable, {
          ...EXPERIMENTAL_RESULT_TABLE,
          "memory/reset": "NoSuchResponse",
        }),
      /maps "memory\/reset" to "NoSuchResponse", which is not a definition/,
    );
    assert.throws(
      () => translateProtocol(stable, { ...RESULT_TABLE, "thread/start": "ThreadStartResponse" }),
      /entry "thread\/start" .* is stale/,
    );
  });
});

describe("routing registry", () => {
  it("knows where turn and thread ids live", () => {
    assert.deepEqual(NOTIFICATION_ROUTES["turn/started"], {
      turnId: "turn.id",
      threadId: "threadId",
    });
    assert.deepEqual(NOTIFICATION_ROUTES["turn/completed"], {
      turnId: "turn.id",
      threadId: "threadId",
    });
    assert.deepEqual(NOTIFICATION_ROUTES["item/agentMessage/delta"], {
      turnId: "turnId",
      threadId: "threadId",
    });
    assert.deepEqual(NOTIFICATION_ROUTES["thread/started"], {
      turnId: null,
      threadId: "thread.id",
    });
    assert.deepEqual(NOTIFICATION_ROUTES["thread/status/changed"], {
      turnId: null,
      threadId: "threadId",
    });
    assert.deepEqual(NOTIFICATION_ROUTES["account/rateLimits/updated"], {
      turnId: null,
      threadId: null,
    });
    assert.deepEqual(SERVER_REQUEST_ROUTES["item/commandExecution/requestApproval"], {
      turnId: "turnId",
      threadId: "threadId",
    });
  });

  it("covers every notification and server request method", () => {
    assert.deepEqual(Object.keys(NOTIFICATION_ROUTES).sort(), methodsOf(stable.serverNotification));
    assert.deepEqual(Object.keys(SERVER_REQUEST_ROUTES).sort(), methodsOf(stable.serverRequest));
  });
});

describe("checkValue (validate.ts)", () => {
  const schema = TurnCompletedNotificationSchema;
  const turn = (fields: Record<string, unknown> = {}) => ({
    threadId: "th",
    turn: { id: "tu", status: "completed", items: [], error: null, ...fields },
  });
  const what = "turn/completed params";

  it("passes a valid value in every mode", () => {
    for (const mode of ["strict", "lenient", "off"] as const) {
      assert.equal(checkValue(schema, turn(), mode, what), null);
    }
  });

  it("rejects an unknown enum variant only in strict mode", () => {
    const value = turn({ status: "paused" });
    const failure = checkValue(schema, value, "strict", what);
    assert.equal(failure?.path, "turn.status");
    assert.match(failure!.message, /^turn\/completed params: turn\.status: .*received "paused"/);
    assert.equal(checkValue(schema, value, "lenient", what), null);
  });

  it("rejects an unknown tagged-union variant only in strict mode", () => {
    const value = turn({ items: [{ type: "hologram", id: "i1" }] });
    assert.equal(checkValue(schema, value, "strict", what)?.path, "turn.items.0.type");
    assert.equal(checkValue(schema, value, "lenient", what), null);
    const decision = SERVER_REQUEST_SCHEMAS["item/commandExecution/requestApproval"].result;
    assert.equal(checkValue(decision, { decision: "acceptForever" }, "lenient", "answer"), null);
    assert.notEqual(checkValue(decision, { decision: "acceptForever" }, "strict", "answer"), null);
  });

  it("accepts a new data variant of an externally tagged enum only in lenient mode", () => {
    const decision = SERVER_REQUEST_SCHEMAS["item/commandExecution/requestApproval"].result;
    const future = { decision: { acceptWithSandboxUpgrade: { level: "network" } } };
    assert.equal(checkValue(decision, future, "lenient", "answer"), null);
    assert.equal(checkValue(decision, future, "strict", "answer")?.path, "decision");
    // Still errors: a known variant with a bad payload, several keys, a non-object payload
    // where an object is required by a known key, and a missing decision.
    const bad = [
      { decision: { acceptWithExecpolicyAmendment: { execpolicy_amendment: "ls" } } },
      { decision: { acceptWithExecpolicyAmendment: 1 } },
      { decision: { newA: {}, newB: {} } },
      { decision: {} },
      { decision: [] },
      {},
    ];
    for (const value of bad) {
      assert.notEqual(
        checkValue(decision, value, "lenient", "answer"),
        null,
        JSON.stringify(value),
      );
    }
    // The known data variants pass in every mode.
    const known = { decision: { acceptWithExecpolicyAmendment: { execpolicy_amendment: ["ls"] } } };
    assert.equal(checkValue(decision, known, "strict", "answer"), null);
  });

  it("rejects a wrong type or a missing required field in strict and lenient mode", () => {
    for (const mode of ["strict", "lenient"] as const) {
      const failure = checkValue(schema, turn({ id: 123 }), mode, what);
      assert.equal(failure?.path, "turn.id");
      assert.equal(
        failure?.message,
        "turn/completed params: turn.id: Invalid type: Expected string but received 123",
      );
      assert.ok(failure!.issues.length > 0);
      const missing = checkValue(schema, { threadId: "th" }, mode, what);
      assert.equal(missing?.path, "turn");
      // An enum value of the wrong type is not an unknown variant.
      assert.equal(checkValue(schema, turn({ status: 7 }), mode, what)?.path, "turn.status");
      // Nor is a discriminator missing altogether.
      assert.notEqual(checkValue(schema, turn({ items: [{ id: "i1" }] }), mode, what), null);
    }
  });

  it("lets everything through when off", () => {
    assert.equal(checkValue(schema, "garbage", "off", what), null);
    assert.equal(checkValue(schema, turn({ id: 123 }), "off", what), null);
  });

  it("lets unknown extra fields through in every mode", () => {
    const value = { ...turn({ brandNew: { nested: true } }), alsoNew: 1 };
    for (const mode of ["strict", "lenient", "off"] as const) {
      assert.equal(checkValue(schema, value, mode, what), null);
    }
  });
});
