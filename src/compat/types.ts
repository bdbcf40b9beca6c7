// The public types of `@openai/codex-sdk` 0.163.0, declared again here so that a program
// written against that package type-checks against `codex-app-server/codex-sdk` with only
// its import changed. Field names and unions are exactly as that package declares them;
// the MCP content blocks are typed structurally (no dependency on the MCP SDK).

/**
 * The status of a command execution.
 *
 * @example
 * ```ts
 * import type { CommandExecutionStatus } from "codex-app-server/codex-sdk";
 * const status: CommandExecutionStatus = "completed";
 * ```
 */
export type CommandExecutionStatus = "in_progress" | "completed" | "failed";

/**
 * A command executed by the agent.
 *
 * @example
 * ```ts
 * import type { CommandExecutionItem } from "codex-app-server/codex-sdk";
 * const item: CommandExecutionItem = {
 *   id: "item_0", type: "command_execution", command: "ls", aggregated_output: "a.txt\n",
 *   exit_code: 0, status: "completed",
 * };
 * ```
 */
export type CommandExecutionItem = {
  id: string;
  type: "command_execution";
  /** The command line executed by the agent. */
  command: string;
  /** Aggregated stdout and stderr captured while the command was running. */
  aggregated_output: string;
  /** Set when the command exits; omitted while still running. */
  exit_code?: number;
  /** Current status of the command execution. */
  status: CommandExecutionStatus;
};

/**
 * Indicates the type of the file change.
 *
 * @example
 * ```ts
 * import type { PatchChangeKind } from "codex-app-server/codex-sdk";
 * const kind: PatchChangeKind = "update";
 * ```
 */
export type PatchChangeKind = "add" | "delete" | "update";

/**
 * One file changed by the agent.
 *
 * @example
 * ```ts
 * import type { FileUpdateChange } from "codex-app-server/codex-sdk";
 * const change: FileUpdateChange = { path: "src/a.ts", kind: "add" };
 * ```
 */
export type FileUpdateChange = {
  path: string;
  kind: PatchChangeKind;
};

/**
 * The status of a file change.
 *
 * @example
 * ```ts
 * import type { PatchApplyStatus } from "codex-app-server/codex-sdk";
 * const status: PatchApplyStatus = "completed";
 * ```
 */
export type PatchApplyStatus = "completed" | "failed";

/**
 * A set of file changes by the agent. Emitted once the patch succeeds or fails.
 *
 * @example
 * ```ts
 * import type { FileChangeItem } from "codex-app-server/codex-sdk";
 * const item: FileChangeItem = {
 *   id: "item_1", type: "file_change", changes: [{ path: "a.txt", kind: "add" }], status: "completed",
 * };
 * ```
 */
export type FileChangeItem = {
  id: string;
  type: "file_change";
  /** Individual file changes that comprise the patch. */
  changes: FileUpdateChange[];
  /** Whether the patch ultimately succeeded or failed. */
  status: PatchApplyStatus;
};

/**
 * The status of an MCP tool call.
 *
 * @example
 * ```ts
 * import type { McpToolCallStatus } from "codex-app-server/codex-sdk";
 * const status: McpToolCallStatus = "in_progress";
 * ```
 */
export type McpToolCallStatus = "in_progress" | "completed" | "failed";

/**
 * One content block of an MCP tool result (text, image, audio, resource link or embedded
 * resource), typed by its `type` tag; the other fields are as the MCP server sent them.
 *
 * @example
 * ```ts
 * import type { McpContentBlock } from "codex-app-server/codex-sdk";
 * const block: McpContentBlock = { type: "text", text: "42" };
 * ```
 */
export type McpContentBlock = {
  type: string;
  [field: string]: unknown;
};

/**
 * Represents a call to an MCP tool. The item starts when the invocation is dispatched
 * and completes when the MCP server reports success or failure.
 *
 * @example
 * ```ts
 * import type { McpToolCallItem } from "codex-app-server/codex-sdk";
 * const item: McpToolCallItem = {
 *   id: "item_2", type: "mcp_tool_call", server: "docs", tool: "search", arguments: { q: "x" },
 *   status: "completed", result: { content: [{ type: "text", text: "found" }], structured_content: null },
 * };
 * ```
 */
export type McpToolCallItem = {
  id: string;
  type: "mcp_tool_call";
  /** Name of the MCP server handling the request. */
  server: string;
  /** The tool invoked on the MCP server. */
  tool: string;
  /** Arguments forwarded to the tool invocation. */
  arguments: unknown;
  /** Result payload returned by the MCP server for successful calls. */
  result?: {
    content: McpContentBlock[];
    _meta?: unknown;
    structured_content: unknown;
  };
  /** Error message reported for failed calls. */
  error?: {
    message: string;
  };
  /** Current status of the tool invocation. */
  status: McpToolCallStatus;
};

/**
 * Response from the agent. Either natural-language text or JSON when structured output is
 * requested.
 *
 * @example
 * ```ts
 * import type { AgentMessageItem } from "codex-app-server/codex-sdk";
 * const item: AgentMessageItem = { id: "item_3", type: "agent_message", text: "Done." };
 * ```
 */
export type AgentMessageItem = {
  id: string;
  type: "agent_message";
  /** Either natural-language text or JSON when structured output is requested. */
  text: string;
};

/**
 * Agent's reasoning summary.
 *
 * @example
 * ```ts
 * import type { ReasoningItem } from "codex-app-server/codex-sdk";
 * const item: ReasoningItem = { id: "item_0", type: "reasoning", text: "**Reading the tests**" };
 * ```
 */
export type ReasoningItem = {
  id: string;
  type: "reasoning";
  text: string;
};

/**
 * Captures a web search request. Completes when results are returned to the agent.
 *
 * @example
 * ```ts
 * import type { WebSearchItem } from "codex-app-server/codex-sdk";
 * const item: WebSearchItem = { id: "item_4", type: "web_search", query: "valibot docs" };
 * ```
 */
export type WebSearchItem = {
  id: string;
  type: "web_search";
  query: string;
};

/**
 * Describes a non-fatal error surfaced as an item (server warnings become these).
 *
 * @example
 * ```ts
 * import type { ErrorItem } from "codex-app-server/codex-sdk";
 * const item: ErrorItem = { id: "item_0", type: "error", message: "Model metadata not found" };
 * ```
 */
export type ErrorItem = {
  id: string;
  type: "error";
  message: string;
};

/**
 * An item in the agent's to-do list.
 *
 * @example
 * ```ts
 * import type { TodoItem } from "codex-app-server/codex-sdk";
 * const todo: TodoItem = { text: "Run the tests", completed: false };
 * ```
 */
export type TodoItem = {
  text: string;
  completed: boolean;
};

/**
 * Tracks the agent's running to-do list. Starts when the plan is issued, updates as steps
 * change, and completes when the turn ends.
 *
 * @example
 * ```ts
 * import type { TodoListItem } from "codex-app-server/codex-sdk";
 * const item: TodoListItem = {
 *   id: "item_5", type: "todo_list", items: [{ text: "Fix the bug", completed: true }],
 * };
 * ```
 */
export type TodoListItem = {
  id: string;
  type: "todo_list";
  items: TodoItem[];
};

/**
 * Canonical union of thread items and their type-specific payloads.
 *
 * @example
 * ```ts
 * import type { ThreadItem } from "codex-app-server/codex-sdk";
 * function show(item: ThreadItem): string {
 *   return item.type === "agent_message" ? item.text : item.type;
 * }
 * ```
 */
export type ThreadItem =
  | AgentMessageItem
  | ReasoningItem
  | CommandExecutionItem
  | FileChangeItem
  | McpToolCallItem
  | WebSearchItem
  | TodoListItem
  | ErrorItem;

/**
 * Emitted when a new thread is started as the first event (of every run, as with the
 * official SDK).
 *
 * @example
 * ```ts
 * import type { ThreadStartedEvent } from "codex-app-server/codex-sdk";
 * const event: ThreadStartedEvent = { type: "thread.started", thread_id: "0199..." };
 * ```
 */
export type ThreadStartedEvent = {
  type: "thread.started";
  /** The identifier of the new thread. Can be used to resume the thread later. */
  thread_id: string;
};

/**
 * Emitted when a turn is started by sending a new prompt to the model.
 * A turn encompasses all events that happen while the agent is processing the prompt.
 *
 * @example
 * ```ts
 * import type { TurnStartedEvent } from "codex-app-server/codex-sdk";
 * const event: TurnStartedEvent = { type: "turn.started" };
 * ```
 */
export type TurnStartedEvent = {
  type: "turn.started";
};

/**
 * Describes the usage of tokens during a turn.
 *
 * @example
 * ```ts
 * import type { Usage } from "codex-app-server/codex-sdk";
 * const usage: Usage = {
 *   input_tokens: 120, cached_input_tokens: 0, cache_write_input_tokens: 0,
 *   output_tokens: 8, reasoning_output_tokens: 0,
 * };
 * ```
 */
export type Usage = {
  /** The number of input tokens used during the turn. */
  input_tokens: number;
  /** The number of cached input tokens used during the turn. */
  cached_input_tokens: number;
  /** The number of input tokens written to the prompt cache during the turn. */
  cache_write_input_tokens: number;
  /** The number of output tokens used during the turn. */
  output_tokens: number;
  /** The number of reasoning output tokens used during the turn. */
  reasoning_output_tokens: number;
};

/**
 * Emitted when a turn is completed. Typically right after the assistant's response.
 *
 * @example
 * ```ts
 * import type { TurnCompletedEvent } from "codex-app-server/codex-sdk";
 * const event: TurnCompletedEvent = {
 *   type: "turn.completed",
 *   usage: {
 *     input_tokens: 1, cached_input_tokens: 0, cache_write_input_tokens: 0,
 *     output_tokens: 1, reasoning_output_tokens: 0,
 *   },
 * };
 * ```
 */
export type TurnCompletedEvent = {
  type: "turn.completed";
  usage: Usage;
};

/**
 * Indicates that a turn failed with an error.
 *
 * @example
 * ```ts
 * import type { TurnFailedEvent } from "codex-app-server/codex-sdk";
 * const event: TurnFailedEvent = { type: "turn.failed", error: { message: "quota exceeded" } };
 * ```
 */
export type TurnFailedEvent = {
  type: "turn.failed";
  error: ThreadError;
};

/**
 * Emitted when a new item is added to the thread. Typically the item is initially
 * "in progress".
 *
 * @example
 * ```ts
 * import type { ItemStartedEvent } from "codex-app-server/codex-sdk";
 * const event: ItemStartedEvent = {
 *   type: "item.started",
 *   item: { id: "item_0", type: "todo_list", items: [{ text: "look", completed: false }] },
 * };
 * ```
 */
export type ItemStartedEvent = {
  type: "item.started";
  item: ThreadItem;
};

/**
 * Emitted when an item is updated.
 *
 * @example
 * ```ts
 * import type { ItemUpdatedEvent } from "codex-app-server/codex-sdk";
 * const event: ItemUpdatedEvent = {
 *   type: "item.updated",
 *   item: { id: "item_0", type: "todo_list", items: [{ text: "look", completed: true }] },
 * };
 * ```
 */
export type ItemUpdatedEvent = {
  type: "item.updated";
  item: ThreadItem;
};

/**
 * Signals that an item has reached a terminal state—either success or failure.
 *
 * @example
 * ```ts
 * import type { ItemCompletedEvent } from "codex-app-server/codex-sdk";
 * const event: ItemCompletedEvent = {
 *   type: "item.completed",
 *   item: { id: "item_1", type: "agent_message", text: "Done." },
 * };
 * ```
 */
export type ItemCompletedEvent = {
  type: "item.completed";
  item: ThreadItem;
};

/**
 * Fatal error emitted by the stream.
 *
 * @example
 * ```ts
 * import type { ThreadError } from "codex-app-server/codex-sdk";
 * const error: ThreadError = { message: "stream disconnected before completion" };
 * ```
 */
export type ThreadError = {
  message: string;
};

/**
 * Represents an unrecoverable error emitted directly by the event stream.
 *
 * @example
 * ```ts
 * import type { ThreadErrorEvent } from "codex-app-server/codex-sdk";
 * const event: ThreadErrorEvent = { type: "error", message: "Reconnecting... 1/5" };
 * ```
 */
export type ThreadErrorEvent = {
  type: "error";
  message: string;
};

/**
 * Top-level events of a run, as `codex exec --experimental-json` emits them.
 *
 * @example
 * ```ts
 * import type { ThreadEvent } from "codex-app-server/codex-sdk";
 * function log(event: ThreadEvent): void {
 *   if (event.type === "item.completed") console.log(event.item.type);
 *   else if (event.type === "turn.failed") console.error(event.error.message);
 * }
 * ```
 */
export type ThreadEvent =
  | ThreadStartedEvent
  | TurnStartedEvent
  | TurnCompletedEvent
  | TurnFailedEvent
  | ItemStartedEvent
  | ItemUpdatedEvent
  | ItemCompletedEvent
  | ThreadErrorEvent;

/**
 * The experimental cyber access programs of the built-in OpenAI provider.
 *
 * @example
 * ```ts
 * import type { CyberAccessProgram } from "codex-app-server/codex-sdk";
 * const program: CyberAccessProgram = "standard";
 * ```
 */
export type CyberAccessProgram = "standard" | "daybreak_blue" | "daybreak_red";

/**
 * Options of one run.
 *
 * @example
 * ```ts
 * import type { TurnOptions } from "codex-app-server/codex-sdk";
 * const options: TurnOptions = {
 *   outputSchema: { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] },
 *   signal: AbortSignal.timeout(600_000),
 * };
 * ```
 */
export type TurnOptions = {
  /**
   * Experimental Cyber selection for this turn with the built-in OpenAI provider.
   * Omit to use server defaults. (Not supported by this entry: a run that sets it is
   * refused with an error saying so.)
   */
  cyberAccessProgram?: CyberAccessProgram;
  /** JSON schema describing the expected agent output. */
  outputSchema?: unknown;
  /** AbortSignal to cancel the turn (it is interrupted; the run rejects with an AbortError). */
  signal?: AbortSignal;
};

/**
 * A completed turn.
 *
 * @example
 * ```ts
 * import type { Turn } from "codex-app-server/codex-sdk";
 * const turn: Turn = { items: [], finalResponse: "", usage: null };
 * ```
 */
export type Turn = {
  items: ThreadItem[];
  finalResponse: string;
  usage: Usage | null;
};

/**
 * Alias for `Turn` to describe the result of `run()`.
 *
 * @example
 * ```ts
 * import type { RunResult } from "codex-app-server/codex-sdk";
 * const result: RunResult = { items: [], finalResponse: "ok", usage: null };
 * ```
 */
export type RunResult = Turn;

/**
 * The result of the `runStreamed` method.
 *
 * @example
 * ```ts
 * import type { StreamedTurn, Thread } from "codex-app-server/codex-sdk";
 * declare const thread: Thread;
 * const { events }: StreamedTurn = await thread.runStreamed("Explain the fix");
 * for await (const event of events) console.log(event.type);
 * ```
 */
export type StreamedTurn = {
  events: AsyncGenerator<ThreadEvent>;
};

/**
 * Alias for `StreamedTurn` to describe the result of `runStreamed()`.
 *
 * @example
 * ```ts
 * import type { RunStreamedResult, Thread } from "codex-app-server/codex-sdk";
 * declare const thread: Thread;
 * const streamed: RunStreamedResult = await thread.runStreamed("Go on");
 * ```
 */
export type RunStreamedResult = StreamedTurn;

/**
 * An input to send to the agent.
 *
 * @example
 * ```ts
 * import type { UserInput } from "codex-app-server/codex-sdk";
 * const parts: UserInput[] = [
 *   { type: "text", text: "What is in this screenshot?" },
 *   { type: "local_image", path: "./screenshot.png" },
 * ];
 * ```
 */
export type UserInput = {
  type: "text";
  text: string;
} | {
  type: "local_image";
  path: string;
};

/**
 * A prompt, or several inputs (text parts are joined with a blank line).
 *
 * @example
 * ```ts
 * import type { Input } from "codex-app-server/codex-sdk";
 * const input: Input = "Fix the failing test";
 * ```
 */
export type Input = string | UserInput[];

/**
 * A value of {@link CodexOptions.config}: TOML-compatible scalars, arrays and tables.
 *
 * @example
 * ```ts
 * import type { CodexConfigValue } from "codex-app-server/codex-sdk";
 * const value: CodexConfigValue = ["a", 1, true, { nested: "table" }];
 * ```
 */
export type CodexConfigValue =
  | string
  | number
  | boolean
  | CodexConfigValue[]
  | CodexConfigObject;

/**
 * A config object; nested objects become dotted `--config` keys.
 *
 * @example
 * ```ts
 * import type { CodexConfigObject } from "codex-app-server/codex-sdk";
 * const config: CodexConfigObject = { sandbox_workspace_write: { network_access: true } };
 * ```
 */
export type CodexConfigObject = {
  [key: string]: CodexConfigValue;
};

/**
 * How the agent asks before acting.
 *
 * @example
 * ```ts
 * import type { ApprovalMode } from "codex-app-server/codex-sdk";
 * const mode: ApprovalMode = "on-request";
 * ```
 */
export type ApprovalMode = "never" | "on-request" | "on-failure" | "untrusted";

/**
 * What the agent's commands may touch.
 *
 * @example
 * ```ts
 * import type { SandboxMode } from "codex-app-server/codex-sdk";
 * const mode: SandboxMode = "workspace-write";
 * ```
 */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

/**
 * How hard the model reasons.
 *
 * @example
 * ```ts
 * import type { ModelReasoningEffort } from "codex-app-server/codex-sdk";
 * const effort: ModelReasoningEffort = "high";
 * ```
 */
export type ModelReasoningEffort =
  | "minimal"
  | "low"
  | "medium"
  | "high"
  | "xhigh"
  | "max"
  | "ultra"
  | "persistent";

/**
 * Whether and how the agent searches the web.
 *
 * @example
 * ```ts
 * import type { WebSearchMode } from "codex-app-server/codex-sdk";
 * const mode: WebSearchMode = "cached";
 * ```
 */
export type WebSearchMode = "disabled" | "cached" | "live";
