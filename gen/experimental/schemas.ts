// Generated from codex 0.171.0 with --experimental by scripts/generate.ts. Do not edit.

/**
 * valibot schemas for every definition of the Codex app-server protocol (codex 0.171.0).
 *
 * Each `XSchema` validates the generated type `X`. Objects are loose: unknown fields pass.
 *
 * An overlay of the stable set (`../schemas.ts`): only the definitions that differ from it, and those that refer to one that does, are declared here; every other one is the stable definition, re-exported.
 *
 * Experimental API: only with `experimentalApi: true`.
 *
 * @module
 */

import * as v from "valibot";
import type * as T from "./types.ts";
import {
  AbsolutePathBufSchema,
  AccountLoginCompletedNotificationSchema,
  AccountRateLimitsUpdatedNotificationSchema,
  AccountSchema,
  AccountSessionSchema,
  AccountUpdatedNotificationSchema,
  ActivePermissionProfileSchema,
  AdditionalContextEntrySchema,
  AdditionalPermissionProfileSchema,
  AgentMessageDeltaNotificationSchema,
  AnalyticsConfigSchema,
  ApplicationRequirementsSchema,
  AppListUpdatedNotificationSchema,
  ApplyPatchApprovalParamsSchema,
  ApprovalsReviewerSchema,
  AppsConfigSchema,
  AppsInstalledParamsSchema,
  AppsListParamsSchema,
  AppsReadParamsSchema,
  AskForApprovalSchema,
  AttestationGenerateParamsSchema,
  AuthRecoveryNotificationSchema,
  AutoCompactTokenLimitScopeSchema,
  AutoReviewRequirementsSchema,
  BrowserUseConfigSchema,
  BrowserUseRequirementsSchema,
  CancelLoginAccountParamsSchema,
  ChatgptAuthTokensRefreshParamsSchema,
  CliAuthCredentialsStoreModeSchema,
  CodexResponseHandoffModeSchema,
  CollaborationModeMaskSchema,
  CollaborationModeSchema,
  CommandActionSchema,
  CommandExecOutputDeltaNotificationSchema,
  CommandExecResizeParamsSchema,
  CommandExecTerminalSizeSchema,
  CommandExecTerminateParamsSchema,
  CommandExecutionApprovalDecisionSchema,
  CommandExecutionApprovalKindSchema,
  CommandExecutionOutputDeltaNotificationSchema,
  CommandExecWriteParamsSchema,
  ComputerUseConfigSchema,
  ComputerUseRequirementsSchema,
  ConfigBatchWriteParamsSchema,
  ConfigLayerMetadataSchema,
  ConfigLayerSchema,
  ConfigReadParamsSchema,
  ConfigValueWriteParamsSchema,
  ConfigWarningNotificationSchema,
  ConsumeAccountRateLimitResetCreditParamsSchema,
  ContextCompactedNotificationSchema,
  ConversationTextRoleSchema,
  CyberAccessProgramSchema,
  DeprecationNoticeNotificationSchema,
  DynamicToolCallParamsSchema,
  DynamicToolSpecSchema,
  EnvironmentConnectionNotificationSchema,
  EnvironmentSkillsParamsSchema,
  ErrorNotificationSchema,
  ExecCommandApprovalParamsSchema,
  ExperimentalFeatureEnablementSetParamsSchema,
  ExperimentalFeatureListParamsSchema,
  ExternalAgentConfigDetectParamsSchema,
  ExternalAgentConfigImportCompletedNotificationSchema,
  ExternalAgentConfigImportHistoryRecordParamsSchema,
  ExternalAgentConfigImportParamsSchema,
  ExternalAgentConfigImportProgressNotificationSchema,
  FeedbackRequirementsSchema,
  FeedbackSaveParamsSchema,
  FeedbackUploadParamsSchema,
  FileChangeOutputDeltaNotificationSchema,
  FileChangePatchUpdatedNotificationSchema,
  FileChangeRequestApprovalParamsSchema,
  ForcedChatgptWorkspaceIdsSchema,
  ForcedLoginMethodSchema,
  FsChangedNotificationSchema,
  FsCopyParamsSchema,
  FsCreateDirectoryParamsSchema,
  FsGetMetadataParamsSchema,
  FsReadDirectoryParamsSchema,
  FsReadFileParamsSchema,
  FsRemoveParamsSchema,
  FsUnwatchParamsSchema,
  FsWatchParamsSchema,
  FsWriteFileParamsSchema,
  FuzzyFileSearchParamsSchema,
  FuzzyFileSearchSessionCompletedNotificationSchema,
  FuzzyFileSearchSessionUpdatedNotificationSchema,
  GatewayOAuthChangedNotificationSchema,
  GatewayOAuthLoginParamsSchema,
  GatewayOAuthReadParamsSchema,
  GetAccountParamsSchema,
  GetAccountRateLimitsParamsSchema,
  GetAccountTokenUsageParamsSchema,
  GitInfoSchema,
  GuardianRiskLevelSchema,
  GuardianUserAuthorizationSchema,
  GuardianWarningNotificationSchema,
  HookCompletedNotificationSchema,
  HooksListParamsSchema,
  HookStartedNotificationSchema,
  InAppBrowserRequirementsSchema,
  InitializeParamsSchema,
  ItemCompletedNotificationSchema,
  ItemGuardianApprovalReviewCompletedNotificationSchema,
  ItemGuardianApprovalReviewStartedNotificationSchema,
  ItemStartedNotificationSchema,
  LegacyAppPathStringSchema,
  ListMcpServerStatusParamsSchema,
  LoginAccountParamsSchema,
  ManagedHooksRequirementsSchema,
  MarketplaceAddParamsSchema,
  MarketplaceRemoveParamsSchema,
  MarketplaceUpgradeParamsSchema,
  McpElicitationSchemaSchema,
  McpResourceReadParamsSchema,
  McpServerEventStreamNotificationSchema,
  McpServerOauthLoginCompletedNotificationSchema,
  McpServerOauthLoginParamsSchema,
  McpServerStatusUpdatedNotificationSchema,
  McpServerToolCallParamsSchema,
  McpToolCallProgressNotificationSchema,
  ModelListParamsSchema,
  ModelProviderCapabilitiesReadParamsSchema,
  ModelProviderConfigWriteParamsSchema,
  ModelProviderDefaultSetParamsSchema,
  ModelProviderListParamsSchema,
  ModelReroutedNotificationSchema,
  ModelSafetyBufferingUpdatedNotificationSchema,
  ModelsRequirementsSchema,
  ModelVerificationNotificationSchema,
  MultiAgentModeSchema,
  NetworkApprovalContextSchema,
  NetworkPolicyAmendmentSchema,
  NetworkRequirementsSchema,
  OtelRequirementsSchema,
  PathUriSchema,
  PermissionProfileListParamsSchema,
  PermissionsRequestApprovalParamsSchema,
  PersonalitySchema,
  PlanDeltaNotificationSchema,
  PluginInstalledParamsSchema,
  PluginInstallParamsSchema,
  PluginListParamsSchema,
  PluginReadParamsSchema,
  PluginReconcileParamsSchema,
  PluginSearchResultSchema,
  PluginSearchScopeSchema,
  PluginShareCheckoutParamsSchema,
  PluginShareDeleteParamsSchema,
  PluginShareListParamsSchema,
  PluginShareSaveParamsSchema,
  PluginShareUpdateTargetsParamsSchema,
  PluginSkillReadParamsSchema,
  PluginUninstallParamsSchema,
  ProcessExitedNotificationSchema,
  ProcessOutputDeltaNotificationSchema,
  ProcessTerminalSizeSchema,
  ProjectChangedNotificationSchema,
  ProjectRootSchema,
  ProjectSchema,
  ProjectSortKeySchema,
  QueuedSubmissionSchema,
  RealtimeConversationVersionSchema,
  RealtimeOutputModalitySchema,
  RealtimeVoiceSchema,
  RealtimeVoicesListSchema,
  ReasoningEffortSchema,
  ReasoningSummaryPartAddedNotificationSchema,
  ReasoningSummarySchema,
  ReasoningSummaryTextDeltaNotificationSchema,
  ReasoningTextDeltaNotificationSchema,
  RemoteControlConnectionStatusSchema,
  RemoteControlDisableParamsSchema,
  RemoteControlEnableParamsSchema,
  RemoteControlStatusChangedNotificationSchema,
  RequestIdSchema,
  ResidencyRequirementSchema,
  ResponseItemSchema,
  ReviewStartParamsSchema,
  SandboxModeSchema,
  SandboxPolicySchema,
  SandboxWorkspaceWriteSchema,
  SelectedCapabilityRootSchema,
  SendAddCreditsNudgeEmailParamsSchema,
  ServerDiagnosticsGaugeSchema,
  ServerDiagnosticsProcessSchema,
  ServerRequestResolvedNotificationSchema,
  SessionSourceSchema,
  SkillsChangedNotificationSchema,
  SkillsConfigWriteParamsSchema,
  SkillsExtraRootsSetParamsSchema,
  SkillsListParamsSchema,
  SortDirectionSchema,
  StrictReviewRequiredNotificationSchema,
  TerminalInteractionNotificationSchema,
  ThreadApproveGuardianDeniedActionParamsSchema,
  ThreadArchivedNotificationSchema,
  ThreadArchiveParamsSchema,
  ThreadAttachmentAddParamsSchema,
  ThreadAttachmentListParamsSchema,
  ThreadAttachmentOwnerListParamsSchema,
  ThreadAttachmentRemoveParamsSchema,
  ThreadAttachmentUpdatedNotificationSchema,
  ThreadClosedNotificationSchema,
  ThreadCompactStartParamsSchema,
  ThreadDeletedNotificationSchema,
  ThreadDeleteParamsSchema,
  ThreadEnvironmentSchema,
  ThreadExtraSchema,
  ThreadGoalClearedNotificationSchema,
  ThreadGoalClearParamsSchema,
  ThreadGoalGetParamsSchema,
  ThreadGoalSetParamsSchema,
  ThreadGoalUpdatedNotificationSchema,
  ThreadHistoryModeSchema,
  ThreadInjectItemsParamsSchema,
  ThreadItemSchema,
  ThreadItemsListCursorSchema,
  ThreadListCwdFilterSchema,
  ThreadLoadedListParamsSchema,
  ThreadMemoryModeSchema,
  ThreadMetadataGitInfoUpdateParamsSchema,
  ThreadNameUpdatedNotificationSchema,
  ThreadPredictionUpdatedNotificationSchema,
  ThreadProjectUpdatedNotificationSchema,
  ThreadQueueChangedNotificationSchema,
  ThreadReadParamsSchema,
  ThreadReadStateChangedNotificationSchema,
  ThreadReadStateOperationSchema,
  ThreadReadStateSchema,
  ThreadRealtimeAudioChunkSchema,
  ThreadRealtimeClosedNotificationSchema,
  ThreadRealtimeCoverageSchema,
  ThreadRealtimeEntrySchema,
  ThreadRealtimeErrorNotificationSchema,
  ThreadRealtimeInitialItemSchema,
  ThreadRealtimeItemAddedNotificationSchema,
  ThreadRealtimeItemCompletedNotificationSchema,
  ThreadRealtimeItemStartedNotificationSchema,
  ThreadRealtimeItemTranscriptDeltaNotificationSchema,
  ThreadRealtimeOrderSchema,
  ThreadRealtimeOutputAudioDeltaNotificationSchema,
  ThreadRealtimeSdpNotificationSchema,
  ThreadRealtimeStartedNotificationSchema,
  ThreadRealtimeStartTransportSchema,
  ThreadRealtimeTranscriptDeltaNotificationSchema,
  ThreadRealtimeTranscriptDoneNotificationSchema,
  ThreadResumeInitialTurnsPageParamsSchema,
  ThreadRevertedNotificationSchema,
  ThreadRevertParamsSchema,
  ThreadSearchSortKeySchema,
  ThreadSectionChangedNotificationSchema,
  ThreadSectionCreateParamsSchema,
  ThreadSectionDeleteParamsSchema,
  ThreadSectionListParamsSchema,
  ThreadSectionMoveParamsSchema,
  ThreadSectionSchema,
  ThreadSectionUpdateParamsSchema,
  ThreadSetNameParamsSchema,
  ThreadShellCommandParamsSchema,
  ThreadSortKeySchema,
  ThreadSourceKindSchema,
  ThreadSourceSchema,
  ThreadStartSourceSchema,
  ThreadStatusChangedNotificationSchema,
  ThreadStatusSchema,
  ThreadTimelineEntrySchema,
  ThreadTokenUsageUpdatedNotificationSchema,
  ThreadTurnsListParamsSchema,
  ThreadUnarchivedNotificationSchema,
  ThreadUnarchiveParamsSchema,
  ThreadUnsubscribeParamsSchema,
  ToolRequestUserInputParamsSchema,
  ToolsV2Schema,
  TurnCompletedNotificationSchema,
  TurnDiffUpdatedNotificationSchema,
  TurnEnvironmentParamsSchema,
  TurnInterruptParamsSchema,
  TurnModerationMetadataNotificationSchema,
  TurnPlanUpdatedNotificationSchema,
  TurnSchema,
  TurnsPageSchema,
  TurnStartedNotificationSchema,
  TurnToolOutputSchema,
  UserInputSchema,
  VerbositySchema,
  WarningNotificationSchema,
  WebSearchModeSchema,
  WebSearchProviderSchema,
  WindowsSandboxImplementationSchema,
  WindowsSandboxSetupCompletedNotificationSchema,
  WindowsSandboxSetupStartParamsSchema,
  WindowsWorldWritableWarningNotificationSchema,
  WorkspaceRoutingSchema,
} from "../schemas.ts";
export * from "../schemas.ts";

/**
 * A schema built on its first use, then kept: importing this module builds none of the
 * hundreds of schemas (a process that validates a few message kinds pays for those), and
 * references between schemas resolve whatever the declaration order.
 */
function built<T>(make: () => v.GenericSchema<T>): v.GenericSchema<T> {
  let schema: v.GenericSchema<T> | undefined;
  return v.lazy(() => (schema ??= make()));
}

/** Validates {@link T.AccountSessionsListParams}. */
export const AccountSessionsListParamsSchema: v.GenericSchema<T.AccountSessionsListParams> = built(
  () =>
    v.looseObject({
      refreshWorkspaceMetadata: v.optional(v.boolean()),
    }),
);

/** Validates {@link T.AccountSessionsResponse}. */
export const AccountSessionsResponseSchema: v.GenericSchema<T.AccountSessionsResponse> = built(() =>
  v.looseObject({
    activeSessionId: v.optional(v.nullable(v.string())),
    sessions: v.array(AccountSessionSchema),
  })
);

/** Validates {@link T.AccountSessionsSwitchParams}. */
export const AccountSessionsSwitchParamsSchema: v.GenericSchema<T.AccountSessionsSwitchParams> =
  built(() =>
    v.looseObject({
      accountId: v.string(),
      allowBrowserLogin: v.optional(v.boolean()),
      sessionId: v.string(),
    })
  );

/** Validates {@link T.AccountSessionsSwitchResponse}. */
export const AccountSessionsSwitchResponseSchema: v.GenericSchema<T.AccountSessionsSwitchResponse> =
  built(() =>
    v.union([
      v.looseObject({
        activeSessionId: v.optional(v.nullable(v.string())),
        sessions: v.array(AccountSessionSchema),
      }),
      v.looseObject({
        auth_url: v.string(),
        login_id: v.string(),
      }),
    ])
  );

/** Validates {@link T.AwsCredentialType}. */
export const AwsCredentialTypeSchema: v.GenericSchema<T.AwsCredentialType> = built(() =>
  v.picklist(["accessKeys", "bedrockApiKey"])
);

/** Validates {@link T.BedrockAwsProfile}. */
export const BedrockAwsProfileSchema: v.GenericSchema<T.BedrockAwsProfile> = built(() =>
  v.looseObject({
    name: v.string(),
    region: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.BedrockCheckGovCloudRequirementsParams}. */
export const BedrockCheckGovCloudRequirementsParamsSchema: v.GenericSchema<
  T.BedrockCheckGovCloudRequirementsParams
> = built(() => v.looseObject({}));

/** Validates {@link T.BedrockCheckGovCloudRequirementsResponse}. */
export const BedrockCheckGovCloudRequirementsResponseSchema: v.GenericSchema<
  T.BedrockCheckGovCloudRequirementsResponse
> = built(() =>
  v.looseObject({
    isGovCloud: v.boolean(),
    shouldWarn: v.boolean(),
  })
);

/** Validates {@link T.BedrockDiscoverParams}. */
export const BedrockDiscoverParamsSchema: v.GenericSchema<T.BedrockDiscoverParams> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.BedrockDiscoverResponse}. */
export const BedrockDiscoverResponseSchema: v.GenericSchema<T.BedrockDiscoverResponse> = built(() =>
  v.looseObject({
    environmentCredentials: v.array(BedrockEnvironmentCredentialSchema),
    profiles: v.array(BedrockAwsProfileSchema),
  })
);

/** Validates {@link T.BedrockEnvironmentCredential}. */
export const BedrockEnvironmentCredentialSchema: v.GenericSchema<T.BedrockEnvironmentCredential> =
  built(() =>
    v.looseObject({
      region: v.optional(v.nullable(v.string())),
      type: AwsCredentialTypeSchema,
    })
  );

/** Validates {@link T.BedrockSetupParams}. */
export const BedrockSetupParamsSchema: v.GenericSchema<T.BedrockSetupParams> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["profile"]),
      profile: v.string(),
      region: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["environment"]),
      region: v.string(),
    }),
  ])
);

/** Validates {@link T.BedrockSetupResponse}. */
export const BedrockSetupResponseSchema: v.GenericSchema<T.BedrockSetupResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ClientRequest}. */
export const ClientRequestSchema: v.GenericSchema<T.ClientRequest> = built(() =>
  v.variant("method", [
    v.looseObject({
      method: v.picklist(["initialize"]),
      id: RequestIdSchema,
      params: InitializeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["server/diagnostics"]),
      id: RequestIdSchema,
      params: ServerDiagnosticsParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["userVerification/status"]),
      id: RequestIdSchema,
      params: UserVerificationStatusParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["userVerification/enroll"]),
      id: RequestIdSchema,
      params: UserVerificationEnrollParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["userVerification/delete"]),
      id: RequestIdSchema,
      params: UserVerificationDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["userVerification/verify"]),
      id: RequestIdSchema,
      params: UserVerificationVerifyParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["userVerification/cancel"]),
      id: RequestIdSchema,
      params: UserVerificationCancelParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/start"]),
      id: RequestIdSchema,
      params: ThreadStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/resume"]),
      id: RequestIdSchema,
      params: ThreadResumeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/fork"]),
      id: RequestIdSchema,
      params: ThreadForkParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/sample"]),
      id: RequestIdSchema,
      params: ThreadSampleParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/sample/cancel"]),
      id: RequestIdSchema,
      params: ThreadSampleCancelParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/archive"]),
      id: RequestIdSchema,
      params: ThreadArchiveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/delete"]),
      id: RequestIdSchema,
      params: ThreadDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/unsubscribe"]),
      id: RequestIdSchema,
      params: ThreadUnsubscribeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/increment_elicitation"]),
      id: RequestIdSchema,
      params: ThreadIncrementElicitationParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/decrement_elicitation"]),
      id: RequestIdSchema,
      params: ThreadDecrementElicitationParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/name/set"]),
      id: RequestIdSchema,
      params: ThreadSetNameParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/prediction/request"]),
      id: RequestIdSchema,
      params: ThreadPredictionRequestParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/goal/set"]),
      id: RequestIdSchema,
      params: ThreadGoalSetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/goal/get"]),
      id: RequestIdSchema,
      params: ThreadGoalGetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/goal/clear"]),
      id: RequestIdSchema,
      params: ThreadGoalClearParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/add"]),
      id: RequestIdSchema,
      params: ThreadQueueAddParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/list"]),
      id: RequestIdSchema,
      params: ThreadQueueListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/update"]),
      id: RequestIdSchema,
      params: ThreadQueueUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/delete"]),
      id: RequestIdSchema,
      params: ThreadQueueDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/reorder"]),
      id: RequestIdSchema,
      params: ThreadQueueReorderParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/start"]),
      id: RequestIdSchema,
      params: ThreadQueueStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/metadata/update"]),
      id: RequestIdSchema,
      params: ThreadMetadataUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/attachment/add"]),
      id: RequestIdSchema,
      params: ThreadAttachmentAddParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/attachment/list"]),
      id: RequestIdSchema,
      params: ThreadAttachmentListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/attachmentOwner/list"]),
      id: RequestIdSchema,
      params: ThreadAttachmentOwnerListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/attachment/remove"]),
      id: RequestIdSchema,
      params: ThreadAttachmentRemoveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/section/move"]),
      id: RequestIdSchema,
      params: ThreadSectionMoveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/settings/update"]),
      id: RequestIdSchema,
      params: ThreadSettingsUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/memoryMode/set"]),
      id: RequestIdSchema,
      params: ThreadMemoryModeSetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/memory/read"]),
      id: RequestIdSchema,
      params: ThreadMemoryReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["memory/status"]),
      id: RequestIdSchema,
      params: MemoryStatusParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["memory/reset"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["rollout/compress"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["thread/unarchive"]),
      id: RequestIdSchema,
      params: ThreadUnarchiveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/compact/start"]),
      id: RequestIdSchema,
      params: ThreadCompactStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/shellCommand"]),
      id: RequestIdSchema,
      params: ThreadShellCommandParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/approveGuardianDeniedAction"]),
      id: RequestIdSchema,
      params: ThreadApproveGuardianDeniedActionParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/backgroundTerminals/clean"]),
      id: RequestIdSchema,
      params: ThreadBackgroundTerminalsCleanParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/backgroundTerminals/list"]),
      id: RequestIdSchema,
      params: ThreadBackgroundTerminalsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/backgroundTerminals/terminate"]),
      id: RequestIdSchema,
      params: ThreadBackgroundTerminalsTerminateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/revert"]),
      id: RequestIdSchema,
      params: ThreadRevertParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/list"]),
      id: RequestIdSchema,
      params: ThreadListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/list"]),
      id: RequestIdSchema,
      params: ProjectListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/read"]),
      id: RequestIdSchema,
      params: ProjectReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/create"]),
      id: RequestIdSchema,
      params: ProjectCreateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/import"]),
      id: RequestIdSchema,
      params: ProjectImportParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/update"]),
      id: RequestIdSchema,
      params: ProjectUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/move"]),
      id: RequestIdSchema,
      params: ProjectMoveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/delete"]),
      id: RequestIdSchema,
      params: ProjectDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["threadSection/list"]),
      id: RequestIdSchema,
      params: ThreadSectionListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["threadSection/create"]),
      id: RequestIdSchema,
      params: ThreadSectionCreateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["threadSection/update"]),
      id: RequestIdSchema,
      params: ThreadSectionUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["threadSection/delete"]),
      id: RequestIdSchema,
      params: ThreadSectionDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/search"]),
      id: RequestIdSchema,
      params: ThreadSearchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/search/stream"]),
      id: RequestIdSchema,
      params: ThreadSearchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/search/cancel"]),
      id: RequestIdSchema,
      params: ThreadSearchCancelParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/search/stream/cancel"]),
      id: RequestIdSchema,
      params: ThreadSearchCancelParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/searchOccurrences"]),
      id: RequestIdSchema,
      params: ThreadSearchOccurrencesParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/loaded/list"]),
      id: RequestIdSchema,
      params: ThreadLoadedListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/read"]),
      id: RequestIdSchema,
      params: ThreadReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/readState/update"]),
      id: RequestIdSchema,
      params: ThreadReadStateUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/turns/list"]),
      id: RequestIdSchema,
      params: ThreadTurnsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/items/list"]),
      id: RequestIdSchema,
      params: ThreadItemsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/items/read"]),
      id: RequestIdSchema,
      params: ThreadItemsReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/guardianReview"]),
      id: RequestIdSchema,
      params: ThreadGuardianReviewParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/inject_items"]),
      id: RequestIdSchema,
      params: ThreadInjectItemsParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/prepareApprovedPlan"]),
      id: RequestIdSchema,
      params: ThreadPrepareApprovedPlanParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["skills/list"]),
      id: RequestIdSchema,
      params: SkillsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["skills/extraRoots/set"]),
      id: RequestIdSchema,
      params: SkillsExtraRootsSetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["hooks/list"]),
      id: RequestIdSchema,
      params: HooksListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["marketplace/add"]),
      id: RequestIdSchema,
      params: MarketplaceAddParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["marketplace/remove"]),
      id: RequestIdSchema,
      params: MarketplaceRemoveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["marketplace/upgrade"]),
      id: RequestIdSchema,
      params: MarketplaceUpgradeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/list"]),
      id: RequestIdSchema,
      params: PluginListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/search"]),
      id: RequestIdSchema,
      params: PluginSearchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/installed"]),
      id: RequestIdSchema,
      params: PluginInstalledParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/reconcile"]),
      id: RequestIdSchema,
      params: PluginReconcileParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/read"]),
      id: RequestIdSchema,
      params: PluginReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/skill/read"]),
      id: RequestIdSchema,
      params: PluginSkillReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/share/save"]),
      id: RequestIdSchema,
      params: PluginShareSaveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/share/updateTargets"]),
      id: RequestIdSchema,
      params: PluginShareUpdateTargetsParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/share/list"]),
      id: RequestIdSchema,
      params: PluginShareListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/share/checkout"]),
      id: RequestIdSchema,
      params: PluginShareCheckoutParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/share/delete"]),
      id: RequestIdSchema,
      params: PluginShareDeleteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["app/read"]),
      id: RequestIdSchema,
      params: AppsReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["app/list"]),
      id: RequestIdSchema,
      params: AppsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["app/installed"]),
      id: RequestIdSchema,
      params: AppsInstalledParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/readFile"]),
      id: RequestIdSchema,
      params: FsReadFileParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/writeFile"]),
      id: RequestIdSchema,
      params: FsWriteFileParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/createDirectory"]),
      id: RequestIdSchema,
      params: FsCreateDirectoryParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/getMetadata"]),
      id: RequestIdSchema,
      params: FsGetMetadataParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/readDirectory"]),
      id: RequestIdSchema,
      params: FsReadDirectoryParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/remove"]),
      id: RequestIdSchema,
      params: FsRemoveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/copy"]),
      id: RequestIdSchema,
      params: FsCopyParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/watch"]),
      id: RequestIdSchema,
      params: FsWatchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/unwatch"]),
      id: RequestIdSchema,
      params: FsUnwatchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["skills/config/write"]),
      id: RequestIdSchema,
      params: SkillsConfigWriteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/install"]),
      id: RequestIdSchema,
      params: PluginInstallParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["plugin/uninstall"]),
      id: RequestIdSchema,
      params: PluginUninstallParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/start"]),
      id: RequestIdSchema,
      params: TurnStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/settings/update"]),
      id: RequestIdSchema,
      params: TurnSettingsUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/steer"]),
      id: RequestIdSchema,
      params: TurnSteerParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/interrupt"]),
      id: RequestIdSchema,
      params: TurnInterruptParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/start"]),
      id: RequestIdSchema,
      params: ThreadRealtimeStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/appendAudio"]),
      id: RequestIdSchema,
      params: ThreadRealtimeAppendAudioParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/appendText"]),
      id: RequestIdSchema,
      params: ThreadRealtimeAppendTextParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/appendSpeech"]),
      id: RequestIdSchema,
      params: ThreadRealtimeAppendSpeechParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/stop"]),
      id: RequestIdSchema,
      params: ThreadRealtimeStopParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/timeline/list"]),
      id: RequestIdSchema,
      params: ThreadTimelineListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/list"]),
      id: RequestIdSchema,
      params: ThreadRealtimeListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/listVoices"]),
      id: RequestIdSchema,
      params: ThreadRealtimeListVoicesParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["review/start"]),
      id: RequestIdSchema,
      params: ReviewStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["model/list"]),
      id: RequestIdSchema,
      params: ModelListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/gatewayOAuth/read"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(GatewayOAuthReadParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["account/gatewayOAuth/login"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(GatewayOAuthLoginParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["account/gatewayOAuth/cancel"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/list"]),
      id: RequestIdSchema,
      params: ModelProviderListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/config/write"]),
      id: RequestIdSchema,
      params: ModelProviderConfigWriteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/default/set"]),
      id: RequestIdSchema,
      params: ModelProviderDefaultSetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/capabilities/read"]),
      id: RequestIdSchema,
      params: ModelProviderCapabilitiesReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["experimentalFeature/list"]),
      id: RequestIdSchema,
      params: ExperimentalFeatureListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["permissionProfile/list"]),
      id: RequestIdSchema,
      params: PermissionProfileListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["experimentalFeature/enablement/set"]),
      id: RequestIdSchema,
      params: ExperimentalFeatureEnablementSetParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/enable"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(RemoteControlEnableParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/disable"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(RemoteControlDisableParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/status/read"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/pairing/start"]),
      id: RequestIdSchema,
      params: RemoteControlPairingStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/pairing/status"]),
      id: RequestIdSchema,
      params: RemoteControlPairingStatusParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/client/list"]),
      id: RequestIdSchema,
      params: RemoteControlClientsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/client/revoke"]),
      id: RequestIdSchema,
      params: RemoteControlClientsRevokeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["collaborationMode/list"]),
      id: RequestIdSchema,
      params: CollaborationModeListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mock/experimentalMethod"]),
      id: RequestIdSchema,
      params: MockExperimentalMethodParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["environment/add"]),
      id: RequestIdSchema,
      params: EnvironmentAddParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["environment/info"]),
      id: RequestIdSchema,
      params: EnvironmentInfoParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["environment/status"]),
      id: RequestIdSchema,
      params: EnvironmentStatusParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/oauth/login"]),
      id: RequestIdSchema,
      params: McpServerOauthLoginParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["config/mcpServer/reload"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["mcpServerStatus/list"]),
      id: RequestIdSchema,
      params: ListMcpServerStatusParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/resource/read"]),
      id: RequestIdSchema,
      params: McpResourceReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/event/stream/start"]),
      id: RequestIdSchema,
      params: McpServerEventStreamStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/event/stream/stop"]),
      id: RequestIdSchema,
      params: McpServerEventStreamStopParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/tool/call"]),
      id: RequestIdSchema,
      params: McpServerToolCallParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["windowsSandbox/setupStart"]),
      id: RequestIdSchema,
      params: WindowsSandboxSetupStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["windowsSandbox/readiness"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["account/login/start"]),
      id: RequestIdSchema,
      params: LoginAccountParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/bedrock/discover"]),
      id: RequestIdSchema,
      params: BedrockDiscoverParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/bedrock/setup"]),
      id: RequestIdSchema,
      params: BedrockSetupParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/gcp/setup"]),
      id: RequestIdSchema,
      params: GcpSetupParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/bedrock/checkGovCloudRequirements"]),
      id: RequestIdSchema,
      params: BedrockCheckGovCloudRequirementsParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/login/cancel"]),
      id: RequestIdSchema,
      params: CancelLoginAccountParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["accountSession/list"]),
      id: RequestIdSchema,
      params: AccountSessionsListParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["accountSession/switch"]),
      id: RequestIdSchema,
      params: AccountSessionsSwitchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/logout"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["account/securitySetup/read"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["account/rateLimits/read"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(GetAccountRateLimitsParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["account/rateLimitResetCredit/consume"]),
      id: RequestIdSchema,
      params: ConsumeAccountRateLimitResetCreditParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/usage/read"]),
      id: RequestIdSchema,
      params: v.optional(v.nullable(GetAccountTokenUsageParamsSchema)),
    }),
    v.looseObject({
      method: v.picklist(["account/workspaceMessages/read"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["account/sendAddCreditsNudgeEmail"]),
      id: RequestIdSchema,
      params: SendAddCreditsNudgeEmailParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["feedback/upload"]),
      id: RequestIdSchema,
      params: FeedbackUploadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["feedback/save"]),
      id: RequestIdSchema,
      params: FeedbackSaveParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["command/exec"]),
      id: RequestIdSchema,
      params: CommandExecParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["command/exec/write"]),
      id: RequestIdSchema,
      params: CommandExecWriteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["command/exec/terminate"]),
      id: RequestIdSchema,
      params: CommandExecTerminateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["command/exec/resize"]),
      id: RequestIdSchema,
      params: CommandExecResizeParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/spawn"]),
      id: RequestIdSchema,
      params: ProcessSpawnParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/writeStdin"]),
      id: RequestIdSchema,
      params: ProcessWriteStdinParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/kill"]),
      id: RequestIdSchema,
      params: ProcessKillParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/resizePty"]),
      id: RequestIdSchema,
      params: ProcessResizePtyParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["config/read"]),
      id: RequestIdSchema,
      params: ConfigReadParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/detect"]),
      id: RequestIdSchema,
      params: ExternalAgentConfigDetectParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/import"]),
      id: RequestIdSchema,
      params: ExternalAgentConfigImportParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/import/recordHistory"]),
      id: RequestIdSchema,
      params: ExternalAgentConfigImportHistoryRecordParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/import/readHistories"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["config/value/write"]),
      id: RequestIdSchema,
      params: ConfigValueWriteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["config/batchWrite"]),
      id: RequestIdSchema,
      params: ConfigBatchWriteParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["configRequirements/read"]),
      id: RequestIdSchema,
      params: v.optional(v.null()),
    }),
    v.looseObject({
      method: v.picklist(["account/read"]),
      id: RequestIdSchema,
      params: GetAccountParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch"]),
      id: RequestIdSchema,
      params: FuzzyFileSearchParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch/sessionStart"]),
      id: RequestIdSchema,
      params: FuzzyFileSearchSessionStartParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch/sessionUpdate"]),
      id: RequestIdSchema,
      params: FuzzyFileSearchSessionUpdateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch/sessionStop"]),
      id: RequestIdSchema,
      params: FuzzyFileSearchSessionStopParamsSchema,
    }),
  ])
);

/** Validates {@link T.CollaborationModeListParams}. */
export const CollaborationModeListParamsSchema: v.GenericSchema<T.CollaborationModeListParams> =
  built(() => v.looseObject({}));

/** Validates {@link T.CollaborationModeListResponse}. */
export const CollaborationModeListResponseSchema: v.GenericSchema<T.CollaborationModeListResponse> =
  built(() =>
    v.looseObject({
      data: v.array(CollaborationModeMaskSchema),
    })
  );

/** Validates {@link T.CommandExecParams}. */
export const CommandExecParamsSchema: v.GenericSchema<T.CommandExecParams> = built(() =>
  v.looseObject({
    command: v.array(v.string()),
    cwd: v.optional(v.nullable(v.string())),
    disableOutputCap: v.optional(v.boolean()),
    disableTimeout: v.optional(v.boolean()),
    env: v.optional(v.nullable(v.record(v.string(), v.nullable(v.string())))),
    outputBytesCap: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    permissionProfile: v.optional(v.nullable(v.string())),
    processId: v.optional(v.nullable(v.string())),
    sandboxPolicy: v.optional(v.nullable(SandboxPolicySchema)),
    size: v.optional(v.nullable(CommandExecTerminalSizeSchema)),
    streamStdin: v.optional(v.boolean()),
    streamStdoutStderr: v.optional(v.boolean()),
    timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    tty: v.optional(v.boolean()),
  })
);

/** Validates {@link T.CommandExecutionRequestApprovalParams}. */
export const CommandExecutionRequestApprovalParamsSchema: v.GenericSchema<
  T.CommandExecutionRequestApprovalParams
> = built(() =>
  v.looseObject({
    additionalPermissions: v.optional(v.nullable(AdditionalPermissionProfileSchema)),
    approvalId: v.optional(v.nullable(v.string())),
    availableDecisions: v.optional(v.nullable(v.array(CommandExecutionApprovalDecisionSchema))),
    command: v.optional(v.nullable(v.string())),
    commandActions: v.optional(v.nullable(v.array(CommandActionSchema))),
    cwd: v.optional(v.nullable(LegacyAppPathStringSchema)),
    environmentId: v.optional(v.nullable(v.string())),
    itemId: v.string(),
    kind: v.optional(CommandExecutionApprovalKindSchema),
    networkApprovalContext: v.optional(v.nullable(NetworkApprovalContextSchema)),
    proposedExecpolicyAmendment: v.optional(v.nullable(v.array(v.string()))),
    proposedNetworkPolicyAmendments: v.optional(v.nullable(v.array(NetworkPolicyAmendmentSchema))),
    reason: v.optional(v.nullable(v.string())),
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.Config}. */
export const ConfigSchema: v.GenericSchema<T.Config> = built(() =>
  v.looseObject({
    analytics: v.optional(v.nullable(AnalyticsConfigSchema)),
    approval_policy: v.optional(v.nullable(AskForApprovalSchema)),
    approvals_reviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    apps: v.optional(v.nullable(AppsConfigSchema)),
    browser_use: v.optional(v.nullable(BrowserUseConfigSchema)),
    client_search_provider: v.optional(v.nullable(WebSearchProviderSchema)),
    compact_prompt: v.optional(v.nullable(v.string())),
    computer_use: v.optional(v.nullable(ComputerUseConfigSchema)),
    desktop: v.optional(v.nullable(v.looseObject({}))),
    developer_instructions: v.optional(v.nullable(v.string())),
    forced_chatgpt_workspace_id: v.optional(v.nullable(ForcedChatgptWorkspaceIdsSchema)),
    forced_login_method: v.optional(v.nullable(ForcedLoginMethodSchema)),
    instructions: v.optional(v.nullable(v.string())),
    model: v.optional(v.nullable(v.string())),
    model_auto_compact_token_limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    model_auto_compact_token_limit_scope: v.optional(v.nullable(AutoCompactTokenLimitScopeSchema)),
    model_context_window: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    model_provider: v.optional(v.nullable(v.string())),
    model_reasoning_effort: v.optional(v.nullable(ReasoningEffortSchema)),
    model_reasoning_summary: v.optional(v.nullable(ReasoningSummarySchema)),
    model_verbosity: v.optional(v.nullable(VerbositySchema)),
    review_model: v.optional(v.nullable(v.string())),
    sandbox_mode: v.optional(v.nullable(SandboxModeSchema)),
    sandbox_workspace_write: v.optional(v.nullable(SandboxWorkspaceWriteSchema)),
    service_tier: v.optional(v.nullable(v.string())),
    tools: v.optional(v.nullable(ToolsV2Schema)),
    web_search: v.optional(v.nullable(WebSearchModeSchema)),
  })
);

/** Validates {@link T.ConfigReadResponse}. */
export const ConfigReadResponseSchema: v.GenericSchema<T.ConfigReadResponse> = built(() =>
  v.looseObject({
    config: ConfigSchema,
    layers: v.optional(v.nullable(v.array(ConfigLayerSchema))),
    origins: v.record(v.string(), ConfigLayerMetadataSchema),
  })
);

/** Validates {@link T.ConfigRequirements}. */
export const ConfigRequirementsSchema: v.GenericSchema<T.ConfigRequirements> = built(() =>
  v.looseObject({
    additionalDeveloperInstructions: v.optional(v.nullable(v.string())),
    allowAppshots: v.optional(v.nullable(v.boolean())),
    allowBrowserAndComputerUse: v.optional(v.nullable(v.boolean())),
    allowLoginShell: v.optional(v.nullable(v.boolean())),
    allowManagedHooksOnly: v.optional(v.nullable(v.boolean())),
    allowRemoteControl: v.optional(v.nullable(v.boolean())),
    allowedApprovalPolicies: v.optional(v.nullable(v.array(AskForApprovalSchema))),
    allowedApprovalsReviewers: v.optional(v.nullable(v.array(ApprovalsReviewerSchema))),
    allowedLoginMethods: v.optional(v.nullable(v.array(ForcedLoginMethodSchema))),
    allowedPermissionProfiles: v.optional(v.nullable(v.record(v.string(), v.boolean()))),
    allowedSandboxModes: v.optional(v.nullable(v.array(SandboxModeSchema))),
    allowedWebSearchModes: v.optional(v.nullable(v.array(WebSearchModeSchema))),
    allowedWindowsSandboxImplementations: v.optional(
      v.nullable(v.array(WindowsSandboxImplementationSchema)),
    ),
    application: v.optional(v.nullable(ApplicationRequirementsSchema)),
    autoReview: v.optional(v.nullable(AutoReviewRequirementsSchema)),
    browserUse: v.optional(v.nullable(BrowserUseRequirementsSchema)),
    chatgptBaseUrl: v.optional(v.nullable(v.string())),
    checkForUpdateOnStartup: v.optional(v.nullable(v.boolean())),
    cliAuthCredentialsStore: v.optional(v.nullable(CliAuthCredentialsStoreModeSchema)),
    computerUse: v.optional(v.nullable(ComputerUseRequirementsSchema)),
    defaultPermissions: v.optional(v.nullable(v.string())),
    enforceResidency: v.optional(v.nullable(ResidencyRequirementSchema)),
    featureRequirements: v.optional(v.nullable(v.record(v.string(), v.boolean()))),
    feedback: v.optional(v.nullable(FeedbackRequirementsSchema)),
    hooks: v.optional(v.nullable(ManagedHooksRequirementsSchema)),
    inAppBrowser: v.optional(v.nullable(InAppBrowserRequirementsSchema)),
    logDir: v.optional(v.nullable(v.string())),
    modelCatalogJson: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    modelProviders: v.optional(v.nullable(v.looseObject({}))),
    models: v.optional(v.nullable(ModelsRequirementsSchema)),
    network: v.optional(v.nullable(NetworkRequirementsSchema)),
    otel: v.optional(v.nullable(OtelRequirementsSchema)),
    sqliteHome: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ConfigRequirementsReadResponse}. */
export const ConfigRequirementsReadResponseSchema: v.GenericSchema<
  T.ConfigRequirementsReadResponse
> = built(() =>
  v.looseObject({
    requirements: v.optional(v.nullable(ConfigRequirementsSchema)),
    supportsIndependentSpeedModes: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.EnvironmentAddParams}. */
export const EnvironmentAddParamsSchema: v.GenericSchema<T.EnvironmentAddParams> = built(() =>
  v.looseObject({
    authBearerToken: v.optional(v.nullable(v.string())),
    connectTimeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    environmentId: v.string(),
    execServerUrl: v.string(),
    skills: v.optional(v.nullable(EnvironmentSkillsParamsSchema)),
    websocketRequestId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.EnvironmentAddResponse}. */
export const EnvironmentAddResponseSchema: v.GenericSchema<T.EnvironmentAddResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.EnvironmentInfoParams}. */
export const EnvironmentInfoParamsSchema: v.GenericSchema<T.EnvironmentInfoParams> = built(() =>
  v.looseObject({
    environmentId: v.string(),
  })
);

/** Validates {@link T.EnvironmentInfoResponse}. */
export const EnvironmentInfoResponseSchema: v.GenericSchema<T.EnvironmentInfoResponse> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(PathUriSchema)),
    shell: EnvironmentShellInfoSchema,
  })
);

/** Validates {@link T.EnvironmentShellInfo}. */
export const EnvironmentShellInfoSchema: v.GenericSchema<T.EnvironmentShellInfo> = built(() =>
  v.looseObject({
    name: v.string(),
    path: v.string(),
  })
);

/** Validates {@link T.EnvironmentStatusKind}. */
export const EnvironmentStatusKindSchema: v.GenericSchema<T.EnvironmentStatusKind> = built(() =>
  v.picklist(["ready", "pending", "disconnected", "unknown"])
);

/** Validates {@link T.EnvironmentStatusParams}. */
export const EnvironmentStatusParamsSchema: v.GenericSchema<T.EnvironmentStatusParams> = built(() =>
  v.looseObject({
    environmentId: v.string(),
  })
);

/** Validates {@link T.EnvironmentStatusResponse}. */
export const EnvironmentStatusResponseSchema: v.GenericSchema<T.EnvironmentStatusResponse> = built(
  () =>
    v.looseObject({
      error: v.optional(v.nullable(v.string())),
      status: EnvironmentStatusKindSchema,
    }),
);

/** Validates {@link T.FuzzyFileSearchSessionStartParams}. */
export const FuzzyFileSearchSessionStartParamsSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionStartParams
> = built(() =>
  v.looseObject({
    roots: v.array(v.string()),
    sessionId: v.string(),
  })
);

/** Validates {@link T.FuzzyFileSearchSessionStartResponse}. */
export const FuzzyFileSearchSessionStartResponseSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionStartResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.FuzzyFileSearchSessionStopParams}. */
export const FuzzyFileSearchSessionStopParamsSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionStopParams
> = built(() =>
  v.looseObject({
    sessionId: v.string(),
  })
);

/** Validates {@link T.FuzzyFileSearchSessionStopResponse}. */
export const FuzzyFileSearchSessionStopResponseSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionStopResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.FuzzyFileSearchSessionUpdateParams}. */
export const FuzzyFileSearchSessionUpdateParamsSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionUpdateParams
> = built(() =>
  v.looseObject({
    query: v.string(),
    sessionId: v.string(),
  })
);

/** Validates {@link T.FuzzyFileSearchSessionUpdateResponse}. */
export const FuzzyFileSearchSessionUpdateResponseSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionUpdateResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.GcpSetupParams}. */
export const GcpSetupParamsSchema: v.GenericSchema<T.GcpSetupParams> = built(() =>
  v.looseObject({
    credentialFile: v.optional(v.nullable(v.string())),
    location: v.optional(v.nullable(v.string())),
    projectId: v.string(),
  })
);

/** Validates {@link T.GcpSetupResponse}. */
export const GcpSetupResponseSchema: v.GenericSchema<T.GcpSetupResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.GetAccountResponse}. */
export const GetAccountResponseSchema: v.GenericSchema<T.GetAccountResponse> = built(() =>
  v.looseObject({
    account: v.optional(v.nullable(AccountSchema)),
    requiresOpenaiAuth: v.boolean(),
    userId: v.optional(v.nullable(v.string())),
    workspaceRouting: v.optional(v.nullable(WorkspaceRoutingSchema)),
  })
);

/** Validates {@link T.GuardianAssessmentOutcome}. */
export const GuardianAssessmentOutcomeSchema: v.GenericSchema<T.GuardianAssessmentOutcome> = built(
  () => v.picklist(["allow", "deny"]),
);

/** Validates {@link T.McpServerElicitationRequestParams}. */
export const McpServerElicitationRequestParamsSchema: v.GenericSchema<
  T.McpServerElicitationRequestParams
> = built(() =>
  v.variant("mode", [
    v.looseObject({
      mode: v.picklist(["openai/userVerification"]),
      _meta: v.optional(v.unknown()),
      challenge: v.string(),
      description: v.string(),
      environmentId: v.optional(v.nullable(v.string())),
      serverName: v.string(),
      threadId: v.string(),
      title: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      mode: v.picklist(["form"]),
      _meta: v.optional(v.unknown()),
      environmentId: v.optional(v.nullable(v.string())),
      message: v.string(),
      requestedSchema: McpElicitationSchemaSchema,
      serverName: v.string(),
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      mode: v.picklist(["openai/form"]),
      _meta: v.optional(v.unknown()),
      environmentId: v.optional(v.nullable(v.string())),
      message: v.string(),
      requestedSchema: v.unknown(),
      serverName: v.string(),
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      mode: v.picklist(["openaiForm"]),
      _meta: v.optional(v.unknown()),
      environmentId: v.optional(v.nullable(v.string())),
      message: v.string(),
      requestedSchema: v.unknown(),
      serverName: v.string(),
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      mode: v.picklist(["url"]),
      _meta: v.optional(v.unknown()),
      elicitationId: v.string(),
      environmentId: v.optional(v.nullable(v.string())),
      message: v.string(),
      serverName: v.string(),
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
      url: v.string(),
    }),
  ])
);

/** Validates {@link T.McpServerEventStreamStartParams}. */
export const McpServerEventStreamStartParamsSchema: v.GenericSchema<
  T.McpServerEventStreamStartParams
> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    arguments: v.unknown(),
    name: v.string(),
    server: v.string(),
    subscriptionId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.McpServerEventStreamStartResponse}. */
export const McpServerEventStreamStartResponseSchema: v.GenericSchema<
  T.McpServerEventStreamStartResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.McpServerEventStreamStopParams}. */
export const McpServerEventStreamStopParamsSchema: v.GenericSchema<
  T.McpServerEventStreamStopParams
> = built(() =>
  v.looseObject({
    subscriptionId: v.string(),
  })
);

/** Validates {@link T.McpServerEventStreamStopResponse}. */
export const McpServerEventStreamStopResponseSchema: v.GenericSchema<
  T.McpServerEventStreamStopResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.MemoryResetResponse}. */
export const MemoryResetResponseSchema: v.GenericSchema<T.MemoryResetResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.MemoryStatusParams}. */
export const MemoryStatusParamsSchema: v.GenericSchema<T.MemoryStatusParams> = built(() =>
  v.looseObject({
    minConsolidatedThreads: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.MemoryStatusResponse}. */
export const MemoryStatusResponseSchema: v.GenericSchema<T.MemoryStatusResponse> = built(() =>
  v.looseObject({
    v2ConsolidatedThreads: v.pipe(v.number(), v.integer()),
    v2Ready: v.boolean(),
  })
);

/** Validates {@link T.MockExperimentalMethodParams}. */
export const MockExperimentalMethodParamsSchema: v.GenericSchema<T.MockExperimentalMethodParams> =
  built(() =>
    v.looseObject({
      value: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.MockExperimentalMethodResponse}. */
export const MockExperimentalMethodResponseSchema: v.GenericSchema<
  T.MockExperimentalMethodResponse
> = built(() =>
  v.looseObject({
    echoed: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.NullableRemoteControlDisableParams}. */
export const NullableRemoteControlDisableParamsSchema: v.GenericSchema<
  T.NullableRemoteControlDisableParams
> = built(() => v.nullable(RemoteControlDisableParamsSchema));

/** Validates {@link T.NullableRemoteControlEnableParams}. */
export const NullableRemoteControlEnableParamsSchema: v.GenericSchema<
  T.NullableRemoteControlEnableParams
> = built(() => v.nullable(RemoteControlEnableParamsSchema));

/** Validates {@link T.PluginSearchParams}. */
export const PluginSearchParamsSchema: v.GenericSchema<T.PluginSearchParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    cwds: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    scope: v.optional(v.nullable(PluginSearchScopeSchema)),
    searchTerm: v.string(),
  })
);

/** Validates {@link T.PluginSearchResponse}. */
export const PluginSearchResponseSchema: v.GenericSchema<T.PluginSearchResponse> = built(() =>
  v.looseObject({
    data: v.array(PluginSearchResultSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ProcessKillParams}. */
export const ProcessKillParamsSchema: v.GenericSchema<T.ProcessKillParams> = built(() =>
  v.looseObject({
    processHandle: v.string(),
  })
);

/** Validates {@link T.ProcessKillResponse}. */
export const ProcessKillResponseSchema: v.GenericSchema<T.ProcessKillResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ProcessResizePtyParams}. */
export const ProcessResizePtyParamsSchema: v.GenericSchema<T.ProcessResizePtyParams> = built(() =>
  v.looseObject({
    processHandle: v.string(),
    size: ProcessTerminalSizeSchema,
  })
);

/** Validates {@link T.ProcessResizePtyResponse}. */
export const ProcessResizePtyResponseSchema: v.GenericSchema<T.ProcessResizePtyResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.ProcessSpawnParams}. */
export const ProcessSpawnParamsSchema: v.GenericSchema<T.ProcessSpawnParams> = built(() =>
  v.looseObject({
    command: v.array(v.string()),
    cwd: AbsolutePathBufSchema,
    env: v.optional(v.nullable(v.record(v.string(), v.nullable(v.string())))),
    outputBytesCap: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    processHandle: v.string(),
    size: v.optional(v.nullable(ProcessTerminalSizeSchema)),
    streamStdin: v.optional(v.boolean()),
    streamStdoutStderr: v.optional(v.boolean()),
    timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    tty: v.optional(v.boolean()),
  })
);

/** Validates {@link T.ProcessSpawnResponse}. */
export const ProcessSpawnResponseSchema: v.GenericSchema<T.ProcessSpawnResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ProcessWriteStdinParams}. */
export const ProcessWriteStdinParamsSchema: v.GenericSchema<T.ProcessWriteStdinParams> = built(() =>
  v.looseObject({
    closeStdin: v.optional(v.boolean()),
    deltaBase64: v.optional(v.nullable(v.string())),
    processHandle: v.string(),
  })
);

/** Validates {@link T.ProcessWriteStdinResponse}. */
export const ProcessWriteStdinResponseSchema: v.GenericSchema<T.ProcessWriteStdinResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.ProjectCreateParams}. */
export const ProjectCreateParamsSchema: v.GenericSchema<T.ProjectCreateParams> = built(() =>
  v.looseObject({
    idempotencyKey: v.string(),
    metadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    name: v.string(),
    roots: v.array(ProjectRootSchema),
  })
);

/** Validates {@link T.ProjectCreateResponse}. */
export const ProjectCreateResponseSchema: v.GenericSchema<T.ProjectCreateResponse> = built(() =>
  v.looseObject({
    project: ProjectSchema,
  })
);

/** Validates {@link T.ProjectDeleteParams}. */
export const ProjectDeleteParamsSchema: v.GenericSchema<T.ProjectDeleteParams> = built(() =>
  v.looseObject({
    projectId: v.string(),
  })
);

/** Validates {@link T.ProjectDeleteResponse}. */
export const ProjectDeleteResponseSchema: v.GenericSchema<T.ProjectDeleteResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ProjectImportParams}. */
export const ProjectImportParamsSchema: v.GenericSchema<T.ProjectImportParams> = built(() =>
  v.looseObject({
    idempotencyKey: v.string(),
    metadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    name: v.string(),
    roots: v.array(ProjectRootSchema),
    threads: v.optional(v.nullable(v.array(v.string()))),
  })
);

/** Validates {@link T.ProjectImportResponse}. */
export const ProjectImportResponseSchema: v.GenericSchema<T.ProjectImportResponse> = built(() =>
  v.looseObject({
    project: ProjectSchema,
  })
);

/** Validates {@link T.ProjectListParams}. */
export const ProjectListParamsSchema: v.GenericSchema<T.ProjectListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
    sortKey: v.optional(v.nullable(ProjectSortKeySchema)),
  })
);

/** Validates {@link T.ProjectListResponse}. */
export const ProjectListResponseSchema: v.GenericSchema<T.ProjectListResponse> = built(() =>
  v.looseObject({
    data: v.array(ProjectSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ProjectMoveParams}. */
export const ProjectMoveParamsSchema: v.GenericSchema<T.ProjectMoveParams> = built(() =>
  v.looseObject({
    beforeProjectId: v.optional(v.nullable(v.string())),
    projectId: v.string(),
  })
);

/** Validates {@link T.ProjectMoveResponse}. */
export const ProjectMoveResponseSchema: v.GenericSchema<T.ProjectMoveResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ProjectReadParams}. */
export const ProjectReadParamsSchema: v.GenericSchema<T.ProjectReadParams> = built(() =>
  v.looseObject({
    projectId: v.string(),
  })
);

/** Validates {@link T.ProjectReadResponse}. */
export const ProjectReadResponseSchema: v.GenericSchema<T.ProjectReadResponse> = built(() =>
  v.looseObject({
    project: ProjectSchema,
  })
);

/** Validates {@link T.ProjectUpdateParams}. */
export const ProjectUpdateParamsSchema: v.GenericSchema<T.ProjectUpdateParams> = built(() =>
  v.looseObject({
    metadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    name: v.optional(v.nullable(v.string())),
    projectId: v.string(),
    roots: v.optional(v.nullable(v.array(ProjectRootSchema))),
  })
);

/** Validates {@link T.ProjectUpdateResponse}. */
export const ProjectUpdateResponseSchema: v.GenericSchema<T.ProjectUpdateResponse> = built(() =>
  v.looseObject({
    project: ProjectSchema,
  })
);

/** Validates {@link T.RemoteControlClient}. */
export const RemoteControlClientSchema: v.GenericSchema<T.RemoteControlClient> = built(() =>
  v.looseObject({
    appVersion: v.optional(v.nullable(v.string())),
    clientId: v.string(),
    deviceModel: v.optional(v.nullable(v.string())),
    deviceType: v.optional(v.nullable(v.string())),
    displayName: v.optional(v.nullable(v.string())),
    lastSeenAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    osVersion: v.optional(v.nullable(v.string())),
    platform: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.RemoteControlClientsListOrder}. */
export const RemoteControlClientsListOrderSchema: v.GenericSchema<T.RemoteControlClientsListOrder> =
  built(() => v.picklist(["asc", "desc"]));

/** Validates {@link T.RemoteControlClientsListParams}. */
export const RemoteControlClientsListParamsSchema: v.GenericSchema<
  T.RemoteControlClientsListParams
> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    environmentId: v.string(),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    order: v.optional(v.nullable(RemoteControlClientsListOrderSchema)),
  })
);

/** Validates {@link T.RemoteControlClientsListResponse}. */
export const RemoteControlClientsListResponseSchema: v.GenericSchema<
  T.RemoteControlClientsListResponse
> = built(() =>
  v.looseObject({
    data: v.array(RemoteControlClientSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.RemoteControlClientsRevokeParams}. */
export const RemoteControlClientsRevokeParamsSchema: v.GenericSchema<
  T.RemoteControlClientsRevokeParams
> = built(() =>
  v.looseObject({
    clientId: v.string(),
    environmentId: v.string(),
  })
);

/** Validates {@link T.RemoteControlClientsRevokeResponse}. */
export const RemoteControlClientsRevokeResponseSchema: v.GenericSchema<
  T.RemoteControlClientsRevokeResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.RemoteControlDisableResponse}. */
export const RemoteControlDisableResponseSchema: v.GenericSchema<T.RemoteControlDisableResponse> =
  built(() =>
    v.looseObject({
      environmentId: v.optional(v.nullable(v.string())),
      installationId: v.string(),
      serverName: v.string(),
      status: RemoteControlConnectionStatusSchema,
    })
  );

/** Validates {@link T.RemoteControlEnableResponse}. */
export const RemoteControlEnableResponseSchema: v.GenericSchema<T.RemoteControlEnableResponse> =
  built(() =>
    v.looseObject({
      environmentId: v.optional(v.nullable(v.string())),
      installationId: v.string(),
      serverName: v.string(),
      status: RemoteControlConnectionStatusSchema,
    })
  );

/** Validates {@link T.RemoteControlPairingStartParams}. */
export const RemoteControlPairingStartParamsSchema: v.GenericSchema<
  T.RemoteControlPairingStartParams
> = built(() =>
  v.looseObject({
    manualCode: v.optional(v.boolean()),
  })
);

/** Validates {@link T.RemoteControlPairingStartResponse}. */
export const RemoteControlPairingStartResponseSchema: v.GenericSchema<
  T.RemoteControlPairingStartResponse
> = built(() =>
  v.looseObject({
    environmentId: v.string(),
    expiresAt: v.pipe(v.number(), v.integer()),
    manualPairingCode: v.optional(v.nullable(v.string())),
    pairingCode: v.string(),
  })
);

/** Validates {@link T.RemoteControlPairingStatusParams}. */
export const RemoteControlPairingStatusParamsSchema: v.GenericSchema<
  T.RemoteControlPairingStatusParams
> = built(() =>
  v.looseObject({
    manualPairingCode: v.optional(v.nullable(v.string())),
    pairingCode: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.RemoteControlPairingStatusResponse}. */
export const RemoteControlPairingStatusResponseSchema: v.GenericSchema<
  T.RemoteControlPairingStatusResponse
> = built(() =>
  v.looseObject({
    claimed: v.boolean(),
  })
);

/** Validates {@link T.RemoteControlStatusReadResponse}. */
export const RemoteControlStatusReadResponseSchema: v.GenericSchema<
  T.RemoteControlStatusReadResponse
> = built(() =>
  v.looseObject({
    environmentId: v.optional(v.nullable(v.string())),
    installationId: v.string(),
    serverName: v.string(),
    status: RemoteControlConnectionStatusSchema,
  })
);

/** Validates {@link T.RolloutCompressResponse}. */
export const RolloutCompressResponseSchema: v.GenericSchema<T.RolloutCompressResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ServerDiagnosticsParams}. */
export const ServerDiagnosticsParamsSchema: v.GenericSchema<T.ServerDiagnosticsParams> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ServerDiagnosticsResponse}. */
export const ServerDiagnosticsResponseSchema: v.GenericSchema<T.ServerDiagnosticsResponse> = built(
  () =>
    v.looseObject({
      gauges: v.array(ServerDiagnosticsGaugeSchema),
      process: ServerDiagnosticsProcessSchema,
    }),
);

/** Validates {@link T.ServerNotification}. */
export const ServerNotificationSchema: v.GenericSchema<T.ServerNotification> = built(() =>
  v.variant("method", [
    v.looseObject({
      method: v.picklist(["error"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ErrorNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/status/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadStatusChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/readState/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadReadStateChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/archived"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadArchivedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/deleted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadDeletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/unarchived"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadUnarchivedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/closed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadClosedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/reverted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRevertedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["skills/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: SkillsChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/name/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadNameUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/section/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadSectionChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/attachment/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadAttachmentUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/goal/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadGoalUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/prediction/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadPredictionUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/goal/cleared"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadGoalClearedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/queue/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadQueueChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["project/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ProjectChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/project/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadProjectUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/environment/connected"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: EnvironmentConnectionNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/environment/disconnected"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: EnvironmentConnectionNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/settings/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadSettingsUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/tokenUsage/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadTokenUsageUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TurnStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["hook/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: HookStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TurnCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["hook/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: HookCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/diff/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TurnDiffUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/plan/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TurnPlanUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ItemStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/autoApprovalReview/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ItemGuardianApprovalReviewStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/autoApprovalReview/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ItemGuardianApprovalReviewCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["autoApprovalReview/strictReviewRequired"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: StrictReviewRequiredNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ItemCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/agentMessage/delta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AgentMessageDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/plan/delta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: PlanDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["command/exec/outputDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: CommandExecOutputDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/outputDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ProcessOutputDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/search/partial"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadSearchPartialNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["process/exited"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ProcessExitedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/commandExecution/outputDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: CommandExecutionOutputDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/commandExecution/terminalInteraction"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TerminalInteractionNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/fileChange/outputDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: FileChangeOutputDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/fileChange/patchUpdated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: FileChangePatchUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["serverRequest/resolved"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ServerRequestResolvedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/mcpToolCall/progress"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: McpToolCallProgressNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/oauthLogin/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: McpServerOauthLoginCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/startupStatus/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: McpServerStatusUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/event/stream/notification"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: McpServerEventStreamNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AccountUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/gatewayOAuth/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: GatewayOAuthChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/rateLimits/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AccountRateLimitsUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["app/list/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AppListUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["remoteControl/status/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: RemoteControlStatusChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/import/progress"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ExternalAgentConfigImportProgressNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["externalAgentConfig/import/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ExternalAgentConfigImportCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["fs/changed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: FsChangedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/reasoning/summaryTextDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ReasoningSummaryTextDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/reasoning/summaryPartAdded"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ReasoningSummaryPartAddedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/reasoning/textDelta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ReasoningTextDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/compacted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ContextCompactedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["model/rerouted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ModelReroutedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["model/verification"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ModelVerificationNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/authRecoveryStarted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AuthRecoveryNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["modelProvider/authRecoveryCompleted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AuthRecoveryNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["turn/moderationMetadata"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: TurnModerationMetadataNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["model/safetyBuffering/updated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ModelSafetyBufferingUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["warning"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: WarningNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["guardianWarning"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: GuardianWarningNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["deprecationNotice"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: DeprecationNoticeNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["configWarning"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ConfigWarningNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch/sessionUpdated"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: FuzzyFileSearchSessionUpdatedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["fuzzyFileSearch/sessionCompleted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: FuzzyFileSearchSessionCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/itemAdded"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeItemAddedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/item/started"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeItemStartedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/item/transcript/delta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeItemTranscriptDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/item/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeItemCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/transcript/delta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeTranscriptDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/transcript/done"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeTranscriptDoneNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/outputAudio/delta"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeOutputAudioDeltaNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/sdp"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeSdpNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/error"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeErrorNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["thread/realtime/closed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: ThreadRealtimeClosedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["windows/worldWritableWarning"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: WindowsWorldWritableWarningNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["windowsSandbox/setupCompleted"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: WindowsSandboxSetupCompletedNotificationSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/login/completed"]),
      emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
      params: AccountLoginCompletedNotificationSchema,
    }),
  ])
);

/** Validates {@link T.ServerRequest}. */
export const ServerRequestSchema: v.GenericSchema<T.ServerRequest> = built(() =>
  v.variant("method", [
    v.looseObject({
      method: v.picklist(["item/commandExecution/requestApproval"]),
      id: RequestIdSchema,
      params: CommandExecutionRequestApprovalParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/fileChange/requestApproval"]),
      id: RequestIdSchema,
      params: FileChangeRequestApprovalParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/tool/requestUserInput"]),
      id: RequestIdSchema,
      params: ToolRequestUserInputParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["mcpServer/elicitation/request"]),
      id: RequestIdSchema,
      params: McpServerElicitationRequestParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/permissions/requestApproval"]),
      id: RequestIdSchema,
      params: PermissionsRequestApprovalParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["item/tool/call"]),
      id: RequestIdSchema,
      params: DynamicToolCallParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["account/chatgptAuthTokens/refresh"]),
      id: RequestIdSchema,
      params: ChatgptAuthTokensRefreshParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["attestation/generate"]),
      id: RequestIdSchema,
      params: AttestationGenerateParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["applyPatchApproval"]),
      id: RequestIdSchema,
      params: ApplyPatchApprovalParamsSchema,
    }),
    v.looseObject({
      method: v.picklist(["execCommandApproval"]),
      id: RequestIdSchema,
      params: ExecCommandApprovalParamsSchema,
    }),
  ])
);

/** Validates {@link T.Thread}. */
export const ThreadSchema: v.GenericSchema<T.Thread> = built(() =>
  v.looseObject({
    agentNickname: v.optional(v.nullable(v.string())),
    agentRole: v.optional(v.nullable(v.string())),
    attachedToThreadId: v.optional(v.nullable(v.string())),
    canAcceptDirectInput: v.optional(v.nullable(v.boolean())),
    cliVersion: v.string(),
    createdAt: v.pipe(v.number(), v.integer()),
    cwd: AbsolutePathBufSchema,
    daybreakEnabled: v.optional(v.nullable(v.boolean())),
    environments: v.optional(v.nullable(v.array(ThreadEnvironmentSchema))),
    ephemeral: v.boolean(),
    extra: v.optional(v.nullable(ThreadExtraSchema)),
    forkedFromId: v.optional(v.nullable(v.string())),
    gitInfo: v.optional(v.nullable(GitInfoSchema)),
    historyMode: v.optional(ThreadHistoryModeSchema),
    id: v.string(),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.string(),
    name: v.optional(v.nullable(v.string())),
    originator: v.optional(v.nullable(v.string())),
    parentThreadId: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.string())),
    preview: v.string(),
    projectId: v.nullable(v.string()),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    recencyAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    section: v.optional(v.nullable(ThreadSectionSchema)),
    sectionEnteredAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    sessionId: v.string(),
    source: SessionSourceSchema,
    status: ThreadStatusSchema,
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
    turns: v.array(TurnSchema),
    updatedAt: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ThreadBackgroundTerminal}. */
export const ThreadBackgroundTerminalSchema: v.GenericSchema<T.ThreadBackgroundTerminal> = built(
  () =>
    v.looseObject({
      command: v.string(),
      cpuPercent: v.optional(v.nullable(v.number())),
      cwd: LegacyAppPathStringSchema,
      itemId: v.string(),
      osPid: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      processId: v.string(),
      rssKb: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.ThreadBackgroundTerminalsCleanParams}. */
export const ThreadBackgroundTerminalsCleanParamsSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsCleanParams
> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadBackgroundTerminalsCleanResponse}. */
export const ThreadBackgroundTerminalsCleanResponseSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsCleanResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadBackgroundTerminalsListParams}. */
export const ThreadBackgroundTerminalsListParamsSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsListParams
> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadBackgroundTerminalsListResponse}. */
export const ThreadBackgroundTerminalsListResponseSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsListResponse
> = built(() =>
  v.looseObject({
    data: v.array(ThreadBackgroundTerminalSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadBackgroundTerminalsTerminateParams}. */
export const ThreadBackgroundTerminalsTerminateParamsSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsTerminateParams
> = built(() =>
  v.looseObject({
    processId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadBackgroundTerminalsTerminateResponse}. */
export const ThreadBackgroundTerminalsTerminateResponseSchema: v.GenericSchema<
  T.ThreadBackgroundTerminalsTerminateResponse
> = built(() =>
  v.looseObject({
    terminated: v.boolean(),
  })
);

/** Validates {@link T.ThreadDecrementElicitationParams}. */
export const ThreadDecrementElicitationParamsSchema: v.GenericSchema<
  T.ThreadDecrementElicitationParams
> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadDecrementElicitationResponse}. */
export const ThreadDecrementElicitationResponseSchema: v.GenericSchema<
  T.ThreadDecrementElicitationResponse
> = built(() =>
  v.looseObject({
    count: v.pipe(v.number(), v.integer()),
    paused: v.boolean(),
  })
);

/** Validates {@link T.ThreadForkParams}. */
export const ThreadForkParamsSchema: v.GenericSchema<T.ThreadForkParams> = built(() =>
  v.looseObject({
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    attachToSource: v.optional(v.boolean()),
    baseInstructions: v.optional(v.nullable(v.string())),
    beforeTurnId: v.optional(v.nullable(v.string())),
    config: v.optional(v.nullable(v.looseObject({}))),
    cwd: v.optional(v.nullable(v.string())),
    deferGoalContinuation: v.optional(v.boolean()),
    developerInstructions: v.optional(v.nullable(v.string())),
    ephemeral: v.optional(v.boolean()),
    excludeTurns: v.optional(v.boolean()),
    experimentalDisablePredictionMcp: v.optional(v.boolean()),
    experimentalPredictionMode: v.optional(v.boolean()),
    lastTurnId: v.optional(v.nullable(v.string())),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.string())),
    permissions: v.optional(v.nullable(v.string())),
    runtimeWorkspaceRoots: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
  })
);

/** Validates {@link T.ThreadForkResponse}. */
export const ThreadForkResponseSchema: v.GenericSchema<T.ThreadForkResponse> = built(() =>
  v.looseObject({
    activePermissionProfile: v.optional(v.nullable(ActivePermissionProfileSchema)),
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    model: v.string(),
    modelProvider: v.string(),
    multiAgentMode: v.optional(MultiAgentModeSchema),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    runtimeWorkspaceRoots: v.optional(v.array(AbsolutePathBufSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadGuardianAssessment}. */
export const ThreadGuardianAssessmentSchema: v.GenericSchema<T.ThreadGuardianAssessment> = built(
  () =>
    v.looseObject({
      outcome: GuardianAssessmentOutcomeSchema,
      rationale: v.string(),
      riskLevel: GuardianRiskLevelSchema,
      userAuthorization: GuardianUserAuthorizationSchema,
    }),
);

/** Validates {@link T.ThreadGuardianReviewParams}. */
export const ThreadGuardianReviewParamsSchema: v.GenericSchema<T.ThreadGuardianReviewParams> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadGuardianReviewResponse}. */
export const ThreadGuardianReviewResponseSchema: v.GenericSchema<T.ThreadGuardianReviewResponse> =
  built(() =>
    v.looseObject({
      assessment: v.optional(v.nullable(ThreadGuardianAssessmentSchema)),
      callId: v.string(),
    })
  );

/** Validates {@link T.ThreadIncrementElicitationParams}. */
export const ThreadIncrementElicitationParamsSchema: v.GenericSchema<
  T.ThreadIncrementElicitationParams
> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadIncrementElicitationResponse}. */
export const ThreadIncrementElicitationResponseSchema: v.GenericSchema<
  T.ThreadIncrementElicitationResponse
> = built(() =>
  v.looseObject({
    count: v.pipe(v.number(), v.integer()),
    paused: v.boolean(),
  })
);

/** Validates {@link T.ThreadItemEntry}. */
export const ThreadItemEntrySchema: v.GenericSchema<T.ThreadItemEntry> = built(() =>
  v.looseObject({
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    item: ThreadItemSchema,
    outputDeferred: v.optional(v.boolean()),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    turnId: v.string(),
  })
);

/** Validates {@link T.ThreadItemOutputDeferral}. */
export const ThreadItemOutputDeferralSchema: v.GenericSchema<T.ThreadItemOutputDeferral> = built(
  () =>
    v.looseObject({
      commandExecution: v.optional(v.boolean()),
      mcpToolCall: v.optional(v.boolean()),
    }),
);

/** Validates {@link T.ThreadItemsListParams}. */
export const ThreadItemsListParamsSchema: v.GenericSchema<T.ThreadItemsListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(ThreadItemsListCursorSchema)),
    deferOutput: v.optional(v.nullable(ThreadItemOutputDeferralSchema)),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadItemsListResponse}. */
export const ThreadItemsListResponseSchema: v.GenericSchema<T.ThreadItemsListResponse> = built(() =>
  v.looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(ThreadItemEntrySchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadItemsReadParams}. */
export const ThreadItemsReadParamsSchema: v.GenericSchema<T.ThreadItemsReadParams> = built(() =>
  v.looseObject({
    itemIds: v.array(v.string()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ThreadItemsReadResponse}. */
export const ThreadItemsReadResponseSchema: v.GenericSchema<T.ThreadItemsReadResponse> = built(() =>
  v.looseObject({
    data: v.array(ThreadItemEntrySchema),
  })
);

/** Validates {@link T.ThreadListParams}. */
export const ThreadListParamsSchema: v.GenericSchema<T.ThreadListParams> = built(() =>
  v.looseObject({
    ancestorThreadId: v.optional(v.nullable(v.string())),
    archived: v.optional(v.nullable(v.boolean())),
    attachedToThreadId: v.optional(v.nullable(v.string())),
    currentAccountOnly: v.optional(v.boolean()),
    cursor: v.optional(v.nullable(v.string())),
    cwd: v.optional(v.nullable(ThreadListCwdFilterSchema)),
    excludedThreadIds: v.optional(v.nullable(v.array(v.string()))),
    includeAttachedThreads: v.optional(v.boolean()),
    includedThreadIds: v.optional(v.nullable(v.array(v.string()))),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    modelProviders: v.optional(v.nullable(v.array(v.string()))),
    originators: v.optional(v.nullable(v.array(v.string()))),
    parentThreadId: v.optional(v.nullable(v.string())),
    projectId: v.optional(v.nullable(v.string())),
    searchTerm: v.optional(v.nullable(v.string())),
    sectionId: v.optional(v.nullable(v.string())),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
    sortKey: v.optional(v.nullable(ThreadSortKeySchema)),
    sourceKinds: v.optional(v.nullable(v.array(ThreadSourceKindSchema))),
    useStateDbOnly: v.optional(v.boolean()),
  })
);

/** Validates {@link T.ThreadListResponse}. */
export const ThreadListResponseSchema: v.GenericSchema<T.ThreadListResponse> = built(() =>
  v.looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(ThreadSchema),
    nextCursor: v.optional(v.nullable(v.string())),
    readStates: v.optional(v.nullable(v.record(v.string(), ThreadReadStateSchema))),
  })
);

/** Validates {@link T.ThreadMemoryModeSetParams}. */
export const ThreadMemoryModeSetParamsSchema: v.GenericSchema<T.ThreadMemoryModeSetParams> = built(
  () =>
    v.looseObject({
      mode: ThreadMemoryModeSchema,
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadMemoryModeSetResponse}. */
export const ThreadMemoryModeSetResponseSchema: v.GenericSchema<T.ThreadMemoryModeSetResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadMemoryReadParams}. */
export const ThreadMemoryReadParamsSchema: v.GenericSchema<T.ThreadMemoryReadParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadMemoryReadResponse}. */
export const ThreadMemoryReadResponseSchema: v.GenericSchema<T.ThreadMemoryReadResponse> = built(
  () =>
    v.looseObject({
      summary: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ThreadMetadataUpdateParams}. */
export const ThreadMetadataUpdateParamsSchema: v.GenericSchema<T.ThreadMetadataUpdateParams> =
  built(() =>
    v.looseObject({
      daybreakEnabled: v.optional(v.nullable(v.boolean())),
      gitInfo: v.optional(v.nullable(ThreadMetadataGitInfoUpdateParamsSchema)),
      projectId: v.optional(v.nullable(v.string())),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadMetadataUpdateResponse}. */
export const ThreadMetadataUpdateResponseSchema: v.GenericSchema<T.ThreadMetadataUpdateResponse> =
  built(() =>
    v.looseObject({
      thread: ThreadSchema,
    })
  );

/** Validates {@link T.ThreadPredictionRequestParams}. */
export const ThreadPredictionRequestParamsSchema: v.GenericSchema<T.ThreadPredictionRequestParams> =
  built(() =>
    v.looseObject({
      sourceTurnId: v.string(),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadPredictionRequestResponse}. */
export const ThreadPredictionRequestResponseSchema: v.GenericSchema<
  T.ThreadPredictionRequestResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadPrepareApprovedPlanParams}. */
export const ThreadPrepareApprovedPlanParamsSchema: v.GenericSchema<
  T.ThreadPrepareApprovedPlanParams
> = built(() =>
  v.looseObject({
    attachmentPath: v.optional(v.nullable(v.string())),
    markdown: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadPrepareApprovedPlanResponse}. */
export const ThreadPrepareApprovedPlanResponseSchema: v.GenericSchema<
  T.ThreadPrepareApprovedPlanResponse
> = built(() =>
  v.looseObject({
    prompt: v.string(),
  })
);

/** Validates {@link T.ThreadQueueAddParams}. */
export const ThreadQueueAddParamsSchema: v.GenericSchema<T.ThreadQueueAddParams> = built(() =>
  v.looseObject({
    clientUserMessageId: v.string(),
    input: v.array(UserInputSchema),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueAddResponse}. */
export const ThreadQueueAddResponseSchema: v.GenericSchema<T.ThreadQueueAddResponse> = built(() =>
  v.looseObject({
    queuedSubmission: QueuedSubmissionSchema,
  })
);

/** Validates {@link T.ThreadQueueDeleteParams}. */
export const ThreadQueueDeleteParamsSchema: v.GenericSchema<T.ThreadQueueDeleteParams> = built(() =>
  v.looseObject({
    queuedSubmissionId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueDeleteResponse}. */
export const ThreadQueueDeleteResponseSchema: v.GenericSchema<T.ThreadQueueDeleteResponse> = built(
  () =>
    v.looseObject({
      deleted: v.boolean(),
    }),
);

/** Validates {@link T.ThreadQueueListParams}. */
export const ThreadQueueListParamsSchema: v.GenericSchema<T.ThreadQueueListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueListResponse}. */
export const ThreadQueueListResponseSchema: v.GenericSchema<T.ThreadQueueListResponse> = built(() =>
  v.looseObject({
    data: v.array(QueuedSubmissionSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadQueueReorderParams}. */
export const ThreadQueueReorderParamsSchema: v.GenericSchema<T.ThreadQueueReorderParams> = built(
  () =>
    v.looseObject({
      queuedSubmissionIds: v.array(v.string()),
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadQueueReorderResponse}. */
export const ThreadQueueReorderResponseSchema: v.GenericSchema<T.ThreadQueueReorderResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadQueueStartParams}. */
export const ThreadQueueStartParamsSchema: v.GenericSchema<T.ThreadQueueStartParams> = built(() =>
  v.looseObject({
    queuedSubmissionId: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueStartResponse}. */
export const ThreadQueueStartResponseSchema: v.GenericSchema<T.ThreadQueueStartResponse> = built(
  () =>
    v.looseObject({
      turn: TurnSchema,
    }),
);

/** Validates {@link T.ThreadQueueUpdateParams}. */
export const ThreadQueueUpdateParamsSchema: v.GenericSchema<T.ThreadQueueUpdateParams> = built(() =>
  v.looseObject({
    input: v.array(UserInputSchema),
    queuedSubmissionId: v.string(),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueUpdateResponse}. */
export const ThreadQueueUpdateResponseSchema: v.GenericSchema<T.ThreadQueueUpdateResponse> = built(
  () =>
    v.looseObject({
      queuedSubmission: QueuedSubmissionSchema,
    }),
);

/** Validates {@link T.ThreadReadResponse}. */
export const ThreadReadResponseSchema: v.GenericSchema<T.ThreadReadResponse> = built(() =>
  v.looseObject({
    readState: v.optional(v.nullable(ThreadReadStateSchema)),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadReadStateUpdateParams}. */
export const ThreadReadStateUpdateParamsSchema: v.GenericSchema<T.ThreadReadStateUpdateParams> =
  built(() =>
    v.looseObject({
      expectedRevision: v.string(),
      operation: ThreadReadStateOperationSchema,
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadReadStateUpdateResponse}. */
export const ThreadReadStateUpdateResponseSchema: v.GenericSchema<T.ThreadReadStateUpdateResponse> =
  built(() =>
    v.looseObject({
      readState: ThreadReadStateSchema,
    })
  );

/** Validates {@link T.ThreadRealtimeAppendAudioParams}. */
export const ThreadRealtimeAppendAudioParamsSchema: v.GenericSchema<
  T.ThreadRealtimeAppendAudioParams
> = built(() =>
  v.looseObject({
    audio: ThreadRealtimeAudioChunkSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeAppendAudioResponse}. */
export const ThreadRealtimeAppendAudioResponseSchema: v.GenericSchema<
  T.ThreadRealtimeAppendAudioResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadRealtimeAppendSpeechParams}. */
export const ThreadRealtimeAppendSpeechParamsSchema: v.GenericSchema<
  T.ThreadRealtimeAppendSpeechParams
> = built(() =>
  v.looseObject({
    text: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeAppendSpeechResponse}. */
export const ThreadRealtimeAppendSpeechResponseSchema: v.GenericSchema<
  T.ThreadRealtimeAppendSpeechResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadRealtimeAppendTextParams}. */
export const ThreadRealtimeAppendTextParamsSchema: v.GenericSchema<
  T.ThreadRealtimeAppendTextParams
> = built(() =>
  v.looseObject({
    role: v.optional(ConversationTextRoleSchema),
    text: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeAppendTextResponse}. */
export const ThreadRealtimeAppendTextResponseSchema: v.GenericSchema<
  T.ThreadRealtimeAppendTextResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadRealtimeListParams}. */
export const ThreadRealtimeListParamsSchema: v.GenericSchema<T.ThreadRealtimeListParams> = built(
  () =>
    v.looseObject({
      afterPosition: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      cursor: v.optional(v.nullable(v.string())),
      eventId: v.optional(v.nullable(v.string())),
      fromObservedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      order: v.optional(v.nullable(ThreadRealtimeOrderSchema)),
      requiredThroughPosition: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      sessionId: v.optional(v.nullable(v.string())),
      snapshotEnd: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      threadId: v.string(),
      toObservedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.ThreadRealtimeListResponse}. */
export const ThreadRealtimeListResponseSchema: v.GenericSchema<T.ThreadRealtimeListResponse> =
  built(() =>
    v.looseObject({
      coverage: ThreadRealtimeCoverageSchema,
      data: v.array(ThreadRealtimeEntrySchema),
      nextCursor: v.optional(v.nullable(v.string())),
      projectedThroughItemIndex: v.pipe(v.number(), v.integer()),
      snapshotEnd: v.pipe(v.number(), v.integer()),
    })
  );

/** Validates {@link T.ThreadRealtimeListVoicesParams}. */
export const ThreadRealtimeListVoicesParamsSchema: v.GenericSchema<
  T.ThreadRealtimeListVoicesParams
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadRealtimeListVoicesResponse}. */
export const ThreadRealtimeListVoicesResponseSchema: v.GenericSchema<
  T.ThreadRealtimeListVoicesResponse
> = built(() =>
  v.looseObject({
    voices: RealtimeVoicesListSchema,
  })
);

/** Validates {@link T.ThreadRealtimeStartParams}. */
export const ThreadRealtimeStartParamsSchema: v.GenericSchema<T.ThreadRealtimeStartParams> = built(
  () =>
    v.looseObject({
      backendReasoningStatus: v.optional(v.boolean()),
      clientManagedHandoffs: v.optional(v.nullable(v.boolean())),
      codexResponseHandoffChannelPrefixes: v.optional(
        v.nullable(v.record(v.string(), v.array(v.string()))),
      ),
      codexResponseHandoffMode: v.optional(v.nullable(CodexResponseHandoffModeSchema)),
      codexResponseItemPrefix: v.optional(v.nullable(v.string())),
      codexResponsesAsItems: v.optional(v.nullable(v.boolean())),
      delegationAckFiller: v.optional(v.nullable(v.boolean())),
      flushTranscriptTailOnSessionEnd: v.optional(v.nullable(v.boolean())),
      includeStartupContext: v.optional(v.nullable(v.boolean())),
      initialItems: v.optional(v.nullable(v.array(ThreadRealtimeInitialItemSchema))),
      model: v.optional(v.nullable(v.string())),
      outputModality: RealtimeOutputModalitySchema,
      prompt: v.optional(v.nullable(v.string())),
      realtimeEndInstructions: v.optional(v.nullable(v.string())),
      realtimeSessionId: v.optional(v.nullable(v.string())),
      realtimeStartInstructions: v.optional(v.nullable(v.string())),
      threadId: v.string(),
      transport: v.optional(v.nullable(ThreadRealtimeStartTransportSchema)),
      version: v.optional(v.nullable(RealtimeConversationVersionSchema)),
      voice: v.optional(v.nullable(RealtimeVoiceSchema)),
      voiceSessionId: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ThreadRealtimeStartResponse}. */
export const ThreadRealtimeStartResponseSchema: v.GenericSchema<T.ThreadRealtimeStartResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadRealtimeStopParams}. */
export const ThreadRealtimeStopParamsSchema: v.GenericSchema<T.ThreadRealtimeStopParams> = built(
  () =>
    v.looseObject({
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadRealtimeStopResponse}. */
export const ThreadRealtimeStopResponseSchema: v.GenericSchema<T.ThreadRealtimeStopResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadResumeParams}. */
export const ThreadResumeParamsSchema: v.GenericSchema<T.ThreadResumeParams> = built(() =>
  v.looseObject({
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    baseInstructions: v.optional(v.nullable(v.string())),
    config: v.optional(v.nullable(v.looseObject({}))),
    cwd: v.optional(v.nullable(v.string())),
    developerInstructions: v.optional(v.nullable(v.string())),
    excludeTurns: v.optional(v.boolean()),
    history: v.optional(v.nullable(v.array(ResponseItemSchema))),
    initialTurnsPage: v.optional(v.nullable(ThreadResumeInitialTurnsPageParamsSchema)),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.string())),
    permissions: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    runtimeWorkspaceRoots: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadResumeResponse}. */
export const ThreadResumeResponseSchema: v.GenericSchema<T.ThreadResumeResponse> = built(() =>
  v.looseObject({
    activePermissionProfile: v.optional(v.nullable(ActivePermissionProfileSchema)),
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    collaborationMode: v.optional(v.nullable(CollaborationModeSchema)),
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    initialTurnsPage: v.optional(v.nullable(TurnsPageSchema)),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    itemsBackwardsCursor: v.optional(v.nullable(v.string())),
    model: v.string(),
    modelProvider: v.string(),
    multiAgentMode: v.optional(MultiAgentModeSchema),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    runtimeWorkspaceRoots: v.optional(v.array(AbsolutePathBufSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
    turnsBackwardsCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadRevertResponse}. */
export const ThreadRevertResponseSchema: v.GenericSchema<T.ThreadRevertResponse> = built(() =>
  v.looseObject({
    itemsBackwardsCursor: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
    turnsBackwardsCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSampleCancelParams}. */
export const ThreadSampleCancelParamsSchema: v.GenericSchema<T.ThreadSampleCancelParams> = built(
  () =>
    v.looseObject({
      requestId: RequestIdSchema,
    }),
);

/** Validates {@link T.ThreadSampleCancelResponse}. */
export const ThreadSampleCancelResponseSchema: v.GenericSchema<T.ThreadSampleCancelResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadSampleParams}. */
export const ThreadSampleParamsSchema: v.GenericSchema<T.ThreadSampleParams> = built(() =>
  v.looseObject({
    allowInProgressTurn: v.optional(v.boolean()),
    disableMcp: v.optional(v.boolean()),
    effort: v.optional(v.nullable(ReasoningEffortSchema)),
    expectedTurnId: v.string(),
    interruptOnCancel: v.optional(v.nullable(v.boolean())),
    prompt: v.string(),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.string(),
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
    turnTrigger: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSampleResponse}. */
export const ThreadSampleResponseSchema: v.GenericSchema<T.ThreadSampleResponse> = built(() =>
  v.looseObject({
    cachedInputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    inputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    outputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    responseId: v.string(),
    sourceTurnId: v.string(),
    text: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSearchCancelParams}. */
export const ThreadSearchCancelParamsSchema: v.GenericSchema<T.ThreadSearchCancelParams> = built(
  () =>
    v.looseObject({
      requestId: RequestIdSchema,
    }),
);

/** Validates {@link T.ThreadSearchCancelResponse}. */
export const ThreadSearchCancelResponseSchema: v.GenericSchema<T.ThreadSearchCancelResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadSearchOccurrence}. */
export const ThreadSearchOccurrenceSchema: v.GenericSchema<T.ThreadSearchOccurrence> = built(() =>
  v.looseObject({
    itemId: v.string(),
    snippet: v.string(),
    snippetMatchRange: ThreadSearchTextRangeSchema,
    turnCursor: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ThreadSearchOccurrencesParams}. */
export const ThreadSearchOccurrencesParamsSchema: v.GenericSchema<T.ThreadSearchOccurrencesParams> =
  built(() =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      searchTerm: v.string(),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadSearchOccurrencesResponse}. */
export const ThreadSearchOccurrencesResponseSchema: v.GenericSchema<
  T.ThreadSearchOccurrencesResponse
> = built(() =>
  v.looseObject({
    data: v.array(ThreadSearchOccurrenceSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSearchParams}. */
export const ThreadSearchParamsSchema: v.GenericSchema<T.ThreadSearchParams> = built(() =>
  v.looseObject({
    archived: v.optional(v.nullable(v.boolean())),
    currentAccountOnly: v.optional(v.boolean()),
    cursor: v.optional(v.nullable(v.string())),
    includeAttachedThreads: v.optional(v.boolean()),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    searchTerm: v.string(),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
    sortKey: v.optional(v.nullable(ThreadSearchSortKeySchema)),
    sourceKinds: v.optional(v.nullable(v.array(ThreadSourceKindSchema))),
  })
);

/** Validates {@link T.ThreadSearchPartialNotification}. */
export const ThreadSearchPartialNotificationSchema: v.GenericSchema<
  T.ThreadSearchPartialNotification
> = built(() =>
  v.looseObject({
    data: v.array(ThreadSearchResultSchema),
    requestId: RequestIdSchema,
  })
);

/** Validates {@link T.ThreadSearchResponse}. */
export const ThreadSearchResponseSchema: v.GenericSchema<T.ThreadSearchResponse> = built(() =>
  v.looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(ThreadSearchResultSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSearchResult}. */
export const ThreadSearchResultSchema: v.GenericSchema<T.ThreadSearchResult> = built(() =>
  v.looseObject({
    snippet: v.string(),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadSearchTextRange}. */
export const ThreadSearchTextRangeSchema: v.GenericSchema<T.ThreadSearchTextRange> = built(() =>
  v.looseObject({
    end: v.pipe(v.number(), v.integer()),
    start: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ThreadSettings}. */
export const ThreadSettingsSchema: v.GenericSchema<T.ThreadSettings> = built(() =>
  v.looseObject({
    activePermissionProfile: v.optional(v.nullable(ActivePermissionProfileSchema)),
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    collaborationMode: CollaborationModeSchema,
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    effort: v.optional(v.nullable(ReasoningEffortSchema)),
    environments: v.optional(v.nullable(v.array(ThreadEnvironmentSchema))),
    model: v.string(),
    modelProvider: v.string(),
    multiAgentMode: v.optional(MultiAgentModeSchema),
    personality: v.optional(v.nullable(PersonalitySchema)),
    sandboxPolicy: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    summary: v.optional(v.nullable(ReasoningSummarySchema)),
  })
);

/** Validates {@link T.ThreadSettingsUpdateParams}. */
export const ThreadSettingsUpdateParamsSchema: v.GenericSchema<T.ThreadSettingsUpdateParams> =
  built(() =>
    v.looseObject({
      approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
      approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
      collaborationMode: v.optional(v.nullable(CollaborationModeSchema)),
      cwd: v.optional(v.nullable(v.string())),
      disabledPluginIds: v.optional(v.nullable(v.array(v.string()))),
      effort: v.optional(v.nullable(ReasoningEffortSchema)),
      environments: v.optional(v.nullable(v.array(TurnEnvironmentParamsSchema))),
      model: v.optional(v.nullable(v.string())),
      multiAgentMode: v.optional(v.nullable(MultiAgentModeSchema)),
      permissions: v.optional(v.nullable(v.string())),
      personality: v.optional(v.nullable(PersonalitySchema)),
      sandboxPolicy: v.optional(v.nullable(SandboxPolicySchema)),
      serviceTier: v.optional(v.nullable(v.string())),
      summary: v.optional(v.nullable(ReasoningSummarySchema)),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadSettingsUpdateResponse}. */
export const ThreadSettingsUpdateResponseSchema: v.GenericSchema<T.ThreadSettingsUpdateResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadSettingsUpdatedNotification}. */
export const ThreadSettingsUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadSettingsUpdatedNotification
> = built(() =>
  v.looseObject({
    threadId: v.string(),
    threadSettings: ThreadSettingsSchema,
  })
);

/** Validates {@link T.ThreadStartParams}. */
export const ThreadStartParamsSchema: v.GenericSchema<T.ThreadStartParams> = built(() =>
  v.looseObject({
    allowProviderModelFallback: v.optional(v.boolean()),
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    baseInstructions: v.optional(v.nullable(v.string())),
    config: v.optional(v.nullable(v.looseObject({}))),
    cwd: v.optional(v.nullable(v.string())),
    daybreakEnabled: v.optional(v.nullable(v.boolean())),
    developerInstructions: v.optional(v.nullable(v.string())),
    dynamicTools: v.optional(v.nullable(v.array(DynamicToolSpecSchema))),
    environments: v.optional(v.nullable(v.array(TurnEnvironmentParamsSchema))),
    ephemeral: v.optional(v.nullable(v.boolean())),
    experimentalRawEvents: v.optional(v.boolean()),
    historyMode: v.optional(v.nullable(ThreadHistoryModeSchema)),
    mockExperimentalField: v.optional(v.nullable(v.string())),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    multiAgentMode: v.optional(v.nullable(MultiAgentModeSchema)),
    permissions: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    projectId: v.optional(v.nullable(v.string())),
    runtimeWorkspaceRoots: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    selectedCapabilityRoots: v.optional(v.nullable(v.array(SelectedCapabilityRootSchema))),
    serviceName: v.optional(v.nullable(v.string())),
    serviceTier: v.optional(v.nullable(v.string())),
    sessionStartSource: v.optional(v.nullable(ThreadStartSourceSchema)),
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
  })
);

/** Validates {@link T.ThreadStartResponse}. */
export const ThreadStartResponseSchema: v.GenericSchema<T.ThreadStartResponse> = built(() =>
  v.looseObject({
    activePermissionProfile: v.optional(v.nullable(ActivePermissionProfileSchema)),
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    model: v.string(),
    modelProvider: v.string(),
    multiAgentMode: v.optional(MultiAgentModeSchema),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    runtimeWorkspaceRoots: v.optional(v.array(AbsolutePathBufSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadStartedNotification}. */
export const ThreadStartedNotificationSchema: v.GenericSchema<T.ThreadStartedNotification> = built(
  () =>
    v.looseObject({
      thread: ThreadSchema,
    }),
);

/** Validates {@link T.ThreadTimelineListParams}. */
export const ThreadTimelineListParamsSchema: v.GenericSchema<T.ThreadTimelineListParams> = built(
  () =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadTimelineListResponse}. */
export const ThreadTimelineListResponseSchema: v.GenericSchema<T.ThreadTimelineListResponse> =
  built(() =>
    v.looseObject({
      activeRealtimeSessionAtPageStart: v.optional(v.nullable(v.string())),
      data: v.array(ThreadTimelineEntrySchema),
      nextCursor: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ThreadUnarchiveResponse}. */
export const ThreadUnarchiveResponseSchema: v.GenericSchema<T.ThreadUnarchiveResponse> = built(() =>
  v.looseObject({
    thread: ThreadSchema,
  })
);

/** Validates {@link T.TurnSettingsUpdateParams}. */
export const TurnSettingsUpdateParamsSchema: v.GenericSchema<T.TurnSettingsUpdateParams> = built(
  () =>
    v.looseObject({
      approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
      effort: v.optional(v.nullable(ReasoningEffortSchema)),
      environments: v.optional(v.nullable(v.array(TurnEnvironmentParamsSchema))),
      model: v.optional(v.nullable(v.string())),
      serviceTier: v.optional(v.nullable(v.string())),
      summary: v.optional(v.nullable(ReasoningSummarySchema)),
      threadId: v.string(),
      turnId: v.string(),
    }),
);

/** Validates {@link T.TurnSettingsUpdateResponse}. */
export const TurnSettingsUpdateResponseSchema: v.GenericSchema<T.TurnSettingsUpdateResponse> =
  built(() =>
    v.looseObject({
      status: TurnSettingsUpdateStatusSchema,
    })
  );

/** Validates {@link T.TurnSettingsUpdateStatus}. */
export const TurnSettingsUpdateStatusSchema: v.GenericSchema<T.TurnSettingsUpdateStatus> = built(
  () => v.picklist(["applied", "targetUnavailable"]),
);

/** Validates {@link T.TurnStartParams}. */
export const TurnStartParamsSchema: v.GenericSchema<T.TurnStartParams> = built(() =>
  v.looseObject({
    additionalContext: v.optional(v.nullable(v.record(v.string(), AdditionalContextEntrySchema))),
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    clientUserMessageId: v.optional(v.nullable(v.string())),
    collaborationMode: v.optional(v.nullable(CollaborationModeSchema)),
    cwd: v.optional(v.nullable(v.string())),
    cyberAccessProgram: v.optional(v.nullable(CyberAccessProgramSchema)),
    disabledPluginIds: v.optional(v.nullable(v.array(v.string()))),
    effort: v.optional(v.nullable(ReasoningEffortSchema)),
    environments: v.optional(v.nullable(v.array(TurnEnvironmentParamsSchema))),
    input: v.array(UserInputSchema),
    model: v.optional(v.nullable(v.string())),
    multiAgentMode: v.optional(v.nullable(MultiAgentModeSchema)),
    outputSchema: v.optional(v.unknown()),
    parentTurnId: v.optional(v.nullable(v.string())),
    permissions: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    responsesapiClientMetadataPatch: v.optional(v.nullable(v.record(v.string(), v.string()))),
    rootTurnId: v.optional(v.nullable(v.string())),
    runtimeWorkspaceRoots: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    sandboxPolicy: v.optional(v.nullable(SandboxPolicySchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    serviceTierForTurn: v.optional(v.nullable(v.string())),
    summary: v.optional(v.nullable(ReasoningSummarySchema)),
    threadId: v.string(),
    toolOutput: v.optional(v.nullable(TurnToolOutputSchema)),
    turnTrigger: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.TurnSteerParams}. */
export const TurnSteerParamsSchema: v.GenericSchema<T.TurnSteerParams> = built(() =>
  v.looseObject({
    additionalContext: v.optional(v.nullable(v.record(v.string(), AdditionalContextEntrySchema))),
    clientUserMessageId: v.optional(v.nullable(v.string())),
    expectedTurnId: v.string(),
    input: v.array(UserInputSchema),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
    responsesapiClientMetadataPatch: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.UserVerificationBiometricType}. */
export const UserVerificationBiometricTypeSchema: v.GenericSchema<T.UserVerificationBiometricType> =
  built(() => v.picklist(["fingerprint"]));

/** Validates {@link T.UserVerificationCancelParams}. */
export const UserVerificationCancelParamsSchema: v.GenericSchema<T.UserVerificationCancelParams> =
  built(() =>
    v.looseObject({
      requestId: RequestIdSchema,
    })
  );

/** Validates {@link T.UserVerificationCancelResponse}. */
export const UserVerificationCancelResponseSchema: v.GenericSchema<
  T.UserVerificationCancelResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.UserVerificationCancellationReason}. */
export const UserVerificationCancellationReasonSchema: v.GenericSchema<
  T.UserVerificationCancellationReason
> = built(() => v.picklist(["userCancelled", "interrupted"]));

/** Validates {@link T.UserVerificationDeleteParams}. */
export const UserVerificationDeleteParamsSchema: v.GenericSchema<T.UserVerificationDeleteParams> =
  built(() => v.looseObject({}));

/** Validates {@link T.UserVerificationDeleteResponse}. */
export const UserVerificationDeleteResponseSchema: v.GenericSchema<
  T.UserVerificationDeleteResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.UserVerificationEnrollParams}. */
export const UserVerificationEnrollParamsSchema: v.GenericSchema<T.UserVerificationEnrollParams> =
  built(() => v.looseObject({}));

/** Validates {@link T.UserVerificationEnrollResponse}. */
export const UserVerificationEnrollResponseSchema: v.GenericSchema<
  T.UserVerificationEnrollResponse
> = built(() =>
  v.looseObject({
    algorithm: v.optional(v.nullable(v.string())),
    credentialId: v.string(),
    publicKey: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.UserVerificationErrorDetails}. */
export const UserVerificationErrorDetailsSchema: v.GenericSchema<T.UserVerificationErrorDetails> =
  built(() =>
    v.variant("type", [
      v.looseObject({
        type: v.picklist(["invalidRequest"]),
        reason: UserVerificationInvalidRequestReasonSchema,
      }),
      v.looseObject({
        type: v.picklist(["unavailable"]),
        reason: UserVerificationUnavailableReasonSchema,
      }),
      v.looseObject({
        type: v.picklist(["cancelled"]),
        reason: UserVerificationCancellationReasonSchema,
      }),
      v.looseObject({
        type: v.picklist(["failed"]),
        reason: UserVerificationFailureReasonSchema,
      }),
    ])
  );

/** Validates {@link T.UserVerificationFailureReason}. */
export const UserVerificationFailureReasonSchema: v.GenericSchema<T.UserVerificationFailureReason> =
  built(() => v.picklist(["authenticationFailed", "timeout", "providerError", "serviceError"]));

/** Validates {@link T.UserVerificationInvalidRequestReason}. */
export const UserVerificationInvalidRequestReasonSchema: v.GenericSchema<
  T.UserVerificationInvalidRequestReason
> = built(() => v.picklist(["invalidParams"]));

/** Validates {@link T.UserVerificationProof}. */
export const UserVerificationProofSchema: v.GenericSchema<T.UserVerificationProof> = built(() =>
  v.looseObject({
    credentialId: v.string(),
    signature: v.string(),
  })
);

/** Validates {@link T.UserVerificationRpcError}. */
export const UserVerificationRpcErrorSchema: v.GenericSchema<T.UserVerificationRpcError> = built(
  () =>
    v.looseObject({
      code: v.pipe(v.number(), v.integer()),
      data: UserVerificationErrorDetailsSchema,
      message: v.string(),
    }),
);

/** Validates {@link T.UserVerificationStatusParams}. */
export const UserVerificationStatusParamsSchema: v.GenericSchema<T.UserVerificationStatusParams> =
  built(() => v.looseObject({}));

/** Validates {@link T.UserVerificationStatusResponse}. */
export const UserVerificationStatusResponseSchema: v.GenericSchema<
  T.UserVerificationStatusResponse
> = built(() =>
  v.looseObject({
    credentialId: v.optional(v.nullable(v.string())),
    unavailableMessage: v.optional(v.nullable(v.string())),
    unavailableReason: v.optional(v.nullable(UserVerificationUnavailableReasonSchema)),
  })
);

/** Validates {@link T.UserVerificationUnavailableReason}. */
export const UserVerificationUnavailableReasonSchema: v.GenericSchema<
  T.UserVerificationUnavailableReason
> = built(() => v.picklist(["credentialMissing", "biometricsUnavailable", "providerUnavailable"]));

/** Validates {@link T.UserVerificationVerifyParams}. */
export const UserVerificationVerifyParamsSchema: v.GenericSchema<T.UserVerificationVerifyParams> =
  built(() =>
    v.looseObject({
      challenge: v.string(),
      description: v.string(),
      title: v.string(),
    })
  );

/** Validates {@link T.UserVerificationVerifyResponse}. */
export const UserVerificationVerifyResponseSchema: v.GenericSchema<
  T.UserVerificationVerifyResponse
> = built(() =>
  v.looseObject({
    biometricType: v.optional(v.nullable(UserVerificationBiometricTypeSchema)),
    proof: UserVerificationProofSchema,
  })
);
