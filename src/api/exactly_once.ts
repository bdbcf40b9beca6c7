// Exactly-once turn starts and steers across a dropped connection. Each `turn/start` and
// `turn/steer` carries a `clientUserMessageId`; the server records it as the `clientId`
// of the user message it makes. When the answer is lost with the connection, the request
// may or may not have reached the server. After reconnecting, the SDK looks the id up on
// the thread: found, the call resolves with what the server made of it; not found, the
// request cannot have been applied and is sent again with the same id. A lookup always
// comes before a new send, so the prompt reaches the model once.
import { ConnectionLostError } from "../errors.ts";

/** Most sends of one call (the first included) before its ConnectionLostError is kept. */
const MAX_SENDS = 3;
/** Most tries of one lookup whose answers are lost with the connection. */
const MAX_LOOKUPS = 5;

/** A new id for a user message (a random UUID). */
export function newClientUserMessageId(): string {
  return crypto.randomUUID();
}

/**
 * Sends with `send`; when its answer is lost with the connection and `retry` is on, asks
 * `find` (whose request waits for the new connection) whether the server applied it: its
 * value resolves the call, undefined sends again. Without a reconnect policy the failure
 * is a plain TransportClosedError and is passed on; so is the error of a `find` that
 * cannot run because reconnecting gave up.
 */
export async function exactlyOnce<T>(
  send: () => Promise<T>,
  find: () => Promise<T | undefined>,
  retry: boolean,
): Promise<T> {
  for (let sends = 1;; sends++) {
    try {
      return await send();
    } catch (error) {
      if (!retry || !(error instanceof ConnectionLostError) || sends >= MAX_SENDS) throw error;
    }
    const found = await lookUp(find);
    if (found !== undefined) return found;
  }
}

/** Runs a lookup (a read, safe to repeat) again when its own answer is lost with the connection. */
async function lookUp<T>(find: () => Promise<T>): Promise<T> {
  for (let attempt = 1;; attempt++) {
    try {
      return await find();
    } catch (error) {
      if (!(error instanceof ConnectionLostError) || attempt >= MAX_LOOKUPS) throw error;
    }
  }
}
