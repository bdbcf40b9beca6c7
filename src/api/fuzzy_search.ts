// A fuzzy file search session (experimental `fuzzyFileSearch/session*`): results come as
// `fuzzyFileSearch/sessionUpdated` events keyed by a `sessionId` this SDK chooses.
// `sessionCompleted` does not end the session: the server has sent further updates after it.
import type { FuzzyFileSearchResult } from "../../gen/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { AbortError, CodexError } from "../errors.ts";
import { onAbort } from "../_abort.ts";
import { claimStream, EventLog } from "./_event_log.ts";
import { newStreamId } from "./command.ts";

/**
 * One update of a fuzzy search session: the query it answers and the files found.
 *
 * @example
 * ```ts
 * import type { FuzzySearchUpdate } from "codex-app-server";
 * function show(update: FuzzySearchUpdate): string[] {
 *   return update.files.map((f) => `${f.path} (${f.score})`);
 * }
 * ```
 */
export interface FuzzySearchUpdate {
  /** The query these files match. */
  query: string;
  /** The matching files, best first, as the server ranks them. */
  files: FuzzyFileSearchResult[];
}

/**
 * Options of {@link Codex.fuzzySearch} (experimental).
 *
 * @example
 * ```ts
 * import type { FuzzySearchOptions } from "codex-app-server";
 * const options: FuzzySearchOptions = { signal: AbortSignal.timeout(60_000) };
 * ```
 */
export interface FuzzySearchOptions {
  /** Stops the session (as {@link FuzzySearchSession.stop} does). */
  signal?: AbortSignal;
  /** The session's id on this connection; default: a new unique one. */
  sessionId?: string;
  /** Updates kept for the session's consumers (default 1,000). */
  maxBufferedEvents?: number;
}

/**
 * A fuzzy file search over some roots (experimental: the client needs
 * `experimentalApi: true`), as {@link Codex.fuzzySearch} returns it: send queries with
 * `update()`, read `results`, end it with `stop()`. Each query is answered by one or more
 * updates; the server may send an update for a query after saying the query completed, so
 * the stream runs until `stop()`. It ends as done after `stop()`, on its `signal` and when
 * the client is closed; it fails with {@link TransportClosedError} when the connection is
 * lost.
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex; // started with experimentalApi: true
 * const search = await codex.fuzzySearch(["/repo"]);
 * await search.update("readme");
 * for await (const { query, files } of search.results) {
 *   if (files.length > 0) {
 *     console.log(query, "→", files[0].path);
 *     break;
 *   }
 * }
 * await search.stop();
 * ```
 */
export class FuzzySearchSession {
  /** The session's `sessionId` on this connection. */
  readonly sessionId: string;
  readonly #client: AppServerClient;
  readonly #log: EventLog;
  readonly #release: () => void;
  readonly #unlisten: () => void;
  #stopping: Promise<void> | undefined;

  private constructor(
    client: AppServerClient,
    sessionId: string,
    log: EventLog,
    release: () => void,
    signal: AbortSignal | undefined,
  ) {
    this.#client = client;
    this.sessionId = sessionId;
    this.#log = log;
    this.#release = release;
    this.#unlisten = signal ? onAbort(signal, () => void this.stop().catch(() => {})) : () => {};
  }

  /** Starts a session over `roots`; made by {@link Codex.fuzzySearch}. */
  static async start(
    client: AppServerClient,
    roots: string[],
    options: FuzzySearchOptions = {},
  ): Promise<FuzzySearchSession> {
    if (!Array.isArray(roots) || !roots.every((root) => typeof root === "string")) {
      throw new TypeError("fuzzySearch: roots must be an array of paths");
    }
    if (!client.experimentalApi) {
      throw new CodexError(
        "fuzzySearch is experimental: start the client with experimentalApi: true",
      );
    }
    const { signal } = options;
    if (signal?.aborted) throw new AbortError("fuzzyFileSearch/sessionStart", signal.reason);
    const sessionId = options.sessionId ?? newStreamId("search");
    const log = new EventLog(options.maxBufferedEvents ?? 1_000);
    const release = claimStream(client.router, "sessionId", sessionId, log);
    try {
      await request(client, "fuzzyFileSearch/sessionStart", { sessionId, roots }, { signal });
    } catch (error) {
      release();
      if (!log.settled) log.end();
      throw error;
    }
    const session = new FuzzySearchSession(client, sessionId, log, release, signal);
    if (signal?.aborted) await session.stop();
    return session;
  }

  /** The session's updates, one per `sessionUpdated` event; a new stream at each access. */
  get results(): ReadableStream<FuzzySearchUpdate> {
    return this.#log.branch((event) => {
      if (event.method !== "fuzzyFileSearch/sessionUpdated") return undefined;
      const { query, files } = event.params as { query?: unknown; files?: unknown };
      return typeof query === "string" && Array.isArray(files)
        ? { query, files: files as FuzzyFileSearchResult[] }
        : undefined;
    });
  }

  /** True once the session ended (stopped, aborted, or its connection gone). */
  get stopped(): boolean {
    return this.#log.settled;
  }

  /** Searches for `query` (`fuzzyFileSearch/sessionUpdate`); its files come in `results`. */
  async update(query: string, options: CallOptions = {}): Promise<void> {
    if (typeof query !== "string") throw new TypeError("fuzzySearch: the query must be a string");
    if (this.#stopping) throw new CodexError("fuzzySearch: the session was stopped");
    await request(
      this.#client,
      "fuzzyFileSearch/sessionUpdate",
      { sessionId: this.sessionId, query },
      options,
    );
  }

  /** Ends the session (`fuzzyFileSearch/sessionStop`); `results` streams end as done. */
  stop(options: CallOptions = {}): Promise<void> {
    this.#stopping ??= (async () => {
      this.#unlisten();
      try {
        if (!this.#log.settled) {
          await request(
            this.#client,
            "fuzzyFileSearch/sessionStop",
            { sessionId: this.sessionId },
            options,
          );
        }
      } catch (error) {
        if (!this.#log.settled) throw error;
      } finally {
        this.#release();
        this.#log.end();
      }
    })();
    return this.#stopping;
  }

  /** Same as {@link FuzzySearchSession.stop}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }
}

/** The session methods are experimental: absent from the stable method map. */
function request(
  client: AppServerClient,
  method: string,
  params: unknown,
  options: CallOptions,
): Promise<unknown> {
  return (client.request as (m: string, p: unknown, o: CallOptions) => Promise<unknown>)(
    method,
    params,
    options,
  );
}
