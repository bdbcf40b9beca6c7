// `Codex` of the `codex-app-server/codex-sdk` entry: the constructor and options of
// `@openai/codex-sdk`, over one app-server that is started on the first run and shared by
// every thread of this instance.
import type { Codex as AppServerCodex } from "../api/codex.ts";
import type { ServerRequestHandlers } from "../client/client.ts";
import { type CodexOptions, SharedAppServer } from "./shared_server.ts";
import { Thread } from "./thread.ts";
import type { ApprovalMode, ModelReasoningEffort, SandboxMode, WebSearchMode } from "./types.ts";

export type { CodexOptions } from "./shared_server.ts";

/**
 * Options of one thread, as `@openai/codex-sdk` takes them.
 *
 * @example
 * ```ts
 * import type { ThreadOptions } from "codex-app-server/codex-sdk";
 * const options: ThreadOptions = {
 *   workingDirectory: "/repo",
 *   sandboxMode: "workspace-write",
 *   modelReasoningEffort: "high",
 * };
 * ```
 */
export type ThreadOptions = {
  model?: string;
  /** Source classification applied when this thread is first created. */
  threadSource?: string;
  sandboxMode?: SandboxMode;
  workingDirectory?: string;
  /** Run in a working directory outside any git repository (refused otherwise). */
  skipGitRepoCheck?: boolean;
  modelReasoningEffort?: ModelReasoningEffort;
  networkAccessEnabled?: boolean;
  webSearchMode?: WebSearchMode;
  webSearchEnabled?: boolean;
  /** Defaults to `"never"`, as with `codex exec`, unless `config` sets `approval_policy`. */
  approvalPolicy?: ApprovalMode;
  additionalDirectories?: string[];
};

/**
 * A drop-in for `Codex` of `@openai/codex-sdk`: the same synchronous constructor and
 * options, `startThread()` and `resumeThread()`. Instead of one `codex exec` process per
 * run, one `codex app-server` is started on the first run and shared by every thread of
 * this instance; it does not keep the program alive while no run is in progress, so a
 * script that never closes anything still exits. `close()` (or `await using`) ends it.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server/codex-sdk"; // was: "@openai/codex-sdk"
 * declare const repo: string; // the project to work in
 * const codex = new Codex();
 * const thread = codex.startThread({ workingDirectory: repo, sandboxMode: "workspace-write" });
 * const { finalResponse, usage } = await thread.run("Fix the failing test");
 * console.log(finalResponse, usage?.output_tokens);
 * ```
 */
export class Codex implements AsyncDisposable {
  readonly #server: SharedAppServer;
  readonly #serverRequests: ServerRequestHandlers | undefined;
  #closing: Promise<void> | undefined;

  /**
   * Takes the options; starts nothing (the app-server starts on the first run, and is
   * shared with other instances made with equal options).
   */
  constructor(options: CodexOptions = {}) {
    this.#server = SharedAppServer.for({ ...options });
    this.#serverRequests = options.serverRequests;
  }

  /**
   * Starts a new conversation with an agent. Nothing is sent until the thread's first
   * run; its `id` is null until then.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server/codex-sdk";
   * const thread = new Codex().startThread({ skipGitRepoCheck: true });
   * console.log(thread.id); // null
   * ```
   */
  startThread(options: ThreadOptions = {}): Thread {
    return new Thread(this.#server, { ...options }, null, this.#serverRequests);
  }

  /**
   * Resumes a conversation with an agent based on the thread id (threads are stored in
   * `CODEX_HOME`, by default `~/.codex`). The thread is loaded on its first run.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server/codex-sdk";
   * const thread = new Codex().resumeThread("0199...");
   * console.log(thread.id); // "0199..."
   * ```
   */
  resumeThread(id: string, options: ThreadOptions = {}): Thread {
    return new Thread(this.#server, { ...options }, id, this.#serverRequests);
  }

  /**
   * Beyond the official SDK: this SDK's own client behind this instance (started now if
   * no run started it yet), for everything the official API lacks: listing threads,
   * models, accounts, notifications. It stays owned by this instance (and the others
   * sharing it): do not close it yourself.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server/codex-sdk";
   * declare const codex: Codex;
   * const appServer = await codex.appServer();
   * console.log((await appServer.listThreads({ limit: 5 })).data.length);
   * ```
   */
  async appServer(): Promise<AppServerCodex> {
    return await this.#server.codex();
  }

  /**
   * Lets go of the app-server; the last instance sharing it ends it (runs in progress then
   * fail). Optional: an idle instance does not keep the program alive.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server/codex-sdk";
   * const codex = new Codex();
   * await codex.close();
   * ```
   */
  close(): Promise<void> {
    this.#closing ??= this.#server.release();
    return this.#closing;
  }

  /** Same as {@link Codex.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
