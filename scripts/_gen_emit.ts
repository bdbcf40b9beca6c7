/**
 * The model → TypeScript source. Output is valid but not pretty-printed; `deno fmt`
 * does the layout afterwards, so only line breaks that help it are emitted here.
 *
 * @module
 */

import type {
  Definition,
  Literal,
  Model,
  Node,
  ObjectNode,
  Prop,
  UnionNode,
} from "./_gen_model.ts";
import type { MethodInfo, Protocol, RouteInfo } from "./_gen_protocol.ts";
import { SERVER_CHOSEN_STREAM_KEYS } from "./_gen_protocol.ts";
import { compareStrings, GenerateError } from "./_gen_model.ts";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

function literal(value: Literal): string {
  return JSON.stringify(value);
}

/** A JSDoc block, or "" when there is nothing to say. */
export function jsdoc(text: string | undefined, tags: string[] = []): string {
  const lines = [
    ...(text === undefined ? [] : text.replace(/\r\n?/g, "\n").split("\n")),
    ...(text !== undefined && tags.length > 0 ? [""] : []),
    ...tags,
  ].map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0) return "";
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => (l === "" ? " *" : ` * ${l}`)).join("\n")}\n */\n`;
}

function defaultTag(prop: Prop): string[] {
  // A null default only restates that the field is optional and nullable.
  return prop.default !== undefined && prop.default !== null
    ? [`@default ${JSON.stringify(prop.default)}`]
    : [];
}

// ---------------------------------------------------------------------------------------
// TypeScript types

/** `refPrefix` qualifies references: "" inside types.ts, "T." elsewhere. */
export function tsType(node: Node, refPrefix = ""): string {
  switch (node.kind) {
    case "unknown":
      return "unknown";
    case "never":
      return "never";
    case "ref":
      return `${refPrefix}${node.name}`;
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "literal":
      return literal(node.value);
    case "array": {
      const item = tsType(node.items, refPrefix);
      return needsParens(node.items) ? `(${item})[]` : `${item}[]`;
    }
    case "object":
      return tsObject(node, refPrefix);
    case "union":
      return tsUnion(node, refPrefix);
    case "intersect":
      return node.members
        .map((m) => (m.kind === "union" ? `(${tsType(m, refPrefix)})` : tsType(m, refPrefix)))
        .join(" & ");
  }
}

function needsParens(node: Node): boolean {
  return node.kind === "union" || node.kind === "intersect";
}

/** Properties in name order, except `first` (a union's discriminator), which leads. */
function ordered(node: ObjectNode, first: string | null): Prop[] {
  if (first === null) return node.props;
  return [
    ...node.props.filter((p) => p.name === first),
    ...node.props.filter((p) => p.name !== first),
  ];
}

function tsObject(node: ObjectNode, refPrefix: string, first: string | null = null): string {
  const lines: string[] = [];
  for (const prop of ordered(node, first)) {
    lines.push(
      `${jsdoc(prop.doc, defaultTag(prop))}${key(prop.name)}${prop.required ? "" : "?"}: ${
        tsType(prop.node, refPrefix)
      };`,
    );
  }
  if (node.rest !== null) {
    // Every declared property must fit the index signature, so only a schema without
    // properties can carry the precise value type.
    const rest = node.props.length === 0 ? tsType(node.rest, refPrefix) : "unknown";
    lines.push(`[key: string]: ${rest};`);
  } else if (node.props.length === 0) {
    // Also when closed (`additionalProperties: false`): the schema stays loose (see
    // vObject), and a type must describe what its schema accepts.
    lines.push("[key: string]: unknown;");
  }
  return `{\n${lines.join("\n")}\n}`;
}

function tsUnion(node: UnionNode, refPrefix: string): string {
  const texts = node.members.map((m) => {
    const text = m.kind === "object" ? tsObject(m, refPrefix, node.tag) : tsType(m, refPrefix);
    return m.kind === "intersect" ? `(${text})` : text;
  });
  if (node.nullable) texts.push("null");
  const simple = node.members.every((m) =>
    m.doc === undefined && m.kind !== "object" && m.kind !== "intersect"
  );
  if (simple) return texts.join(" | ");
  return `\n${texts.map((t, i) => `${jsdoc(node.members[i]?.doc)}| ${t}`).join("\n")}`;
}

// ---------------------------------------------------------------------------------------
// valibot schemas

/** `ref` renders a reference to a definition's schema. */
export function vSchema(node: Node, ref: (name: string) => string): string {
  switch (node.kind) {
    case "unknown":
      return "v.unknown()";
    case "never":
      return "v.never()";
    case "ref":
      return ref(node.name);
    case "string":
      return node.minLength === undefined
        ? "v.string()"
        : `v.pipe(v.string(), v.minLength(${node.minLength}))`;
    case "number":
      return node.integer ? "v.pipe(v.number(), v.integer())" : "v.number()";
    case "boolean":
      return "v.boolean()";
    case "null":
      return "v.null()";
    case "literal":
      // Enums are picklists even with one value, so that a value the server added later
      // always shows up as a "picklist" issue, which lenient validation knows to tolerate.
      return typeof node.value === "string"
        ? `v.picklist([${literal(node.value)}])`
        : `v.literal(${literal(node.value)})`;
    case "array":
      return `v.array(${vSchema(node.items, ref)})`;
    case "object":
      return vObject(node, ref, null);
    case "union":
      return vUnion(node, ref);
    case "intersect":
      return `v.intersect([${node.members.map((m) => vSchema(m, ref)).join(", ")}])`;
  }
}

function vObject(node: ObjectNode, ref: (name: string) => string, first: string | null): string {
  const entries = ordered(node, first).map((p) => {
    const schema = vSchema(p.node, ref);
    return `${key(p.name)}: ${p.required ? schema : `v.optional(${schema})`},`;
  });
  // Objects stay loose even when the schema says additionalProperties: false: a newer
  // server may add fields, and unknown fields must pass (forward compatibility).
  if (node.rest === null || node.rest.kind === "unknown") {
    return `v.looseObject({\n${entries.join("\n")}\n})`;
  }
  const rest = vSchema(node.rest, ref);
  if (entries.length === 0) return `v.record(v.string(), ${rest})`;
  return `v.objectWithRest({\n${entries.join("\n")}\n}, ${rest})`;
}

function vUnion(node: UnionNode, ref: (name: string) => string): string {
  const strings: string[] = [];
  const tagged: ObjectNode[] = [];
  const others: Node[] = [];
  for (const m of node.members) {
    if (m.kind === "literal" && typeof m.value === "string") strings.push(m.value);
    else if (m.kind === "object" && node.tag !== null) tagged.push(m);
    else others.push(m);
  }
  const options: string[] = [];
  // One picklist for all string members: a single check, and a single "picklist" issue.
  if (strings.length > 0) options.push(`v.picklist([${strings.map(literal).join(", ")}])`);
  if (tagged.length > 0) {
    const variants = tagged.map((m) => vObject(m, ref, node.tag)).join(",\n");
    options.push(`v.variant(${literal(node.tag)}, [\n${variants},\n])`);
  }
  for (const m of others) options.push(vSchema(m, ref));
  const inner = options.length === 1 ? options[0] : `v.union([\n${options.join(",\n")},\n])`;
  return node.nullable ? `v.nullable(${inner})` : inner;
}

// ---------------------------------------------------------------------------------------
// files

export interface EmitContext {
  version: string;
  experimental: boolean;
}

function header(ctx: EmitContext, what: string): string {
  const flavour = ctx.experimental ? " with --experimental" : "";
  return [
    `// Generated from codex ${ctx.version}${flavour} by scripts/generate.ts. Do not edit.`,
    "",
    jsdoc(
      `${what}${
        ctx.experimental ? "\n\nExperimental API: only with `experimentalApi: true`." : ""
      }`,
      [
        "@module",
      ],
    ).trimEnd(),
    "",
  ].join("\n");
}

// deno doc --lint (and JSR's score) want every export documented; the schema leaves many
// definitions bare, so those get a line that at least names where they come from.
function defDoc(def: Definition): string {
  return jsdoc(def.doc || `\`${def.name}\` of the app-server protocol.`);
}

export function emitTypes(model: Model, ctx: EmitContext, overlay?: Overlay): string {
  const out = [
    header(
      ctx,
      `TypeScript types for every definition of the Codex app-server protocol (codex ${ctx.version}).${
        overlay ? OVERLAY_NOTE("../types.ts") : ""
      }`,
    ),
  ];
  if (overlay) {
    const imports = overlay.imported(model);
    if (imports.length > 0) out.push(`import type { ${imports.join(", ")} } from "../types.ts";`);
    out.push(overlay.reexport("type", "../types.ts"), "");
  }
  for (const def of model.definitions.values()) {
    if (overlay && !overlay.names.has(def.name)) continue;
    out.push(typeDeclaration(def));
  }
  return out.join("\n");
}

function typeDeclaration(def: Definition): string {
  return `${defDoc(def)}export type ${def.name} = ${tsType(def.node)};\n`;
}

export function emitSchemas(model: Model, ctx: EmitContext, overlay?: Overlay): string {
  const out = [
    header(
      ctx,
      `valibot schemas for every definition of the Codex app-server protocol (codex ${ctx.version}).\n\n` +
        "Each `XSchema` validates the generated type `X`. Objects are loose: unknown fields pass." +
        (overlay ? OVERLAY_NOTE("../schemas.ts") : ""),
    ),
    'import * as v from "valibot";',
    'import type * as T from "./types.ts";',
  ];
  if (overlay) {
    const imports = overlay.imported(model).map((name) => `${name}Schema`);
    if (imports.length > 0) out.push(`import { ${imports.join(", ")} } from "../schemas.ts";`);
    out.push(overlay.reexport("value", "../schemas.ts"));
  }
  out.push(
    "",
    "/**",
    " * A schema built on its first use, then kept: importing this module builds none of the",
    " * hundreds of schemas (a process that validates a few message kinds pays for those), and",
    " * references between schemas resolve whatever the declaration order.",
    " */",
    "function built<T>(make: () => v.GenericSchema<T>): v.GenericSchema<T> {",
    "  let schema: v.GenericSchema<T> | undefined;",
    "  return v.lazy(() => (schema ??= make()));",
    "}",
    "",
  );
  for (const def of model.definitions.values()) {
    if (overlay && !overlay.names.has(def.name)) continue;
    out.push(schemaDeclaration(def));
  }
  return out.join("\n");
}

// Every definition is built lazily (see `built`), so a reference can name the other
// schema directly: it is read only when the referring schema is first built.
const schemaRef = (name: string): string => `${name}Schema`;

function schemaDeclaration(def: Definition): string {
  return `${
    jsdoc(`Validates {@link T.${def.name}}.`)
  }export const ${def.name}Schema: v.GenericSchema<T.${def.name}> = built(() => ${
    vSchema(def.node, schemaRef)
  });\n`;
}

// ---------------------------------------------------------------------------------------
// the experimental set as an overlay of the stable one

const OVERLAY_NOTE = (stable: string): string =>
  `\n\nAn overlay of the stable set (\`${stable}\`): only the definitions that differ from it, ` +
  "and those that refer to one that does, are declared here; every other one is the stable " +
  "definition, re-exported.";

/** Which definitions of a set differ from a base set, and how to write the rest. */
export interface Overlay {
  /** Definitions declared in the overlay: changed, new, or referring to one of those. */
  names: Set<string>;
  /** Base definitions the overlay's own declarations refer to, sorted. */
  imported(model: Model): string[];
  /** The statement re-exporting the base definitions the overlay does not redeclare. */
  reexport(kind: "type" | "value", from: string): string;
}

/** Every definition name `node` refers to. */
function refsOf(node: Node, into: Set<string>): Set<string> {
  switch (node.kind) {
    case "ref":
      into.add(node.name);
      break;
    case "array":
      refsOf(node.items, into);
      break;
    case "object":
      for (const prop of node.props) refsOf(prop.node, into);
      if (node.rest !== null) refsOf(node.rest, into);
      break;
    case "union":
    case "intersect":
      for (const member of node.members) refsOf(member, into);
      break;
  }
  return into;
}

/**
 * Compares `model` with `base` definition by definition (the emitted type and schema, docs
 * included) and closes the set of differing ones over references: a definition whose text
 * is the same but that names a changed one must be redeclared, or it would refer to the
 * stable version. Throws when the base has definitions the model lacks, since the overlay
 * re-exports the base wholesale.
 */
export function overlayOf(model: Model, base: Model): Overlay {
  const text = (def: Definition): string => typeDeclaration(def) + schemaDeclaration(def);
  const names = new Set<string>();
  for (const def of model.definitions.values()) {
    const stable = base.definitions.get(def.name);
    if (stable === undefined || text(stable) !== text(def)) names.add(def.name);
  }
  const missing = [...base.definitions.keys()].filter((name) => !model.definitions.has(name));
  if (missing.length > 0) {
    throw new GenerateError(
      `the experimental set lacks stable definitions (${missing.slice(0, 5).join(", ")}); ` +
        "an overlay cannot remove names",
    );
  }
  const refs = new Map(
    [...model.definitions.values()].map((def) => [def.name, refsOf(def.node, new Set())]),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, uses] of refs) {
      if (names.has(name)) continue;
      for (const used of uses) {
        if (names.has(used)) {
          names.add(name);
          grew = true;
          break;
        }
      }
    }
  }
  return {
    names,
    imported(model: Model): string[] {
      const used = new Set<string>();
      for (const name of names) for (const ref of refs.get(name)!) used.add(ref);
      return [...used].filter((name) => !names.has(name) && model.definitions.has(name)).sort(
        compareNames,
      );
    },
    reexport(kind: "type" | "value", from: string): string {
      return `export ${kind === "type" ? "type " : ""}* from "${from}";`;
    },
  };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function paramsType(m: MethodInfo): string {
  switch (m.params.kind) {
    case "none":
      return "undefined";
    case "ref":
      return `T.${m.params.name}`;
    case "optional":
      return `T.${m.params.name} | undefined`;
  }
}

function paramsSchema(m: MethodInfo): string {
  switch (m.params.kind) {
    case "none":
      return "NO_PARAMS";
    case "ref":
      return `S.${m.params.name}Schema`;
    case "optional":
      return `v.nullish(S.${m.params.name}Schema)`;
  }
}

/** A request's doc; one whose result the schema does not describe says so. */
function requestDoc(m: MethodInfo): string {
  const doc = m.doc || `The \`${m.method}\` request.`;
  return m.result === undefined
    ? `${doc}\n\nThe schema does not describe its result, so it is typed \`unknown\`.`
    : doc;
}

export function emitMethods(protocol: Protocol, ctx: EmitContext): string {
  const out = [
    header(
      ctx,
      `Method maps of the Codex app-server protocol (codex ${ctx.version}): for every method, its params and result types and schemas.`,
    ),
    'import * as v from "valibot";',
    'import * as S from "./schemas.ts";',
    'import type * as T from "./types.ts";',
    "",
  ];
  const requestMap = (name: string, doc: string, example: string, methods: MethodInfo[]): void => {
    out.push(
      `${
        jsdoc(doc, ["@example", "```ts", ...example.split("\n"), "```"])
      }export interface ${name} {`,
    );
    for (const m of methods) {
      out.push(
        `${jsdoc(requestDoc(m))}${literal(m.method)}: { params: ${paramsType(m)}; result: ${
          m.result === undefined ? "unknown" : `T.${m.result}`
        } };`,
      );
    }
    out.push("}\n");
  };
  const notificationMap = (
    name: string,
    doc: string,
    example: string,
    methods: MethodInfo[],
  ): void => {
    out.push(
      `${jsdoc(doc, ["@example", "```ts", example, "```"])}export interface ${name} {`,
    );
    for (const m of methods) {
      out.push(
        `${jsdoc(m.doc || `The \`${m.method}\` notification.`)}${literal(m.method)}: ${
          paramsType(m)
        };`,
      );
    }
    out.push("}\n");
  };
  const methodType = (name: string, map: string, example: string): void => {
    out.push(
      `${
        jsdoc(`Every method name of {@link ${map}}.`, ["@example", "```ts", example, "```"])
      }export type ${name} = keyof ${map};\n`,
    );
  };

  requestMap(
    "ClientRequestMap",
    "Requests the client sends to the server: method → params and result types.",
    'type Params = ClientRequestMap["thread/start"]["params"]; // ThreadStartParams',
    protocol.clientRequests,
  );
  methodType(
    "ClientRequestMethod",
    "ClientRequestMap",
    'const method: ClientRequestMethod = "thread/start";',
  );

  notificationMap(
    "ServerNotificationMap",
    "Notifications the server sends: method → params type.",
    'type Started = ServerNotificationMap["turn/started"]; // TurnStartedNotification',
    protocol.serverNotifications,
  );
  methodType(
    "ServerNotificationMethod",
    "ServerNotificationMap",
    'const method: ServerNotificationMethod = "turn/completed";',
  );

  requestMap(
    "ServerRequestMap",
    "Requests the server sends to the client (approvals and other questions): method → params and result types.",
    'type Answer = ServerRequestMap["item/commandExecution/requestApproval"]["result"];',
    protocol.serverRequests,
  );
  methodType(
    "ServerRequestMethod",
    "ServerRequestMap",
    'const method: ServerRequestMethod = "item/fileChange/requestApproval";',
  );

  notificationMap(
    "ClientNotificationMap",
    "Notifications the client sends: method → params type.",
    'const params: ClientNotificationMap["initialized"] = undefined;',
    protocol.clientNotifications,
  );
  methodType(
    "ClientNotificationMethod",
    "ClientNotificationMap",
    'const method: ClientNotificationMethod = "initialized";',
  );

  const usesNoParams = [...protocol.clientRequests, ...protocol.serverRequests].some((m) =>
    m.params.kind === "none"
  );
  if (usesNoParams) {
    out.push(
      "// A method without params omits the member on the wire; null is accepted as the same.",
      "const NO_PARAMS: v.GenericSchema<null | undefined> = v.optional(v.null());\n",
    );
  }
  const schemaMap = (
    name: string,
    doc: string,
    example: string[],
    methods: MethodInfo[],
  ): void => {
    out.push(
      `${jsdoc(doc, ["@example", "```ts", ...example, "```"])}export const ${name}: Readonly<
  Record<string, { readonly params: v.GenericSchema; readonly result: v.GenericSchema }>
> = Object.freeze({`,
    );
    for (const m of methods) {
      out.push(
        `${literal(m.method)}: { params: ${paramsSchema(m)}, result: ${
          m.result === undefined ? "v.unknown()" : `S.${m.result}Schema`
        } },`,
      );
    }
    out.push("});\n");
  };
  schemaMap(
    "CLIENT_REQUEST_SCHEMAS",
    "valibot schemas of every client request's params and result, by method.",
    [
      'import * as v from "valibot";',
      'const ok = v.is(CLIENT_REQUEST_SCHEMAS["thread/start"].result, { thread: {} }); // false',
    ],
    protocol.clientRequests,
  );
  out.push(
    `${
      jsdoc("valibot schemas of every server notification's params, by method.", [
        "@example",
        "```ts",
        'import * as v from "valibot";',
        'const ok = v.is(SERVER_NOTIFICATION_SCHEMAS["turn/started"], {}); // false',
        "```",
      ])
    }export const SERVER_NOTIFICATION_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = Object.freeze({`,
  );
  for (const m of protocol.serverNotifications) {
    out.push(`${literal(m.method)}: ${paramsSchema(m)},`);
  }
  out.push("});\n");
  schemaMap(
    "SERVER_REQUEST_SCHEMAS",
    "valibot schemas of every server request's params and result, by method.",
    [
      'import * as v from "valibot";',
      'const schema = SERVER_REQUEST_SCHEMAS["item/commandExecution/requestApproval"].result;',
      'const ok = v.is(schema, { decision: "decline" }); // true',
    ],
    protocol.serverRequests,
  );
  return out.join("\n");
}

export function emitRouting(protocol: Protocol, ctx: EmitContext): string {
  const out = [
    header(
      ctx,
      `Routing registry of the Codex app-server protocol (codex ${ctx.version}), derived from the schema:\n` +
        "for every server notification and server request, where its turn id and thread id live.",
    ),
    jsdoc(
      "Where an id lives in a message's params: a top-level key or the `id` of a nested object.",
      [
        "@example",
        "```ts",
        'const path: IdPath = "turn.id";',
        "```",
      ],
    ) + 'export type IdPath = "turnId" | "turn.id" | "threadId" | "thread.id";\n',
    jsdoc("Where a method's params carry the turn id and the thread id; null when they do not.", [
      "@example",
      "```ts",
      'const route: RouteInfo = { turnId: "turnId", threadId: "threadId" };',
      "```",
    ]) +
    "export interface RouteInfo {\n  readonly turnId: IdPath | null;\n  readonly threadId: IdPath | null;\n}\n",
  ];
  const table = (
    name: string,
    doc: string,
    example: string,
    routes: [string, RouteInfo][],
  ): void => {
    out.push(
      `${
        jsdoc(doc, ["@example", "```ts", example, "```"])
      }export const ${name}: Readonly<Record<string, RouteInfo>> = Object.freeze({`,
    );
    for (const [method, r] of routes) {
      out.push(
        `${literal(method)}: { turnId: ${
          r.turnId === null ? "null" : literal(r.turnId)
        }, threadId: ${r.threadId === null ? "null" : literal(r.threadId)} },`,
      );
    }
    out.push("});\n");
  };
  table(
    "NOTIFICATION_ROUTES",
    "Every server notification method → where its turn and thread ids are.",
    'NOTIFICATION_ROUTES["turn/completed"]; // { turnId: "turn.id", threadId: "threadId" }',
    protocol.serverNotifications.map((m) => [m.method, protocol.routes.get(m.method)!]),
  );
  table(
    "SERVER_REQUEST_ROUTES",
    "Every server request method → where its turn and thread ids are.",
    'SERVER_REQUEST_ROUTES["item/commandExecution/requestApproval"].turnId; // "turnId"',
    protocol.serverRequests.map((m) => [m.method, protocol.requestRoutes.get(m.method)!]),
  );
  out.push(
    `${
      jsdoc(
        "Server notifications that belong to a stream other than a turn → the key that names the\n" +
          "stream (a command's `processId`, a spawned process's `processHandle`, a file watch's\n" +
          "`watchId`, a fuzzy search's `sessionId`, a login's `loginId`), where it is in params, and\n" +
          "whether events of an id nobody claimed yet are kept for its claim (ids the server picks).",
        [
          "@example",
          "```ts",
          'NOTIFICATION_STREAM_ROUTES["fs/changed"]; // { key: "watchId", path: "watchId" }',
          "```",
        ],
      )
    }export const NOTIFICATION_STREAM_ROUTES: Readonly<\n  Record<string, { readonly key: string; readonly path: string; readonly keepUnclaimed?: boolean }>\n> = Object.freeze({`,
  );
  for (const [method, key] of [...protocol.streamKeys].sort(([a], [b]) => compareStrings(a, b))) {
    const keep = SERVER_CHOSEN_STREAM_KEYS.includes(key) ? ", keepUnclaimed: true" : "";
    out.push(`${literal(method)}: { key: ${literal(key)}, path: ${literal(key)}${keep} },`);
  }
  out.push("});\n");
  return out.join("\n");
}

export function emitVersion(protocol: Protocol, model: Model, ctx: EmitContext): string {
  const counts = {
    clientRequests: protocol.counts.clientRequests,
    serverNotifications: protocol.counts.serverNotifications,
    serverRequests: protocol.counts.serverRequests,
    clientNotifications: protocol.counts.clientNotifications,
    definitions: model.definitions.size,
  };
  return [
    header(
      ctx,
      "The codex version this protocol was generated from, and the size of the protocol.",
    ),
    jsdoc("Version of the codex binary the protocol was generated from.", [
      "@example",
      "```ts",
      "console.log(`generated from codex ${CODEX_VERSION}`);",
      "```",
    ]) + `export const CODEX_VERSION: string = ${literal(ctx.version)};\n`,
    jsdoc("How many methods and definitions the protocol has.", [
      "@example",
      "```ts",
      "console.log(`${PROTOCOL_COUNTS.clientRequests} client requests`);",
      "```",
    ]) +
    "export const PROTOCOL_COUNTS: {\n" +
    Object.keys(counts).map((k) => `  readonly ${k}: number;`).join("\n") +
    "\n} = Object.freeze({\n" +
    Object.entries(counts).map(([k, n]) => `  ${k}: ${n},`).join("\n") +
    "\n});\n",
  ].join("\n");
}
