// The offline queue: while a lost connection is being replaced, calls that were never
// written wait here for the new one instead of failing. Such a call cannot have reached
// the server, so sending it later cannot run it twice. A waiting call ends early only by
// its own timeout or signal, or when the router gives up (the error it shuts down with).
import { AbortError, RequestTimeoutError, type TransportClosedError } from "../errors.ts";
import { onAbort } from "../_abort.ts";

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** Calls waiting for one reconnect; opened once the new connection is ready, or failed. */
export class OfflineQueue {
  readonly #waiters = new Set<Waiter>();

  /** How many calls wait (for tests and diagnostics). */
  get size(): number {
    return this.#waiters.size;
  }

  /**
   * Waits for {@link OfflineQueue.open}. Rejects with {@link AbortError} when `signal`
   * aborts, with {@link RequestTimeoutError} once `timeoutMs` (0 or Infinity: none) passed,
   * and with the router's error when it gives up. Resolves with the ms left of `timeoutMs`
   * (Infinity when there is none), for the call that is then sent.
   */
  wait(method: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<number> {
    if (signal?.aborted) return Promise.reject(new AbortError(method, signal.reason));
    const started = Date.now();
    const bounded = timeoutMs > 0 && Number.isFinite(timeoutMs);
    return new Promise<number>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopWaiting: (() => void) | undefined;
      const waiter: Waiter = {
        resolve: () => {
          done();
          // The call's timeout covers the wait: what is left bounds the request itself
          // (at least 1 ms, so a call that waited its whole budget still times out).
          resolve(bounded ? Math.max(1, timeoutMs - (Date.now() - started)) : Infinity);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      const done = () => {
        this.#waiters.delete(waiter);
        if (timer !== undefined) clearTimeout(timer);
        stopWaiting?.();
      };
      this.#waiters.add(waiter);
      if (bounded) {
        timer = setTimeout(
          () => waiter.reject(new RequestTimeoutError(method, timeoutMs)),
          timeoutMs,
        );
      }
      if (signal) {
        stopWaiting = onAbort(signal, () => waiter.reject(new AbortError(method, signal.reason)));
      }
    });
  }

  /** The new connection is ready: every waiting call goes on, in the order it came. */
  open(): void {
    for (const waiter of [...this.#waiters]) waiter.resolve();
  }

  /** Reconnecting gave up, or the client closed: every waiting call fails with `error`. */
  fail(error: TransportClosedError): void {
    for (const waiter of [...this.#waiters]) waiter.reject(error);
  }
}
