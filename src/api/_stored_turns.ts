// Reading turns back from the server, newest first, with their full items: what a handle
// that missed part of its turn (joined late, lived through a reconnect) needs, and how a
// turn start whose answer was lost finds the turn it started.
import type { Turn } from "../../gen/types.ts";
import type { AppServerClient } from "../client/client.ts";
import { InvalidRequestError } from "../errors.ts";

const PAGE = 20;
const MAX_PAGES = 20;

/**
 * Pages `thread/turns/list` (itemsView "full") from the newest turn. `visit` runs from the
 * answer's `onResult` (before any later message is routed) for each turn, and returns
 * true to stop; the paging stops too once the history ends (at most 400 turns back).
 */
async function scanStoredTurns(
  client: AppServerClient,
  threadId: string,
  visit: (turn: Turn) => boolean,
  options: { whileReconnecting?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  let cursor: string | null | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    let stop = false;
    const { nextCursor } = await client.request("thread/turns/list", {
      threadId,
      itemsView: "full",
      limit: PAGE,
      cursor,
    }, {
      ...options,
      onResult: ({ data }) => {
        for (const turn of data) if (visit(turn)) return void (stop = true);
      },
    });
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
  }, options);
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

/**
 * Ends a claimed turn with its stored state, as if the server had sent its `turn/completed`
 * (a turn that ended while the connection was down). The stored turn carries its full
 * items (`itemsView: "full"`), which `result()` takes as they are.
 */
export function settleFromStored(client: AppServerClient, threadId: string, turn: Turn): void {
  client.router.inject(JSON.stringify({ method: "turn/completed", params: { threadId, turn } }));
}
