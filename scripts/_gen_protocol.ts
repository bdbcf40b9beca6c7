/**
 * The method-level view of the protocol, derived from the model: which methods exist in
 * each direction, their params and result definitions, and where turn/thread ids live.
 *
 * @module
 */

import { compareStrings, GenerateError } from "./_gen_model.ts";
import type { Model, Node, ObjectNode, Prop } from "./_gen_model.ts";

export type ParamsShape =
  /** No params: the member is omitted (or null) on the wire. */
  | { kind: "none" }
  | { kind: "ref"; name: string }
  /** `anyOf [ref, null]` and not required. */
  | { kind: "optional"; name: string };

export interface MethodInfo {
  method: string;
  doc?: string;
  params: ParamsShape;
  /**
   * Name of the result definition (requests only); undefined for a request whose result
   * the schema does not describe, which is typed `unknown`.
   */
  result?: string;
}

export type IdPath = "turnId" | "turn.id" | "threadId" | "thread.id";

export interface RouteInfo {
  turnId: IdPath | null;
  threadId: IdPath | null;
}

/**
 * The keys that name a stream other than a turn: a client-chosen `processId` (command/exec),
 * `processHandle` (process/spawn), `watchId` (fs/watch), `sessionId` (fuzzy file search),
 * and the server-chosen `loginId` (an MCP server's OAuth login). A notification whose params
 * hold one of them (a top-level string) is routed to the stream that owns that key. A new
 * kind of stream is one more name here.
 */
export const STREAM_KEYS: readonly string[] = Object.freeze([
  "processId",
  "processHandle",
  "watchId",
  "sessionId",
  "loginId",
]);

/**
 * The stream keys the server picks (the client learns them from an answer): events of such
 * an id that nobody claimed yet are kept, bounded, for the claim the answer makes. Events
 * of an unclaimed client-chosen id are dropped: the SDK claims those before it asks.
 */
export const SERVER_CHOSEN_STREAM_KEYS: readonly string[] = Object.freeze(["loginId"]);

export interface Protocol {
  /** Each list is sorted by method. */
  clientRequests: MethodInfo[];
  serverNotifications: MethodInfo[];
  serverRequests: MethodInfo[];
  clientNotifications: MethodInfo[];
  routes: Map<string, RouteInfo>;
  requestRoutes: Map<string, RouteInfo>;
  /** Server notification → the stream key (one of {@link STREAM_KEYS}) its params carry. */
  streamKeys: Map<string, string>;
  /**
   * Requests (`ClientRequest foo/bar`) whose result type could not be derived and is not in
   * the result table: typed `unknown` and validated as anything.
   */
  unknownResults: string[];
  counts: {
    clientRequests: number;
    serverNotifications: number;
    serverRequests: number;
    clientNotifications: number;
  };
}

/**
 * Request method (client or server) → result definition, for requests whose result
 * cannot be derived from the params name.
 */
export type ResultTable = Readonly<Record<string, string>>;

/** The union files that list the methods of each direction (e.g. `ClientRequest.json`). */
export interface MethodFiles {
  clientRequest: unknown;
  serverNotification: unknown;
  serverRequest: unknown;
  clientNotification: unknown;
}

/** Method names listed in one of the union files: `oneOf[].properties.method.enum[0]`. */
export function methodsOfFile(file: unknown, fileName: string): string[] {
  const fail = (why: string): never => {
    throw new GenerateError(`${fileName}: ${why}`);
  };
  if (typeof file !== "object" || file === null) fail("not a JSON object");
  const oneOf = (file as { oneOf?: unknown }).oneOf;
  if (!Array.isArray(oneOf)) fail("no `oneOf` list");
  return (oneOf as unknown[]).map((branch, i) => {
    const method = (branch as { properties?: { method?: { enum?: unknown[]; const?: unknown } } })
      ?.properties?.method;
    const name = method?.enum?.length === 1 ? method.enum[0] : method?.const;
    if (typeof name !== "string") fail(`oneOf/${i} has no single-valued "method"`);
    return name as string;
  });
}

export function extractProtocol(model: Model, files: MethodFiles, results: ResultTable): Protocol {
  const clientRequests = methodsOf(
    model,
    "ClientRequest",
    files.clientRequest,
    "ClientRequest.json",
  );
  const serverNotifications = methodsOf(
    model,
    "ServerNotification",
    files.serverNotification,
    "ServerNotification.json",
  );
  const serverRequests = methodsOf(
    model,
    "ServerRequest",
    files.serverRequest,
    "ServerRequest.json",
  );
  const clientNotifications = methodsOf(
    model,
    "ClientNotification",
    files.clientNotification,
    "ClientNotification.json",
  );

  const unknownResults = [
    ...resolveResults(model, "ClientRequest", clientRequests, results),
    ...resolveResults(model, "ServerRequest", serverRequests, results),
  ];
  const methods = new Set([...clientRequests, ...serverRequests].map((m) => m.method));
  for (const [method, name] of Object.entries(results)) {
    if (!methods.has(method)) {
      throw new GenerateError(`result table names "${method}", which is not a request method`);
    }
    if (!model.definitions.has(name)) {
      throw new GenerateError(
        `result table maps "${method}" to "${name}", which is not a definition`,
      );
    }
  }

  const routesOf = (list: MethodInfo[]): Map<string, RouteInfo> =>
    new Map(list.map((m) => [m.method, route(model, m)]));
  return {
    clientRequests,
    serverNotifications,
    serverRequests,
    clientNotifications,
    routes: routesOf(serverNotifications),
    requestRoutes: routesOf(serverRequests),
    streamKeys: new Map(
      serverNotifications.flatMap((m) => {
        const key = streamKey(model, m);
        return key === null ? [] : [[m.method, key] as [string, string]];
      }),
    ),
    unknownResults,
    counts: {
      clientRequests: clientRequests.length,
      serverNotifications: serverNotifications.length,
      serverRequests: serverRequests.length,
      clientNotifications: clientNotifications.length,
    },
  };
}

function methodsOf(model: Model, unionName: string, file: unknown, fileName: string): MethodInfo[] {
  const def = model.definitions.get(unionName);
  if (def === undefined) throw new GenerateError(`the bundle has no "${unionName}" definition`);
  const fail = (why: string): never => {
    throw new GenerateError(why, unionName, def.pointer);
  };
  const node = def.node;
  const members: Node[] = node.kind === "union" ? node.members : [node];
  if (node.kind === "union" && (node.tag !== "method" || node.nullable)) {
    fail('is not a union discriminated by "method"');
  }
  const list: MethodInfo[] = [];
  for (const member of members) {
    if (member.kind !== "object") fail("has a member that is not an object");
    const obj = member as ObjectNode;
    const methodProp = obj.props.find((p) => p.name === "method");
    if (methodProp?.node.kind !== "literal" || typeof methodProp.node.value !== "string") {
      fail('has a member without a string "method"');
    }
    const method = (methodProp!.node as { value: string }).value;
    const info: MethodInfo = {
      method,
      params: paramsShape(obj.props.find((p) => p.name === "params"), fail, method),
    };
    if (obj.doc !== undefined) info.doc = obj.doc;
    list.push(info);
  }
  list.sort((a, b) => compareStrings(a.method, b.method));
  for (let i = 1; i < list.length; i++) {
    if (list[i].method === list[i - 1].method) fail(`lists method "${list[i].method}" twice`);
  }
  const listed = methodsOfFile(file, fileName).sort(compareStrings);
  const ours = list.map((m) => m.method);
  if (listed.join("\n") !== ours.join("\n")) {
    const missing = listed.filter((m) => !ours.includes(m));
    const extra = ours.filter((m) => !listed.includes(m));
    fail(
      `disagrees with ${fileName} (only in ${fileName}: ${missing.join(", ") || "-"}; ` +
        `only in the bundle: ${extra.join(", ") || "-"})`,
    );
  }
  return list;
}

function paramsShape(
  prop: Prop | undefined,
  fail: (why: string) => never,
  method: string,
): ParamsShape {
  if (prop === undefined) return { kind: "none" };
  const n = prop.node;
  if (n.kind === "null") return { kind: "none" };
  if (n.kind === "ref") {
    return prop.required ? { kind: "ref", name: n.name } : { kind: "optional", name: n.name };
  }
  if (n.kind === "union" && n.nullable && n.members.length === 1 && n.members[0].kind === "ref") {
    return { kind: "optional", name: n.members[0].name };
  }
  return fail(`method "${method}": params must be a reference, null, or a nullable reference`);
}

/**
 * Sets each request's result definition: derived from its params name (`XParams` →
 * `XResponse`), else from the table. Returns the requests that have neither; they stay
 * without a result (typed `unknown`), so a new method never blocks regeneration.
 */
function resolveResults(
  model: Model,
  unionName: string,
  list: MethodInfo[],
  table: ResultTable,
): string[] {
  const unknown: string[] = [];
  for (const m of list) {
    const paramsName = m.params.kind === "none" ? null : m.params.name;
    const derived = paramsName !== null && paramsName.endsWith("Params")
      ? `${paramsName.slice(0, -"Params".length)}Response`
      : null;
    const listed = table[m.method];
    if (derived !== null && model.definitions.has(derived)) {
      if (listed !== undefined) {
        throw new GenerateError(
          `result table entry "${m.method}" → "${listed}" is stale: the result derives from the params (${derived})`,
        );
      }
      m.result = derived;
    } else if (listed !== undefined) {
      m.result = listed;
    } else {
      unknown.push(
        `${unionName} "${m.method}" (${
          paramsName === null ? "no params" : `no ${derived ?? "Response for " + paramsName}`
        })`,
      );
    }
  }
  return unknown;
}

function propsOf(model: Model, node: Node, seen: Set<string> = new Set()): Prop[] {
  switch (node.kind) {
    case "ref": {
      if (seen.has(node.name)) return [];
      seen.add(node.name);
      const def = model.definitions.get(node.name);
      return def === undefined ? [] : propsOf(model, def.node, seen);
    }
    case "object":
      return node.props;
    case "union": {
      // A key counts only when every alternative has it.
      const [first, ...rest] = node.members.map((m) => propsOf(model, m, new Set(seen)));
      return (first ?? []).filter((p) => rest.every((r) => r.some((q) => q.name === p.name)));
    }
    case "intersect":
      return node.members.flatMap((m) => propsOf(model, m, new Set(seen)));
    default:
      return [];
  }
}

function holdsString(model: Model, node: Node): boolean {
  switch (node.kind) {
    case "string":
      return true;
    case "ref": {
      const def = model.definitions.get(node.name);
      return def !== undefined && holdsString(model, def.node);
    }
    case "union":
      return node.members.some((m) => holdsString(model, m));
    default:
      return false;
  }
}

function route(model: Model, m: MethodInfo): RouteInfo {
  if (m.params.kind === "none") return { turnId: null, threadId: null };
  const props = propsOf(model, { kind: "ref", name: m.params.name });
  const find = (flat: "turnId" | "threadId", nested: "turn" | "thread"): IdPath | null => {
    const direct = props.find((p) => p.name === flat);
    if (direct !== undefined && holdsString(model, direct.node)) return flat;
    const object = props.find((p) => p.name === nested);
    if (object !== undefined && propsOf(model, object.node).some((p) => p.name === "id")) {
      return `${nested}.id`;
    }
    return null;
  };
  return { turnId: find("turnId", "turn"), threadId: find("threadId", "thread") };
}

/**
 * The stream key a method's params carry at the top level; more than one is an error. A
 * method that names a turn belongs to the turn (a turn's own command carries a `processId`
 * of the turn's, not of a `command/exec`).
 */
function streamKey(model: Model, m: MethodInfo): string | null {
  if (m.params.kind === "none" || route(model, m).turnId !== null) return null;
  const props = propsOf(model, { kind: "ref", name: m.params.name });
  const found = STREAM_KEYS.filter((key) =>
    props.some((p) => p.name === key && holdsString(model, p.node))
  );
  if (found.length > 1) {
    throw new GenerateError(
      `${m.method} carries more than one stream key (${found.join(", ")}): which stream owns it?`,
    );
  }
  return found[0] ?? null;
}
