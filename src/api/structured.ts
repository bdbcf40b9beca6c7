import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { StructuredOutputError } from "../errors.ts";
import type { StandardSchemaIssue, StandardSchemaV1 } from "../standard_schema.ts";

/**
 * A structured-output schema: a Standard Schema (valibot's are converted to JSON Schema
 * for the model; the answer is validated and typed by it) or a plain JSON Schema object.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import type { OutputSchema } from "codex-app-server";
 * const schema: OutputSchema<{ title: string }> = v.strictObject({ title: v.string() });
 * ```
 */
export type OutputSchema<T = unknown> = StandardSchemaV1<unknown, T> | Record<string, unknown>;

function isStandard(schema: unknown): schema is StandardSchemaV1 {
  return typeof schema === "object" && schema !== null && "~standard" in schema;
}

/**
 * The JSON Schema to send as a turn's `outputSchema`: a valibot schema is converted with
 * `@valibot/to-json-schema`; a JSON Schema object is passed through. Other Standard
 * Schema libraries are refused: convert with their own tool and pass the JSON Schema.
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
  if (!isStandard(schema)) return schema;
  const vendor = schema["~standard"].vendor;
  if (vendor !== "valibot") {
    throw new TypeError(
      `cannot convert a ${vendor} schema to JSON Schema; pass its JSON Schema instead`,
    );
  }
  const json = toJsonSchema(schema as unknown as v.GenericSchema, { errorMode: "throw" }) as
    & Record<string, unknown>
    & { $schema?: unknown };
  // The model API wants the schema itself, not a document with a $schema header.
  const { $schema: _ignored, ...rest } = json;
  return rest;
}

function pathOf(issue: StandardSchemaIssue): string {
  return (issue.path ?? [])
    .map((p) => String(typeof p === "object" ? p.key : p))
    .join(".");
}

/**
 * Parses a final answer as JSON and validates it with a Standard Schema (a plain JSON
 * Schema object is not re-validated here; the model API enforced it). Rejects with
 * {@link StructuredOutputError} carrying the text and the issues when it does not match.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import { parseStructuredOutput } from "codex-app-server";
 * const value = await parseStructuredOutput('{"n":1}', v.object({ n: v.number() }));
 * console.log(value.n); // 1
 * ```
 */
export async function parseStructuredOutput<T>(text: string, schema: OutputSchema<T>): Promise<T> {
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
  if (!isStandard(schema)) return json as T;
  const result = await schema["~standard"].validate(json);
  if (result.issues) {
    const first = result.issues[0];
    const path = first ? pathOf(first) : "";
    throw new StructuredOutputError(
      `the final answer does not match the schema: ${path ? `${path}: ` : ""}${
        first?.message ?? "invalid"
      }`,
      text,
      result.issues,
    );
  }
  return result.value as T;
}
