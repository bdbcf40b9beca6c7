/**
 * An isolated, throw-away Codex environment for tests: a temporary `CODEX_HOME`, a
 * temporary workspace, and the config and environment that point the real binary at a
 * {@link ScriptedModel} instead of the network.
 *
 * @module
 */

import { mkdir, mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Responder, ScriptedModel } from "./scripted_model.ts";

/** The environment variable the mock provider reads its (meaningless) API key from. */
const KEY_ENV = "CODEX_SCRIPTED_MODEL_KEY";

/**
 * A temporary Codex home wired to a scripted model. Pass `config` as the client's config
 * (it becomes `--config` arguments) and merge `env` into the child's environment.
 *
 * @example
 * ```ts
 * import { createTestHome } from "codex-app-server/testing";
 * await using home = await createTestHome();
 * console.log(home.codexHome, home.cwd, home.model.url);
 * console.log(home.config["model_provider"]); // "mock"
 * ```
 */
export interface TestHome {
  /** The temporary `CODEX_HOME` (sessions, sqlite state and logs land here). */
  codexHome: string;
  /** A temporary, empty workspace directory outside any git repository: use it as `cwd`. */
  cwd: string;
  /** `--config` overrides that select the scripted model and keep the binary quiet. */
  config: Record<string, unknown>;
  /** `CODEX_HOME` and the mock provider's API key variable; merge over the parent's env. */
  env: Record<string, string>;
  /** The scripted model the config points at. */
  model: ScriptedModel;
  /** Closes the model (if the harness started it) and deletes the temporary directories. */
  dispose(): Promise<void>;
  /** Same as `dispose()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Creates a {@link TestHome}: starts a scripted model unless one is given, makes the
 * temporary directories and builds the config. Nothing is written into `CODEX_HOME`: the
 * overrides travel on the command line, so the binary starts as on a fresh machine.
 *
 * @example
 * ```ts
 * import { createTestHome } from "codex-app-server/testing";
 * import { configArgs } from "codex-app-server/protocol";
 * import { spawn } from "node:child_process";
 *
 * await using home = await createTestHome({
 *   responder: () => ({ steps: [{ type: "text", text: ["Hel", "lo"] }] }),
 * });
 * const child = spawn("codex", [...configArgs(home.config), "app-server", "--listen", "stdio://"], {
 *   cwd: home.cwd,
 *   env: { ...process.env, ...home.env },
 * });
 * ```
 */
export async function createTestHome(
  options: { model?: ScriptedModel; responder?: Responder } = {},
): Promise<TestHome> {
  const ownsModel = options.model === undefined;
  const model = options.model ?? (await ScriptedModel.start({ responder: options.responder }));
  if (!ownsModel && options.responder) model.respond(options.responder);
  let root: string;
  try {
    // realpath: on macOS the temp dir is a symlink, and codex reports resolved paths, so
    // tests comparing paths (and fixture placeholders) need the resolved form too.
    root = await realpath(await mkdtemp(join(tmpdir(), "codex-app-server-test-")));
  } catch (err) {
    if (ownsModel) await model.close();
    throw err;
  }
  const codexHome = join(root, "codex-home");
  const cwd = join(root, "workspace");
  await mkdir(codexHome);
  await mkdir(cwd);

  const config: Record<string, unknown> = {
    model_provider: "mock",
    model: "mock-model",
    "model_providers.mock": {
      name: "mock",
      base_url: model.url,
      wire_api: "responses",
      env_key: KEY_ENV,
      // A retry would consume the next scripted response and hide the failure under test.
      request_max_retries: 0,
      stream_max_retries: 0,
    },
    // Nothing below changes what a turn does; each removes a source of network calls, host
    // dependence or nondeterminism (in the notifications or in the model's input).
    "analytics.enabled": false,
    check_for_update_on_startup: false,
    web_search: "disabled",
    // Shell snapshots run the user's login shell in the background at thread start.
    "features.shell_snapshot": false,
    // Plugin, app and tool-suggestion discovery talk to remote services on their own.
    "features.plugins": false,
    "features.remote_plugin": false,
    "features.apps": false,
    "features.tool_suggest": false,
    // A login shell (`bash -lc`) would source the host's profile into every command's output.
    allow_login_shell: false,
    // The current date and time would otherwise differ in every recorded model request.
    include_environment_context_time: false,
  };
  const env: Record<string, string> = { CODEX_HOME: codexHome, [KEY_ENV]: "scripted" };

  let disposing: Promise<void> | undefined;
  const dispose = (): Promise<void> =>
    disposing ??= (async () => {
      try {
        if (ownsModel) await model.close();
      } finally {
        // The binary may still be flushing its sqlite files when a test ends.
        await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
      }
    })();
  return { codexHome, cwd, config, env, model, dispose, [Symbol.asyncDispose]: dispose };
}
