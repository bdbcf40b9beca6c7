// Counts the timers set through the globals (as the SDK sets them) that have neither fired
// nor been cleared. Imported first by a script, it sees every timer the modules after it
// set, so "what is left after close()" is a list, not a guess from how soon the process
// exits (which depends on how busy the machine is).
const live = new Map<unknown, string>();
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

/** A timer's id as clearTimeout may be given it: Node's Timeout object or its number. */
function key(id: unknown): unknown {
  return typeof id === "object" && id !== null ? Number(id) : id;
}

function where(): string {
  return (new Error().stack ?? "").split("\n").slice(3, 7).join("\n");
}

globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const id = realSetTimeout(
    (...a: unknown[]) => {
      live.delete(key(id));
      fn(...a);
    },
    ms,
    ...args,
  );
  live.set(key(id), `setTimeout(${ms ?? 0} ms)\n${where()}`);
  return id;
}) as typeof setTimeout;
globalThis.clearTimeout = ((id?: unknown) => {
  live.delete(key(id));
  realClearTimeout(id as Parameters<typeof clearTimeout>[0]);
}) as typeof clearTimeout;
globalThis.setInterval = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const id = realSetInterval(fn, ms, ...args);
  live.set(key(id), `setInterval(${ms ?? 0} ms)\n${where()}`);
  return id;
}) as typeof setInterval;
globalThis.clearInterval = ((id?: unknown) => {
  live.delete(key(id));
  realClearInterval(id as Parameters<typeof clearInterval>[0]);
}) as typeof clearInterval;

/** Where each timer still pending was set. */
export function pendingTimers(): string[] {
  return [...live.values()];
}
