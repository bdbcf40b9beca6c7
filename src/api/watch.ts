// A file watch (`fs/watch`): the server reports changed paths as `fs/changed` events keyed
// by a `watchId` this SDK chooses, so the handle owns the key before the request is sent.
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { AbortError } from "../errors.ts";
import { onAbort } from "../_abort.ts";
import { claimStream, EventLog, iterate } from "./_event_log.ts";
import { newStreamId } from "./command.ts";

/**
 * Options of {@link Codex.watch}.
 *
 * @example
 * ```ts
 * import type { WatchOptions } from "codex-app-server";
 * const options: WatchOptions = { signal: AbortSignal.timeout(60_000), maxBufferedEvents: 100 };
 * ```
 */
export interface WatchOptions {
  /** Ends the watch (as {@link FileWatch.close} does). */
  signal?: AbortSignal;
  /** The watch's id on this connection; default: a new unique one. */
  watchId?: string;
  /**
   * Change events kept for the watch's consumers (default 1,000); a consumer that falls
   * further behind fails with {@link BufferOverflowError}.
   */
  maxBufferedEvents?: number;
}

/**
 * A running file watch, as {@link Codex.watch} returns it: each chunk of
 * {@link FileWatch.changes} (or of iterating the watch) is the absolute paths of one
 * `fs/changed` event. It ends as done after {@link FileWatch.close}, on its `signal`, and
 * when the client is closed; it fails with {@link TransportClosedError} when the connection
 * is lost (a watch belongs to its connection: it does not survive a reconnect).
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex;
 * const watch = await codex.watch("/repo/src");
 * for await (const paths of watch) {
 *   console.log("changed:", paths);
 *   if (paths.some((p) => p.endsWith(".stop"))) break;
 * }
 * await watch.close();
 * ```
 */
export class FileWatch implements AsyncIterable<string[]> {
  /** The watch's `watchId` on this connection. */
  readonly watchId: string;
  /** The watched path, as the server canonicalized it. */
  readonly path: string;
  readonly #client: AppServerClient;
  readonly #log: EventLog;
  readonly #release: () => void;
  readonly #unlisten: () => void;
  #closing: Promise<void> | undefined;

  private constructor(
    client: AppServerClient,
    watchId: string,
    path: string,
    log: EventLog,
    release: () => void,
    signal: AbortSignal | undefined,
  ) {
    this.#client = client;
    this.watchId = watchId;
    this.path = path;
    this.#log = log;
    this.#release = release;
    this.#unlisten = signal ? onAbort(signal, () => void this.close().catch(() => {})) : () => {};
  }

  /** Starts watching `path` (absolute); made by {@link Codex.watch}. */
  static async start(
    client: AppServerClient,
    path: string,
    options: WatchOptions = {},
  ): Promise<FileWatch> {
    if (typeof path !== "string" || !isAbsolute(path)) {
      // The server refuses a relative path (-32600); say so before sending anything.
      throw new TypeError(`watch: the path must be absolute, got ${JSON.stringify(path)}`);
    }
    const { signal } = options;
    if (signal?.aborted) throw new AbortError("fs/watch", signal.reason);
    const watchId = options.watchId ?? newStreamId("watch");
    const log = new EventLog(options.maxBufferedEvents ?? 1_000);
    const release = claimStream(client.router, "watchId", watchId, log);
    let answer;
    try {
      answer = await client.request("fs/watch", { path, watchId }, { signal });
    } catch (error) {
      release();
      if (!log.settled) log.end();
      throw error;
    }
    const watch = new FileWatch(client, watchId, answer.path, log, release, signal);
    if (signal?.aborted) await watch.close();
    return watch;
  }

  /** True once the watch ended (closed, aborted, or its connection gone). */
  get closed(): boolean {
    return this.#log.settled;
  }

  /** The changed paths, one chunk per `fs/changed` event; a new stream each time. */
  changes(): ReadableStream<string[]> {
    return this.#log.branch((event) => {
      const paths = (event.params as { changedPaths?: unknown }).changedPaths;
      return Array.isArray(paths) ? paths as string[] : undefined;
    });
  }

  /** Iterates {@link FileWatch.changes}. */
  [Symbol.asyncIterator](): AsyncIterator<string[]> {
    return iterate(this.changes());
  }

  /**
   * Stops the watch (`fs/unwatch`): its streams end as done once the server confirms.
   * Calling it again returns the same promise.
   */
  close(options: CallOptions = {}): Promise<void> {
    this.#closing ??= (async () => {
      this.#unlisten();
      try {
        if (!this.#log.settled) {
          await this.#client.request("fs/unwatch", { watchId: this.watchId }, options);
        }
      } catch (error) {
        // A connection that is gone has ended the watch already.
        if (!this.#log.settled) throw error;
      } finally {
        this.#release();
        this.#log.end();
      }
    })();
    return this.#closing;
  }

  /** Same as {@link FileWatch.close}, for `await using`. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** POSIX `/…`, Windows `C:\…` or `\\server\…`. */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}
