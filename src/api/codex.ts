import type {
  GetAccountParams,
  GetAccountResponse,
  InitializeResponse,
  LogoutAccountResponse,
  ModelListParams,
  ModelListResponse,
  ServerNotification,
  ThreadForkParams,
  ThreadListParams,
  ThreadListResponse,
  ThreadResumeParams,
  ThreadStartParams,
} from "../../gen/types.ts";
import type { ClientRequestMap, ClientRequestMethod } from "../../gen/methods.ts";
import { appServerCommand, findCodex } from "../binary.ts";
import {
  AppServerClient,
  type CallOptions,
  type ClientOptions,
  type ServerRequestHandlers,
} from "../client/client.ts";
import { AbortError } from "../errors.ts";
import { spawnTransport } from "../transport/spawn.ts";
import type { Transport } from "../transport/transport.ts";
import { type ConnectionState, type ReconnectOptions, Reconnector } from "./reconnect.ts";
import { Thread } from "./thread.ts";
import {
  CommandHandle,
  type ExecOptions,
  ProcessHandle,
  type SpawnProcessOptions,
} from "./command.ts";
import { FileWatch, type WatchOptions } from "./watch.ts";
import { type FuzzySearchOptions, FuzzySearchSession } from "./fuzzy_search.ts";
import { McpLoginHandle, type McpLoginOptions } from "./mcp_login.ts";
import { Session } from "./session.ts";
import { type LoginHandle, startLogin } from "./login.ts";

export type { LoginHandle } from "./login.ts";
import { type CodexVersionMismatch, serverVersionOf, versionMismatch } from "./version.ts";

/**
 * Options of {@link Codex.start}: how to reach the app-server, plus every
 * {@link ClientOptions} of the connection (handlers, validation, timeouts, ...).
 */
export interface CodexOptions extends ClientOptions {
  /** The codex executable; else $CODEX_PATH, else the @openai/codex package's binary, else PATH. */
  codexPath?: string;
  /**
   * Config overrides, each passed as `--config key=<TOML value>` (e.g. `{ model: "o3" }`);
   * entries that are `undefined` are left out.
   */
  config?: Record<string, unknown>;
  /** Extra environment variables for the app-server process. */
  env?: Record<string, string | undefined>;
  /** Working directory of the app-server process. */
  cwd?: string;
  /**
   * Talk over this transport instead of spawning (webSocket, unixSocket, memory); or a
   * function that opens one, which {@link CodexOptions.reconnect} calls again after a drop.
   */
  transport?: Transport | (() => Transport | Promise<Transport>);
  /**
   * Reconnect after an unexpected drop of the connection (off unless given; needs
   * `transport` to be a function). Threads are resumed and open turns go on; see the
   * README's "Reconnecting".
   */
  reconnect?: ReconnectOptions;
  /** Told when the connection is up, lost, reconnecting, reconnected, or given up on. */
  onConnectionState?: (state: ConnectionState) => void;
  /** Receives each non-blank line the app-server writes to stderr (its logs). */
  onStderr?: (line: string) => void;
  /** Cap on one incoming line, in characters (default 64 MiB). */
  maxLineLength?: number;
  /**
   * Sign in with this OpenAI API key for this process only: the credentials store is set to
   * `ephemeral` (unless `config` says otherwise), so the key is never written to
   * `CODEX_HOME`. (The app-server does not read `OPENAI_API_KEY` by itself.)
   */
  apiKey?: string;
  /**
   * Called once after the handshake when the app-server's version (read from the
   * `userAgent` of its `initialize` answer) differs from {@link CODEX_VERSION}, the version
   * this SDK was generated from. A newer server may send events this SDK does not know
   * (lenient validation passes them through); an older one may lack methods. Nothing is
   * printed otherwise. Errors thrown by the callback are ignored.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * const codex = await Codex.start({
   *   onVersionMismatch: (info) => console.warn(info.message), // e.g. "…0.172.0 is newer than…"
   * });
   * await codex.close();
   * ```
   */
  onVersionMismatch?: (info: CodexVersionMismatch) => void;
}

/** Options for starting, resuming or forking a thread. */
export interface ThreadOptions extends CallOptions {
  /** Server-request handlers for this thread (they win over the client's). */
  serverRequests?: ServerRequestHandlers;
}

/**
 * The SDK's entry point: one app-server connection that runs many threads and turns at
 * once. Start it, start threads, run turns; close it (or use `await using`).
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * await using codex = await Codex.start({ config: { model: "gpt-5.1-codex" } });
 * const thread = await codex.startThread({ cwd: ".", approvalPolicy: "on-request" });
 * const turn = await thread.startTurn("What does this project do?");
 * for await (const chunk of turn.text()) console.log(chunk);
 * console.log((await turn.run()).status);
 * ```
 */
export class Codex implements AsyncDisposable {
  /** The low-level client, for methods the high-level API does not wrap. */
  readonly client: AppServerClient;
  /** The app-server's process id when this client spawned it, else undefined. */
  readonly pid: number | undefined;

  readonly #reconnector: Reconnector | undefined;

  private constructor(
    client: AppServerClient,
    pid: number | undefined,
    reconnector: Reconnector | undefined,
  ) {
    this.client = client;
    this.pid = pid;
    this.#reconnector = reconnector;
  }

  /**
   * Finds the binary, spawns `codex [--config k=v]... app-server --listen stdio://`
   * (or uses `options.transport`), and completes the handshake. When it fails (the
   * handshake times out after `requestTimeoutMs`, the server answers an error, or
   * `signal` aborts) it rejects at once and the process is ended in the background.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * const stop = new AbortController(); // e.g. a Stop button: stop.abort()
   * const codex = await Codex.start({ onStderr: console.error, signal: stop.signal });
   * console.log(codex.metadata.userAgent);
   * await codex.close();
   * ```
   */
  static async start(options: CodexOptions = {}): Promise<Codex> {
    if (options.apiKey !== undefined && options.apiKey === "") {
      throw new TypeError("Codex.start: apiKey is empty");
    }
    const { signal } = options;
    if (signal?.aborted) {
      // A transport handed in is ours to end; a function has opened nothing yet.
      if (typeof options.transport === "object") options.transport.close().catch(() => {});
      throw new AbortError("Codex.start", signal.reason);
    }
    const config = definedEntries({
      ...(options.apiKey ? { cli_auth_credentials_store: "ephemeral" } : {}),
      ...options.config,
    });
    const connect = typeof options.transport === "function" ? options.transport : undefined;
    if (options.reconnect && !connect) {
      throw new TypeError(
        "Codex.start: reconnect needs `transport` to be a function that opens a new connection",
      );
    }
    const transport = (connect ? await connect() : options.transport as Transport | undefined) ??
      spawnTransport({
        ...appServerCommand(findCodex(options.codexPath), config),
        env: options.env,
        cwd: options.cwd,
        onStderr: options.onStderr,
        maxLineLength: options.maxLineLength,
        onProtocolError: options.onProtocolMessage
          ? (error) => options.onProtocolMessage!({ direction: "in", text: error.raw ?? "", error })
          : undefined,
      });
    const client = await AppServerClient.connect(transport, options);
    const reconnector = options.reconnect
      ? new Reconnector(client, connect!, options.reconnect, options.onConnectionState)
      : undefined;
    const codex = new Codex(client, transport.pid, reconnector);
    const mismatch = codex.serverVersion === undefined
      ? undefined
      : versionMismatch(codex.serverVersion);
    if (mismatch && options.onVersionMismatch) {
      try {
        options.onVersionMismatch(mismatch);
      } catch {
        // A reporting hook must not stop the connection.
      }
    }
    try {
      if (options.apiKey) await codex.loginWithApiKey(options.apiKey, { signal });
      if (signal?.aborted) throw new AbortError("Codex.start", signal.reason);
    } catch (error) {
      // Reject now; the process is ended in the background.
      codex.close().catch(() => {});
      throw error;
    }
    try {
      options.onConnectionState?.({ state: "connected" });
    } catch {
      // An observer that throws changes nothing.
    }
    return codex;
  }

  /** The server's `initialize` answer (user agent, CODEX_HOME, platform). */
  get metadata(): InitializeResponse {
    return this.client.metadata;
  }

  /**
   * The app-server's version as its `userAgent` states it (e.g. `"0.171.0"`), or undefined
   * when the user agent names none. Compare with {@link CODEX_VERSION}, or see
   * {@link CodexOptions.onVersionMismatch}.
   *
   * @example
   * ```ts
   * import { Codex, CODEX_VERSION } from "codex-app-server";
   * await using codex = await Codex.start();
   * console.log(codex.serverVersion, "SDK generated from", CODEX_VERSION);
   * ```
   */
  get serverVersion(): string | undefined {
    return serverVersionOf(this.client.metadata.userAgent);
  }

  /**
   * Starts a new thread (`thread/start`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const thread = await codex.startThread({ cwd: "/repo", sandbox: "workspace-write" });
   * console.log(thread.id);
   * ```
   */
  async startThread(params: ThreadStartParams = {}, options: ThreadOptions = {}): Promise<Thread> {
    const { thread } = await this.client.request("thread/start", params, options);
    return new Thread(this.client, thread, options.serverRequests);
  }

  /**
   * Resumes a stored thread by id (`thread/resume`); this connection then gets its events.
   * A turn that is still running on it (started by another client, or before a restart of
   * this one) is reachable as {@link Thread.activeTurn}: its stream goes on with the turn's
   * remaining events, and its `result()` reads the items it missed from the server.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const thread = await codex.resumeThread("0199...");
   * await thread.run("Where were we?");
   * ```
   */
  async resumeThread(
    threadId: string,
    params: Omit<ThreadResumeParams, "threadId"> = {},
    options: ThreadOptions = {},
  ): Promise<Thread> {
    const registry = Session.of(this.client).turns;
    const { thread } = await this.client.request(
      "thread/resume",
      { ...params, threadId },
      {
        ...options,
        // A turn still running joins this client now, before any of its later events is
        // routed: its handle becomes the thread's activeTurn.
        onResult: (result) => {
          const running = result.thread.turns?.findLast((t) => t.status === "inProgress");
          if (running) registry.claim(result.thread.id, running.id, { joinedLate: true });
        },
      },
    );
    return new Thread(this.client, thread, options.serverRequests);
  }

  /**
   * Forks a thread into a new one with the same history (`thread/fork`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const copy = await codex.forkThread("0199...");
   * console.log(copy.id);
   * ```
   */
  async forkThread(
    threadId: string,
    params: Omit<ThreadForkParams, "threadId"> = {},
    options: ThreadOptions = {},
  ): Promise<Thread> {
    const { thread } = await this.client.request("thread/fork", { ...params, threadId }, options);
    return new Thread(this.client, thread, options.serverRequests);
  }

  /**
   * Lists stored threads (`thread/list`), one page at a time (`nextCursor`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const { data, nextCursor } = await codex.listThreads({ limit: 20 });
   * ```
   */
  listThreads(
    params: ThreadListParams = {},
    options: CallOptions = {},
  ): Promise<ThreadListResponse> {
    return this.client.request("thread/list", params, options);
  }

  /**
   * Sends any client request, typed by the generated method map.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const { data } = await codex.request("model/list", {});
   * ```
   */
  request<M extends ClientRequestMethod>(
    method: M,
    params: ClientRequestMap[M]["params"],
    options: CallOptions = {},
  ): Promise<ClientRequestMap[M]["result"]> {
    return this.client.request(method, params, options);
  }

  /**
   * Every notification from now on (all threads, all turns, global ones); cancel the
   * stream to stop. Nothing is retained while nobody listens. The stream ends as done
   * after {@link Codex.close}, and fails with {@link TransportClosedError} when the
   * connection is lost.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * for await (const n of codex.notifications()) {
   *   if (n.method === "account/rateLimits/updated") console.log(n.params);
   * }
   * ```
   */
  notifications(): ReadableStream<ServerNotification> {
    return this.client.notifications();
  }

  /**
   * Runs a command outside any turn (`command/exec`) and returns its handle at once: its
   * output streams as it is produced (`stdout`, `stderr`), its stdin is open (`write`,
   * `closeStdin`), and `exit` resolves when it ends. Output that arrives before anyone
   * reads it is kept. The command runs in the server's sandbox (`sandboxPolicy`) and
   * belongs to this connection: it does not survive a reconnect.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const cmd = await codex.exec(["npm", "test"], { cwd: "/repo", streamStdin: false });
   * const decoder = new TextDecoder();
   * for await (const chunk of cmd.stdout) console.log(decoder.decode(chunk, { stream: true }));
   * console.log("exit code", (await cmd.exit).exitCode);
   * ```
   */
  // deno-lint-ignore require-await -- an async API: a bad argument is a rejection, not a throw
  async exec(command: string[], options: ExecOptions = {}): Promise<CommandHandle> {
    return new CommandHandle(this.client, command, options);
  }

  /**
   * Watches a file or directory (`fs/watch`; `path` must be absolute): iterate the watch
   * (or read `changes()`) for the paths of each change, `close()` it to stop.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * await using watch = await codex.watch("/repo/src");
   * for await (const paths of watch) console.log(paths);
   * ```
   */
  watch(path: string, options: WatchOptions = {}): Promise<FileWatch> {
    return FileWatch.start(this.client, path, options);
  }

  /**
   * Starts an MCP server's OAuth login (`mcpServer/oauth/login`): send the user to
   * `authorizationUrl`, then `wait()` for `mcpServer/oauthLogin/completed`.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const login = await codex.mcpLogin("github");
   * console.log(login.authorizationUrl);
   * console.log((await login.wait()).success);
   * ```
   */
  mcpLogin(name: string, options: McpLoginOptions = {}): Promise<McpLoginHandle> {
    return McpLoginHandle.start(this.client, name, options);
  }

  /**
   * Experimental (needs `experimentalApi: true`): starts a process (`process/spawn`) with
   * the same handle as {@link Codex.exec}, `kill()` in place of `terminate()`.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * await using codex = await Codex.start({ experimentalApi: true });
   * const proc = await codex.spawnProcess(["ls"], { cwd: "/tmp" });
   * for await (const chunk of proc.stdout) console.log(new TextDecoder().decode(chunk));
   * console.log((await proc.exit).exitCode);
   * ```
   */
  spawnProcess(command: string[], options: SpawnProcessOptions): Promise<ProcessHandle> {
    return ProcessHandle.spawn(this.client, command, options);
  }

  /**
   * Experimental (needs `experimentalApi: true`): a fuzzy file search session over
   * `roots`: `update(query)`, read `results`, `stop()`.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * await using codex = await Codex.start({ experimentalApi: true });
   * await using search = await codex.fuzzySearch(["/repo"]);
   * await search.update("mod");
   * for await (const { files } of search.results) if (files.length) break;
   * ```
   */
  fuzzySearch(roots: string[], options: FuzzySearchOptions = {}): Promise<FuzzySearchSession> {
    return FuzzySearchSession.start(this.client, roots, options);
  }

  /**
   * The models the server offers (`model/list`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const { data } = await codex.models();
   * console.log(data.map((m) => m.id));
   * ```
   */
  models(params: ModelListParams = {}, options: CallOptions = {}): Promise<ModelListResponse> {
    return this.client.request("model/list", params, options);
  }

  /**
   * The signed-in account, if any (`account/read`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const { account, requiresOpenaiAuth } = await codex.account();
   * ```
   */
  account(params: GetAccountParams = {}, options: CallOptions = {}): Promise<GetAccountResponse> {
    return this.client.request("account/read", params, options);
  }

  /**
   * Signs in with an API key (`account/login/start` type `apiKey`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * await codex.loginWithApiKey("sk-...");
   * ```
   */
  async loginWithApiKey(apiKey: string, options: CallOptions = {}): Promise<void> {
    if (!apiKey) throw new TypeError("loginWithApiKey: the API key is empty");
    await this.client.request("account/login/start", { type: "apiKey", apiKey }, options);
  }

  /**
   * Starts the ChatGPT browser login; open `authUrl`, then `wait()`.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const login = await codex.loginWithChatGpt();
   * console.log(login.authUrl);
   * await login.wait();
   * ```
   */
  loginWithChatGpt(options: CallOptions = {}): Promise<LoginHandle> {
    return startLogin(this.client, { type: "chatgpt" }, options);
  }

  /**
   * Starts the ChatGPT device-code login; show `verificationUrl` and `userCode`, then
   * `wait()`.
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * const login = await codex.loginWithDeviceCode();
   * console.log(`visit ${login.verificationUrl} and enter ${login.userCode}`);
   * await login.wait();
   * ```
   */
  loginWithDeviceCode(options: CallOptions = {}): Promise<LoginHandle> {
    return startLogin(this.client, { type: "chatgptDeviceCode" }, options);
  }

  /**
   * Signs out (`account/logout`).
   *
   * @example
   * ```ts
   * import type { Codex } from "codex-app-server";
   * declare const codex: Codex;
   * await codex.logout();
   * ```
   */
  logout(options: CallOptions = {}): Promise<LogoutAccountResponse> {
    return this.client.request("account/logout", undefined, options);
  }

  /**
   * Closes the connection and ends the app-server process (stdin, then SIGTERM, then
   * SIGKILL). Pending calls and open turns fail with {@link TransportClosedError};
   * `notifications()` streams end as done.
   *
   * @example
   * ```ts
   * import { Codex } from "codex-app-server";
   * const codex = await Codex.start();
   * await codex.close();
   * ```
   */
  close(): Promise<void> {
    this.#reconnector?.stop();
    return this.client.close();
  }

  /** Same as {@link Codex.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

// `{ model: flag ? "o3" : undefined }` means "no override", not an error.
function definedEntries(config: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config ?? {}).filter(([, v]) => v !== undefined));
}
