import { Codex, type CodexOptions } from "../api/codex.ts";
import { createTestHome, type TestHome } from "./harness.ts";
import type { Responder, ScriptedModel } from "./scripted_model.ts";

/** A ready {@link Codex} running the real binary against a scripted model. */
export interface TestCodex extends AsyncDisposable {
  /** The started client. */
  codex: Codex;
  /** The isolated home (temporary CODEX_HOME and workspace). */
  home: TestHome;
  /** The scripted model answering the binary's model requests. */
  model: ScriptedModel;
  /** Closes the client, the model and removes the temporary folders. */
  close(): Promise<void>;
}

/**
 * Starts the real `codex app-server` in an isolated `CODEX_HOME`, pointed at a scripted
 * model on loopback: no network, no account, deterministic. One call for a test's setup.
 *
 * @example
 * ```ts
 * import { startTestCodex } from "codex-app-server/testing";
 * await using t = await startTestCodex({
 *   responder: () => ({ steps: [{ type: "text", text: ["Hello", " world"] }] }),
 * });
 * const thread = await t.codex.startThread({ cwd: t.home.cwd });
 * console.log(await (await thread.startTurn("hi")).finalText()); // "Hello world"
 * ```
 */
export async function startTestCodex(
  options: { responder?: Responder; model?: ScriptedModel; codex?: CodexOptions } = {},
): Promise<TestCodex> {
  const home = await createTestHome({ responder: options.responder, model: options.model });
  let codex: Codex;
  try {
    codex = await Codex.start({
      ...options.codex,
      cwd: options.codex?.cwd ?? home.cwd,
      config: { ...home.config, ...options.codex?.config },
      env: { ...home.env, ...options.codex?.env },
    });
  } catch (error) {
    await home.dispose();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    closing ??= (async () => {
      try {
        await codex.close();
      } finally {
        await home.dispose();
      }
    })();
  return { codex, home, model: home.model, close, [Symbol.asyncDispose]: close };
}
