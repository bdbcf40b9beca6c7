import { backoffDelay, pause } from "../_backoff.ts";
import { AbortError, ServerBusyError } from "../errors.ts";

/** Options of {@link retryOnOverload}. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** Upper bound of the first pause, in ms (default 250). */
  initialDelayMs?: number;
  /** Cap on any pause, in ms (default 8,000). */
  maxDelayMs?: number;
  /** Aborting stops waiting and rejects with {@link AbortError}. */
  signal?: AbortSignal;
  /** Decides which errors are retried (default: {@link ServerBusyError}, i.e. -32001). */
  retryIf?: (error: unknown) => boolean;
  /** Called before each pause, e.g. to log: the error, the attempt that failed, the pause. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Source of randomness for the jitter, in [0, 1) (default Math.random). */
  random?: () => number;
}

/**
 * Runs `fn`, and again after a jittered, exponentially growing pause whenever it fails
 * with {@link ServerBusyError} (-32001 "Server overloaded; retry later.", whatever its
 * `data`). Other errors, and the last attempt's error, are rethrown as they are.
 *
 * @example
 * ```ts
 * import { retryOnOverload, type Codex } from "codex-app-server";
 * declare const codex: Codex;
 * const thread = await retryOnOverload(() => codex.startThread({}), { maxAttempts: 4 });
 * ```
 */
export async function retryOnOverload<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5;
  const initial = options.initialDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 8_000;
  const retryIf = options.retryIf ?? ((e: unknown) => e instanceof ServerBusyError);
  const random = options.random ?? Math.random;
  if (!(maxAttempts >= 1)) throw new RangeError("maxAttempts must be at least 1");
  for (let attempt = 1;; attempt++) {
    if (options.signal?.aborted) throw new AbortError("retry", options.signal.reason);
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || !retryIf(error)) throw error;
      const delayMs = backoffDelay(attempt, initial, cap, random);
      // An observer (a logger): what it throws must not end the retrying.
      try {
        options.onRetry?.(error, attempt, delayMs);
      } catch {
        // Dropped, as for every callback that only observes.
      }
      if (!(await pause(delayMs, options.signal))) {
        throw new AbortError("retry", options.signal?.reason);
      }
    }
  }
}
