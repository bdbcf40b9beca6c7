// Generated from codex 0.171.0 by scripts/generate.ts. Do not edit.

/**
 * TypeScript types for every definition of the Codex app-server protocol (codex 0.171.0).
 *
 * @module
 */

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 *
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 */
export type AbsolutePathBuf = string;

/** `Account` of the app-server protocol. */
export type Account =
  | {
    type: "apiKey";
  }
  | {
    type: "chatgpt";
    email: string | null;
    planType: PlanType;
    /** Display name of the selected ChatGPT workspace, when available. */
    workspaceName?: string | null;
  }
  | {
    type: "amazonBedrock";
    /** @default false */
    usesCodexManagedCredentials?: boolean;
  }
  /** Google Cloud Vertex AI with externally managed credentials. */
  | {
    type: "gcp";
  };

/** `AccountLoginCompletedNotification` of the app-server protocol. */
export type AccountLoginCompletedNotification = {
  error?: string | null;
  loginId?: string | null;
  onboardingEntrypoint?: DesktopOnboardingEntrypoint | null;
  success: boolean;
};

/**
 * Sparse rolling rate-limit update.
 *
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 */
export type AccountRateLimitsUpdatedNotification = {
  rateLimits: RateLimitSnapshot;
};

/** Backend routing policy. Wire values match the accounts/check contract. */
export type AccountRoutingOverride = "NO_CONSTRAINT" | "us" | "us_cr";

/** `AccountSecuritySetupAction` of the app-server protocol. */
export type AccountSecuritySetupAction = {
  label: string;
  url: string;
};

/** `AccountSecuritySetupNotice` of the app-server protocol. */
export type AccountSecuritySetupNotice = {
  accountId: string;
  action: AccountSecuritySetupAction;
  description: string;
  title: string;
  userId: string;
};

/** `AccountSession` of the app-server protocol. */
export type AccountSession = {
  displayName?: string | null;
  email?: string | null;
  imageUrl?: string | null;
  isActive: boolean;
  lastUsedAt: number;
  selectedWorkspaceAccountId?: string | null;
  sessionId: string;
  userId?: string | null;
  workspaces: AccountSessionWorkspace[];
};

/** `AccountSessionWorkspace` of the app-server protocol. */
export type AccountSessionWorkspace = {
  accountId: string;
  imageUrl?: string | null;
  kind?: AccountSessionWorkspaceKind | null;
  name?: string | null;
};

/** `AccountSessionWorkspaceKind` of the app-server protocol. */
export type AccountSessionWorkspaceKind = "personal" | "workspace";

/** `AccountTokenUsageDailyBucket` of the app-server protocol. */
export type AccountTokenUsageDailyBucket = {
  startDate: string;
  tokens: number;
};

/** `AccountTokenUsageSummary` of the app-server protocol. */
export type AccountTokenUsageSummary = {
  currentStreakDays?: number | null;
  lifetimeTokens?: number | null;
  longestRunningTurnSec?: number | null;
  longestStreakDays?: number | null;
  peakDailyTokens?: number | null;
};

/** `AccountUpdateReason` of the app-server protocol. */
export type AccountUpdateReason = "workspaceRoutingReady" | "unknown";

/** `AccountUpdatedNotification` of the app-server protocol. */
export type AccountUpdatedNotification = {
  authMode?: AuthMode | null;
  planType?: PlanType | null;
  /** Set when initial routing discovery completes for the same authenticated owner. */
  reason?: AccountUpdateReason | null;
};

/** `ActivePermissionProfile` of the app-server protocol. */
export type ActivePermissionProfile = {
  /** Parent profile identifier from the selected permissions profile's `extends` setting, when present. */
  extends?: string | null;
  /** Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile. */
  id: string;
};

/** `AddCreditsNudgeCreditType` of the app-server protocol. */
export type AddCreditsNudgeCreditType = "credits" | "usage_limit";

/** `AddCreditsNudgeEmailStatus` of the app-server protocol. */
export type AddCreditsNudgeEmailStatus = "sent" | "cooldown_active";

/** `AdditionalContextEntry` of the app-server protocol. */
export type AdditionalContextEntry = {
  kind: AdditionalContextKind;
  /** Optional name for untrusted context, used to label its tool output. */
  name?: string | null;
  value: string;
};

/** `AdditionalContextKind` of the app-server protocol. */
export type AdditionalContextKind = "untrusted" | "application";

/** `AdditionalFileSystemPermissions` of the app-server protocol. */
export type AdditionalFileSystemPermissions = {
  entries?: FileSystemSandboxEntry[] | null;
  globScanMaxDepth?: number | null;
  /** This will be removed in favor of `entries`. */
  read?: LegacyAppPathString[] | null;
  /** This will be removed in favor of `entries`. */
  write?: LegacyAppPathString[] | null;
};

/** `AdditionalNetworkPermissions` of the app-server protocol. */
export type AdditionalNetworkPermissions = {
  enabled?: boolean | null;
};

/** `AdditionalPermissionProfile` of the app-server protocol. */
export type AdditionalPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  /** Partial overlay used for per-command permission requests. */
  network?: AdditionalNetworkPermissions | null;
};

/** `AgentMessageDelivery` of the app-server protocol. */
export type AgentMessageDelivery = "async";

/** `AgentMessageDeltaNotification` of the app-server protocol. */
export type AgentMessageDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/** How Chat should present a recovered answer. */
export type AgentMessageDisplay =
  | {
    mode: "show";
    annotation?: AnswerAnnotation | null;
    trustedContacts: TrustedContacts;
    version: 1;
  }
  | {
    mode: "hide";
    replacement: AnswerReplacement;
    version: 1;
  }
  | {
    mode: "block";
    reason: BlockReason;
    version: 1;
  };

/** `AgentMessageInputContent` of the app-server protocol. */
export type AgentMessageInputContent =
  | {
    type: "input_text";
    text: string;
  }
  | {
    type: "encrypted_content";
    encrypted_content: string;
  };

/** `AgentMessageModeration` of the app-server protocol. */
export type AgentMessageModeration = {
  display?: AgentMessageDisplay | null;
  moderated: boolean;
};

/** `AgentPath` of the app-server protocol. */
export type AgentPath = string;

/** `AllowDenyRequirement` of the app-server protocol. */
export type AllowDenyRequirement = "allow" | "deny";

/** `AnalyticsConfig` of the app-server protocol. */
export type AnalyticsConfig = {
  enabled?: boolean | null;
  [key: string]: unknown;
};

/** `AnswerAnnotation` of the app-server protocol. */
export type AnswerAnnotation = {
  kind: "wellbeingHelpline";
  subject: HelplineSubject;
};

/** `AnswerReplacement` of the app-server protocol. */
export type AnswerReplacement = {
  kind: "wellbeingPromptHelpline";
};

/** EXPERIMENTAL - app metadata returned by app-list APIs. */
export type AppBranding = {
  category?: string | null;
  developer?: string | null;
  isDiscoverableApp: boolean;
  privacyPolicy?: string | null;
  termsOfService?: string | null;
  website?: string | null;
};

/** `AppConfig` of the app-server protocol. */
export type AppConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
  default_tools_enabled?: boolean | null;
  destructive_enabled?: boolean | null;
  /** @default true */
  enabled?: boolean;
  /** Per-account approval settings keyed by link ID. */
  links?: AppLinksConfig | null;
  /** Additional model-facing surfaces omitted for this connector's tools. */
  omit_tools_from?: ToolExposureSurface[] | null;
  open_world_enabled?: boolean | null;
  tools?: AppToolsConfig | null;
};

/** EXPERIMENTAL - app metadata returned by app-list APIs. */
export type AppInfo = {
  appMetadata?: AppMetadata | null;
  branding?: AppBranding | null;
  description?: string | null;
  distributionChannel?: string | null;
  iconAssets?:
    | {
      [key: string]: string;
    }
    | null;
  iconDarkAssets?:
    | {
      [key: string]: string;
    }
    | null;
  id: string;
  installUrl?: string | null;
  /** @default false */
  isAccessible?: boolean;
  /**
   * Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
   *
   * @default true
   */
  isEnabled?: boolean;
  labels?:
    | {
      [key: string]: string;
    }
    | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  name: string;
  /** @default [] */
  pluginDisplayNames?: string[];
};

/** Approval settings for a connected account within an app. */
export type AppLinkConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
};

/** Account settings for a single app. */
export type AppLinksConfig = {
  [key: string]: unknown;
};

/** EXPERIMENTAL - notification emitted when the app list changes. */
export type AppListUpdatedNotification = {
  data: AppInfo[];
};

/** `AppMetadata` of the app-server protocol. */
export type AppMetadata = {
  categories?: string[] | null;
  developer?: string | null;
  firstPartyRequiresInstall?: boolean | null;
  review?: AppReview | null;
  screenshots?: AppScreenshot[] | null;
  seoDescription?: string | null;
  showInComposerWhenUnlinked?: boolean | null;
  subCategories?: string[] | null;
  version?: string | null;
  versionId?: string | null;
  versionNotes?: string | null;
};

/** `AppReview` of the app-server protocol. */
export type AppReview = {
  status: string;
};

/** `AppScreenshot` of the app-server protocol. */
export type AppScreenshot = {
  fileId?: string | null;
  url?: string | null;
  userPrompt: string;
};

/** EXPERIMENTAL - app metadata summary for plugin responses. */
export type AppSummary = {
  category?: string | null;
  description?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
};

/** `AppTemplateSummary` of the app-server protocol. */
export type AppTemplateSummary = {
  canonicalConnectorId?: string | null;
  category?: string | null;
  description?: string | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  materializedAppIds: string[];
  name: string;
  reason?: AppTemplateUnavailableReason | null;
  templateId: string;
};

/** `AppTemplateUnavailableReason` of the app-server protocol. */
export type AppTemplateUnavailableReason = "NOT_CONFIGURED_FOR_WORKSPACE" | "NO_ACTIVE_WORKSPACE";

/** `AppToolApproval` of the app-server protocol. */
export type AppToolApproval = "auto" | "prompt" | "writes" | "approve";

/** `AppToolConfig` of the app-server protocol. */
export type AppToolConfig = {
  approval_mode?: AppToolApproval | null;
  enabled?: boolean | null;
};

/** EXPERIMENTAL - metadata returned by app/read. */
export type AppToolSummary = {
  description: string;
  disabledReason?: string | null;
  /** @default true */
  isEnabled?: boolean;
  /** @default false */
  isReadOnly?: boolean;
  name: string;
  title?: string | null;
};

/** `AppToolsConfig` of the app-server protocol. */
export type AppToolsConfig = {
  [key: string]: unknown;
};

/** `ApplicationNetworkRequirements` of the app-server protocol. */
export type ApplicationNetworkRequirements = {
  domains: {
    [key: string]: NetworkDomainPermission;
  };
  /** When enabled, only explicitly allowed exact domains may be contacted. */
  enabled: boolean;
};

/** `ApplicationRequirements` of the app-server protocol. */
export type ApplicationRequirements = {
  network?: ApplicationNetworkRequirements | null;
  storage?: ApplicationStorageRequirements | null;
};

/** Managed storage settings for new Desktop workspaces, not filesystem access restrictions. */
export type ApplicationStorageRequirements = {
  defaultProjectParent?: LegacyAppPathString | null;
  projectlessWorkspaceRoot?: LegacyAppPathString | null;
};

/** `ApplyPatchApprovalParams` of the app-server protocol. */
export type ApplyPatchApprovalParams = {
  /** Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent]. */
  callId: string;
  conversationId: ThreadId;
  fileChanges: {
    [key: string]: FileChange;
  };
  /** When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today). */
  grantRoot?: string | null;
  /** Optional explanatory reason (e.g. request for extra write access). */
  reason?: string | null;
};

/** `ApplyPatchApprovalResponse` of the app-server protocol. */
export type ApplyPatchApprovalResponse = {
  decision: ReviewDecision;
};

/** Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility. */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent";

/** `AppsConfig` of the app-server protocol. */
export type AppsConfig = {
  _default?: AppsDefaultConfig | null;
};

/** `AppsDefaultConfig` of the app-server protocol. */
export type AppsDefaultConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
  /** @default true */
  destructive_enabled?: boolean;
  /** @default true */
  enabled?: boolean;
  /** @default true */
  open_world_enabled?: boolean;
};

/** Read the committed installed connector runtime snapshot. */
export type AppsInstalledParams = {
  /** When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first. */
  forceRefresh?: boolean;
  /** Optional loaded thread id used to evaluate effective app configuration. */
  threadId?: string | null;
};

/** The installed connectors in one committed runtime snapshot. */
export type AppsInstalledResponse = {
  apps: InstalledApp[];
};

/** EXPERIMENTAL - list available apps/connectors. */
export type AppsListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** When true, bypass app caches and fetch the latest data from sources. */
  forceRefetch?: boolean;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional thread id used to evaluate app feature gating from that thread's config. */
  threadId?: string | null;
};

/** EXPERIMENTAL - app list response. */
export type AppsListResponse = {
  data: AppInfo[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** EXPERIMENTAL - read metadata for specific apps/connectors. */
export type AppsReadParams = {
  /** App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order. */
  appIds: string[];
  /** When true, include display-only public tool summaries in the returned metadata. */
  includeTools?: boolean;
  /** Optional loaded thread id used to evaluate effective app configuration. */
  threadId?: string | null;
};

/** EXPERIMENTAL - app/read response. */
export type AppsReadResponse = {
  apps: ConnectorMetadata[];
  missingAppIds: string[];
};

/** `AskForApproval` of the app-server protocol. */
export type AskForApproval =
  | "untrusted"
  | "on-request"
  | "never"
  | {
    granular: {
      mcp_elicitations: boolean;
      /** @default false */
      request_permissions?: boolean;
      rules: boolean;
      sandbox_approval: boolean;
      /** @default false */
      skill_approval?: boolean;
    };
  };

/** `AsyncUserInputQuestion` of the app-server protocol. */
export type AsyncUserInputQuestion = {
  options?: string[] | null;
  title: string;
};

/** `AttestationGenerateParams` of the app-server protocol. */
export type AttestationGenerateParams = {
  [key: string]: unknown;
};

/** `AttestationGenerateResponse` of the app-server protocol. */
export type AttestationGenerateResponse = {
  /** Opaque client attestation token. */
  token: string;
};

/** Authentication mode for OpenAI-backed providers. */
export type AuthMode =
  /** OpenAI API key provided by the caller and stored by Codex. */
  | "apikey"
  /** ChatGPT OAuth managed by Codex (tokens persisted and refreshed by Codex). */
  | "chatgpt"
  /**
   * [UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE.
   *
   * ChatGPT auth tokens are supplied by an external host app and are only stored in memory. Token refresh must be handled by the external host app.
   */
  | "chatgptAuthTokens"
  /** Backend auth supplied as request headers. */
  | "headers"
  /** Programmatic Codex auth backed by a registered Agent Identity. */
  | "agentIdentity"
  /** Programmatic Codex auth backed by a personal access token. */
  | "personalAccessToken"
  /** Amazon Bedrock bearer token managed by Codex. */
  | "bedrockApiKey"
  /** Amazon Bedrock AWS access keys managed by Codex. */
  | "bedrockAccessKeys";

/** `AuthRecoveryNotification` of the app-server protocol. */
export type AuthRecoveryNotification = {
  message: string;
  provider: string;
  threadId: string;
  turnId: string;
};

/** Selects which part of the active context is charged against `model_auto_compact_token_limit`. */
export type AutoCompactTokenLimitScope =
  /** Count the full active context against the limit. */
  | "total"
  /** Count sampled output and later growth after the carried window prefix. */
  | "body_after_prefix";

/** [UNSTABLE] Source that produced a terminal approval auto-review decision. */
export type AutoReviewDecisionSource = "agent";

/** `AutoReviewRequirements` of the app-server protocol. */
export type AutoReviewRequirements = {
  ignoreRules?: string[] | null;
  requiredOnModels?: string[] | null;
};

/** `BedrockProviderId` of the app-server protocol. */
export type BedrockProviderId = "amazon-bedrock" | "amazon-bedrock-runtime";

/** `BlockReason` of the app-server protocol. */
export type BlockReason =
  | {
    kind: "protection";
    /** Identifies the same moderation row that Chat writes on the live path. */
    protectionType: string;
  }
  | {
    kind: "cyber";
    trustedAccess?: boolean | null;
  };

/** `BrowserUseAccessApprovalLifetime` of the app-server protocol. */
export type BrowserUseAccessApprovalLifetime = "turn" | "thread";

/** `BrowserUseConfig` of the app-server protocol. */
export type BrowserUseConfig = {
  allow_history_access?: boolean | null;
  default_origin_policy?: BrowserUseOriginPolicyConfig | null;
  origins?:
    | {
      [key: string]: BrowserUseOriginPolicyConfig;
    }
    | null;
};

/** `BrowserUseExtensionRequirements` of the app-server protocol. */
export type BrowserUseExtensionRequirements = {
  requestHeaders?: RequestHeader[] | null;
};

/** `BrowserUseOriginPolicy` of the app-server protocol. */
export type BrowserUseOriginPolicy = {
  access?: AllowDenyRequirement | null;
  accessApprovalLifetime?: BrowserUseAccessApprovalLifetime | null;
  autoReview?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  fullCdpAccess?: AllowDenyRequirement | null;
  persistentApproval?: boolean | null;
  uploads?: AllowDenyRequirement | null;
};

/** `BrowserUseOriginPolicyConfig` of the app-server protocol. */
export type BrowserUseOriginPolicyConfig = {
  access?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  full_cdp_access?: AllowDenyRequirement | null;
  uploads?: AllowDenyRequirement | null;
};

/** `BrowserUseRequirements` of the app-server protocol. */
export type BrowserUseRequirements = {
  allowGlobalPersistentApproval?: boolean | null;
  allowHistoryAccess?: boolean | null;
  allowWebmcp?: boolean | null;
  defaultOriginPolicy?: BrowserUseOriginPolicy | null;
  disableAutoReview?: boolean | null;
  extension?: BrowserUseExtensionRequirements | null;
  origins?:
    | {
      [key: string]: BrowserUseOriginPolicy;
    }
    | null;
};

/** `ByteRange` of the app-server protocol. */
export type ByteRange = {
  end: number;
  start: number;
};

/** `CancelLoginAccountParams` of the app-server protocol. */
export type CancelLoginAccountParams = {
  loginId: string;
};

/** `CancelLoginAccountResponse` of the app-server protocol. */
export type CancelLoginAccountResponse = {
  status: CancelLoginAccountStatus;
};

/** `CancelLoginAccountStatus` of the app-server protocol. */
export type CancelLoginAccountStatus = "canceled" | "notFound";

/** Location used to resolve a selected capability root. */
export type CapabilityRootLocation = {
  environmentId: string;
  /** Absolute path for the root in the selected environment. */
  path: string;
  type: "environment";
};

/** `ChatgptAuthTokensRefreshParams` of the app-server protocol. */
export type ChatgptAuthTokensRefreshParams = {
  /**
   * Workspace/account identifier that Codex was previously using.
   *
   * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
   *
   * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
   */
  previousAccountId?: string | null;
  reason: ChatgptAuthTokensRefreshReason;
};

/** `ChatgptAuthTokensRefreshReason` of the app-server protocol. */
export type ChatgptAuthTokensRefreshReason = "unauthorized";

/** `ChatgptAuthTokensRefreshResponse` of the app-server protocol. */
export type ChatgptAuthTokensRefreshResponse = {
  accessToken: string;
  chatgptAccountId: string;
  chatgptPlanType?: string | null;
};

/** `CliAuthCredentialsStoreMode` of the app-server protocol. */
export type CliAuthCredentialsStoreMode = "file" | "keyring" | "auto" | "ephemeral";

/** `ClientInfo` of the app-server protocol. */
export type ClientInfo = {
  name: string;
  title?: string | null;
  version: string;
};

/** `ClientNotification` of the app-server protocol. */
export type ClientNotification = {
  method: "initialized";
};

/** Request from the client to the server. */
export type ClientRequest =
  | {
    method: "initialize";
    id: RequestId;
    params: InitializeParams;
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
  | {
    method: "thread/name/set";
    id: RequestId;
    params: ThreadSetNameParams;
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
    method: "thread/turns/list";
    id: RequestId;
    params: ThreadTurnsListParams;
  }
  | {
    method: "thread/items/list";
    id: RequestId;
    params: ThreadItemsListParams;
  }
  /** Append raw Responses API items to the thread history without starting a user turn. */
  | {
    method: "thread/inject_items";
    id: RequestId;
    params: ThreadInjectItemsParams;
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
    method: "account/login/cancel";
    id: RequestId;
    params: CancelLoginAccountParams;
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
  };

/**
 * This translation layer make sure that we expose codex error code in camel case.
 *
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 */
export type CodexErrorInfo =
  | "contextWindowExceeded"
  | "sessionBudgetExceeded"
  | "usageLimitExceeded"
  | "rateLimitExceeded"
  | "flexUnavailable"
  | "serverOverloaded"
  | "modelNotFound"
  | "policyCapacityUnavailable"
  | "cyberPolicy"
  | "bioPolicy"
  | "misalignmentPolicyViolation"
  | "tooManyDenials"
  | "internalServerError"
  | "unauthorized"
  | "badRequest"
  | "threadRollbackFailed"
  | "sandboxError"
  | "other"
  /** The workspace's inference hook explicitly denied this request. */
  | "inferenceHookDenied"
  | {
    httpConnectionFailed: {
      httpStatusCode?: number | null;
    };
  }
  /** Failed to connect to the response SSE stream. */
  | {
    responseStreamConnectionFailed: {
      httpStatusCode?: number | null;
    };
  }
  /** The response SSE stream disconnected in the middle of a turn before completion. */
  | {
    responseStreamDisconnected: {
      httpStatusCode?: number | null;
    };
  }
  /** Reached the retry limit for responses. */
  | {
    responseTooManyFailedAttempts: {
      httpStatusCode?: number | null;
    };
  }
  /** Returned when `turn/start` or `turn/steer` is submitted while the current active turn cannot accept same-turn steering, for example `/review` or manual `/compact`. */
  | {
    activeTurnNotSteerable: {
      turnKind: NonSteerableTurnKind;
    };
  }
  | string
  | {
    [key: string]: unknown;
  };

/** `CodexResponseHandoffMode` of the app-server protocol. */
export type CodexResponseHandoffMode = "thinking" | "commentary" | "bemTags";

/** `CollabAgentState` of the app-server protocol. */
export type CollabAgentState = {
  message?: string | null;
  status: CollabAgentStatus;
};

/** `CollabAgentStatus` of the app-server protocol. */
export type CollabAgentStatus =
  | "pendingInit"
  | "running"
  | "interrupted"
  | "completed"
  | "errored"
  | "shutdown"
  | "notFound";

/** `CollabAgentTool` of the app-server protocol. */
export type CollabAgentTool =
  | "spawnAgent"
  | "sendInput"
  | "resumeAgent"
  | "wait"
  | "closeAgent"
  | "sendMessage"
  | "followupTask"
  | "interruptAgent"
  | "listAgents";

/** `CollabAgentToolCallStatus` of the app-server protocol. */
export type CollabAgentToolCallStatus = "inProgress" | "completed" | "failed" | "interrupted";

/** Collaboration mode for a Codex session. */
export type CollaborationMode = {
  mode: ModeKind;
  settings: Settings;
};

/** EXPERIMENTAL - collaboration mode preset metadata for clients. */
export type CollaborationModeMask = {
  mode?: ModeKind | null;
  model?: string | null;
  name: string;
  reasoning_effort?: ReasoningEffort | null;
};

/** `CommandAction` of the app-server protocol. */
export type CommandAction =
  | {
    type: "read";
    command: string;
    name: string;
    path: LegacyAppPathString;
  }
  | {
    type: "listFiles";
    command: string;
    path?: string | null;
  }
  | {
    type: "search";
    command: string;
    path?: string | null;
    query?: string | null;
  }
  | {
    type: "unknown";
    command: string;
  };

/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 *
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 */
export type CommandExecOutputDeltaNotification = {
  /** `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream. */
  capReached: boolean;
  /** Base64-encoded output bytes. */
  deltaBase64: string;
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
  /** Output stream for this chunk. */
  stream: CommandExecOutputStream;
};

/** Stream label for `command/exec/outputDelta` notifications. */
export type CommandExecOutputStream =
  /** stdout stream. PTY mode multiplexes terminal output here. */
  | "stdout"
  /** stderr stream. */
  | "stderr";

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

/** Resize a running PTY-backed `command/exec` session. */
export type CommandExecResizeParams = {
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
  /** New PTY size in character cells. */
  size: CommandExecTerminalSize;
};

/** Empty success response for `command/exec/resize`. */
export type CommandExecResizeResponse = {
  [key: string]: unknown;
};

/** Final buffered result for `command/exec`. */
export type CommandExecResponse = {
  /** Process exit code. */
  exitCode: number;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `command/exec/outputDelta`.
   */
  stderr: string;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `command/exec/outputDelta`.
   */
  stdout: string;
};

/** PTY size in character cells for `command/exec` PTY sessions. */
export type CommandExecTerminalSize = {
  /** Terminal width in character cells. */
  cols: number;
  /** Terminal height in character cells. */
  rows: number;
};

/** Terminate a running `command/exec` session. */
export type CommandExecTerminateParams = {
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
};

/** Empty success response for `command/exec/terminate`. */
export type CommandExecTerminateResponse = {
  [key: string]: unknown;
};

/** Write stdin bytes to a running `command/exec` session, close stdin, or both. */
export type CommandExecWriteParams = {
  /** Close stdin after writing `deltaBase64`, if present. */
  closeStdin?: boolean;
  /** Optional base64-encoded stdin bytes to write. */
  deltaBase64?: string | null;
  /** Client-supplied, connection-scoped `processId` from the original `command/exec` request. */
  processId: string;
};

/** Empty success response for `command/exec/write`. */
export type CommandExecWriteResponse = {
  [key: string]: unknown;
};

/** `CommandExecutionApprovalDecision` of the app-server protocol. */
export type CommandExecutionApprovalDecision =
  /** User approved the command. */
  | "accept"
  /** User approved the command and future prompts in the same session-scoped approval cache should run without prompting. */
  | "acceptForSession"
  /** User approved the command, and wants to apply the proposed execpolicy amendment so future matching commands can run without prompting. */
  | {
    acceptWithExecpolicyAmendment: {
      execpolicy_amendment: string[];
    };
  }
  /** User chose a persistent network policy rule (allow/deny) for this host. */
  | {
    applyNetworkPolicyAmendment: {
      network_policy_amendment: NetworkPolicyAmendment;
    };
  }
  /** User denied the command. The agent will continue the turn. */
  | "decline"
  /** User denied the command. The turn will also be immediately interrupted. */
  | "cancel";

/** Distinguishes a command approval from input sent to an existing terminal. */
export type CommandExecutionApprovalKind =
  | "command"
  | "writeStdin"
  /** A managed checkpoint requiring a fresh human decision. Only `accept`, `decline`, and `cancel` are valid. Requires the `requiredHumanApproval` initialize capability. This prompt does not itself start a command execution item. */
  | "humanCommand";

/** `CommandExecutionOutputDeltaNotification` of the app-server protocol. */
export type CommandExecutionOutputDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/** `CommandExecutionRequestApprovalParams` of the app-server protocol. */
export type CommandExecutionRequestApprovalParams = {
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  approvalId?: string | null;
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

/** `CommandExecutionRequestApprovalResponse` of the app-server protocol. */
export type CommandExecutionRequestApprovalResponse = {
  decision: CommandExecutionApprovalDecision;
};

/** `CommandExecutionSource` of the app-server protocol. */
export type CommandExecutionSource =
  | "agent"
  | "userShell"
  | "unifiedExecStartup"
  | "unifiedExecInteraction";

/** `CommandExecutionStatus` of the app-server protocol. */
export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";

/** `CommandMigration` of the app-server protocol. */
export type CommandMigration = {
  name: string;
};

/** `ComputerUseConfig` of the app-server protocol. */
export type ComputerUseConfig = {
  default_app_access?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosConfig | null;
  windows?: ComputerUseWindowsConfig | null;
};

/** `ComputerUseMacosConfig` of the app-server protocol. */
export type ComputerUseMacosConfig = {
  bundle_ids?:
    | {
      [key: string]: AllowDenyRequirement;
    }
    | null;
};

/** `ComputerUseMacosRequirements` of the app-server protocol. */
export type ComputerUseMacosRequirements = {
  bundleIds?:
    | {
      [key: string]: AllowDenyRequirement;
    }
    | null;
};

/** `ComputerUseRequirements` of the app-server protocol. */
export type ComputerUseRequirements = {
  allowLockedComputerUse?: boolean | null;
  allowPersistentApproval?: boolean | null;
  defaultAppAccess?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosRequirements | null;
  windows?: ComputerUseWindowsRequirements | null;
};

/** `ComputerUseWindowsConfig` of the app-server protocol. */
export type ComputerUseWindowsConfig = {
  aumids?:
    | {
      [key: string]: AllowDenyRequirement;
    }
    | null;
  exes?: ComputerUseWindowsExeConfig[] | null;
};

/** `ComputerUseWindowsExeConfig` of the app-server protocol. */
export type ComputerUseWindowsExeConfig = {
  access: AllowDenyRequirement;
  binary_name?: string | null;
  product_name: string;
  publisher_name: string;
};

/** `ComputerUseWindowsExeRequirement` of the app-server protocol. */
export type ComputerUseWindowsExeRequirement = {
  access: AllowDenyRequirement;
  binaryName?: string | null;
  productName: string;
  publisherName: string;
};

/** `ComputerUseWindowsRequirements` of the app-server protocol. */
export type ComputerUseWindowsRequirements = {
  aumids?:
    | {
      [key: string]: AllowDenyRequirement;
    }
    | null;
  exes?: ComputerUseWindowsExeRequirement[] | null;
};

/** `Config` of the app-server protocol. */
export type Config = {
  analytics?: AnalyticsConfig | null;
  approval_policy?: AskForApproval | null;
  /** [UNSTABLE] Optional default for where approval requests are routed for review. */
  approvals_reviewer?: ApprovalsReviewer | null;
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

/** `ConfigBatchWriteParams` of the app-server protocol. */
export type ConfigBatchWriteParams = {
  edits: ConfigEdit[];
  expectedVersion?: string | null;
  /** Path to the config file to write; defaults to the user's `config.toml` when omitted. */
  filePath?: string | null;
  /** When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded. */
  reloadUserConfig?: boolean;
};

/** `ConfigEdit` of the app-server protocol. */
export type ConfigEdit = {
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
};

/** `ConfigLayer` of the app-server protocol. */
export type ConfigLayer = {
  config: unknown;
  disabledReason?: string | null;
  name: ConfigLayerSource;
  version: string;
};

/** `ConfigLayerMetadata` of the app-server protocol. */
export type ConfigLayerMetadata = {
  name: ConfigLayerSource;
  version: string;
};

/** `ConfigLayerSource` of the app-server protocol. */
export type ConfigLayerSource =
  /** Default configuration supplied with the installed Codex package. */
  | {
    type: "packagedDefaults";
    /** Path to the packaged default configuration file. */
    file: AbsolutePathBuf;
  }
  /** Managed preferences layer delivered by MDM (macOS only). */
  | {
    type: "mdm";
    domain: string;
    key: string;
  }
  /** Managed config layer from a file (usually `managed_config.toml`). */
  | {
    type: "system";
    /** This is the path to the system config.toml file, though it is not guaranteed to exist. */
    file: AbsolutePathBuf;
  }
  /** Enterprise-managed config layer delivered by the cloud config bundle. */
  | {
    type: "enterpriseManaged";
    /** Stable identifier for the delivered layer. */
    id: string;
    /** Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention. */
    name: string;
  }
  /** User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable by the user - generally outside the workspace directory */
  | {
    type: "user";
    /** This is the path to the user's config.toml file, though it is not guaranteed to exist. */
    file: AbsolutePathBuf;
    /** Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one. */
    profile?: string | null;
  }
  /** Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo root. */
  | {
    type: "project";
    dotCodexFolder: AbsolutePathBuf;
  }
  /** Session-layer overrides supplied via `-c`/`--config`. */
  | {
    type: "sessionFlags";
  }
  /** `managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else. This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out `managed_config.toml` in favor of `requirements.toml`. */
  | {
    type: "legacyManagedConfigTomlFromFile";
    file: AbsolutePathBuf;
  }
  | {
    type: "legacyManagedConfigTomlFromMdm";
  };

/** `ConfigReadParams` of the app-server protocol. */
export type ConfigReadParams = {
  /** Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root). */
  cwd?: string | null;
  includeLayers?: boolean;
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

/** `ConfigValueWriteParams` of the app-server protocol. */
export type ConfigValueWriteParams = {
  expectedVersion?: string | null;
  /** Path to the config file to write; defaults to the user's `config.toml` when omitted. */
  filePath?: string | null;
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
};

/** `ConfigWarningNotification` of the app-server protocol. */
export type ConfigWarningNotification = {
  /** Optional extra guidance or error details. */
  details?: string | null;
  /** Optional path to the config file that triggered the warning. */
  path?: string | null;
  /** Optional range for the error location inside the config file. */
  range?: TextRange | null;
  /** Concise summary of the warning. */
  summary: string;
};

/** `ConfigWriteResponse` of the app-server protocol. */
export type ConfigWriteResponse = {
  /** Canonical path to the config file that was written. */
  filePath: AbsolutePathBuf;
  overriddenMetadata?: OverriddenMetadata | null;
  status: WriteStatus;
  version: string;
};

/** Reasoning settings interpreted by the backend for the routed model. */
export type ConfigurationReasoning = {
  effort: ReasoningEffort;
};

/** `ConfiguredHookHandler` of the app-server protocol. */
export type ConfiguredHookHandler =
  | {
    type: "command";
    /** Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata. */
    additionalContextLimit?: number | null;
    async: boolean;
    command: string;
    commandWindows?: string | null;
    statusMessage?: string | null;
    timeoutSec?: number | null;
  }
  | {
    type: "mcp_tool";
    input: {
      [key: string]: unknown;
    };
    server: string;
    statusMessage?: string | null;
    timeoutSec?: number | null;
    tool: string;
  }
  | {
    type: "prompt";
  }
  | {
    type: "agent";
  };

/** `ConfiguredHookMatcherGroup` of the app-server protocol. */
export type ConfiguredHookMatcherGroup = {
  hooks: ConfiguredHookHandler[];
  matcher?: string | null;
};

/** EXPERIMENTAL - metadata returned by app/read. */
export type ConnectorMetadata = {
  description?: string | null;
  distributionChannel?: string | null;
  iconUrl?: string | null;
  iconUrlDark?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
  /** @default [] */
  pluginDisplayNames?: string[];
  toolSummaries?: AppToolSummary[] | null;
};

/** `ConsumeAccountRateLimitResetCreditOutcome` of the app-server protocol. */
export type ConsumeAccountRateLimitResetCreditOutcome =
  /** A reset credit was consumed and the eligible rate-limit windows were reset. */
  | "reset"
  /** No current rate-limit window is eligible for a reset. */
  | "nothingToReset"
  /** The account has no earned reset credits available. */
  | "noCredit"
  /** The same idempotency key already completed a reset successfully. */
  | "alreadyRedeemed";

/** `ConsumeAccountRateLimitResetCreditParams` of the app-server protocol. */
export type ConsumeAccountRateLimitResetCreditParams = {
  /** Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit. */
  creditId?: string | null;
  /** Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt. */
  idempotencyKey: string;
};

/** `ConsumeAccountRateLimitResetCreditResponse` of the app-server protocol. */
export type ConsumeAccountRateLimitResetCreditResponse = {
  outcome: ConsumeAccountRateLimitResetCreditOutcome;
};

/** `ContentItem` of the app-server protocol. */
export type ContentItem =
  | {
    type: "input_text";
    text: string;
  }
  | {
    type: "input_image";
    detail?: ImageDetail | null;
    image_url: string;
  }
  | {
    type: "input_image";
    detail?: ImageDetail | null;
    file_id: string;
  }
  /** Inline audio data or an uploaded file loaded by the Responses API. */
  | {
    type: "input_audio";
    audio_url: string;
  }
  /** Inline audio data or an uploaded file loaded by the Responses API. */
  | {
    type: "input_audio";
    file_id: string;
  }
  | {
    type: "output_text";
    annotations?: unknown[] | null;
    logprobs?: unknown[] | null;
    text: string;
  };

/** Deprecated: Use `ContextCompaction` item type instead. */
export type ContextCompactedNotification = {
  threadId: string;
  turnId: string;
};

/** `ConversationTextRole` of the app-server protocol. */
export type ConversationTextRole = "user" | "developer" | "assistant";

/** `CreditsSnapshot` of the app-server protocol. */
export type CreditsSnapshot = {
  balance?: string | null;
  hasCredits: boolean;
  unlimited: boolean;
};

/** Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned. */
export type CyberAccessProgram = "standard" | "daybreakBlue" | "daybreakRed";

/** `DeprecationNoticeNotification` of the app-server protocol. */
export type DeprecationNoticeNotification = {
  /** Optional extra guidance, such as migration steps or rationale. */
  details?: string | null;
  /** Concise summary of what is deprecated. */
  summary: string;
};

/** `DesktopOnboardingEntrypoint` of the app-server protocol. */
export type DesktopOnboardingEntrypoint = "life_sciences";

/** `DynamicToolCallOutputContentItem` of the app-server protocol. */
export type DynamicToolCallOutputContentItem =
  | {
    type: "inputText";
    text: string;
  }
  | {
    type: "inputImage";
    imageUrl: string;
  }
  | {
    type: "inputAudio";
    audioUrl: string;
  };

/** `DynamicToolCallParams` of the app-server protocol. */
export type DynamicToolCallParams = {
  arguments: unknown;
  callId: string;
  namespace?: string | null;
  threadId: string;
  tool: string;
  turnId: string;
};

/** `DynamicToolCallResponse` of the app-server protocol. */
export type DynamicToolCallResponse = {
  contentItems: DynamicToolCallOutputContentItem[];
  success: boolean;
};

/** `DynamicToolCallStatus` of the app-server protocol. */
export type DynamicToolCallStatus = "inProgress" | "completed" | "failed";

/** `DynamicToolNamespaceTool` of the app-server protocol. */
export type DynamicToolNamespaceTool = {
  deferLoading?: boolean;
  description: string;
  inputSchema: unknown;
  name: string;
  type: "function";
};

/** `DynamicToolSpec` of the app-server protocol. */
export type DynamicToolSpec =
  | {
    type: "function";
    deferLoading?: boolean;
    description: string;
    inputSchema: unknown;
    name: string;
  }
  | {
    type: "namespace";
    description: string;
    name: string;
    tools: DynamicToolNamespaceTool[];
  };

/** `EnvironmentConnectionNotification` of the app-server protocol. */
export type EnvironmentConnectionNotification = {
  environmentId: string;
  threadId: string;
};

/** `EnvironmentSkillsParams` of the app-server protocol. */
export type EnvironmentSkillsParams = {
  /** Exact catalog names that must be available from this environment. */
  required?: string[] | null;
};

/** `ErrorNotification` of the app-server protocol. */
export type ErrorNotification = {
  error: TurnError;
  threadId: string;
  turnId: string;
  willRetry: boolean;
};

/** `ExecCommandApprovalParams` of the app-server protocol. */
export type ExecCommandApprovalParams = {
  /** Identifier for this specific approval callback. */
  approvalId?: string | null;
  /** Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent]. */
  callId: string;
  command: string[];
  conversationId: ThreadId;
  cwd: string;
  parsedCmd: ParsedCommand[];
  reason?: string | null;
};

/** `ExecCommandApprovalResponse` of the app-server protocol. */
export type ExecCommandApprovalResponse = {
  decision: ReviewDecision;
};

/** `ExperimentalFeature` of the app-server protocol. */
export type ExperimentalFeature = {
  /** Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta. */
  announcement?: string | null;
  /** Whether this feature is enabled by default. */
  defaultEnabled: boolean;
  /** Short summary describing what the feature does. Null when this feature is not in beta. */
  description?: string | null;
  /** User-facing display name shown in the experimental features UI. Null when this feature is not in beta. */
  displayName?: string | null;
  /** Whether this feature is currently enabled in the loaded config. */
  enabled: boolean;
  /** Stable key used in config.toml and CLI flag toggles. */
  name: string;
  /** Lifecycle stage of this feature flag. */
  stage: ExperimentalFeatureStage;
};

/** `ExperimentalFeatureEnablementSetParams` of the app-server protocol. */
export type ExperimentalFeatureEnablementSetParams = {
  /**
   * Process-wide runtime feature enablement keyed by canonical feature name.
   *
   * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
   */
  enablement: {
    [key: string]: boolean;
  };
};

/** `ExperimentalFeatureEnablementSetResponse` of the app-server protocol. */
export type ExperimentalFeatureEnablementSetResponse = {
  /** Feature enablement entries updated by this request. */
  enablement: {
    [key: string]: boolean;
  };
};

/** `ExperimentalFeatureListParams` of the app-server protocol. */
export type ExperimentalFeatureListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd. */
  threadId?: string | null;
};

/** `ExperimentalFeatureListResponse` of the app-server protocol. */
export type ExperimentalFeatureListResponse = {
  data: ExperimentalFeature[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `ExperimentalFeatureStage` of the app-server protocol. */
export type ExperimentalFeatureStage =
  /** Feature is available for user testing and feedback. */
  | "beta"
  /** Feature is still being built and not ready for broad use. */
  | "underDevelopment"
  /** Feature is production-ready. */
  | "stable"
  /** Feature is deprecated and should be avoided. */
  | "deprecated"
  /** Feature flag is retained only for backwards compatibility. */
  | "removed";

/** `ExternalAgentConfigDetectParams` of the app-server protocol. */
export type ExternalAgentConfigDetectParams = {
  /** Zero or more working directories to include for repo-scoped detection. */
  cwds?: string[] | null;
  /** If true, include detection under the user's home directory. */
  includeHome?: boolean;
  /** Maximum age in days for detected sessions. Missing values use the default limit. */
  maxSessionAgeDays?: number | null;
  /** Maximum number of sessions to detect. Missing values use the default limit. */
  maxSessions?: number | null;
  /** Optional migration-source selector. Missing or unrecognized values use the default source. */
  migrationSource?: string | null;
  /** Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source. */
  source?: string | null;
};

/** `ExternalAgentConfigDetectResponse` of the app-server protocol. */
export type ExternalAgentConfigDetectResponse = {
  /** @default [] */
  connectors?: ExternalAgentDetectedConnectorCandidate[];
  items: ExternalAgentConfigMigrationItem[];
};

/** `ExternalAgentConfigImportCompletedNotification` of the app-server protocol. */
export type ExternalAgentConfigImportCompletedNotification = {
  importId: string;
  itemTypeResults: ExternalAgentConfigImportTypeResult[];
};

/** `ExternalAgentConfigImportHistoriesReadResponse` of the app-server protocol. */
export type ExternalAgentConfigImportHistoriesReadResponse = {
  connectors: ExternalAgentImportedConnectorCandidate[];
  data: ExternalAgentConfigImportHistory[];
};

/** `ExternalAgentConfigImportHistory` of the app-server protocol. */
export type ExternalAgentConfigImportHistory = {
  completedAtMs: number;
  failures: ExternalAgentConfigImportItemTypeFailure[];
  importId: string;
  providerId?: string | null;
  successes: ExternalAgentConfigImportItemTypeSuccess[];
};

/** `ExternalAgentConfigImportHistoryRecordParams` of the app-server protocol. */
export type ExternalAgentConfigImportHistoryRecordParams = {
  /** Completed results grouped by imported item type. */
  itemTypeResults: ExternalAgentConfigImportHistoryRecordTypeResultParams[];
  /** Opaque provider identifier for the externally completed import. */
  providerId: string;
};

/** `ExternalAgentConfigImportHistoryRecordResponse` of the app-server protocol. */
export type ExternalAgentConfigImportHistoryRecordResponse = {
  importId: string;
};

/** `ExternalAgentConfigImportHistoryRecordSuccessParams` of the app-server protocol. */
export type ExternalAgentConfigImportHistoryRecordSuccessParams = {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /** Original title for an imported session, when available. */
  title?: string | null;
};

/** `ExternalAgentConfigImportHistoryRecordTypeResultParams` of the app-server protocol. */
export type ExternalAgentConfigImportHistoryRecordTypeResultParams = {
  failures: ExternalAgentConfigImportItemTypeFailure[];
  itemType: ExternalAgentConfigMigrationItemType;
  successes: ExternalAgentConfigImportHistoryRecordSuccessParams[];
};

/** `ExternalAgentConfigImportItemTypeFailure` of the app-server protocol. */
export type ExternalAgentConfigImportItemTypeFailure = {
  cwd?: string | null;
  errorType?: string | null;
  failureStage: string;
  itemType: ExternalAgentConfigMigrationItemType;
  message: string;
  source?: string | null;
  subErrorType?: string | null;
};

/** `ExternalAgentConfigImportItemTypeSuccess` of the app-server protocol. */
export type ExternalAgentConfigImportItemTypeSuccess = {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /** Original title for an imported session; null for other item types. */
  title?: string | null;
};

/** `ExternalAgentConfigImportParams` of the app-server protocol. */
export type ExternalAgentConfigImportParams = {
  migrationItems: ExternalAgentConfigMigrationItem[];
  /** Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source. */
  migrationSource?: string | null;
  /** Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source. */
  providerId?: string | null;
  /** Optional identifier for the product that initiated the import. */
  source?: string | null;
};

/** `ExternalAgentConfigImportProgressNotification` of the app-server protocol. */
export type ExternalAgentConfigImportProgressNotification = {
  importId: string;
  itemTypeResults: ExternalAgentConfigImportTypeResult[];
};

/** `ExternalAgentConfigImportResponse` of the app-server protocol. */
export type ExternalAgentConfigImportResponse = {
  importId: string;
};

/** `ExternalAgentConfigImportTypeResult` of the app-server protocol. */
export type ExternalAgentConfigImportTypeResult = {
  failures: ExternalAgentConfigImportItemTypeFailure[];
  itemType: ExternalAgentConfigMigrationItemType;
  successes: ExternalAgentConfigImportItemTypeSuccess[];
};

/** `ExternalAgentConfigMigrationItem` of the app-server protocol. */
export type ExternalAgentConfigMigrationItem = {
  /** Null or empty means home-scoped migration; non-empty means repo-scoped migration. */
  cwd?: string | null;
  description: string;
  details?: MigrationDetails | null;
  itemType: ExternalAgentConfigMigrationItemType;
};

/** `ExternalAgentConfigMigrationItemType` of the app-server protocol. */
export type ExternalAgentConfigMigrationItemType =
  | "AGENTS_MD"
  | "CONFIG"
  | "SKILLS"
  | "PLUGINS"
  | "MCP_SERVER_CONFIG"
  | "SUBAGENTS"
  | "HOOKS"
  | "COMMANDS"
  | "MEMORY"
  | "SESSIONS";

/** `ExternalAgentDetectedConnectorCandidate` of the app-server protocol. */
export type ExternalAgentDetectedConnectorCandidate = {
  name: string;
  sessionCount: number;
  source: ExternalAgentDetectedConnectorSource;
};

/** `ExternalAgentDetectedConnectorSource` of the app-server protocol. */
export type ExternalAgentDetectedConnectorSource = "remoteMcpServersConfig" | "sessionToolUse";

/** `ExternalAgentImportedConnectorCandidate` of the app-server protocol. */
export type ExternalAgentImportedConnectorCandidate = {
  name: string;
  sessionCount: number;
  source: ExternalAgentImportedConnectorSource;
};

/** `ExternalAgentImportedConnectorSource` of the app-server protocol. */
export type ExternalAgentImportedConnectorSource = "remoteMcpServersConfig";

/** `FeedbackRequirements` of the app-server protocol. */
export type FeedbackRequirements = {
  enabled?: boolean | null;
};

/** `FeedbackSaveParams` of the app-server protocol. */
export type FeedbackSaveParams = {
  classification: string;
  extraLogFiles?: string[] | null;
  includeLogs?: boolean;
  reason?: string | null;
  /** Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC. */
  savePath: LegacyAppPathString;
  tags?:
    | {
      [key: string]: string;
    }
    | null;
  threadId?: string | null;
};

/** `FeedbackSaveResponse` of the app-server protocol. */
export type FeedbackSaveResponse = {
  /** Same prompt hash as feedback/upload; null when prompt metadata is absent. */
  promptHash?: string | null;
  savedPath: LegacyAppPathString;
  threadId: string;
};

/** `FeedbackUploadParams` of the app-server protocol. */
export type FeedbackUploadParams = {
  classification: string;
  extraLogFiles?: string[] | null;
  includeLogs?: boolean;
  reason?: string | null;
  tags?:
    | {
      [key: string]: string;
    }
    | null;
  threadId?: string | null;
};

/** `FeedbackUploadResponse` of the app-server protocol. */
export type FeedbackUploadResponse = {
  /** Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata. */
  promptHash?: string | null;
  threadId: string;
};

/** `FileChange` of the app-server protocol. */
export type FileChange =
  | {
    type: "add";
    content: string;
  }
  | {
    type: "delete";
    content: string;
  }
  | {
    type: "update";
    move_path?: string | null;
    unified_diff: string;
  };

/** `FileChangeApprovalDecision` of the app-server protocol. */
export type FileChangeApprovalDecision =
  /** User approved the file changes. */
  | "accept"
  /** User approved the file changes and future changes to the same files should run without prompting. */
  | "acceptForSession"
  /** User denied the file changes. The agent will continue the turn. */
  | "decline"
  /** User denied the file changes. The turn will also be immediately interrupted. */
  | "cancel";

/**
 * Deprecated legacy notification for `apply_patch` textual output.
 *
 * The server no longer emits this notification.
 */
export type FileChangeOutputDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/** `FileChangePatchUpdatedNotification` of the app-server protocol. */
export type FileChangePatchUpdatedNotification = {
  changes: FileUpdateChange[];
  itemId: string;
  threadId: string;
  turnId: string;
};

/** `FileChangeRequestApprovalParams` of the app-server protocol. */
export type FileChangeRequestApprovalParams = {
  /** [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today). */
  grantRoot?: string | null;
  itemId: string;
  /** Optional explanatory reason (e.g. request for extra write access). */
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

/** `FileChangeRequestApprovalResponse` of the app-server protocol. */
export type FileChangeRequestApprovalResponse = {
  decision: FileChangeApprovalDecision;
};

/** `FileSystemAccessMode` of the app-server protocol. */
export type FileSystemAccessMode = "read" | "write" | "deny";

/** `FileSystemPath` of the app-server protocol. */
export type FileSystemPath =
  | {
    type: "path";
    path: LegacyAppPathString;
  }
  | {
    type: "glob_pattern";
    pattern: string;
  }
  | {
    type: "special";
    value: FileSystemSpecialPath;
  };

/** `FileSystemSandboxEntry` of the app-server protocol. */
export type FileSystemSandboxEntry = {
  access: FileSystemAccessMode;
  path: FileSystemPath;
};

/** `FileSystemSpecialPath` of the app-server protocol. */
export type FileSystemSpecialPath =
  | {
    kind: "root";
  }
  | {
    kind: "minimal";
  }
  | {
    kind: "project_roots";
    subpath?: LegacyAppPathString | null;
  }
  | {
    kind: "tmpdir";
  }
  | {
    kind: "slash_tmp";
  }
  | {
    kind: "unknown";
    path: string;
    subpath?: LegacyAppPathString | null;
  };

/** `FileUpdateChange` of the app-server protocol. */
export type FileUpdateChange = {
  diff: string;
  kind: PatchChangeKind;
  path: string;
};

/** Backward-compatible API shape for ChatGPT workspace login restrictions. */
export type ForcedChatgptWorkspaceIds = string | string[];

/** `ForcedLoginMethod` of the app-server protocol. */
export type ForcedLoginMethod = "chatgpt" | "api";

/** Filesystem watch notification emitted for `fs/watch` subscribers. */
export type FsChangedNotification = {
  /** File or directory paths associated with this event. */
  changedPaths: AbsolutePathBuf[];
  /** Watch identifier previously provided to `fs/watch`. */
  watchId: string;
};

/** Copy a file or directory tree on the host filesystem. */
export type FsCopyParams = {
  /** Absolute destination path. */
  destinationPath: AbsolutePathBuf;
  /** Required for directory copies; ignored for file copies. */
  recursive?: boolean;
  /** Absolute source path. */
  sourcePath: AbsolutePathBuf;
};

/** Successful response for `fs/copy`. */
export type FsCopyResponse = {
  [key: string]: unknown;
};

/** Create a directory on the host filesystem. */
export type FsCreateDirectoryParams = {
  /** Absolute directory path to create. */
  path: AbsolutePathBuf;
  /** Whether parent directories should also be created. Defaults to `true`. */
  recursive?: boolean | null;
};

/** Successful response for `fs/createDirectory`. */
export type FsCreateDirectoryResponse = {
  [key: string]: unknown;
};

/** Request metadata for an absolute path. */
export type FsGetMetadataParams = {
  /** Absolute path to inspect. */
  path: AbsolutePathBuf;
};

/** Metadata returned by `fs/getMetadata`. */
export type FsGetMetadataResponse = {
  /** File creation time in Unix milliseconds when available, otherwise `0`. */
  createdAtMs: number;
  /** Whether the path resolves to a directory. */
  isDirectory: boolean;
  /** Whether the path resolves to a regular file. */
  isFile: boolean;
  /** Whether the path itself is a symbolic link. */
  isSymlink: boolean;
  /** File modification time in Unix milliseconds when available, otherwise `0`. */
  modifiedAtMs: number;
};

/** A directory entry returned by `fs/readDirectory`. */
export type FsReadDirectoryEntry = {
  /** Direct child entry name only, not an absolute or relative path. */
  fileName: string;
  /** Whether this entry resolves to a directory. */
  isDirectory: boolean;
  /** Whether this entry resolves to a regular file. */
  isFile: boolean;
};

/** List direct child names for a directory. */
export type FsReadDirectoryParams = {
  /** Absolute directory path to read. */
  path: AbsolutePathBuf;
};

/** Directory entries returned by `fs/readDirectory`. */
export type FsReadDirectoryResponse = {
  /** Direct child entries in the requested directory. */
  entries: FsReadDirectoryEntry[];
};

/** Read a file from the host filesystem. */
export type FsReadFileParams = {
  /** Absolute path to read. */
  path: AbsolutePathBuf;
};

/** Base64-encoded file contents returned by `fs/readFile`. */
export type FsReadFileResponse = {
  /** File contents encoded as base64. */
  dataBase64: string;
};

/** Remove a file or directory tree from the host filesystem. */
export type FsRemoveParams = {
  /** Whether missing paths should be ignored. Defaults to `true`. */
  force?: boolean | null;
  /** Absolute path to remove. */
  path: AbsolutePathBuf;
  /** Whether directory removal should recurse. Defaults to `true`. */
  recursive?: boolean | null;
};

/** Successful response for `fs/remove`. */
export type FsRemoveResponse = {
  [key: string]: unknown;
};

/** Stop filesystem watch notifications for a prior `fs/watch`. */
export type FsUnwatchParams = {
  /** Watch identifier previously provided to `fs/watch`. */
  watchId: string;
};

/** Successful response for `fs/unwatch`. */
export type FsUnwatchResponse = {
  [key: string]: unknown;
};

/** Start filesystem watch notifications for an absolute path. */
export type FsWatchParams = {
  /** Absolute file or directory path to watch. */
  path: AbsolutePathBuf;
  /** Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`. */
  watchId: string;
};

/** Successful response for `fs/watch`. */
export type FsWatchResponse = {
  /** Canonicalized path associated with the watch. */
  path: AbsolutePathBuf;
};

/** Write a file on the host filesystem. */
export type FsWriteFileParams = {
  /** File contents encoded as base64. */
  dataBase64: string;
  /** Absolute path to write. */
  path: AbsolutePathBuf;
};

/** Successful response for `fs/writeFile`. */
export type FsWriteFileResponse = {
  [key: string]: unknown;
};

/** `FunctionCallOutputBody` of the app-server protocol. */
export type FunctionCallOutputBody = string | FunctionCallOutputContentItem[];

/** Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs. */
export type FunctionCallOutputContentItem =
  | {
    type: "input_text";
    text: string;
  }
  | {
    type: "input_image";
    detail?: ImageDetail | null;
    image_url: string;
  }
  | {
    type: "input_image";
    detail?: ImageDetail | null;
    file_id: string;
  }
  /** Inline audio data or an uploaded file loaded by the Responses API. */
  | {
    type: "input_audio";
    audio_url: string;
  }
  /** Inline audio data or an uploaded file loaded by the Responses API. */
  | {
    type: "input_audio";
    file_id: string;
  }
  | {
    type: "encrypted_content";
    encrypted_content: string;
  };

/** `FuzzyFileSearchMatchType` of the app-server protocol. */
export type FuzzyFileSearchMatchType = "file" | "directory";

/** `FuzzyFileSearchParams` of the app-server protocol. */
export type FuzzyFileSearchParams = {
  cancellationToken?: string | null;
  query: string;
  roots: string[];
};

/** `FuzzyFileSearchResponse` of the app-server protocol. */
export type FuzzyFileSearchResponse = {
  files: FuzzyFileSearchResult[];
};

/** Superset of [`codex_file_search::FileMatch`] */
export type FuzzyFileSearchResult = {
  file_name: string;
  indices?: number[] | null;
  match_type: FuzzyFileSearchMatchType;
  path: string;
  root: string;
  score: number;
};

/** `FuzzyFileSearchSessionCompletedNotification` of the app-server protocol. */
export type FuzzyFileSearchSessionCompletedNotification = {
  sessionId: string;
};

/** `FuzzyFileSearchSessionUpdatedNotification` of the app-server protocol. */
export type FuzzyFileSearchSessionUpdatedNotification = {
  files: FuzzyFileSearchResult[];
  query: string;
  sessionId: string;
};

/** `GatewayAuth` of the app-server protocol. */
export type GatewayAuth =
  | {
    mode: "none";
  }
  | {
    mode: "environmentVariable";
    envKey: string;
  }
  /** Authentication is configured outside the gateway form. Preserve it on edits. */
  | {
    mode: "externallyConfigured";
    envKey?: string | null;
  };

/** `GatewayOAuthCancelResponse` of the app-server protocol. */
export type GatewayOAuthCancelResponse = {
  [key: string]: unknown;
};

/** `GatewayOAuthChangedNotification` of the app-server protocol. */
export type GatewayOAuthChangedNotification = {
  /** Authorization handoff, sent only to the connection that started login. */
  authUrl?: string | null;
  error?: string | null;
  /** Identifies the completed device login attempt. */
  loginId?: string | null;
  providerId: string;
  status: GatewayOAuthStatus;
};

/** Authorize a configured provider without changing the default or any thread's provider. */
export type GatewayOAuthLoginParams = {
  /** Select device authorization when the server advertises support for it. */
  deviceAuth?: boolean;
  /** Defaults to the current provider when omitted. */
  modelProvider?: string | null;
};

/** `GatewayOAuthLoginResponse` of the app-server protocol. */
export type GatewayOAuthLoginResponse = {
  prompt?: GatewayOAuthPrompt | null;
};

/** `GatewayOAuthPrompt` of the app-server protocol. */
export type GatewayOAuthPrompt = {
  loginId: string;
  userCode: string;
  verificationUrl: string;
};

/** Read credential readiness for a configured provider without starting browser login. */
export type GatewayOAuthReadParams = {
  /** Defaults to the current provider when omitted. */
  modelProvider?: string | null;
};

/** Current effective gateway policy and credential readiness; never contains credentials. */
export type GatewayOAuthReadResponse = {
  error?: string | null;
  providerId: string;
  providerName: string;
  /** Whether the selected provider uses gateway OAuth, even when already signed in. */
  required: boolean;
  /** Null when the effective provider does not use gateway OAuth. */
  status?: GatewayOAuthStatus | null;
  /**
   * Whether the administrator configured a device authorization endpoint.
   *
   * @default false
   */
  supportsDeviceAuth?: boolean;
};

/** `GatewayOAuthStatus` of the app-server protocol. */
export type GatewayOAuthStatus = "notReady" | "started" | "succeeded" | "failed";

/** `GcpProviderId` of the app-server protocol. */
export type GcpProviderId = "gcp";

/** `GetAccountParams` of the app-server protocol. */
export type GetAccountParams = {
  /**
   * When `true`, requests a proactive token refresh before returning.
   *
   * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
   */
  refreshToken?: boolean;
};

/** Usage-read capabilities of the requesting client, never inferred from its experiment arm. */
export type GetAccountRateLimitsParams = {
  /** Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads. */
  excludeResetCreditDetails?: boolean;
  /** The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked. */
  supportsLunaReserve?: boolean;
};

/** `GetAccountRateLimitsResponse` of the app-server protocol. */
export type GetAccountRateLimitsResponse = {
  /** Account associated with this usage snapshot, when supplied by the backend. */
  accountId?: string | null;
  /** Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times. */
  ordinaryUsageAllowed?: boolean | null;
  rateLimitResetCredits?: RateLimitResetCreditsSummary | null;
  /** Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged. */
  rateLimitUpsell?: unknown;
  /** Backward-compatible single-bucket view; mirrors the historical payload. */
  rateLimits: RateLimitSnapshot;
  /** Multi-bucket view keyed by metered `limit_id` (for example, `codex`). */
  rateLimitsByLimitId?:
    | {
      [key: string]: RateLimitSnapshot;
    }
    | null;
};

/** `GetAccountResponse` of the app-server protocol. */
export type GetAccountResponse = {
  account?: Account | null;
  requiresOpenaiAuth: boolean;
  /** ChatGPT user ID belonging to this account response, when available. */
  userId?: string | null;
};

/** Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security. */
export type GetAccountSecuritySetupResponse = {
  notice?: AccountSecuritySetupNotice | null;
};

/** `GetAccountTokenUsageParams` of the app-server protocol. */
export type GetAccountTokenUsageParams = {
  /** When present, read estimated usage for this thread instead of account-wide token activity. */
  threadId?: string | null;
};

/** `GetAccountTokenUsageResponse` of the app-server protocol. */
export type GetAccountTokenUsageResponse = {
  dailyUsageBuckets?: AccountTokenUsageDailyBucket[] | null;
  summary: AccountTokenUsageSummary;
  /** Estimated usage when a thread was requested and its billing route is available. */
  threadUsage?: ThreadUsage | null;
};

/** `GetWorkspaceMessagesResponse` of the app-server protocol. */
export type GetWorkspaceMessagesResponse = {
  /** Whether the workspace-message backend route is available for this client. */
  featureEnabled: boolean;
  /** Active workspace messages returned by the backend. */
  messages: WorkspaceMessage[];
};

/** `GitInfo` of the app-server protocol. */
export type GitInfo = {
  branch?: string | null;
  originUrl?: string | null;
  sha?: string | null;
};

/** `GrantedPermissionProfile` of the app-server protocol. */
export type GrantedPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
};

/** [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon. */
export type GuardianApprovalReview = {
  rationale?: string | null;
  riskLevel?: GuardianRiskLevel | null;
  status: GuardianApprovalReviewStatus;
  userAuthorization?: GuardianUserAuthorization | null;
};

/** `GuardianApprovalReviewAction` of the app-server protocol. */
export type GuardianApprovalReviewAction =
  | {
    type: "command";
    command: string;
    cwd: LegacyAppPathString;
    source: GuardianCommandSource;
  }
  | {
    type: "execve";
    argv: string[];
    cwd: AbsolutePathBuf;
    program: string;
    source: GuardianCommandSource;
  }
  /** A child approval for input to an existing command execution item. */
  | {
    type: "writeStdin";
    approvalId: string;
    cwd: LegacyAppPathString;
    processId: string;
    stdin: string;
  }
  | {
    type: "applyPatch";
    cwd: LegacyAppPathString;
    files: LegacyAppPathString[];
  }
  | {
    type: "networkAccess";
    host: string;
    port: number;
    protocol: NetworkApprovalProtocol;
    target: string;
  }
  | {
    type: "mcpToolCall";
    connectorId?: string | null;
    connectorName?: string | null;
    server: string;
    toolName: string;
    toolTitle?: string | null;
  }
  | {
    type: "requestPermissions";
    permissions: RequestPermissionProfile;
    reason?: string | null;
  };

/** [UNSTABLE] Lifecycle state for an approval auto-review. */
export type GuardianApprovalReviewStatus =
  | "inProgress"
  | "approved"
  | "denied"
  | "timedOut"
  | "aborted";

/** `GuardianCommandSource` of the app-server protocol. */
export type GuardianCommandSource = "shell" | "unifiedExec";

/** [UNSTABLE] Risk level assigned by approval auto-review. */
export type GuardianRiskLevel = "low" | "medium" | "high" | "critical";

/** [UNSTABLE] Authorization level assigned by approval auto-review. */
export type GuardianUserAuthorization = "unknown" | "low" | "medium" | "high";

/** `GuardianWarningNotification` of the app-server protocol. */
export type GuardianWarningNotification = {
  /** Concise guardian warning message for the user. */
  message: string;
  /** Thread target for the guardian warning. */
  threadId: string;
};

/** `HelplineSubject` of the app-server protocol. */
export type HelplineSubject = "answer" | "prompt";

/** `HookCompletedNotification` of the app-server protocol. */
export type HookCompletedNotification = {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
};

/** `HookErrorInfo` of the app-server protocol. */
export type HookErrorInfo = {
  message: string;
  path: string;
};

/** `HookEventName` of the app-server protocol. */
export type HookEventName =
  | "preModelRequest"
  | "postModelRequest"
  | "preToolUse"
  | "permissionRequest"
  | "postToolUse"
  | "preCompact"
  | "postCompact"
  | "sessionStart"
  | "sessionEnd"
  | "userPromptSubmit"
  | "subagentStart"
  | "subagentStop"
  | "stop"
  | "interrupt";

/** `HookExecutionMode` of the app-server protocol. */
export type HookExecutionMode = "sync" | "async";

/** `HookHandlerType` of the app-server protocol. */
export type HookHandlerType = "command" | "mcpTool" | "prompt" | "agent";

/** `HookMetadata` of the app-server protocol. */
export type HookMetadata =
  | {
    handlerType: "command";
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    /** @default false */
    async?: boolean;
    command: string;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  }
  | {
    handlerType: "mcpTool";
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    server: string;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    tool: string;
    trustStatus: HookTrustStatus;
  }
  | {
    handlerType: "prompt";
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  }
  | {
    handlerType: "agent";
    /** Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling. */
    additionalContextLimit?: number | null;
    currentHash: string;
    displayOrder: number;
    enabled: boolean;
    /** The owning execution environment, if this hook came from its requirements. */
    environmentId?: string | null;
    eventName: HookEventName;
    isManaged: boolean;
    key: string;
    matcher?: string | null;
    pluginId?: string | null;
    source: HookSource;
    sourcePath: AbsolutePathBuf;
    statusMessage?: string | null;
    timeoutSec: number;
    trustStatus: HookTrustStatus;
  };

/** `HookMigration` of the app-server protocol. */
export type HookMigration = {
  name: string;
};

/** `HookOutputEntry` of the app-server protocol. */
export type HookOutputEntry = {
  kind: HookOutputEntryKind;
  text: string;
};

/** `HookOutputEntryKind` of the app-server protocol. */
export type HookOutputEntryKind = "warning" | "stop" | "feedback" | "context" | "error";

/** `HookPromptFragment` of the app-server protocol. */
export type HookPromptFragment = {
  hookRunId: string;
  text: string;
};

/** `HookRunStatus` of the app-server protocol. */
export type HookRunStatus = "running" | "completed" | "failed" | "blocked" | "stopped";

/** `HookRunSummary` of the app-server protocol. */
export type HookRunSummary = {
  completedAt?: number | null;
  displayOrder: number;
  durationMs?: number | null;
  entries: HookOutputEntry[];
  eventName: HookEventName;
  executionMode: HookExecutionMode;
  handlerType: HookHandlerType;
  id: string;
  scope: HookScope;
  /** @default "unknown" */
  source?: HookSource;
  sourcePath: LegacyAppPathString;
  startedAt: number;
  status: HookRunStatus;
  statusMessage?: string | null;
};

/** `HookScope` of the app-server protocol. */
export type HookScope = "thread" | "turn";

/** `HookSource` of the app-server protocol. */
export type HookSource =
  | "system"
  | "user"
  | "project"
  | "mdm"
  | "sessionFlags"
  | "plugin"
  | "cloudRequirements"
  | "cloudManagedConfig"
  | "legacyManagedConfigFile"
  | "legacyManagedConfigMdm"
  | "unknown";

/** `HookStartedNotification` of the app-server protocol. */
export type HookStartedNotification = {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
};

/** `HookTrustStatus` of the app-server protocol. */
export type HookTrustStatus = "managed" | "untrusted" | "trusted" | "modified";

/** `HooksListEntry` of the app-server protocol. */
export type HooksListEntry = {
  cwd: string;
  errors: HookErrorInfo[];
  hooks: HookMetadata[];
  warnings: string[];
};

/** `HooksListParams` of the app-server protocol. */
export type HooksListParams = {
  /** Working directories to inspect when no thread is specified. An empty list uses the session cwd. */
  cwds?: string[];
  /** List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode. */
  threadId?: string | null;
};

/** `HooksListResponse` of the app-server protocol. */
export type HooksListResponse = {
  data: HooksListEntry[];
};

/** `ImageDetail` of the app-server protocol. */
export type ImageDetail = "auto" | "low" | "high" | "original";

/** `ImageGenerationFailure` of the app-server protocol. */
export type ImageGenerationFailure = {
  limitId: string;
  resetsAt?: number | null;
  type: "usageLimitExceeded";
};

/** A local image file successfully read for this exact image-generation request. */
export type ImageGenerationInputImage = {
  path: AbsolutePathBuf;
  /** Lowercase SHA-256 of the file bytes read before image normalization. */
  sha256: string;
};

/** `InAppBrowserRequirements` of the app-server protocol. */
export type InAppBrowserRequirements = {
  allowExternalBrowserSettingsImport?: boolean | null;
};

/** Client-declared capabilities negotiated during initialize. */
export type InitializeCapabilities = {
  /**
   * Opt into receiving experimental API methods and fields.
   *
   * @default false
   */
  experimentalApi?: boolean;
  /** Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it. */
  explicitGatewayOauth?: boolean;
  /** MCP extension settings declared by the app-server client. */
  extensions?:
    | {
      [key: string]: unknown;
    }
    | null;
  /**
   * Legacy opt-in for the `openai/form` MCP extension.
   *
   * New clients should declare `openai/form` in [`Self::extensions`].
   */
  mcpServerOpenaiFormElicitation?: boolean;
  /** Exact notification method names that should be suppressed for this connection (for example `thread/started`). */
  optOutNotificationMethods?: string[] | null;
  /**
   * Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
   *
   * @default false
   */
  requestAttestation?: boolean;
  /** Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients. */
  requiredHumanApproval?: boolean;
};

/** `InitializeParams` of the app-server protocol. */
export type InitializeParams = {
  capabilities?: InitializeCapabilities | null;
  clientInfo: ClientInfo;
};

/** `InitializeResponse` of the app-server protocol. */
export type InitializeResponse = {
  /** Absolute path to the server's $CODEX_HOME directory. */
  codexHome: AbsolutePathBuf;
  /** Platform family for the running app-server target, for example `"unix"` or `"windows"`. */
  platformFamily: string;
  /** Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`. */
  platformOs: string;
  userAgent: string;
};

/** Canonical user-input modality tags advertised by a model. */
export type InputModality =
  /** Plain text turns and tool payloads. */
  | "text"
  /** Image attachments included in user turns. */
  | "image"
  /** Audio attachments included in user turns. */
  | "audio";

/** Installed connector runtime state. */
export type InstalledApp = {
  /** Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot. */
  callable: boolean;
  /** Effective enabled state after applying global, workspace, local, and managed configuration at read time. */
  enabled: boolean;
  id: string;
  /** Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`. */
  runtimeName?: string | null;
};

/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 *
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 */
export type InternalChatMessageMetadataPassthrough = {
  turn_id?: string | null;
};

/** `ItemCompletedNotification` of the app-server protocol. */
export type ItemCompletedNotification = {
  /** Unix timestamp (in milliseconds) when this item lifecycle completed. */
  completedAtMs: number;
  /** Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item. */
  contentTokenCount?: number | null;
  item: ThreadItem;
  threadId: string;
  turnId: string;
};

/** [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon. */
export type ItemGuardianApprovalReviewCompletedNotification = {
  action: GuardianApprovalReviewAction;
  /** Unix timestamp (in milliseconds) when this review completed. */
  completedAtMs: number;
  decisionSource: AutoReviewDecisionSource;
  review: GuardianApprovalReview;
  /** Stable identifier for this review. */
  reviewId: string;
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
};

/** [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon. */
export type ItemGuardianApprovalReviewStartedNotification = {
  action: GuardianApprovalReviewAction;
  review: GuardianApprovalReview;
  /** Stable identifier for this review. */
  reviewId: string;
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
};

/** `ItemStartedNotification` of the app-server protocol. */
export type ItemStartedNotification = {
  item: ThreadItem;
  /** Unix timestamp (in milliseconds) when this item lifecycle started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

/** A response to a request that indicates an error occurred. */
export type JSONRPCError = {
  error: JSONRPCErrorError;
  id: RequestId;
};

/** `JSONRPCErrorError` of the app-server protocol. */
export type JSONRPCErrorError = {
  code: number;
  data?: unknown;
  message: string;
};

/** Refers to any valid JSON-RPC object that can be decoded off the wire, or encoded to be sent. */
export type JSONRPCMessage = JSONRPCRequest | JSONRPCNotification | JSONRPCResponse | JSONRPCError;

/** A notification which does not expect a response. */
export type JSONRPCNotification = {
  method: string;
  params?: unknown;
};

/** A request that expects a response. */
export type JSONRPCRequest = {
  id: RequestId;
  method: string;
  params?: unknown;
  /** Optional W3C Trace Context for distributed tracing. */
  trace?: W3cTraceContext | null;
};

/** A successful (non-error) response to a request. */
export type JSONRPCResponse = {
  id: RequestId;
  result: unknown;
};

/** `LegacyAppPathString` of the app-server protocol. */
export type LegacyAppPathString = string;

/** `ListMcpServerStatusParams` of the app-server protocol. */
export type ListMcpServerStatusParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted. */
  detail?: McpServerStatusDetail | null;
  /** Select this environment's registration. Requires `serverName` and `threadId`. When omitted, a named request uses the same server as older clients. */
  environmentId?: string | null;
  /** Optional page size; defaults to a server-defined value. */
  limit?: number | null;
  /** Limit discovery to one server. With a thread ID, reuse that thread's MCP connection. */
  serverName?: string | null;
  threadId?: string | null;
};

/** `ListMcpServerStatusResponse` of the app-server protocol. */
export type ListMcpServerStatusResponse = {
  data: McpServerStatus[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `LocalShellAction` of the app-server protocol. */
export type LocalShellAction = {
  command: string[];
  env?:
    | {
      [key: string]: string;
    }
    | null;
  timeout_ms?: number | null;
  type: "exec";
  user?: string | null;
  working_directory?: string | null;
};

/** `LocalShellStatus` of the app-server protocol. */
export type LocalShellStatus = "completed" | "in_progress" | "incomplete";

/** `LoginAccountParams` of the app-server protocol. */
export type LoginAccountParams =
  | {
    type: "apiKey";
    apiKey: string;
  }
  | {
    type: "chatgpt";
    appBrand?: LoginAppBrand | null;
    codexStreamlinedLogin?: boolean;
    useHostedLoginSuccessPage?: boolean;
  }
  | {
    type: "chatgptDeviceCode";
  }
  /** [UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that Codex-managed ChatGPT auth tokens have. */
  | {
    type: "chatgptAuthTokens";
    /** Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction. */
    accessToken: string;
    /** Workspace/account identifier supplied by the client. */
    chatgptAccountId: string;
    /**
     * Optional plan type supplied by the client.
     *
     * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
     */
    chatgptPlanType?: string | null;
  }
  /** [UNSTABLE] Managed Amazon Bedrock login is experimental. */
  | {
    type: "amazonBedrock";
    apiKey: string;
    region: string;
  }
  /** [UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental. */
  | {
    type: "amazonBedrockAccessKeys";
    accessKeyId: string;
    region: string;
    secretAccessKey: string;
    sessionToken?: string | null;
  };

/** `LoginAccountResponse` of the app-server protocol. */
export type LoginAccountResponse =
  | {
    type: "apiKey";
  }
  | {
    type: "chatgpt";
    /** URL the client should open in a browser to initiate the OAuth flow. */
    authUrl: string;
    loginId: string;
  }
  | {
    type: "chatgptDeviceCode";
    loginId: string;
    /** One-time code the user must enter after signing in. */
    userCode: string;
    /** URL the client should open in a browser to complete device code authorization. */
    verificationUrl: string;
  }
  | {
    type: "chatgptAuthTokens";
  }
  | {
    type: "amazonBedrock";
  };

/** `LoginAppBrand` of the app-server protocol. */
export type LoginAppBrand = "codex" | "chatgpt";

/** `LogoutAccountResponse` of the app-server protocol. */
export type LogoutAccountResponse = {
  [key: string]: unknown;
};

/** `ManagedHooksRequirements` of the app-server protocol. */
export type ManagedHooksRequirements = {
  /** @default [] */
  Interrupt?: ConfiguredHookMatcherGroup[];
  PermissionRequest: ConfiguredHookMatcherGroup[];
  PostCompact: ConfiguredHookMatcherGroup[];
  /** @default [] */
  PostModelRequest?: ConfiguredHookMatcherGroup[];
  PostToolUse: ConfiguredHookMatcherGroup[];
  PreCompact: ConfiguredHookMatcherGroup[];
  /** @default [] */
  PreModelRequest?: ConfiguredHookMatcherGroup[];
  PreToolUse: ConfiguredHookMatcherGroup[];
  /** @default [] */
  SessionEnd?: ConfiguredHookMatcherGroup[];
  SessionStart: ConfiguredHookMatcherGroup[];
  Stop: ConfiguredHookMatcherGroup[];
  SubagentStart: ConfiguredHookMatcherGroup[];
  SubagentStop: ConfiguredHookMatcherGroup[];
  UserPromptSubmit: ConfiguredHookMatcherGroup[];
  managedDir?: string | null;
  windowsManagedDir?: string | null;
};

/** `MarketplaceAddParams` of the app-server protocol. */
export type MarketplaceAddParams = {
  refName?: string | null;
  source: string;
  sparsePaths?: string[] | null;
};

/** `MarketplaceAddResponse` of the app-server protocol. */
export type MarketplaceAddResponse = {
  alreadyAdded: boolean;
  installedRoot: AbsolutePathBuf;
  marketplaceName: string;
};

/** `MarketplaceInterface` of the app-server protocol. */
export type MarketplaceInterface = {
  displayName?: string | null;
};

/** `MarketplaceLoadErrorInfo` of the app-server protocol. */
export type MarketplaceLoadErrorInfo = {
  marketplacePath: AbsolutePathBuf;
  message: string;
};

/** `MarketplaceRemoveParams` of the app-server protocol. */
export type MarketplaceRemoveParams = {
  marketplaceName: string;
};

/** `MarketplaceRemoveResponse` of the app-server protocol. */
export type MarketplaceRemoveResponse = {
  installedRoot?: AbsolutePathBuf | null;
  marketplaceName: string;
};

/** `MarketplaceUpgradeErrorInfo` of the app-server protocol. */
export type MarketplaceUpgradeErrorInfo = {
  marketplaceName: string;
  message: string;
};

/** `MarketplaceUpgradeParams` of the app-server protocol. */
export type MarketplaceUpgradeParams = {
  marketplaceName?: string | null;
};

/** `MarketplaceUpgradeResponse` of the app-server protocol. */
export type MarketplaceUpgradeResponse = {
  errors: MarketplaceUpgradeErrorInfo[];
  selectedMarketplaces: string[];
  upgradedRoots: AbsolutePathBuf[];
};

/** `McpAppDisplayMode` of the app-server protocol. */
export type McpAppDisplayMode = "inline" | "fullscreen";

/** UI resource and display preference for model invocations, captured from the tool descriptor. */
export type McpAppUi = {
  preferredModelDisplayMode: McpAppDisplayMode;
  resourceUri: string;
};

/** `McpAuthStatus` of the app-server protocol. */
export type McpAuthStatus = "unknown" | "unsupported" | "notLoggedIn" | "bearerToken" | "oAuth";

/** `McpElicitationArrayType` of the app-server protocol. */
export type McpElicitationArrayType = "array";

/** `McpElicitationBooleanSchema` of the app-server protocol. */
export type McpElicitationBooleanSchema = {
  default?: boolean | null;
  description?: string | null;
  title?: string | null;
  type: McpElicitationBooleanType;
};

/** `McpElicitationBooleanType` of the app-server protocol. */
export type McpElicitationBooleanType = "boolean";

/** `McpElicitationConstOption` of the app-server protocol. */
export type McpElicitationConstOption = {
  const: string;
  title: string;
};

/** `McpElicitationEnumSchema` of the app-server protocol. */
export type McpElicitationEnumSchema =
  | McpElicitationSingleSelectEnumSchema
  | McpElicitationMultiSelectEnumSchema
  | McpElicitationLegacyTitledEnumSchema;

/** `McpElicitationLegacyTitledEnumSchema` of the app-server protocol. */
export type McpElicitationLegacyTitledEnumSchema = {
  default?: string | null;
  description?: string | null;
  enum: string[];
  enumNames?: string[] | null;
  title?: string | null;
  type: McpElicitationStringType;
};

/** `McpElicitationMultiSelectEnumSchema` of the app-server protocol. */
export type McpElicitationMultiSelectEnumSchema =
  | McpElicitationUntitledMultiSelectEnumSchema
  | McpElicitationTitledMultiSelectEnumSchema;

/** `McpElicitationNumberSchema` of the app-server protocol. */
export type McpElicitationNumberSchema = {
  default?: number | null;
  description?: string | null;
  maximum?: number | null;
  minimum?: number | null;
  title?: string | null;
  type: McpElicitationNumberType;
};

/** `McpElicitationNumberType` of the app-server protocol. */
export type McpElicitationNumberType = "number" | "integer";

/** `McpElicitationObjectType` of the app-server protocol. */
export type McpElicitationObjectType = "object";

/** `McpElicitationPrimitiveSchema` of the app-server protocol. */
export type McpElicitationPrimitiveSchema =
  | McpElicitationEnumSchema
  | McpElicitationStringSchema
  | McpElicitationNumberSchema
  | McpElicitationBooleanSchema;

/**
 * Typed form schema for MCP `elicitation/create` requests.
 *
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 */
export type McpElicitationSchema = {
  $schema?: string | null;
  properties: {
    [key: string]: McpElicitationPrimitiveSchema;
  };
  required?: string[] | null;
  type: McpElicitationObjectType;
};

/** `McpElicitationSingleSelectEnumSchema` of the app-server protocol. */
export type McpElicitationSingleSelectEnumSchema =
  | McpElicitationUntitledSingleSelectEnumSchema
  | McpElicitationTitledSingleSelectEnumSchema;

/** `McpElicitationStringFormat` of the app-server protocol. */
export type McpElicitationStringFormat = "email" | "uri" | "date" | "date-time";

/** `McpElicitationStringSchema` of the app-server protocol. */
export type McpElicitationStringSchema = {
  default?: string | null;
  description?: string | null;
  format?: McpElicitationStringFormat | null;
  maxLength?: number | null;
  minLength?: number | null;
  title?: string | null;
  type: McpElicitationStringType;
};

/** `McpElicitationStringType` of the app-server protocol. */
export type McpElicitationStringType = "string";

/** `McpElicitationTitledEnumItems` of the app-server protocol. */
export type McpElicitationTitledEnumItems = {
  anyOf: McpElicitationConstOption[];
};

/** `McpElicitationTitledMultiSelectEnumSchema` of the app-server protocol. */
export type McpElicitationTitledMultiSelectEnumSchema = {
  default?: string[] | null;
  description?: string | null;
  items: McpElicitationTitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
};

/** `McpElicitationTitledSingleSelectEnumSchema` of the app-server protocol. */
export type McpElicitationTitledSingleSelectEnumSchema = {
  default?: string | null;
  description?: string | null;
  oneOf: McpElicitationConstOption[];
  title?: string | null;
  type: McpElicitationStringType;
};

/** `McpElicitationUntitledEnumItems` of the app-server protocol. */
export type McpElicitationUntitledEnumItems = {
  enum: string[];
  type: McpElicitationStringType;
};

/** `McpElicitationUntitledMultiSelectEnumSchema` of the app-server protocol. */
export type McpElicitationUntitledMultiSelectEnumSchema = {
  default?: string[] | null;
  description?: string | null;
  items: McpElicitationUntitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
};

/** `McpElicitationUntitledSingleSelectEnumSchema` of the app-server protocol. */
export type McpElicitationUntitledSingleSelectEnumSchema = {
  default?: string | null;
  description?: string | null;
  enum: string[];
  title?: string | null;
  type: McpElicitationStringType;
};

/** `McpResourceReadParams` of the app-server protocol. */
export type McpResourceReadParams = {
  /** Additional MCP request metadata. Account and turn routing keys are reserved. */
  _meta?:
    | {
      [key: string]: unknown;
    }
    | null;
  connectorId?: string | null;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  /** Originating MCP tool call used to select the resource's app. */
  originCallId?: string | null;
  server: string;
  /** Explicit hosted app/account. Omit to retain legacy resource discovery. */
  target?: McpResourceReadTarget | null;
  threadId?: string | null;
  uri: string;
};

/** `McpResourceReadResponse` of the app-server protocol. */
export type McpResourceReadResponse = {
  contents: ResourceContent[];
  /** Originating call when the server applied app-specific resource scoping. */
  originCallId?: string | null;
};

/** `McpResourceReadTarget` of the app-server protocol. */
export type McpResourceReadTarget = {
  connectorId: string;
  /** Null explicitly requests no-auth access, subject to the app's resource policy. */
  linkId: string | null;
};

/** `McpServerConnectionStatus` of the app-server protocol. */
export type McpServerConnectionStatus =
  | "notStarted"
  | "starting"
  | "connected"
  | "authenticationRequired"
  | "failed"
  | "cancelled"
  | "disabled";

/** `McpServerElicitationAction` of the app-server protocol. */
export type McpServerElicitationAction = "accept" | "decline" | "cancel";

/** `McpServerElicitationRequestParams` of the app-server protocol. */
export type McpServerElicitationRequestParams =
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

/** `McpServerElicitationRequestResponse` of the app-server protocol. */
export type McpServerElicitationRequestResponse = {
  /** Optional client metadata for form-mode action handling. */
  _meta?: unknown;
  action: McpServerElicitationAction;
  /**
   * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
   *
   * This is nullable because decline/cancel responses have no content.
   */
  content?: unknown;
};

/** `McpServerEventNotification` of the app-server protocol. */
export type McpServerEventNotification = {
  method: string;
  params: unknown;
};

/** `McpServerEventStreamNotification` of the app-server protocol. */
export type McpServerEventStreamNotification = {
  notification: McpServerEventNotification;
  subscriptionId: string;
};

/** Presentation metadata advertised by an initialized MCP server. */
export type McpServerInfo = {
  description?: string | null;
  icons?: unknown[] | null;
  name: string;
  title?: string | null;
  version: string;
  websiteUrl?: string | null;
};

/** `McpServerMigration` of the app-server protocol. */
export type McpServerMigration = {
  name: string;
};

/** `McpServerOauthClientRegistration` of the app-server protocol. */
export type McpServerOauthClientRegistration = "auto" | "cimd" | "dcr";

/** `McpServerOauthLoginCompletedNotification` of the app-server protocol. */
export type McpServerOauthLoginCompletedNotification = {
  error?: string | null;
  /** Identifies the explicit login attempt. Older servers omit this field. */
  loginId?: string | null;
  name: string;
  success: boolean;
  threadId?: string | null;
};

/** `McpServerOauthLoginParams` of the app-server protocol. */
export type McpServerOauthLoginParams = {
  /** Registration strategy for this login only; omission selects automatic discovery. */
  clientRegistration?: McpServerOauthClientRegistration | null;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  name: string;
  scopes?: string[] | null;
  threadId?: string | null;
  timeoutSecs?: number | null;
};

/** `McpServerOauthLoginResponse` of the app-server protocol. */
export type McpServerOauthLoginResponse = {
  authorizationUrl: string;
  /** Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it. */
  loginId?: string | null;
};

/** `McpServerRefreshResponse` of the app-server protocol. */
export type McpServerRefreshResponse = {
  [key: string]: unknown;
};

/** `McpServerStartupFailureReason` of the app-server protocol. */
export type McpServerStartupFailureReason = "reauthenticationRequired";

/** `McpServerStartupState` of the app-server protocol. */
export type McpServerStartupState = "starting" | "ready" | "failed" | "cancelled";

/** `McpServerStatus` of the app-server protocol. */
export type McpServerStatus = {
  authStatus: McpAuthStatus;
  /** Environment that contributed this registration; null for a thread-wide server. Older servers omit this field. */
  environmentId?: string | null;
  /** HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports. */
  httpOrigin?: string | null;
  name: string;
  pluginId?: string | null;
  resourceTemplates: ResourceTemplate[];
  resources: Resource[];
  /** Current thread-runtime connection state; null when unavailable or the configuration changed. */
  runtimeStatus?: McpServerConnectionStatus | null;
  /** Capabilities advertised by the initialized MCP server; null when unavailable. */
  serverCapabilities?: unknown;
  serverInfo?: McpServerInfo | null;
  /** Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable. */
  toolListMeta?: unknown;
  tools: {
    [key: string]: Tool;
  };
  /** Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs. */
  toolsError?: string | null;
};

/** `McpServerStatusDetail` of the app-server protocol. */
export type McpServerStatusDetail = "full" | "toolsAndAuthOnly";

/** `McpServerStatusUpdatedNotification` of the app-server protocol. */
export type McpServerStatusUpdatedNotification = {
  /** Registration scope, not necessarily the server's execution environment. */
  environmentId?: string | null;
  error?: string | null;
  failureReason?: McpServerStartupFailureReason | null;
  name: string;
  status: McpServerStartupState;
  threadId?: string | null;
};

/** `McpServerToolCallParams` of the app-server protocol. */
export type McpServerToolCallParams = {
  _meta?: unknown;
  arguments?: unknown;
  /** Exact registration scope; omission preserves legacy name-only selection. */
  environmentId?: string | null;
  server: string;
  threadId: string;
  tool: string;
};

/** `McpServerToolCallResponse` of the app-server protocol. */
export type McpServerToolCallResponse = {
  _meta?: unknown;
  content: unknown[];
  isError?: boolean | null;
  structuredContent?: unknown;
};

/** `McpToolCallAppContext` of the app-server protocol. */
export type McpToolCallAppContext = {
  actionName?: string | null;
  appName?: string | null;
  connectorId: string;
  linkId?: string | null;
  resourceUri?: string | null;
};

/** `McpToolCallError` of the app-server protocol. */
export type McpToolCallError = {
  message: string;
};

/** `McpToolCallProgressNotification` of the app-server protocol. */
export type McpToolCallProgressNotification = {
  itemId: string;
  message: string;
  threadId: string;
  turnId: string;
};

/** `McpToolCallResult` of the app-server protocol. */
export type McpToolCallResult = {
  _meta?: unknown;
  content: unknown[];
  structuredContent?: unknown;
};

/** `McpToolCallStatus` of the app-server protocol. */
export type McpToolCallStatus = "inProgress" | "completed" | "failed";

/** `MemoryCitation` of the app-server protocol. */
export type MemoryCitation = {
  entries: MemoryCitationEntry[];
  threadIds: string[];
};

/** `MemoryCitationEntry` of the app-server protocol. */
export type MemoryCitationEntry = {
  lineEnd: number;
  lineStart: number;
  note: string;
  path: string;
};

/** `MergeStrategy` of the app-server protocol. */
export type MergeStrategy = "replace" | "upsert";

/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 *
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 */
export type MessagePhase =
  /**
   * Mid-turn assistant text (for example preamble/progress narration).
   *
   * Additional tool calls or assistant output may follow before turn completion.
   */
  | "commentary"
  /** Stable answer text that may be followed by more assistant output or tools. */
  | "partial_answer"
  /** The assistant's declared terminal answer text for the current turn. */
  | "final_answer";

/** `MigrationDetails` of the app-server protocol. */
export type MigrationDetails = {
  /** @default [] */
  commands?: CommandMigration[];
  /** @default [] */
  hooks?: HookMigration[];
  /** @default [] */
  mcpServers?: McpServerMigration[];
  memory?: string[];
  /** @default [] */
  plugins?: PluginsMigration[];
  /** @default [] */
  sessions?: SessionMigration[];
  /** @default [] */
  skills?: SkillMigration[];
  /** @default [] */
  subagents?: SubagentMigration[];
};

/** `MisalignmentErrorDetails` of the app-server protocol. */
export type MisalignmentErrorDetails = {
  /** A substantive localized explanation is required before offering continuation. */
  detailedExplanation?: string | null;
  /** Open-ended classification; clients must accept categories added by Responses. */
  errorType?: string | null;
  /** Opaque server-issued block target. Presence alone does not enable target-based continuation. */
  reviewTarget?: string | null;
  /** Instruction to submit as the next turn's user input if continuation is confirmed. */
  steer?: MisalignmentSteer | null;
};

/** `MisalignmentSteer` of the app-server protocol. */
export type MisalignmentSteer = {
  message: string;
};

/** Initial collaboration mode to use when the TUI starts. */
export type ModeKind = "plan" | "default";

/** `Model` of the app-server protocol. */
export type Model = {
  /**
   * Deprecated: use `serviceTiers` instead.
   *
   * @default []
   */
  additionalSpeedTiers?: string[];
  availabilityNux?: ModelAvailabilityNux | null;
  /** Null when the catalog does not provide access-program metadata. */
  availableAccessPrograms?: ModelAccessPrograms | null;
  defaultReasoningEffort: ReasoningEffort;
  /** Catalog default service tier id for this model, when one is configured. */
  defaultServiceTier?: string | null;
  description: string;
  displayName: string;
  hidden: boolean;
  id: string;
  /** @default ["text","image"] */
  inputModalities?: InputModality[];
  isDefault: boolean;
  model: string;
  modelSpecialty?: string | null;
  /** Multi-agent runtime declared by this model, when available. */
  multiAgentVersion?: MultiAgentVersion | null;
  /** @default [] */
  serviceTiers?: ModelServiceTier[];
  supportedReasoningEfforts: ReasoningEffortOption[];
  /**
   * @deprecated Always false; models no longer support personality selection.
   *
   * @default false
   */
  supportsPersonality?: boolean;
  upgrade?: string | null;
  upgradeInfo?: ModelUpgradeInfo | null;
};

/** Caller-specific explicit access programs advertised by model discovery. */
export type ModelAccessPrograms = {
  /** Accepted explicit selections. */
  cyber: CyberAccessProgram[];
};

/** `ModelAvailabilityNux` of the app-server protocol. */
export type ModelAvailabilityNux = {
  message: string;
};

/** `ModelListParams` of the app-server protocol. */
export type ModelListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** When true, include models that are hidden from the default picker list. */
  includeHidden?: boolean | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** List models for this configured provider instead of the app-server default. */
  modelProvider?: string | null;
};

/** `ModelListResponse` of the app-server protocol. */
export type ModelListResponse = {
  data: Model[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `ModelProviderCapabilitiesReadParams` of the app-server protocol. */
export type ModelProviderCapabilitiesReadParams = {
  [key: string]: unknown;
};

/** `ModelProviderCapabilitiesReadResponse` of the app-server protocol. */
export type ModelProviderCapabilitiesReadResponse = {
  imageGeneration: boolean;
  webSearch: boolean;
};

/** `ModelProviderConfigWriteParams` of the app-server protocol. */
export type ModelProviderConfigWriteParams = {
  settings: ProviderSettingsPatch;
};

/** `ModelProviderConfigWriteResponse` of the app-server protocol. */
export type ModelProviderConfigWriteResponse = {
  provider: ModelProviderSummary;
};

/** `ModelProviderDefaultSetParams` of the app-server protocol. */
export type ModelProviderDefaultSetParams = {
  /** Configured provider to use by default for new threads and unscoped model lists. */
  providerId: string;
};

/** Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback. */
export type ModelProviderError =
  | {
    type: "modelProviderMismatch";
    currentModelProvider: string;
    modelProvider: string;
  }
  | {
    type: "modelProviderNotConfigured";
    modelProvider: string;
  }
  | {
    type: "modelProviderPolicyConflict";
    modelProvider: string;
    requiredModelProvider: string;
  };

/** `ModelProviderListParams` of the app-server protocol. */
export type ModelProviderListParams = {
  [key: string]: unknown;
};

/** `ModelProviderListResponse` of the app-server protocol. */
export type ModelProviderListResponse = {
  canChangeDefault: boolean;
  data: ModelProviderSummary[];
  defaultProviderId: string;
};

/** `ModelProviderSummary` of the app-server protocol. */
export type ModelProviderSummary = {
  /** Null when the endpoint is absent or cannot be safely displayed. */
  baseUrl?: string | null;
  /** Whether a supported configuration field can be edited in the active user layer. */
  canEdit: boolean;
  id: string;
  name: string;
  settings: ProviderSettings;
};

/** `ModelRerouteReason` of the app-server protocol. */
export type ModelRerouteReason = "highRiskCyberActivity";

/** `ModelReroutedNotification` of the app-server protocol. */
export type ModelReroutedNotification = {
  fromModel: string;
  reason: ModelRerouteReason;
  threadId: string;
  toModel: string;
  turnId: string;
};

/** `ModelSafetyBufferingUpdatedNotification` of the app-server protocol. */
export type ModelSafetyBufferingUpdatedNotification = {
  fasterModel?: string | null;
  model: string;
  reasons: string[];
  showBufferingUi: boolean;
  threadId: string;
  turnId: string;
  useCases: string[];
};

/** `ModelServiceTier` of the app-server protocol. */
export type ModelServiceTier = {
  description: string;
  id: string;
  name: string;
};

/** `ModelUpgradeInfo` of the app-server protocol. */
export type ModelUpgradeInfo = {
  migrationMarkdown?: string | null;
  model: string;
  modelLink?: string | null;
  /** Informational Unix timestamp for this upgrade's scheduled retirement, if known. */
  retirementAt?: number | null;
  upgradeCopy?: string | null;
};

/** `ModelVerification` of the app-server protocol. */
export type ModelVerification = "trustedAccessForCyber";

/** `ModelVerificationNotification` of the app-server protocol. */
export type ModelVerificationNotification = {
  threadId: string;
  turnId: string;
  verifications: ModelVerification[];
};

/** `ModelsRequirements` of the app-server protocol. */
export type ModelsRequirements = {
  newThread?: NewThreadModelDefaults | null;
};

/** Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy. */
export type MultiAgentMode =
  | "explicitRequestOnly"
  | "proactive"
  | {
    custom: string;
  };

/** Multi-agent runtime supported by a model. */
export type MultiAgentVersion = "disabled" | "v1" | "v2";

/** `NetworkAccess` of the app-server protocol. */
export type NetworkAccess = "restricted" | "enabled";

/** `NetworkApprovalContext` of the app-server protocol. */
export type NetworkApprovalContext = {
  host: string;
  protocol: NetworkApprovalProtocol;
};

/** `NetworkApprovalProtocol` of the app-server protocol. */
export type NetworkApprovalProtocol = "http" | "https" | "socks5Tcp" | "socks5Udp";

/** `NetworkDomainPermission` of the app-server protocol. */
export type NetworkDomainPermission = "allow" | "deny";

/** `NetworkPolicyAmendment` of the app-server protocol. */
export type NetworkPolicyAmendment = {
  action: NetworkPolicyRuleAction;
  host: string;
};

/** `NetworkPolicyRuleAction` of the app-server protocol. */
export type NetworkPolicyRuleAction = "allow" | "deny";

/** `NetworkRequirements` of the app-server protocol. */
export type NetworkRequirements = {
  allowLocalBinding?: boolean | null;
  /** Legacy compatibility view derived from `unix_sockets`. */
  allowUnixSockets?: string[] | null;
  allowUpstreamProxy?: boolean | null;
  /** Legacy compatibility view derived from `domains`. */
  allowedDomains?: string[] | null;
  dangerouslyAllowAllUnixSockets?: boolean | null;
  dangerouslyAllowNonLoopbackProxy?: boolean | null;
  /** Legacy compatibility view derived from `domains`. */
  deniedDomains?: string[] | null;
  /** Canonical managed network permission map. */
  domains?:
    | {
      [key: string]: NetworkDomainPermission;
    }
    | null;
  enabled?: boolean | null;
  httpPort?: number | null;
  /** When true, only managed allowlist entries are respected while managed network enforcement is active. */
  managedAllowedDomainsOnly?: boolean | null;
  /** Host patterns routed to network approval before ordinary allow rules. */
  reviewDomains?: string[] | null;
  socksPort?: number | null;
  /** Canonical managed unix socket permission map. */
  unixSockets?:
    | {
      [key: string]: NetworkUnixSocketPermission;
    }
    | null;
};

/** `NetworkUnixSocketPermission` of the app-server protocol. */
export type NetworkUnixSocketPermission = "allow" | "deny";

/** `NewThreadModelDefaults` of the app-server protocol. */
export type NewThreadModelDefaults = {
  model?: string | null;
  modelReasoningEffort?: ReasoningEffort | null;
  serviceTier?: string | null;
};

/** `NonSteerableTurnKind` of the app-server protocol. */
export type NonSteerableTurnKind = "review" | "compact";

/** `NullableGatewayOAuthLoginParams` of the app-server protocol. */
export type NullableGatewayOAuthLoginParams = GatewayOAuthLoginParams | null;

/** `NullableGatewayOAuthReadParams` of the app-server protocol. */
export type NullableGatewayOAuthReadParams = GatewayOAuthReadParams | null;

/** `NullableGetAccountRateLimitsParams` of the app-server protocol. */
export type NullableGetAccountRateLimitsParams = GetAccountRateLimitsParams | null;

/** `NullableGetAccountTokenUsageParams` of the app-server protocol. */
export type NullableGetAccountTokenUsageParams = GetAccountTokenUsageParams | null;

/** `OtelExporter` of the app-server protocol. */
export type OtelExporter =
  | "none"
  | "statsig"
  | {
    "otlp-http": {
      endpoint: string;
      /** Header names are retained; values are redacted by the server. */
      headers: {
        [key: string]: string;
      };
      protocol: OtelHttpProtocol;
      tls?: OtelTlsConfig | null;
    };
  }
  | {
    "otlp-grpc": {
      endpoint: string;
      /** Header names are retained; values are redacted by the server. */
      headers: {
        [key: string]: string;
      };
      tls?: OtelTlsConfig | null;
    };
  };

/** `OtelHttpProtocol` of the app-server protocol. */
export type OtelHttpProtocol = "binary" | "json";

/** `OtelRequirements` of the app-server protocol. */
export type OtelRequirements = {
  environment?: string | null;
  exporter?: OtelExporter | null;
  headers_helper?: string | null;
  headers_helper_refresh_interval_ms?: number | null;
  log_agent_responses?: boolean | null;
  log_guardian_assessments?: boolean | null;
  log_sse_deltas?: boolean | null;
  log_user_prompt?: boolean | null;
  metrics_exporter?: OtelExporter | null;
  span_attributes?:
    | {
      [key: string]: string;
    }
    | null;
  tool_result?: OtelToolResultLogConfig | null;
  trace_exporter?: OtelExporter | null;
  tracestate?:
    | {
      [key: string]: {
        [key: string]: string;
      };
    }
    | null;
};

/** `OtelTlsConfig` of the app-server protocol. */
export type OtelTlsConfig = {
  "ca-certificate"?: string | null;
  "client-certificate"?: string | null;
  "client-private-key"?: string | null;
};

/** `OtelToolResultLogConfig` of the app-server protocol. */
export type OtelToolResultLogConfig = {
  max_bytes: number;
};

/** `OverriddenMetadata` of the app-server protocol. */
export type OverriddenMetadata = {
  effectiveValue: unknown;
  message: string;
  overridingLayer: ConfigLayerMetadata;
};

/** `ParsedCommand` of the app-server protocol. */
export type ParsedCommand =
  | {
    type: "read";
    cmd: string;
    name: string;
    /** (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path. */
    path: string;
  }
  | {
    type: "list_files";
    cmd: string;
    path?: string | null;
  }
  | {
    type: "search";
    cmd: string;
    path?: string | null;
    query?: string | null;
  }
  | {
    type: "unknown";
    cmd: string;
  };

/** `PatchApplyStatus` of the app-server protocol. */
export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";

/** `PatchChangeKind` of the app-server protocol. */
export type PatchChangeKind =
  | {
    type: "add";
  }
  | {
    type: "delete";
  }
  | {
    type: "update";
    move_path?: string | null;
  };

/** `PathUri` of the app-server protocol. */
export type PathUri = string;

/** `PermissionGrantScope` of the app-server protocol. */
export type PermissionGrantScope = "turn" | "session";

/** `PermissionProfileListParams` of the app-server protocol. */
export type PermissionProfileListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional working directory to resolve project config layers. */
  cwd?: string | null;
  /** Optional page size; defaults to the full result set. */
  limit?: number | null;
};

/** `PermissionProfileListResponse` of the app-server protocol. */
export type PermissionProfileListResponse = {
  data: PermissionProfileSummary[];
  /** Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `PermissionProfileSummary` of the app-server protocol. */
export type PermissionProfileSummary = {
  /** Whether the effective requirements allow selecting this profile. */
  allowed: boolean;
  /** Optional user-facing description for display in clients. */
  description?: string | null;
  /** Available permission profile identifier. */
  id: string;
};

/** `PermissionsRequestApprovalParams` of the app-server protocol. */
export type PermissionsRequestApprovalParams = {
  cwd: LegacyAppPathString;
  environmentId?: string | null;
  itemId: string;
  permissions: RequestPermissionProfile;
  reason?: string | null;
  /** Unix timestamp (in milliseconds) when this approval request started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

/** `PermissionsRequestApprovalResponse` of the app-server protocol. */
export type PermissionsRequestApprovalResponse = {
  permissions: GrantedPermissionProfile;
  /** @default "turn" */
  scope?: PermissionGrantScope;
  /** Review every subsequent command in this turn before normal sandboxed execution. */
  strictAutoReview?: boolean | null;
};

/** Deprecated: `friendly` and `pragmatic` no longer select a style. */
export type Personality = "none" | "friendly" | "pragmatic";

/** EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content. */
export type PlanDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/** `PlanType` of the app-server protocol. */
export type PlanType =
  | "free"
  | "go"
  | "plus"
  | "pro"
  | "prolite"
  | "promax"
  | "team"
  | "self_serve_business_prolite"
  | "self_serve_business_usage_based"
  | "business"
  | "ent26"
  | "enterprise_cbp_automation"
  | "enterprise_cbp_usage_based"
  | "enterprise"
  | "edu"
  | "edu_plus"
  | "edu_pro"
  | "sci"
  | "sci_plus"
  | "unknown";

/** `PluginAuthPolicy` of the app-server protocol. */
export type PluginAuthPolicy = "ON_INSTALL" | "ON_USE";

/** `PluginAvailability` of the app-server protocol. */
export type PluginAvailability =
  | "DISABLED_BY_ADMIN"
  /** Plugin-service currently sends `"ENABLED"` for available remote plugins. Codex app-server exposes `"AVAILABLE"` in its API; the alias keeps decoding compatible with that upstream response. */
  | "AVAILABLE";

/** `PluginDetail` of the app-server protocol. */
export type PluginDetail = {
  appTemplates: AppTemplateSummary[];
  apps: AppSummary[];
  description?: string | null;
  hooks: PluginHookSummary[];
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  mcpServers: string[];
  /** The declared onboarding skill, when the plugin and visible skill are enabled. */
  onboardingSkill?: SkillSummary | null;
  scheduledTasks?: ScheduledTaskSummary[] | null;
  shareUrl?: string | null;
  skills: SkillSummary[];
  summary: PluginSummary;
};

/** `PluginDisabledReason` of the app-server protocol. */
export type PluginDisabledReason =
  | "disabled_by_admin"
  | "plan_not_eligible"
  | "required_app_unavailable"
  | "unknown";

/** `PluginHookSummary` of the app-server protocol. */
export type PluginHookSummary = {
  eventName: HookEventName;
  key: string;
};

/** `PluginInstallParams` of the app-server protocol. */
export type PluginInstallParams = {
  /** Client-generated identifier used to correlate one installation attempt. */
  installAttemptId?: string | null;
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
};

/** `PluginInstallPolicy` of the app-server protocol. */
export type PluginInstallPolicy = "NOT_AVAILABLE" | "AVAILABLE" | "INSTALLED_BY_DEFAULT";

/** `PluginInstallPolicySource` of the app-server protocol. */
export type PluginInstallPolicySource = "WORKSPACE_SETTING" | "IMPLICIT_CANONICAL_APP";

/** `PluginInstallResponse` of the app-server protocol. */
export type PluginInstallResponse = {
  appsNeedingAuth: AppSummary[];
  authPolicy: PluginAuthPolicy;
};

/** `PluginInstalledParams` of the app-server protocol. */
export type PluginInstalledParams = {
  /** Optional working directories used to discover repo marketplaces. */
  cwds?: AbsolutePathBuf[] | null;
  /** Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints. */
  installSuggestionPluginNames?: string[] | null;
};

/** `PluginInstalledResponse` of the app-server protocol. */
export type PluginInstalledResponse = {
  /** @default [] */
  marketplaceLoadErrors?: MarketplaceLoadErrorInfo[];
  marketplaces: PluginMarketplaceEntry[];
};

/** `PluginInterface` of the app-server protocol. */
export type PluginInterface = {
  brandColor?: string | null;
  capabilities: string[];
  category?: string | null;
  /** Local composer icon path, resolved from the installed plugin package. */
  composerIcon?: AbsolutePathBuf | null;
  /** Remote composer icon URL from the plugin catalog. */
  composerIconUrl?: string | null;
  /** Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry. */
  defaultPrompt?: string[] | null;
  developerName?: string | null;
  displayName?: string | null;
  /** Local logo path, resolved from the installed plugin package. */
  logo?: AbsolutePathBuf | null;
  /** Local dark-mode logo path, resolved from the installed plugin package. */
  logoDark?: AbsolutePathBuf | null;
  /** Remote logo URL from the plugin catalog. */
  logoUrl?: string | null;
  /** Remote dark-mode logo URL from the plugin catalog. */
  logoUrlDark?: string | null;
  longDescription?: string | null;
  privacyPolicyUrl?: string | null;
  /** Remote screenshot URLs from the plugin catalog. */
  screenshotUrls: string[];
  /** Local screenshot paths, resolved from the installed plugin package. */
  screenshots: AbsolutePathBuf[];
  shortDescription?: string | null;
  termsOfServiceUrl?: string | null;
  websiteUrl?: string | null;
};

/** `PluginListMarketplaceKind` of the app-server protocol. */
export type PluginListMarketplaceKind =
  | "local"
  | "vertical"
  | "workspace-directory"
  | "shared-with-me"
  | "created-by-me-remote";

/** `PluginListParams` of the app-server protocol. */
export type PluginListParams = {
  /** Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered. */
  cwds?: AbsolutePathBuf[] | null;
  /** Whether the client requests a fresh remote plugin catalog fetch. */
  forceRefetch?: boolean;
  /** Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag. */
  marketplaceKinds?: PluginListMarketplaceKind[] | null;
};

/** `PluginListResponse` of the app-server protocol. */
export type PluginListResponse = {
  /** @default [] */
  featuredPluginIds?: string[];
  /** @default [] */
  marketplaceLoadErrors?: MarketplaceLoadErrorInfo[];
  marketplaces: PluginMarketplaceEntry[];
};

/** `PluginMarketplaceEntry` of the app-server protocol. */
export type PluginMarketplaceEntry = {
  interface?: MarketplaceInterface | null;
  name: string;
  /** Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path. */
  path?: AbsolutePathBuf | null;
  plugins: PluginSummary[];
};

/** `PluginReadParams` of the app-server protocol. */
export type PluginReadParams = {
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
};

/** `PluginReadResponse` of the app-server protocol. */
export type PluginReadResponse = {
  plugin: PluginDetail;
};

/** Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags. */
export type PluginReconcileChangedPlugin = {
  hasApps: boolean;
  hasHooks: boolean;
  hasMcps: boolean;
  /** Whether either bundle declares skill roots; not a validated inventory of enabled skills. */
  hasSkills: boolean;
  /** Local plugin ID (`name@marketplace`), matching `PluginSummary.id`. */
  id: string;
};

/** `PluginReconcileParams` of the app-server protocol. */
export type PluginReconcileParams = {
  /** Optional client-provided reason recorded with the reconciliation attempt. */
  reason?: string | null;
};

/** Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed. */
export type PluginReconcileResponse = {
  /** Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted. */
  changedPlugins: PluginReconcileChangedPlugin[];
  /** Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available. */
  failedMaterializationRemotePluginIds: string[];
  /** Backend remote plugin IDs whose bundle or identity update failed. */
  failedRemotePluginIds: string[];
};

/** `PluginSearchResult` of the app-server protocol. */
export type PluginSearchResult = {
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
};

/** `PluginSearchScope` of the app-server protocol. */
export type PluginSearchScope = "global" | "workspace" | "personal";

/** `PluginShareCheckoutParams` of the app-server protocol. */
export type PluginShareCheckoutParams = {
  remotePluginId: string;
};

/** `PluginShareCheckoutResponse` of the app-server protocol. */
export type PluginShareCheckoutResponse = {
  marketplaceName: string;
  marketplacePath: AbsolutePathBuf;
  pluginId: string;
  pluginName: string;
  pluginPath: AbsolutePathBuf;
  remotePluginId: string;
  remoteVersion?: string | null;
};

/** `PluginShareContext` of the app-server protocol. */
export type PluginShareContext = {
  canPublishToWorkspace?: boolean | null;
  creatorAccountUserId?: string | null;
  creatorName?: string | null;
  discoverability?: PluginShareDiscoverability | null;
  remotePluginId: string;
  /** Version of the remote shared plugin release when available. */
  remoteVersion?: string | null;
  sharePrincipals?: PluginSharePrincipal[] | null;
  shareUrl?: string | null;
};

/** `PluginShareDeleteParams` of the app-server protocol. */
export type PluginShareDeleteParams = {
  remotePluginId: string;
};

/** `PluginShareDeleteResponse` of the app-server protocol. */
export type PluginShareDeleteResponse = {
  [key: string]: unknown;
};

/** `PluginShareDiscoverability` of the app-server protocol. */
export type PluginShareDiscoverability = "LISTED" | "UNLISTED" | "PRIVATE";

/** `PluginShareListItem` of the app-server protocol. */
export type PluginShareListItem = {
  localPluginPath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
};

/** `PluginShareListParams` of the app-server protocol. */
export type PluginShareListParams = {
  [key: string]: unknown;
};

/** `PluginShareListResponse` of the app-server protocol. */
export type PluginShareListResponse = {
  data: PluginShareListItem[];
};

/** `PluginSharePrincipal` of the app-server protocol. */
export type PluginSharePrincipal = {
  name: string;
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginSharePrincipalRole;
};

/** `PluginSharePrincipalRole` of the app-server protocol. */
export type PluginSharePrincipalRole = "reader" | "editor" | "owner";

/** `PluginSharePrincipalType` of the app-server protocol. */
export type PluginSharePrincipalType = "user" | "group" | "workspace";

/** `PluginShareSaveParams` of the app-server protocol. */
export type PluginShareSaveParams = {
  discoverability?: PluginShareDiscoverability | null;
  pluginPath: AbsolutePathBuf;
  remotePluginId?: string | null;
  shareTargets?: PluginShareTarget[] | null;
};

/** `PluginShareSaveResponse` of the app-server protocol. */
export type PluginShareSaveResponse = {
  canPublishToWorkspace?: boolean | null;
  remotePluginId: string;
  shareUrl: string;
};

/** `PluginShareTarget` of the app-server protocol. */
export type PluginShareTarget = {
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginShareTargetRole;
};

/** `PluginShareTargetRole` of the app-server protocol. */
export type PluginShareTargetRole = "reader" | "editor";

/** `PluginShareUpdateDiscoverability` of the app-server protocol. */
export type PluginShareUpdateDiscoverability = "UNLISTED" | "PRIVATE" | "LISTED";

/** `PluginShareUpdateTargetsParams` of the app-server protocol. */
export type PluginShareUpdateTargetsParams = {
  discoverability: PluginShareUpdateDiscoverability;
  remotePluginId: string;
  shareTargets: PluginShareTarget[];
};

/** `PluginShareUpdateTargetsResponse` of the app-server protocol. */
export type PluginShareUpdateTargetsResponse = {
  discoverability: PluginShareDiscoverability;
  principals: PluginSharePrincipal[];
};

/** `PluginSkillReadParams` of the app-server protocol. */
export type PluginSkillReadParams = {
  remoteMarketplaceName: string;
  remotePluginId: string;
  skillName: string;
};

/** `PluginSkillReadResponse` of the app-server protocol. */
export type PluginSkillReadResponse = {
  contents?: string | null;
};

/** `PluginSource` of the app-server protocol. */
export type PluginSource =
  | {
    type: "local";
    path: AbsolutePathBuf;
  }
  | {
    type: "git";
    path?: string | null;
    refName?: string | null;
    sha?: string | null;
    url: string;
  }
  | {
    type: "npm";
    package: string;
    /** Optional HTTPS registry URL. Authentication stays in the user's npm config. */
    registry?: string | null;
    /** Optional npm version or version range. */
    version?: string | null;
  }
  /** The plugin is available in the remote catalog. Download metadata is kept server-side and is not exposed through the app-server API. */
  | {
    type: "remote";
  };

/** `PluginSummary` of the app-server protocol. */
export type PluginSummary = {
  authPolicy: PluginAuthPolicy;
  /**
   * Availability state for installing and using the plugin.
   *
   * @default "AVAILABLE"
   */
  availability?: PluginAvailability;
  /** Why the remote plugin is unavailable, when provided by plugin-service. */
  disabledReason?: PluginDisabledReason | null;
  /** Raw plugin-service plan identifiers eligible to install the plugin. */
  eligiblePlanTypes?: string[] | null;
  enabled: boolean;
  id: string;
  installPolicy: PluginInstallPolicy;
  installPolicySource?: PluginInstallPolicySource | null;
  installed: boolean;
  /** Unix timestamp in seconds when the remote plugin was installed, when available. */
  installedAt?: number | null;
  interface?: PluginInterface | null;
  /** @default [] */
  keywords?: string[];
  /** Version of the locally materialized plugin package when available. */
  localVersion?: string | null;
  mustShowInstallationInterstitial?: boolean | null;
  name: string;
  /** Backend remote plugin identifier when available. */
  remotePluginId?: string | null;
  /** Remote sharing context associated with this plugin when available. */
  shareContext?: PluginShareContext | null;
  source: PluginSource;
  /** Version advertised by the remote marketplace backend when available. */
  version?: string | null;
};

/** `PluginUninstallParams` of the app-server protocol. */
export type PluginUninstallParams = {
  pluginId: string;
};

/** `PluginUninstallResponse` of the app-server protocol. */
export type PluginUninstallResponse = {
  [key: string]: unknown;
};

/** `PluginsMigration` of the app-server protocol. */
export type PluginsMigration = {
  marketplaceName: string;
  pluginNames: string[];
};

/** Final process exit notification for `process/spawn`. */
export type ProcessExitedNotification = {
  /** Process exit code. */
  exitCode: number;
  /** Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field. */
  outputDrainTimedOut?: boolean | null;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `process/outputDelta`.
   */
  stderr: string;
  /**
   * Whether stderr reached `outputBytesCap`.
   *
   * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
   */
  stderrCapReached: boolean;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `process/outputDelta`.
   */
  stdout: string;
  /**
   * Whether stdout reached `outputBytesCap`.
   *
   * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
   */
  stdoutCapReached: boolean;
};

/** Base64-encoded output chunk emitted for a streaming `process/spawn` request. */
export type ProcessOutputDeltaNotification = {
  /** True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`. */
  capReached: boolean;
  /** Base64-encoded output bytes. */
  deltaBase64: string;
  /** Client-supplied, connection-scoped `processHandle` from `process/spawn`. */
  processHandle: string;
  /** Output stream this chunk belongs to. */
  stream: ProcessOutputStream;
};

/** Stream label for `process/outputDelta` notifications. */
export type ProcessOutputStream =
  /** stdout stream. PTY mode multiplexes terminal output here. */
  | "stdout"
  /** stderr stream. */
  | "stderr";

/** PTY size in character cells for `process/spawn` PTY sessions. */
export type ProcessTerminalSize = {
  /** Terminal width in character cells. */
  cols: number;
  /** Terminal height in character cells. */
  rows: number;
};

/** `Project` of the app-server protocol. */
export type Project = {
  createdAt: number;
  id: string;
  metadata: {
    [key: string]: string;
  };
  name: string;
  /** Newest non-archived member thread's recency, in Unix seconds; null when none exist. */
  recencyAt?: number | null;
  roots: ProjectRoot[];
  updatedAt: number;
};

/** `ProjectChangeType` of the app-server protocol. */
export type ProjectChangeType = "created" | "updated" | "deleted";

/** `ProjectChangedNotification` of the app-server protocol. */
export type ProjectChangedNotification = {
  changeType: ProjectChangeType;
  projectId: string;
};

/** `ProjectRoot` of the app-server protocol. */
export type ProjectRoot = {
  path: AbsolutePathBuf;
};

/** `ProjectSortKey` of the app-server protocol. */
export type ProjectSortKey = "position" | "recencyAt";

/** `ProviderSettings` of the app-server protocol. */
export type ProviderSettings =
  | {
    type: "openai";
  }
  | {
    type: "customGateway";
    auth: GatewayAuth;
  }
  | {
    type: "bedrock";
    profile?: string | null;
    region?: string | null;
  }
  | {
    type: "gcp";
    /** Path on the app-server host, without credential-file contents. */
    credentialFile?: string | null;
    location?: string | null;
    projectId?: string | null;
  };

/** Omitted patch fields preserve their values. Explicit null clears a nullable field. */
export type ProviderSettingsPatch =
  | {
    type: "customGateway";
    baseUrl?: string | null;
    envKey?: string | null;
    name?: string;
    /** Omit or pass null to allocate a new custom provider ID. */
    providerId?: string | null;
  }
  /** AWS configuration fields for built-in Bedrock providers. */
  | {
    type: "bedrock";
    profile?: string | null;
    providerId: BedrockProviderId;
    region?: string | null;
  }
  /** GCP configuration fields. Credential-file paths refer to the app-server host. */
  | {
    type: "gcp";
    credentialFile?: string | null;
    location?: string | null;
    projectId?: string | null;
    providerId: GcpProviderId;
  };

/** `QueuedSubmission` of the app-server protocol. */
export type QueuedSubmission = {
  clientUserMessageId: string;
  id: string;
  input: UserInput[];
  /** Metadata retained with this input, including across reconnect and restoration. */
  responsesapiClientMetadata?:
    | {
      [key: string]: string;
    }
    | null;
};

/** `RateLimitReachedType` of the app-server protocol. */
export type RateLimitReachedType =
  | "rate_limit_reached"
  | "workspace_owner_credits_depleted"
  | "workspace_member_credits_depleted"
  | "workspace_owner_usage_limit_reached"
  | "workspace_member_usage_limit_reached";

/** `RateLimitResetCredit` of the app-server protocol. */
export type RateLimitResetCredit = {
  /** Backend-provided display description for this credit, or `null` when unavailable. */
  description?: string | null;
  /** Unix timestamp in seconds when the credit expires, or `null` if it does not expire. */
  expiresAt?: number | null;
  /** Unix timestamp in seconds when the credit was granted. */
  grantedAt: number;
  /** Opaque backend identifier for this reset credit. */
  id: string;
  resetType: RateLimitResetType;
  status: RateLimitResetCreditStatus;
  /** Backend-provided display title for this credit, or `null` when unavailable. */
  title?: string | null;
};

/** `RateLimitResetCreditStatus` of the app-server protocol. */
export type RateLimitResetCreditStatus = "available" | "redeeming" | "redeemed" | "unknown";

/** `RateLimitResetCreditsSummary` of the app-server protocol. */
export type RateLimitResetCreditsSummary = {
  availableCount: number;
  /**
   * Detail rows for available reset credits, when the backend provides them.
   *
   * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
   */
  credits?: RateLimitResetCredit[] | null;
};

/** `RateLimitResetType` of the app-server protocol. */
export type RateLimitResetType = "codexRateLimits" | "unknown";

/** `RateLimitSnapshot` of the app-server protocol. */
export type RateLimitSnapshot = {
  credits?: CreditsSnapshot | null;
  individualLimit?: SpendControlLimitSnapshot | null;
  limitId?: string | null;
  limitName?: string | null;
  /** Normal model whose display name and reasoning options describe this quota alias. */
  normalModelSlug?: string | null;
  planType?: PlanType | null;
  primary?: RateLimitWindow | null;
  rateLimitReachedType?: RateLimitReachedType | null;
  secondary?: RateLimitWindow | null;
  /** Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery. */
  spendControlReached?: boolean | null;
};

/** `RateLimitWindow` of the app-server protocol. */
export type RateLimitWindow = {
  resetsAt?: number | null;
  usedPercent: number;
  windowDurationMins?: number | null;
};

/** Internal-only notification containing the exact usage from one upstream Responses API completion. */
export type RawResponseCompletedNotification = {
  responseId: string;
  threadId: string;
  turnId: string;
  usage?: TokenUsageBreakdown | null;
  usageMetadata?: ResponseUsageMetadata | null;
};

/** `RawResponseItemCompletedNotification` of the app-server protocol. */
export type RawResponseItemCompletedNotification = {
  item: ResponseItem;
  threadId: string;
  turnId: string;
};

/** `RealtimeConversationVersion` of the app-server protocol. */
export type RealtimeConversationVersion = "v1" | "v2" | "v3";

/** `RealtimeOutputModality` of the app-server protocol. */
export type RealtimeOutputModality = "text" | "audio";

/** `RealtimeVoice` of the app-server protocol. */
export type RealtimeVoice =
  | "alloy"
  | "arbor"
  | "ash"
  | "aube"
  | "ballad"
  | "breeze"
  | "bubbie"
  | "cedar"
  | "coral"
  | "cove"
  | "echo"
  | "ember"
  | "haetsal"
  | "hanul"
  | "himari"
  | "juniper"
  | "leher"
  | "maple"
  | "marin"
  | "miko"
  | "neer"
  | "porto"
  | "rindo"
  | "rio"
  | "rivage"
  | "sage"
  | "selva"
  | "shimmer"
  | "sol"
  | "sonna"
  | "spruce"
  | "tinta"
  | "vale"
  | "verse"
  | "viola";

/** `RealtimeVoicesList` of the app-server protocol. */
export type RealtimeVoicesList = {
  defaultV1: RealtimeVoice;
  defaultV2: RealtimeVoice;
  v1: RealtimeVoice[];
  v2: RealtimeVoice[];
  /** @default [] */
  v3?: RealtimeVoice[];
};

/** A non-empty reasoning effort value advertised by the model. */
export type ReasoningEffort = string;

/** `ReasoningEffortOption` of the app-server protocol. */
export type ReasoningEffortOption = {
  description: string;
  reasoningEffort: ReasoningEffort;
};

/** `ReasoningItemContent` of the app-server protocol. */
export type ReasoningItemContent =
  | {
    type: "reasoning_text";
    text: string;
  }
  | {
    type: "text";
    text: string;
  };

/** `ReasoningItemReasoningSummary` of the app-server protocol. */
export type ReasoningItemReasoningSummary = {
  text: string;
  type: "summary_text";
};

/** A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries */
export type ReasoningSummary =
  | "auto"
  | "concise"
  | "detailed"
  /** Option to disable reasoning summaries. */
  | "none";

/** `ReasoningSummaryPartAddedNotification` of the app-server protocol. */
export type ReasoningSummaryPartAddedNotification = {
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
};

/** `ReasoningSummaryTextDeltaNotification` of the app-server protocol. */
export type ReasoningSummaryTextDeltaNotification = {
  delta: string;
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
};

/** `ReasoningTextDeltaNotification` of the app-server protocol. */
export type ReasoningTextDeltaNotification = {
  contentIndex: number;
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/** `RemoteControlConnectionStatus` of the app-server protocol. */
export type RemoteControlConnectionStatus = "disabled" | "connecting" | "connected" | "errored";

/** `RemoteControlDisableParams` of the app-server protocol. */
export type RemoteControlDisableParams = {
  ephemeral?: boolean;
};

/** `RemoteControlEnableParams` of the app-server protocol. */
export type RemoteControlEnableParams = {
  ephemeral?: boolean;
};

/** Current remote-control connection status and remote identity exposed to clients. */
export type RemoteControlStatusChangedNotification = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

/** `RequestHeader` of the app-server protocol. */
export type RequestHeader = {
  name: string;
  value: string;
};

/** `RequestId` of the app-server protocol. */
export type RequestId = string | number;

/** `RequestPermissionProfile` of the app-server protocol. */
export type RequestPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
};

/** `ResidencyRequirement` of the app-server protocol. */
export type ResidencyRequirement = "us";

/** A known resource that the server is capable of reading. */
export type Resource = {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: unknown[] | null;
  mimeType?: string | null;
  name: string;
  size?: number | null;
  title?: string | null;
  uri: string;
};

/** Contents returned when reading a resource from an MCP server. */
export type ResourceContent =
  | {
    _meta?: unknown;
    mimeType?: string | null;
    text: string;
    /** The URI of this resource. */
    uri: string;
  }
  | {
    _meta?: unknown;
    blob: string;
    mimeType?: string | null;
    /** The URI of this resource. */
    uri: string;
  };

/** A template description for resources available on the server. */
export type ResourceTemplate = {
  annotations?: unknown;
  description?: string | null;
  mimeType?: string | null;
  name: string;
  title?: string | null;
  uriTemplate: string;
};

/** `ResponseItem` of the app-server protocol. */
export type ResponseItem =
  | {
    type: "additional_tools";
    id?: string | null;
    role: string;
    tools: unknown[];
  }
  | {
    type: "message";
    content: ContentItem[];
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    phase?: MessagePhase | null;
    role: string;
    status?: string | null;
  }
  | {
    type: "agent_message";
    author: string;
    content: AgentMessageInputContent[];
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    recipient: string;
  }
  | {
    type: "reasoning";
    content?: ReasoningItemContent[] | null;
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    summary: ReasoningItemReasoningSummary[];
  }
  | {
    type: "local_shell_call";
    action: LocalShellAction;
    /** Set when using the Responses API. */
    call_id?: string | null;
    encrypted_content?: string | null;
    /** Legacy id field retained for compatibility with older payloads. */
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status: LocalShellStatus;
  }
  | {
    type: "function_call";
    arguments: string;
    call_id: string;
    encrypted_content?: string | null;
    encrypted_function_args?: string[] | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name: string;
    namespace?: string | null;
    status?: string | null;
  }
  | {
    type: "tool_search_call";
    arguments: unknown;
    call_id?: string | null;
    encrypted_content?: string | null;
    execution: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status?: string | null;
  }
  | {
    type: "function_call_output";
    call_id?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name?: string | null;
    namespace?: string | null;
    output: FunctionCallOutputBody;
  }
  | {
    type: "custom_tool_call";
    call_id: string;
    encrypted_content?: string | null;
    id?: string | null;
    input: string;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name: string;
    namespace?: string | null;
    status?: string | null;
  }
  | {
    type: "custom_tool_call_output";
    call_id: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    name?: string | null;
    output: FunctionCallOutputBody;
  }
  | {
    type: "tool_search_output";
    call_id?: string | null;
    execution: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status: string;
    tools: unknown[];
  }
  | {
    type: "web_search_call";
    action?: ResponsesApiWebSearchAction | null;
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    status?: string | null;
  }
  | {
    type: "image_generation_call";
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
    result: string;
    revised_prompt?: string | null;
    status: string;
  }
  | {
    type: "compaction";
    encrypted_content: string;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  }
  /** A durable input control interpreted by the backend at its position in history. */
  | {
    type: "configuration_update";
    reasoning: ConfigurationReasoning;
  }
  | {
    type: "compaction_trigger";
  }
  | {
    type: "context_compaction";
    encrypted_content?: string | null;
    id?: string | null;
    internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  }
  | {
    type: "other";
  };

/** Usage metadata reported for one upstream response. */
export type ResponseUsageMetadata = {
  amount?: string | null;
  metadata?: unknown;
};

/** `ResponsesApiWebSearchAction` of the app-server protocol. */
export type ResponsesApiWebSearchAction =
  | {
    type: "search";
    queries?: string[] | null;
    query?: string | null;
  }
  | {
    type: "open_page";
    url?: string | null;
  }
  | {
    type: "find_in_page";
    pattern?: string | null;
    url?: string | null;
  }
  | {
    type: "other";
  };

/** User's decision in response to an ExecApprovalRequest. */
export type ReviewDecision =
  /** User has approved this command and the agent should execute it. */
  | "approved"
  /** User has approved this command and wants to apply the proposed execpolicy amendment so future matching commands are permitted. */
  | {
    approved_execpolicy_amendment: {
      proposed_execpolicy_amendment: string[];
    };
  }
  /** User has approved this request and wants future prompts in the same session-scoped approval cache to be automatically approved for the remainder of the session. */
  | "approved_for_session"
  /** User has approved this MCP tool call and wants to amend its policy so matching future calls are automatically approved across sessions. */
  | "approved_mcp_policy_amendment"
  /** User chose to persist a network policy rule (allow/deny) for future requests to the same host. */
  | {
    network_policy_amendment: {
      network_policy_amendment: NetworkPolicyAmendment;
    };
  }
  /** User has denied this command and the agent should not execute it, but it should continue the session and try something else. */
  | {
    denied: {
      rejection: string;
    };
  }
  /** Automatic approval review timed out before reaching a decision. */
  | "timed_out"
  /** User has denied this command and the agent should not do anything until the user's next command. */
  | "abort";

/** `ReviewDelivery` of the app-server protocol. */
export type ReviewDelivery = "inline";

/** `ReviewStartParams` of the app-server protocol. */
export type ReviewStartParams = {
  /** Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id. */
  delivery?: ReviewDelivery | null;
  target: ReviewTarget;
  threadId: string;
};

/** `ReviewStartResponse` of the app-server protocol. */
export type ReviewStartResponse = {
  /** The thread id supplied to `review/start`. */
  reviewThreadId: string;
  turn: Turn;
};

/** `ReviewTarget` of the app-server protocol. */
export type ReviewTarget =
  /** Review the working tree: staged, unstaged, and untracked files. */
  | {
    type: "uncommittedChanges";
  }
  /** Review changes between the current branch and the given base branch. */
  | {
    type: "baseBranch";
    branch: string;
  }
  /** Review the changes introduced by a specific commit. */
  | {
    type: "commit";
    sha: string;
    /** Optional human-readable label (e.g., commit subject) for UIs. */
    title?: string | null;
  }
  /** Arbitrary instructions, equivalent to the old free-form prompt. */
  | {
    type: "custom";
    instructions: string;
  };

/** `SandboxMode` of the app-server protocol. */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

/** `SandboxPolicy` of the app-server protocol. */
export type SandboxPolicy =
  | {
    type: "dangerFullAccess";
  }
  | {
    type: "readOnly";
    /** @default false */
    networkAccess?: boolean;
  }
  | {
    type: "externalSandbox";
    /** @default "restricted" */
    networkAccess?: NetworkAccess;
  }
  | {
    type: "workspaceWrite";
    /** @default false */
    excludeSlashTmp?: boolean;
    /** @default false */
    excludeTmpdirEnvVar?: boolean;
    /** @default false */
    networkAccess?: boolean;
    /** @default [] */
    writableRoots?: AbsolutePathBuf[];
  };

/** `SandboxWorkspaceWrite` of the app-server protocol. */
export type SandboxWorkspaceWrite = {
  /** @default false */
  exclude_slash_tmp?: boolean;
  /** @default false */
  exclude_tmpdir_env_var?: boolean;
  /** @default false */
  network_access?: boolean;
  /** @default [] */
  writable_roots?: string[];
};

/** `ScheduledTaskSchedule` of the app-server protocol. */
export type ScheduledTaskSchedule =
  | {
    type: "hourly";
    days?: ScheduledTaskWeekday[] | null;
    intervalHours: number;
  }
  | {
    type: "daily";
    time: string;
  }
  | {
    type: "weekdays";
    time: string;
  }
  | {
    type: "weekly";
    days: ScheduledTaskWeekday[];
    time: string;
  };

/** `ScheduledTaskSummary` of the app-server protocol. */
export type ScheduledTaskSummary = {
  key: string;
  name: string;
  prompt: string;
  schedule: ScheduledTaskSchedule;
};

/** `ScheduledTaskWeekday` of the app-server protocol. */
export type ScheduledTaskWeekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

/** A user-selected root that can expose one or more runtime capabilities. */
export type SelectedCapabilityRoot = {
  /** Stable identifier supplied by the capability selection platform. */
  id: string;
  /** Where the selected root can be resolved. */
  location: CapabilityRootLocation;
};

/** `SendAddCreditsNudgeEmailParams` of the app-server protocol. */
export type SendAddCreditsNudgeEmailParams = {
  creditType: AddCreditsNudgeCreditType;
};

/** `SendAddCreditsNudgeEmailResponse` of the app-server protocol. */
export type SendAddCreditsNudgeEmailResponse = {
  status: AddCreditsNudgeEmailStatus;
};

/** `ServerDiagnosticsGauge` of the app-server protocol. */
export type ServerDiagnosticsGauge = {
  name: string;
  value: number;
};

/** `ServerDiagnosticsProcess` of the app-server protocol. */
export type ServerDiagnosticsProcess = {
  id: number;
  physicalFootprintBytes?: number | null;
  residentMemoryBytes?: number | null;
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

/** `ServerRequestResolvedNotification` of the app-server protocol. */
export type ServerRequestResolvedNotification = {
  requestId: RequestId;
  threadId: string;
};

/** `SessionMigration` of the app-server protocol. */
export type SessionMigration = {
  cwd: string;
  path: string;
  title?: string | null;
};

/** `SessionSource` of the app-server protocol. */
export type SessionSource =
  | "cli"
  | "vscode"
  | "exec"
  | "appServer"
  | "unknown"
  | {
    custom: string;
  }
  | {
    subAgent: SubAgentSource;
  };

/** Settings for a collaboration mode. */
export type Settings = {
  developer_instructions?: string | null;
  model: string;
  reasoning_effort?: ReasoningEffort | null;
};

/** `SkillDependencies` of the app-server protocol. */
export type SkillDependencies = {
  tools: SkillToolDependency[];
};

/** `SkillErrorInfo` of the app-server protocol. */
export type SkillErrorInfo = {
  message: string;
  path: string;
};

/** `SkillInterface` of the app-server protocol. */
export type SkillInterface = {
  brandColor?: string | null;
  defaultPrompt?: string | null;
  displayName?: string | null;
  iconLarge?: AbsolutePathBuf | null;
  /** Remote large icon URL from the plugin catalog. */
  iconLargeUrl?: string | null;
  iconSmall?: AbsolutePathBuf | null;
  /** Remote small icon URL from the plugin catalog. */
  iconSmallUrl?: string | null;
  shortDescription?: string | null;
};

/** `SkillMetadata` of the app-server protocol. */
export type SkillMetadata = {
  dependencies?: SkillDependencies | null;
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path: LegacyAppPathString;
  /** Owning plugin ID, matching `PluginSummary.id`, when known. */
  pluginId?: string | null;
  scope: SkillScope;
  /** Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description. */
  shortDescription?: string | null;
};

/** `SkillMigration` of the app-server protocol. */
export type SkillMigration = {
  name: string;
};

/** `SkillScope` of the app-server protocol. */
export type SkillScope = "user" | "repo" | "system" | "admin";

/** `SkillSummary` of the app-server protocol. */
export type SkillSummary = {
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path?: LegacyAppPathString | null;
  shortDescription?: string | null;
};

/** `SkillToolDependency` of the app-server protocol. */
export type SkillToolDependency = {
  command?: string | null;
  description?: string | null;
  transport?: string | null;
  type: string;
  url?: string | null;
  value: string;
};

/**
 * Notification emitted when watched local skill files change.
 *
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 */
export type SkillsChangedNotification = {
  [key: string]: unknown;
};

/** `SkillsConfigWriteParams` of the app-server protocol. */
export type SkillsConfigWriteParams = {
  enabled: boolean;
  /** Name-based selector. */
  name?: string | null;
  /** Path-based selector. */
  path?: AbsolutePathBuf | null;
};

/** `SkillsConfigWriteResponse` of the app-server protocol. */
export type SkillsConfigWriteResponse = {
  effectiveEnabled: boolean;
};

/** `SkillsExtraRootsSetParams` of the app-server protocol. */
export type SkillsExtraRootsSetParams = {
  extraRoots: AbsolutePathBuf[];
};

/** `SkillsExtraRootsSetResponse` of the app-server protocol. */
export type SkillsExtraRootsSetResponse = {
  [key: string]: unknown;
};

/** `SkillsListEntry` of the app-server protocol. */
export type SkillsListEntry = {
  cwd: string;
  errors: SkillErrorInfo[];
  skills: SkillMetadata[];
};

/** `SkillsListParams` of the app-server protocol. */
export type SkillsListParams = {
  /** When empty, defaults to the current session working directory. */
  cwds?: string[];
  /** When true, bypass the skills cache and re-scan skills from disk. */
  forceReload?: boolean;
};

/** `SkillsListResponse` of the app-server protocol. */
export type SkillsListResponse = {
  data: SkillsListEntry[];
};

/** `SortDirection` of the app-server protocol. */
export type SortDirection = "asc" | "desc";

/** `SpendControlLimitSnapshot` of the app-server protocol. */
export type SpendControlLimitSnapshot = {
  limit: string;
  remainingPercent: number;
  resetsAt: number;
  used: string;
};

/** `StrictReviewRequiredNotification` of the app-server protocol. */
export type StrictReviewRequiredNotification = {
  /** Unix timestamp (in milliseconds) when this review started. */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

/** `SubAgentActivityKind` of the app-server protocol. */
export type SubAgentActivityKind = "started" | "interacted" | "interrupted" | "completed";

/** `SubAgentSource` of the app-server protocol. */
export type SubAgentSource =
  | "review"
  | "compact"
  | "memory_consolidation"
  | {
    thread_spawn: {
      agent_nickname?: string | null;
      agent_path?: AgentPath | null;
      agent_role?: string | null;
      depth: number;
      parent_thread_id: ThreadId;
    };
  }
  | {
    other: string;
  };

/** `SubagentMigration` of the app-server protocol. */
export type SubagentMigration = {
  name: string;
};

/** `TerminalInteractionNotification` of the app-server protocol. */
export type TerminalInteractionNotification = {
  itemId: string;
  processId: string;
  stdin: string;
  threadId: string;
  turnId: string;
};

/** `TextElement` of the app-server protocol. */
export type TextElement = {
  /** Byte range in the parent `text` buffer that this element occupies. */
  byteRange: ByteRange;
  /** Optional human-readable placeholder for the element, displayed in the UI. */
  placeholder?: string | null;
};

/** `TextPosition` of the app-server protocol. */
export type TextPosition = {
  /** 1-based column number (in Unicode scalar values). */
  column: number;
  /** 1-based line number. */
  line: number;
};

/** `TextRange` of the app-server protocol. */
export type TextRange = {
  end: TextPosition;
  start: TextPosition;
};

/** `Thread` of the app-server protocol. */
export type Thread = {
  /** Optional random unique nickname assigned to an AgentControl-spawned sub-agent. */
  agentNickname?: string | null;
  /** Optional role (agent_role) assigned to an AgentControl-spawned sub-agent. */
  agentRole?: string | null;
  /** Version of the CLI that created the thread. */
  cliVersion: string;
  /** Unix timestamp (in seconds) when the thread was created. */
  createdAt: number;
  /** Working directory captured for the thread. */
  cwd: AbsolutePathBuf;
  /** Whether the thread is ephemeral and should not be materialized on disk. */
  ephemeral: boolean;
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

/** `ThreadActiveFlag` of the app-server protocol. */
export type ThreadActiveFlag = "waitingOnApproval" | "waitingOnUserInput";

/** `ThreadApproveGuardianDeniedActionParams` of the app-server protocol. */
export type ThreadApproveGuardianDeniedActionParams = {
  /** Serialized `codex_protocol::protocol::GuardianAssessmentEvent`. */
  event: unknown;
  threadId: string;
};

/** `ThreadApproveGuardianDeniedActionResponse` of the app-server protocol. */
export type ThreadApproveGuardianDeniedActionResponse = {
  [key: string]: unknown;
};

/** `ThreadArchiveParams` of the app-server protocol. */
export type ThreadArchiveParams = {
  threadId: string;
};

/** `ThreadArchiveResponse` of the app-server protocol. */
export type ThreadArchiveResponse = {
  [key: string]: unknown;
};

/** `ThreadArchivedNotification` of the app-server protocol. */
export type ThreadArchivedNotification = {
  threadId: string;
};

/** An independently persisted attachment associated with a thread. */
export type ThreadAttachment = {
  attachmentType: string;
  createdAt: number;
  id: string;
  identityKey: string;
  payload: unknown;
};

/** Result of attempting to associate an attachment with a thread. */
export type ThreadAttachmentAddOutcome = "created" | "existing";

/** Parameters for creating or locating an attachment on its owning thread. */
export type ThreadAttachmentAddParams = {
  attachmentType: string;
  identityKey: string;
  payload: unknown;
  threadId: string;
};

/** The created or existing attachment. */
export type ThreadAttachmentAddResponse = {
  attachment: ThreadAttachment;
  outcome: ThreadAttachmentAddOutcome;
};

/** Parameters for listing attachments from one thread. */
export type ThreadAttachmentListParams = {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
};

/** One page of attachments associated with the requested thread. */
export type ThreadAttachmentListResponse = {
  data: ThreadAttachment[];
  nextCursor?: string | null;
};

/** The persisted attachment change represented by a notification. */
export type ThreadAttachmentOperation = "created" | "deleted";

/** A thread that currently owns an attachment with the requested identity. */
export type ThreadAttachmentOwner = {
  /** Whether the owning thread is archived, not whether it is currently executing a turn. */
  archived: boolean;
  threadId: string;
};

/** Parameters for reverse lookup by attachment identity within this server's store. */
export type ThreadAttachmentOwnerListParams = {
  /** Omitted or null returns all matches; false returns non-archived threads only. */
  archived?: boolean | null;
  attachmentType: string;
  cursor?: string | null;
  identityKey: string;
  limit?: number | null;
};

/** One page of matching owners, including threads without their own user messages. */
export type ThreadAttachmentOwnerListResponse = {
  data: ThreadAttachmentOwner[];
  nextCursor?: string | null;
};

/** Parameters for deleting an attachment by its stable thread-local identity. */
export type ThreadAttachmentRemoveParams = {
  attachmentType: string;
  identityKey: string;
  threadId: string;
};

/** Successful deletion does not return additional attachment data. */
export type ThreadAttachmentRemoveResponse = {
  [key: string]: unknown;
};

/** Notification published after a thread attachment is created or deleted. */
export type ThreadAttachmentUpdatedNotification = {
  attachmentId: string;
  attachmentType: string;
  identityKey: string;
  operation: ThreadAttachmentOperation;
  threadId: string;
};

/** `ThreadClosedNotification` of the app-server protocol. */
export type ThreadClosedNotification = {
  threadId: string;
};

/** `ThreadCompactStartParams` of the app-server protocol. */
export type ThreadCompactStartParams = {
  threadId: string;
};

/** `ThreadCompactStartResponse` of the app-server protocol. */
export type ThreadCompactStartResponse = {
  [key: string]: unknown;
};

/** `ThreadDeleteParams` of the app-server protocol. */
export type ThreadDeleteParams = {
  threadId: string;
};

/** `ThreadDeleteResponse` of the app-server protocol. */
export type ThreadDeleteResponse = {
  [key: string]: unknown;
};

/** `ThreadDeletedNotification` of the app-server protocol. */
export type ThreadDeletedNotification = {
  threadId: string;
};

/** An environment selected by a loaded thread, independent of connection status. */
export type ThreadEnvironment = {
  cwd: LegacyAppPathString;
  environmentId: string;
  runtimeWorkspaceRoots: LegacyAppPathString[];
};

/** Extra app-server data for a thread. */
export type ThreadExtra = {
  [key: string]: unknown;
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
  baseInstructions?: string | null;
  config?:
    | {
      [key: string]: unknown;
    }
    | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  ephemeral?: boolean;
  /** When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead. */
  excludeTurns?: boolean;
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  lastTurnId?: string | null;
  /** Configuration overrides for the forked thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
  /** Optional client-supplied analytics source classification for this forked thread. */
  threadSource?: ThreadSource | null;
};

/** `ThreadForkResponse` of the app-server protocol. */
export type ThreadForkResponse = {
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
  reasoningEffort?: ReasoningEffort | null;
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

/** `ThreadGoal` of the app-server protocol. */
export type ThreadGoal = {
  createdAt: number;
  objective: string;
  status: ThreadGoalStatus;
  threadId: string;
  timeUsedSeconds: number;
  tokenBudget?: number | null;
  tokensUsed: number;
  updatedAt: number;
};

/** `ThreadGoalClearParams` of the app-server protocol. */
export type ThreadGoalClearParams = {
  /** Missing provenance does not supply user authorization. */
  origin?: ThreadGoalMutationOrigin | null;
  threadId: string;
};

/** `ThreadGoalClearResponse` of the app-server protocol. */
export type ThreadGoalClearResponse = {
  cleared: boolean;
};

/** `ThreadGoalClearedNotification` of the app-server protocol. */
export type ThreadGoalClearedNotification = {
  threadId: string;
};

/** `ThreadGoalGetParams` of the app-server protocol. */
export type ThreadGoalGetParams = {
  threadId: string;
};

/** `ThreadGoalGetResponse` of the app-server protocol. */
export type ThreadGoalGetResponse = {
  goal?: ThreadGoal | null;
};

/** Distinguishes explicit user actions from automatic goal lifecycle mutations. */
export type ThreadGoalMutationOrigin = "user" | "automatic";

/** `ThreadGoalSetParams` of the app-server protocol. */
export type ThreadGoalSetParams = {
  objective?: string | null;
  /** Missing provenance does not supply user authorization. */
  origin?: ThreadGoalMutationOrigin | null;
  status?: ThreadGoalStatus | null;
  threadId: string;
  tokenBudget?: number | null;
};

/** `ThreadGoalSetResponse` of the app-server protocol. */
export type ThreadGoalSetResponse = {
  goal: ThreadGoal;
};

/** `ThreadGoalStatus` of the app-server protocol. */
export type ThreadGoalStatus =
  | "active"
  | "paused"
  | "blocked"
  | "usageLimited"
  | "budgetLimited"
  | "complete";

/** `ThreadGoalUpdatedNotification` of the app-server protocol. */
export type ThreadGoalUpdatedNotification = {
  goal: ThreadGoal;
  threadId: string;
  turnId?: string | null;
};

/** `ThreadHistoryMode` of the app-server protocol. */
export type ThreadHistoryMode = "legacy" | "paginated";

/** `ThreadId` of the app-server protocol. */
export type ThreadId = string;

/** `ThreadInjectItemsParams` of the app-server protocol. */
export type ThreadInjectItemsParams = {
  /** Raw Responses API items to append to the thread's model-visible history. */
  items: unknown[];
  threadId: string;
};

/** `ThreadInjectItemsResponse` of the app-server protocol. */
export type ThreadInjectItemsResponse = {
  [key: string]: unknown;
};

/** A thread item and its recorded lifecycle times. The payload stays flat on the wire. */
export type ThreadItem =
  | {
    type: "userMessage";
    clientId?: string | null;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    content: UserInput[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "hookPrompt";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    fragments: HookPromptFragment[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "agentMessage";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    delivery?: AgentMessageDelivery | null;
    id: string;
    memoryCitation?: MemoryCitation | null;
    moderation?: AgentMessageModeration | null;
    phase?: MessagePhase | null;
    questions?: AsyncUserInputQuestion[] | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    text: string;
  }
  | {
    type: "functionCallOutput";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    name: string;
    namespace?: string | null;
    output: FunctionCallOutputBody;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  /** EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the concatenation of `PlanDelta` text. */
  | {
    type: "plan";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    text: string;
  }
  | {
    type: "reasoning";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** @default [] */
    content?: string[];
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    /** @default [] */
    summary?: string[];
  }
  | {
    type: "commandExecution";
    /** The command's output, aggregated from stdout and stderr. */
    aggregatedOutput?: string | null;
    /** The command to be executed. */
    command: string;
    /** A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together. */
    commandActions: CommandAction[];
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** The command's working directory. */
    cwd: LegacyAppPathString;
    /** The duration of the command execution in milliseconds. */
    durationMs?: number | null;
    /** The command's exit code. */
    exitCode?: number | null;
    id: string;
    /** Trusted first-party plugin id when this command resolves to one plugin script. */
    pluginId?: string | null;
    /** Identifier for the underlying PTY process (when available). */
    processId?: string | null;
    /** Safe plugin-relative path when this command resolves to one plugin script. */
    scriptPath?: string | null;
    /** @default "agent" */
    source?: CommandExecutionSource;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: CommandExecutionStatus;
  }
  | {
    type: "fileChange";
    changes: FileUpdateChange[];
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: PatchApplyStatus;
  }
  | {
    type: "mcpToolCall";
    appContext?: McpToolCallAppContext | null;
    arguments: unknown;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** The duration of the MCP tool call in milliseconds. */
    durationMs?: number | null;
    /** Registration scope, not necessarily the server's execution environment. */
    environmentId?: string | null;
    error?: McpToolCallError | null;
    id: string;
    /** Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available. */
    mcpAppResourceUri?: string | null;
    /** Presentation captured from the invoked descriptor; absent in older history. */
    mcpAppUi?: McpAppUi | null;
    pluginId?: string | null;
    readOnlyHint?: boolean | null;
    result?: McpToolCallResult | null;
    server: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: McpToolCallStatus;
    tool: string;
  }
  | {
    type: "dynamicToolCall";
    arguments: unknown;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    contentItems?: DynamicToolCallOutputContentItem[] | null;
    /** The duration of the dynamic tool call in milliseconds. */
    durationMs?: number | null;
    id: string;
    namespace?: string | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: DynamicToolCallStatus;
    success?: boolean | null;
    tool: string;
  }
  | {
    type: "collabAgentToolCall";
    /** Last known status of the target agents, when available. */
    agentsStates: {
      [key: string]: CollabAgentState;
    };
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    /** Unique identifier for this collab tool call. */
    id: string;
    /** Model requested for the spawned agent, when applicable. */
    model?: string | null;
    /** Prompt text sent as part of the collab tool call, when available. */
    prompt?: string | null;
    /** Reasoning effort requested for the spawned agent, when applicable. */
    reasoningEffort?: ReasoningEffort | null;
    /** Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent. */
    receiverThreadIds: string[];
    /** Thread ID of the agent issuing the collab request. */
    senderThreadId: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    /** Current status of the collab tool call. */
    status: CollabAgentToolCallStatus;
    /** Name of the collab tool that was invoked. */
    tool: CollabAgentTool;
  }
  | {
    type: "subAgentActivity";
    agentPath: string;
    agentThreadId: string;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    kind: SubAgentActivityKind;
    /** Resolved model at sub-agent creation; absent from older records and other activities. */
    model?: string | null;
    /** Resolved reasoning effort at sub-agent creation, when known. */
    reasoningEffort?: ReasoningEffort | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "webSearch";
    action?: WebSearchAction | null;
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    query: string;
    /**
     * Structured search results returned out-of-band by standalone web search.
     *
     * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
     */
    results?: unknown[] | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "imageView";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    path: LegacyAppPathString;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  /** Display item emitted by the interruptible `clock.sleep` tool. */
  | {
    type: "sleep";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    durationMs: number;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  /**
   * Either inline generated-image data or its durable attachment-store identity.
   *
   * `File` must remain first so rollouts written during the migration, which contain both an empty `result` and a `fileId`, retain the file reference when deserialized.
   */
  | {
    type: "imageGeneration";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    failure?: ImageGenerationFailure | null;
    fileId: string;
    /** Image generation identifier for the generated image, when provided by the image backend. */
    generationId?: string | null;
    id: string;
    /** Observed local inputs for a completed generation, absent on older items. */
    inputImages?: ImageGenerationInputImage[];
    revisedPrompt?: string | null;
    savedPath?: AbsolutePathBuf | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: string;
    transparentBackground?: boolean | null;
  }
  /**
   * Either inline generated-image data or its durable attachment-store identity.
   *
   * `File` must remain first so rollouts written during the migration, which contain both an empty `result` and a `fileId`, retain the file reference when deserialized.
   */
  | {
    type: "imageGeneration";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    failure?: ImageGenerationFailure | null;
    /** Image generation identifier for the generated image, when provided by the image backend. */
    generationId?: string | null;
    id: string;
    /** Observed local inputs for a completed generation, absent on older items. */
    inputImages?: ImageGenerationInputImage[];
    result: string;
    revisedPrompt?: string | null;
    savedPath?: AbsolutePathBuf | null;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
    status: string;
    transparentBackground?: boolean | null;
  }
  | {
    type: "enteredReviewMode";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    review: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "exitedReviewMode";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    review: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  }
  | {
    type: "contextCompaction";
    /** Unix timestamp in milliseconds when the item completed, if recorded. */
    completedAtMs?: number | null;
    id: string;
    /** Unix timestamp in milliseconds when the item started, if recorded. */
    startedAtMs?: number | null;
  };

/** `ThreadItemEntry` of the app-server protocol. */
export type ThreadItemEntry = {
  /** Unix timestamp (milliseconds) when the item completed, if recorded by the producer. */
  completedAtMs?: number | null;
  item: ThreadItem;
  /** Unix timestamp (milliseconds) when the item started, if recorded by the producer. */
  startedAtMs?: number | null;
  /** Turn containing this item. */
  turnId: string;
};

/** `ThreadItemOutputDeferral` of the app-server protocol. */
export type ThreadItemOutputDeferral = {
  [key: string]: unknown;
};

/** An exclusive item position within the requested visible turn. */
export type ThreadItemsListAnchor = {
  itemId: string;
  type: "item";
};

/** Starting position for an item-history page. */
export type ThreadItemsListCursor = string | ThreadItemsListAnchor;

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

/** `ThreadListCwdFilter` of the app-server protocol. */
export type ThreadListCwdFilter = string | string[];

/** `ThreadListParams` of the app-server protocol. */
export type ThreadListParams = {
  /** Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned. */
  archived?: boolean | null;
  /** Show local history visible to the current ChatGPT account. Defaults to false. */
  currentAccountOnly?: boolean;
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned. */
  cwd?: ThreadListCwdFilter | null;
  /** Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions. */
  excludedThreadIds?: string[] | null;
  /** Restrict results to up to 100 thread IDs before pagination. Omit or send null for unrestricted results. An empty list matches nothing. Exclusions still apply. Repeat the same IDs on each page. The local store uses indexed metadata for this filter. */
  includedThreadIds?: string[] | null;
  /** Optional page size; defaults to a reasonable server-side value. */
  limit?: number | null;
  /** Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers. */
  modelProviders?: string[] | null;
  /** Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted. */
  originators?: string[] | null;
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
};

/** `ThreadLoadedListParams` of the app-server protocol. */
export type ThreadLoadedListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Optional page size; defaults to no limit. */
  limit?: number | null;
};

/** `ThreadLoadedListResponse` of the app-server protocol. */
export type ThreadLoadedListResponse = {
  /** Thread ids for sessions currently loaded in memory. */
  data: string[];
  /** Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return. */
  nextCursor?: string | null;
};

/** `ThreadMemoryMode` of the app-server protocol. */
export type ThreadMemoryMode = "enabled" | "disabled";

/** `ThreadMetadataGitInfoUpdateParams` of the app-server protocol. */
export type ThreadMetadataGitInfoUpdateParams = {
  /** Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  branch?: string | null;
  /** Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  originUrl?: string | null;
  /** Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it. */
  sha?: string | null;
};

/** `ThreadMetadataUpdateParams` of the app-server protocol. */
export type ThreadMetadataUpdateParams = {
  /** Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value. */
  gitInfo?: ThreadMetadataGitInfoUpdateParams | null;
  threadId: string;
};

/** `ThreadMetadataUpdateResponse` of the app-server protocol. */
export type ThreadMetadataUpdateResponse = {
  thread: Thread;
};

/** `ThreadNameUpdatedNotification` of the app-server protocol. */
export type ThreadNameUpdatedNotification = {
  threadId: string;
  threadName?: string | null;
};

/** `ThreadPredictionResult` of the app-server protocol. */
export type ThreadPredictionResult =
  | {
    type: "completed";
    text?: string | null;
  }
  | {
    type: "failed";
  };

/** `ThreadPredictionUpdatedNotification` of the app-server protocol. */
export type ThreadPredictionUpdatedNotification = {
  result: ThreadPredictionResult;
  sourceTurnId: string;
  threadId: string;
};

/** `ThreadProjectUpdatedNotification` of the app-server protocol. */
export type ThreadProjectUpdatedNotification = {
  projectId: string | null;
  threadId: string;
};

/** `ThreadQueueChangedNotification` of the app-server protocol. */
export type ThreadQueueChangedNotification = {
  threadId: string;
};

/** `ThreadReadParams` of the app-server protocol. */
export type ThreadReadParams = {
  /** When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`. */
  includeTurns?: boolean;
  threadId: string;
};

/** `ThreadReadResponse` of the app-server protocol. */
export type ThreadReadResponse = {
  thread: Thread;
};

/** The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen. */
export type ThreadReadState = {
  firstUnread?: ThreadUnreadPosition | null;
  revision: string;
};

/** `ThreadReadStateChangedNotification` of the app-server protocol. */
export type ThreadReadStateChangedNotification = {
  readState: ThreadReadState;
  threadId: string;
};

/** `ThreadReadStateOperation` of the app-server protocol. */
export type ThreadReadStateOperation =
  | {
    type: "read";
  }
  | {
    type: "unread";
  };

/** EXPERIMENTAL - thread realtime audio chunk. */
export type ThreadRealtimeAudioChunk = {
  data: string;
  itemId?: string | null;
  numChannels: number;
  sampleRate: number;
  samplesPerChannel?: number | null;
};

/** EXPERIMENTAL - how an existing agent item appears in a realtime conversation. */
export type ThreadRealtimeBemItemPresentation =
  | {
    type: "wholeItem";
  }
  | {
    type: "inlineMarkdown";
  }
  | {
    type: "inlineVisualization";
    index: number;
  };

/** EXPERIMENTAL - emitted when thread realtime transport closes. */
export type ThreadRealtimeClosedNotification = {
  reason?: string | null;
  threadId: string;
};

/** `ThreadRealtimeCoverage` of the app-server protocol. */
export type ThreadRealtimeCoverage = "unsupported" | "pending" | "ready";

/** `ThreadRealtimeEntry` of the app-server protocol. */
export type ThreadRealtimeEntry = {
  item: ThreadRealtimeItem;
  position: number;
};

/** EXPERIMENTAL - emitted when thread realtime encounters an error. */
export type ThreadRealtimeErrorNotification = {
  message: string;
  threadId: string;
};

/** A frame holds one or more payloads, at most one per channel. They share one ID, observation time, and seal. V1 requires its only channel, `voice_transcript`. */
export type ThreadRealtimeFrameChannels = {
  voice_transcript: ThreadRealtimeVoiceTranscript;
};

/** `ThreadRealtimeHandoffMode` of the app-server protocol. */
export type ThreadRealtimeHandoffMode = "start" | "steer";

/** EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts. */
export type ThreadRealtimeInitialItem = {
  role: ConversationTextRole;
  text: string;
};

/** EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline. */
export type ThreadRealtimeItem =
  | {
    type: "realtimeSessionStarted";
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
  }
  | {
    type: "frame";
    channels: ThreadRealtimeFrameChannels;
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
  }
  | {
    type: "transcriptSegment";
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    role: ThreadRealtimeTranscriptRole;
    text: string;
  }
  | {
    type: "bemItemPromoted";
    id: string;
    item_id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    presentation: ThreadRealtimeBemItemPresentation;
    realtimeSessionId: string;
    turn_id: string;
  }
  | {
    type: "realtimeSessionClosed";
    id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    outcome: ThreadRealtimeSessionOutcome;
    realtimeSessionId: string;
  }
  | {
    type: "turnInputAccepted";
    handoff_id: string;
    id: string;
    input: string;
    input_item_id: string;
    mode: ThreadRealtimeHandoffMode;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    source_event_ids: string[];
    turn_id: string;
  }
  | {
    type: "sessionEndInputSaved";
    id: string;
    input: string;
    input_item_id: string;
    /** Canonical observation time in Unix milliseconds for eligible voice calls. */
    observedAtMs?: number | null;
    realtimeSessionId: string;
    source_event_ids: string[];
  };

/** EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend. */
export type ThreadRealtimeItemAddedNotification = {
  item: unknown;
  threadId: string;
};

/** EXPERIMENTAL - a realtime timeline item published after canonical commit. */
export type ThreadRealtimeItemCompletedNotification = {
  item: ThreadRealtimeItem;
  threadId: string;
};

/** EXPERIMENTAL - a realtime timeline item started before its content streams. */
export type ThreadRealtimeItemStartedNotification = {
  item: ThreadRealtimeItem;
  threadId: string;
};

/** EXPERIMENTAL - text appended to an active realtime transcript item. */
export type ThreadRealtimeItemTranscriptDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
};

/** `ThreadRealtimeOrder` of the app-server protocol. */
export type ThreadRealtimeOrder =
  /** Sort by canonical observation time, then committed position. */
  | "observedAt"
  /** Sort by committed position, including events sealed after older snapshots. */
  | "position";

/** EXPERIMENTAL - streamed output audio emitted by thread realtime. */
export type ThreadRealtimeOutputAudioDeltaNotification = {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
};

/** EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session. */
export type ThreadRealtimeSdpNotification = {
  sdp: string;
  threadId: string;
};

/** `ThreadRealtimeSessionOutcome` of the app-server protocol. */
export type ThreadRealtimeSessionOutcome = "ended" | "failed";

/** EXPERIMENTAL - transport used by thread realtime. */
export type ThreadRealtimeStartTransport =
  | {
    type: "websocket";
  }
  | {
    type: "webrtc";
    /** SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel. */
    sdp: string;
  }
  | {
    type: "existingCall";
    /** Identifier of a realtime call already created and negotiated by the client. */
    callId: string;
  };

/** EXPERIMENTAL - emitted when thread realtime startup is accepted. */
export type ThreadRealtimeStartedNotification = {
  realtimeSessionId?: string | null;
  threadId: string;
  version: RealtimeConversationVersion;
};

/** EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes. */
export type ThreadRealtimeTranscriptDeltaNotification = {
  /** Live transcript delta from the realtime event. */
  delta: string;
  role: string;
  threadId: string;
};

/** EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part. */
export type ThreadRealtimeTranscriptDoneNotification = {
  role: string;
  /** Final complete text for the transcript part. */
  text: string;
  threadId: string;
};

/** `ThreadRealtimeTranscriptRole` of the app-server protocol. */
export type ThreadRealtimeTranscriptRole = "user" | "assistant";

/** `ThreadRealtimeVoiceTranscript` of the app-server protocol. */
export type ThreadRealtimeVoiceTranscript = {
  role: ThreadRealtimeTranscriptRole;
  text: string;
};

/** `ThreadResumeInitialTurnsPageParams` of the app-server protocol. */
export type ThreadResumeInitialTurnsPageParams = {
  /** How much item detail to include for each returned turn; defaults to summary. */
  itemsView?: TurnItemsView | null;
  /** Optional turn page size. */
  limit?: number | null;
  /** Optional turn pagination direction; defaults to descending. */
  sortDirection?: SortDirection | null;
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
  /** Configuration overrides for the resumed thread, if any. */
  model?: string | null;
  modelProvider?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
};

/** `ThreadResumeResponse` of the app-server protocol. */
export type ThreadResumeResponse = {
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
  reasoningEffort?: ReasoningEffort | null;
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

/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 *
 * This only changes persisted conversation history. It does not revert local file changes.
 */
export type ThreadRevertParams = {
  /** Turn excluded from the replacement history, together with every later turn. */
  beforeTurnId: string;
  threadId: string;
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

/** `ThreadRevertedNotification` of the app-server protocol. */
export type ThreadRevertedNotification = {
  threadId: string;
};

/** A best-effort incremental batch for `thread/search/stream`. Match `requestId` to the request on this connection. Only a small subset of verified matches may be emitted; rows are unique and arrive in discovery order, but may be dropped under load or fall outside the final sorted page. Thread fields use stored metadata and the current watched status; live thread settings are enriched in the final response. Replace provisional rows with the authoritative final response. No partials follow it or an error. */
export type ThreadSearchPartialNotification = {
  data: ThreadSearchResult[];
  requestId: RequestId;
};

/** `ThreadSearchResult` of the app-server protocol. */
export type ThreadSearchResult = {
  snippet: string;
  thread: Thread;
};

/** `ThreadSearchSortKey` of the app-server protocol. */
export type ThreadSearchSortKey = "created_at" | "updated_at" | "recency_at";

/** An independently persisted, user-visible thread section. */
export type ThreadSection = {
  /** Optional appearance synchronized across clients. */
  appearance?: ThreadSectionAppearance | null;
  /** Opaque UUIDv7 identity that remains stable when the section is renamed. */
  id: string;
  /** The current user-visible section name. */
  name: string;
};

/** Extensible visual presentation for a custom thread section. */
export type ThreadSectionAppearance = {
  color?: string | null;
  icon?: string | null;
};

/** Broadcast after a successful move into, within, or out of a section. */
export type ThreadSectionChangedNotification = {
  /** Destination section, or `null` when the thread was removed from its section. */
  sectionId: string | null;
  threadId: string;
};

/** Parameters for creating an independently persisted thread section. */
export type ThreadSectionCreateParams = {
  appearance?: ThreadSectionAppearance | null;
  /** The user-visible name of the section. */
  name: string;
};

/** The independently persisted section created by the server. */
export type ThreadSectionCreateResponse = {
  section: ThreadSection;
};

/** Parameters for deleting an independently persisted thread section. */
export type ThreadSectionDeleteParams = {
  /** The stable, server-generated identity of the section to delete. */
  sectionId: string;
};

/** Successful deletion does not return additional section data. */
export type ThreadSectionDeleteResponse = {
  [key: string]: unknown;
};

/** Parameters for listing independently persisted thread sections. */
export type ThreadSectionListParams = {
  /** Opaque pagination cursor returned by a previous call. */
  cursor?: string | null;
  /** Maximum number of sections to return. */
  limit?: number | null;
};

/** One page of independently persisted thread sections. */
export type ThreadSectionListResponse = {
  data: ThreadSection[];
  /** Opaque cursor for the next page, or `null` when no sections remain. */
  nextCursor?: string | null;
};

/** Parameters for moving a thread within a server-owned section ordering. */
export type ThreadSectionMoveParams = {
  /** Existing thread to insert before; omission or null appends to the section. */
  beforeThreadId?: string | null;
  /** Destination section, or `null` to remove the thread from its section. */
  sectionId: string | null;
  /** Thread to move into, within, or out of a section. */
  threadId: string;
};

/** `ThreadSectionMoveResponse` of the app-server protocol. */
export type ThreadSectionMoveResponse = {
  [key: string]: unknown;
};

/** Parameters for updating an independently persisted thread section. */
export type ThreadSectionUpdateParams = {
  /** Omit to preserve appearance, use `null` to clear it, or provide a replacement. */
  appearance?: ThreadSectionAppearance | null;
  /** The updated user-visible name of the section. */
  name: string;
  /** The stable, server-generated identity of the section to update. */
  sectionId: string;
};

/** The independently persisted section after its name is updated. */
export type ThreadSectionUpdateResponse = {
  section: ThreadSection;
};

/** `ThreadSetNameParams` of the app-server protocol. */
export type ThreadSetNameParams = {
  name: string;
  threadId: string;
};

/** `ThreadSetNameResponse` of the app-server protocol. */
export type ThreadSetNameResponse = {
  [key: string]: unknown;
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
  model: string;
  modelProvider: string;
  /** @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  sandboxPolicy: SandboxPolicy;
  serviceTier?: string | null;
  summary?: ReasoningSummary | null;
};

/** `ThreadSettingsUpdatedNotification` of the app-server protocol. */
export type ThreadSettingsUpdatedNotification = {
  threadId: string;
  threadSettings: ThreadSettings;
};

/** `ThreadShellCommandParams` of the app-server protocol. */
export type ThreadShellCommandParams = {
  /** Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy. */
  command: string;
  threadId: string;
  /** Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement. */
  timeoutMs?: number | null;
};

/** `ThreadShellCommandResponse` of the app-server protocol. */
export type ThreadShellCommandResponse = {
  [key: string]: unknown;
};

/** `ThreadSortKey` of the app-server protocol. */
export type ThreadSortKey = "created_at" | "updated_at" | "recency_at" | "section_position";

/** `ThreadSource` of the app-server protocol. */
export type ThreadSource = string;

/** `ThreadSourceKind` of the app-server protocol. */
export type ThreadSourceKind =
  | "cli"
  | "vscode"
  | "exec"
  | "appServer"
  | "subAgent"
  | "subAgentReview"
  | "subAgentCompact"
  | "subAgentThreadSpawn"
  | "subAgentOther"
  | "unknown";

/** `ThreadStartParams` of the app-server protocol. */
export type ThreadStartParams = {
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
  ephemeral?: boolean | null;
  model?: string | null;
  modelProvider?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. */
  personality?: Personality | null;
  sandbox?: SandboxMode | null;
  serviceName?: string | null;
  serviceTier?: string | null;
  sessionStartSource?: ThreadStartSource | null;
  /** Optional client-supplied analytics source classification for this thread. */
  threadSource?: ThreadSource | null;
};

/** `ThreadStartResponse` of the app-server protocol. */
export type ThreadStartResponse = {
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
  reasoningEffort?: ReasoningEffort | null;
  /** Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance. */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

/** `ThreadStartSource` of the app-server protocol. */
export type ThreadStartSource = "startup" | "clear";

/** `ThreadStartedNotification` of the app-server protocol. */
export type ThreadStartedNotification = {
  thread: Thread;
};

/** `ThreadStatus` of the app-server protocol. */
export type ThreadStatus =
  | {
    type: "notLoaded";
  }
  | {
    type: "idle";
  }
  | {
    type: "systemError";
  }
  | {
    type: "active";
    activeFlags: ThreadActiveFlag[];
  };

/** `ThreadStatusChangedNotification` of the app-server protocol. */
export type ThreadStatusChangedNotification = {
  status: ThreadStatus;
  threadId: string;
};

/** EXPERIMENTAL - one item or turn boundary in canonical rollout order. */
export type ThreadTimelineEntry =
  | {
    type: "item";
    item: ThreadItem;
    position: number;
    turnId: string;
  }
  | {
    type: "realtime";
    item: ThreadRealtimeItem;
    position: number;
  }
  | {
    type: "turnStarted";
    position: number;
    started_at?: number | null;
    turn_id: string;
  }
  | {
    type: "turnCompleted";
    completed_at?: number | null;
    duration_ms?: number | null;
    error?: TurnError | null;
    position: number;
    started_at?: number | null;
    status: TurnStatus;
    turn_id: string;
  };

/** `ThreadTokenUsage` of the app-server protocol. */
export type ThreadTokenUsage = {
  last: TokenUsageBreakdown;
  modelContextWindow?: number | null;
  total: TokenUsageBreakdown;
};

/** `ThreadTokenUsageUpdatedNotification` of the app-server protocol. */
export type ThreadTokenUsageUpdatedNotification = {
  threadId: string;
  tokenUsage: ThreadTokenUsage;
  turnId: string;
};

/** `ThreadTurnsListParams` of the app-server protocol. */
export type ThreadTurnsListParams = {
  /** Opaque cursor to pass to the next call to continue after the last turn. */
  cursor?: string | null;
  /** How much item detail to include for each returned turn; defaults to summary. */
  itemsView?: TurnItemsView | null;
  /** Optional turn page size. */
  limit?: number | null;
  /** Optional turn pagination direction; defaults to descending. */
  sortDirection?: SortDirection | null;
  threadId: string;
};

/** `ThreadTurnsListResponse` of the app-server protocol. */
export type ThreadTurnsListResponse = {
  /** Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn. */
  backwardsCursor?: string | null;
  data: Turn[];
  /** Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return. */
  nextCursor?: string | null;
};

/** `ThreadUnarchiveParams` of the app-server protocol. */
export type ThreadUnarchiveParams = {
  threadId: string;
};

/** `ThreadUnarchiveResponse` of the app-server protocol. */
export type ThreadUnarchiveResponse = {
  thread: Thread;
};

/** `ThreadUnarchivedNotification` of the app-server protocol. */
export type ThreadUnarchivedNotification = {
  threadId: string;
};

/** `ThreadUnreadPosition` of the app-server protocol. */
export type ThreadUnreadPosition =
  /** Explicitly marked unread, including when the thread has no turns. */
  | {
    type: "threadStart";
  }
  /** The earliest completed result needing attention. */
  | {
    type: "turn";
    turnId: string;
  };

/** `ThreadUnsubscribeParams` of the app-server protocol. */
export type ThreadUnsubscribeParams = {
  threadId: string;
};

/** `ThreadUnsubscribeResponse` of the app-server protocol. */
export type ThreadUnsubscribeResponse = {
  status: ThreadUnsubscribeStatus;
};

/** `ThreadUnsubscribeStatus` of the app-server protocol. */
export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed";

/** `ThreadUsage` of the app-server protocol. */
export type ThreadUsage = {
  estimatedUsageCreditsMicros: number;
  estimatedUsageUsdMicros?: number | null;
  groups: ThreadUsageBreakdownGroup[];
  /** Native dollar usage, independent of credit estimates. None means unknown, not zero. */
  nativeUsageUsdMicros?: number | null;
  threadId: string;
};

/** `ThreadUsageBreakdownGroup` of the app-server protocol. */
export type ThreadUsageBreakdownGroup = {
  cachedInputTokens?: number | null;
  estimatedUsageCreditsMicros: number;
  inputTokens?: number | null;
  model?: string | null;
  netNewInputTokens?: number | null;
  outputTokens?: number | null;
  reasoningEffort?: string | null;
  speed?: string | null;
  totalTokens?: number | null;
};

/** `TokenUsageBreakdown` of the app-server protocol. */
export type TokenUsageBreakdown = {
  /** @default 0 */
  cacheWriteInputTokens?: number;
  cachedInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
  totalTokens: number;
};

/** Definition for a tool the client can call. */
export type Tool = {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: unknown[] | null;
  inputSchema: unknown;
  name: string;
  outputSchema?: unknown;
  title?: string | null;
};

/** A model-facing surface on which a tool can be exposed. */
export type ToolExposureSurface =
  /** Nested tools available to Code Mode scripts. */
  | "code_mode"
  /** Tools discovered later through tool search. */
  | "deferred"
  /** Tools present in the model's initial tool list. */
  | "direct";

/** EXPERIMENTAL. Captures a user's answer to a request_user_input question. */
export type ToolRequestUserInputAnswer = {
  answers: string[];
};

/** EXPERIMENTAL. Defines a single selectable option for request_user_input. */
export type ToolRequestUserInputOption = {
  description: string;
  label: string;
};

/** EXPERIMENTAL. Params sent with a request_user_input event. */
export type ToolRequestUserInputParams = {
  /** @deprecated Use `isBlocking` to decide whether the request should block. */
  autoResolutionMs?: number | null;
  isBlocking: boolean;
  itemId: string;
  questions: ToolRequestUserInputQuestion[];
  threadId: string;
  turnId: string;
};

/** EXPERIMENTAL. Represents one request_user_input question and its required options. */
export type ToolRequestUserInputQuestion = {
  header: string;
  id: string;
  /** @default false */
  isOther?: boolean;
  /** @default false */
  isSecret?: boolean;
  options?: ToolRequestUserInputOption[] | null;
  question: string;
};

/** EXPERIMENTAL. Response payload mapping question ids to answers. */
export type ToolRequestUserInputResponse = {
  answers: {
    [key: string]: ToolRequestUserInputAnswer;
  };
};

/** `ToolsV2` of the app-server protocol. */
export type ToolsV2 = {
  web_search?: WebSearchToolConfig | null;
};

/** `TrustedContacts` of the app-server protocol. */
export type TrustedContacts = "check" | "skip";

/** `Turn` of the app-server protocol. */
export type Turn = {
  /** Unix timestamp (in seconds) when the turn completed. */
  completedAt?: number | null;
  /** Duration between turn start and completion in milliseconds, if known. */
  durationMs?: number | null;
  /** Error associated with a failed or interrupted turn. */
  error?: TurnError | null;
  /** Identifier for this turn. Codex-generated turn IDs are UUIDv7. */
  id: string;
  /** Thread items currently included in this turn payload. */
  items: ThreadItem[];
  /**
   * Describes how much of `items` has been loaded for this turn.
   *
   * @default "full"
   */
  itemsView?: TurnItemsView;
  /** ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response. */
  rootTurnId?: string | null;
  /** Unix timestamp (in seconds) when the turn started. */
  startedAt?: number | null;
  status: TurnStatus;
};

/** `TurnCompletedNotification` of the app-server protocol. */
export type TurnCompletedNotification = {
  threadId: string;
  turn: Turn;
};

/** Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn. */
export type TurnDiffUpdatedNotification = {
  diff: string;
  threadId: string;
  turnId: string;
};

/** `TurnEnvironmentParams` of the app-server protocol. */
export type TurnEnvironmentParams = {
  cwd: LegacyAppPathString;
  environmentId: string;
  /** Environment-native runtime workspace roots. Omitted defaults to `cwd`. */
  runtimeWorkspaceRoots?: LegacyAppPathString[] | null;
};

/** `TurnError` of the app-server protocol. */
export type TurnError = {
  additionalDetails?: string | null;
  codexErrorInfo?: CodexErrorInfo | null;
  message: string;
  /** Optional public explanation and continuation instruction for a misalignment block. */
  misalignment?: MisalignmentErrorDetails | null;
};

/** `TurnInterruptParams` of the app-server protocol. */
export type TurnInterruptParams = {
  threadId: string;
  turnId: string;
};

/** `TurnInterruptResponse` of the app-server protocol. */
export type TurnInterruptResponse = {
  [key: string]: unknown;
};

/** `TurnItemsView` of the app-server protocol. */
export type TurnItemsView =
  /** `items` was not loaded for this turn. The field is intentionally empty. */
  | "notLoaded"
  /** `items` contains only a display summary for this turn. */
  | "summary"
  /** `items` contains every ThreadItem available from persisted app-server history for this turn. */
  | "full";

/** `TurnModerationMetadataNotification` of the app-server protocol. */
export type TurnModerationMetadataNotification = {
  metadata: unknown;
  threadId: string;
  turnId: string;
};

/** `TurnPlanStep` of the app-server protocol. */
export type TurnPlanStep = {
  status: TurnPlanStepStatus;
  step: string;
};

/** `TurnPlanStepStatus` of the app-server protocol. */
export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";

/** `TurnPlanUpdatedNotification` of the app-server protocol. */
export type TurnPlanUpdatedNotification = {
  explanation?: string | null;
  plan: TurnPlanStep[];
  threadId: string;
  turnId: string;
};

/** `TurnStartParams` of the app-server protocol. */
export type TurnStartParams = {
  /** Override the approval policy for this turn and subsequent turns. */
  approvalPolicy?: AskForApproval | null;
  /** Override where approval requests are routed for review on this turn and subsequent turns. */
  approvalsReviewer?: ApprovalsReviewer | null;
  clientUserMessageId?: string | null;
  /** Override the working directory for this turn and subsequent turns. */
  cwd?: string | null;
  /** Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it. */
  disabledPluginIds?: string[] | null;
  /** Override the reasoning effort for this turn and subsequent turns. */
  effort?: ReasoningEffort | null;
  input: UserInput[];
  /** Override the model for this turn and subsequent turns. */
  model?: string | null;
  /** Optional JSON Schema used to constrain the final assistant message for this turn. */
  outputSchema?: unknown;
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  parentTurnId?: string | null;
  /** @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions. */
  personality?: Personality | null;
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  rootTurnId?: string | null;
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

/** `TurnStartResponse` of the app-server protocol. */
export type TurnStartResponse = {
  turn: Turn;
};

/** `TurnStartedNotification` of the app-server protocol. */
export type TurnStartedNotification = {
  threadId: string;
  turn: Turn;
};

/** `TurnStatus` of the app-server protocol. */
export type TurnStatus = "completed" | "interrupted" | "failed" | "inProgress";

/** `TurnSteerParams` of the app-server protocol. */
export type TurnSteerParams = {
  clientUserMessageId?: string | null;
  /** Required active turn id precondition. The request fails when it does not match the currently active turn. */
  expectedTurnId: string;
  input: UserInput[];
  threadId: string;
};

/** `TurnSteerResponse` of the app-server protocol. */
export type TurnSteerResponse = {
  turnId: string;
};

/** `TurnToolOutput` of the app-server protocol. */
export type TurnToolOutput = {
  name: string;
  namespace?: string | null;
  output: FunctionCallOutputBody;
  /** Requests retention of this output in the thread's model history. */
  retain?: boolean;
};

/** `TurnsPage` of the app-server protocol. */
export type TurnsPage = {
  backwardsCursor?: string | null;
  data: Turn[];
  nextCursor?: string | null;
};

/** `UserInput` of the app-server protocol. */
export type UserInput =
  | {
    type: "text";
    text: string;
    /**
     * UI-defined spans within `text` used to render or persist special elements.
     *
     * @default []
     */
    text_elements?: TextElement[];
  }
  | {
    type: "image";
    detail?: ImageDetail | null;
    url: string;
  }
  | {
    type: "image";
    detail?: ImageDetail | null;
    fileId: string;
  }
  | {
    type: "localImage";
    detail?: ImageDetail | null;
    path: string;
  }
  | {
    type: "audio";
    url: string;
  }
  | {
    type: "audio";
    fileId: string;
  }
  | {
    type: "localAudio";
    path: string;
  }
  | {
    type: "skill";
    name: string;
    path: string;
  }
  | {
    type: "mention";
    name: string;
    path: string;
  };

/** Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API. */
export type Verbosity = "low" | "medium" | "high";

/** `W3cTraceContext` of the app-server protocol. */
export type W3cTraceContext = {
  traceparent?: string | null;
  tracestate?: string | null;
};

/** `WarningNotification` of the app-server protocol. */
export type WarningNotification = {
  /** Concise warning message for the user. */
  message: string;
  /** Optional thread target when the warning applies to a specific thread. */
  threadId?: string | null;
};

/** `WebSearchAction` of the app-server protocol. */
export type WebSearchAction =
  | {
    type: "search";
    queries?: string[] | null;
    query?: string | null;
  }
  | {
    type: "openPage";
    url?: string | null;
  }
  | {
    type: "findInPage";
    pattern?: string | null;
    url?: string | null;
  }
  | {
    type: "other";
  };

/** `WebSearchContextSize` of the app-server protocol. */
export type WebSearchContextSize = "low" | "medium" | "high";

/** `WebSearchLocation` of the app-server protocol. */
export type WebSearchLocation = {
  city?: string | null;
  country?: string | null;
  region?: string | null;
  timezone?: string | null;
};

/** `WebSearchMode` of the app-server protocol. */
export type WebSearchMode = "disabled" | "cached" | "indexed" | "live";

/** Provider preference selected by the resolved model catalog entry. */
export type WebSearchProvider = "standalone" | "search_mcp";

/** `WebSearchToolConfig` of the app-server protocol. */
export type WebSearchToolConfig = {
  allowed_domains?: string[] | null;
  context_size?: WebSearchContextSize | null;
  location?: WebSearchLocation | null;
};

/** `WindowsSandboxImplementation` of the app-server protocol. */
export type WindowsSandboxImplementation = "elevated" | "unelevated" | "mxc";

/** `WindowsSandboxReadiness` of the app-server protocol. */
export type WindowsSandboxReadiness = "ready" | "notConfigured" | "updateRequired";

/** `WindowsSandboxReadinessResponse` of the app-server protocol. */
export type WindowsSandboxReadinessResponse = {
  status: WindowsSandboxReadiness;
};

/** `WindowsSandboxSetupCompletedNotification` of the app-server protocol. */
export type WindowsSandboxSetupCompletedNotification = {
  error?: string | null;
  mode: WindowsSandboxSetupMode;
  success: boolean;
};

/** `WindowsSandboxSetupMode` of the app-server protocol. */
export type WindowsSandboxSetupMode = "elevated" | "unelevated";

/** `WindowsSandboxSetupStartParams` of the app-server protocol. */
export type WindowsSandboxSetupStartParams = {
  cwd?: AbsolutePathBuf | null;
  mode: WindowsSandboxSetupMode;
};

/** `WindowsSandboxSetupStartResponse` of the app-server protocol. */
export type WindowsSandboxSetupStartResponse = {
  started: boolean;
};

/** `WindowsWorldWritableWarningNotification` of the app-server protocol. */
export type WindowsWorldWritableWarningNotification = {
  extraCount: number;
  failedScan: boolean;
  samplePaths: string[];
};

/** `WorkspaceMessage` of the app-server protocol. */
export type WorkspaceMessage = {
  /** Unix timestamp (in seconds) when the message was archived. */
  archivedAt?: number | null;
  /** Unix timestamp (in seconds) when the message was created. */
  createdAt?: number | null;
  messageBody: string;
  messageId: string;
  messageType: WorkspaceMessageType;
};

/** `WorkspaceMessageType` of the app-server protocol. */
export type WorkspaceMessageType = "headline" | "announcement" | "unknown";

/** `WorkspaceRouting` of the app-server protocol. */
export type WorkspaceRouting = {
  accountRoutingOverride: AccountRoutingOverride;
  backendOrigin: string;
  chatgptAccountId: string;
};

/** `WriteStatus` of the app-server protocol. */
export type WriteStatus = "ok" | "okOverridden";
