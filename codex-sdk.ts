/**
 * A drop-in for `@openai/codex-sdk` (0.163.0): the same classes, options and event types,
 * so a program written against it runs with only its import changed. Underneath, one
 * `codex app-server` serves every thread and turn of a `Codex` instead of one `codex exec`
 * process per run; `serverRequests`, `Codex.appServer()`, `Thread.appServerThread()` and
 * `runStreamed(...).turn()` lead to the rest of this SDK (approvals, steering, text deltas,
 * concurrency) one feature at a time. What differs is listed in
 * `docs/migrating-from-codex-sdk.md`.
 *
 * @example
 * ```ts
 * // before: import { Codex } from "@openai/codex-sdk";
 * import { Codex } from "codex-app-server/codex-sdk"; // jsr:@codex-app-server/sdk/codex-sdk
 * declare const apiKey: string, baseUrl: string, workingDirectory: string;
 * const codex = new Codex({ apiKey, baseUrl }); // same options, synchronous constructor
 * const thread = codex.startThread({ workingDirectory, sandboxMode: "workspace-write" });
 * const { items, finalResponse, usage } = await thread.run("Fix the failing test");
 * const { events } = await thread.runStreamed("Now explain the fix");
 * for await (const e of events) if (e.type === "item.completed") console.log(e.item);
 * ```
 *
 * @module
 */
export { Codex, type CodexOptions, type ThreadOptions } from "./src/compat/codex.ts";
export { type CompatStreamedTurn, Thread } from "./src/compat/thread.ts";

export type {
  AgentMessageItem,
  ApprovalMode,
  CodexConfigObject,
  CodexConfigValue,
  CommandExecutionItem,
  CommandExecutionStatus,
  CyberAccessProgram,
  ErrorItem,
  FileChangeItem,
  FileUpdateChange,
  Input,
  ItemCompletedEvent,
  ItemStartedEvent,
  ItemUpdatedEvent,
  McpContentBlock,
  McpToolCallItem,
  McpToolCallStatus,
  ModelReasoningEffort,
  PatchApplyStatus,
  PatchChangeKind,
  ReasoningItem,
  RunResult,
  RunStreamedResult,
  SandboxMode,
  StreamedTurn,
  ThreadError,
  ThreadErrorEvent,
  ThreadEvent,
  ThreadItem,
  ThreadStartedEvent,
  TodoItem,
  TodoListItem,
  Turn,
  TurnCompletedEvent,
  TurnFailedEvent,
  TurnOptions,
  TurnStartedEvent,
  Usage,
  UserInput,
  WebSearchItem,
  WebSearchMode,
} from "./src/compat/types.ts";
