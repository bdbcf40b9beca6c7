// A turn's outcome: the TurnResult type and the fold that makes one from the turn's
// events. Below the API layer (errors.ts carries a TurnResult in TurnFailedError), so it
// depends on the generated types only.
import type { ThreadItem, ThreadTokenUsage, Turn } from "../gen/types.ts";

/**
 * The outcome of a turn, as `TurnHandle.result()` gives it.
 *
 * @example
 * ```ts
 * import type { TurnHandle, TurnResult } from "codex-app-server";
 * declare const turn: TurnHandle;
 * const { turn: done, items, finalResponse, usage }: TurnResult = await turn.result();
 * console.log(done.status, items.length, finalResponse, usage?.last.totalTokens);
 * ```
 */
export interface TurnResult {
  /**
   * The generated Turn of `turn/completed`, but with `items` holding every item the turn
   * completed, in order (the server's own `turn/completed` carries only a summary).
   */
  turn: Turn;
  /**
   * The same items as `turn.items`: every item the turn completed, in order, then the items
   * it started and never completed (e.g. a command the model left running in a background
   * terminal), in their last known state (`item/started`'s, status `inProgress`); an agent
   * message or reasoning the turn never finished is left out.
   */
  items: ThreadItem[];
  /**
   * The final answer: the text of the last agent message that is not commentary
   * (`phase` other than `"commentary"`), or null when the turn has none.
   */
  finalResponse: string | null;
  /** The turn's last `thread/tokenUsage/updated` figures, or null when none arrived. */
  usage: ThreadTokenUsage | null;
}

/** Folds a turn's events, in order, into what its result is made of. */
export class ResultCollector {
  /** Every `item/completed` item, in order. */
  readonly items: ThreadItem[] = [];
  /** Items that started and have not completed (yet), by id, in start order. */
  readonly running: Map<string, ThreadItem> = new Map();
  /** The turn of `turn/completed`, once it arrived. */
  completed: Turn | undefined;
  /** The last `thread/tokenUsage/updated` figures. */
  usage: ThreadTokenUsage | null = null;

  /** Takes one event of the turn. */
  add(event: { method: string; params?: unknown }): void {
    // Lenient validation lets malformed events through: only well-formed ones count.
    const params = event.params as Record<string, unknown> | undefined;
    if (event.method === "item/completed") {
      if (isObject(params?.item)) {
        const item = params!.item as ThreadItem;
        this.items.push(item);
        this.running.delete(item.id);
      }
    } else if (event.method === "item/started") {
      if (isObject(params?.item)) {
        const item = params!.item as ThreadItem;
        this.running.set(item.id, item);
      }
    } else if (event.method === "turn/completed") {
      if (isObject(params?.turn)) this.completed = params!.turn as Turn;
    } else if (event.method === "thread/tokenUsage/updated") {
      if (isObject(params?.tokenUsage)) this.usage = params!.tokenUsage as ThreadTokenUsage;
    }
  }
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/**
 * Whether an item the turn started and never completed belongs in its result: work that
 * can go on after the turn (a command in a background terminal, a tool call) does; a
 * message or reasoning the turn never finished does not (a review leaves its inner agent
 * message unfinished, its review being the `exitedReviewMode` item; the server does not
 * store it either), and its text is in the turn's stream.
 */
export function outlivesTurn(item: ThreadItem): boolean {
  return item.type !== "agentMessage" && item.type !== "reasoning";
}

/** The last agent message that is not commentary, or null. */
export function finalResponseOf(items: ThreadItem[]): string | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    // Lenient validation lets a malformed item through (and reports it): skip it.
    if (
      item.type === "agentMessage" && item.phase !== "commentary" && typeof item.text === "string"
    ) {
      return item.text;
    }
  }
  return null;
}
