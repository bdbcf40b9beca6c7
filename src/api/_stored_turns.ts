// Reading turns back from the server, newest first, with their full items: what a handle
// that missed part of its turn (joined late, lived through a reconnect) needs, and how a
// turn start whose answer was lost finds the turn it started.
import type { Turn } from "../../gen/types.ts";
import type { AppServerClient } from "../client/client.ts";
import { InvalidRequestError } from "../errors.ts";

const PAGE = 20;
const MAX_PAGES = 20;

/**
 * Pages `thread/turns/list` (itemsView "full") from the newest turn. `visit` runs for each
 * turn and returns true to stop; the paging stops too once the history ends (at most 400
 * turns back). With `inAnswer`, `visit` runs from the answer's `onResult`, before any
 * later message is routed (a handle claimed there misses none of the turn's events).
 */
async function scanStoredTurns(
  client: AppServerClient,
  threadId: string,
  visit: (turn: Turn) => boolean,
  options: { whileReconnecting?: boolean; timeoutMs?: number; inAnswer?: boolean } = {},
): Promise<void> {
  const { inAnswer, ...call } = options;
  const visitAll = (data: Turn[]) => data.some((turn) => visit(turn));
  let cursor: string | null | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    let stop = false;
    const { data, nextCursor } = await client.request("thread/turns/list", {
      threadId,
      itemsView: "full",
      limit: PAGE,
      cursor,
    }, inAnswer ? { ...call, onResult: (result) => (stop = visitAll(result.data)) } : call);
    if (!inAnswer) stop = visitAll(data);
    if (stop || !nextCursor) return;
    cursor = nextCursor;
  }
}

/** The stored turns among `turnIds`, found by {@link scanStoredTurns}. */
export async function storedTurns(
  client: AppServerClient,
  threadId: string,
  turnIds: readonly string[],
  options: { whileReconnecting?: boolean } = {},
): Promise<Map<string, Turn>> {
  const found = new Map<string, Turn>();
  await scanStoredTurns(client, threadId, (turn) => {
    if (turnIds.includes(turn.id)) found.set(turn.id, turn);
    return found.size === turnIds.length;
  }, options);
  return found;
}

/**
 * The newest stored turn holding a user message sent with `clientUserMessageId` (its item's
 * `clientId`), or undefined. `onFound` runs from the answer's `onResult`, so a handle
 * claimed there misses none of the turn's later events.
 */
export async function turnWithClientId(
  client: AppServerClient,
  threadId: string,
  clientUserMessageId: string,
  onFound: (turn: Turn) => void,
  options: { timeoutMs?: number } = {},
): Promise<Turn | undefined> {
  let found: Turn | undefined;
  const scan = scanStoredTurns(client, threadId, (turn) => {
    const items = Array.isArray(turn.items) ? turn.items : [];
    const match = items.some((item) =>
      item.type === "userMessage" && item.clientId === clientUserMessageId
    );
    if (match) {
      found = turn;
      onFound(turn);
    }
    return match;
  }, { ...options, inAnswer: true });
  try {
    await scan;
  } catch (error) {
    // The server refuses to list the turns of a thread before its first user message
    // is recorded ("not materialized"): no turn can hold the id yet.
    if (!(error instanceof InvalidRequestError && /not materialized/i.test(error.message))) {
      throw error;
    }
  }
  return found;
}
