// An MCP server's OAuth login (`mcpServer/oauth/login`). Its completion is keyed by a
// `loginId` the server picks and names in its answer, so the handle can own the key only
// from the answer on: the router keeps (bounded) events of unclaimed login ids, and the
// answer's `onResult` claims the id before any later message is routed, replaying a
// completion that came first.
import type {
  McpServerOauthLoginCompletedNotification,
  McpServerOauthLoginParams,
} from "../../gen/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { AbortError, CodexError, RequestTimeoutError } from "../errors.ts";
import { onAbort } from "../_abort.ts";
import { claimStream, EventLog } from "./_event_log.ts";

/**
 * Options of {@link Codex.mcpLogin}: the `mcpServer/oauth/login` params other than `name`,
 * and the call's signal and timeout.
 *
 * @example
 * ```ts
 * import type { McpLoginOptions } from "codex-app-server";
 * const options: McpLoginOptions = { scopes: ["read"], timeoutMs: 10_000 };
 * ```
 */
export interface McpLoginOptions extends Omit<McpServerOauthLoginParams, "name">, CallOptions {}

/**
 * An MCP server's OAuth login in progress, as {@link Codex.mcpLogin} returns it: send the
 * user to `authorizationUrl`, then `wait()` for the outcome.
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex;
 * const login = await codex.mcpLogin("github");
 * console.log("open", login.authorizationUrl);
 * const outcome = await login.wait({ timeoutMs: 300_000 });
 * console.log(outcome.success ? "signed in" : outcome.error);
 * ```
 */
export class McpLoginHandle {
  /** The MCP server's name. */
  readonly name: string;
  /** Where to send the user. */
  readonly authorizationUrl: string;
  /** The server's id for this attempt (undefined from an older server, which sends none). */
  readonly loginId: string | undefined;
  readonly #log: EventLog;
  readonly #release: () => void;
  #outcome: McpServerOauthLoginCompletedNotification | undefined;

  private constructor(
    name: string,
    authorizationUrl: string,
    loginId: string | undefined,
    log: EventLog,
    release: () => void,
  ) {
    this.name = name;
    this.authorizationUrl = authorizationUrl;
    this.loginId = loginId;
    this.#log = log;
    this.#release = release;
  }

  /** Starts the login; made by {@link Codex.mcpLogin}. */
  static async start(
    client: AppServerClient,
    name: string,
    options: McpLoginOptions = {},
  ): Promise<McpLoginHandle> {
    if (typeof name !== "string" || name === "") {
      throw new TypeError("mcpLogin: the server name is empty");
    }
    const { signal, timeoutMs, ...params } = options;
    let handle: McpLoginHandle | undefined;
    const log = new EventLog(16, {
      onEvent: (event) => {
        if (event.method !== "mcpServer/oauthLogin/completed" || !handle) return;
        handle.#outcome = event.params as McpServerOauthLoginCompletedNotification;
        handle.#release();
        log.end();
      },
    });
    let release = () => {};
    await client.request("mcpServer/oauth/login", { ...params, name }, {
      signal,
      timeoutMs,
      // Runs before any later message is routed: a completion that came first is replayed.
      onResult: (result) => {
        handle = new McpLoginHandle(
          name,
          result.authorizationUrl,
          result.loginId ?? undefined,
          log,
          () => release(),
        );
        if (typeof result.loginId === "string") {
          release = claimStream(client.router, "loginId", result.loginId, log);
          // A completion replayed by the claim came before `release` was known.
          if (log.settled) release();
        } else {
          // An older server names no attempt: its completion is found by server name.
          release = watchByName(client, name, log);
        }
      },
    });
    return handle!;
  }

  /**
   * Resolves with `mcpServer/oauthLogin/completed` for this login (success or not).
   * Rejects with {@link AbortError} on `signal`, {@link RequestTimeoutError} after
   * `timeoutMs`, and {@link TransportClosedError} when the connection ends first. Waiting
   * again after a timeout is allowed.
   */
  async wait(options: CallOptions = {}): Promise<McpServerOauthLoginCompletedNotification> {
    const { signal, timeoutMs } = options;
    if (signal?.aborted) throw new AbortError("mcp login", signal.reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unlisten = () => {};
    try {
      await Promise.race([
        this.#log.done,
        new Promise<never>((_, reject) => {
          if (signal) {
            unlisten = onAbort(signal, () => reject(new AbortError("mcp login", signal.reason)));
          }
          if (timeoutMs) {
            timer = setTimeout(
              () => reject(new RequestTimeoutError("mcp login wait", timeoutMs)),
              timeoutMs,
            );
          }
        }),
      ]);
    } finally {
      clearTimeout(timer);
      unlisten();
    }
    if (this.#outcome) return this.#outcome;
    throw this.#log.outcomeError ?? new CodexError("mcp login ended without an outcome");
  }
}

/** Routes completions of `name` to `log` for a server that sends no loginId. */
function watchByName(client: AppServerClient, name: string, log: EventLog): () => void {
  const reader = client.notifications().getReader();
  void (async () => {
    try {
      while (true) {
        const { value, done } = await reader.read();
        if (done) {
          // close() ends the notifications as done: the login has no outcome then.
          log.close(new CodexError("the client was closed before the login completed"));
          return;
        }
        if (
          value.method === "mcpServer/oauthLogin/completed" && value.params.name === name
        ) log.push(value);
      }
    } catch (error) {
      log.fail(error instanceof CodexError ? error : new CodexError(String(error)));
    }
  })();
  return () => void reader.cancel().catch(() => {});
}
