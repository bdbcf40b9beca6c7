// One "abort" listener per signal, however many calls wait on it: an application often
// passes one AbortSignal to every call, and Node warns (MaxListenersExceededWarning) past
// ten listeners on one signal even when each is removed correctly.

interface Waiters {
  callbacks: Set<() => void>;
  listener: () => void;
}

const waiting = new WeakMap<AbortSignal, Waiters>();

/**
 * Calls `callback` once when `signal` aborts. Returns the function that unregisters it;
 * the signal's one listener is removed with its last callback.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let waiters = waiting.get(signal);
  if (!waiters) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      waiting.delete(signal);
      for (const fn of callbacks) fn();
    };
    waiters = { callbacks, listener };
    waiting.set(signal, waiters);
    signal.addEventListener("abort", listener, { once: true });
  }
  const own = waiters;
  own.callbacks.add(callback);
  return () => {
    if (!own.callbacks.delete(callback) || own.callbacks.size > 0) return;
    if (waiting.get(signal) === own) waiting.delete(signal);
    signal.removeEventListener("abort", own.listener);
  };
}
