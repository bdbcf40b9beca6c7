/**
 * Calls a callback the user gave the SDK (a logger, an observer) and drops what it throws:
 * the connection's state must never depend on user code, and an exception thrown back into
 * a read loop or an event listener would end the connection or crash the process.
 */
export function callSafely<T>(callback: ((arg: T) => unknown) | undefined, arg: T): void {
  if (callback === undefined) return;
  try {
    callback(arg);
  } catch {
    // The callback's own bug; it cannot be reported through the callback that threw.
  }
}
