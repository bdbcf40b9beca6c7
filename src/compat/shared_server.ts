// The app-server behind the `codex-app-server/codex-sdk` entry: one per set of options,
// started on the first run, shared by every `Codex` made with those options, and holding
// the program alive only while a run is in progress.
import { appServerCommand, findCodex } from "../binary.ts";
import { Codex as AppServerCodex } from "../api/codex.ts";
import type { ServerRequestHandlers } from "../client/client.ts";
import { CodexError } from "../errors.ts";
import { spawnNode } from "../transport/node.ts";
import type { Transport } from "../transport/transport.ts";
import { appServerConfigArgs } from "./options.ts";
import type { CodexConfigObject } from "./types.ts";

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
 * The app-server of every {@link Codex} of this program with the same options: started on
 * the first run, kept while one of them is open, and — while no run is in progress — not
 * keeping the program alive. Sharing it lets `new Codex(options).resumeThread(id)` in one
 * part of a program continue a thread that another instance ran (the app-server lets
 * one process at a time write a thread), and creating many instances costs no processes.
 */
export class SharedAppServer {
  readonly #options: Omit<CodexOptions, "serverRequests">;
  #codex: Promise<AppServerCodex> | undefined;
  #transport: Transport | undefined;
  #active = 0;
  #closed = false;

  constructor(options: Omit<CodexOptions, "serverRequests">) {
    this.#options = options;
  }

  /**
   * The server for these options: the one already made for equal options (until it is
   * closed), or a new one. `serverRequests` are not part of it: they are thread handlers.
   */
  static for(options: CodexOptions): SharedAppServer {
    const { serverRequests: _, ...shared } = options;
    let key: string | undefined;
    try {
      key = JSON.stringify([
        shared.codexPathOverride,
        shared.baseUrl,
        shared.apiKey,
        shared.config,
        shared.configOverrides,
        // Environments are equal whatever the order of their variables (Deno's varies).
        shared.env && Object.entries(shared.env).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0),
      ]);
    } catch {
      // Not JSON (a cycle): a server of its own; flattening the config will say what is wrong.
    }
    const existing = key === undefined ? undefined : SERVERS.get(key);
    if (existing && !existing.#closed) {
      existing.#users++;
      return existing;
    }
    const server = new SharedAppServer(shared);
    server.#users = 1;
    if (key !== undefined) {
      SERVERS.set(key, server);
      server.#key = key;
    }
    return server;
  }

  #users = 0;
  #key: string | undefined;

  /** One user let go of it; the last one ends the app-server. */
  async release(): Promise<void> {
    if (--this.#users > 0) return;
    if (this.#key !== undefined && SERVERS.get(this.#key) === this) SERVERS.delete(this.#key);
    await this.close();
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

  /**
   * The started app-server, started now if needed. A failed start is retried next time,
   * and so is one that died since (each official run had a process of its own, so one
   * crash never broke the next run).
   */
  codex(): Promise<AppServerCodex> {
    if (this.#closed) return Promise.reject(new CodexError("Codex: closed"));
    if (this.#live?.client.closedError !== undefined) {
      this.#live = undefined;
      this.#codex = undefined;
    }
    this.#codex ??= this.#start().then(
      (codex) => {
        this.#live = codex;
        return codex;
      },
      (error) => {
        this.#codex = undefined;
        throw error;
      },
    );
    return this.#codex;
  }

  #live: AppServerCodex | undefined;

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
      });
    } catch (error) {
      this.#transport = undefined;
      await transport.close().catch(() => {});
      throw error;
    }
  }
}

const SERVERS = new Map<string, SharedAppServer>();
