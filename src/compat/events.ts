// Translates one turn's app-server events into the events `codex exec --experimental-json`
// prints, which `@openai/codex-sdk` hands to its users: snake_case items with ids
// `item_0`, `item_1`, ... per run, agent messages and reasoning only on completion, a to-do
// list from plan updates, warnings as `error` items, usage at `turn.completed`.
import type {
  ThreadItem as WireItem,
  ThreadTokenUsage,
  TokenUsageBreakdown,
  TurnCompletedNotification,
  TurnPlanStep,
} from "../../gen/types.ts";
import type { TurnEvent } from "../api/turn.ts";
import type { ThreadEvent, ThreadItem, TodoItem, Usage } from "./types.ts";

/** How a run ended, as far as the translated events tell. */
export type RunEnd =
  | { status: "completed" }
  | { status: "failed"; message: string }
  | { status: "interrupted" };

/**
 * Keeps the per-run state of the translation: the `item_N` counter, the ids of items that
 * started and have not completed, the running to-do list and the token figures.
 */
export class EventTranslator {
  #next = 0;
  readonly #started = new Map<string, string>();
  #todo: { id: string; items: TodoItem[] } | undefined;
  /** The thread's total before this turn: the first update's total minus its last request. */
  #base: TokenUsageBreakdown | undefined;
  #total: TokenUsageBreakdown | undefined;
  #end: RunEnd | undefined;

  /** Set once the turn's `turn/completed` was translated. */
  get end(): RunEnd | undefined {
    return this.#end;
  }

  /** A warning (not tied to an item) as the `error` item exec makes of it. */
  warning(message: string): ThreadEvent {
    return { type: "item.completed", item: { id: this.#id(), type: "error", message } };
  }

  /** The exec events for one app-server event of the turn (often none). */
  translate(event: TurnEvent): ThreadEvent[] {
    switch (event.method) {
      case "turn/started":
        return [{ type: "turn.started" }];
      case "item/started": {
        const item = event.params.item;
        if (item.type === "agentMessage" || item.type === "reasoning") return [];
        const again = item.type === "fileChange" && this.#started.has(item.id);
        const mapped = this.#map(item, () => this.#startedId(item.id));
        if (!mapped) return [];
        return [{ type: again ? "item.updated" : "item.started", item: mapped }];
      }
      case "item/completed": {
        const mapped = this.#completed(event.params.item);
        return mapped ? [{ type: "item.completed", item: mapped }] : [];
      }
      case "item/fileChange/patchUpdated": {
        const { itemId, changes } = event.params;
        const mapped = this.#map(
          { type: "fileChange", id: itemId, changes, status: "inProgress" },
          () => this.#startedId(itemId),
        );
        return mapped ? [{ type: "item.updated", item: mapped }] : [];
      }
      case "turn/plan/updated": {
        const items = todoItems(event.params.plan);
        if (this.#todo) {
          this.#todo.items = items;
          return [{ type: "item.updated", item: { id: this.#todo.id, type: "todo_list", items } }];
        }
        this.#todo = { id: this.#id(), items };
        return [{ type: "item.started", item: { id: this.#todo.id, type: "todo_list", items } }];
      }
      case "thread/tokenUsage/updated":
        this.#usage(event.params.tokenUsage);
        return [];
      case "error":
        return [{ type: "error", message: withDetails(event.params.error) }];
      case "warning":
        return [this.warning(event.params.message)];
      case "configWarning":
      case "deprecationNotice":
        return [this.warning(withDetails({
          message: event.params.summary,
          additionalDetails: event.params.details,
        }))];
      case "model/rerouted":
        return [this.warning(
          `model rerouted: ${event.params.fromModel} -> ${event.params.toModel} (${event.params.reason})`,
        )];
      case "turn/completed":
        return this.#turnCompleted(event.params.turn);
      default:
        return [];
    }
  }

  /** The end of the turn: open to-do list and started items completed, then its outcome. */
  #turnCompleted(turn: TurnCompletedNotification["turn"]): ThreadEvent[] {
    const out: ThreadEvent[] = [];
    if (this.#todo) {
      out.push({
        type: "item.completed",
        item: { id: this.#todo.id, type: "todo_list", items: this.#todo.items },
      });
      this.#todo = undefined;
    }
    // Items that started but whose completion never came: the turn's summary has them.
    for (const item of turn.items ?? []) {
      if (!this.#started.has(item.id)) continue;
      const mapped = this.#completed(item);
      if (mapped) out.push({ type: "item.completed", item: mapped });
    }
    const { status, error } = turn;
    if (status === "completed") {
      this.#end = { status: "completed" };
      out.push({ type: "turn.completed", usage: this.usage() });
    } else if (status === "failed") {
      const message = error ? withDetails(error) : "turn failed";
      this.#end = { status: "failed", message };
      out.push({ type: "turn.failed", error: { message } });
    } else {
      this.#end = { status: "interrupted" };
    }
    return out;
  }

  /**
   * The turn's own tokens: the thread's total at the end minus its total before the turn
   * (the official SDK reports the thread's running total instead; see the migration guide).
   */
  usage(): Usage {
    const total = this.#total;
    const base = this.#base;
    const diff = (key: keyof TokenUsageBreakdown): number =>
      Math.max(0, (total?.[key] ?? 0) - (base?.[key] ?? 0));
    return {
      input_tokens: diff("inputTokens"),
      cached_input_tokens: diff("cachedInputTokens"),
      cache_write_input_tokens: diff("cacheWriteInputTokens"),
      output_tokens: diff("outputTokens"),
      reasoning_output_tokens: diff("reasoningOutputTokens"),
    };
  }

  #usage(usage: ThreadTokenUsage): void {
    if (!this.#base) {
      const { total, last } = usage;
      this.#base = {
        inputTokens: total.inputTokens - last.inputTokens,
        cachedInputTokens: total.cachedInputTokens - last.cachedInputTokens,
        cacheWriteInputTokens: (total.cacheWriteInputTokens ?? 0) -
          (last.cacheWriteInputTokens ?? 0),
        outputTokens: total.outputTokens - last.outputTokens,
        reasoningOutputTokens: total.reasoningOutputTokens - last.reasoningOutputTokens,
        totalTokens: total.totalTokens - last.totalTokens,
      };
    }
    this.#total = usage.total;
  }

  #id(): string {
    return `item_${this.#next++}`;
  }

  #startedId(rawId: string): string {
    let id = this.#started.get(rawId);
    if (id === undefined) {
      id = this.#id();
      this.#started.set(rawId, id);
    }
    return id;
  }

  #completed(item: WireItem): ThreadItem | undefined {
    if (item.type === "reasoning" && reasoningText(item).trim() === "") return undefined;
    if (item.type === "agentMessage" || item.type === "reasoning") {
      return this.#map(item, () => this.#id());
    }
    return this.#map(item, () => {
      const id = this.#started.get(item.id);
      this.#started.delete(item.id);
      return id ?? this.#id();
    });
  }

  /** One app-server item in the official shape; undefined for kinds exec does not print. */
  #map(item: WireItem, id: () => string): ThreadItem | undefined {
    switch (item.type) {
      case "agentMessage":
        return { id: id(), type: "agent_message", text: item.text };
      case "reasoning": {
        const text = reasoningText(item);
        return text.trim() === "" ? undefined : { id: id(), type: "reasoning", text };
      }
      case "commandExecution":
        return {
          id: id(),
          type: "command_execution",
          command: item.command,
          aggregated_output: item.aggregatedOutput ?? "",
          // exec prints null until the command exits (the official type says "omitted").
          exit_code: (item.exitCode ?? null) as number,
          status: item.status === "inProgress"
            ? "in_progress"
            : item.status === "completed"
            ? "completed"
            : "failed",
        };
      case "fileChange":
        return {
          id: id(),
          type: "file_change",
          changes: item.changes.map((change) => ({ path: change.path, kind: change.kind.type })),
          // exec prints in_progress while the patch is being applied.
          status:
            (item.status === "inProgress"
              ? "in_progress"
              : item.status === "completed"
              ? "completed"
              : "failed") as "completed",
        };
      case "mcpToolCall":
        return {
          id: id(),
          type: "mcp_tool_call",
          server: item.server,
          tool: item.tool,
          arguments: item.arguments,
          ...(item.result
            ? {
              result: {
                content: item.result.content as { type: string }[],
                structured_content: item.result.structuredContent ?? null,
              },
            }
            : {}),
          ...(item.error ? { error: { message: item.error.message } } : {}),
          status: item.status === "inProgress"
            ? "in_progress"
            : item.status === "completed"
            ? "completed"
            : "failed",
        };
      case "webSearch":
        return { id: id(), type: "web_search", query: item.query };
      default:
        return undefined;
    }
  }
}

function reasoningText(item: { summary?: string[] }): string {
  return (item.summary ?? []).join("\n");
}

function todoItems(plan: TurnPlanStep[]): TodoItem[] {
  return plan.map((step) => ({ text: step.step, completed: step.status === "completed" }));
}

function withDetails(error: { message: string; additionalDetails?: string | null }): string {
  return error.additionalDetails ? `${error.message} (${error.additionalDetails})` : error.message;
}
