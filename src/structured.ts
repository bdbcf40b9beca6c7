import * as v from "valibot";
import { toJsonSchema } from "@valibot/to-json-schema";
import { StructuredOutputError } from "./errors.ts";

/** A structured-output schema: a valibot schema (typed) or a plain JSON Schema object. */
export type OutputSchema<T = unknown> = v.GenericSchema<unknown, T> | Record<string, unknown>;

function isValibot(schema: unknown): schema is v.GenericSchema {
  return typeof schema === "object" && schema !== null &&
    (schema as { kind?: unknown }).kind === "schema" &&
    typeof (schema as { "~run"?: unknown })["~run"] === "function";
}

/**
 * The JSON Schema to send as a turn's `outputSchema`: a valibot schema is converted with
 * `@valibot/to-json-schema`; a JSON Schema object is passed through.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import { toOutputJsonSchema } from "codex-app-server";
 * const schema = toOutputJsonSchema(v.strictObject({ title: v.string() }));
 * console.log(schema.type); // "object"
 * ```
 */
export function toOutputJsonSchema(schema: OutputSchema): Record<string, unknown> {
  if (!isValibot(schema)) return schema as Record<string, unknown>;
  const json = toJsonSchema(schema, { errorMode: "throw" }) as Record<string, unknown>;
  // The model API wants the schema itself, not a document with a $schema header.
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

/**
 * Parses a final answer as JSON and checks it against the schema (valibot schemas only;
 * a JSON Schema object is not re-validated here, the model API enforced it). Throws
 * {@link StructuredOutputError} with the text and the issues when it does not match.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import { parseStructuredOutput } from "codex-app-server";
 * const value = parseStructuredOutput('{"n":1}', v.object({ n: v.number() }));
 * console.log(value.n); // 1
 * ```
 */
export function parseStructuredOutput<T>(text: string, schema: OutputSchema<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new StructuredOutputError(
      `the final answer is not JSON: ${text.slice(0, 200)}`,
      text,
      [],
      cause,
    );
  }
  if (!isValibot(schema)) return json as T;
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const first = result.issues[0];
    const path = v.getDotPath(first);
    throw new StructuredOutputError(
      `the final answer does not match the schema: ${path ? `${path}: ` : ""}${first.message}`,
      text,
      result.issues,
    );
  }
  return result.output as T;
}
