// Route helpers: read a message's turn id and thread id out of its params, where the
// generated routing table (gen/routing.ts) says each method carries them. This runs for
// every message, so it reads with constant keys and allocates nothing.
import type { RouteInfo } from "./types.ts";

/** Reads an id at a `key` or `outer.key` path of params; undefined unless it is a string. */
export function pick(params: unknown, path: string | null): string | undefined {
  if (path === null || typeof params !== "object" || params === null) return undefined;
  const p = params as Record<string, unknown>;
  let value: unknown;
  // The registry's four paths read with constant keys: this runs for every notification.
  switch (path) {
    case "turnId":
      value = p.turnId;
      break;
    case "threadId":
      value = p.threadId;
      break;
    case "turn.id":
      value = idOf(p.turn);
      break;
    case "thread.id":
      value = idOf(p.thread);
      break;
    default: {
      const dot = path.indexOf(".");
      value = dot === -1 ? p[path] : idOf(p[path.slice(0, dot)], path.slice(dot + 1));
    }
  }
  return typeof value === "string" ? value : undefined;
}

function idOf(outer: unknown, key = "id"): unknown {
  return typeof outer === "object" && outer !== null
    ? (outer as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The turn id of a message: where its route says, or (a method the table does not know,
 * from a newer server) under the conventional keys `turnId` / `turn.id`.
 */
export function turnIdOf(route: RouteInfo | undefined, params: unknown): string | undefined {
  return route ? pick(params, route.turnId) : pick(params, "turnId") ?? pick(params, "turn.id");
}

/** The thread id of a message, like {@link turnIdOf} (`threadId` / `thread.id`). */
export function threadIdOf(route: RouteInfo | undefined, params: unknown): string | undefined {
  return route
    ? pick(params, route.threadId)
    : pick(params, "threadId") ?? pick(params, "thread.id");
}
