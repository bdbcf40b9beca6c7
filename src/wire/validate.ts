/**
 * Checks a message against its generated valibot schema, in one of three modes.
 *
 * Forward compatibility lives here rather than in the schemas: the schemas stay exact
 * (an unknown enum value is an issue), and "lenient" decides which issues a newer server
 * may legitimately cause. Unknown object fields never cause one (the schemas are loose).
 *
 * @module
 */

import * as v from "valibot";
import type { StandardSchemaV1 } from "../standard_schema.ts";
import { ProtocolError } from "../errors.ts";

/**
 * How strictly incoming messages are checked: `"strict"` fails on any mismatch,
 * `"lenient"` lets unknown enum values and unknown union variants through (string values,
 * tags of tagged unions, one-key objects of externally tagged enums: a newer server may
 * send them) but fails on anything else, `"off"` checks nothing.
 *
 * @example
 * ```ts
 * const mode: ValidationMode = "lenient";
 * ```
 */
export type ValidationMode = "strict" | "lenient" | "off";

/**
 * Why a value did not pass.
 *
 * @example
 * ```ts
 * const failure: ValidationFailure = {
 *   message: "turn/completed params: turn.id: Invalid type: Expected string but received 123",
 *   path: "turn.id",
 *   issues: [],
 * };
 * ```
 */
export interface ValidationFailure {
  /** Names what was checked, the path of the first failing issue, and the mismatch. */
  message: string;
  /** Dotted path of the first failing issue (`turn.items.0.type`); undefined at the root. */
  path: string | undefined;
  /** Every issue that made it fail (in lenient mode, the tolerated ones are left out). */
  issues: v.BaseIssue<unknown>[];
}

/**
 * Checks `value` against `schema`. Returns null when it passes in `mode`, else a
 * {@link ValidationFailure} whose message starts with `what` (e.g. "turn/completed params").
 * The value itself is never changed or copied for the caller.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * const schema = v.looseObject({ status: v.picklist(["completed", "failed"]) });
 * console.log(checkValue(schema, { status: "paused" }, "strict", "turn") !== null); // true
 * console.log(checkValue(schema, { status: "paused" }, "lenient", "turn")); // null
 * console.log(checkValue(schema, { status: 1 }, "lenient", "turn")?.message);
 * // 'turn: status: Invalid type: Expected ("completed" | "failed") but received 1'
 * ```
 */
export function checkValue(
  schema: v.GenericSchema | StandardSchemaV1,
  value: unknown,
  mode: ValidationMode,
  what: string,
): ValidationFailure | null {
  if (mode === "off") return null;
  // The tables are typed as Standard Schemas in the public API; they are all valibot's.
  const result = v.safeParse(schema as v.GenericSchema, value);
  if (result.success) return null;
  const issues = mode === "strict" ? result.issues : result.issues.filter((i) => !tolerable(i));
  if (issues.length === 0) return null;
  const first = issues[0];
  const path = v.getDotPath(first) ?? undefined;
  return {
    message: `${what}: ${path === undefined ? "" : `${path}: `}${first.message}`,
    path,
    issues,
  };
}

/**
 * {@link checkValue} for one part (`"params"` or `"result"`) of a message of `method`, as
 * the {@link ProtocolError} its receiver reports: undefined when there is no schema for it,
 * `mode` is `"off"`, or the value passes.
 */
export function checkMessagePart(
  schema: v.GenericSchema | StandardSchemaV1 | undefined,
  value: unknown,
  mode: ValidationMode,
  method: string,
  part: "params" | "result",
  raw?: string,
): ProtocolError | undefined {
  if (!schema) return undefined;
  const failure = checkValue(schema, value, mode, `${method} ${part}`);
  if (!failure) return undefined;
  return new ProtocolError(failure.message, { method, path: failure.path, raw });
}

/**
 * True for the issues a newer server may cause without the message being malformed: a
 * string that is not (yet) one of an enum's values, an unknown discriminator of a tagged
 * union, or an unknown variant of an externally tagged enum (`{ "newVariant": {...} }`,
 * see {@link unknownExternalTag}). A union's issue lists every option's issues in one flat
 * list, so a union counts as tolerable when one of those is; this errs toward accepting.
 */
function tolerable(issue: v.BaseIssue<unknown>): boolean {
  switch (issue.type) {
    case "picklist":
      return typeof issue.input === "string";
    case "variant":
      // Also raised for a non-object input; then `expected` is "Object", not the tags.
      return typeof issue.input === "string" && issue.expected !== "Object";
    case "union":
      return issue.issues !== undefined &&
        (issue.issues.some(tolerable) || unknownExternalTag(issue.input, issue.issues));
    default:
      return false;
  }
}

/**
 * Rust's externally tagged enums reach the wire as a string per unit variant and a
 * one-key object per data variant (`{ "acceptWithExecpolicyAmendment": {...} }`). A newer
 * server's new data variant is an object with one key that no option has: every object
 * option then fails only for lacking its own key, and the others only for not being a
 * string. A known variant with a bad payload, or an object with several keys, stays an
 * error.
 */
function unknownExternalTag(input: unknown, issues: v.BaseIssue<unknown>[]): boolean {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
  const keys = Object.keys(input);
  if (keys.length !== 1) return false;
  let missingKeys = 0;
  for (const issue of issues) {
    const path = issue.path;
    if (path === undefined || path.length === 0) {
      // An option that is not an object (the unit variants' picklist) refusing an object.
      if (issue.type === "union" || issue.type === "variant" || issue.type.endsWith("object")) {
        return false;
      }
      continue;
    }
    if (path.length !== 1 || path[0].key === keys[0] || issue.input !== undefined) return false;
    missingKeys++;
  }
  return missingKeys > 0;
}
