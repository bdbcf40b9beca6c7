// Generated from codex 0.171.0 by scripts/generate.ts. Do not edit.

/**
 * Method maps of the Codex app-server protocol (codex 0.171.0): for every method, its params and result types and schemas.
 *
 * @module
 */

import * as v from "valibot";
import * as S from "./schemas.ts";
import type * as T from "./types.ts";

/**
 * Requests the client sends to the server: method → params and result types.
 *
 * @example
 * ```ts
 * type Params = ClientRequestMap["thread/start"]["params"]; // ThreadStartParams
 * ```
 */
export interface ClientRequestMap {
  /** The `account/gatewayOAuth/cancel` request. */
  "account/gatewayOAuth/cancel": { params: undefined; result: T.GatewayOAuthCancelResponse };
  /** The `account/gatewayOAuth/login` request. */
  "account/gatewayOAuth/login": {
    params: T.GatewayOAuthLoginParams | undefined;
    result: T.GatewayOAuthLoginResponse;
  };
  /** The `account/gatewayOAuth/read` request. */
  "account/gatewayOAuth/read": {
    params: T.GatewayOAuthReadParams | undefined;
    result: T.GatewayOAuthReadResponse;
  };
  /** The `account/login/cancel` request. */
  "account/login/cancel": {
    params: T.CancelLoginAccountParams;
    result: T.CancelLoginAccountResponse;
  };
  /** The `account/login/start` request. */
  "account/login/start": { params: T.LoginAccountParams; result: T.LoginAccountResponse };
  /** The `account/logout` request. */
  "account/logout": { params: undefined; result: T.LogoutAccountResponse };
  /** The `account/rateLimitResetCredit/consume` request. */
  "account/rateLimitResetCredit/consume": {
    params: T.ConsumeAccountRateLimitResetCreditParams;
    result: T.ConsumeAccountRateLimitResetCreditResponse;
  };
  /** The `account/rateLimits/read` request. */
  "account/rateLimits/read": {
    params: T.GetAccountRateLimitsParams | undefined;
    result: T.GetAccountRateLimitsResponse;
  };
  /** The `account/read` request. */
  "account/read": { params: T.GetAccountParams; result: T.GetAccountResponse };
  /** The `account/securitySetup/read` request. */
  "account/securitySetup/read": { params: undefined; result: T.GetAccountSecuritySetupResponse };
  /** The `account/sendAddCreditsNudgeEmail` request. */
  "account/sendAddCreditsNudgeEmail": {
    params: T.SendAddCreditsNudgeEmailParams;
    result: T.SendAddCreditsNudgeEmailResponse;
  };
  /** The `account/usage/read` request. */
  "account/usage/read": {
    params: T.GetAccountTokenUsageParams | undefined;
    result: T.GetAccountTokenUsageResponse;
  };
  /** The `account/workspaceMessages/read` request. */
  "account/workspaceMessages/read": { params: undefined; result: T.GetWorkspaceMessagesResponse };
  /** The `app/installed` request. */
  "app/installed": { params: T.AppsInstalledParams; result: T.AppsInstalledResponse };
  /** The `app/list` request. */
  "app/list": { params: T.AppsListParams; result: T.AppsListResponse };
  /** The `app/read` request. */
  "app/read": { params: T.AppsReadParams; result: T.AppsReadResponse };
  /** Execute a standalone command (argv vector) under the server's sandbox. */
  "command/exec": { params: T.CommandExecParams; result: T.CommandExecResponse };
  /** Resize a running PTY-backed `command/exec` session by client-supplied `processId`. */
  "command/exec/resize": { params: T.CommandExecResizeParams; result: T.CommandExecResizeResponse };
  /** Terminate a running `command/exec` session by client-supplied `processId`. */
  "command/exec/terminate": {
    params: T.CommandExecTerminateParams;
    result: T.CommandExecTerminateResponse;
  };
  /** Write stdin bytes to a running `command/exec` session or close stdin. */
  "command/exec/write": { params: T.CommandExecWriteParams; result: T.CommandExecWriteResponse };
  /** The `config/batchWrite` request. */
  "config/batchWrite": { params: T.ConfigBatchWriteParams; result: T.ConfigWriteResponse };
  /** The `config/mcpServer/reload` request. */
  "config/mcpServer/reload": { params: undefined; result: T.McpServerRefreshResponse };
  /** The `config/read` request. */
  "config/read": { params: T.ConfigReadParams; result: T.ConfigReadResponse };
  /** The `config/value/write` request. */
  "config/value/write": { params: T.ConfigValueWriteParams; result: T.ConfigWriteResponse };
  /** The `configRequirements/read` request. */
  "configRequirements/read": { params: undefined; result: T.ConfigRequirementsReadResponse };
  /** The `experimentalFeature/enablement/set` request. */
  "experimentalFeature/enablement/set": {
    params: T.ExperimentalFeatureEnablementSetParams;
    result: T.ExperimentalFeatureEnablementSetResponse;
  };
  /** The `experimentalFeature/list` request. */
  "experimentalFeature/list": {
    params: T.ExperimentalFeatureListParams;
    result: T.ExperimentalFeatureListResponse;
  };
  /** The `externalAgentConfig/detect` request. */
  "externalAgentConfig/detect": {
    params: T.ExternalAgentConfigDetectParams;
    result: T.ExternalAgentConfigDetectResponse;
  };
  /** The `externalAgentConfig/import` request. */
  "externalAgentConfig/import": {
    params: T.ExternalAgentConfigImportParams;
    result: T.ExternalAgentConfigImportResponse;
  };
  /** The `externalAgentConfig/import/readHistories` request. */
  "externalAgentConfig/import/readHistories": {
    params: undefined;
    result: T.ExternalAgentConfigImportHistoriesReadResponse;
  };
  /** The `externalAgentConfig/import/recordHistory` request. */
  "externalAgentConfig/import/recordHistory": {
    params: T.ExternalAgentConfigImportHistoryRecordParams;
    result: T.ExternalAgentConfigImportHistoryRecordResponse;
  };
  /** The `feedback/save` request. */
  "feedback/save": { params: T.FeedbackSaveParams; result: T.FeedbackSaveResponse };
  /** The `feedback/upload` request. */
  "feedback/upload": { params: T.FeedbackUploadParams; result: T.FeedbackUploadResponse };
  /** The `fs/copy` request. */
  "fs/copy": { params: T.FsCopyParams; result: T.FsCopyResponse };
  /** The `fs/createDirectory` request. */
  "fs/createDirectory": { params: T.FsCreateDirectoryParams; result: T.FsCreateDirectoryResponse };
  /** The `fs/getMetadata` request. */
  "fs/getMetadata": { params: T.FsGetMetadataParams; result: T.FsGetMetadataResponse };
  /** The `fs/readDirectory` request. */
  "fs/readDirectory": { params: T.FsReadDirectoryParams; result: T.FsReadDirectoryResponse };
  /** The `fs/readFile` request. */
  "fs/readFile": { params: T.FsReadFileParams; result: T.FsReadFileResponse };
  /** The `fs/remove` request. */
  "fs/remove": { params: T.FsRemoveParams; result: T.FsRemoveResponse };
  /** The `fs/unwatch` request. */
  "fs/unwatch": { params: T.FsUnwatchParams; result: T.FsUnwatchResponse };
  /** The `fs/watch` request. */
  "fs/watch": { params: T.FsWatchParams; result: T.FsWatchResponse };
  /** The `fs/writeFile` request. */
  "fs/writeFile": { params: T.FsWriteFileParams; result: T.FsWriteFileResponse };
  /** The `fuzzyFileSearch` request. */
  "fuzzyFileSearch": { params: T.FuzzyFileSearchParams; result: T.FuzzyFileSearchResponse };
  /** The `hooks/list` request. */
  "hooks/list": { params: T.HooksListParams; result: T.HooksListResponse };
  /** The `initialize` request. */
  "initialize": { params: T.InitializeParams; result: T.InitializeResponse };
  /** The `marketplace/add` request. */
  "marketplace/add": { params: T.MarketplaceAddParams; result: T.MarketplaceAddResponse };
  /** The `marketplace/remove` request. */
  "marketplace/remove": { params: T.MarketplaceRemoveParams; result: T.MarketplaceRemoveResponse };
  /** The `marketplace/upgrade` request. */
  "marketplace/upgrade": {
    params: T.MarketplaceUpgradeParams;
    result: T.MarketplaceUpgradeResponse;
  };
  /** The `mcpServer/oauth/login` request. */
  "mcpServer/oauth/login": {
    params: T.McpServerOauthLoginParams;
    result: T.McpServerOauthLoginResponse;
  };
  /** The `mcpServer/resource/read` request. */
  "mcpServer/resource/read": { params: T.McpResourceReadParams; result: T.McpResourceReadResponse };
  /** The `mcpServer/tool/call` request. */
  "mcpServer/tool/call": { params: T.McpServerToolCallParams; result: T.McpServerToolCallResponse };
  /** The `mcpServerStatus/list` request. */
  "mcpServerStatus/list": {
    params: T.ListMcpServerStatusParams;
    result: T.ListMcpServerStatusResponse;
  };
  /** The `model/list` request. */
  "model/list": { params: T.ModelListParams; result: T.ModelListResponse };
  /** The `modelProvider/capabilities/read` request. */
  "modelProvider/capabilities/read": {
    params: T.ModelProviderCapabilitiesReadParams;
    result: T.ModelProviderCapabilitiesReadResponse;
  };
  /** The `modelProvider/config/write` request. */
  "modelProvider/config/write": {
    params: T.ModelProviderConfigWriteParams;
    result: T.ModelProviderConfigWriteResponse;
  };
  /**
   * The `modelProvider/default/set` request.
   *
   * The schema does not describe its result, so it is typed `unknown`.
   */
  "modelProvider/default/set": { params: T.ModelProviderDefaultSetParams; result: unknown };
  /** The `modelProvider/list` request. */
  "modelProvider/list": { params: T.ModelProviderListParams; result: T.ModelProviderListResponse };
  /** The `permissionProfile/list` request. */
  "permissionProfile/list": {
    params: T.PermissionProfileListParams;
    result: T.PermissionProfileListResponse;
  };
  /** The `plugin/install` request. */
  "plugin/install": { params: T.PluginInstallParams; result: T.PluginInstallResponse };
  /** The `plugin/installed` request. */
  "plugin/installed": { params: T.PluginInstalledParams; result: T.PluginInstalledResponse };
  /** The `plugin/list` request. */
  "plugin/list": { params: T.PluginListParams; result: T.PluginListResponse };
  /** The `plugin/read` request. */
  "plugin/read": { params: T.PluginReadParams; result: T.PluginReadResponse };
  /** The `plugin/reconcile` request. */
  "plugin/reconcile": { params: T.PluginReconcileParams; result: T.PluginReconcileResponse };
  /** The `plugin/share/checkout` request. */
  "plugin/share/checkout": {
    params: T.PluginShareCheckoutParams;
    result: T.PluginShareCheckoutResponse;
  };
  /** The `plugin/share/delete` request. */
  "plugin/share/delete": { params: T.PluginShareDeleteParams; result: T.PluginShareDeleteResponse };
  /** The `plugin/share/list` request. */
  "plugin/share/list": { params: T.PluginShareListParams; result: T.PluginShareListResponse };
  /** The `plugin/share/save` request. */
  "plugin/share/save": { params: T.PluginShareSaveParams; result: T.PluginShareSaveResponse };
  /** The `plugin/share/updateTargets` request. */
  "plugin/share/updateTargets": {
    params: T.PluginShareUpdateTargetsParams;
    result: T.PluginShareUpdateTargetsResponse;
  };
  /** The `plugin/skill/read` request. */
  "plugin/skill/read": { params: T.PluginSkillReadParams; result: T.PluginSkillReadResponse };
  /** The `plugin/uninstall` request. */
  "plugin/uninstall": { params: T.PluginUninstallParams; result: T.PluginUninstallResponse };
  /** The `review/start` request. */
  "review/start": { params: T.ReviewStartParams; result: T.ReviewStartResponse };
  /** The `skills/config/write` request. */
  "skills/config/write": { params: T.SkillsConfigWriteParams; result: T.SkillsConfigWriteResponse };
  /** The `skills/extraRoots/set` request. */
  "skills/extraRoots/set": {
    params: T.SkillsExtraRootsSetParams;
    result: T.SkillsExtraRootsSetResponse;
  };
  /** The `skills/list` request. */
  "skills/list": { params: T.SkillsListParams; result: T.SkillsListResponse };
  /** The `thread/approveGuardianDeniedAction` request. */
  "thread/approveGuardianDeniedAction": {
    params: T.ThreadApproveGuardianDeniedActionParams;
    result: T.ThreadApproveGuardianDeniedActionResponse;
  };
  /** The `thread/archive` request. */
  "thread/archive": { params: T.ThreadArchiveParams; result: T.ThreadArchiveResponse };
  /** The `thread/attachment/add` request. */
  "thread/attachment/add": {
    params: T.ThreadAttachmentAddParams;
    result: T.ThreadAttachmentAddResponse;
  };
  /** The `thread/attachment/list` request. */
  "thread/attachment/list": {
    params: T.ThreadAttachmentListParams;
    result: T.ThreadAttachmentListResponse;
  };
  /** The `thread/attachment/remove` request. */
  "thread/attachment/remove": {
    params: T.ThreadAttachmentRemoveParams;
    result: T.ThreadAttachmentRemoveResponse;
  };
  /** The `thread/attachmentOwner/list` request. */
  "thread/attachmentOwner/list": {
    params: T.ThreadAttachmentOwnerListParams;
    result: T.ThreadAttachmentOwnerListResponse;
  };
  /** The `thread/compact/start` request. */
  "thread/compact/start": {
    params: T.ThreadCompactStartParams;
    result: T.ThreadCompactStartResponse;
  };
  /** The `thread/delete` request. */
  "thread/delete": { params: T.ThreadDeleteParams; result: T.ThreadDeleteResponse };
  /** The `thread/fork` request. */
  "thread/fork": { params: T.ThreadForkParams; result: T.ThreadForkResponse };
  /** The `thread/goal/clear` request. */
  "thread/goal/clear": { params: T.ThreadGoalClearParams; result: T.ThreadGoalClearResponse };
  /** The `thread/goal/get` request. */
  "thread/goal/get": { params: T.ThreadGoalGetParams; result: T.ThreadGoalGetResponse };
  /** The `thread/goal/set` request. */
  "thread/goal/set": { params: T.ThreadGoalSetParams; result: T.ThreadGoalSetResponse };
  /** Append raw Responses API items to the thread history without starting a user turn. */
  "thread/inject_items": { params: T.ThreadInjectItemsParams; result: T.ThreadInjectItemsResponse };
  /** The `thread/items/list` request. */
  "thread/items/list": { params: T.ThreadItemsListParams; result: T.ThreadItemsListResponse };
  /** The `thread/list` request. */
  "thread/list": { params: T.ThreadListParams; result: T.ThreadListResponse };
  /** The `thread/loaded/list` request. */
  "thread/loaded/list": { params: T.ThreadLoadedListParams; result: T.ThreadLoadedListResponse };
  /** The `thread/metadata/update` request. */
  "thread/metadata/update": {
    params: T.ThreadMetadataUpdateParams;
    result: T.ThreadMetadataUpdateResponse;
  };
  /** The `thread/name/set` request. */
  "thread/name/set": { params: T.ThreadSetNameParams; result: T.ThreadSetNameResponse };
  /** The `thread/read` request. */
  "thread/read": { params: T.ThreadReadParams; result: T.ThreadReadResponse };
  /** The `thread/resume` request. */
  "thread/resume": { params: T.ThreadResumeParams; result: T.ThreadResumeResponse };
  /** The `thread/revert` request. */
  "thread/revert": { params: T.ThreadRevertParams; result: T.ThreadRevertResponse };
  /** The `thread/section/move` request. */
  "thread/section/move": { params: T.ThreadSectionMoveParams; result: T.ThreadSectionMoveResponse };
  /** The `thread/shellCommand` request. */
  "thread/shellCommand": {
    params: T.ThreadShellCommandParams;
    result: T.ThreadShellCommandResponse;
  };
  /** NEW APIs */
  "thread/start": { params: T.ThreadStartParams; result: T.ThreadStartResponse };
  /** The `thread/turns/list` request. */
  "thread/turns/list": { params: T.ThreadTurnsListParams; result: T.ThreadTurnsListResponse };
  /** The `thread/unarchive` request. */
  "thread/unarchive": { params: T.ThreadUnarchiveParams; result: T.ThreadUnarchiveResponse };
  /** The `thread/unsubscribe` request. */
  "thread/unsubscribe": { params: T.ThreadUnsubscribeParams; result: T.ThreadUnsubscribeResponse };
  /** The `threadSection/create` request. */
  "threadSection/create": {
    params: T.ThreadSectionCreateParams;
    result: T.ThreadSectionCreateResponse;
  };
  /** The `threadSection/delete` request. */
  "threadSection/delete": {
    params: T.ThreadSectionDeleteParams;
    result: T.ThreadSectionDeleteResponse;
  };
  /** The `threadSection/list` request. */
  "threadSection/list": { params: T.ThreadSectionListParams; result: T.ThreadSectionListResponse };
  /** The `threadSection/update` request. */
  "threadSection/update": {
    params: T.ThreadSectionUpdateParams;
    result: T.ThreadSectionUpdateResponse;
  };
  /** The `turn/interrupt` request. */
  "turn/interrupt": { params: T.TurnInterruptParams; result: T.TurnInterruptResponse };
  /** The `turn/start` request. */
  "turn/start": { params: T.TurnStartParams; result: T.TurnStartResponse };
  /** The `turn/steer` request. */
  "turn/steer": { params: T.TurnSteerParams; result: T.TurnSteerResponse };
  /** The `windowsSandbox/readiness` request. */
  "windowsSandbox/readiness": { params: undefined; result: T.WindowsSandboxReadinessResponse };
  /** The `windowsSandbox/setupStart` request. */
  "windowsSandbox/setupStart": {
    params: T.WindowsSandboxSetupStartParams;
    result: T.WindowsSandboxSetupStartResponse;
  };
}

/**
 * Every method name of {@link ClientRequestMap}.
 *
 * @example
 * ```ts
 * const method: ClientRequestMethod = "thread/start";
 * ```
 */
export type ClientRequestMethod = keyof ClientRequestMap;

/**
 * Notifications the server sends: method → params type.
 *
 * @example
 * ```ts
 * type Started = ServerNotificationMap["turn/started"]; // TurnStartedNotification
 * ```
 */
export interface ServerNotificationMap {
  /** The `account/gatewayOAuth/changed` notification. */
  "account/gatewayOAuth/changed": T.GatewayOAuthChangedNotification;
  /** The `account/login/completed` notification. */
  "account/login/completed": T.AccountLoginCompletedNotification;
  /** The `account/rateLimits/updated` notification. */
  "account/rateLimits/updated": T.AccountRateLimitsUpdatedNotification;
  /** The `account/updated` notification. */
  "account/updated": T.AccountUpdatedNotification;
  /** The `app/list/updated` notification. */
  "app/list/updated": T.AppListUpdatedNotification;
  /** The `autoApprovalReview/strictReviewRequired` notification. */
  "autoApprovalReview/strictReviewRequired": T.StrictReviewRequiredNotification;
  /** Stream base64-encoded stdout/stderr chunks for a running `command/exec` session. */
  "command/exec/outputDelta": T.CommandExecOutputDeltaNotification;
  /** The `configWarning` notification. */
  "configWarning": T.ConfigWarningNotification;
  /** The `deprecationNotice` notification. */
  "deprecationNotice": T.DeprecationNoticeNotification;
  /** NEW NOTIFICATIONS */
  "error": T.ErrorNotification;
  /** The `externalAgentConfig/import/completed` notification. */
  "externalAgentConfig/import/completed": T.ExternalAgentConfigImportCompletedNotification;
  /** The `externalAgentConfig/import/progress` notification. */
  "externalAgentConfig/import/progress": T.ExternalAgentConfigImportProgressNotification;
  /** The `fs/changed` notification. */
  "fs/changed": T.FsChangedNotification;
  /** The `fuzzyFileSearch/sessionCompleted` notification. */
  "fuzzyFileSearch/sessionCompleted": T.FuzzyFileSearchSessionCompletedNotification;
  /** The `fuzzyFileSearch/sessionUpdated` notification. */
  "fuzzyFileSearch/sessionUpdated": T.FuzzyFileSearchSessionUpdatedNotification;
  /** The `guardianWarning` notification. */
  "guardianWarning": T.GuardianWarningNotification;
  /** The `hook/completed` notification. */
  "hook/completed": T.HookCompletedNotification;
  /** The `hook/started` notification. */
  "hook/started": T.HookStartedNotification;
  /** The `item/agentMessage/delta` notification. */
  "item/agentMessage/delta": T.AgentMessageDeltaNotification;
  /** The `item/autoApprovalReview/completed` notification. */
  "item/autoApprovalReview/completed": T.ItemGuardianApprovalReviewCompletedNotification;
  /** The `item/autoApprovalReview/started` notification. */
  "item/autoApprovalReview/started": T.ItemGuardianApprovalReviewStartedNotification;
  /** The `item/commandExecution/outputDelta` notification. */
  "item/commandExecution/outputDelta": T.CommandExecutionOutputDeltaNotification;
  /** The `item/commandExecution/terminalInteraction` notification. */
  "item/commandExecution/terminalInteraction": T.TerminalInteractionNotification;
  /** The `item/completed` notification. */
  "item/completed": T.ItemCompletedNotification;
  /** Deprecated legacy apply_patch output stream notification. */
  "item/fileChange/outputDelta": T.FileChangeOutputDeltaNotification;
  /** The `item/fileChange/patchUpdated` notification. */
  "item/fileChange/patchUpdated": T.FileChangePatchUpdatedNotification;
  /** The `item/mcpToolCall/progress` notification. */
  "item/mcpToolCall/progress": T.McpToolCallProgressNotification;
  /** EXPERIMENTAL - proposed plan streaming deltas for plan items. */
  "item/plan/delta": T.PlanDeltaNotification;
  /** The `item/reasoning/summaryPartAdded` notification. */
  "item/reasoning/summaryPartAdded": T.ReasoningSummaryPartAddedNotification;
  /** The `item/reasoning/summaryTextDelta` notification. */
  "item/reasoning/summaryTextDelta": T.ReasoningSummaryTextDeltaNotification;
  /** The `item/reasoning/textDelta` notification. */
  "item/reasoning/textDelta": T.ReasoningTextDeltaNotification;
  /** The `item/started` notification. */
  "item/started": T.ItemStartedNotification;
  /** The `mcpServer/event/stream/notification` notification. */
  "mcpServer/event/stream/notification": T.McpServerEventStreamNotification;
  /** The `mcpServer/oauthLogin/completed` notification. */
  "mcpServer/oauthLogin/completed": T.McpServerOauthLoginCompletedNotification;
  /** The `mcpServer/startupStatus/updated` notification. */
  "mcpServer/startupStatus/updated": T.McpServerStatusUpdatedNotification;
  /** The `model/rerouted` notification. */
  "model/rerouted": T.ModelReroutedNotification;
  /** The `model/safetyBuffering/updated` notification. */
  "model/safetyBuffering/updated": T.ModelSafetyBufferingUpdatedNotification;
  /** The `model/verification` notification. */
  "model/verification": T.ModelVerificationNotification;
  /** The `modelProvider/authRecoveryCompleted` notification. */
  "modelProvider/authRecoveryCompleted": T.AuthRecoveryNotification;
  /** The `modelProvider/authRecoveryStarted` notification. */
  "modelProvider/authRecoveryStarted": T.AuthRecoveryNotification;
  /** Final exit notification for a `process/spawn` session. */
  "process/exited": T.ProcessExitedNotification;
  /** Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session. */
  "process/outputDelta": T.ProcessOutputDeltaNotification;
  /** The `project/changed` notification. */
  "project/changed": T.ProjectChangedNotification;
  /** The `remoteControl/status/changed` notification. */
  "remoteControl/status/changed": T.RemoteControlStatusChangedNotification;
  /** The `serverRequest/resolved` notification. */
  "serverRequest/resolved": T.ServerRequestResolvedNotification;
  /** The `skills/changed` notification. */
  "skills/changed": T.SkillsChangedNotification;
  /** The `thread/archived` notification. */
  "thread/archived": T.ThreadArchivedNotification;
  /** The `thread/attachment/updated` notification. */
  "thread/attachment/updated": T.ThreadAttachmentUpdatedNotification;
  /** The `thread/closed` notification. */
  "thread/closed": T.ThreadClosedNotification;
  /** Deprecated: Use `ContextCompaction` item type instead. */
  "thread/compacted": T.ContextCompactedNotification;
  /** The `thread/deleted` notification. */
  "thread/deleted": T.ThreadDeletedNotification;
  /** The `thread/environment/connected` notification. */
  "thread/environment/connected": T.EnvironmentConnectionNotification;
  /** The `thread/environment/disconnected` notification. */
  "thread/environment/disconnected": T.EnvironmentConnectionNotification;
  /** The `thread/goal/cleared` notification. */
  "thread/goal/cleared": T.ThreadGoalClearedNotification;
  /** The `thread/goal/updated` notification. */
  "thread/goal/updated": T.ThreadGoalUpdatedNotification;
  /** The `thread/name/updated` notification. */
  "thread/name/updated": T.ThreadNameUpdatedNotification;
  /** The `thread/prediction/updated` notification. */
  "thread/prediction/updated": T.ThreadPredictionUpdatedNotification;
  /** The `thread/project/updated` notification. */
  "thread/project/updated": T.ThreadProjectUpdatedNotification;
  /** The `thread/queue/changed` notification. */
  "thread/queue/changed": T.ThreadQueueChangedNotification;
  /** The `thread/readState/changed` notification. */
  "thread/readState/changed": T.ThreadReadStateChangedNotification;
  /** The `thread/realtime/closed` notification. */
  "thread/realtime/closed": T.ThreadRealtimeClosedNotification;
  /** The `thread/realtime/error` notification. */
  "thread/realtime/error": T.ThreadRealtimeErrorNotification;
  /** The `thread/realtime/item/completed` notification. */
  "thread/realtime/item/completed": T.ThreadRealtimeItemCompletedNotification;
  /** The `thread/realtime/item/started` notification. */
  "thread/realtime/item/started": T.ThreadRealtimeItemStartedNotification;
  /** The `thread/realtime/item/transcript/delta` notification. */
  "thread/realtime/item/transcript/delta": T.ThreadRealtimeItemTranscriptDeltaNotification;
  /** The `thread/realtime/itemAdded` notification. */
  "thread/realtime/itemAdded": T.ThreadRealtimeItemAddedNotification;
  /** The `thread/realtime/outputAudio/delta` notification. */
  "thread/realtime/outputAudio/delta": T.ThreadRealtimeOutputAudioDeltaNotification;
  /** The `thread/realtime/sdp` notification. */
  "thread/realtime/sdp": T.ThreadRealtimeSdpNotification;
  /** The `thread/realtime/started` notification. */
  "thread/realtime/started": T.ThreadRealtimeStartedNotification;
  /** The `thread/realtime/transcript/delta` notification. */
  "thread/realtime/transcript/delta": T.ThreadRealtimeTranscriptDeltaNotification;
  /** The `thread/realtime/transcript/done` notification. */
  "thread/realtime/transcript/done": T.ThreadRealtimeTranscriptDoneNotification;
  /** The `thread/reverted` notification. */
  "thread/reverted": T.ThreadRevertedNotification;
  /** The `thread/search/partial` notification. */
  "thread/search/partial": T.ThreadSearchPartialNotification;
  /** The `thread/section/changed` notification. */
  "thread/section/changed": T.ThreadSectionChangedNotification;
  /** The `thread/settings/updated` notification. */
  "thread/settings/updated": T.ThreadSettingsUpdatedNotification;
  /** The `thread/started` notification. */
  "thread/started": T.ThreadStartedNotification;
  /** The `thread/status/changed` notification. */
  "thread/status/changed": T.ThreadStatusChangedNotification;
  /** The `thread/tokenUsage/updated` notification. */
  "thread/tokenUsage/updated": T.ThreadTokenUsageUpdatedNotification;
  /** The `thread/unarchived` notification. */
  "thread/unarchived": T.ThreadUnarchivedNotification;
  /** The `turn/completed` notification. */
  "turn/completed": T.TurnCompletedNotification;
  /** The `turn/diff/updated` notification. */
  "turn/diff/updated": T.TurnDiffUpdatedNotification;
  /** The `turn/moderationMetadata` notification. */
  "turn/moderationMetadata": T.TurnModerationMetadataNotification;
  /** The `turn/plan/updated` notification. */
  "turn/plan/updated": T.TurnPlanUpdatedNotification;
  /** The `turn/started` notification. */
  "turn/started": T.TurnStartedNotification;
  /** The `warning` notification. */
  "warning": T.WarningNotification;
  /** Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox. */
  "windows/worldWritableWarning": T.WindowsWorldWritableWarningNotification;
  /** The `windowsSandbox/setupCompleted` notification. */
  "windowsSandbox/setupCompleted": T.WindowsSandboxSetupCompletedNotification;
}

/**
 * Every method name of {@link ServerNotificationMap}.
 *
 * @example
 * ```ts
 * const method: ServerNotificationMethod = "turn/completed";
 * ```
 */
export type ServerNotificationMethod = keyof ServerNotificationMap;

/**
 * Requests the server sends to the client (approvals and other questions): method → params and result types.
 *
 * @example
 * ```ts
 * type Answer = ServerRequestMap["item/commandExecution/requestApproval"]["result"];
 * ```
 */
export interface ServerRequestMap {
  /** The `account/chatgptAuthTokens/refresh` request. */
  "account/chatgptAuthTokens/refresh": {
    params: T.ChatgptAuthTokensRefreshParams;
    result: T.ChatgptAuthTokensRefreshResponse;
  };
  /** DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  "applyPatchApproval": {
    params: T.ApplyPatchApprovalParams;
    result: T.ApplyPatchApprovalResponse;
  };
  /** Generate a fresh upstream attestation result on demand. */
  "attestation/generate": {
    params: T.AttestationGenerateParams;
    result: T.AttestationGenerateResponse;
  };
  /** Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  "execCommandApproval": {
    params: T.ExecCommandApprovalParams;
    result: T.ExecCommandApprovalResponse;
  };
  /** NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start. */
  "item/commandExecution/requestApproval": {
    params: T.CommandExecutionRequestApprovalParams;
    result: T.CommandExecutionRequestApprovalResponse;
  };
  /** Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start. */
  "item/fileChange/requestApproval": {
    params: T.FileChangeRequestApprovalParams;
    result: T.FileChangeRequestApprovalResponse;
  };
  /** Request approval for additional permissions from the user. */
  "item/permissions/requestApproval": {
    params: T.PermissionsRequestApprovalParams;
    result: T.PermissionsRequestApprovalResponse;
  };
  /** Execute a dynamic tool call on the client. */
  "item/tool/call": { params: T.DynamicToolCallParams; result: T.DynamicToolCallResponse };
  /** EXPERIMENTAL - Request input from the user for a tool call. */
  "item/tool/requestUserInput": {
    params: T.ToolRequestUserInputParams;
    result: T.ToolRequestUserInputResponse;
  };
  /** Request input for an MCP server elicitation. */
  "mcpServer/elicitation/request": {
    params: T.McpServerElicitationRequestParams;
    result: T.McpServerElicitationRequestResponse;
  };
}

/**
 * Every method name of {@link ServerRequestMap}.
 *
 * @example
 * ```ts
 * const method: ServerRequestMethod = "item/fileChange/requestApproval";
 * ```
 */
export type ServerRequestMethod = keyof ServerRequestMap;

/**
 * Notifications the client sends: method → params type.
 *
 * @example
 * ```ts
 * const params: ClientNotificationMap["initialized"] = undefined;
 * ```
 */
export interface ClientNotificationMap {
  /** The `initialized` notification. */
  "initialized": undefined;
}

/**
 * Every method name of {@link ClientNotificationMap}.
 *
 * @example
 * ```ts
 * const method: ClientNotificationMethod = "initialized";
 * ```
 */
export type ClientNotificationMethod = keyof ClientNotificationMap;

// A method without params omits the member on the wire; null is accepted as the same.
const NO_PARAMS: v.GenericSchema<null | undefined> = v.optional(v.null());

/**
 * valibot schemas of every client request's params and result, by method.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * const ok = v.is(CLIENT_REQUEST_SCHEMAS["thread/start"].result, { thread: {} }); // false
 * ```
 */
export const CLIENT_REQUEST_SCHEMAS: Readonly<
  Record<string, { readonly params: v.GenericSchema; readonly result: v.GenericSchema }>
> = Object.freeze({
  "account/gatewayOAuth/cancel": { params: NO_PARAMS, result: S.GatewayOAuthCancelResponseSchema },
  "account/gatewayOAuth/login": {
    params: v.nullish(S.GatewayOAuthLoginParamsSchema),
    result: S.GatewayOAuthLoginResponseSchema,
  },
  "account/gatewayOAuth/read": {
    params: v.nullish(S.GatewayOAuthReadParamsSchema),
    result: S.GatewayOAuthReadResponseSchema,
  },
  "account/login/cancel": {
    params: S.CancelLoginAccountParamsSchema,
    result: S.CancelLoginAccountResponseSchema,
  },
  "account/login/start": {
    params: S.LoginAccountParamsSchema,
    result: S.LoginAccountResponseSchema,
  },
  "account/logout": { params: NO_PARAMS, result: S.LogoutAccountResponseSchema },
  "account/rateLimitResetCredit/consume": {
    params: S.ConsumeAccountRateLimitResetCreditParamsSchema,
    result: S.ConsumeAccountRateLimitResetCreditResponseSchema,
  },
  "account/rateLimits/read": {
    params: v.nullish(S.GetAccountRateLimitsParamsSchema),
    result: S.GetAccountRateLimitsResponseSchema,
  },
  "account/read": { params: S.GetAccountParamsSchema, result: S.GetAccountResponseSchema },
  "account/securitySetup/read": {
    params: NO_PARAMS,
    result: S.GetAccountSecuritySetupResponseSchema,
  },
  "account/sendAddCreditsNudgeEmail": {
    params: S.SendAddCreditsNudgeEmailParamsSchema,
    result: S.SendAddCreditsNudgeEmailResponseSchema,
  },
  "account/usage/read": {
    params: v.nullish(S.GetAccountTokenUsageParamsSchema),
    result: S.GetAccountTokenUsageResponseSchema,
  },
  "account/workspaceMessages/read": {
    params: NO_PARAMS,
    result: S.GetWorkspaceMessagesResponseSchema,
  },
  "app/installed": { params: S.AppsInstalledParamsSchema, result: S.AppsInstalledResponseSchema },
  "app/list": { params: S.AppsListParamsSchema, result: S.AppsListResponseSchema },
  "app/read": { params: S.AppsReadParamsSchema, result: S.AppsReadResponseSchema },
  "command/exec": { params: S.CommandExecParamsSchema, result: S.CommandExecResponseSchema },
  "command/exec/resize": {
    params: S.CommandExecResizeParamsSchema,
    result: S.CommandExecResizeResponseSchema,
  },
  "command/exec/terminate": {
    params: S.CommandExecTerminateParamsSchema,
    result: S.CommandExecTerminateResponseSchema,
  },
  "command/exec/write": {
    params: S.CommandExecWriteParamsSchema,
    result: S.CommandExecWriteResponseSchema,
  },
  "config/batchWrite": {
    params: S.ConfigBatchWriteParamsSchema,
    result: S.ConfigWriteResponseSchema,
  },
  "config/mcpServer/reload": { params: NO_PARAMS, result: S.McpServerRefreshResponseSchema },
  "config/read": { params: S.ConfigReadParamsSchema, result: S.ConfigReadResponseSchema },
  "config/value/write": {
    params: S.ConfigValueWriteParamsSchema,
    result: S.ConfigWriteResponseSchema,
  },
  "configRequirements/read": { params: NO_PARAMS, result: S.ConfigRequirementsReadResponseSchema },
  "experimentalFeature/enablement/set": {
    params: S.ExperimentalFeatureEnablementSetParamsSchema,
    result: S.ExperimentalFeatureEnablementSetResponseSchema,
  },
  "experimentalFeature/list": {
    params: S.ExperimentalFeatureListParamsSchema,
    result: S.ExperimentalFeatureListResponseSchema,
  },
  "externalAgentConfig/detect": {
    params: S.ExternalAgentConfigDetectParamsSchema,
    result: S.ExternalAgentConfigDetectResponseSchema,
  },
  "externalAgentConfig/import": {
    params: S.ExternalAgentConfigImportParamsSchema,
    result: S.ExternalAgentConfigImportResponseSchema,
  },
  "externalAgentConfig/import/readHistories": {
    params: NO_PARAMS,
    result: S.ExternalAgentConfigImportHistoriesReadResponseSchema,
  },
  "externalAgentConfig/import/recordHistory": {
    params: S.ExternalAgentConfigImportHistoryRecordParamsSchema,
    result: S.ExternalAgentConfigImportHistoryRecordResponseSchema,
  },
  "feedback/save": { params: S.FeedbackSaveParamsSchema, result: S.FeedbackSaveResponseSchema },
  "feedback/upload": {
    params: S.FeedbackUploadParamsSchema,
    result: S.FeedbackUploadResponseSchema,
  },
  "fs/copy": { params: S.FsCopyParamsSchema, result: S.FsCopyResponseSchema },
  "fs/createDirectory": {
    params: S.FsCreateDirectoryParamsSchema,
    result: S.FsCreateDirectoryResponseSchema,
  },
  "fs/getMetadata": { params: S.FsGetMetadataParamsSchema, result: S.FsGetMetadataResponseSchema },
  "fs/readDirectory": {
    params: S.FsReadDirectoryParamsSchema,
    result: S.FsReadDirectoryResponseSchema,
  },
  "fs/readFile": { params: S.FsReadFileParamsSchema, result: S.FsReadFileResponseSchema },
  "fs/remove": { params: S.FsRemoveParamsSchema, result: S.FsRemoveResponseSchema },
  "fs/unwatch": { params: S.FsUnwatchParamsSchema, result: S.FsUnwatchResponseSchema },
  "fs/watch": { params: S.FsWatchParamsSchema, result: S.FsWatchResponseSchema },
  "fs/writeFile": { params: S.FsWriteFileParamsSchema, result: S.FsWriteFileResponseSchema },
  "fuzzyFileSearch": {
    params: S.FuzzyFileSearchParamsSchema,
    result: S.FuzzyFileSearchResponseSchema,
  },
  "hooks/list": { params: S.HooksListParamsSchema, result: S.HooksListResponseSchema },
  "initialize": { params: S.InitializeParamsSchema, result: S.InitializeResponseSchema },
  "marketplace/add": {
    params: S.MarketplaceAddParamsSchema,
    result: S.MarketplaceAddResponseSchema,
  },
  "marketplace/remove": {
    params: S.MarketplaceRemoveParamsSchema,
    result: S.MarketplaceRemoveResponseSchema,
  },
  "marketplace/upgrade": {
    params: S.MarketplaceUpgradeParamsSchema,
    result: S.MarketplaceUpgradeResponseSchema,
  },
  "mcpServer/oauth/login": {
    params: S.McpServerOauthLoginParamsSchema,
    result: S.McpServerOauthLoginResponseSchema,
  },
  "mcpServer/resource/read": {
    params: S.McpResourceReadParamsSchema,
    result: S.McpResourceReadResponseSchema,
  },
  "mcpServer/tool/call": {
    params: S.McpServerToolCallParamsSchema,
    result: S.McpServerToolCallResponseSchema,
  },
  "mcpServerStatus/list": {
    params: S.ListMcpServerStatusParamsSchema,
    result: S.ListMcpServerStatusResponseSchema,
  },
  "model/list": { params: S.ModelListParamsSchema, result: S.ModelListResponseSchema },
  "modelProvider/capabilities/read": {
    params: S.ModelProviderCapabilitiesReadParamsSchema,
    result: S.ModelProviderCapabilitiesReadResponseSchema,
  },
  "modelProvider/config/write": {
    params: S.ModelProviderConfigWriteParamsSchema,
    result: S.ModelProviderConfigWriteResponseSchema,
  },
  "modelProvider/default/set": {
    params: S.ModelProviderDefaultSetParamsSchema,
    result: v.unknown(),
  },
  "modelProvider/list": {
    params: S.ModelProviderListParamsSchema,
    result: S.ModelProviderListResponseSchema,
  },
  "permissionProfile/list": {
    params: S.PermissionProfileListParamsSchema,
    result: S.PermissionProfileListResponseSchema,
  },
  "plugin/install": { params: S.PluginInstallParamsSchema, result: S.PluginInstallResponseSchema },
  "plugin/installed": {
    params: S.PluginInstalledParamsSchema,
    result: S.PluginInstalledResponseSchema,
  },
  "plugin/list": { params: S.PluginListParamsSchema, result: S.PluginListResponseSchema },
  "plugin/read": { params: S.PluginReadParamsSchema, result: S.PluginReadResponseSchema },
  "plugin/reconcile": {
    params: S.PluginReconcileParamsSchema,
    result: S.PluginReconcileResponseSchema,
  },
  "plugin/share/checkout": {
    params: S.PluginShareCheckoutParamsSchema,
    result: S.PluginShareCheckoutResponseSchema,
  },
  "plugin/share/delete": {
    params: S.PluginShareDeleteParamsSchema,
    result: S.PluginShareDeleteResponseSchema,
  },
  "plugin/share/list": {
    params: S.PluginShareListParamsSchema,
    result: S.PluginShareListResponseSchema,
  },
  "plugin/share/save": {
    params: S.PluginShareSaveParamsSchema,
    result: S.PluginShareSaveResponseSchema,
  },
  "plugin/share/updateTargets": {
    params: S.PluginShareUpdateTargetsParamsSchema,
    result: S.PluginShareUpdateTargetsResponseSchema,
  },
  "plugin/skill/read": {
    params: S.PluginSkillReadParamsSchema,
    result: S.PluginSkillReadResponseSchema,
  },
  "plugin/uninstall": {
    params: S.PluginUninstallParamsSchema,
    result: S.PluginUninstallResponseSchema,
  },
  "review/start": { params: S.ReviewStartParamsSchema, result: S.ReviewStartResponseSchema },
  "skills/config/write": {
    params: S.SkillsConfigWriteParamsSchema,
    result: S.SkillsConfigWriteResponseSchema,
  },
  "skills/extraRoots/set": {
    params: S.SkillsExtraRootsSetParamsSchema,
    result: S.SkillsExtraRootsSetResponseSchema,
  },
  "skills/list": { params: S.SkillsListParamsSchema, result: S.SkillsListResponseSchema },
  "thread/approveGuardianDeniedAction": {
    params: S.ThreadApproveGuardianDeniedActionParamsSchema,
    result: S.ThreadApproveGuardianDeniedActionResponseSchema,
  },
  "thread/archive": { params: S.ThreadArchiveParamsSchema, result: S.ThreadArchiveResponseSchema },
  "thread/attachment/add": {
    params: S.ThreadAttachmentAddParamsSchema,
    result: S.ThreadAttachmentAddResponseSchema,
  },
  "thread/attachment/list": {
    params: S.ThreadAttachmentListParamsSchema,
    result: S.ThreadAttachmentListResponseSchema,
  },
  "thread/attachment/remove": {
    params: S.ThreadAttachmentRemoveParamsSchema,
    result: S.ThreadAttachmentRemoveResponseSchema,
  },
  "thread/attachmentOwner/list": {
    params: S.ThreadAttachmentOwnerListParamsSchema,
    result: S.ThreadAttachmentOwnerListResponseSchema,
  },
  "thread/compact/start": {
    params: S.ThreadCompactStartParamsSchema,
    result: S.ThreadCompactStartResponseSchema,
  },
  "thread/delete": { params: S.ThreadDeleteParamsSchema, result: S.ThreadDeleteResponseSchema },
  "thread/fork": { params: S.ThreadForkParamsSchema, result: S.ThreadForkResponseSchema },
  "thread/goal/clear": {
    params: S.ThreadGoalClearParamsSchema,
    result: S.ThreadGoalClearResponseSchema,
  },
  "thread/goal/get": { params: S.ThreadGoalGetParamsSchema, result: S.ThreadGoalGetResponseSchema },
  "thread/goal/set": { params: S.ThreadGoalSetParamsSchema, result: S.ThreadGoalSetResponseSchema },
  "thread/inject_items": {
    params: S.ThreadInjectItemsParamsSchema,
    result: S.ThreadInjectItemsResponseSchema,
  },
  "thread/items/list": {
    params: S.ThreadItemsListParamsSchema,
    result: S.ThreadItemsListResponseSchema,
  },
  "thread/list": { params: S.ThreadListParamsSchema, result: S.ThreadListResponseSchema },
  "thread/loaded/list": {
    params: S.ThreadLoadedListParamsSchema,
    result: S.ThreadLoadedListResponseSchema,
  },
  "thread/metadata/update": {
    params: S.ThreadMetadataUpdateParamsSchema,
    result: S.ThreadMetadataUpdateResponseSchema,
  },
  "thread/name/set": { params: S.ThreadSetNameParamsSchema, result: S.ThreadSetNameResponseSchema },
  "thread/read": { params: S.ThreadReadParamsSchema, result: S.ThreadReadResponseSchema },
  "thread/resume": { params: S.ThreadResumeParamsSchema, result: S.ThreadResumeResponseSchema },
  "thread/revert": { params: S.ThreadRevertParamsSchema, result: S.ThreadRevertResponseSchema },
  "thread/section/move": {
    params: S.ThreadSectionMoveParamsSchema,
    result: S.ThreadSectionMoveResponseSchema,
  },
  "thread/shellCommand": {
    params: S.ThreadShellCommandParamsSchema,
    result: S.ThreadShellCommandResponseSchema,
  },
  "thread/start": { params: S.ThreadStartParamsSchema, result: S.ThreadStartResponseSchema },
  "thread/turns/list": {
    params: S.ThreadTurnsListParamsSchema,
    result: S.ThreadTurnsListResponseSchema,
  },
  "thread/unarchive": {
    params: S.ThreadUnarchiveParamsSchema,
    result: S.ThreadUnarchiveResponseSchema,
  },
  "thread/unsubscribe": {
    params: S.ThreadUnsubscribeParamsSchema,
    result: S.ThreadUnsubscribeResponseSchema,
  },
  "threadSection/create": {
    params: S.ThreadSectionCreateParamsSchema,
    result: S.ThreadSectionCreateResponseSchema,
  },
  "threadSection/delete": {
    params: S.ThreadSectionDeleteParamsSchema,
    result: S.ThreadSectionDeleteResponseSchema,
  },
  "threadSection/list": {
    params: S.ThreadSectionListParamsSchema,
    result: S.ThreadSectionListResponseSchema,
  },
  "threadSection/update": {
    params: S.ThreadSectionUpdateParamsSchema,
    result: S.ThreadSectionUpdateResponseSchema,
  },
  "turn/interrupt": { params: S.TurnInterruptParamsSchema, result: S.TurnInterruptResponseSchema },
  "turn/start": { params: S.TurnStartParamsSchema, result: S.TurnStartResponseSchema },
  "turn/steer": { params: S.TurnSteerParamsSchema, result: S.TurnSteerResponseSchema },
  "windowsSandbox/readiness": {
    params: NO_PARAMS,
    result: S.WindowsSandboxReadinessResponseSchema,
  },
  "windowsSandbox/setupStart": {
    params: S.WindowsSandboxSetupStartParamsSchema,
    result: S.WindowsSandboxSetupStartResponseSchema,
  },
});

/**
 * valibot schemas of every server notification's params, by method.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * const ok = v.is(SERVER_NOTIFICATION_SCHEMAS["turn/started"], {}); // false
 * ```
 */
export const SERVER_NOTIFICATION_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = Object.freeze(
  {
    "account/gatewayOAuth/changed": S.GatewayOAuthChangedNotificationSchema,
    "account/login/completed": S.AccountLoginCompletedNotificationSchema,
    "account/rateLimits/updated": S.AccountRateLimitsUpdatedNotificationSchema,
    "account/updated": S.AccountUpdatedNotificationSchema,
    "app/list/updated": S.AppListUpdatedNotificationSchema,
    "autoApprovalReview/strictReviewRequired": S.StrictReviewRequiredNotificationSchema,
    "command/exec/outputDelta": S.CommandExecOutputDeltaNotificationSchema,
    "configWarning": S.ConfigWarningNotificationSchema,
    "deprecationNotice": S.DeprecationNoticeNotificationSchema,
    "error": S.ErrorNotificationSchema,
    "externalAgentConfig/import/completed": S.ExternalAgentConfigImportCompletedNotificationSchema,
    "externalAgentConfig/import/progress": S.ExternalAgentConfigImportProgressNotificationSchema,
    "fs/changed": S.FsChangedNotificationSchema,
    "fuzzyFileSearch/sessionCompleted": S.FuzzyFileSearchSessionCompletedNotificationSchema,
    "fuzzyFileSearch/sessionUpdated": S.FuzzyFileSearchSessionUpdatedNotificationSchema,
    "guardianWarning": S.GuardianWarningNotificationSchema,
    "hook/completed": S.HookCompletedNotificationSchema,
    "hook/started": S.HookStartedNotificationSchema,
    "item/agentMessage/delta": S.AgentMessageDeltaNotificationSchema,
    "item/autoApprovalReview/completed": S.ItemGuardianApprovalReviewCompletedNotificationSchema,
    "item/autoApprovalReview/started": S.ItemGuardianApprovalReviewStartedNotificationSchema,
    "item/commandExecution/outputDelta": S.CommandExecutionOutputDeltaNotificationSchema,
    "item/commandExecution/terminalInteraction": S.TerminalInteractionNotificationSchema,
    "item/completed": S.ItemCompletedNotificationSchema,
    "item/fileChange/outputDelta": S.FileChangeOutputDeltaNotificationSchema,
    "item/fileChange/patchUpdated": S.FileChangePatchUpdatedNotificationSchema,
    "item/mcpToolCall/progress": S.McpToolCallProgressNotificationSchema,
    "item/plan/delta": S.PlanDeltaNotificationSchema,
    "item/reasoning/summaryPartAdded": S.ReasoningSummaryPartAddedNotificationSchema,
    "item/reasoning/summaryTextDelta": S.ReasoningSummaryTextDeltaNotificationSchema,
    "item/reasoning/textDelta": S.ReasoningTextDeltaNotificationSchema,
    "item/started": S.ItemStartedNotificationSchema,
    "mcpServer/event/stream/notification": S.McpServerEventStreamNotificationSchema,
    "mcpServer/oauthLogin/completed": S.McpServerOauthLoginCompletedNotificationSchema,
    "mcpServer/startupStatus/updated": S.McpServerStatusUpdatedNotificationSchema,
    "model/rerouted": S.ModelReroutedNotificationSchema,
    "model/safetyBuffering/updated": S.ModelSafetyBufferingUpdatedNotificationSchema,
    "model/verification": S.ModelVerificationNotificationSchema,
    "modelProvider/authRecoveryCompleted": S.AuthRecoveryNotificationSchema,
    "modelProvider/authRecoveryStarted": S.AuthRecoveryNotificationSchema,
    "process/exited": S.ProcessExitedNotificationSchema,
    "process/outputDelta": S.ProcessOutputDeltaNotificationSchema,
    "project/changed": S.ProjectChangedNotificationSchema,
    "remoteControl/status/changed": S.RemoteControlStatusChangedNotificationSchema,
    "serverRequest/resolved": S.ServerRequestResolvedNotificationSchema,
    "skills/changed": S.SkillsChangedNotificationSchema,
    "thread/archived": S.ThreadArchivedNotificationSchema,
    "thread/attachment/updated": S.ThreadAttachmentUpdatedNotificationSchema,
    "thread/closed": S.ThreadClosedNotificationSchema,
    "thread/compacted": S.ContextCompactedNotificationSchema,
    "thread/deleted": S.ThreadDeletedNotificationSchema,
    "thread/environment/connected": S.EnvironmentConnectionNotificationSchema,
    "thread/environment/disconnected": S.EnvironmentConnectionNotificationSchema,
    "thread/goal/cleared": S.ThreadGoalClearedNotificationSchema,
    "thread/goal/updated": S.ThreadGoalUpdatedNotificationSchema,
    "thread/name/updated": S.ThreadNameUpdatedNotificationSchema,
    "thread/prediction/updated": S.ThreadPredictionUpdatedNotificationSchema,
    "thread/project/updated": S.ThreadProjectUpdatedNotificationSchema,
    "thread/queue/changed": S.ThreadQueueChangedNotificationSchema,
    "thread/readState/changed": S.ThreadReadStateChangedNotificationSchema,
    "thread/realtime/closed": S.ThreadRealtimeClosedNotificationSchema,
    "thread/realtime/error": S.ThreadRealtimeErrorNotificationSchema,
    "thread/realtime/item/completed": S.ThreadRealtimeItemCompletedNotificationSchema,
    "thread/realtime/item/started": S.ThreadRealtimeItemStartedNotificationSchema,
    "thread/realtime/item/transcript/delta": S.ThreadRealtimeItemTranscriptDeltaNotificationSchema,
    "thread/realtime/itemAdded": S.ThreadRealtimeItemAddedNotificationSchema,
    "thread/realtime/outputAudio/delta": S.ThreadRealtimeOutputAudioDeltaNotificationSchema,
    "thread/realtime/sdp": S.ThreadRealtimeSdpNotificationSchema,
    "thread/realtime/started": S.ThreadRealtimeStartedNotificationSchema,
    "thread/realtime/transcript/delta": S.ThreadRealtimeTranscriptDeltaNotificationSchema,
    "thread/realtime/transcript/done": S.ThreadRealtimeTranscriptDoneNotificationSchema,
    "thread/reverted": S.ThreadRevertedNotificationSchema,
    "thread/search/partial": S.ThreadSearchPartialNotificationSchema,
    "thread/section/changed": S.ThreadSectionChangedNotificationSchema,
    "thread/settings/updated": S.ThreadSettingsUpdatedNotificationSchema,
    "thread/started": S.ThreadStartedNotificationSchema,
    "thread/status/changed": S.ThreadStatusChangedNotificationSchema,
    "thread/tokenUsage/updated": S.ThreadTokenUsageUpdatedNotificationSchema,
    "thread/unarchived": S.ThreadUnarchivedNotificationSchema,
    "turn/completed": S.TurnCompletedNotificationSchema,
    "turn/diff/updated": S.TurnDiffUpdatedNotificationSchema,
    "turn/moderationMetadata": S.TurnModerationMetadataNotificationSchema,
    "turn/plan/updated": S.TurnPlanUpdatedNotificationSchema,
    "turn/started": S.TurnStartedNotificationSchema,
    "warning": S.WarningNotificationSchema,
    "windows/worldWritableWarning": S.WindowsWorldWritableWarningNotificationSchema,
    "windowsSandbox/setupCompleted": S.WindowsSandboxSetupCompletedNotificationSchema,
  },
);

/**
 * valibot schemas of every server request's params and result, by method.
 *
 * @example
 * ```ts
 * import * as v from "valibot";
 * const schema = SERVER_REQUEST_SCHEMAS["item/commandExecution/requestApproval"].result;
 * const ok = v.is(schema, { decision: "decline" }); // true
 * ```
 */
export const SERVER_REQUEST_SCHEMAS: Readonly<
  Record<string, { readonly params: v.GenericSchema; readonly result: v.GenericSchema }>
> = Object.freeze({
  "account/chatgptAuthTokens/refresh": {
    params: S.ChatgptAuthTokensRefreshParamsSchema,
    result: S.ChatgptAuthTokensRefreshResponseSchema,
  },
  "applyPatchApproval": {
    params: S.ApplyPatchApprovalParamsSchema,
    result: S.ApplyPatchApprovalResponseSchema,
  },
  "attestation/generate": {
    params: S.AttestationGenerateParamsSchema,
    result: S.AttestationGenerateResponseSchema,
  },
  "execCommandApproval": {
    params: S.ExecCommandApprovalParamsSchema,
    result: S.ExecCommandApprovalResponseSchema,
  },
  "item/commandExecution/requestApproval": {
    params: S.CommandExecutionRequestApprovalParamsSchema,
    result: S.CommandExecutionRequestApprovalResponseSchema,
  },
  "item/fileChange/requestApproval": {
    params: S.FileChangeRequestApprovalParamsSchema,
    result: S.FileChangeRequestApprovalResponseSchema,
  },
  "item/permissions/requestApproval": {
    params: S.PermissionsRequestApprovalParamsSchema,
    result: S.PermissionsRequestApprovalResponseSchema,
  },
  "item/tool/call": {
    params: S.DynamicToolCallParamsSchema,
    result: S.DynamicToolCallResponseSchema,
  },
  "item/tool/requestUserInput": {
    params: S.ToolRequestUserInputParamsSchema,
    result: S.ToolRequestUserInputResponseSchema,
  },
  "mcpServer/elicitation/request": {
    params: S.McpServerElicitationRequestParamsSchema,
    result: S.McpServerElicitationRequestResponseSchema,
  },
});
