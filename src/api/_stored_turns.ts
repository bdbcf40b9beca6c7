// Reading turns back from the server, newest first, with their full items: what a handle
// that missed part of its turn (joined late, lived through a reconnect) needs.
import type { Turn } from "../../gen/types.ts";
import type { AppServerClient } from "../client/client.ts";

const PAGE = 20;
const MAX_PAGES = 20;

/**
 * The stored turns among `turnIds` (`thread/turns/list`, itemsView "full"), paging from the
 * newest until all are found or the thread's history ends (at most 400 turns back).
 */
export async function storedTurns(
  client: AppServerClient,
  threadId: string,
  turnIds: readonly string[],
  options: { whileReconnecting?: boolean } = {},
): Promise<Map<string, Turn>> {
  const found = new Map<string, Turn>();
  let cursor: string | null | undefined;
  for (let page = 0; page < MAX_PAGES && found.size < turnIds.length; page++) {
    const { data, nextCursor } = await client.request("thread/turns/list", {
      threadId,
      itemsView: "full",
      limit: PAGE,
      cursor,
    }, options);
    for (const turn of data) if (turnIds.includes(turn.id)) found.set(turn.id, turn);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return found;
}
