// What the SDK answers when nobody handles a server request, or the handler failed. Every
// answer denies: nothing runs, nothing is granted, no data is shared. The bodies are valid
// for their method's result schema (tests check them against gen/), because an invalid
// body is what makes a server treat a refusal as something else.
import type { WireError } from "../wire/message.ts";

/** The fail-closed answer to one server request: a schema-valid refusal or an error. */
export type FailClosedAnswer = { result: unknown } | { error: WireError };

const REFUSALS: Readonly<Record<string, () => unknown>> = {
  "item/commandExecution/requestApproval": () => ({ decision: "decline" }),
  "item/fileChange/requestApproval": () => ({ decision: "decline" }),
  "item/permissions/requestApproval": () => ({ permissions: {}, scope: "turn" }),
  "item/tool/requestUserInput": () => ({ answers: {} }),
  "mcpServer/elicitation/request": () => ({ action: "decline", content: null }),
  "item/tool/call": () => ({ contentItems: [], success: false }),
};

/**
 * The fail-closed answer for a server request method: a refusal for approvals and
 * questions, a JSON-RPC error (-32601) for methods without a safe refusal (token refresh,
 * attestation, legacy approvals, unknown methods).
 *
 * @example
 * ```ts
 * import { failClosedAnswer } from "codex-app-server/protocol";
 * console.log(failClosedAnswer("item/commandExecution/requestApproval"));
 * // { result: { decision: "decline" } }
 * ```
 */
export function failClosedAnswer(method: string): FailClosedAnswer {
  const refusal = REFUSALS[method];
  if (refusal) return { result: refusal() };
  return {
    error: {
      code: -32601,
      message: `no handler for server request ${method}; refused by codex-app-server`,
    },
  };
}
