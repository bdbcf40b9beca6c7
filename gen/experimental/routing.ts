// Generated from codex 0.171.0 with --experimental by scripts/generate.ts. Do not edit.

/**
 * Routing registry of the Codex app-server protocol (codex 0.171.0), derived from the schema:
 * for every server notification and server request, where its turn id and thread id live.
 *
 * Experimental API: only with `experimentalApi: true`.
 *
 * @module
 */

/**
 * Where an id lives in a message's params: a top-level key or the `id` of a nested object.
 *
 * @example
 * ```ts
 * const path: IdPath = "turn.id";
 * ```
 */
export type IdPath = "turnId" | "turn.id" | "threadId" | "thread.id";

/**
 * Where a method's params carry the turn id and the thread id; null when they do not.
 *
 * @example
 * ```ts
 * const route: RouteInfo = { turnId: "turnId", threadId: "threadId" };
 * ```
 */
export interface RouteInfo {
  readonly turnId: IdPath | null;
  readonly threadId: IdPath | null;
}

/**
 * Every server notification method → where its turn and thread ids are.
 *
 * @example
 * ```ts
 * NOTIFICATION_ROUTES["turn/completed"]; // { turnId: "turn.id", threadId: "threadId" }
 * ```
 */
export const NOTIFICATION_ROUTES: Readonly<Record<string, RouteInfo>> = Object.freeze({
  "account/gatewayOAuth/changed": { turnId: null, threadId: null },
  "account/login/completed": { turnId: null, threadId: null },
  "account/rateLimits/updated": { turnId: null, threadId: null },
  "account/updated": { turnId: null, threadId: null },
  "app/list/updated": { turnId: null, threadId: null },
  "autoApprovalReview/strictReviewRequired": { turnId: "turnId", threadId: "threadId" },
  "command/exec/outputDelta": { turnId: null, threadId: null },
  "configWarning": { turnId: null, threadId: null },
  "deprecationNotice": { turnId: null, threadId: null },
  "error": { turnId: "turnId", threadId: "threadId" },
  "externalAgentConfig/import/completed": { turnId: null, threadId: null },
  "externalAgentConfig/import/progress": { turnId: null, threadId: null },
  "fs/changed": { turnId: null, threadId: null },
  "fuzzyFileSearch/sessionCompleted": { turnId: null, threadId: null },
  "fuzzyFileSearch/sessionUpdated": { turnId: null, threadId: null },
  "guardianWarning": { turnId: null, threadId: "threadId" },
  "hook/completed": { turnId: "turnId", threadId: "threadId" },
  "hook/started": { turnId: "turnId", threadId: "threadId" },
  "item/agentMessage/delta": { turnId: "turnId", threadId: "threadId" },
  "item/autoApprovalReview/completed": { turnId: "turnId", threadId: "threadId" },
  "item/autoApprovalReview/started": { turnId: "turnId", threadId: "threadId" },
  "item/commandExecution/outputDelta": { turnId: "turnId", threadId: "threadId" },
  "item/commandExecution/terminalInteraction": { turnId: "turnId", threadId: "threadId" },
  "item/completed": { turnId: "turnId", threadId: "threadId" },
  "item/fileChange/outputDelta": { turnId: "turnId", threadId: "threadId" },
  "item/fileChange/patchUpdated": { turnId: "turnId", threadId: "threadId" },
  "item/mcpToolCall/progress": { turnId: "turnId", threadId: "threadId" },
  "item/plan/delta": { turnId: "turnId", threadId: "threadId" },
  "item/reasoning/summaryPartAdded": { turnId: "turnId", threadId: "threadId" },
  "item/reasoning/summaryTextDelta": { turnId: "turnId", threadId: "threadId" },
  "item/reasoning/textDelta": { turnId: "turnId", threadId: "threadId" },
  "item/started": { turnId: "turnId", threadId: "threadId" },
  "mcpServer/event/stream/notification": { turnId: null, threadId: null },
  "mcpServer/oauthLogin/completed": { turnId: null, threadId: "threadId" },
  "mcpServer/startupStatus/updated": { turnId: null, threadId: "threadId" },
  "model/rerouted": { turnId: "turnId", threadId: "threadId" },
  "model/safetyBuffering/updated": { turnId: "turnId", threadId: "threadId" },
  "model/verification": { turnId: "turnId", threadId: "threadId" },
  "modelProvider/authRecoveryCompleted": { turnId: "turnId", threadId: "threadId" },
  "modelProvider/authRecoveryStarted": { turnId: "turnId", threadId: "threadId" },
  "process/exited": { turnId: null, threadId: null },
  "process/outputDelta": { turnId: null, threadId: null },
  "project/changed": { turnId: null, threadId: null },
  "remoteControl/status/changed": { turnId: null, threadId: null },
  "serverRequest/resolved": { turnId: null, threadId: "threadId" },
  "skills/changed": { turnId: null, threadId: null },
  "thread/archived": { turnId: null, threadId: "threadId" },
  "thread/attachment/updated": { turnId: null, threadId: "threadId" },
  "thread/closed": { turnId: null, threadId: "threadId" },
  "thread/compacted": { turnId: "turnId", threadId: "threadId" },
  "thread/deleted": { turnId: null, threadId: "threadId" },
  "thread/environment/connected": { turnId: null, threadId: "threadId" },
  "thread/environment/disconnected": { turnId: null, threadId: "threadId" },
  "thread/goal/cleared": { turnId: null, threadId: "threadId" },
  "thread/goal/updated": { turnId: "turnId", threadId: "threadId" },
  "thread/name/updated": { turnId: null, threadId: "threadId" },
  "thread/prediction/updated": { turnId: null, threadId: "threadId" },
  "thread/project/updated": { turnId: null, threadId: "threadId" },
  "thread/queue/changed": { turnId: null, threadId: "threadId" },
  "thread/readState/changed": { turnId: null, threadId: "threadId" },
  "thread/realtime/closed": { turnId: null, threadId: "threadId" },
  "thread/realtime/error": { turnId: null, threadId: "threadId" },
  "thread/realtime/item/completed": { turnId: null, threadId: "threadId" },
  "thread/realtime/item/started": { turnId: null, threadId: "threadId" },
  "thread/realtime/item/transcript/delta": { turnId: null, threadId: "threadId" },
  "thread/realtime/itemAdded": { turnId: null, threadId: "threadId" },
  "thread/realtime/outputAudio/delta": { turnId: null, threadId: "threadId" },
  "thread/realtime/sdp": { turnId: null, threadId: "threadId" },
  "thread/realtime/started": { turnId: null, threadId: "threadId" },
  "thread/realtime/transcript/delta": { turnId: null, threadId: "threadId" },
  "thread/realtime/transcript/done": { turnId: null, threadId: "threadId" },
  "thread/reverted": { turnId: null, threadId: "threadId" },
  "thread/search/partial": { turnId: null, threadId: null },
  "thread/section/changed": { turnId: null, threadId: "threadId" },
  "thread/settings/updated": { turnId: null, threadId: "threadId" },
  "thread/started": { turnId: null, threadId: "thread.id" },
  "thread/status/changed": { turnId: null, threadId: "threadId" },
  "thread/tokenUsage/updated": { turnId: "turnId", threadId: "threadId" },
  "thread/unarchived": { turnId: null, threadId: "threadId" },
  "turn/completed": { turnId: "turn.id", threadId: "threadId" },
  "turn/diff/updated": { turnId: "turnId", threadId: "threadId" },
  "turn/moderationMetadata": { turnId: "turnId", threadId: "threadId" },
  "turn/plan/updated": { turnId: "turnId", threadId: "threadId" },
  "turn/started": { turnId: "turn.id", threadId: "threadId" },
  "warning": { turnId: null, threadId: "threadId" },
  "windows/worldWritableWarning": { turnId: null, threadId: null },
  "windowsSandbox/setupCompleted": { turnId: null, threadId: null },
});

/**
 * Every server request method → where its turn and thread ids are.
 *
 * @example
 * ```ts
 * SERVER_REQUEST_ROUTES["item/commandExecution/requestApproval"].turnId; // "turnId"
 * ```
 */
export const SERVER_REQUEST_ROUTES: Readonly<Record<string, RouteInfo>> = Object.freeze({
  "account/chatgptAuthTokens/refresh": { turnId: null, threadId: null },
  "applyPatchApproval": { turnId: null, threadId: null },
  "attestation/generate": { turnId: null, threadId: null },
  "execCommandApproval": { turnId: null, threadId: null },
  "item/commandExecution/requestApproval": { turnId: "turnId", threadId: "threadId" },
  "item/fileChange/requestApproval": { turnId: "turnId", threadId: "threadId" },
  "item/permissions/requestApproval": { turnId: "turnId", threadId: "threadId" },
  "item/tool/call": { turnId: "turnId", threadId: "threadId" },
  "item/tool/requestUserInput": { turnId: "turnId", threadId: "threadId" },
  "mcpServer/elicitation/request": { turnId: "turnId", threadId: "threadId" },
});

/**
 * Server notifications that belong to a stream other than a turn → the key that names the
 * stream (a command's `processId`, a spawned process's `processHandle`, a file watch's
 * `watchId`, a fuzzy search's `sessionId`, a login's `loginId`), where it is in params, and
 * whether events of an id nobody claimed yet are kept for its claim (ids the server picks).
 *
 * @example
 * ```ts
 * NOTIFICATION_STREAM_ROUTES["fs/changed"]; // { key: "watchId", path: "watchId" }
 * ```
 */
export const NOTIFICATION_STREAM_ROUTES: Readonly<
  Record<string, { readonly key: string; readonly path: string; readonly keepUnclaimed?: boolean }>
> = Object.freeze({
  "account/gatewayOAuth/changed": { key: "loginId", path: "loginId", keepUnclaimed: true },
  "account/login/completed": { key: "loginId", path: "loginId", keepUnclaimed: true },
  "command/exec/outputDelta": { key: "processId", path: "processId" },
  "fs/changed": { key: "watchId", path: "watchId" },
  "fuzzyFileSearch/sessionCompleted": { key: "sessionId", path: "sessionId" },
  "fuzzyFileSearch/sessionUpdated": { key: "sessionId", path: "sessionId" },
  "mcpServer/oauthLogin/completed": { key: "loginId", path: "loginId", keepUnclaimed: true },
  "process/exited": { key: "processHandle", path: "processHandle" },
  "process/outputDelta": { key: "processHandle", path: "processHandle" },
});
