// Exponential backoff with full jitter, and the abortable pause between tries, shared by
// retryOnOverload and the reconnect loop.
import { onAbort } from "./_abort.ts";

/**
 * A uniform pause up to the exponential bound (`initialMs` doubling per attempt, at most
 * `capMs`): "full jitter" spreads the tries of many clients instead of having them hit the
 * server again in lockstep.
 */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  return random() * Math.min(capMs, initialMs * 2 ** (attempt - 1));
}

/** Waits `ms`; resolves false at once when `signal` aborts (and holds no timer then). */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const unlisten = signal ? onAbort(signal, () => done(false)) : () => {};
    const timer = setTimeout(() => done(true), ms);
    function done(elapsed: boolean): void {
      clearTimeout(timer);
      unlisten();
      resolve(elapsed);
    }
  });
}
