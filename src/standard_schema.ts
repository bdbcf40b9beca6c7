// The Standard Schema interface (standardschema.dev), spelled out here so the public API
// names no validator library's internal types. valibot's schemas implement it, and so do
// zod's and arktype's.

/**
 * A schema any Standard Schema library can provide (valibot, zod, arktype, ...).
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * import type { StandardSchemaV1 } from "codex-app-server";
 * const schema: StandardSchemaV1<unknown, { n: number }> = v.object({ n: v.number() });
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaProps<Input, Output>;
}

/**
 * The properties behind `~standard`.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * const props = v.string()["~standard"];
 * console.log(props.vendor); // "valibot"
 * ```
 */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the interface (1). */
  readonly version: 1;
  /** The library behind the schema, e.g. "valibot". */
  readonly vendor: string;
  /** Validates a value. */
  readonly validate: (
    value: unknown,
  ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  /** Carries the input and output types for inference only. */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * The outcome of a Standard Schema validation.
 *
 * @example
 * ```ts
 * import type { StandardSchemaResult } from "codex-app-server";
 * const ok: StandardSchemaResult<number> = { value: 1 };
 * ```
 */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

/**
 * One validation problem.
 *
 * @example
 * ```ts
 * import type { StandardSchemaIssue } from "codex-app-server";
 * const issue: StandardSchemaIssue = { message: "Expected string", path: ["title"] };
 * ```
 */
export interface StandardSchemaIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: keys, or objects with a `key`. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}
