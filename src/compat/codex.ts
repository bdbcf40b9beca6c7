// `Codex` of the `codex-app-server/codex-sdk` entry: the constructor and options of
// `@openai/codex-sdk`, over one app-server that is started on the first run and shared by
// every thread of this instance.
import { appServerCommand, findCodex } from "../binary.ts";
import { Codex as AppServerCodex } from "../api/codex.ts";
import type { ServerRequestHandlers } from "../client/client.ts";
import { CodexError } from "../errors.ts";
import { spawnNode } from "../transport/node.ts";
import type { Transport } from "../transport/transport.ts";
import { appServerConfigArgs, type CompatThreadOptions } from "./options.ts";
import { Thread } from "./thread.ts";
import type {
  ApprovalMode,
  CodexConfigObject,
  ModelReasoningEffort,
  SandboxMode,
  WebSearchMode,
} from "./types.ts";

/**
 * Options of {@link Codex}: those of `@openai/codex-sdk`, plus `serverRequests`.
 *
 * @example
 * ```ts
 * import { Codex, type CodexOptions } from "codex-app-server/codex-sdk";
 * const options: CodexOptions = {
 *   apiKey: "sk-...", // never written to disk or put on a command line
 *   config: { sandbox_workspace_write: { network_access: true } }, // dotted keys
 * };
 * const codex = new Codex(options);
 * ```
 */
export type CodexOptions = {
  /** The codex executable; else the `@openai/codex` package's binary (or `codex` on PATH). */
  codexPathOverride?: string;
  /** The OpenAI API base URL (`openai_base_url`). */
  baseUrl?: string;
  /**
   * An OpenAI API key, used by the app-server for this process only: it is sent over the
   * app-server's stdin (`account/login/start`) with an ephemeral credentials store, never
   * written to `CODEX_HOME` nor put on a command line.
   */
  apiKey?: string;
  /**
   * Additional `--config key=value` overrides for the app-server. Provide a JSON object
   * and it is flattened into dotted paths and serialized as TOML literals, as the
   * official SDK does.
   */
  config?: CodexConfigObject;
  /**
   * Raw `--config key=value` overrides passed unchanged after the structured `config`
   * and before the ones this entry manages (`openai_base_url`).
   */
  configOverrides?: string[];
  /**
   * Environment variables of the app-server process. When provided, it does not
   * inherit variables from this process's environment.
   */
  env?: Record<string, string>;
  /**
   * Beyond the official SDK: handlers for the app-server's requests (command and file
   * approvals, questions, ...), so that threads can run with `approvalPolicy:
   * "on-request"` instead of `"never"`. Without a handler a request is answered
   * fail-closed (declined).
   */
  serverRequests?: ServerRequestHandlers;
};

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
 * The one app-server of a {@link Codex}: started on the first run, kept while the
 * instance lives, and — while no run is in progress — not keeping the program alive.
 */
export class SharedAppServer {
  readonly #options: CodexOptions;
  #codex: Promise<AppServerCodex> | undefined;
  #transport: Transport | undefined;
  #active = 0;
  #closed = false;

  constructor(options: CodexOptions) {
    this.#options = options;
  }

  /** True when the user's `config` sets the approval policy itself. */
  get configuresApprovalPolicy(): boolean {
    const config = this.#options.config;
    return config !== undefined && "approval_policy" in config ||
      (this.#options.configOverrides ?? []).some((o) => /^\s*approval_policy\s*=/.test(o));
  }

  /** Marks a run in progress (the program stays alive); call the result when it ends. */
  hold(): () => void {
    this.#active++;
    this.#transport?.setKeepAlive?.(true);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#active === 0) this.#transport?.setKeepAlive?.(false);
    };
  }

  /** The started app-server (started now if needed; a failed start is retried next time). */
  codex(): Promise<AppServerCodex> {
    if (this.#closed) return Promise.reject(new CodexError("Codex: closed"));
    this.#codex ??= this.#start().catch((error) => {
      this.#codex = undefined;
      throw error;
    });
    return this.#codex;
  }

  /** The started app-server, or undefined when no run started it yet. */
  started(): Promise<AppServerCodex> | undefined {
    return this.#codex;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const codex = await this.#codex?.catch(() => undefined);
    await codex?.close();
  }

  async #start(): Promise<AppServerCodex> {
    const options = this.#options;
    const { command, args } = appServerCommand(findCodex(options.codexPathOverride));
    const transport = spawnNode({
      command,
      args: [...appServerConfigArgs(options), ...args],
      env: options.env,
      inheritEnv: options.env === undefined,
    });
    this.#transport = transport;
    transport.setKeepAlive?.(this.#active > 0);
    try {
      return await AppServerCodex.start({
        transport,
        apiKey: options.apiKey,
        serverRequests: options.serverRequests,
      });
    } catch (error) {
      this.#transport = undefined;
      await transport.close().catch(() => {});
      throw error;
    }
  }
}

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
 * const codex = new Codex();
 * const thread = codex.startThread({ workingDirectory: ".", sandboxMode: "workspace-write" });
 * const { finalResponse, usage } = await thread.run("Fix the failing test");
 * console.log(finalResponse, usage?.output_tokens);
 * ```
 */
export class Codex implements AsyncDisposable {
  readonly #server: SharedAppServer;

  /** Takes the options; starts nothing (the app-server starts on the first run). */
  constructor(options: CodexOptions = {}) {
    this.#server = new SharedAppServer({ ...options });
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
    return new Thread(this.#server, { ...options } as CompatThreadOptions, null);
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
    return new Thread(this.#server, { ...options } as CompatThreadOptions, id);
  }

  /**
   * Beyond the official SDK: this SDK's own client behind this instance (started now if
   * no run started it yet), for everything the official API lacks: listing threads,
   * models, accounts, notifications. It stays owned by this instance.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server/codex-sdk";
   * await using codex = new Codex();
   * const appServer = await codex.appServer();
   * console.log((await appServer.listThreads({ limit: 5 })).data.length);
   * ```
   */
  async appServer(): Promise<AppServerCodex> {
    return await this.#server.codex();
  }

  /**
   * Ends the shared app-server (runs in progress fail). Optional: an idle instance does
   * not keep the program alive.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server/codex-sdk";
   * const codex = new Codex();
   * await codex.close();
   * ```
   */
  close(): Promise<void> {
    return this.#server.close();
  }

  /** Same as {@link Codex.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
