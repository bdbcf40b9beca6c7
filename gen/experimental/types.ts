// Generated from codex 0.171.0 with --experimental by scripts/generate.ts. Do not edit.

/**
 * TypeScript types for every definition of the Codex app-server protocol (codex 0.171.0).
 *
 * An overlay of the stable set (`../types.ts`): only the definitions that differ from it, and those that refer to one that does, are declared here; every other one is the stable definition, re-exported.
 *
 * Experimental API: only with `experimentalApi: true`.
 *
 * @module
 */

import type {
  AbsolutePathBuf,
  Account,
  AccountLoginCompletedNotification,
  AccountRateLimitsUpdatedNotification,
  AccountSession,
  AccountUpdatedNotification,
  ActivePermissionProfile,
  AdditionalContextEntry,
  AdditionalPermissionProfile,
  AgentMessageDeltaNotification,
  AnalyticsConfig,
  ApplicationRequirements,
  AppListUpdatedNotification,
  ApplyPatchApprovalParams,
  ApprovalsReviewer,
  AppsConfig,
  AppsInstalledParams,
  AppsListParams,
  AppsReadParams,
  AskForApproval,
  AttestationGenerateParams,
  AuthRecoveryNotification,
  AutoCompactTokenLimitScope,
  AutoReviewRequirements,
  BrowserUseConfig,
  BrowserUseRequirements,
  CancelLoginAccountParams,
  ChatgptAuthTokensRefreshParams,
  CliAuthCredentialsStoreMode,
  CodexResponseHandoffMode,
  CollaborationMode,
  CollaborationModeMask,
  CommandAction,
  CommandExecOutputDeltaNotification,
  CommandExecResizeParams,
  CommandExecTerminalSize,
  CommandExecTerminateParams,
  CommandExecutionApprovalDecision,
  CommandExecutionApprovalKind,
  CommandExecutionOutputDeltaNotification,
  CommandExecWriteParams,
  ComputerUseConfig,
  ComputerUseRequirements,
  ConfigBatchWriteParams,
  ConfigLayer,
  ConfigLayerMetadata,
  ConfigReadParams,
  ConfigValueWriteParams,
  ConfigWarningNotification,
  ConsumeAccountRateLimitResetCreditParams,
  ContextCompactedNotification,
  ConversationTextRole,
  CyberAccessProgram,
  DeprecationNoticeNotification,
  DynamicToolCallParams,
  DynamicToolSpec,
  EnvironmentConnectionNotification,
  EnvironmentSkillsParams,
  ErrorNotification,
  ExecCommandApprovalParams,
  ExperimentalFeatureEnablementSetParams,
  ExperimentalFeatureListParams,
  ExternalAgentConfigDetectParams,
  ExternalAgentConfigImportCompletedNotification,
  ExternalAgentConfigImportHistoryRecordParams,
  ExternalAgentConfigImportParams,
  ExternalAgentConfigImportProgressNotification,
  FeedbackRequirements,
  FeedbackSaveParams,
  FeedbackUploadParams,
  FileChangeOutputDeltaNotification,
  FileChangePatchUpdatedNotification,
  FileChangeRequestApprovalParams,
  ForcedChatgptWorkspaceIds,
  ForcedLoginMethod,
  FsChangedNotification,
  FsCopyParams,
  FsCreateDirectoryParams,
  FsGetMetadataParams,
  FsReadDirectoryParams,
  FsReadFileParams,
  FsRemoveParams,
  FsUnwatchParams,
  FsWatchParams,
  FsWriteFileParams,
  FuzzyFileSearchParams,
  FuzzyFileSearchSessionCompletedNotification,
  FuzzyFileSearchSessionUpdatedNotification,
  GatewayOAuthChangedNotification,
  GatewayOAuthLoginParams,
  GatewayOAuthReadParams,
  GetAccountParams,
  GetAccountRateLimitsParams,
  GetAccountTokenUsageParams,
  GitInfo,
  GuardianRiskLevel,
  GuardianUserAuthorization,
  GuardianWarningNotification,
  HookCompletedNotification,
  HooksListParams,
  HookStartedNotification,
  InAppBrowserRequirements,
  InitializeParams,
  ItemCompletedNotification,
  ItemGuardianApprovalReviewCompletedNotification,
  ItemGuardianApprovalReviewStartedNotification,
  ItemStartedNotification,
  LegacyAppPathString,
  ListMcpServerStatusParams,
  LoginAccountParams,
  ManagedHooksRequirements,
  MarketplaceAddParams,
  MarketplaceRemoveParams,
  MarketplaceUpgradeParams,
  McpElicitationSchema,
  McpResourceReadParams,
  McpServerEventStreamNotification,
  McpServerOauthLoginCompletedNotification,
  McpServerOauthLoginParams,
  McpServerStatusUpdatedNotification,
  McpServerToolCallParams,
  McpToolCallProgressNotification,
  ModelListParams,
  ModelProviderCapabilitiesReadParams,
  ModelProviderConfigWriteParams,
  ModelProviderDefaultSetParams,
  ModelProviderListParams,
  ModelReroutedNotification,
  ModelSafetyBufferingUpdatedNotification,
  ModelsRequirements,
  ModelVerificationNotification,
  MultiAgentMode,
  NetworkApprovalContext,
  NetworkPolicyAmendment,
  NetworkRequirements,
  OtelRequirements,
  PathUri,
  PermissionProfileListParams,
  PermissionsRequestApprovalParams,
  Personality,
  PlanDeltaNotification,
  PluginInstalledParams,
  PluginInstallParams,
  PluginListParams,
  PluginReadParams,
  PluginReconcileParams,
  PluginSearchResult,
  PluginSearchScope,
  PluginShareCheckoutParams,
  PluginShareDeleteParams,
  PluginShareListParams,
  PluginShareSaveParams,
  PluginShareUpdateTargetsParams,
  PluginSkillReadParams,
  PluginUninstallParams,
  ProcessExitedNotification,
  ProcessOutputDeltaNotification,
  ProcessTerminalSize,
  Project,
  ProjectChangedNotification,
  ProjectRoot,
  ProjectSortKey,
  QueuedSubmission,
  RealtimeConversationVersion,
  RealtimeOutputModality,
  RealtimeVoice,
  RealtimeVoicesList,
  ReasoningEffort,
  ReasoningSummary,
  ReasoningSummaryPartAddedNotification,
  ReasoningSummaryTextDeltaNotification,
  ReasoningTextDeltaNotification,
  RemoteControlConnectionStatus,
  RemoteControlDisableParams,
  RemoteControlEnableParams,
  RemoteControlStatusChangedNotification,
  RequestId,
  ResidencyRequirement,
  ResponseItem,
  ReviewStartParams,
  SandboxMode,
  SandboxPolicy,
  SandboxWorkspaceWrite,
  SelectedCapabilityRoot,
  SendAddCreditsNudgeEmailParams,
  ServerDiagnosticsGauge,
  ServerDiagnosticsProcess,
  ServerRequestResolvedNotification,
  SessionSource,
  SkillsChangedNotification,
  SkillsConfigWriteParams,
  SkillsExtraRootsSetParams,
  SkillsListParams,
  SortDirection,
  StrictReviewRequiredNotification,
  TerminalInteractionNotification,
  ThreadApproveGuardianDeniedActionParams,
  ThreadArchivedNotification,
  ThreadArchiveParams,
  ThreadAttachmentAddParams,
  ThreadAttachmentListParams,
  ThreadAttachmentOwnerListParams,
  ThreadAttachmentRemoveParams,
  ThreadAttachmentUpdatedNotification,
  ThreadClosedNotification,
  ThreadCompactStartParams,
  ThreadDeletedNotification,
  ThreadDeleteParams,
  ThreadEnvironment,
  ThreadExtra,
  ThreadGoalClearedNotification,
  ThreadGoalClearParams,
  ThreadGoalGetParams,
  ThreadGoalSetParams,
  ThreadGoalUpdatedNotification,
  ThreadHistoryMode,
  ThreadInjectItemsParams,
  ThreadItem,
  ThreadItemsListCursor,
  ThreadListCwdFilter,
  ThreadLoadedListParams,
  ThreadMemoryMode,
  ThreadMetadataGitInfoUpdateParams,
  ThreadNameUpdatedNotification,
  ThreadPredictionUpdatedNotification,
  ThreadProjectUpdatedNotification,
  ThreadQueueChangedNotification,
  ThreadReadParams,
  ThreadReadState,
  ThreadReadStateChangedNotification,
  ThreadReadStateOperation,
  ThreadRealtimeAudioChunk,
  ThreadRealtimeClosedNotification,
  ThreadRealtimeCoverage,
  ThreadRealtimeEntry,
  ThreadRealtimeErrorNotification,
  ThreadRealtimeInitialItem,
  ThreadRealtimeItemAddedNotification,
  ThreadRealtimeItemCompletedNotification,
  ThreadRealtimeItemStartedNotification,
  ThreadRealtimeItemTranscriptDeltaNotification,
  ThreadRealtimeOrder,
  ThreadRealtimeOutputAudioDeltaNotification,
  ThreadRealtimeSdpNotification,
  ThreadRealtimeStartedNotification,
  ThreadRealtimeStartTransport,
  ThreadRealtimeTranscriptDeltaNotification,
  ThreadRealtimeTranscriptDoneNotification,
  ThreadResumeInitialTurnsPageParams,
  ThreadRevertedNotification,
  ThreadRevertParams,
  ThreadSearchSortKey,
  ThreadSection,
  ThreadSectionChangedNotification,
  ThreadSectionCreateParams,
  ThreadSectionDeleteParams,
  ThreadSectionListParams,
  ThreadSectionMoveParams,
  ThreadSectionUpdateParams,
  ThreadSetNameParams,
  ThreadShellCommandParams,
  ThreadSortKey,
  ThreadSource,
  ThreadSourceKind,
  ThreadStartSource,
  ThreadStatus,
  ThreadStatusChangedNotification,
  ThreadTimelineEntry,
  ThreadTokenUsageUpdatedNotification,
  ThreadTurnsListParams,
  ThreadUnarchivedNotification,
  ThreadUnarchiveParams,
  ThreadUnsubscribeParams,
  ToolRequestUserInputParams,
  ToolsV2,
  Turn,
  TurnCompletedNotification,
  TurnDiffUpdatedNotification,
  TurnEnvironmentParams,
  TurnInterruptParams,
  TurnModerationMetadataNotification,
  TurnPlanUpdatedNotification,
  TurnsPage,
  TurnStartedNotification,
  TurnToolOutput,
  UserInput,
  Verbosity,
  WarningNotification,
  WebSearchMode,
  WebSearchProvider,
  WindowsSandboxImplementation,
  WindowsSandboxSetupCompletedNotification,
  WindowsSandboxSetupStartParams,
  WindowsWorldWritableWarningNotification,
  WorkspaceRouting,
} from "../types.ts";
export type * from "../types.ts";

/** `AccountSessionsListParams` of the app-server protocol. */
export type AccountSessionsListParams = {
  refreshWorkspaceMetadata?: boolean;
};

/** `AccountSessionsResponse` of the app-server protocol. */
export type AccountSessionsResponse = {
  activeSessionId?: string | null;
  sessions: AccountSession[];
};

/** `AccountSessionsSwitchParams` of the app-server protocol. */
export type AccountSessionsSwitchParams = {
  /** Workspace to select within that login; this is not a user identifier. */
  accountId: string;
  /** Allow Core to start browser sign-in if this session needs SSO for the workspace. */
  allowBrowserLogin?: boolean;
  /** Opaque active-login identifier returned by accountSession/list. */
  sessionId: string;
};

/** `AccountSessionsSwitchResponse` of the app-server protocol. */
export type AccountSessionsSwitchResponse =
  | {
    activeSessionId?: string | null;
    sessions: AccountSession[];
  }
  /** Open the URL and await account/login/completed for this login ID. */
  | {
    auth_url: string;
    login_id: string;
  };

/** `AwsCredentialType` of the app-server protocol. */
export type AwsCredentialType = "accessKeys" | "bedrockApiKey";

/** `BedrockAwsProfile` of the app-server protocol. */
export type BedrockAwsProfile = {
  name: string;
  region?: string | null;
};

/** `BedrockCheckGovCloudRequirementsParams` of the app-server protocol. */
export type BedrockCheckGovCloudRequirementsParams = {
  [key: string]: unknown;
};

/** Advisory check of the current Bedrock configuration after login or setup. */
export type BedrockCheckGovCloudRequirementsResponse = {
  /** Whether the active Bedrock authentication resolves to a GovCloud region. */
  isGovCloud: boolean;
  /** Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration. */
  shouldWarn: boolean;
};

/** `BedrockDiscoverParams` of the app-server protocol. */
export type BedrockDiscoverParams = {
  [key: string]: unknown;
};

/** `BedrockDiscoverResponse` of the app-server protocol. */
export type BedrockDiscoverResponse = {
  environmentCredentials: BedrockEnvironmentCredential[];
  profiles: BedrockAwsProfile[];
};

/** `BedrockEnvironmentCredential` of the app-server protocol. */
export type BedrockEnvironmentCredential = {
  region?: string | null;
  type: AwsCredentialType;
};

/** `BedrockSetupParams` of the app-server protocol. */
export type BedrockSetupParams =
  | {
    type: "profile";
    profile: string;
    region: string;
  }
  | {
    type: "environment";
    region: string;
  };

/** `BedrockSetupResponse` of the app-server protocol. */
export type BedrockSetupResponse = {
  [key: string]: unknown;
};

/** Request from the client to the server. */
export type ClientRequest =
  | {
    method: "initialize";
    id: RequestId;
    params: InitializeParams;
  }
  /** Read content-free, process-local diagnostics. */
  | {
    method: "server/diagnostics";
    id: RequestId;
    params: ServerDiagnosticsParams;
  }
  | {
    method: "userVerification/status";
    id: RequestId;
    params: UserVerificationStatusParams;
  }
  | {
    method: "userVerification/enroll";
    id: RequestId;
    params: UserVerificationEnrollParams;
  }
  | {
    method: "userVerification/delete";
    id: RequestId;
    params: UserVerificationDeleteParams;
  }
  | {
    method: "userVerification/verify";
    id: RequestId;
    params: UserVerificationVerifyParams;
  }
  | {
    method: "userVerification/cancel";
    id: RequestId;
    params: UserVerificationCancelParams;
  }
  /** NEW APIs */
  | {
    method: "thread/start";
    id: RequestId;
    params: ThreadStartParams;
  }
  | {
    method: "thread/resume";
    id: RequestId;
    params: ThreadResumeParams;
  }
  | {
    method: "thread/fork";
    id: RequestId;
    params: ThreadForkParams;
  }
  | {
    method: "thread/sample";
    id: RequestId;
    params: ThreadSampleParams;
  }
  | {
    method: "thread/sample/cancel";
    id: RequestId;
    params: ThreadSampleCancelParams;
  }
  | {
    method: "thread/archive";
    id: RequestId;
    params: ThreadArchiveParams;
  }
  | {
    method: "thread/delete";
    id: RequestId;
    params: ThreadDeleteParams;
  }
  | {
    method: "thread/unsubscribe";
    id: RequestId;
    params: ThreadUnsubscribeParams;
  }
  /**
   * Increment the thread-local out-of-band elicitation counter.
   *
   * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
   */
  | {
    method: "thread/increment_elicitation";
    id: RequestId;
    params: ThreadIncrementElicitationParams;
  }
  /**
   * Decrement the thread-local out-of-band elicitation counter.
   *
   * When the count reaches zero, timeout accounting resumes for the thread.
   */
  | {
    method: "thread/decrement_elicitation";
    id: RequestId;
    params: ThreadDecrementElicitationParams;
  }
  | {
    method: "thread/name/set";
    id: RequestId;
    params: ThreadSetNameParams;
  }
  | {
    method: "thread/prediction/request";
    id: RequestId;
    params: ThreadPredictionRequestParams;
  }
  | {
    method: "thread/goal/set";
    id: RequestId;
    params: ThreadGoalSetParams;
  }
  | {
    method: "thread/goal/get";
    id: RequestId;
    params: ThreadGoalGetParams;
  }
  | {
    method: "thread/goal/clear";
    id: RequestId;
    params: ThreadGoalClearParams;
  }
  | {
    method: "thread/queue/add";
    id: RequestId;
    params: ThreadQueueAddParams;
  }
  | {
    method: "thread/queue/list";
    id: RequestId;
    params: ThreadQueueListParams;
  }
  | {
    method: "thread/queue/update";
    id: RequestId;
    params: ThreadQueueUpdateParams;
  }
  | {
    method: "thread/queue/delete";
    id: RequestId;
    params: ThreadQueueDeleteParams;
  }
  | {
    method: "thread/queue/reorder";
    id: RequestId;
    params: ThreadQueueReorderParams;
  }
  | {
    method: "thread/queue/start";
    id: RequestId;
    params: ThreadQueueStartParams;
  }
  | {
    method: "thread/metadata/update";
    id: RequestId;
    params: ThreadMetadataUpdateParams;
  }
  | {
    method: "thread/attachment/add";
    id: RequestId;
    params: ThreadAttachmentAddParams;
  }
  | {
    method: "thread/attachment/list";
    id: RequestId;
    params: ThreadAttachmentListParams;
  }
  | {
    method: "thread/attachmentOwner/list";
    id: RequestId;
    params: ThreadAttachmentOwnerListParams;
  }
  | {
    method: "thread/attachment/remove";
    id: RequestId;
    params: ThreadAttachmentRemoveParams;
  }
  | {
    method: "thread/section/move";
    id: RequestId;
    params: ThreadSectionMoveParams;
  }
  | {
    method: "thread/settings/update";
    id: RequestId;
    params: ThreadSettingsUpdateParams;
  }
  | {
    method: "thread/memoryMode/set";
    id: RequestId;
    params: ThreadMemoryModeSetParams;
  }
  | {
    method: "thread/memory/read";
    id: RequestId;
    params: ThreadMemoryReadParams;
  }
  | {
    method: "memory/status";
    id: RequestId;
    params: MemoryStatusParams;
  }
  | {
    method: "memory/reset";
    id: RequestId;
    params?: null;
  }
  /** Start a best-effort background compression pass for cold local rollouts. */
  | {
    method: "rollout/compress";
    id: RequestId;
    params?: null;
  }
  | {
    method: "thread/unarchive";
    id: RequestId;
    params: ThreadUnarchiveParams;
  }
  | {
    method: "thread/compact/start";
    id: RequestId;
    params: ThreadCompactStartParams;
  }
  | {
    method: "thread/shellCommand";
    id: RequestId;
    params: ThreadShellCommandParams;
  }
  | {
    method: "thread/approveGuardianDeniedAction";
    id: RequestId;
    params: ThreadApproveGuardianDeniedActionParams;
  }
  | {
    method: "thread/backgroundTerminals/clean";
    id: RequestId;
    params: ThreadBackgroundTerminalsCleanParams;
  }
  | {
    method: "thread/backgroundTerminals/list";
    id: RequestId;
    params: ThreadBackgroundTerminalsListParams;
  }
  | {
    method: "thread/backgroundTerminals/terminate";
    id: RequestId;
    params: ThreadBackgroundTerminalsTerminateParams;
  }
  | {
    method: "thread/revert";
    id: RequestId;
    params: ThreadRevertParams;
  }
  | {
    method: "thread/list";
    id: RequestId;
    params: ThreadListParams;
  }
  | {
    method: "project/list";
    id: RequestId;
    params: ProjectListParams;
  }
  | {
    method: "project/read";
    id: RequestId;
    params: ProjectReadParams;
  }
  | {
    method: "project/create";
    id: RequestId;
    params: ProjectCreateParams;
  }
  | {
    method: "project/import";
    id: RequestId;
    params: ProjectImportParams;
  }
  | {
    method: "project/update";
    id: RequestId;
    params: ProjectUpdateParams;
  }
  | {
    method: "project/move";
    id: RequestId;
    params: ProjectMoveParams;
  }
  | {
    method: "project/delete";
    id: RequestId;
    params: ProjectDeleteParams;
  }
  | {
    method: "threadSection/list";
    id: RequestId;
    params: ThreadSectionListParams;
  }
  | {
    method: "threadSection/create";
    id: RequestId;
    params: ThreadSectionCreateParams;
  }
  | {
    method: "threadSection/update";
    id: RequestId;
    params: ThreadSectionUpdateParams;
  }
  | {
    method: "threadSection/delete";
    id: RequestId;
    params: ThreadSectionDeleteParams;
  }
  | {
    method: "thread/search";
    id: RequestId;
    params: ThreadSearchParams;
  }
  /** Search with best-effort incremental `thread/search/partial` notifications. The final response is authoritative for results, ordering, and cursors. */
  | {
    method: "thread/search/stream";
    id: RequestId;
    params: ThreadSearchParams;
  }
  | {
    method: "thread/search/cancel";
    id: RequestId;
    params: ThreadSearchCancelParams;
  }
  /** Cancel a `thread/search/stream` request on this connection. */
  | {
    method: "thread/search/stream/cancel";
    id: RequestId;
    params: ThreadSearchCancelParams;
  }
  | {
    method: "thread/searchOccurrences";
    id: RequestId;
    params: ThreadSearchOccurrencesParams;
  }
  | {
    method: "thread/loaded/list";
    id: RequestId;
    params: ThreadLoadedListParams;
  }
  | {
    method: "thread/read";
    id: RequestId;
    params: ThreadReadParams;
  }
  | {
    method: "thread/readState/update";
    id: RequestId;
    params: ThreadReadStateUpdateParams;
  }
  | {
    method: "thread/turns/list";
    id: RequestId;
    params: ThreadTurnsListParams;
  }
  | {
    method: "thread/items/list";
    id: RequestId;
    params: ThreadItemsListParams;
  }
  | {
    method: "thread/items/read";
    id: RequestId;
    params: ThreadItemsReadParams;
  }
  /** Review the idle thread's final injected exec_command without executing it. */
  | {
    method: "thread/guardianReview";
    id: RequestId;
    params: ThreadGuardianReviewParams;
  }
  /** Append raw Responses API items to the thread history without starting a user turn. */
  | {
    method: "thread/inject_items";
    id: RequestId;
    params: ThreadInjectItemsParams;
  }
  | {
    method: "thread/prepareApprovedPlan";
    id: RequestId;
    params: ThreadPrepareApprovedPlanParams;
  }
  | {
    method: "skills/list";
    id: RequestId;
    params: SkillsListParams;
  }
  | {
    method: "skills/extraRoots/set";
    id: RequestId;
    params: SkillsExtraRootsSetParams;
  }
  | {
    method: "hooks/list";
    id: RequestId;
    params: HooksListParams;
  }
  | {
    method: "marketplace/add";
    id: RequestId;
    params: MarketplaceAddParams;
  }
  | {
    method: "marketplace/remove";
    id: RequestId;
    params: MarketplaceRemoveParams;
  }
  | {
    method: "marketplace/upgrade";
    id: RequestId;
    params: MarketplaceUpgradeParams;
  }
  | {
    method: "plugin/list";
    id: RequestId;
    params: PluginListParams;
  }
  | {
    method: "plugin/search";
    id: RequestId;
    params: PluginSearchParams;
  }
  | {
    method: "plugin/installed";
    id: RequestId;
    params: PluginInstalledParams;
  }
  | {
    method: "plugin/reconcile";
    id: RequestId;
    params: PluginReconcileParams;
  }
  | {
    method: "plugin/read";
    id: RequestId;
    params: PluginReadParams;
  }
  | {
    method: "plugin/skill/read";
    id: RequestId;
    params: PluginSkillReadParams;
  }
  | {
    method: "plugin/share/save";
    id: RequestId;
    params: PluginShareSaveParams;
  }
  | {
    method: "plugin/share/updateTargets";
    id: RequestId;
    params: PluginShareUpdateTargetsParams;
  }
  | {
    method: "plugin/share/list";
    id: RequestId;
    params: PluginShareListParams;
  }
  | {
    method: "plugin/share/checkout";
    id: RequestId;
    params: PluginShareCheckoutParams;
  }
  | {
    method: "plugin/share/delete";
    id: RequestId;
    params: PluginShareDeleteParams;
  }
  | {
    method: "app/read";
    id: RequestId;
    params: AppsReadParams;
  }
  | {
    method: "app/list";
    id: RequestId;
    params: AppsListParams;
  }
  | {
    method: "app/installed";
    id: RequestId;
    params: AppsInstalledParams;
  }
  | {
    method: "fs/readFile";
    id: RequestId;
    params: FsReadFileParams;
  }
  | {
    method: "fs/writeFile";
    id: RequestId;
    params: FsWriteFileParams;
  }
  | {
    method: "fs/createDirectory";
    id: RequestId;
    params: FsCreateDirectoryParams;
  }
  | {
    method: "fs/getMetadata";
    id: RequestId;
    params: FsGetMetadataParams;
  }
  | {
    method: "fs/readDirectory";
    id: RequestId;
    params: FsReadDirectoryParams;
  }
  | {
    method: "fs/remove";
    id: RequestId;
    params: FsRemoveParams;
  }
  | {
    method: "fs/copy";
    id: RequestId;
    params: FsCopyParams;
  }
  | {
    method: "fs/watch";
    id: RequestId;
    params: FsWatchParams;
  }
  | {
    method: "fs/unwatch";
    id: RequestId;
    params: FsUnwatchParams;
  }
  | {
    method: "skills/config/write";
    id: RequestId;
    params: SkillsConfigWriteParams;
  }
  | {
    method: "plugin/install";
    id: RequestId;
    params: PluginInstallParams;
  }
  | {
    method: "plugin/uninstall";
    id: RequestId;
    params: PluginUninstallParams;
  }
  | {
    method: "turn/start";
    id: RequestId;
    params: TurnStartParams;
  }
  | {
    method: "turn/settings/update";
    id: RequestId;
    params: TurnSettingsUpdateParams;
  }
  | {
    method: "turn/steer";
    id: RequestId;
    params: TurnSteerParams;
  }
  | {
    method: "turn/interrupt";
    id: RequestId;
    params: TurnInterruptParams;
  }
  | {
    method: "thread/realtime/start";
    id: RequestId;
    params: ThreadRealtimeStartParams;
  }
  | {
    method: "thread/realtime/appendAudio";
    id: RequestId;
    params: ThreadRealtimeAppendAudioParams;
  }
  | {
    method: "thread/realtime/appendText";
    id: RequestId;
    params: ThreadRealtimeAppendTextParams;
  }
  | {
    method: "thread/realtime/appendSpeech";
    id: RequestId;
    params: ThreadRealtimeAppendSpeechParams;
  }
  | {
    method: "thread/realtime/stop";
    id: RequestId;
    params: ThreadRealtimeStopParams;
  }
  | {
    method: "thread/timeline/list";
    id: RequestId;
    params: ThreadTimelineListParams;
  }
  | {
    method: "thread/realtime/list";
    id: RequestId;
    params: ThreadRealtimeListParams;
  }
  | {
    method: "thread/realtime/listVoices";
    id: RequestId;
    params: ThreadRealtimeListVoicesParams;
  }
  | {
    method: "review/start";
    id: RequestId;
    params: ReviewStartParams;
  }
  | {
    method: "model/list";
    id: RequestId;
    params: ModelListParams;
  }
  | {
    method: "account/gatewayOAuth/read";
    id: RequestId;
    params?: GatewayOAuthReadParams | null;
  }
  | {
    method: "account/gatewayOAuth/login";
    id: RequestId;
    params?: GatewayOAuthLoginParams | null;
  }
  | {
    method: "account/gatewayOAuth/cancel";
    id: RequestId;
    params?: null;
  }
  | {
    method: "modelProvider/list";
    id: RequestId;
    params: ModelProviderListParams;
  }
  | {
    method: "modelProvider/config/write";
    id: RequestId;
    params: ModelProviderConfigWriteParams;
  }
  | {
    method: "modelProvider/default/set";
    id: RequestId;
    params: ModelProviderDefaultSetParams;
  }
  | {
    method: "modelProvider/capabilities/read";
    id: RequestId;
    params: ModelProviderCapabilitiesReadParams;
  }
  | {
    method: "experimentalFeature/list";
    id: RequestId;
    params: ExperimentalFeatureListParams;
  }
  | {
    method: "permissionProfile/list";
    id: RequestId;
    params: PermissionProfileListParams;
  }
  | {
    method: "experimentalFeature/enablement/set";
    id: RequestId;
    params: ExperimentalFeatureEnablementSetParams;
  }
  | {
    method: "remoteControl/enable";
    id: RequestId;
    params?: RemoteControlEnableParams | null;
  }
  | {
    method: "remoteControl/disable";
    id: RequestId;
    params?: RemoteControlDisableParams | null;
  }
  | {
    method: "remoteControl/status/read";
    id: RequestId;
    params?: null;
  }
  | {
    method: "remoteControl/pairing/start";
    id: RequestId;
    params: RemoteControlPairingStartParams;
  }
  | {
    method: "remoteControl/pairing/status";
    id: RequestId;
    params: RemoteControlPairingStatusParams;
  }
  | {
    method: "remoteControl/client/list";
    id: RequestId;
    params: RemoteControlClientsListParams;
  }
  | {
    method: "remoteControl/client/revoke";
    id: RequestId;
    params: RemoteControlClientsRevokeParams;
  }
  /** Lists collaboration mode presets. */
  | {
    method: "collaborationMode/list";
    id: RequestId;
    params: CollaborationModeListParams;
  }
  /** Test-only method used to validate experimental gating. */
  | {
    method: "mock/experimentalMethod";
    id: RequestId;
    params: MockExperimentalMethodParams;
  }
  /** Adds or replaces a remote environment by id for later selection. */
  | {
    method: "environment/add";
    id: RequestId;
    params: EnvironmentAddParams;
  }
  /** Reads information from a configured execution environment. */
  | {
    method: "environment/info";
    id: RequestId;
    params: EnvironmentInfoParams;
  }
  /** Reads the current status of a configured execution environment. */
  | {
    method: "environment/status";
    id: RequestId;
    params: EnvironmentStatusParams;
  }
  | {
    method: "mcpServer/oauth/login";
    id: RequestId;
    params: McpServerOauthLoginParams;
  }
  | {
    method: "config/mcpServer/reload";
    id: RequestId;
    params?: null;
  }
  | {
    method: "mcpServerStatus/list";
    id: RequestId;
    params: ListMcpServerStatusParams;
  }
  | {
    method: "mcpServer/resource/read";
    id: RequestId;
    params: McpResourceReadParams;
  }
  | {
    method: "mcpServer/event/stream/start";
    id: RequestId;
    params: McpServerEventStreamStartParams;
  }
  | {
    method: "mcpServer/event/stream/stop";
    id: RequestId;
    params: McpServerEventStreamStopParams;
  }
  | {
    method: "mcpServer/tool/call";
    id: RequestId;
    params: McpServerToolCallParams;
  }
  | {
    method: "windowsSandbox/setupStart";
    id: RequestId;
    params: WindowsSandboxSetupStartParams;
  }
  | {
    method: "windowsSandbox/readiness";
    id: RequestId;
    params?: null;
  }
  | {
    method: "account/login/start";
    id: RequestId;
    params: LoginAccountParams;
  }
  | {
    method: "account/bedrock/discover";
    id: RequestId;
    params: BedrockDiscoverParams;
  }
  | {
    method: "account/bedrock/setup";
    id: RequestId;
    params: BedrockSetupParams;
  }
  | {
    method: "account/gcp/setup";
    id: RequestId;
    params: GcpSetupParams;
  }
  | {
    method: "account/bedrock/checkGovCloudRequirements";
    id: RequestId;
    params: BedrockCheckGovCloudRequirementsParams;
  }
  | {
    method: "account/login/cancel";
    id: RequestId;
    params: CancelLoginAccountParams;
  }
  | {
    method: "accountSession/list";
    id: RequestId;
    params: AccountSessionsListParams;
  }
  | {
    method: "accountSession/switch";
    id: RequestId;
    params: AccountSessionsSwitchParams;
  }
  | {
    method: "account/logout";
    id: RequestId;
    params?: null;
  }
  | {
    method: "account/securitySetup/read";
    id: RequestId;
    params?: null;
  }
  | {
    method: "account/rateLimits/read";
    id: RequestId;
    params?: GetAccountRateLimitsParams | null;
  }
  | {
    method: "account/rateLimitResetCredit/consume";
    id: RequestId;
    params: ConsumeAccountRateLimitResetCreditParams;
  }
  | {
    method: "account/usage/read";
    id: RequestId;
    params?: GetAccountTokenUsageParams | null;
  }
  | {
    method: "account/workspaceMessages/read";
    id: RequestId;
    params?: null;
  }
  | {
    method: "account/sendAddCreditsNudgeEmail";
    id: RequestId;
    params: SendAddCreditsNudgeEmailParams;
  }
  | {
    method: "feedback/upload";
    id: RequestId;
    params: FeedbackUploadParams;
  }
  | {
    method: "feedback/save";
    id: RequestId;
    params: FeedbackSaveParams;
  }
  /** Execute a standalone command (argv vector) under the server's sandbox. */
  | {
    method: "command/exec";
    id: RequestId;
    params: CommandExecParams;
  }
  /** Write stdin bytes to a running `command/exec` session or close stdin. */
  | {
    method: "command/exec/write";
    id: RequestId;
    params: CommandExecWriteParams;
  }
  /** Terminate a running `command/exec` session by client-supplied `processId`. */
  | {
    method: "command/exec/terminate";
    id: RequestId;
    params: CommandExecTerminateParams;
  }
  /** Resize a running PTY-backed `command/exec` session by client-supplied `processId`. */
  | {
    method: "command/exec/resize";
    id: RequestId;
    params: CommandExecResizeParams;
  }
  /** Spawn a standalone process (argv vector) without a Codex sandbox. */
  | {
    method: "process/spawn";
    id: RequestId;
    params: ProcessSpawnParams;
  }
  /** Write stdin bytes to a running `process/spawn` session or close stdin. */
  | {
    method: "process/writeStdin";
    id: RequestId;
    params: ProcessWriteStdinParams;
  }
  /** Terminate a running `process/spawn` session by client-supplied `processHandle`. */
  | {
    method: "process/kill";
    id: RequestId;
    params: ProcessKillParams;
  }
  /** Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`. */
  | {
    method: "process/resizePty";
    id: RequestId;
    params: ProcessResizePtyParams;
  }
  | {
    method: "config/read";
    id: RequestId;
    params: ConfigReadParams;
  }
  | {
    method: "externalAgentConfig/detect";
    id: RequestId;
    params: ExternalAgentConfigDetectParams;
  }
  | {
    method: "externalAgentConfig/import";
    id: RequestId;
    params: ExternalAgentConfigImportParams;
  }
  | {
    method: "externalAgentConfig/import/recordHistory";
    id: RequestId;
    params: ExternalAgentConfigImportHistoryRecordParams;
  }
  | {
    method: "externalAgentConfig/import/readHistories";
    id: RequestId;
    params?: null;
  }
  | {
    method: "config/value/write";
    id: RequestId;
    params: ConfigValueWriteParams;
  }
  | {
    method: "config/batchWrite";
    id: RequestId;
    params: ConfigBatchWriteParams;
  }
  | {
    method: "configRequirements/read";
    id: RequestId;
    params?: null;
  }
  | {
    method: "account/read";
    id: RequestId;
    params: GetAccountParams;
  }
  | {
    method: "fuzzyFileSearch";
    id: RequestId;
    params: FuzzyFileSearchParams;
  }
  | {
    method: "fuzzyFileSearch/sessionStart";
    id: RequestId;
    params: FuzzyFileSearchSessionStartParams;
  }
  | {
    method: "fuzzyFileSearch/sessionUpdate";
    id: RequestId;
    params: FuzzyFileSearchSessionUpdateParams;
  }
  | {
    method: "fuzzyFileSearch/sessionStop";
    id: RequestId;
    params: FuzzyFileSearchSessionStopParams;
  };

/** EXPERIMENTAL - list collaboration mode presets. */
export type CollaborationModeListParams = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - collaboration mode presets response. */
export type CollaborationModeListResponse = {
  data: CollaborationModeMask[];
};

/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 *
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 */
export type CommandExecParams = {
  /** Command argv vector. Empty arrays are rejected. */
  command: string[];
  /** Optional working directory. Defaults to the server cwd. */
  cwd?: string | null;
  /**
   * Disable stdout/stderr capture truncation for this request.
   *
   * Cannot be combined with `outputBytesCap`.
   */
  disableOutputCap?: boolean;
  /**
   * Disable the timeout entirely for this request.
   *
   * Cannot be combined with `timeoutMs`.
   */
  disableTimeout?: boolean;
  /**
   * Optional environment overrides merged into the server-computed environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?:
    | {
      [key: string]: string | null;
    }
    | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
   */
  outputBytesCap?: number | null;
  /**
   * Optional active permissions profile id for this command.
   *
   * Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.
   */
  permissionProfile?: string | null;
  /**
   * Optional client-supplied, connection-scoped process id.
   *
   * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
   */
  processId?: string | null;
  /**
   * Optional sandbox policy for this command.
   *
   * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
   */
  sandboxPolicy?: SandboxPolicy | null;
  /** Optional initial PTY size in character cells. Only valid when `tty` is true. */
  size?: CommandExecTerminalSize | null;
  /**
   * Allow follow-up `command/exec/write` requests to write stdin bytes.
   *
   * Requires a client-supplied `processId`.
   */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `command/exec/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
};

/** `CommandExecutionRequestApprovalParams` of the app-server protocol. */
export type CommandExecutionRequestApprovalParams = {
  /** Optional additional permissions requested for this command. */
  additionalPermissions?: AdditionalPermissionProfile | null;
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  approvalId?: string | null;
  /** Ordered list of decisions the client may present for this prompt. */
  availableDecisions?: CommandExecutionApprovalDecision[] | null;
  /** The command to be executed. */
  command?: string | null;
  /** Best-effort parsed command actions for friendly display. */
  commandActions?: CommandAction[] | null;
  /** The command's working directory. */
  cwd?: LegacyAppPathString | null;
  /** Environment in which the command will run. */
  environmentId?: string | null;
  itemId: string;
  /**
   * Kind of action under review. Defaults to `command` for older servers.
   *
   * @default "command"
   */
  kind?: CommandExecutionApprovalKind;
  /** Optional context for a managed-network approval prompt. */
  networkApprovalContext?: NetworkApprovalContext | null;
  /** Optional proposed execpolicy amendment to allow similar commands without prompting. */
  proposedExecpolicyAmendment?: string[] | null;
  /** Optional proposed network policy amendments (allow/deny host) for future requests. */
  proposedNetworkPolicyAmendments?: NetworkPolicyAmendment[] | null;
  /** Optional explanatory reason (e.g. request for network access). */
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

/** `Config` of the app-server protocol. */
export type Config = {
  analytics?: AnalyticsConfig | null;
  approval_policy?: AskForApproval | null;
  /** [UNSTABLE] Optional default for where approval requests are routed for review. */
  approvals_reviewer?: ApprovalsReviewer | null;
  apps?: AppsConfig | null;
  browser_use?: BrowserUseConfig | null;
  /** Effective tools.client_search_provider hint. Model-selected providers take precedence. */
  client_search_provider?: WebSearchProvider | null;
  compact_prompt?: string | null;
  computer_use?: ComputerUseConfig | null;
  desktop?:
    | {
      [key: string]: unknown;
    }
    | null;
  developer_instructions?: string | null;
  forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null;
  forced_login_method?: ForcedLoginMethod | null;
  instructions?: string | null;
  model?: string | null;
  model_auto_compact_token_limit?: number | null;
  model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null;
  model_context_window?: number | null;
  model_provider?: string | null;
  model_reasoning_effort?: ReasoningEffort | null;
  model_reasoning_summary?: ReasoningSummary | null;
  model_verbosity?: Verbosity | null;
  review_model?: string | null;
  sandbox_mode?: SandboxMode | null;
  sandbox_workspace_write?: SandboxWorkspaceWrite | null;
  service_tier?: string | null;
  tools?: ToolsV2 | null;
  web_search?: WebSearchMode | null;
  [key: string]: unknown;
};

/** `ConfigReadResponse` of the app-server protocol. */
export type ConfigReadResponse = {
  config: Config;
  layers?: ConfigLayer[] | null;
  origins: {
    [key: string]: ConfigLayerMetadata;
  };
};

/** `ConfigRequirements` of the app-server protocol. */
export type ConfigRequirements = {
  additionalDeveloperInstructions?: string | null;
  allowAppshots?: boolean | null;
  allowBrowserAndComputerUse?: boolean | null;
  allowLoginShell?: boolean | null;
  allowManagedHooksOnly?: boolean | null;
  allowRemoteControl?: boolean | null;
  allowedApprovalPolicies?: AskForApproval[] | null;
  allowedApprovalsReviewers?: ApprovalsReviewer[] | null;
  /** Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field. */
  allowedLoginMethods?: ForcedLoginMethod[] | null;
  allowedPermissionProfiles?:
    | {
      [key: string]: boolean;
    }
    | null;
  allowedSandboxModes?: SandboxMode[] | null;
  allowedWebSearchModes?: WebSearchMode[] | null;
  allowedWindowsSandboxImplementations?: WindowsSandboxImplementation[] | null;
  application?: ApplicationRequirements | null;
  autoReview?: AutoReviewRequirements | null;
  browserUse?: BrowserUseRequirements | null;
  chatgptBaseUrl?: string | null;
  checkForUpdateOnStartup?: boolean | null;
  cliAuthCredentialsStore?: CliAuthCredentialsStoreMode | null;
  computerUse?: ComputerUseRequirements | null;
  defaultPermissions?: string | null;
  enforceResidency?: ResidencyRequirement | null;
  featureRequirements?:
    | {
      [key: string]: boolean;
    }
    | null;
  feedback?: FeedbackRequirements | null;
  hooks?: ManagedHooksRequirements | null;
  inAppBrowser?: InAppBrowserRequirements | null;
  logDir?: string | null;
  modelCatalogJson?: string | null;
  /** Exact provider selection required by managed policy. */
  modelProvider?: string | null;
  /** Complete required provider definitions, using config.toml field names. */
  modelProviders?:
    | {
      [key: string]: unknown;
    }
    | null;
  models?: ModelsRequirements | null;
  network?: NetworkRequirements | null;
  otel?: OtelRequirements | null;
  sqliteHome?: string | null;
};

/** `ConfigRequirementsReadResponse` of the app-server protocol. */
export type ConfigRequirementsReadResponse = {
  /** Null if no requirements are configured (e.g. no requirements.toml/MDM entries). */
  requirements?: ConfigRequirements | null;
  /** Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate. */
  supportsIndependentSpeedModes?: boolean | null;
};

/** `EnvironmentAddParams` of the app-server protocol. */
export type EnvironmentAddParams = {
  /** Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination. */
  authBearerToken?: string | null;
  /** Optional WebSocket connection timeout. The server default applies when omitted. */
  connectTimeoutMs?: number | null;
  environmentId: string;
  execServerUrl: string;
  /** Required skills supplied by this environment, checked before model inference. */
  skills?: EnvironmentSkillsParams | null;
  /** Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination. */
  websocketRequestId?: string | null;
};

/** `EnvironmentAddResponse` of the app-server protocol. */
export type EnvironmentAddResponse = {
  [key: string]: unknown;
};

/** `EnvironmentInfoParams` of the app-server protocol. */
export type EnvironmentInfoParams = {
  environmentId: string;
};

/** `EnvironmentInfoResponse` of the app-server protocol. */
export type EnvironmentInfoResponse = {
  /** Default working directory reported by the environment, as a canonical file URI. */
  cwd?: PathUri | null;
  shell: EnvironmentShellInfo;
};

/** `EnvironmentShellInfo` of the app-server protocol. */
export type EnvironmentShellInfo = {
  /** Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`. */
  name: string;
  /** Target-native shell executable path or command name. */
  path: string;
};

/**
 * Current status observed by app-server without starting or recovering an environment.
 *
 * For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.
 */
export type EnvironmentStatusKind =
  /** The environment is local, or an already-connected remote exec-server answered `environment/status` over its existing initialized connection. */
  | "ready"
  /** The configured environment has no ready connection and no observed connection failure. This includes lazy environments that have never been started and initial startup that has not finished. */
  | "pending"
  /** A connection attempt, prior connection, or fail-fast `environment/status` probe observed a failure. This does not promise the failure is terminal: later normal environment use may recover it. This call does not trigger recovery; `error` contains the observed reason. */
  | "disconnected"
  /** The requested environment id is not configured in app-server. */
  | "unknown";

/** Parameters for reading the current status of one configured environment. */
export type EnvironmentStatusParams = {
  /** Environment id to inspect. */
  environmentId: string;
};

/** Current status for the requested environment. */
export type EnvironmentStatusResponse = {
  /** Human-readable detail for `disconnected` and `unknown`; omitted for other statuses. */
  error?: string | null;
  /** Current status observed without starting or recovering the environment. */
  status: EnvironmentStatusKind;
};

/** `FuzzyFileSearchSessionStartParams` of the app-server protocol. */
export type FuzzyFileSearchSessionStartParams = {
  roots: string[];
  sessionId: string;
};

/** `FuzzyFileSearchSessionStartResponse` of the app-server protocol. */
export type FuzzyFileSearchSessionStartResponse = {
  [key: string]: unknown;
};

/** `FuzzyFileSearchSessionStopParams` of the app-server protocol. */
export type FuzzyFileSearchSessionStopParams = {
  sessionId: string;
};

/** `FuzzyFileSearchSessionStopResponse` of the app-server protocol. */
export type FuzzyFileSearchSessionStopResponse = {
  [key: string]: unknown;
};

/** `FuzzyFileSearchSessionUpdateParams` of the app-server protocol. */
export type FuzzyFileSearchSessionUpdateParams = {
  query: string;
  sessionId: string;
};

/** `FuzzyFileSearchSessionUpdateResponse` of the app-server protocol. */
export type FuzzyFileSearchSessionUpdateResponse = {
  [key: string]: unknown;
};

/** `GcpSetupParams` of the app-server protocol. */
export type GcpSetupParams = {
  /** Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes. */
  credentialFile?: string | null;
  /** Vertex AI location. Omission or null selects `global`. */
  location?: string | null;
  projectId: string;
};

/** `GcpSetupResponse` of the app-server protocol. */
export type GcpSetupResponse = {
  [key: string]: unknown;
};

/** `GetAccountResponse` of the app-server protocol. */
export type GetAccountResponse = {
  account?: Account | null;
  requiresOpenaiAuth: boolean;
  /** ChatGPT user ID belonging to this account response, when available. */
  userId?: string | null;
  workspaceRouting?: WorkspaceRouting | null;
};

/** Final allow/deny outcome returned by the guardian reviewer. */
export type GuardianAssessmentOutcome = "allow" | "deny";

/** `McpServerElicitationRequestParams` of the app-server protocol. */
export type McpServerElicitationRequestParams =
  /** A device-authenticated approval; accepted responses contain the proof in `content`. */
  | {
    mode: "openai/userVerification";
    _meta?: unknown;
    challenge: string;
    description: string;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    serverName: string;
    threadId: string;
    title: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    mode: "form";
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    requestedSchema: McpElicitationSchema;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    mode: "openai/form";
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    requestedSchema: unknown;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    mode: "openaiForm";
    _meta?: unknown;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    requestedSchema: unknown;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
  }
  | {
    mode: "url";
    _meta?: unknown;
    elicitationId: string;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    message: string;
    serverName: string;
    threadId: string;
    /**
     * Active Codex turn when this elicitation was observed, if app-server could correlate one.
     *
     * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
     */
    turnId?: string | null;
    url: string;
  };

/** `McpServerEventStreamStartParams` of the app-server protocol. */
export type McpServerEventStreamStartParams = {
  _meta?: unknown;
  arguments: unknown;
  name: string;
  server: string;
  subscriptionId: string;
  threadId: string;
};

/** `McpServerEventStreamStartResponse` of the app-server protocol. */
export type McpServerEventStreamStartResponse = {
  [key: string]: unknown;
};

/** `McpServerEventStreamStopParams` of the app-server protocol. */
export type McpServerEventStreamStopParams = {
  subscriptionId: string;
};

/** `McpServerEventStreamStopResponse` of the app-server protocol. */
export type McpServerEventStreamStopResponse = {
  [key: string]: unknown;
};

/** `MemoryResetResponse` of the app-server protocol. */
export type MemoryResetResponse = {
  [key: string]: unknown;
};

/** `MemoryStatusParams` of the app-server protocol. */
export type MemoryStatusParams = {
  /** Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096. */
  minConsolidatedThreads?: number | null;
};

/** `MemoryStatusResponse` of the app-server protocol. */
export type MemoryStatusResponse = {
  v2ConsolidatedThreads: number;
  v2Ready: boolean;
};

/** `MockExperimentalMethodParams` of the app-server protocol. */
export type MockExperimentalMethodParams = {
  /** Test-only payload field. */
  value?: string | null;
};

/** `MockExperimentalMethodResponse` of the app-server protocol. */
export type MockExperimentalMethodResponse = {
  /** Echoes the input `value`. */
  echoed?: string | null;
};

/** `NullableRemoteControlDisableParams` of the app-server protocol. */
export type NullableRemoteControlDisableParams = RemoteControlDisableParams | null;

/** `NullableRemoteControlEnableParams` of the app-server protocol. */
export type NullableRemoteControlEnableParams = RemoteControlEnableParams | null;

/** `PluginSearchParams` of the app-server protocol. */
export type PluginSearchParams = {
  cursor?: string | null;
  cwds?: AbsolutePathBuf[] | null;
  limit?: number | null;
  scope?: PluginSearchScope | null;
  searchTerm: string;
};

/** `PluginSearchResponse` of the app-server protocol. */
export type PluginSearchResponse = {
  data: PluginSearchResult[];
  nextCursor?: string | null;
};

/** Terminate a running `process/spawn` session. */
export type ProcessKillParams = {
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
};

/** Empty success response for `process/kill`. */
export type ProcessKillResponse = {
  [key: string]: unknown;
};

/** Resize a running PTY-backed `process/spawn` session. */
export type ProcessResizePtyParams = {
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /** New PTY size in character cells. */
  size: ProcessTerminalSize;
};

/** Empty success response for `process/resizePty`. */
export type ProcessResizePtyResponse = {
  [key: string]: unknown;
};

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.
 *
 * `process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.
 */
export type ProcessSpawnParams = {
  /** Command argv vector. Empty arrays are rejected. */
  command: string[];
  /** Absolute working directory for the process. */
  cwd: AbsolutePathBuf;
  /**
   * Optional environment overrides merged into the app-server process environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?:
    | {
      [key: string]: string | null;
    }
    | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Set to `null` to disable the cap.
   */
  outputBytesCap?: number | null;
  /**
   * Client-supplied, connection-scoped process handle.
   *
   * Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.
   */
  processHandle: string;
  /** Optional initial PTY size in character cells. Only valid when `tty` is true. */
  size?: ProcessTerminalSize | null;
  /** Allow follow-up `process/writeStdin` requests to write stdin bytes. */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `process/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the `process/exited` notification.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Set to `null` to disable the timeout.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
};

/** Successful response for `process/spawn`. */
export type ProcessSpawnResponse = {
  [key: string]: unknown;
};

/** Write stdin bytes to a running `process/spawn` session, close stdin, or both. */
export type ProcessWriteStdinParams = {
  /** Close stdin after writing `deltaBase64`, if present. */
  closeStdin?: boolean;
  /** Optional base64-encoded stdin bytes to write. */
  deltaBase64?: string | null;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
};

/** Empty success response for `process/writeStdin`. */
export type ProcessWriteStdinResponse = {
  [key: string]: unknown;
};

/** `ProjectCreateParams` of the app-server protocol. */
export type ProjectCreateParams = {
  idempotencyKey: string;
  metadata?:
    | {
      [key: string]: string;
    }
    | null;
  name: string;
  roots: ProjectRoot[];
};

/** `ProjectCreateResponse` of the app-server protocol. */
export type ProjectCreateResponse = {
  project: Project;
};

/** `ProjectDeleteParams` of the app-server protocol. */
export type ProjectDeleteParams = {
  projectId: string;
};

/** `ProjectDeleteResponse` of the app-server protocol. */
export type ProjectDeleteResponse = {
  [key: string]: unknown;
};

/** `ProjectImportParams` of the app-server protocol. */
export type ProjectImportParams = {
  idempotencyKey: string;
  metadata?:
    | {
      [key: string]: string;
    }
    | null;
  name: string;
  roots: ProjectRoot[];
  threads?: string[] | null;
};

/** `ProjectImportResponse` of the app-server protocol. */
export type ProjectImportResponse = {
  project: Project;
};

/** `ProjectListParams` of the app-server protocol. */
export type ProjectListParams = {
  cursor?: string | null;
  limit?: number | null;
  /** Requires sortKey. Defaults to asc for position and desc for recencyAt. */
  sortDirection?: SortDirection | null;
  /** Defaults to position. Recency sorting always places empty projects last. Use the returned order; numeric positions are not exposed in project responses. */
  sortKey?: ProjectSortKey | null;
};

/** `ProjectListResponse` of the app-server protocol. */
export type ProjectListResponse = {
  data: Project[];
  nextCursor?: string | null;
};

/** `ProjectMoveParams` of the app-server protocol. */
export type ProjectMoveParams = {
  /** Place the project before this ID, or append it when omitted or null. */
  beforeProjectId?: string | null;
  projectId: string;
};

/** `ProjectMoveResponse` of the app-server protocol. */
export type ProjectMoveResponse = {
  [key: string]: unknown;
};

/** `ProjectReadParams` of the app-server protocol. */
export type ProjectReadParams = {
  projectId: string;
};

/** `ProjectReadResponse` of the app-server protocol. */
export type ProjectReadResponse = {
  project: Project;
};

/** `ProjectUpdateParams` of the app-server protocol. */
export type ProjectUpdateParams = {
  metadata?:
    | {
      [key: string]: string;
    }
    | null;
  name?: string | null;
  projectId: string;
  roots?: ProjectRoot[] | null;
};

/** `ProjectUpdateResponse` of the app-server protocol. */
export type ProjectUpdateResponse = {
  project: Project;
};

/** `RemoteControlClient` of the app-server protocol. */
export type RemoteControlClient = {
  appVersion?: string | null;
  clientId: string;
  deviceModel?: string | null;
  deviceType?: string | null;
  displayName?: string | null;
  lastSeenAt?: number | null;
  osVersion?: string | null;
  platform?: string | null;
};

/** `RemoteControlClientsListOrder` of the app-server protocol. */
export type RemoteControlClientsListOrder = "asc" | "desc";

/** `RemoteControlClientsListParams` of the app-server protocol. */
export type RemoteControlClientsListParams = {
  cursor?: string | null;
  environmentId: string;
  limit?: number | null;
  order?: RemoteControlClientsListOrder | null;
};

/** `RemoteControlClientsListResponse` of the app-server protocol. */
export type RemoteControlClientsListResponse = {
  data: RemoteControlClient[];
  nextCursor?: string | null;
};

/** `RemoteControlClientsRevokeParams` of the app-server protocol. */
export type RemoteControlClientsRevokeParams = {
  clientId: string;
  environmentId: string;
};

/** `RemoteControlClientsRevokeResponse` of the app-server protocol. */
export type RemoteControlClientsRevokeResponse = {
  [key: string]: unknown;
};

/** `RemoteControlDisableResponse` of the app-server protocol. */
export type RemoteControlDisableResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

/** `RemoteControlEnableResponse` of the app-server protocol. */
export type RemoteControlEnableResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

/** `RemoteControlPairingStartParams` of the app-server protocol. */
export type RemoteControlPairingStartParams = {
  manualCode?: boolean;
};

/** `RemoteControlPairingStartResponse` of the app-server protocol. */
export type RemoteControlPairingStartResponse = {
  environmentId: string;
  expiresAt: number;
  manualPairingCode?: string | null;
  pairingCode: string;
};

/** `RemoteControlPairingStatusParams` of the app-server protocol. */
export type RemoteControlPairingStatusParams = {
  manualPairingCode?: string | null;
  pairingCode?: string | null;
};

/** `RemoteControlPairingStatusResponse` of the app-server protocol. */
export type RemoteControlPairingStatusResponse = {
  claimed: boolean;
};

/** `RemoteControlStatusReadResponse` of the app-server protocol. */
export type RemoteControlStatusReadResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

/** Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work. */
export type RolloutCompressResponse = {
  [key: string]: unknown;
};

/** `ServerDiagnosticsParams` of the app-server protocol. */
export type ServerDiagnosticsParams = {
  [key: string]: unknown;
};

/** `ServerDiagnosticsResponse` of the app-server protocol. */
export type ServerDiagnosticsResponse = {
  gauges: ServerDiagnosticsGauge[];
  process: ServerDiagnosticsProcess;
};

/** Notification sent from the server to the client. */
export type ServerNotification =
  /** NEW NOTIFICATIONS */
  | {
    method: "error";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ErrorNotification;
  }
  | {
    method: "thread/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadStartedNotification;
  }
  | {
    method: "thread/status/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadStatusChangedNotification;
  }
  | {
    method: "thread/readState/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadReadStateChangedNotification;
  }
  | {
    method: "thread/archived";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadArchivedNotification;
  }
  | {
    method: "thread/deleted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadDeletedNotification;
  }
  | {
    method: "thread/unarchived";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadUnarchivedNotification;
  }
  | {
    method: "thread/closed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadClosedNotification;
  }
  | {
    method: "thread/reverted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRevertedNotification;
  }
  | {
    method: "skills/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: SkillsChangedNotification;
  }
  | {
    method: "thread/name/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadNameUpdatedNotification;
  }
  | {
    method: "thread/section/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadSectionChangedNotification;
  }
  | {
    method: "thread/attachment/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadAttachmentUpdatedNotification;
  }
  | {
    method: "thread/goal/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadGoalUpdatedNotification;
  }
  | {
    method: "thread/prediction/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadPredictionUpdatedNotification;
  }
  | {
    method: "thread/goal/cleared";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadGoalClearedNotification;
  }
  | {
    method: "thread/queue/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadQueueChangedNotification;
  }
  | {
    method: "project/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ProjectChangedNotification;
  }
  | {
    method: "thread/project/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadProjectUpdatedNotification;
  }
  | {
    method: "thread/environment/connected";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: EnvironmentConnectionNotification;
  }
  | {
    method: "thread/environment/disconnected";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: EnvironmentConnectionNotification;
  }
  | {
    method: "thread/settings/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadSettingsUpdatedNotification;
  }
  | {
    method: "thread/tokenUsage/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadTokenUsageUpdatedNotification;
  }
  | {
    method: "turn/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TurnStartedNotification;
  }
  | {
    method: "hook/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: HookStartedNotification;
  }
  | {
    method: "turn/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TurnCompletedNotification;
  }
  | {
    method: "hook/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: HookCompletedNotification;
  }
  | {
    method: "turn/diff/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TurnDiffUpdatedNotification;
  }
  | {
    method: "turn/plan/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TurnPlanUpdatedNotification;
  }
  | {
    method: "item/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ItemStartedNotification;
  }
  | {
    method: "item/autoApprovalReview/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ItemGuardianApprovalReviewStartedNotification;
  }
  | {
    method: "item/autoApprovalReview/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ItemGuardianApprovalReviewCompletedNotification;
  }
  | {
    method: "autoApprovalReview/strictReviewRequired";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: StrictReviewRequiredNotification;
  }
  | {
    method: "item/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ItemCompletedNotification;
  }
  | {
    method: "item/agentMessage/delta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AgentMessageDeltaNotification;
  }
  /** EXPERIMENTAL - proposed plan streaming deltas for plan items. */
  | {
    method: "item/plan/delta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: PlanDeltaNotification;
  }
  /** Stream base64-encoded stdout/stderr chunks for a running `command/exec` session. */
  | {
    method: "command/exec/outputDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: CommandExecOutputDeltaNotification;
  }
  /** Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session. */
  | {
    method: "process/outputDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ProcessOutputDeltaNotification;
  }
  | {
    method: "thread/search/partial";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadSearchPartialNotification;
  }
  /** Final exit notification for a `process/spawn` session. */
  | {
    method: "process/exited";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ProcessExitedNotification;
  }
  | {
    method: "item/commandExecution/outputDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: CommandExecutionOutputDeltaNotification;
  }
  | {
    method: "item/commandExecution/terminalInteraction";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TerminalInteractionNotification;
  }
  /** Deprecated legacy apply_patch output stream notification. */
  | {
    method: "item/fileChange/outputDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: FileChangeOutputDeltaNotification;
  }
  | {
    method: "item/fileChange/patchUpdated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: FileChangePatchUpdatedNotification;
  }
  | {
    method: "serverRequest/resolved";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ServerRequestResolvedNotification;
  }
  | {
    method: "item/mcpToolCall/progress";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: McpToolCallProgressNotification;
  }
  | {
    method: "mcpServer/oauthLogin/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: McpServerOauthLoginCompletedNotification;
  }
  | {
    method: "mcpServer/startupStatus/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: McpServerStatusUpdatedNotification;
  }
  | {
    method: "mcpServer/event/stream/notification";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: McpServerEventStreamNotification;
  }
  | {
    method: "account/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AccountUpdatedNotification;
  }
  | {
    method: "account/gatewayOAuth/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: GatewayOAuthChangedNotification;
  }
  | {
    method: "account/rateLimits/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AccountRateLimitsUpdatedNotification;
  }
  | {
    method: "app/list/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AppListUpdatedNotification;
  }
  | {
    method: "remoteControl/status/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: RemoteControlStatusChangedNotification;
  }
  | {
    method: "externalAgentConfig/import/progress";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ExternalAgentConfigImportProgressNotification;
  }
  | {
    method: "externalAgentConfig/import/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ExternalAgentConfigImportCompletedNotification;
  }
  | {
    method: "fs/changed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: FsChangedNotification;
  }
  | {
    method: "item/reasoning/summaryTextDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ReasoningSummaryTextDeltaNotification;
  }
  | {
    method: "item/reasoning/summaryPartAdded";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ReasoningSummaryPartAddedNotification;
  }
  | {
    method: "item/reasoning/textDelta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ReasoningTextDeltaNotification;
  }
  /** Deprecated: Use `ContextCompaction` item type instead. */
  | {
    method: "thread/compacted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ContextCompactedNotification;
  }
  | {
    method: "model/rerouted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ModelReroutedNotification;
  }
  | {
    method: "model/verification";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ModelVerificationNotification;
  }
  | {
    method: "modelProvider/authRecoveryStarted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AuthRecoveryNotification;
  }
  | {
    method: "modelProvider/authRecoveryCompleted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AuthRecoveryNotification;
  }
  | {
    method: "turn/moderationMetadata";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: TurnModerationMetadataNotification;
  }
  | {
    method: "model/safetyBuffering/updated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ModelSafetyBufferingUpdatedNotification;
  }
  | {
    method: "warning";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: WarningNotification;
  }
  | {
    method: "guardianWarning";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: GuardianWarningNotification;
  }
  | {
    method: "deprecationNotice";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: DeprecationNoticeNotification;
  }
  | {
    method: "configWarning";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ConfigWarningNotification;
  }
  | {
    method: "fuzzyFileSearch/sessionUpdated";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: FuzzyFileSearchSessionUpdatedNotification;
  }
  | {
    method: "fuzzyFileSearch/sessionCompleted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: FuzzyFileSearchSessionCompletedNotification;
  }
  | {
    method: "thread/realtime/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeStartedNotification;
  }
  | {
    method: "thread/realtime/itemAdded";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeItemAddedNotification;
  }
  | {
    method: "thread/realtime/item/started";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeItemStartedNotification;
  }
  | {
    method: "thread/realtime/item/transcript/delta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeItemTranscriptDeltaNotification;
  }
  | {
    method: "thread/realtime/item/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeItemCompletedNotification;
  }
  | {
    method: "thread/realtime/transcript/delta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeTranscriptDeltaNotification;
  }
  | {
    method: "thread/realtime/transcript/done";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeTranscriptDoneNotification;
  }
  | {
    method: "thread/realtime/outputAudio/delta";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeOutputAudioDeltaNotification;
  }
  | {
    method: "thread/realtime/sdp";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeSdpNotification;
  }
  | {
    method: "thread/realtime/error";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeErrorNotification;
  }
  | {
    method: "thread/realtime/closed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: ThreadRealtimeClosedNotification;
  }
  /** Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox. */
  | {
    method: "windows/worldWritableWarning";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: WindowsWorldWritableWarningNotification;
  }
  | {
    method: "windowsSandbox/setupCompleted";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: WindowsSandboxSetupCompletedNotification;
  }
  | {
    method: "account/login/completed";
    /** Unix timestamp (in milliseconds) when app-server emitted this notification. */
    emittedAtMs?: number;
    params: AccountLoginCompletedNotification;
  };

/** Request initiated from the server and sent to the client. */
export type ServerRequest =
  /** NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start. */
  | {
    method: "item/commandExecution/requestApproval";
    id: RequestId;
    params: CommandExecutionRequestApprovalParams;
  }
  /** Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start. */
  | {
    method: "item/fileChange/requestApproval";
    id: RequestId;
    params: FileChangeRequestApprovalParams;
  }
  /** EXPERIMENTAL - Request input from the user for a tool call. */
  | {
    method: "item/tool/requestUserInput";
    id: RequestId;
    params: ToolRequestUserInputParams;
  }
  /** Request input for an MCP server elicitation. */
  | {
    method: "mcpServer/elicitation/request";
    id: RequestId;
    params: McpServerElicitationRequestParams;
  }
  /** Request approval for additional permissions from the user. */
  | {
    method: "item/permissions/requestApproval";
    id: RequestId;
    params: PermissionsRequestApprovalParams;
  }
  /** Execute a dynamic tool call on the client. */
  | {
    method: "item/tool/call";
    id: RequestId;
    params: DynamicToolCallParams;
  }
  | {
    method: "account/chatgptAuthTokens/refresh";
    id: RequestId;
    params: ChatgptAuthTokensRefreshParams;
  }
  /** Generate a fresh upstream attestation result on demand. */
  | {
    method: "attestation/generate";
    id: RequestId;
    params: AttestationGenerateParams;
  }
  /** DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  | {
    method: "applyPatchApproval";
    id: RequestId;
    params: ApplyPatchApprovalParams;
  }
  /** Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage). */
  | {
    method: "execCommandApproval";
    id: RequestId;
    params: ExecCommandApprovalParams;
  };

/** `Thread` of the app-server protocol. */
export type Thread = {
  /** Optional random unique nickname assigned to an AgentControl-spawned sub-agent. */
  agentNickname?: string | null;
  /** Optional role (agent_role) assigned to an AgentControl-spawned sub-agent. */
  agentRole?: string | null;
  /** Parent that owns this persisted attached thread, independent of fork or spawn lineage. */
  attachedToThreadId?: string | null;
  /** Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread. */
  canAcceptDirectInput?: boolean | null;
  /** Version of the CLI that created the thread. */
  cliVersion: string;
  /** Unix timestamp (in seconds) when the thread was created. */
  createdAt: number;
  /** Working directory captured for the thread. */
  cwd: AbsolutePathBuf;
  /** Saved Daybreak choice, independent of turn execution. Null if unset. */
  daybreakEnabled?: boolean | null;
  /** Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status. */
  environments?: ThreadEnvironment[] | null;
  /** Whether the thread is ephemeral and should not be materialized on disk. */
  ephemeral: boolean;
  /** Optional implementation-specific thread data. */
  extra?: ThreadExtra | null;
  /** Source thread id when this thread was created by forking another thread. */
  forkedFromId?: string | null;
  /** Optional Git metadata captured when the thread was created. */
  gitInfo?: GitInfo | null;
  /**
   * Persisted thread history contract selected when this thread was created.
   *
   * @default "legacy"
   */
  historyMode?: ThreadHistoryMode;
  /** Identifier for this thread. Codex-generated thread IDs are UUIDv7. */
  id: string;
  /** Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry. */
  model?: string | null;
  /** Model provider used for this thread (for example, 'openai'). */
  modelProvider: string;
  /** Optional user-facing thread title. */
  name?: string | null;
  /** Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable. */
  originator?: string | null;
  /** The ID of the parent thread. This will only be set if this thread is a subagent. */
  parentThreadId?: string | null;
  /** [UNSTABLE] Path to the thread on disk. */
  path?: string | null;
  /** Usually the first user message in the thread, if available. */
  preview: string;
  /** Canonical project assignment owned by app-server, if any. */
  projectId: string | null;
  /** Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry. */
  reasoningEffort?: ReasoningEffort | null;
  /** Unix timestamp (in seconds) used for thread recency ordering. */
  recencyAt?: number | null;
  /** The independently persisted section selected for this thread, if any. */
  section?: ThreadSection | null;
  /** Unix timestamp in seconds when the thread entered its current section. */
  sectionEnteredAt?: number | null;
  /** Session id shared by threads that belong to the same session tree. */
  sessionId: string;
  /** Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.). */
  source: SessionSource;
  /** Current runtime status for the thread. */
  status: ThreadStatus;
  /** Optional analytics source classification for this thread. */
  threadSource?: ThreadSource | null;
  /** Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list. */
  turns: Turn[];
  /** Unix timestamp (in seconds) when the thread was last updated. */
  updatedAt: number;
};

/** `ThreadBackgroundTerminal` of the app-server protocol. */
export type ThreadBackgroundTerminal = {
  command: string;
  cpuPercent?: number | null;
  cwd: LegacyAppPathString;
  itemId: string;
  osPid?: number | null;
  processId: string;
  rssKb?: number | null;
};

/** `ThreadBackgroundTerminalsCleanParams` of the app-server protocol. */
export type ThreadBackgroundTerminalsCleanParams = {
  threadId: string;
};

/** `ThreadBackgroundTerminalsCleanResponse` of the app-server protocol. */
export type ThreadBackgroundTerminalsCleanResponse = {
  [key: string]: unknown;
};

/** `ThreadBackgroundTerminalsListParams` of the app-server protocol. */
export type ThreadBackgroundTerminalsListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size. */
  limit?: number | null;
  threadId: string;
};

/** `ThreadBackgroundTerminalsListResponse` of the app-server protocol. */
export type ThreadBackgroundTerminalsListResponse = {
  data: ThreadBackgroundTerminal[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `ThreadBackgroundTerminalsTerminateParams` of the app-server protocol. */
export type ThreadBackgroundTerminalsTerminateParams = {
  processId: string;
  threadId: string;
};

/** `ThreadBackgroundTerminalsTerminateResponse` of the app-server protocol. */
export type ThreadBackgroundTerminalsTerminateResponse = {
  terminated: boolean;
};

/** Parameters for `thread/decrement_elicitation`. */
export type ThreadDecrementElicitationParams = {
  /** Thread whose out-of-band elicitation counter should be decremented. */
  threadId: string;
};

/** Response for `thread/decrement_elicitation`. */
export type ThreadDecrementElicitationResponse = {
  /** Current out-of-band elicitation count after the decrement. */
  count: number;
  /** Whether timeout accounting remains paused after applying the decrement. */
  paused: boolean;
};

/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 *
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export type ThreadForkParams = {
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork. */
  attachToSource?: boolean;
  baseInstructions?: string | null;
  /** Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`. */
  beforeTurnId?: string | null;
  config?:
    | {
      [key: string]: unknown;
    }
    | null;
  cwd?: string | null;
  /** When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it. */
  deferGoalContinuation?: boolean;
  developerInstructions?: string | null;
  ephemeral?: boolean;
  /** When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead. */
  excludeTurns?: boolean;
  /** Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`. */
  experimentalDisablePredictionMcp?: boolean;
  /** Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`. */
  experimentalPredictionMode?: boolean;
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  lastTurnId?: string | null;
  /** Configuration overrides for the forked thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  /** [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored. */
  path?: string | null;
  /** Named profile id for the forked thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
  /** Optional client-supplied analytics source classification for this forked thread. */
  threadSource?: ThreadSource | null;
};

/** `ThreadForkResponse` of the app-server protocol. */
export type ThreadForkResponse = {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   *
   * @default []
   */
  disabledPluginIds?: string[];
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   *
   * @default []
   */
  instructionSources?: LegacyAppPathString[];
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   *
   * @default "explicitRequestOnly"
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   *
   * @default []
   */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

/** `ThreadGuardianAssessment` of the app-server protocol. */
export type ThreadGuardianAssessment = {
  outcome: GuardianAssessmentOutcome;
  rationale: string;
  riskLevel: GuardianRiskLevel;
  userAuthorization: GuardianUserAuthorization;
};

/** Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects. Sequential calls on the same loaded thread can reuse Guardian history across direct reviews and live approvals. The reviewer keeps a separate conversation from the actor and follows the parent thread's normal persistence settings. A retry evaluates the final call again under the current policy. */
export type ThreadGuardianReviewParams = {
  threadId: string;
};

/** `ThreadGuardianReviewResponse` of the app-server protocol. */
export type ThreadGuardianReviewResponse = {
  /** Null when current policy or a remembered approval skips review. */
  assessment?: ThreadGuardianAssessment | null;
  callId: string;
};

/** Parameters for `thread/increment_elicitation`. */
export type ThreadIncrementElicitationParams = {
  /** Thread whose out-of-band elicitation counter should be incremented. */
  threadId: string;
};

/** Response for `thread/increment_elicitation`. */
export type ThreadIncrementElicitationResponse = {
  /** Current out-of-band elicitation count after the increment. */
  count: number;
  /** Whether timeout accounting is paused after applying the increment. */
  paused: boolean;
};

/** `ThreadItemEntry` of the app-server protocol. */
export type ThreadItemEntry = {
  /** Unix timestamp (milliseconds) when the item completed, if recorded by the producer. */
  completedAtMs?: number | null;
  item: ThreadItem;
  /** The saved output was omitted. Fetch the complete item with `thread/items/read`. */
  outputDeferred?: boolean;
  /** Unix timestamp (milliseconds) when the item started, if recorded by the producer. */
  startedAtMs?: number | null;
  /** Turn containing this item. */
  turnId: string;
};

/** `ThreadItemOutputDeferral` of the app-server protocol. */
export type ThreadItemOutputDeferral = {
  /** Defer nonempty output from successful commands. */
  commandExecution?: boolean;
  /** Defer nonempty plain-text results from successful MCP tool calls. */
  mcpToolCall?: boolean;
};

/** `ThreadItemsListParams` of the app-server protocol. */
export type ThreadItemsListParams = {
  /** Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor. */
  cursor?: ThreadItemsListCursor | null;
  /** For a single turn, choose which saved outputs to fetch separately by item ID. */
  deferOutput?: ThreadItemOutputDeferral | null;
  /** Optional item page size. */
  limit?: number | null;
  /** Optional item pagination direction; defaults to ascending. */
  sortDirection?: SortDirection | null;
  threadId: string;
  /** Optional turn id to filter by. When omitted, returns items across the thread. */
  turnId?: string | null;
};

/** `ThreadItemsListResponse` of the app-server protocol. */
export type ThreadItemsListResponse = {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item. */
  backwardsCursor?: string | null;
  data: ThreadItemEntry[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
};

/** EXPERIMENTAL - retrieve a bounded set of persisted items from one turn. */
export type ThreadItemsReadParams = {
  /** Item IDs to retrieve. Supply 1 to 100 IDs. */
  itemIds: string[];
  threadId: string;
  turnId: string;
};

/** EXPERIMENTAL - persisted items returned in canonical stored order. */
export type ThreadItemsReadResponse = {
  data: ThreadItemEntry[];
};

/** `ThreadListParams` of the app-server protocol. */
export type ThreadListParams = {
  /** Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`. */
  ancestorThreadId?: string | null;
  /** Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned. */
  archived?: boolean | null;
  /** Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings. */
  attachedToThreadId?: string | null;
  /** Show local history visible to the current ChatGPT account. Defaults to false. */
  currentAccountOnly?: boolean;
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned. */
  cwd?: ThreadListCwdFilter | null;
  /** Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions. */
  excludedThreadIds?: string[] | null;
  /** Include persistent threads attached to a parent when searching by title. */
  includeAttachedThreads?: boolean;
  /** Restrict results to up to 100 thread IDs before pagination. Omit or send null for unrestricted results. An empty list matches nothing. Exclusions still apply. Repeat the same IDs on each page. The local store uses indexed metadata for this filter. */
  includedThreadIds?: string[] | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers. */
  modelProviders?: string[] | null;
  /** Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted. */
  originators?: string[] | null;
  /** Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`. */
  parentThreadId?: string | null;
  /** Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project. */
  projectId?: string | null;
  /** Optional substring filter for the extracted thread title. */
  searchTerm?: string | null;
  /** Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section. */
  sectionId?: string | null;
  /** Optional sort direction; defaults to descending (newest first). */
  sortDirection?: SortDirection | null;
  /** Optional sort key; defaults to created_at. */
  sortKey?: ThreadSortKey | null;
  /** Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources. */
  sourceKinds?: ThreadSourceKind[] | null;
  /** If true, the local store returns indexed metadata without scanning JSONL rollouts for repairs. Requests with `includedThreadIds` always use indexed metadata. */
  useStateDbOnly?: boolean;
};

/** `ThreadListResponse` of the app-server protocol. */
export type ThreadListResponse = {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped. */
  backwardsCursor?: string | null;
  data: Thread[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
  /** Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible. */
  readStates?:
    | {
      [key: string]: ThreadReadState;
    }
    | null;
};

/** `ThreadMemoryModeSetParams` of the app-server protocol. */
export type ThreadMemoryModeSetParams = {
  mode: ThreadMemoryMode;
  threadId: string;
};

/** `ThreadMemoryModeSetResponse` of the app-server protocol. */
export type ThreadMemoryModeSetResponse = {
  [key: string]: unknown;
};

/** `ThreadMemoryReadParams` of the app-server protocol. */
export type ThreadMemoryReadParams = {
  /** The thread must already be started or resumed. */
  threadId: string;
};

/** `ThreadMemoryReadResponse` of the app-server protocol. */
export type ThreadMemoryReadResponse = {
  /** Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank. */
  summary?: string | null;
};

/** `ThreadMetadataUpdateParams` of the app-server protocol. */
export type ThreadMetadataUpdateParams = {
  /** Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access. */
  daybreakEnabled?: boolean | null;
  /** Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value. */
  gitInfo?: ThreadMetadataGitInfoUpdateParams | null;
  /** Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it. */
  projectId?: string | null;
  threadId: string;
};

/** `ThreadMetadataUpdateResponse` of the app-server protocol. */
export type ThreadMetadataUpdateResponse = {
  thread: Thread;
};

/** `ThreadPredictionRequestParams` of the app-server protocol. */
export type ThreadPredictionRequestParams = {
  sourceTurnId: string;
  threadId: string;
};

/** `ThreadPredictionRequestResponse` of the app-server protocol. */
export type ThreadPredictionRequestResponse = {
  [key: string]: unknown;
};

/** Prepare an approved plan for the first turn of a fresh thread. */
export type ThreadPrepareApprovedPlanParams = {
  /** Absolute path to the optional app-server copy of the plan. */
  attachmentPath?: string | null;
  markdown: string;
  threadId: string;
};

/** `ThreadPrepareApprovedPlanResponse` of the app-server protocol. */
export type ThreadPrepareApprovedPlanResponse = {
  /** Initial user prompt. If no attachment is readable, the plan is already in the thread's context. */
  prompt: string;
};

/** `ThreadQueueAddParams` of the app-server protocol. */
export type ThreadQueueAddParams = {
  clientUserMessageId: string;
  input: UserInput[];
  /** ResponsesAPI metadata captured from the client submitting this input. */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
  threadId: string;
};

/** `ThreadQueueAddResponse` of the app-server protocol. */
export type ThreadQueueAddResponse = {
  queuedSubmission: QueuedSubmission;
};

/** `ThreadQueueDeleteParams` of the app-server protocol. */
export type ThreadQueueDeleteParams = {
  queuedSubmissionId: string;
  threadId: string;
};

/** `ThreadQueueDeleteResponse` of the app-server protocol. */
export type ThreadQueueDeleteResponse = {
  deleted: boolean;
};

/** `ThreadQueueListParams` of the app-server protocol. */
export type ThreadQueueListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to the standard thread-list page size. */
  limit?: number | null;
  threadId: string;
};

/** `ThreadQueueListResponse` of the app-server protocol. */
export type ThreadQueueListResponse = {
  data: QueuedSubmission[];
  /** Opaque cursor for the next page, or `null` when no submissions remain. */
  nextCursor?: string | null;
};

/** `ThreadQueueReorderParams` of the app-server protocol. */
export type ThreadQueueReorderParams = {
  queuedSubmissionIds: string[];
  threadId: string;
};

/** `ThreadQueueReorderResponse` of the app-server protocol. */
export type ThreadQueueReorderResponse = {
  [key: string]: unknown;
};

/** `ThreadQueueStartParams` of the app-server protocol. */
export type ThreadQueueStartParams = {
  queuedSubmissionId?: string | null;
  threadId: string;
};

/** `ThreadQueueStartResponse` of the app-server protocol. */
export type ThreadQueueStartResponse = {
  turn: Turn;
};

/** `ThreadQueueUpdateParams` of the app-server protocol. */
export type ThreadQueueUpdateParams = {
  input: UserInput[];
  queuedSubmissionId: string;
  /** Non-empty metadata replaces the input's metadata; omission or an empty map preserves it. */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
  threadId: string;
};

/** `ThreadQueueUpdateResponse` of the app-server protocol. */
export type ThreadQueueUpdateResponse = {
  queuedSubmission: QueuedSubmission;
};

/** `ThreadReadResponse` of the app-server protocol. */
export type ThreadReadResponse = {
  /** Local receipt. Null means this thread's durable read state is unavailable. */
  readState?: ThreadReadState | null;
  thread: Thread;
};

/** `ThreadReadStateUpdateParams` of the app-server protocol. */
export type ThreadReadStateUpdateParams = {
  /** Revision of the row or transcript actually seen. Conflicts require a fresh user action. */
  expectedRevision: string;
  operation: ThreadReadStateOperation;
  threadId: string;
};

/** `ThreadReadStateUpdateResponse` of the app-server protocol. */
export type ThreadReadStateUpdateResponse = {
  readState: ThreadReadState;
};

/** EXPERIMENTAL - append audio input to thread realtime. */
export type ThreadRealtimeAppendAudioParams = {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
};

/** EXPERIMENTAL - response for appending realtime audio input. */
export type ThreadRealtimeAppendAudioResponse = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - append speakable text to thread realtime. */
export type ThreadRealtimeAppendSpeechParams = {
  text: string;
  threadId: string;
};

/** EXPERIMENTAL - response for appending realtime speech. */
export type ThreadRealtimeAppendSpeechResponse = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - append text input to thread realtime. */
export type ThreadRealtimeAppendTextParams = {
  /** @default "user" */
  role?: ConversationTextRole;
  text: string;
  threadId: string;
};

/** EXPERIMENTAL - response for appending realtime text input. */
export type ThreadRealtimeAppendTextResponse = {
  [key: string]: unknown;
};

/** `ThreadRealtimeListParams` of the app-server protocol. */
export type ThreadRealtimeListParams = {
  afterPosition?: number | null;
  cursor?: string | null;
  /** A required exact event ID, such as a completed item's acknowledgement. Returns pending until projected. Explicit filters can exclude a known event. */
  eventId?: string | null;
  /** Inclusive canonical observation time lower bound. */
  fromObservedAtMs?: number | null;
  limit?: number | null;
  /** Defaults to canonical observation time. */
  order?: ThreadRealtimeOrder | null;
  /** Return pending until the projection includes this committed position. */
  requiredThroughPosition?: number | null;
  sessionId?: string | null;
  /** Exclusive committed position delimiting an immutable snapshot. */
  snapshotEnd?: number | null;
  threadId: string;
  /** Exclusive canonical observation time upper bound. */
  toObservedAtMs?: number | null;
};

/** `ThreadRealtimeListResponse` of the app-server protocol. */
export type ThreadRealtimeListResponse = {
  coverage: ThreadRealtimeCoverage;
  data: ThreadRealtimeEntry[];
  nextCursor?: string | null;
  /** Exclusive position through which the projection has processed canonical history. */
  projectedThroughItemIndex: number;
  snapshotEnd: number;
};

/** EXPERIMENTAL - list voices supported by thread realtime. */
export type ThreadRealtimeListVoicesParams = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - response for listing supported realtime voices. */
export type ThreadRealtimeListVoicesResponse = {
  voices: RealtimeVoicesList;
};

/** EXPERIMENTAL - start a thread-scoped realtime session. */
export type ThreadRealtimeStartParams = {
  /** Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false. */
  backendReasoningStatus?: boolean;
  /** Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false. */
  clientManagedHandoffs?: boolean | null;
  /** Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes. */
  codexResponseHandoffChannelPrefixes?:
    | {
      [key: string]: string[];
    }
    | null;
  /** Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting. */
  codexResponseHandoffMode?: CodexResponseHandoffMode | null;
  /** Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true. */
  codexResponseItemPrefix?: string | null;
  /** Sends automatic Codex responses as realtime conversation items instead of handoff appends. */
  codexResponsesAsItems?: boolean | null;
  /** Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior. */
  delegationAckFiller?: boolean | null;
  /** Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled. */
  flushTranscriptTailOnSessionEnd?: boolean | null;
  /** Set to false to start without Codex's startup context. Omitted or null includes it. */
  includeStartupContext?: boolean | null;
  /** Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total. */
  initialItems?: ThreadRealtimeInitialItem[] | null;
  /** Overrides the configured realtime model for this session only. */
  model?: string | null;
  /** Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits. */
  outputModality: RealtimeOutputModality;
  prompt?: string | null;
  /** Developer instructions given to the backing Codex model when this realtime session ends. */
  realtimeEndInstructions?: string | null;
  realtimeSessionId?: string | null;
  /** Developer instructions given to the backing Codex model when this realtime session starts. */
  realtimeStartInstructions?: string | null;
  threadId: string;
  transport?: ThreadRealtimeStartTransport | null;
  /** Overrides the configured realtime protocol version for this session only. */
  version?: RealtimeConversationVersion | null;
  voice?: RealtimeVoice | null;
  /** Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`. */
  voiceSessionId?: string | null;
};

/** EXPERIMENTAL - response for starting thread realtime. */
export type ThreadRealtimeStartResponse = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - stop thread realtime. */
export type ThreadRealtimeStopParams = {
  threadId: string;
};

/** EXPERIMENTAL - response for stopping thread realtime. */
export type ThreadRealtimeStopResponse = {
  [key: string]: unknown;
};

/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 *
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 *
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export type ThreadResumeParams = {
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?:
    | {
      [key: string]: unknown;
    }
    | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  /** When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead. */
  excludeTurns?: boolean;
  /** [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk. */
  history?: ResponseItem[] | null;
  /** When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request. */
  initialTurnsPage?: ThreadResumeInitialTurnsPageParams | null;
  /** Configuration overrides for the resumed thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  /** [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path. */
  path?: string | null;
  /** Named profile id for the resumed thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
};

/** `ThreadResumeResponse` of the app-server protocol. */
export type ThreadResumeResponse = {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  /** Effective collaboration mode. Absent when resuming from an older server. */
  collaborationMode?: CollaborationMode | null;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   *
   * @default []
   */
  disabledPluginIds?: string[];
  /** `thread/turns/list` page returned when requested by `initialTurnsPage`. */
  initialTurnsPage?: TurnsPage | null;
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   *
   * @default []
   */
  instructionSources?: LegacyAppPathString[];
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   *
   * @default "explicitRequestOnly"
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   *
   * @default []
   */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
};

/** `ThreadRevertResponse` of the app-server protocol. */
export type ThreadRevertResponse = {
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  /** Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`. */
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
};

/** `ThreadSampleCancelParams` of the app-server protocol. */
export type ThreadSampleCancelParams = {
  requestId: RequestId;
};

/** `ThreadSampleCancelResponse` of the app-server protocol. */
export type ThreadSampleCancelResponse = {
  [key: string]: unknown;
};

/** `ThreadSampleParams` of the app-server protocol. */
export type ThreadSampleParams = {
  /** Allow sampling the latest turn before it finishes. */
  allowInProgressTurn?: boolean;
  /** Disable MCP servers when the inherited window uses incremental tools on Responses Lite. */
  disableMcp?: boolean;
  /** Applied only when the provider and model support cache-preserving reasoning-effort updates. */
  effort?: ReasoningEffort | null;
  /** The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true. */
  expectedTurnId: string;
  /** Override upstream interruption on cancellation for this sample; otherwise inherit the parent. */
  interruptOnCancel?: boolean | null;
  prompt: string;
  /** Optional metadata to enrich Codex's ResponsesAPI turn metadata. */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
  threadId: string;
  threadSource?: ThreadSource | null;
  turnTrigger?: string | null;
};

/** `ThreadSampleResponse` of the app-server protocol. */
export type ThreadSampleResponse = {
  cachedInputTokens?: number | null;
  inputTokens?: number | null;
  outputTokens?: number | null;
  responseId: string;
  sourceTurnId: string;
  /** Assistant text from the response, or null if it attempted a tool call or completed without text. */
  text?: string | null;
};

/** Request cancellation on the same connection. `thread/search/cancel` targets only `thread/search`; `thread/search/stream/cancel` targets only `thread/search/stream`. Cancellation is idempotent: the cancel response acknowledges the request, and an interrupted search completes with an error after its subprocess is stopped and reaped. If completion races cancellation, the original search may still succeed. An already-completed search is unaffected. */
export type ThreadSearchCancelParams = {
  requestId: RequestId;
};

/** `ThreadSearchCancelResponse` of the app-server protocol. */
export type ThreadSearchCancelResponse = {
  [key: string]: unknown;
};

/** One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`]. */
export type ThreadSearchOccurrence = {
  itemId: string;
  snippet: string;
  /** Match range within `snippet`, in UTF-16 code units. */
  snippetMatchRange: ThreadSearchTextRange;
  /** Opaque inclusive cursor accepted by `thread/turns/list` for this turn. */
  turnCursor: string;
  turnId: string;
};

/** Parameters for searching visible message occurrences within one paginated thread. */
export type ThreadSearchOccurrencesParams = {
  /** Opaque cursor returned by a previous call for the same thread and search term. */
  cursor?: string | null;
  /** Optional occurrence page size. */
  limit?: number | null;
  /** Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers. */
  searchTerm: string;
  threadId: string;
};

/** `ThreadSearchOccurrencesResponse` of the app-server protocol. */
export type ThreadSearchOccurrencesResponse = {
  /** Occurrences in chronological message order. */
  data: ThreadSearchOccurrence[];
  /** Opaque cursor to continue after the last returned occurrence. */
  nextCursor?: string | null;
};

/** `ThreadSearchParams` of the app-server protocol. */
export type ThreadSearchParams = {
  /** Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned. */
  archived?: boolean | null;
  /** Show local history visible to the current ChatGPT account. Defaults to false. */
  currentAccountOnly?: boolean;
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Include persistent threads attached to a parent in search results. */
  includeAttachedThreads?: boolean;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Required substring/full-text query. `thread/search/stream` limits this to 65,536 UTF-8 bytes after trimming surrounding whitespace. */
  searchTerm: string;
  /** Optional sort direction; defaults to descending (newest first). */
  sortDirection?: SortDirection | null;
  /** Optional sort key; defaults to created_at. */
  sortKey?: ThreadSearchSortKey | null;
  /** Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources. */
  sourceKinds?: ThreadSourceKind[] | null;
};

/** A best-effort incremental batch for `thread/search/stream`. Match `requestId` to the request on this connection. Only a small subset of verified matches may be emitted; rows are unique and arrive in discovery order, but may be dropped under load or fall outside the final sorted page. Thread fields use stored metadata and the current watched status; live thread settings are enriched in the final response. Replace provisional rows with the authoritative final response. No partials follow it or an error. */
export type ThreadSearchPartialNotification = {
  data: ThreadSearchResult[];
  requestId: RequestId;
};

/** `ThreadSearchResponse` of the app-server protocol. */
export type ThreadSearchResponse = {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped. */
  backwardsCursor?: string | null;
  data: ThreadSearchResult[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `ThreadSearchResult` of the app-server protocol. */
export type ThreadSearchResult = {
  snippet: string;
  thread: Thread;
};

/** UTF-16 code-unit range within `snippet`. */
export type ThreadSearchTextRange = {
  /** Exclusive UTF-16 code-unit offset. */
  end: number;
  /** Inclusive UTF-16 code-unit offset. */
  start: number;
};

/** `ThreadSettings` of the app-server protocol. */
export type ThreadSettings = {
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  collaborationMode: CollaborationMode;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   *
   * @default []
   */
  disabledPluginIds?: string[];
  effort?: ReasoningEffort | null;
  /** Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected. */
  environments?: ThreadEnvironment[] | null;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior.
   *
   * @default "explicitRequestOnly"
   */
  multiAgentMode?: MultiAgentMode;
  /** @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  sandboxPolicy: SandboxPolicy;
  serviceTier?: string | null;
  summary?: ReasoningSummary | null;
};

/** `ThreadSettingsUpdateParams` of the app-server protocol. */
export type ThreadSettingsUpdateParams = {
  /** Override the approval policy for subsequent turns. */
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /** Override the working directory for subsequent turns. */
  cwd?: string | null;
  /** Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it. */
  disabledPluginIds?: string[] | null;
  /** Override the reasoning effort for subsequent turns. */
  effort?: ReasoningEffort | null;
  /** Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection. */
  environments?: TurnEnvironmentParams[] | null;
  /** Override the model for subsequent turns. */
  model?: string | null;
  /** @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /** Override the sandbox policy for subsequent turns. */
  sandboxPolicy?: SandboxPolicy | null;
  /** Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged. */
  serviceTier?: string | null;
  /** Override the reasoning summary for subsequent turns. */
  summary?: ReasoningSummary | null;
  threadId: string;
};

/** `ThreadSettingsUpdateResponse` of the app-server protocol. */
export type ThreadSettingsUpdateResponse = {
  [key: string]: unknown;
};

/** `ThreadSettingsUpdatedNotification` of the app-server protocol. */
export type ThreadSettingsUpdatedNotification = {
  threadId: string;
  threadSettings: ThreadSettings;
};

/** `ThreadStartParams` of the app-server protocol. */
export type ThreadStartParams = {
  /** Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default. */
  allowProviderModelFallback?: boolean;
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this thread and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?:
    | {
      [key: string]: unknown;
    }
    | null;
  cwd?: string | null;
  /** Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads. */
  daybreakEnabled?: boolean | null;
  developerInstructions?: string | null;
  dynamicTools?: DynamicToolSpec[] | null;
  /**
   * Optional sticky environments for this thread.
   *
   * Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.
   */
  environments?: TurnEnvironmentParams[] | null;
  ephemeral?: boolean | null;
  /** If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud). */
  experimentalRawEvents?: boolean;
  /** Persisted thread history contract to use for this new thread. */
  historyMode?: ThreadHistoryMode | null;
  /** Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way. */
  mockExperimentalField?: string | null;
  model?: string | null;
  modelProvider?: string | null;
  /** @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Named profile id for this thread. Cannot be combined with `sandbox`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  /** Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses. */
  projectId?: string | null;
  /** Replace the thread's runtime workspace roots. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  sandbox?: SandboxMode | null;
  /** Capability roots selected for this thread by the hosting platform. */
  selectedCapabilityRoots?: SelectedCapabilityRoot[] | null;
  serviceName?: string | null;
  serviceTier?: string | null;
  sessionStartSource?: ThreadStartSource | null;
  /** Optional client-supplied analytics source classification for this thread. */
  threadSource?: ThreadSource | null;
};

/** `ThreadStartResponse` of the app-server protocol. */
export type ThreadStartResponse = {
  /** Named or implicit built-in profile that produced the active permissions, when known. */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /** Reviewer currently used for approval requests on this thread. */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   *
   * @default []
   */
  disabledPluginIds?: string[];
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   *
   * @default []
   */
  instructionSources?: LegacyAppPathString[];
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   *
   * @default "explicitRequestOnly"
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   *
   * @default []
   */
  runtimeWorkspaceRoots?: AbsolutePathBuf[];
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

/** `ThreadStartedNotification` of the app-server protocol. */
export type ThreadStartedNotification = {
  thread: Thread;
};

/** EXPERIMENTAL - list ordinary and realtime thread history in rollout order. */
export type ThreadTimelineListParams = {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
};

/** EXPERIMENTAL - a bounded timeline page with its resolved opening voice state. */
export type ThreadTimelineListResponse = {
  activeRealtimeSessionAtPageStart?: string | null;
  data: ThreadTimelineEntry[];
  nextCursor?: string | null;
};

/** `ThreadUnarchiveResponse` of the app-server protocol. */
export type ThreadUnarchiveResponse = {
  thread: Thread;
};

/** Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged. */
export type TurnSettingsUpdateParams = {
  /** Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Omission or `null` leaves the effort unchanged. */
  effort?: ReasoningEffort | null;
  /** Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged. */
  environments?: TurnEnvironmentParams[] | null;
  /** Omission or `null` leaves the model unchanged. */
  model?: string | null;
  /** `null` clears the requested tier; omission leaves it unchanged. */
  serviceTier?: string | null;
  /** Omission or `null` leaves the summary preference unchanged. */
  summary?: ReasoningSummary | null;
  threadId: string;
  turnId: string;
};

/** `TurnSettingsUpdateResponse` of the app-server protocol. */
export type TurnSettingsUpdateResponse = {
  status: TurnSettingsUpdateStatus;
};

/** `TurnSettingsUpdateStatus` of the app-server protocol. */
export type TurnSettingsUpdateStatus =
  /** Published for subsequent captures, even if the values were unchanged. Already captured steps are unchanged; a later inference is not guaranteed. */
  | "applied"
  /** No matching live task remained available for publication. */
  | "targetUnavailable";

/** `TurnStartParams` of the app-server protocol. */
export type TurnStartParams = {
  /** Optional client-provided context fragments keyed by an opaque source identifier. */
  additionalContext?:
    | {
      [key: string]: AdditionalContextEntry;
    }
    | null;
  /** Override the approval policy for this turn and subsequent turns. */
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this turn and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  clientUserMessageId?: string | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /** Override the working directory for this turn and subsequent turns. */
  cwd?: string | null;
  /** EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access. */
  cyberAccessProgram?: CyberAccessProgram | null;
  /** Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it. */
  disabledPluginIds?: string[] | null;
  /** Override the reasoning effort for this turn and subsequent turns. */
  effort?: ReasoningEffort | null;
  /**
   * Optional environments for this turn and subsequent turns.
   *
   * Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.
   */
  environments?: TurnEnvironmentParams[] | null;
  input: UserInput[];
  /** Override the model for this turn and subsequent turns. */
  model?: string | null;
  /** @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior. */
  multiAgentMode?: MultiAgentMode | null;
  /** Optional JSON Schema used to constrain the final assistant message for this turn. */
  outputSchema?: unknown;
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  parentTurnId?: string | null;
  /** Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`. */
  permissions?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
  /** Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected. */
  responsesapiClientMetadataPatch?:
    | {
      [key: string]: string;
    }
    | null;
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  rootTurnId?: string | null;
  /** Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute. */
  runtimeWorkspaceRoots?: AbsolutePathBuf[] | null;
  /** Override the sandbox policy for this turn and subsequent turns. */
  sandboxPolicy?: SandboxPolicy | null;
  /** Override the service tier for this turn and subsequent turns. */
  serviceTier?: string | null;
  /** Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered. */
  serviceTierForTurn?: string | null;
  /** Override the reasoning summary for this turn and subsequent turns. */
  summary?: ReasoningSummary | null;
  threadId: string;
  toolOutput?: TurnToolOutput | null;
  /** Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn. */
  turnTrigger?: string | null;
};

/** `TurnSteerParams` of the app-server protocol. */
export type TurnSteerParams = {
  /** Optional client-provided context fragments keyed by an opaque source identifier. */
  additionalContext?:
    | {
      [key: string]: AdditionalContextEntry;
    }
    | null;
  clientUserMessageId?: string | null;
  /** Required active turn id precondition. The request fails when it does not match the currently active turn. */
  expectedTurnId: string;
  input: UserInput[];
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
  /** Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected. */
  responsesapiClientMetadataPatch?:
    | {
      [key: string]: string;
    }
    | null;
  threadId: string;
};

/** `UserVerificationBiometricType` of the app-server protocol. */
export type UserVerificationBiometricType = "fingerprint";

/** Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC. */
export type UserVerificationCancelParams = {
  requestId: RequestId;
};

/** Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back. */
export type UserVerificationCancelResponse = {
  [key: string]: unknown;
};

/** `UserVerificationCancellationReason` of the app-server protocol. */
export type UserVerificationCancellationReason = "userCancelled" | "interrupted";

/** `UserVerificationDeleteParams` of the app-server protocol. */
export type UserVerificationDeleteParams = {
  [key: string]: unknown;
};

/** `UserVerificationDeleteResponse` of the app-server protocol. */
export type UserVerificationDeleteResponse = {
  [key: string]: unknown;
};

/** `UserVerificationEnrollParams` of the app-server protocol. */
export type UserVerificationEnrollParams = {
  [key: string]: unknown;
};

/** Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration. */
export type UserVerificationEnrollResponse = {
  algorithm?: string | null;
  credentialId: string;
  /** Unpadded base64url of the SubjectPublicKeyInfo DER encoding. */
  publicKey?: string | null;
};

/** Closed error categories; native diagnostic payloads must not cross this boundary. */
export type UserVerificationErrorDetails =
  | {
    type: "invalidRequest";
    reason: UserVerificationInvalidRequestReason;
  }
  | {
    type: "unavailable";
    reason: UserVerificationUnavailableReason;
  }
  | {
    type: "cancelled";
    reason: UserVerificationCancellationReason;
  }
  | {
    type: "failed";
    reason: UserVerificationFailureReason;
  };

/** `UserVerificationFailureReason` of the app-server protocol. */
export type UserVerificationFailureReason =
  | "authenticationFailed"
  | "timeout"
  | "providerError"
  | "serviceError";

/** `UserVerificationInvalidRequestReason` of the app-server protocol. */
export type UserVerificationInvalidRequestReason = "invalidParams";

/** A signature over the exact decoded challenge. The verifier validates and consumes it. */
export type UserVerificationProof = {
  credentialId: string;
  /** Unpadded base64url DER ECDSA signature using P-256 and SHA-256. */
  signature: string;
};

/** The error object inside the normal JSON-RPC envelope. */
export type UserVerificationRpcError = {
  code: number;
  data: UserVerificationErrorDetails;
  message: string;
};

/** `UserVerificationStatusParams` of the app-server protocol. */
export type UserVerificationStatusParams = {
  [key: string]: unknown;
};

/** Local readiness only; this neither prompts nor queries server registration. */
export type UserVerificationStatusResponse = {
  credentialId?: string | null;
  unavailableMessage?: string | null;
  unavailableReason?: UserVerificationUnavailableReason | null;
};

/** `UserVerificationUnavailableReason` of the app-server protocol. */
export type UserVerificationUnavailableReason =
  | "credentialMissing"
  | "biometricsUnavailable"
  | "providerUnavailable";

/** Local signing primitive, independent of any pending elicitation. */
export type UserVerificationVerifyParams = {
  /** Unpadded base64url encoding of 1–4096 challenge bytes. */
  challenge: string;
  /** Additional display context; at most 4096 UTF-8 bytes. */
  description: string;
  /** Display context already approved by the UI; 1–256 UTF-8 bytes. */
  title: string;
};

/** `UserVerificationVerifyResponse` of the app-server protocol. */
export type UserVerificationVerifyResponse = {
  /** Native-reported authentication method for this signature. Older servers omit it. This is approval context, not part of the signed proof. */
  biometricType?: UserVerificationBiometricType | null;
  proof: UserVerificationProof;
};
