/**
 * JSON Schema (the subset `codex app-server generate-json-schema` emits) → a small
 * intermediate model that the emitters turn into TypeScript types and valibot schemas.
 *
 * Everything here is pure: no I/O, deterministic, and any construct it does not
 * understand is an error naming the definition and JSON pointer, so a newer binary
 * that starts using new keywords stops generation instead of producing wrong types.
 *
 * @module
 */

/** An error that stops generation; names the definition and the JSON pointer when known. */
export class GenerateError extends Error {
  /** The definition being translated, if the error is about one. */
  readonly definition: string | undefined;
  /** JSON pointer into the schema bundle, if the error is about a schema location. */
  readonly pointer: string | undefined;

  /**
   * @example
   * ```ts
   * throw new GenerateError("unsupported type \"frobnicate\"", "Turn", "#/definitions/v2/Turn");
   * ```
   */
  constructor(reason: string, definition?: string, pointer?: string) {
    const where = definition === undefined
      ? ""
      : `definition "${definition}"${pointer === undefined ? "" : ` at ${pointer}`}: `;
    super(`${where}${reason}`);
    this.name = "GenerateError";
    this.definition = definition;
    this.pointer = pointer;
  }
}

export type Literal = string | number | boolean | null;

/** One node of the intermediate model. `doc` is the schema's `description`, if any. */
export type Node =
  | { kind: "unknown"; doc?: string }
  | { kind: "never"; doc?: string }
  | { kind: "ref"; name: string; doc?: string }
  | { kind: "string"; minLength?: number; doc?: string }
  | { kind: "number"; integer: boolean; doc?: string }
  | { kind: "boolean"; doc?: string }
  | { kind: "null"; doc?: string }
  | { kind: "literal"; value: Literal; doc?: string }
  | { kind: "array"; items: Node; doc?: string }
  | ObjectNode
  | UnionNode
  | { kind: "intersect"; members: Node[]; doc?: string };

export interface Prop {
  name: string;
  node: Node;
  required: boolean;
  doc?: string;
  default?: unknown;
}

export interface ObjectNode {
  kind: "object";
  /** Sorted by name. */
  props: Prop[];
  /** Schema of extra keys (`additionalProperties`), or null when not described. */
  rest: Node | null;
  /** `additionalProperties: false` */
  closed: boolean;
  doc?: string;
}

export interface UnionNode {
  kind: "union";
  /** Flat: never a nested union, nor a bare null (see `nullable`). */
  members: Node[];
  nullable: boolean;
  /**
   * Discriminator key shared by every object member (each has it required with a single
   * literal value), or null.
   */
  tag: string | null;
  doc?: string;
}

export interface Definition {
  name: string;
  /** Where it lives in the bundle, e.g. `#/definitions/v2/Turn`. */
  pointer: string;
  node: Node;
  doc?: string;
}

export interface Model {
  /** Sorted by name. */
  definitions: Map<string, Definition>;
}

const ANNOTATIONS = new Set([
  "$schema",
  "title",
  "description",
  "default",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  // Ranges and formats are deliberately not enforced: uint64 values exceed what a JS
  // number check could express, and the server is the authority on them anyway.
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
]);

const KEYWORDS = new Set([
  ...ANNOTATIONS,
  "$ref",
  "type",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "anyOf",
  "oneOf",
  "allOf",
  "minLength",
]);

const TYPES = new Set(["string", "integer", "number", "boolean", "null", "array", "object"]);

type Json = unknown;
type JsonObject = { [key: string]: Json };

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Compares two JSON values structurally, ignoring key order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return false;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/**
 * Collects the definitions of a bundle: the top level of `definitions` plus the nested
 * `definitions.v2` namespace, merged into one name space. A name that appears in both
 * must describe the same schema (metadata such as `$schema` and `title` aside).
 */
export function collectDefinitions(
  bundle: Json,
): Map<string, { pointer: string; schema: Json }> {
  if (!isObject(bundle) || !isObject(bundle.definitions)) {
    throw new GenerateError("schema bundle has no `definitions` object");
  }
  const found = new Map<string, { pointer: string; schema: Json }>();
  const add = (name: string, pointer: string, schema: Json): void => {
    const previous = found.get(name);
    if (previous === undefined) {
      found.set(name, { pointer, schema });
      return;
    }
    if (!jsonEqual(stripMeta(previous.schema), stripMeta(schema))) {
      throw new GenerateError(
        `defined twice with different schemas (also at ${previous.pointer})`,
        name,
        pointer,
      );
    }
  };
  for (const [name, schema] of Object.entries(bundle.definitions)) {
    if (name === "v2") continue;
    add(name, `#/definitions/${escapePointer(name)}`, schema);
  }
  const v2 = bundle.definitions.v2;
  if (v2 !== undefined) {
    if (!isObject(v2)) throw new GenerateError("`definitions.v2` is not an object");
    for (const [name, schema] of Object.entries(v2)) {
      add(name, `#/definitions/v2/${escapePointer(name)}`, schema);
    }
  }
  for (const name of found.keys()) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new GenerateError("name is not a valid TypeScript identifier", name);
    }
  }
  return new Map([...found].sort(([a], [b]) => compareStrings(a, b)));
}

function stripMeta(schema: Json): Json {
  if (!isObject(schema)) return schema;
  const { $schema: _schema, title: _title, ...rest } = schema;
  return rest;
}

/** Code-unit order, independent of the locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Translates every definition of a schema bundle into the model. */
export function buildModel(bundle: Json): Model {
  const raw = collectDefinitions(bundle);
  const definitions = new Map<string, Definition>();
  for (const [name, { pointer, schema }] of raw) {
    const translator = new Translator(name, raw);
    const node = translator.translate(schema, pointer);
    const doc = isObject(schema) && typeof schema.description === "string"
      ? schema.description
      : undefined;
    definitions.set(name, { name, pointer, node, doc });
  }
  return { definitions };
}

class Translator {
  constructor(
    private readonly definition: string,
    private readonly known: ReadonlyMap<string, unknown>,
  ) {}

  fail(reason: string, pointer: string): never {
    throw new GenerateError(reason, this.definition, pointer);
  }

  translate(schema: Json, ptr: string): Node {
    if (schema === true) return { kind: "unknown" };
    if (schema === false) return { kind: "never" };
    if (!isObject(schema)) this.fail("schema is neither an object nor a boolean", ptr);
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key)) this.fail(`unsupported keyword "${key}"`, ptr);
    }
    const doc = typeof schema.description === "string" ? schema.description : undefined;
    const node = this.translateBody(schema, ptr);
    return doc === undefined ? node : { ...node, doc };
  }

  private translateBody(schema: JsonObject, ptr: string): Node {
    if (schema.$ref !== undefined) {
      const constraints = Object.keys(schema).filter((k) => k !== "$ref" && !ANNOTATIONS.has(k));
      if (constraints.length > 0) {
        this.fail(`"$ref" next to ${constraints.map((k) => `"${k}"`).join(", ")}`, ptr);
      }
      return this.ref(schema.$ref, `${ptr}/$ref`);
    }
    if (schema.anyOf !== undefined && schema.oneOf !== undefined) {
      this.fail(`both "anyOf" and "oneOf"`, ptr);
    }
    const base = this.typed(schema, ptr);
    let result: Node | null = base;
    const altKey = schema.oneOf !== undefined
      ? "oneOf"
      : schema.anyOf !== undefined
      ? "anyOf"
      : null;
    if (altKey !== null) {
      const alts = this.list(schema[altKey], `${ptr}/${altKey}`);
      const union = makeUnion(alts.map((s, i) => this.translate(s, `${ptr}/${altKey}/${i}`)));
      result = base === null ? union : combine(base, union);
    }
    if (schema.allOf !== undefined) {
      const parts = this.list(schema.allOf, `${ptr}/allOf`).map((s, i) =>
        this.translate(s, `${ptr}/allOf/${i}`)
      );
      const all = result === null ? parts : [result, ...parts];
      result = all.length === 1 ? all[0] : { kind: "intersect", members: all };
    }
    return result ?? { kind: "unknown" };
  }

  private list(value: Json, ptr: string): Json[] {
    if (!Array.isArray(value) || value.length === 0) this.fail("expected a non-empty array", ptr);
    return value;
  }

  private ref(ref: Json, ptr: string): Node {
    if (typeof ref !== "string") this.fail('"$ref" is not a string', ptr);
    const match = /^#\/definitions\/(?:v2\/)?([^/]+)$/.exec(ref);
    if (match === null) this.fail(`unsupported reference "${ref}"`, ptr);
    const name = match[1];
    if (!this.known.has(name)) this.fail(`reference to unknown definition "${ref}"`, ptr);
    return { kind: "ref", name };
  }

  /** The part of a schema described by `type`, `enum`, `properties`, `items`…; null if none. */
  private typed(schema: JsonObject, ptr: string): Node | null {
    let types: string[] | null = null;
    if (schema.type !== undefined) {
      const list = Array.isArray(schema.type) ? schema.type : [schema.type];
      for (const t of list) {
        if (typeof t !== "string" || !TYPES.has(t)) {
          this.fail(`unsupported type ${JSON.stringify(t)}`, `${ptr}/type`);
        }
      }
      if (list.length === 0) this.fail('empty "type" list', `${ptr}/type`);
      types = list as string[];
    }
    const values = schema.enum !== undefined
      ? this.list(schema.enum, `${ptr}/enum`)
      : "const" in schema
      ? [schema.const]
      : null;
    if (values !== null) {
      const literals: Node[] = [];
      for (const [i, value] of values.entries()) {
        if (value !== null && !["string", "number", "boolean"].includes(typeof value)) {
          this.fail(
            "only string, number, boolean and null enum values are supported",
            `${ptr}/enum/${i}`,
          );
        }
        if (types === null || types.some((t) => conforms(value as Literal, t))) {
          literals.push({ kind: "literal", value: value as Literal });
        }
      }
      if (literals.length === 0) this.fail("no enum value matches the declared type", ptr);
      return makeUnion(literals);
    }
    if (types === null) {
      if (
        schema.properties !== undefined || schema.additionalProperties !== undefined ||
        schema.required !== undefined
      ) {
        types = ["object"];
      } else if (schema.items !== undefined) {
        types = ["array"];
      } else {
        return null;
      }
    }
    const nodes = types.map((t): Node => {
      switch (t) {
        case "string":
          if (schema.minLength !== undefined) {
            if (!Number.isInteger(schema.minLength)) {
              this.fail('bad "minLength"', `${ptr}/minLength`);
            }
            return { kind: "string", minLength: schema.minLength as number };
          }
          return { kind: "string" };
        case "integer":
          return { kind: "number", integer: true };
        case "number":
          return { kind: "number", integer: false };
        case "boolean":
          return { kind: "boolean" };
        case "null":
          return { kind: "null" };
        case "array":
          if (Array.isArray(schema.items)) {
            this.fail('tuple "items" are not supported', `${ptr}/items`);
          }
          return {
            kind: "array",
            items: schema.items === undefined
              ? { kind: "unknown" }
              : this.translate(schema.items, `${ptr}/items`),
          };
        default:
          return this.object(schema, ptr);
      }
    });
    return nodes.length === 1 ? nodes[0] : makeUnion(nodes);
  }

  private object(schema: JsonObject, ptr: string): ObjectNode {
    const properties = schema.properties ?? {};
    if (!isObject(properties)) this.fail('"properties" is not an object', `${ptr}/properties`);
    const required = schema.required ?? [];
    if (!Array.isArray(required) || !required.every((r) => typeof r === "string")) {
      this.fail('"required" is not a list of names', `${ptr}/required`);
    }
    const requiredSet = new Set(required as string[]);
    const props: Prop[] = [];
    for (const name of Object.keys(properties).sort(compareStrings)) {
      const propSchema = properties[name];
      const node = this.translate(propSchema, `${ptr}/properties/${escapePointer(name)}`);
      const { doc, ...bare } = node;
      const prop: Prop = { name, node: bare as Node, required: requiredSet.has(name) };
      if (doc !== undefined) prop.doc = doc;
      if (isObject(propSchema) && "default" in propSchema) prop.default = propSchema.default;
      props.push(prop);
    }
    // A required key without a schema is allowed by JSON Schema: it must be present, any value.
    for (const name of [...requiredSet].sort(compareStrings)) {
      if (!(name in properties)) props.push({ name, node: { kind: "unknown" }, required: true });
    }
    props.sort((a, b) => compareStrings(a.name, b.name));
    const ap = schema.additionalProperties;
    let rest: Node | null = null;
    if (ap === true) rest = { kind: "unknown" };
    else if (ap !== undefined && ap !== false) {
      rest = this.translate(ap, `${ptr}/additionalProperties`);
    }
    return { kind: "object", props, rest, closed: ap === false };
  }
}

function conforms(value: Literal, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return false;
  }
}

/**
 * Builds a union: flattens untagged nested unions, pulls `null` out into `nullable`, and
 * finds the discriminator of the object members if they have one.
 */
export function makeUnion(members: Node[]): Node {
  const flat: Node[] = [];
  let nullable = false;
  const visit = (node: Node, inheritedDoc: string | undefined): void => {
    if (node.kind === "null") {
      nullable = true;
    } else if (node.kind === "union") {
      if (node.nullable) nullable = true;
      for (const m of node.members) visit(m, m.doc ?? node.doc ?? inheritedDoc);
    } else {
      const doc = node.doc ?? inheritedDoc;
      flat.push(doc === undefined ? node : { ...node, doc });
    }
  };
  for (const m of members) visit(m, undefined);
  if (flat.length === 0) return { kind: "null" };
  if (flat.length === 1 && !nullable) return flat[0];
  return { kind: "union", members: flat, nullable, tag: findTag(flat) };
}

/** Prefer these keys when several would discriminate (the protocol's conventions). */
const TAG_PREFERENCE = ["type", "method", "mode", "kind"];

function findTag(members: Node[]): string | null {
  const objects = members.filter((m): m is ObjectNode => m.kind === "object");
  if (objects.length < 2) return null;
  let candidates: string[] | null = null;
  for (const o of objects) {
    const keys = o.props.filter((p) => p.required && p.node.kind === "literal").map((p) => p.name);
    candidates = candidates === null ? keys : candidates.filter((k) => keys.includes(k));
  }
  if (candidates === null || candidates.length === 0) return null;
  const distinct = (key: string): number =>
    new Set(objects.map((o) => JSON.stringify(literalOf(o, key)))).size;
  // Most distinct values first: that key narrows best.
  const ranked = [...candidates].sort((a, b) => {
    const d = distinct(b) - distinct(a);
    if (d !== 0) return d;
    const pa = TAG_PREFERENCE.indexOf(a);
    const pb = TAG_PREFERENCE.indexOf(b);
    if (pa !== pb) return (pa === -1 ? Infinity : pa) - (pb === -1 ? Infinity : pb);
    return compareStrings(a, b);
  });
  return ranked[0];
}

function literalOf(o: ObjectNode, key: string): Literal {
  const p = o.props.find((p) => p.name === key);
  return p !== undefined && p.node.kind === "literal" ? p.node.value : null;
}

/**
 * `properties` next to `oneOf`/`anyOf` (serde's flattened enums): when every alternative is
 * an object, the shared properties are merged into each so the result stays a plain
 * (discriminated) union; otherwise it is an intersection.
 */
function combine(base: Node, union: Node): Node {
  if (base.kind !== "object") return { kind: "intersect", members: [base, union] };
  const alternatives = union.kind === "union" ? union.members : [union];
  const nullable = union.kind === "union" && union.nullable;
  if (nullable || !alternatives.every((a) => a.kind === "object")) {
    return { kind: "intersect", members: [base, union] };
  }
  const merged: Node[] = [];
  for (const alt of alternatives as ObjectNode[]) {
    const props = new Map(base.props.map((p) => [p.name, p]));
    for (const p of alt.props) {
      const shared = props.get(p.name);
      if (shared !== undefined && !jsonEqual(shared.node, p.node)) {
        return { kind: "intersect", members: [base, union] };
      }
      props.set(
        p.name,
        shared === undefined ? p : { ...shared, required: shared.required || p.required },
      );
    }
    const node: ObjectNode = {
      kind: "object",
      props: [...props.values()].sort((a, b) => compareStrings(a.name, b.name)),
      rest: alt.rest ?? base.rest,
      closed: alt.closed && base.closed,
    };
    if (alt.doc !== undefined) node.doc = alt.doc;
    merged.push(node);
  }
  return makeUnion(merged);
}
