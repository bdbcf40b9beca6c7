/**
 * The testing kit: a scripted model that speaks the Responses API's streaming events on
 * loopback, and a harness that runs the real `codex app-server` against it in a temporary
 * `CODEX_HOME`. Use it to test code built on this SDK without network or account.
 *
 * @example
 * ```ts
 * import { startTestCodex } from "codex-app-server/testing";
 * await using t = await startTestCodex({
 *   responder: (req) => ({ steps: [{ type: "text", text: `you said: ${req.prompt}` }] }),
 * });
 * const thread = await t.codex.startThread({ cwd: t.home.cwd });
 * const turn = await thread.startTurn("ping");
 * console.log(await turn.finalText()); // "you said: ping"
 * ```
 *
 * @module
 */
export {
  type OtherRequest,
  type Responder,
  ScriptedModel,
  type ScriptedRequest,
  type ScriptedResponse,
  type ScriptedStep,
} from "./src/testing/scripted_model.ts";
export { createTestHome, type TestHome } from "./src/testing/harness.ts";
export { startTestCodex, type TestCodex } from "./src/testing/test_codex.ts";
export { type Gate, gate, textReply } from "./src/testing/helpers.ts";
