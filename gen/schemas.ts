// Generated from codex 0.169.0 by scripts/generate.ts. Do not edit.

/**
 * valibot schemas for every definition of the Codex app-server protocol (codex 0.169.0).
 *
 * Each `XSchema` validates the generated type `X`. Objects are loose: unknown fields pass.
 *
 * @module
 */

import * as v from "valibot";
import type * as T from "./types.ts";

/** Validates {@link T.AbsolutePathBuf}. */
export const AbsolutePathBufSchema: v.GenericSchema<T.AbsolutePathBuf> = v.string();

/** Validates {@link T.Account}. */
export const AccountSchema: v.GenericSchema<T.Account> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["apiKey"]),
  }),
  v.looseObject({
    type: v.picklist(["chatgpt"]),
    email: v.nullable(v.string()),
    planType: v.lazy(() => PlanTypeSchema),
    workspaceName: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["amazonBedrock"]),
    usesCodexManagedCredentials: v.optional(v.boolean()),
  }),
  v.looseObject({
    type: v.picklist(["gcp"]),
  }),
]);

/** Validates {@link T.AccountLoginCompletedNotification}. */
export const AccountLoginCompletedNotificationSchema: v.GenericSchema<
  T.AccountLoginCompletedNotification
> = v.looseObject({
  error: v.optional(v.nullable(v.string())),
  loginId: v.optional(v.nullable(v.string())),
  onboardingEntrypoint: v.optional(v.nullable(v.lazy(() => DesktopOnboardingEntrypointSchema))),
  success: v.boolean(),
});

/** Validates {@link T.AccountRateLimitsUpdatedNotification}. */
export const AccountRateLimitsUpdatedNotificationSchema: v.GenericSchema<
  T.AccountRateLimitsUpdatedNotification
> = v.looseObject({
  rateLimits: v.lazy(() => RateLimitSnapshotSchema),
});

/** Validates {@link T.AccountRoutingOverride}. */
export const AccountRoutingOverrideSchema: v.GenericSchema<T.AccountRoutingOverride> = v.picklist([
  "NO_CONSTRAINT",
  "us",
  "us_cr",
]);

/** Validates {@link T.AccountSecuritySetupAction}. */
export const AccountSecuritySetupActionSchema: v.GenericSchema<T.AccountSecuritySetupAction> = v
  .looseObject({
    label: v.string(),
    url: v.string(),
  });

/** Validates {@link T.AccountSecuritySetupNotice}. */
export const AccountSecuritySetupNoticeSchema: v.GenericSchema<T.AccountSecuritySetupNotice> = v
  .looseObject({
    accountId: v.string(),
    action: v.lazy(() => AccountSecuritySetupActionSchema),
    description: v.string(),
    title: v.string(),
    userId: v.string(),
  });

/** Validates {@link T.AccountSession}. */
export const AccountSessionSchema: v.GenericSchema<T.AccountSession> = v.looseObject({
  displayName: v.optional(v.nullable(v.string())),
  email: v.optional(v.nullable(v.string())),
  imageUrl: v.optional(v.nullable(v.string())),
  isActive: v.boolean(),
  lastUsedAt: v.pipe(v.number(), v.integer()),
  selectedWorkspaceAccountId: v.optional(v.nullable(v.string())),
  sessionId: v.string(),
  userId: v.optional(v.nullable(v.string())),
  workspaces: v.array(v.lazy(() => AccountSessionWorkspaceSchema)),
});

/** Validates {@link T.AccountSessionWorkspace}. */
export const AccountSessionWorkspaceSchema: v.GenericSchema<T.AccountSessionWorkspace> = v
  .looseObject({
    accountId: v.string(),
    imageUrl: v.optional(v.nullable(v.string())),
    kind: v.optional(v.nullable(v.lazy(() => AccountSessionWorkspaceKindSchema))),
    name: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.AccountSessionWorkspaceKind}. */
export const AccountSessionWorkspaceKindSchema: v.GenericSchema<T.AccountSessionWorkspaceKind> = v
  .picklist(["personal", "workspace"]);

/** Validates {@link T.AccountTokenUsageDailyBucket}. */
export const AccountTokenUsageDailyBucketSchema: v.GenericSchema<T.AccountTokenUsageDailyBucket> = v
  .looseObject({
    startDate: v.string(),
    tokens: v.pipe(v.number(), v.integer()),
  });

/** Validates {@link T.AccountTokenUsageSummary}. */
export const AccountTokenUsageSummarySchema: v.GenericSchema<T.AccountTokenUsageSummary> = v
  .looseObject({
    currentStreakDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    lifetimeTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    longestRunningTurnSec: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    longestStreakDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    peakDailyTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.AccountUpdatedNotification}. */
export const AccountUpdatedNotificationSchema: v.GenericSchema<T.AccountUpdatedNotification> = v
  .looseObject({
    authMode: v.optional(v.nullable(v.lazy(() => AuthModeSchema))),
    planType: v.optional(v.nullable(v.lazy(() => PlanTypeSchema))),
  });

/** Validates {@link T.ActivePermissionProfile}. */
export const ActivePermissionProfileSchema: v.GenericSchema<T.ActivePermissionProfile> = v
  .looseObject({
    extends: v.optional(v.nullable(v.string())),
    id: v.string(),
  });

/** Validates {@link T.AddCreditsNudgeCreditType}. */
export const AddCreditsNudgeCreditTypeSchema: v.GenericSchema<T.AddCreditsNudgeCreditType> = v
  .picklist(["credits", "usage_limit"]);

/** Validates {@link T.AddCreditsNudgeEmailStatus}. */
export const AddCreditsNudgeEmailStatusSchema: v.GenericSchema<T.AddCreditsNudgeEmailStatus> = v
  .picklist(["sent", "cooldown_active"]);

/** Validates {@link T.AdditionalContextEntry}. */
export const AdditionalContextEntrySchema: v.GenericSchema<T.AdditionalContextEntry> = v
  .looseObject({
    kind: v.lazy(() => AdditionalContextKindSchema),
    name: v.optional(v.nullable(v.string())),
    value: v.string(),
  });

/** Validates {@link T.AdditionalContextKind}. */
export const AdditionalContextKindSchema: v.GenericSchema<T.AdditionalContextKind> = v.picklist([
  "untrusted",
  "application",
]);

/** Validates {@link T.AdditionalFileSystemPermissions}. */
export const AdditionalFileSystemPermissionsSchema: v.GenericSchema<
  T.AdditionalFileSystemPermissions
> = v.looseObject({
  entries: v.optional(v.nullable(v.array(v.lazy(() => FileSystemSandboxEntrySchema)))),
  globScanMaxDepth: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  read: v.optional(v.nullable(v.array(v.lazy(() => LegacyAppPathStringSchema)))),
  write: v.optional(v.nullable(v.array(v.lazy(() => LegacyAppPathStringSchema)))),
});

/** Validates {@link T.AdditionalNetworkPermissions}. */
export const AdditionalNetworkPermissionsSchema: v.GenericSchema<T.AdditionalNetworkPermissions> = v
  .looseObject({
    enabled: v.optional(v.nullable(v.boolean())),
  });

/** Validates {@link T.AdditionalPermissionProfile}. */
export const AdditionalPermissionProfileSchema: v.GenericSchema<T.AdditionalPermissionProfile> = v
  .looseObject({
    fileSystem: v.optional(v.nullable(v.lazy(() => AdditionalFileSystemPermissionsSchema))),
    network: v.optional(v.nullable(v.lazy(() => AdditionalNetworkPermissionsSchema))),
  });

/** Validates {@link T.AgentMessageDelivery}. */
export const AgentMessageDeliverySchema: v.GenericSchema<T.AgentMessageDelivery> = v.picklist([
  "async",
]);

/** Validates {@link T.AgentMessageDeltaNotification}. */
export const AgentMessageDeltaNotificationSchema: v.GenericSchema<T.AgentMessageDeltaNotification> =
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.AgentMessageDisplay}. */
export const AgentMessageDisplaySchema: v.GenericSchema<T.AgentMessageDisplay> = v.looseObject({
  action: v.string(),
  blockType: v.optional(v.nullable(v.string())),
  checkTrustedContacts: v.optional(v.nullable(v.boolean())),
  cyberTrustedAccess: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.AgentMessageInputContent}. */
export const AgentMessageInputContentSchema: v.GenericSchema<T.AgentMessageInputContent> = v
  .variant("type", [
    v.looseObject({
      type: v.picklist(["input_text"]),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["encrypted_content"]),
      encrypted_content: v.string(),
    }),
  ]);

/** Validates {@link T.AgentMessageModeration}. */
export const AgentMessageModerationSchema: v.GenericSchema<T.AgentMessageModeration> = v
  .looseObject({
    display: v.optional(v.nullable(v.lazy(() => AgentMessageDisplaySchema))),
    moderated: v.boolean(),
  });

/** Validates {@link T.AgentPath}. */
export const AgentPathSchema: v.GenericSchema<T.AgentPath> = v.string();

/** Validates {@link T.AllowDenyRequirement}. */
export const AllowDenyRequirementSchema: v.GenericSchema<T.AllowDenyRequirement> = v.picklist([
  "allow",
  "deny",
]);

/** Validates {@link T.AnalyticsConfig}. */
export const AnalyticsConfigSchema: v.GenericSchema<T.AnalyticsConfig> = v.looseObject({
  enabled: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.AppBranding}. */
export const AppBrandingSchema: v.GenericSchema<T.AppBranding> = v.looseObject({
  category: v.optional(v.nullable(v.string())),
  developer: v.optional(v.nullable(v.string())),
  isDiscoverableApp: v.boolean(),
  privacyPolicy: v.optional(v.nullable(v.string())),
  termsOfService: v.optional(v.nullable(v.string())),
  website: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppConfig}. */
export const AppConfigSchema: v.GenericSchema<T.AppConfig> = v.looseObject({
  approvals_reviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  default_tools_approval_mode: v.optional(v.nullable(v.lazy(() => AppToolApprovalSchema))),
  default_tools_enabled: v.optional(v.nullable(v.boolean())),
  destructive_enabled: v.optional(v.nullable(v.boolean())),
  enabled: v.optional(v.boolean()),
  links: v.optional(v.nullable(v.lazy(() => AppLinksConfigSchema))),
  omit_tools_from: v.optional(v.nullable(v.array(v.lazy(() => ToolExposureSurfaceSchema)))),
  open_world_enabled: v.optional(v.nullable(v.boolean())),
  tools: v.optional(v.nullable(v.lazy(() => AppToolsConfigSchema))),
});

/** Validates {@link T.AppInfo}. */
export const AppInfoSchema: v.GenericSchema<T.AppInfo> = v.looseObject({
  appMetadata: v.optional(v.nullable(v.lazy(() => AppMetadataSchema))),
  branding: v.optional(v.nullable(v.lazy(() => AppBrandingSchema))),
  description: v.optional(v.nullable(v.string())),
  distributionChannel: v.optional(v.nullable(v.string())),
  iconAssets: v.optional(v.nullable(v.record(v.string(), v.string()))),
  iconDarkAssets: v.optional(v.nullable(v.record(v.string(), v.string()))),
  id: v.string(),
  installUrl: v.optional(v.nullable(v.string())),
  isAccessible: v.optional(v.boolean()),
  isEnabled: v.optional(v.boolean()),
  labels: v.optional(v.nullable(v.record(v.string(), v.string()))),
  logoUrl: v.optional(v.nullable(v.string())),
  logoUrlDark: v.optional(v.nullable(v.string())),
  name: v.string(),
  pluginDisplayNames: v.optional(v.array(v.string())),
});

/** Validates {@link T.AppLinkConfig}. */
export const AppLinkConfigSchema: v.GenericSchema<T.AppLinkConfig> = v.looseObject({
  approvals_reviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  default_tools_approval_mode: v.optional(v.nullable(v.lazy(() => AppToolApprovalSchema))),
});

/** Validates {@link T.AppLinksConfig}. */
export const AppLinksConfigSchema: v.GenericSchema<T.AppLinksConfig> = v.looseObject({});

/** Validates {@link T.AppListUpdatedNotification}. */
export const AppListUpdatedNotificationSchema: v.GenericSchema<T.AppListUpdatedNotification> = v
  .looseObject({
    data: v.array(v.lazy(() => AppInfoSchema)),
  });

/** Validates {@link T.AppMetadata}. */
export const AppMetadataSchema: v.GenericSchema<T.AppMetadata> = v.looseObject({
  categories: v.optional(v.nullable(v.array(v.string()))),
  developer: v.optional(v.nullable(v.string())),
  firstPartyRequiresInstall: v.optional(v.nullable(v.boolean())),
  review: v.optional(v.nullable(v.lazy(() => AppReviewSchema))),
  screenshots: v.optional(v.nullable(v.array(v.lazy(() => AppScreenshotSchema)))),
  seoDescription: v.optional(v.nullable(v.string())),
  showInComposerWhenUnlinked: v.optional(v.nullable(v.boolean())),
  subCategories: v.optional(v.nullable(v.array(v.string()))),
  version: v.optional(v.nullable(v.string())),
  versionId: v.optional(v.nullable(v.string())),
  versionNotes: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppReview}. */
export const AppReviewSchema: v.GenericSchema<T.AppReview> = v.looseObject({
  status: v.string(),
});

/** Validates {@link T.AppScreenshot}. */
export const AppScreenshotSchema: v.GenericSchema<T.AppScreenshot> = v.looseObject({
  fileId: v.optional(v.nullable(v.string())),
  url: v.optional(v.nullable(v.string())),
  userPrompt: v.string(),
});

/** Validates {@link T.AppSummary}. */
export const AppSummarySchema: v.GenericSchema<T.AppSummary> = v.looseObject({
  category: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  id: v.string(),
  installUrl: v.optional(v.nullable(v.string())),
  name: v.string(),
});

/** Validates {@link T.AppTemplateSummary}. */
export const AppTemplateSummarySchema: v.GenericSchema<T.AppTemplateSummary> = v.looseObject({
  canonicalConnectorId: v.optional(v.nullable(v.string())),
  category: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  logoUrl: v.optional(v.nullable(v.string())),
  logoUrlDark: v.optional(v.nullable(v.string())),
  materializedAppIds: v.array(v.string()),
  name: v.string(),
  reason: v.optional(v.nullable(v.lazy(() => AppTemplateUnavailableReasonSchema))),
  templateId: v.string(),
});

/** Validates {@link T.AppTemplateUnavailableReason}. */
export const AppTemplateUnavailableReasonSchema: v.GenericSchema<T.AppTemplateUnavailableReason> = v
  .picklist(["NOT_CONFIGURED_FOR_WORKSPACE", "NO_ACTIVE_WORKSPACE"]);

/** Validates {@link T.AppToolApproval}. */
export const AppToolApprovalSchema: v.GenericSchema<T.AppToolApproval> = v.picklist([
  "auto",
  "prompt",
  "writes",
  "approve",
]);

/** Validates {@link T.AppToolConfig}. */
export const AppToolConfigSchema: v.GenericSchema<T.AppToolConfig> = v.looseObject({
  approval_mode: v.optional(v.nullable(v.lazy(() => AppToolApprovalSchema))),
  enabled: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.AppToolSummary}. */
export const AppToolSummarySchema: v.GenericSchema<T.AppToolSummary> = v.looseObject({
  description: v.string(),
  disabledReason: v.optional(v.nullable(v.string())),
  isEnabled: v.optional(v.boolean()),
  isReadOnly: v.optional(v.boolean()),
  name: v.string(),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppToolsConfig}. */
export const AppToolsConfigSchema: v.GenericSchema<T.AppToolsConfig> = v.looseObject({});

/** Validates {@link T.ApplicationNetworkRequirements}. */
export const ApplicationNetworkRequirementsSchema: v.GenericSchema<
  T.ApplicationNetworkRequirements
> = v.looseObject({
  domains: v.record(v.string(), v.lazy(() => NetworkDomainPermissionSchema)),
  enabled: v.boolean(),
});

/** Validates {@link T.ApplicationRequirements}. */
export const ApplicationRequirementsSchema: v.GenericSchema<T.ApplicationRequirements> = v
  .looseObject({
    network: v.optional(v.nullable(v.lazy(() => ApplicationNetworkRequirementsSchema))),
    storage: v.optional(v.nullable(v.lazy(() => ApplicationStorageRequirementsSchema))),
  });

/** Validates {@link T.ApplicationStorageRequirements}. */
export const ApplicationStorageRequirementsSchema: v.GenericSchema<
  T.ApplicationStorageRequirements
> = v.looseObject({
  defaultProjectParent: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
  projectlessWorkspaceRoot: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
});

/** Validates {@link T.ApplyPatchApprovalParams}. */
export const ApplyPatchApprovalParamsSchema: v.GenericSchema<T.ApplyPatchApprovalParams> = v
  .looseObject({
    callId: v.string(),
    conversationId: v.lazy(() => ThreadIdSchema),
    fileChanges: v.record(v.string(), v.lazy(() => FileChangeSchema)),
    grantRoot: v.optional(v.nullable(v.string())),
    reason: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ApplyPatchApprovalResponse}. */
export const ApplyPatchApprovalResponseSchema: v.GenericSchema<T.ApplyPatchApprovalResponse> = v
  .looseObject({
    decision: v.lazy(() => ReviewDecisionSchema),
  });

/** Validates {@link T.ApprovalsReviewer}. */
export const ApprovalsReviewerSchema: v.GenericSchema<T.ApprovalsReviewer> = v.picklist([
  "user",
  "auto_review",
  "guardian_subagent",
]);

/** Validates {@link T.AppsConfig}. */
export const AppsConfigSchema: v.GenericSchema<T.AppsConfig> = v.looseObject({
  _default: v.optional(v.nullable(v.lazy(() => AppsDefaultConfigSchema))),
});

/** Validates {@link T.AppsDefaultConfig}. */
export const AppsDefaultConfigSchema: v.GenericSchema<T.AppsDefaultConfig> = v.looseObject({
  approvals_reviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  default_tools_approval_mode: v.optional(v.nullable(v.lazy(() => AppToolApprovalSchema))),
  destructive_enabled: v.optional(v.boolean()),
  enabled: v.optional(v.boolean()),
  open_world_enabled: v.optional(v.boolean()),
});

/** Validates {@link T.AppsInstalledParams}. */
export const AppsInstalledParamsSchema: v.GenericSchema<T.AppsInstalledParams> = v.looseObject({
  forceRefresh: v.optional(v.boolean()),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppsInstalledResponse}. */
export const AppsInstalledResponseSchema: v.GenericSchema<T.AppsInstalledResponse> = v.looseObject({
  apps: v.array(v.lazy(() => InstalledAppSchema)),
});

/** Validates {@link T.AppsListParams}. */
export const AppsListParamsSchema: v.GenericSchema<T.AppsListParams> = v.looseObject({
  cursor: v.optional(v.nullable(v.string())),
  forceRefetch: v.optional(v.boolean()),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppsListResponse}. */
export const AppsListResponseSchema: v.GenericSchema<T.AppsListResponse> = v.looseObject({
  data: v.array(v.lazy(() => AppInfoSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppsReadParams}. */
export const AppsReadParamsSchema: v.GenericSchema<T.AppsReadParams> = v.looseObject({
  appIds: v.array(v.string()),
  includeTools: v.optional(v.boolean()),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.AppsReadResponse}. */
export const AppsReadResponseSchema: v.GenericSchema<T.AppsReadResponse> = v.looseObject({
  apps: v.array(v.lazy(() => ConnectorMetadataSchema)),
  missingAppIds: v.array(v.string()),
});

/** Validates {@link T.AskForApproval}. */
export const AskForApprovalSchema: v.GenericSchema<T.AskForApproval> = v.union([
  v.picklist(["untrusted", "on-request", "never"]),
  v.looseObject({
    granular: v.looseObject({
      mcp_elicitations: v.boolean(),
      request_permissions: v.optional(v.boolean()),
      rules: v.boolean(),
      sandbox_approval: v.boolean(),
      skill_approval: v.optional(v.boolean()),
    }),
  }),
]);

/** Validates {@link T.AsyncUserInputQuestion}. */
export const AsyncUserInputQuestionSchema: v.GenericSchema<T.AsyncUserInputQuestion> = v
  .looseObject({
    options: v.optional(v.nullable(v.array(v.string()))),
    title: v.string(),
  });

/** Validates {@link T.AttestationGenerateParams}. */
export const AttestationGenerateParamsSchema: v.GenericSchema<T.AttestationGenerateParams> = v
  .looseObject({});

/** Validates {@link T.AttestationGenerateResponse}. */
export const AttestationGenerateResponseSchema: v.GenericSchema<T.AttestationGenerateResponse> = v
  .looseObject({
    token: v.string(),
  });

/** Validates {@link T.AuthMode}. */
export const AuthModeSchema: v.GenericSchema<T.AuthMode> = v.picklist([
  "apikey",
  "chatgpt",
  "chatgptAuthTokens",
  "headers",
  "agentIdentity",
  "personalAccessToken",
  "bedrockApiKey",
  "bedrockAccessKeys",
]);

/** Validates {@link T.AuthRecoveryNotification}. */
export const AuthRecoveryNotificationSchema: v.GenericSchema<T.AuthRecoveryNotification> = v
  .looseObject({
    message: v.string(),
    provider: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.AutoCompactTokenLimitScope}. */
export const AutoCompactTokenLimitScopeSchema: v.GenericSchema<T.AutoCompactTokenLimitScope> = v
  .picklist(["total", "body_after_prefix"]);

/** Validates {@link T.AutoReviewDecisionSource}. */
export const AutoReviewDecisionSourceSchema: v.GenericSchema<T.AutoReviewDecisionSource> = v
  .picklist(["agent"]);

/** Validates {@link T.AutoReviewRequirements}. */
export const AutoReviewRequirementsSchema: v.GenericSchema<T.AutoReviewRequirements> = v
  .looseObject({
    ignoreRules: v.optional(v.nullable(v.array(v.string()))),
    requiredOnModels: v.optional(v.nullable(v.array(v.string()))),
  });

/** Validates {@link T.BedrockProviderId}. */
export const BedrockProviderIdSchema: v.GenericSchema<T.BedrockProviderId> = v.picklist([
  "amazon-bedrock",
  "amazon-bedrock-runtime",
]);

/** Validates {@link T.BrowserUseAccessApprovalLifetime}. */
export const BrowserUseAccessApprovalLifetimeSchema: v.GenericSchema<
  T.BrowserUseAccessApprovalLifetime
> = v.picklist(["turn", "thread"]);

/** Validates {@link T.BrowserUseConfig}. */
export const BrowserUseConfigSchema: v.GenericSchema<T.BrowserUseConfig> = v.looseObject({
  allow_history_access: v.optional(v.nullable(v.boolean())),
  default_origin_policy: v.optional(v.nullable(v.lazy(() => BrowserUseOriginPolicyConfigSchema))),
  origins: v.optional(
    v.nullable(v.record(v.string(), v.lazy(() => BrowserUseOriginPolicyConfigSchema))),
  ),
});

/** Validates {@link T.BrowserUseExtensionRequirements}. */
export const BrowserUseExtensionRequirementsSchema: v.GenericSchema<
  T.BrowserUseExtensionRequirements
> = v.looseObject({
  requestHeaders: v.optional(v.nullable(v.array(v.lazy(() => RequestHeaderSchema)))),
});

/** Validates {@link T.BrowserUseOriginPolicy}. */
export const BrowserUseOriginPolicySchema: v.GenericSchema<T.BrowserUseOriginPolicy> = v
  .looseObject({
    access: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    accessApprovalLifetime: v.optional(
      v.nullable(v.lazy(() => BrowserUseAccessApprovalLifetimeSchema)),
    ),
    autoReview: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    downloads: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    fullCdpAccess: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    persistentApproval: v.optional(v.nullable(v.boolean())),
    uploads: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
  });

/** Validates {@link T.BrowserUseOriginPolicyConfig}. */
export const BrowserUseOriginPolicyConfigSchema: v.GenericSchema<T.BrowserUseOriginPolicyConfig> = v
  .looseObject({
    access: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    downloads: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    full_cdp_access: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    uploads: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
  });

/** Validates {@link T.BrowserUseRequirements}. */
export const BrowserUseRequirementsSchema: v.GenericSchema<T.BrowserUseRequirements> = v
  .looseObject({
    allowGlobalPersistentApproval: v.optional(v.nullable(v.boolean())),
    allowHistoryAccess: v.optional(v.nullable(v.boolean())),
    allowWebmcp: v.optional(v.nullable(v.boolean())),
    defaultOriginPolicy: v.optional(v.nullable(v.lazy(() => BrowserUseOriginPolicySchema))),
    disableAutoReview: v.optional(v.nullable(v.boolean())),
    extension: v.optional(v.nullable(v.lazy(() => BrowserUseExtensionRequirementsSchema))),
    origins: v.optional(
      v.nullable(v.record(v.string(), v.lazy(() => BrowserUseOriginPolicySchema))),
    ),
  });

/** Validates {@link T.ByteRange}. */
export const ByteRangeSchema: v.GenericSchema<T.ByteRange> = v.looseObject({
  end: v.pipe(v.number(), v.integer()),
  start: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.CancelLoginAccountParams}. */
export const CancelLoginAccountParamsSchema: v.GenericSchema<T.CancelLoginAccountParams> = v
  .looseObject({
    loginId: v.string(),
  });

/** Validates {@link T.CancelLoginAccountResponse}. */
export const CancelLoginAccountResponseSchema: v.GenericSchema<T.CancelLoginAccountResponse> = v
  .looseObject({
    status: v.lazy(() => CancelLoginAccountStatusSchema),
  });

/** Validates {@link T.CancelLoginAccountStatus}. */
export const CancelLoginAccountStatusSchema: v.GenericSchema<T.CancelLoginAccountStatus> = v
  .picklist(["canceled", "notFound"]);

/** Validates {@link T.CapabilityRootLocation}. */
export const CapabilityRootLocationSchema: v.GenericSchema<T.CapabilityRootLocation> = v
  .looseObject({
    environmentId: v.string(),
    path: v.string(),
    type: v.picklist(["environment"]),
  });

/** Validates {@link T.ChatgptAuthTokensRefreshParams}. */
export const ChatgptAuthTokensRefreshParamsSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshParams
> = v.looseObject({
  previousAccountId: v.optional(v.nullable(v.string())),
  reason: v.lazy(() => ChatgptAuthTokensRefreshReasonSchema),
});

/** Validates {@link T.ChatgptAuthTokensRefreshReason}. */
export const ChatgptAuthTokensRefreshReasonSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshReason
> = v.picklist(["unauthorized"]);

/** Validates {@link T.ChatgptAuthTokensRefreshResponse}. */
export const ChatgptAuthTokensRefreshResponseSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshResponse
> = v.looseObject({
  accessToken: v.string(),
  chatgptAccountId: v.string(),
  chatgptPlanType: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.CliAuthCredentialsStoreMode}. */
export const CliAuthCredentialsStoreModeSchema: v.GenericSchema<T.CliAuthCredentialsStoreMode> = v
  .picklist(["file", "keyring", "auto", "ephemeral"]);

/** Validates {@link T.ClientInfo}. */
export const ClientInfoSchema: v.GenericSchema<T.ClientInfo> = v.looseObject({
  name: v.string(),
  title: v.optional(v.nullable(v.string())),
  version: v.string(),
});

/** Validates {@link T.ClientNotification}. */
export const ClientNotificationSchema: v.GenericSchema<T.ClientNotification> = v.looseObject({
  method: v.picklist(["initialized"]),
});

/** Validates {@link T.ClientRequest}. */
export const ClientRequestSchema: v.GenericSchema<T.ClientRequest> = v.variant("method", [
  v.looseObject({
    method: v.picklist(["initialize"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => InitializeParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/start"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadStartParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/resume"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadResumeParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/fork"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadForkParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/archive"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadArchiveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/delete"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadDeleteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/unsubscribe"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadUnsubscribeParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/name/set"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSetNameParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/goal/set"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadGoalSetParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/goal/get"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadGoalGetParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/goal/clear"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadGoalClearParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/metadata/update"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadMetadataUpdateParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/attachment/add"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadAttachmentAddParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/attachment/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadAttachmentListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/attachmentOwner/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadAttachmentOwnerListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/attachment/remove"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadAttachmentRemoveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/section/move"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSectionMoveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/unarchive"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadUnarchiveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/compact/start"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadCompactStartParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/shellCommand"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadShellCommandParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/approveGuardianDeniedAction"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadApproveGuardianDeniedActionParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/revert"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadRevertParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["threadSection/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSectionListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["threadSection/create"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSectionCreateParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["threadSection/update"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSectionUpdateParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["threadSection/delete"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadSectionDeleteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/loaded/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadLoadedListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/turns/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadTurnsListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/items/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadItemsListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/inject_items"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ThreadInjectItemsParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["skills/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => SkillsListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["skills/extraRoots/set"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => SkillsExtraRootsSetParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["hooks/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => HooksListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["marketplace/add"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => MarketplaceAddParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["marketplace/remove"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => MarketplaceRemoveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["marketplace/upgrade"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => MarketplaceUpgradeParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/installed"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginInstalledParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/reconcile"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginReconcileParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/skill/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginSkillReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/share/save"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginShareSaveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/share/updateTargets"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginShareUpdateTargetsParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/share/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginShareListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/share/checkout"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginShareCheckoutParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/share/delete"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginShareDeleteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["app/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => AppsReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["app/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => AppsListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["app/installed"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => AppsInstalledParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/readFile"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsReadFileParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/writeFile"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsWriteFileParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/createDirectory"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsCreateDirectoryParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/getMetadata"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsGetMetadataParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/readDirectory"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsReadDirectoryParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/remove"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsRemoveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/copy"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsCopyParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/watch"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsWatchParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/unwatch"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FsUnwatchParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["skills/config/write"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => SkillsConfigWriteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/install"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginInstallParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["plugin/uninstall"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PluginUninstallParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/start"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => TurnStartParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/steer"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => TurnSteerParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/interrupt"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => TurnInterruptParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["review/start"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ReviewStartParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["model/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ModelListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/gatewayOAuth/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.nullable(v.lazy(() => GatewayOAuthReadParamsSchema))),
  }),
  v.looseObject({
    method: v.picklist(["account/gatewayOAuth/login"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.nullable(v.lazy(() => GatewayOAuthLoginParamsSchema))),
  }),
  v.looseObject({
    method: v.picklist(["account/gatewayOAuth/cancel"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["modelProvider/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ModelProviderListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["modelProvider/config/write"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ModelProviderConfigWriteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["modelProvider/capabilities/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ModelProviderCapabilitiesReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["experimentalFeature/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExperimentalFeatureListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["permissionProfile/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PermissionProfileListParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["experimentalFeature/enablement/set"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExperimentalFeatureEnablementSetParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/oauth/login"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => McpServerOauthLoginParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["config/mcpServer/reload"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["mcpServerStatus/list"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ListMcpServerStatusParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/resource/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => McpResourceReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/tool/call"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => McpServerToolCallParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["windowsSandbox/setupStart"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => WindowsSandboxSetupStartParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["windowsSandbox/readiness"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["account/login/start"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => LoginAccountParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/login/cancel"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CancelLoginAccountParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/logout"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["account/securitySetup/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["account/rateLimits/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.nullable(v.lazy(() => GetAccountRateLimitsParamsSchema))),
  }),
  v.looseObject({
    method: v.picklist(["account/rateLimitResetCredit/consume"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ConsumeAccountRateLimitResetCreditParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/usage/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.nullable(v.lazy(() => GetAccountTokenUsageParamsSchema))),
  }),
  v.looseObject({
    method: v.picklist(["account/workspaceMessages/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["account/sendAddCreditsNudgeEmail"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => SendAddCreditsNudgeEmailParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["feedback/upload"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FeedbackUploadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["feedback/save"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FeedbackSaveParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["command/exec"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CommandExecParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["command/exec/write"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CommandExecWriteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["command/exec/terminate"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CommandExecTerminateParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["command/exec/resize"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CommandExecResizeParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["config/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ConfigReadParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/detect"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExternalAgentConfigDetectParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/import"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExternalAgentConfigImportParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/import/recordHistory"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExternalAgentConfigImportHistoryRecordParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/import/readHistories"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["config/value/write"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ConfigValueWriteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["config/batchWrite"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ConfigBatchWriteParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["configRequirements/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.optional(v.null()),
  }),
  v.looseObject({
    method: v.picklist(["account/read"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => GetAccountParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["fuzzyFileSearch"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FuzzyFileSearchParamsSchema),
  }),
]);

/** Validates {@link T.CodexErrorInfo}. */
export const CodexErrorInfoSchema: v.GenericSchema<T.CodexErrorInfo> = v.union([
  v.picklist([
    "contextWindowExceeded",
    "sessionBudgetExceeded",
    "usageLimitExceeded",
    "rateLimitExceeded",
    "flexUnavailable",
    "serverOverloaded",
    "modelNotFound",
    "policyCapacityUnavailable",
    "cyberPolicy",
    "misalignmentPolicyViolation",
    "tooManyDenials",
    "internalServerError",
    "unauthorized",
    "badRequest",
    "threadRollbackFailed",
    "sandboxError",
    "other",
    "inferenceHookDenied",
  ]),
  v.looseObject({
    httpConnectionFailed: v.looseObject({
      httpStatusCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
  }),
  v.looseObject({
    responseStreamConnectionFailed: v.looseObject({
      httpStatusCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
  }),
  v.looseObject({
    responseStreamDisconnected: v.looseObject({
      httpStatusCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
  }),
  v.looseObject({
    responseTooManyFailedAttempts: v.looseObject({
      httpStatusCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
  }),
  v.looseObject({
    activeTurnNotSteerable: v.looseObject({
      turnKind: v.lazy(() => NonSteerableTurnKindSchema),
    }),
  }),
  v.string(),
  v.looseObject({}),
]);

/** Validates {@link T.CodexResponseHandoffMode}. */
export const CodexResponseHandoffModeSchema: v.GenericSchema<T.CodexResponseHandoffMode> = v
  .picklist(["thinking", "commentary", "bemTags"]);

/** Validates {@link T.CollabAgentState}. */
export const CollabAgentStateSchema: v.GenericSchema<T.CollabAgentState> = v.looseObject({
  message: v.optional(v.nullable(v.string())),
  status: v.lazy(() => CollabAgentStatusSchema),
});

/** Validates {@link T.CollabAgentStatus}. */
export const CollabAgentStatusSchema: v.GenericSchema<T.CollabAgentStatus> = v.picklist([
  "pendingInit",
  "running",
  "interrupted",
  "completed",
  "errored",
  "shutdown",
  "notFound",
]);

/** Validates {@link T.CollabAgentTool}. */
export const CollabAgentToolSchema: v.GenericSchema<T.CollabAgentTool> = v.picklist([
  "spawnAgent",
  "sendInput",
  "resumeAgent",
  "wait",
  "closeAgent",
  "sendMessage",
  "followupTask",
  "interruptAgent",
  "listAgents",
]);

/** Validates {@link T.CollabAgentToolCallStatus}. */
export const CollabAgentToolCallStatusSchema: v.GenericSchema<T.CollabAgentToolCallStatus> = v
  .picklist(["inProgress", "completed", "failed", "interrupted"]);

/** Validates {@link T.CollaborationMode}. */
export const CollaborationModeSchema: v.GenericSchema<T.CollaborationMode> = v.looseObject({
  mode: v.lazy(() => ModeKindSchema),
  settings: v.lazy(() => SettingsSchema),
});

/** Validates {@link T.CollaborationModeMask}. */
export const CollaborationModeMaskSchema: v.GenericSchema<T.CollaborationModeMask> = v.looseObject({
  mode: v.optional(v.nullable(v.lazy(() => ModeKindSchema))),
  model: v.optional(v.nullable(v.string())),
  name: v.string(),
  reasoning_effort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
});

/** Validates {@link T.CommandAction}. */
export const CommandActionSchema: v.GenericSchema<T.CommandAction> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["read"]),
    command: v.string(),
    name: v.string(),
    path: v.lazy(() => LegacyAppPathStringSchema),
  }),
  v.looseObject({
    type: v.picklist(["listFiles"]),
    command: v.string(),
    path: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["search"]),
    command: v.string(),
    path: v.optional(v.nullable(v.string())),
    query: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["unknown"]),
    command: v.string(),
  }),
]);

/** Validates {@link T.CommandExecOutputDeltaNotification}. */
export const CommandExecOutputDeltaNotificationSchema: v.GenericSchema<
  T.CommandExecOutputDeltaNotification
> = v.looseObject({
  capReached: v.boolean(),
  deltaBase64: v.string(),
  processId: v.string(),
  stream: v.lazy(() => CommandExecOutputStreamSchema),
});

/** Validates {@link T.CommandExecOutputStream}. */
export const CommandExecOutputStreamSchema: v.GenericSchema<T.CommandExecOutputStream> = v.picklist(
  ["stdout", "stderr"],
);

/** Validates {@link T.CommandExecParams}. */
export const CommandExecParamsSchema: v.GenericSchema<T.CommandExecParams> = v.looseObject({
  command: v.array(v.string()),
  cwd: v.optional(v.nullable(v.string())),
  disableOutputCap: v.optional(v.boolean()),
  disableTimeout: v.optional(v.boolean()),
  env: v.optional(v.nullable(v.record(v.string(), v.nullable(v.string())))),
  outputBytesCap: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  processId: v.optional(v.nullable(v.string())),
  sandboxPolicy: v.optional(v.nullable(v.lazy(() => SandboxPolicySchema))),
  size: v.optional(v.nullable(v.lazy(() => CommandExecTerminalSizeSchema))),
  streamStdin: v.optional(v.boolean()),
  streamStdoutStderr: v.optional(v.boolean()),
  timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  tty: v.optional(v.boolean()),
});

/** Validates {@link T.CommandExecResizeParams}. */
export const CommandExecResizeParamsSchema: v.GenericSchema<T.CommandExecResizeParams> = v
  .looseObject({
    processId: v.string(),
    size: v.lazy(() => CommandExecTerminalSizeSchema),
  });

/** Validates {@link T.CommandExecResizeResponse}. */
export const CommandExecResizeResponseSchema: v.GenericSchema<T.CommandExecResizeResponse> = v
  .looseObject({});

/** Validates {@link T.CommandExecResponse}. */
export const CommandExecResponseSchema: v.GenericSchema<T.CommandExecResponse> = v.looseObject({
  exitCode: v.pipe(v.number(), v.integer()),
  stderr: v.string(),
  stdout: v.string(),
});

/** Validates {@link T.CommandExecTerminalSize}. */
export const CommandExecTerminalSizeSchema: v.GenericSchema<T.CommandExecTerminalSize> = v
  .looseObject({
    cols: v.pipe(v.number(), v.integer()),
    rows: v.pipe(v.number(), v.integer()),
  });

/** Validates {@link T.CommandExecTerminateParams}. */
export const CommandExecTerminateParamsSchema: v.GenericSchema<T.CommandExecTerminateParams> = v
  .looseObject({
    processId: v.string(),
  });

/** Validates {@link T.CommandExecTerminateResponse}. */
export const CommandExecTerminateResponseSchema: v.GenericSchema<T.CommandExecTerminateResponse> = v
  .looseObject({});

/** Validates {@link T.CommandExecWriteParams}. */
export const CommandExecWriteParamsSchema: v.GenericSchema<T.CommandExecWriteParams> = v
  .looseObject({
    closeStdin: v.optional(v.boolean()),
    deltaBase64: v.optional(v.nullable(v.string())),
    processId: v.string(),
  });

/** Validates {@link T.CommandExecWriteResponse}. */
export const CommandExecWriteResponseSchema: v.GenericSchema<T.CommandExecWriteResponse> = v
  .looseObject({});

/** Validates {@link T.CommandExecutionApprovalDecision}. */
export const CommandExecutionApprovalDecisionSchema: v.GenericSchema<
  T.CommandExecutionApprovalDecision
> = v.union([
  v.picklist(["accept", "acceptForSession", "decline", "cancel"]),
  v.looseObject({
    acceptWithExecpolicyAmendment: v.looseObject({
      execpolicy_amendment: v.array(v.string()),
    }),
  }),
  v.looseObject({
    applyNetworkPolicyAmendment: v.looseObject({
      network_policy_amendment: v.lazy(() => NetworkPolicyAmendmentSchema),
    }),
  }),
]);

/** Validates {@link T.CommandExecutionApprovalKind}. */
export const CommandExecutionApprovalKindSchema: v.GenericSchema<T.CommandExecutionApprovalKind> = v
  .picklist(["command", "writeStdin", "humanCommand"]);

/** Validates {@link T.CommandExecutionOutputDeltaNotification}. */
export const CommandExecutionOutputDeltaNotificationSchema: v.GenericSchema<
  T.CommandExecutionOutputDeltaNotification
> = v.looseObject({
  delta: v.string(),
  itemId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.CommandExecutionRequestApprovalParams}. */
export const CommandExecutionRequestApprovalParamsSchema: v.GenericSchema<
  T.CommandExecutionRequestApprovalParams
> = v.looseObject({
  approvalId: v.optional(v.nullable(v.string())),
  command: v.optional(v.nullable(v.string())),
  commandActions: v.optional(v.nullable(v.array(v.lazy(() => CommandActionSchema)))),
  cwd: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
  environmentId: v.optional(v.nullable(v.string())),
  itemId: v.string(),
  kind: v.optional(v.lazy(() => CommandExecutionApprovalKindSchema)),
  networkApprovalContext: v.optional(v.nullable(v.lazy(() => NetworkApprovalContextSchema))),
  proposedExecpolicyAmendment: v.optional(v.nullable(v.array(v.string()))),
  proposedNetworkPolicyAmendments: v.optional(
    v.nullable(v.array(v.lazy(() => NetworkPolicyAmendmentSchema))),
  ),
  reason: v.optional(v.nullable(v.string())),
  startedAtMs: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.CommandExecutionRequestApprovalResponse}. */
export const CommandExecutionRequestApprovalResponseSchema: v.GenericSchema<
  T.CommandExecutionRequestApprovalResponse
> = v.looseObject({
  decision: v.lazy(() => CommandExecutionApprovalDecisionSchema),
});

/** Validates {@link T.CommandExecutionSource}. */
export const CommandExecutionSourceSchema: v.GenericSchema<T.CommandExecutionSource> = v.picklist([
  "agent",
  "userShell",
  "unifiedExecStartup",
  "unifiedExecInteraction",
]);

/** Validates {@link T.CommandExecutionStatus}. */
export const CommandExecutionStatusSchema: v.GenericSchema<T.CommandExecutionStatus> = v.picklist([
  "inProgress",
  "completed",
  "failed",
  "declined",
]);

/** Validates {@link T.CommandMigration}. */
export const CommandMigrationSchema: v.GenericSchema<T.CommandMigration> = v.looseObject({
  name: v.string(),
});

/** Validates {@link T.ComputerUseConfig}. */
export const ComputerUseConfigSchema: v.GenericSchema<T.ComputerUseConfig> = v.looseObject({
  default_app_access: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
  macos: v.optional(v.nullable(v.lazy(() => ComputerUseMacosConfigSchema))),
  windows: v.optional(v.nullable(v.lazy(() => ComputerUseWindowsConfigSchema))),
});

/** Validates {@link T.ComputerUseMacosConfig}. */
export const ComputerUseMacosConfigSchema: v.GenericSchema<T.ComputerUseMacosConfig> = v
  .looseObject({
    bundle_ids: v.optional(
      v.nullable(v.record(v.string(), v.lazy(() => AllowDenyRequirementSchema))),
    ),
  });

/** Validates {@link T.ComputerUseMacosRequirements}. */
export const ComputerUseMacosRequirementsSchema: v.GenericSchema<T.ComputerUseMacosRequirements> = v
  .looseObject({
    bundleIds: v.optional(
      v.nullable(v.record(v.string(), v.lazy(() => AllowDenyRequirementSchema))),
    ),
  });

/** Validates {@link T.ComputerUseRequirements}. */
export const ComputerUseRequirementsSchema: v.GenericSchema<T.ComputerUseRequirements> = v
  .looseObject({
    allowLockedComputerUse: v.optional(v.nullable(v.boolean())),
    allowPersistentApproval: v.optional(v.nullable(v.boolean())),
    defaultAppAccess: v.optional(v.nullable(v.lazy(() => AllowDenyRequirementSchema))),
    macos: v.optional(v.nullable(v.lazy(() => ComputerUseMacosRequirementsSchema))),
    windows: v.optional(v.nullable(v.lazy(() => ComputerUseWindowsRequirementsSchema))),
  });

/** Validates {@link T.ComputerUseWindowsConfig}. */
export const ComputerUseWindowsConfigSchema: v.GenericSchema<T.ComputerUseWindowsConfig> = v
  .looseObject({
    aumids: v.optional(v.nullable(v.record(v.string(), v.lazy(() => AllowDenyRequirementSchema)))),
    exes: v.optional(v.nullable(v.array(v.lazy(() => ComputerUseWindowsExeConfigSchema)))),
  });

/** Validates {@link T.ComputerUseWindowsExeConfig}. */
export const ComputerUseWindowsExeConfigSchema: v.GenericSchema<T.ComputerUseWindowsExeConfig> = v
  .looseObject({
    access: v.lazy(() => AllowDenyRequirementSchema),
    binary_name: v.optional(v.nullable(v.string())),
    product_name: v.string(),
    publisher_name: v.string(),
  });

/** Validates {@link T.ComputerUseWindowsExeRequirement}. */
export const ComputerUseWindowsExeRequirementSchema: v.GenericSchema<
  T.ComputerUseWindowsExeRequirement
> = v.looseObject({
  access: v.lazy(() => AllowDenyRequirementSchema),
  binaryName: v.optional(v.nullable(v.string())),
  productName: v.string(),
  publisherName: v.string(),
});

/** Validates {@link T.ComputerUseWindowsRequirements}. */
export const ComputerUseWindowsRequirementsSchema: v.GenericSchema<
  T.ComputerUseWindowsRequirements
> = v.looseObject({
  aumids: v.optional(v.nullable(v.record(v.string(), v.lazy(() => AllowDenyRequirementSchema)))),
  exes: v.optional(v.nullable(v.array(v.lazy(() => ComputerUseWindowsExeRequirementSchema)))),
});

/** Validates {@link T.Config}. */
export const ConfigSchema: v.GenericSchema<T.Config> = v.looseObject({
  analytics: v.optional(v.nullable(v.lazy(() => AnalyticsConfigSchema))),
  approval_policy: v.optional(v.nullable(v.lazy(() => AskForApprovalSchema))),
  approvals_reviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  browser_use: v.optional(v.nullable(v.lazy(() => BrowserUseConfigSchema))),
  client_search_provider: v.optional(v.nullable(v.lazy(() => WebSearchProviderSchema))),
  compact_prompt: v.optional(v.nullable(v.string())),
  computer_use: v.optional(v.nullable(v.lazy(() => ComputerUseConfigSchema))),
  desktop: v.optional(v.nullable(v.looseObject({}))),
  developer_instructions: v.optional(v.nullable(v.string())),
  forced_chatgpt_workspace_id: v.optional(
    v.nullable(v.lazy(() => ForcedChatgptWorkspaceIdsSchema)),
  ),
  forced_login_method: v.optional(v.nullable(v.lazy(() => ForcedLoginMethodSchema))),
  instructions: v.optional(v.nullable(v.string())),
  model: v.optional(v.nullable(v.string())),
  model_auto_compact_token_limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  model_auto_compact_token_limit_scope: v.optional(
    v.nullable(v.lazy(() => AutoCompactTokenLimitScopeSchema)),
  ),
  model_context_window: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  model_provider: v.optional(v.nullable(v.string())),
  model_reasoning_effort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  model_reasoning_summary: v.optional(v.nullable(v.lazy(() => ReasoningSummarySchema))),
  model_verbosity: v.optional(v.nullable(v.lazy(() => VerbositySchema))),
  review_model: v.optional(v.nullable(v.string())),
  sandbox_mode: v.optional(v.nullable(v.lazy(() => SandboxModeSchema))),
  sandbox_workspace_write: v.optional(v.nullable(v.lazy(() => SandboxWorkspaceWriteSchema))),
  service_tier: v.optional(v.nullable(v.string())),
  tools: v.optional(v.nullable(v.lazy(() => ToolsV2Schema))),
  web_search: v.optional(v.nullable(v.lazy(() => WebSearchModeSchema))),
});

/** Validates {@link T.ConfigBatchWriteParams}. */
export const ConfigBatchWriteParamsSchema: v.GenericSchema<T.ConfigBatchWriteParams> = v
  .looseObject({
    edits: v.array(v.lazy(() => ConfigEditSchema)),
    expectedVersion: v.optional(v.nullable(v.string())),
    filePath: v.optional(v.nullable(v.string())),
    reloadUserConfig: v.optional(v.boolean()),
  });

/** Validates {@link T.ConfigEdit}. */
export const ConfigEditSchema: v.GenericSchema<T.ConfigEdit> = v.looseObject({
  keyPath: v.string(),
  mergeStrategy: v.lazy(() => MergeStrategySchema),
  value: v.unknown(),
});

/** Validates {@link T.ConfigLayer}. */
export const ConfigLayerSchema: v.GenericSchema<T.ConfigLayer> = v.looseObject({
  config: v.unknown(),
  disabledReason: v.optional(v.nullable(v.string())),
  name: v.lazy(() => ConfigLayerSourceSchema),
  version: v.string(),
});

/** Validates {@link T.ConfigLayerMetadata}. */
export const ConfigLayerMetadataSchema: v.GenericSchema<T.ConfigLayerMetadata> = v.looseObject({
  name: v.lazy(() => ConfigLayerSourceSchema),
  version: v.string(),
});

/** Validates {@link T.ConfigLayerSource}. */
export const ConfigLayerSourceSchema: v.GenericSchema<T.ConfigLayerSource> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["packagedDefaults"]),
    file: v.lazy(() => AbsolutePathBufSchema),
  }),
  v.looseObject({
    type: v.picklist(["mdm"]),
    domain: v.string(),
    key: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["system"]),
    file: v.lazy(() => AbsolutePathBufSchema),
  }),
  v.looseObject({
    type: v.picklist(["enterpriseManaged"]),
    id: v.string(),
    name: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["user"]),
    file: v.lazy(() => AbsolutePathBufSchema),
    profile: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["project"]),
    dotCodexFolder: v.lazy(() => AbsolutePathBufSchema),
  }),
  v.looseObject({
    type: v.picklist(["sessionFlags"]),
  }),
  v.looseObject({
    type: v.picklist(["legacyManagedConfigTomlFromFile"]),
    file: v.lazy(() => AbsolutePathBufSchema),
  }),
  v.looseObject({
    type: v.picklist(["legacyManagedConfigTomlFromMdm"]),
  }),
]);

/** Validates {@link T.ConfigReadParams}. */
export const ConfigReadParamsSchema: v.GenericSchema<T.ConfigReadParams> = v.looseObject({
  cwd: v.optional(v.nullable(v.string())),
  includeLayers: v.optional(v.boolean()),
});

/** Validates {@link T.ConfigReadResponse}. */
export const ConfigReadResponseSchema: v.GenericSchema<T.ConfigReadResponse> = v.looseObject({
  config: v.lazy(() => ConfigSchema),
  layers: v.optional(v.nullable(v.array(v.lazy(() => ConfigLayerSchema)))),
  origins: v.record(v.string(), v.lazy(() => ConfigLayerMetadataSchema)),
});

/** Validates {@link T.ConfigRequirements}. */
export const ConfigRequirementsSchema: v.GenericSchema<T.ConfigRequirements> = v.looseObject({
  additionalDeveloperInstructions: v.optional(v.nullable(v.string())),
  allowAppshots: v.optional(v.nullable(v.boolean())),
  allowBrowserAndComputerUse: v.optional(v.nullable(v.boolean())),
  allowLoginShell: v.optional(v.nullable(v.boolean())),
  allowManagedHooksOnly: v.optional(v.nullable(v.boolean())),
  allowRemoteControl: v.optional(v.nullable(v.boolean())),
  allowedApprovalPolicies: v.optional(v.nullable(v.array(v.lazy(() => AskForApprovalSchema)))),
  allowedLoginMethods: v.optional(v.nullable(v.array(v.lazy(() => ForcedLoginMethodSchema)))),
  allowedPermissionProfiles: v.optional(v.nullable(v.record(v.string(), v.boolean()))),
  allowedSandboxModes: v.optional(v.nullable(v.array(v.lazy(() => SandboxModeSchema)))),
  allowedWebSearchModes: v.optional(v.nullable(v.array(v.lazy(() => WebSearchModeSchema)))),
  allowedWindowsSandboxImplementations: v.optional(
    v.nullable(v.array(v.lazy(() => WindowsSandboxImplementationSchema))),
  ),
  autoReview: v.optional(v.nullable(v.lazy(() => AutoReviewRequirementsSchema))),
  browserUse: v.optional(v.nullable(v.lazy(() => BrowserUseRequirementsSchema))),
  chatgptBaseUrl: v.optional(v.nullable(v.string())),
  checkForUpdateOnStartup: v.optional(v.nullable(v.boolean())),
  cliAuthCredentialsStore: v.optional(v.nullable(v.lazy(() => CliAuthCredentialsStoreModeSchema))),
  computerUse: v.optional(v.nullable(v.lazy(() => ComputerUseRequirementsSchema))),
  defaultPermissions: v.optional(v.nullable(v.string())),
  enforceResidency: v.optional(v.nullable(v.lazy(() => ResidencyRequirementSchema))),
  featureRequirements: v.optional(v.nullable(v.record(v.string(), v.boolean()))),
  feedback: v.optional(v.nullable(v.lazy(() => FeedbackRequirementsSchema))),
  inAppBrowser: v.optional(v.nullable(v.lazy(() => InAppBrowserRequirementsSchema))),
  logDir: v.optional(v.nullable(v.string())),
  modelCatalogJson: v.optional(v.nullable(v.string())),
  modelProvider: v.optional(v.nullable(v.string())),
  modelProviders: v.optional(v.nullable(v.looseObject({}))),
  models: v.optional(v.nullable(v.lazy(() => ModelsRequirementsSchema))),
  otel: v.optional(v.nullable(v.lazy(() => OtelRequirementsSchema))),
  sqliteHome: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ConfigRequirementsReadResponse}. */
export const ConfigRequirementsReadResponseSchema: v.GenericSchema<
  T.ConfigRequirementsReadResponse
> = v.looseObject({
  requirements: v.optional(v.nullable(v.lazy(() => ConfigRequirementsSchema))),
  supportsIndependentSpeedModes: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.ConfigValueWriteParams}. */
export const ConfigValueWriteParamsSchema: v.GenericSchema<T.ConfigValueWriteParams> = v
  .looseObject({
    expectedVersion: v.optional(v.nullable(v.string())),
    filePath: v.optional(v.nullable(v.string())),
    keyPath: v.string(),
    mergeStrategy: v.lazy(() => MergeStrategySchema),
    value: v.unknown(),
  });

/** Validates {@link T.ConfigWarningNotification}. */
export const ConfigWarningNotificationSchema: v.GenericSchema<T.ConfigWarningNotification> = v
  .looseObject({
    details: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.string())),
    range: v.optional(v.nullable(v.lazy(() => TextRangeSchema))),
    summary: v.string(),
  });

/** Validates {@link T.ConfigWriteResponse}. */
export const ConfigWriteResponseSchema: v.GenericSchema<T.ConfigWriteResponse> = v.looseObject({
  filePath: v.lazy(() => AbsolutePathBufSchema),
  overriddenMetadata: v.optional(v.nullable(v.lazy(() => OverriddenMetadataSchema))),
  status: v.lazy(() => WriteStatusSchema),
  version: v.string(),
});

/** Validates {@link T.ConfigurationReasoning}. */
export const ConfigurationReasoningSchema: v.GenericSchema<T.ConfigurationReasoning> = v
  .looseObject({
    effort: v.lazy(() => ReasoningEffortSchema),
  });

/** Validates {@link T.ConfiguredHookHandler}. */
export const ConfiguredHookHandlerSchema: v.GenericSchema<T.ConfiguredHookHandler> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["command"]),
      additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      async: v.boolean(),
      command: v.string(),
      commandWindows: v.optional(v.nullable(v.string())),
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
    v.looseObject({
      type: v.picklist(["mcp_tool"]),
      input: v.looseObject({}),
      server: v.string(),
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      tool: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["prompt"]),
    }),
    v.looseObject({
      type: v.picklist(["agent"]),
    }),
  ],
);

/** Validates {@link T.ConfiguredHookMatcherGroup}. */
export const ConfiguredHookMatcherGroupSchema: v.GenericSchema<T.ConfiguredHookMatcherGroup> = v
  .looseObject({
    hooks: v.array(v.lazy(() => ConfiguredHookHandlerSchema)),
    matcher: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ConnectorMetadata}. */
export const ConnectorMetadataSchema: v.GenericSchema<T.ConnectorMetadata> = v.looseObject({
  description: v.optional(v.nullable(v.string())),
  distributionChannel: v.optional(v.nullable(v.string())),
  iconUrl: v.optional(v.nullable(v.string())),
  iconUrlDark: v.optional(v.nullable(v.string())),
  id: v.string(),
  installUrl: v.optional(v.nullable(v.string())),
  name: v.string(),
  pluginDisplayNames: v.optional(v.array(v.string())),
  toolSummaries: v.optional(v.nullable(v.array(v.lazy(() => AppToolSummarySchema)))),
});

/** Validates {@link T.ConsumeAccountRateLimitResetCreditOutcome}. */
export const ConsumeAccountRateLimitResetCreditOutcomeSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditOutcome
> = v.picklist(["reset", "nothingToReset", "noCredit", "alreadyRedeemed"]);

/** Validates {@link T.ConsumeAccountRateLimitResetCreditParams}. */
export const ConsumeAccountRateLimitResetCreditParamsSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditParams
> = v.looseObject({
  creditId: v.optional(v.nullable(v.string())),
  idempotencyKey: v.string(),
});

/** Validates {@link T.ConsumeAccountRateLimitResetCreditResponse}. */
export const ConsumeAccountRateLimitResetCreditResponseSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditResponse
> = v.looseObject({
  outcome: v.lazy(() => ConsumeAccountRateLimitResetCreditOutcomeSchema),
});

/** Validates {@link T.ContentItem}. */
export const ContentItemSchema: v.GenericSchema<T.ContentItem> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["input_text"]),
    text: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["input_image"]),
    detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
    image_url: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["input_image"]),
    detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
    file_id: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["input_audio"]),
    audio_url: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["input_audio"]),
    file_id: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["output_text"]),
    annotations: v.optional(v.nullable(v.array(v.unknown()))),
    logprobs: v.optional(v.nullable(v.array(v.unknown()))),
    text: v.string(),
  }),
]);

/** Validates {@link T.ContextCompactedNotification}. */
export const ContextCompactedNotificationSchema: v.GenericSchema<T.ContextCompactedNotification> = v
  .looseObject({
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.ConversationTextRole}. */
export const ConversationTextRoleSchema: v.GenericSchema<T.ConversationTextRole> = v.picklist([
  "user",
  "developer",
  "assistant",
]);

/** Validates {@link T.CreditsSnapshot}. */
export const CreditsSnapshotSchema: v.GenericSchema<T.CreditsSnapshot> = v.looseObject({
  balance: v.optional(v.nullable(v.string())),
  hasCredits: v.boolean(),
  unlimited: v.boolean(),
});

/** Validates {@link T.CyberAccessProgram}. */
export const CyberAccessProgramSchema: v.GenericSchema<T.CyberAccessProgram> = v.picklist([
  "standard",
  "daybreakBlue",
  "daybreakRed",
]);

/** Validates {@link T.DeprecationNoticeNotification}. */
export const DeprecationNoticeNotificationSchema: v.GenericSchema<T.DeprecationNoticeNotification> =
  v.looseObject({
    details: v.optional(v.nullable(v.string())),
    summary: v.string(),
  });

/** Validates {@link T.DesktopOnboardingEntrypoint}. */
export const DesktopOnboardingEntrypointSchema: v.GenericSchema<T.DesktopOnboardingEntrypoint> = v
  .picklist(["life_sciences"]);

/** Validates {@link T.DynamicToolCallOutputContentItem}. */
export const DynamicToolCallOutputContentItemSchema: v.GenericSchema<
  T.DynamicToolCallOutputContentItem
> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["inputText"]),
    text: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["inputImage"]),
    imageUrl: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["inputAudio"]),
    audioUrl: v.string(),
  }),
]);

/** Validates {@link T.DynamicToolCallParams}. */
export const DynamicToolCallParamsSchema: v.GenericSchema<T.DynamicToolCallParams> = v.looseObject({
  arguments: v.unknown(),
  callId: v.string(),
  namespace: v.optional(v.nullable(v.string())),
  threadId: v.string(),
  tool: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.DynamicToolCallResponse}. */
export const DynamicToolCallResponseSchema: v.GenericSchema<T.DynamicToolCallResponse> = v
  .looseObject({
    contentItems: v.array(v.lazy(() => DynamicToolCallOutputContentItemSchema)),
    success: v.boolean(),
  });

/** Validates {@link T.DynamicToolCallStatus}. */
export const DynamicToolCallStatusSchema: v.GenericSchema<T.DynamicToolCallStatus> = v.picklist([
  "inProgress",
  "completed",
  "failed",
]);

/** Validates {@link T.DynamicToolNamespaceTool}. */
export const DynamicToolNamespaceToolSchema: v.GenericSchema<T.DynamicToolNamespaceTool> = v
  .looseObject({
    deferLoading: v.optional(v.boolean()),
    description: v.string(),
    inputSchema: v.unknown(),
    name: v.string(),
    type: v.picklist(["function"]),
  });

/** Validates {@link T.DynamicToolSpec}. */
export const DynamicToolSpecSchema: v.GenericSchema<T.DynamicToolSpec> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["function"]),
    deferLoading: v.optional(v.boolean()),
    description: v.string(),
    inputSchema: v.unknown(),
    name: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["namespace"]),
    description: v.string(),
    name: v.string(),
    tools: v.array(v.lazy(() => DynamicToolNamespaceToolSchema)),
  }),
]);

/** Validates {@link T.EnvironmentConnectionNotification}. */
export const EnvironmentConnectionNotificationSchema: v.GenericSchema<
  T.EnvironmentConnectionNotification
> = v.looseObject({
  environmentId: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.EnvironmentSkillsParams}. */
export const EnvironmentSkillsParamsSchema: v.GenericSchema<T.EnvironmentSkillsParams> = v
  .looseObject({
    required: v.optional(v.nullable(v.array(v.string()))),
  });

/** Validates {@link T.ErrorNotification}. */
export const ErrorNotificationSchema: v.GenericSchema<T.ErrorNotification> = v.looseObject({
  error: v.lazy(() => TurnErrorSchema),
  threadId: v.string(),
  turnId: v.string(),
  willRetry: v.boolean(),
});

/** Validates {@link T.ExecCommandApprovalParams}. */
export const ExecCommandApprovalParamsSchema: v.GenericSchema<T.ExecCommandApprovalParams> = v
  .looseObject({
    approvalId: v.optional(v.nullable(v.string())),
    callId: v.string(),
    command: v.array(v.string()),
    conversationId: v.lazy(() => ThreadIdSchema),
    cwd: v.string(),
    parsedCmd: v.array(v.lazy(() => ParsedCommandSchema)),
    reason: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ExecCommandApprovalResponse}. */
export const ExecCommandApprovalResponseSchema: v.GenericSchema<T.ExecCommandApprovalResponse> = v
  .looseObject({
    decision: v.lazy(() => ReviewDecisionSchema),
  });

/** Validates {@link T.ExperimentalFeature}. */
export const ExperimentalFeatureSchema: v.GenericSchema<T.ExperimentalFeature> = v.looseObject({
  announcement: v.optional(v.nullable(v.string())),
  defaultEnabled: v.boolean(),
  description: v.optional(v.nullable(v.string())),
  displayName: v.optional(v.nullable(v.string())),
  enabled: v.boolean(),
  name: v.string(),
  stage: v.lazy(() => ExperimentalFeatureStageSchema),
});

/** Validates {@link T.ExperimentalFeatureEnablementSetParams}. */
export const ExperimentalFeatureEnablementSetParamsSchema: v.GenericSchema<
  T.ExperimentalFeatureEnablementSetParams
> = v.looseObject({
  enablement: v.record(v.string(), v.boolean()),
});

/** Validates {@link T.ExperimentalFeatureEnablementSetResponse}. */
export const ExperimentalFeatureEnablementSetResponseSchema: v.GenericSchema<
  T.ExperimentalFeatureEnablementSetResponse
> = v.looseObject({
  enablement: v.record(v.string(), v.boolean()),
});

/** Validates {@link T.ExperimentalFeatureListParams}. */
export const ExperimentalFeatureListParamsSchema: v.GenericSchema<T.ExperimentalFeatureListParams> =
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ExperimentalFeatureListResponse}. */
export const ExperimentalFeatureListResponseSchema: v.GenericSchema<
  T.ExperimentalFeatureListResponse
> = v.looseObject({
  data: v.array(v.lazy(() => ExperimentalFeatureSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExperimentalFeatureStage}. */
export const ExperimentalFeatureStageSchema: v.GenericSchema<T.ExperimentalFeatureStage> = v
  .picklist(["beta", "underDevelopment", "stable", "deprecated", "removed"]);

/** Validates {@link T.ExternalAgentConfigDetectParams}. */
export const ExternalAgentConfigDetectParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigDetectParams
> = v.looseObject({
  cwds: v.optional(v.nullable(v.array(v.string()))),
  includeHome: v.optional(v.boolean()),
  maxSessionAgeDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  maxSessions: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  migrationSource: v.optional(v.nullable(v.string())),
  source: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExternalAgentConfigDetectResponse}. */
export const ExternalAgentConfigDetectResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigDetectResponse
> = v.looseObject({
  connectors: v.optional(v.array(v.lazy(() => ExternalAgentDetectedConnectorCandidateSchema))),
  items: v.array(v.lazy(() => ExternalAgentConfigMigrationItemSchema)),
});

/** Validates {@link T.ExternalAgentConfigImportCompletedNotification}. */
export const ExternalAgentConfigImportCompletedNotificationSchema: v.GenericSchema<
  T.ExternalAgentConfigImportCompletedNotification
> = v.looseObject({
  importId: v.string(),
  itemTypeResults: v.array(v.lazy(() => ExternalAgentConfigImportTypeResultSchema)),
});

/** Validates {@link T.ExternalAgentConfigImportHistoriesReadResponse}. */
export const ExternalAgentConfigImportHistoriesReadResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoriesReadResponse
> = v.looseObject({
  connectors: v.array(v.lazy(() => ExternalAgentImportedConnectorCandidateSchema)),
  data: v.array(v.lazy(() => ExternalAgentConfigImportHistorySchema)),
});

/** Validates {@link T.ExternalAgentConfigImportHistory}. */
export const ExternalAgentConfigImportHistorySchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistory
> = v.looseObject({
  completedAtMs: v.pipe(v.number(), v.integer()),
  failures: v.array(v.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
  importId: v.string(),
  providerId: v.optional(v.nullable(v.string())),
  successes: v.array(v.lazy(() => ExternalAgentConfigImportItemTypeSuccessSchema)),
});

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordParams}. */
export const ExternalAgentConfigImportHistoryRecordParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordParams
> = v.looseObject({
  itemTypeResults: v.array(
    v.lazy(() => ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema),
  ),
  providerId: v.string(),
});

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordResponse}. */
export const ExternalAgentConfigImportHistoryRecordResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordResponse
> = v.looseObject({
  importId: v.string(),
});

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordSuccessParams}. */
export const ExternalAgentConfigImportHistoryRecordSuccessParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordSuccessParams
> = v.looseObject({
  cwd: v.optional(v.nullable(v.string())),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  source: v.optional(v.nullable(v.string())),
  target: v.optional(v.nullable(v.string())),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordTypeResultParams}. */
export const ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordTypeResultParams
> = v.looseObject({
  failures: v.array(v.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  successes: v.array(v.lazy(() => ExternalAgentConfigImportHistoryRecordSuccessParamsSchema)),
});

/** Validates {@link T.ExternalAgentConfigImportItemTypeFailure}. */
export const ExternalAgentConfigImportItemTypeFailureSchema: v.GenericSchema<
  T.ExternalAgentConfigImportItemTypeFailure
> = v.looseObject({
  cwd: v.optional(v.nullable(v.string())),
  errorType: v.optional(v.nullable(v.string())),
  failureStage: v.string(),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  message: v.string(),
  source: v.optional(v.nullable(v.string())),
  subErrorType: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExternalAgentConfigImportItemTypeSuccess}. */
export const ExternalAgentConfigImportItemTypeSuccessSchema: v.GenericSchema<
  T.ExternalAgentConfigImportItemTypeSuccess
> = v.looseObject({
  cwd: v.optional(v.nullable(v.string())),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  source: v.optional(v.nullable(v.string())),
  target: v.optional(v.nullable(v.string())),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExternalAgentConfigImportParams}. */
export const ExternalAgentConfigImportParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportParams
> = v.looseObject({
  migrationItems: v.array(v.lazy(() => ExternalAgentConfigMigrationItemSchema)),
  migrationSource: v.optional(v.nullable(v.string())),
  providerId: v.optional(v.nullable(v.string())),
  source: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ExternalAgentConfigImportProgressNotification}. */
export const ExternalAgentConfigImportProgressNotificationSchema: v.GenericSchema<
  T.ExternalAgentConfigImportProgressNotification
> = v.looseObject({
  importId: v.string(),
  itemTypeResults: v.array(v.lazy(() => ExternalAgentConfigImportTypeResultSchema)),
});

/** Validates {@link T.ExternalAgentConfigImportResponse}. */
export const ExternalAgentConfigImportResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportResponse
> = v.looseObject({
  importId: v.string(),
});

/** Validates {@link T.ExternalAgentConfigImportTypeResult}. */
export const ExternalAgentConfigImportTypeResultSchema: v.GenericSchema<
  T.ExternalAgentConfigImportTypeResult
> = v.looseObject({
  failures: v.array(v.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  successes: v.array(v.lazy(() => ExternalAgentConfigImportItemTypeSuccessSchema)),
});

/** Validates {@link T.ExternalAgentConfigMigrationItem}. */
export const ExternalAgentConfigMigrationItemSchema: v.GenericSchema<
  T.ExternalAgentConfigMigrationItem
> = v.looseObject({
  cwd: v.optional(v.nullable(v.string())),
  description: v.string(),
  details: v.optional(v.nullable(v.lazy(() => MigrationDetailsSchema))),
  itemType: v.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
});

/** Validates {@link T.ExternalAgentConfigMigrationItemType}. */
export const ExternalAgentConfigMigrationItemTypeSchema: v.GenericSchema<
  T.ExternalAgentConfigMigrationItemType
> = v.picklist([
  "AGENTS_MD",
  "CONFIG",
  "SKILLS",
  "PLUGINS",
  "MCP_SERVER_CONFIG",
  "SUBAGENTS",
  "HOOKS",
  "COMMANDS",
  "MEMORY",
  "SESSIONS",
]);

/** Validates {@link T.ExternalAgentDetectedConnectorCandidate}. */
export const ExternalAgentDetectedConnectorCandidateSchema: v.GenericSchema<
  T.ExternalAgentDetectedConnectorCandidate
> = v.looseObject({
  name: v.string(),
  sessionCount: v.pipe(v.number(), v.integer()),
  source: v.lazy(() => ExternalAgentDetectedConnectorSourceSchema),
});

/** Validates {@link T.ExternalAgentDetectedConnectorSource}. */
export const ExternalAgentDetectedConnectorSourceSchema: v.GenericSchema<
  T.ExternalAgentDetectedConnectorSource
> = v.picklist(["remoteMcpServersConfig", "sessionToolUse"]);

/** Validates {@link T.ExternalAgentImportedConnectorCandidate}. */
export const ExternalAgentImportedConnectorCandidateSchema: v.GenericSchema<
  T.ExternalAgentImportedConnectorCandidate
> = v.looseObject({
  name: v.string(),
  sessionCount: v.pipe(v.number(), v.integer()),
  source: v.lazy(() => ExternalAgentImportedConnectorSourceSchema),
});

/** Validates {@link T.ExternalAgentImportedConnectorSource}. */
export const ExternalAgentImportedConnectorSourceSchema: v.GenericSchema<
  T.ExternalAgentImportedConnectorSource
> = v.picklist(["remoteMcpServersConfig"]);

/** Validates {@link T.FeedbackRequirements}. */
export const FeedbackRequirementsSchema: v.GenericSchema<T.FeedbackRequirements> = v.looseObject({
  enabled: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.FeedbackSaveParams}. */
export const FeedbackSaveParamsSchema: v.GenericSchema<T.FeedbackSaveParams> = v.looseObject({
  classification: v.string(),
  extraLogFiles: v.optional(v.nullable(v.array(v.string()))),
  includeLogs: v.optional(v.boolean()),
  reason: v.optional(v.nullable(v.string())),
  savePath: v.lazy(() => LegacyAppPathStringSchema),
  tags: v.optional(v.nullable(v.record(v.string(), v.string()))),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.FeedbackSaveResponse}. */
export const FeedbackSaveResponseSchema: v.GenericSchema<T.FeedbackSaveResponse> = v.looseObject({
  promptHash: v.optional(v.nullable(v.string())),
  savedPath: v.lazy(() => LegacyAppPathStringSchema),
  threadId: v.string(),
});

/** Validates {@link T.FeedbackUploadParams}. */
export const FeedbackUploadParamsSchema: v.GenericSchema<T.FeedbackUploadParams> = v.looseObject({
  classification: v.string(),
  extraLogFiles: v.optional(v.nullable(v.array(v.string()))),
  includeLogs: v.optional(v.boolean()),
  reason: v.optional(v.nullable(v.string())),
  tags: v.optional(v.nullable(v.record(v.string(), v.string()))),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.FeedbackUploadResponse}. */
export const FeedbackUploadResponseSchema: v.GenericSchema<T.FeedbackUploadResponse> = v
  .looseObject({
    promptHash: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  });

/** Validates {@link T.FileChange}. */
export const FileChangeSchema: v.GenericSchema<T.FileChange> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["add"]),
    content: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["delete"]),
    content: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["update"]),
    move_path: v.optional(v.nullable(v.string())),
    unified_diff: v.string(),
  }),
]);

/** Validates {@link T.FileChangeApprovalDecision}. */
export const FileChangeApprovalDecisionSchema: v.GenericSchema<T.FileChangeApprovalDecision> = v
  .picklist(["accept", "acceptForSession", "decline", "cancel"]);

/** Validates {@link T.FileChangeOutputDeltaNotification}. */
export const FileChangeOutputDeltaNotificationSchema: v.GenericSchema<
  T.FileChangeOutputDeltaNotification
> = v.looseObject({
  delta: v.string(),
  itemId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.FileChangePatchUpdatedNotification}. */
export const FileChangePatchUpdatedNotificationSchema: v.GenericSchema<
  T.FileChangePatchUpdatedNotification
> = v.looseObject({
  changes: v.array(v.lazy(() => FileUpdateChangeSchema)),
  itemId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.FileChangeRequestApprovalParams}. */
export const FileChangeRequestApprovalParamsSchema: v.GenericSchema<
  T.FileChangeRequestApprovalParams
> = v.looseObject({
  grantRoot: v.optional(v.nullable(v.string())),
  itemId: v.string(),
  reason: v.optional(v.nullable(v.string())),
  startedAtMs: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.FileChangeRequestApprovalResponse}. */
export const FileChangeRequestApprovalResponseSchema: v.GenericSchema<
  T.FileChangeRequestApprovalResponse
> = v.looseObject({
  decision: v.lazy(() => FileChangeApprovalDecisionSchema),
});

/** Validates {@link T.FileSystemAccessMode}. */
export const FileSystemAccessModeSchema: v.GenericSchema<T.FileSystemAccessMode> = v.picklist([
  "read",
  "write",
  "deny",
]);

/** Validates {@link T.FileSystemPath}. */
export const FileSystemPathSchema: v.GenericSchema<T.FileSystemPath> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["path"]),
    path: v.lazy(() => LegacyAppPathStringSchema),
  }),
  v.looseObject({
    type: v.picklist(["glob_pattern"]),
    pattern: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["special"]),
    value: v.lazy(() => FileSystemSpecialPathSchema),
  }),
]);

/** Validates {@link T.FileSystemSandboxEntry}. */
export const FileSystemSandboxEntrySchema: v.GenericSchema<T.FileSystemSandboxEntry> = v
  .looseObject({
    access: v.lazy(() => FileSystemAccessModeSchema),
    path: v.lazy(() => FileSystemPathSchema),
  });

/** Validates {@link T.FileSystemSpecialPath}. */
export const FileSystemSpecialPathSchema: v.GenericSchema<T.FileSystemSpecialPath> = v.variant(
  "kind",
  [
    v.looseObject({
      kind: v.picklist(["root"]),
    }),
    v.looseObject({
      kind: v.picklist(["minimal"]),
    }),
    v.looseObject({
      kind: v.picklist(["project_roots"]),
      subpath: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
    }),
    v.looseObject({
      kind: v.picklist(["tmpdir"]),
    }),
    v.looseObject({
      kind: v.picklist(["slash_tmp"]),
    }),
    v.looseObject({
      kind: v.picklist(["unknown"]),
      path: v.string(),
      subpath: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
    }),
  ],
);

/** Validates {@link T.FileUpdateChange}. */
export const FileUpdateChangeSchema: v.GenericSchema<T.FileUpdateChange> = v.looseObject({
  diff: v.string(),
  kind: v.lazy(() => PatchChangeKindSchema),
  path: v.string(),
});

/** Validates {@link T.ForcedChatgptWorkspaceIds}. */
export const ForcedChatgptWorkspaceIdsSchema: v.GenericSchema<T.ForcedChatgptWorkspaceIds> = v
  .union([
    v.string(),
    v.array(v.string()),
  ]);

/** Validates {@link T.ForcedLoginMethod}. */
export const ForcedLoginMethodSchema: v.GenericSchema<T.ForcedLoginMethod> = v.picklist([
  "chatgpt",
  "api",
]);

/** Validates {@link T.FsChangedNotification}. */
export const FsChangedNotificationSchema: v.GenericSchema<T.FsChangedNotification> = v.looseObject({
  changedPaths: v.array(v.lazy(() => AbsolutePathBufSchema)),
  watchId: v.string(),
});

/** Validates {@link T.FsCopyParams}. */
export const FsCopyParamsSchema: v.GenericSchema<T.FsCopyParams> = v.looseObject({
  destinationPath: v.lazy(() => AbsolutePathBufSchema),
  recursive: v.optional(v.boolean()),
  sourcePath: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsCopyResponse}. */
export const FsCopyResponseSchema: v.GenericSchema<T.FsCopyResponse> = v.looseObject({});

/** Validates {@link T.FsCreateDirectoryParams}. */
export const FsCreateDirectoryParamsSchema: v.GenericSchema<T.FsCreateDirectoryParams> = v
  .looseObject({
    path: v.lazy(() => AbsolutePathBufSchema),
    recursive: v.optional(v.nullable(v.boolean())),
  });

/** Validates {@link T.FsCreateDirectoryResponse}. */
export const FsCreateDirectoryResponseSchema: v.GenericSchema<T.FsCreateDirectoryResponse> = v
  .looseObject({});

/** Validates {@link T.FsGetMetadataParams}. */
export const FsGetMetadataParamsSchema: v.GenericSchema<T.FsGetMetadataParams> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsGetMetadataResponse}. */
export const FsGetMetadataResponseSchema: v.GenericSchema<T.FsGetMetadataResponse> = v.looseObject({
  createdAtMs: v.pipe(v.number(), v.integer()),
  isDirectory: v.boolean(),
  isFile: v.boolean(),
  isSymlink: v.boolean(),
  modifiedAtMs: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.FsReadDirectoryEntry}. */
export const FsReadDirectoryEntrySchema: v.GenericSchema<T.FsReadDirectoryEntry> = v.looseObject({
  fileName: v.string(),
  isDirectory: v.boolean(),
  isFile: v.boolean(),
});

/** Validates {@link T.FsReadDirectoryParams}. */
export const FsReadDirectoryParamsSchema: v.GenericSchema<T.FsReadDirectoryParams> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsReadDirectoryResponse}. */
export const FsReadDirectoryResponseSchema: v.GenericSchema<T.FsReadDirectoryResponse> = v
  .looseObject({
    entries: v.array(v.lazy(() => FsReadDirectoryEntrySchema)),
  });

/** Validates {@link T.FsReadFileParams}. */
export const FsReadFileParamsSchema: v.GenericSchema<T.FsReadFileParams> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsReadFileResponse}. */
export const FsReadFileResponseSchema: v.GenericSchema<T.FsReadFileResponse> = v.looseObject({
  dataBase64: v.string(),
});

/** Validates {@link T.FsRemoveParams}. */
export const FsRemoveParamsSchema: v.GenericSchema<T.FsRemoveParams> = v.looseObject({
  force: v.optional(v.nullable(v.boolean())),
  path: v.lazy(() => AbsolutePathBufSchema),
  recursive: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.FsRemoveResponse}. */
export const FsRemoveResponseSchema: v.GenericSchema<T.FsRemoveResponse> = v.looseObject({});

/** Validates {@link T.FsUnwatchParams}. */
export const FsUnwatchParamsSchema: v.GenericSchema<T.FsUnwatchParams> = v.looseObject({
  watchId: v.string(),
});

/** Validates {@link T.FsUnwatchResponse}. */
export const FsUnwatchResponseSchema: v.GenericSchema<T.FsUnwatchResponse> = v.looseObject({});

/** Validates {@link T.FsWatchParams}. */
export const FsWatchParamsSchema: v.GenericSchema<T.FsWatchParams> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
  watchId: v.string(),
});

/** Validates {@link T.FsWatchResponse}. */
export const FsWatchResponseSchema: v.GenericSchema<T.FsWatchResponse> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsWriteFileParams}. */
export const FsWriteFileParamsSchema: v.GenericSchema<T.FsWriteFileParams> = v.looseObject({
  dataBase64: v.string(),
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.FsWriteFileResponse}. */
export const FsWriteFileResponseSchema: v.GenericSchema<T.FsWriteFileResponse> = v.looseObject({});

/** Validates {@link T.FunctionCallOutputBody}. */
export const FunctionCallOutputBodySchema: v.GenericSchema<T.FunctionCallOutputBody> = v.union([
  v.string(),
  v.array(v.lazy(() => FunctionCallOutputContentItemSchema)),
]);

/** Validates {@link T.FunctionCallOutputContentItem}. */
export const FunctionCallOutputContentItemSchema: v.GenericSchema<T.FunctionCallOutputContentItem> =
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["input_text"]),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_image"]),
      detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
      image_url: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_image"]),
      detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
      file_id: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_audio"]),
      audio_url: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_audio"]),
      file_id: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["encrypted_content"]),
      encrypted_content: v.string(),
    }),
  ]);

/** Validates {@link T.FuzzyFileSearchMatchType}. */
export const FuzzyFileSearchMatchTypeSchema: v.GenericSchema<T.FuzzyFileSearchMatchType> = v
  .picklist(["file", "directory"]);

/** Validates {@link T.FuzzyFileSearchParams}. */
export const FuzzyFileSearchParamsSchema: v.GenericSchema<T.FuzzyFileSearchParams> = v.looseObject({
  cancellationToken: v.optional(v.nullable(v.string())),
  query: v.string(),
  roots: v.array(v.string()),
});

/** Validates {@link T.FuzzyFileSearchResponse}. */
export const FuzzyFileSearchResponseSchema: v.GenericSchema<T.FuzzyFileSearchResponse> = v
  .looseObject({
    files: v.array(v.lazy(() => FuzzyFileSearchResultSchema)),
  });

/** Validates {@link T.FuzzyFileSearchResult}. */
export const FuzzyFileSearchResultSchema: v.GenericSchema<T.FuzzyFileSearchResult> = v.looseObject({
  file_name: v.string(),
  indices: v.optional(v.nullable(v.array(v.pipe(v.number(), v.integer())))),
  match_type: v.lazy(() => FuzzyFileSearchMatchTypeSchema),
  path: v.string(),
  root: v.string(),
  score: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.FuzzyFileSearchSessionCompletedNotification}. */
export const FuzzyFileSearchSessionCompletedNotificationSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionCompletedNotification
> = v.looseObject({
  sessionId: v.string(),
});

/** Validates {@link T.FuzzyFileSearchSessionUpdatedNotification}. */
export const FuzzyFileSearchSessionUpdatedNotificationSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionUpdatedNotification
> = v.looseObject({
  files: v.array(v.lazy(() => FuzzyFileSearchResultSchema)),
  query: v.string(),
  sessionId: v.string(),
});

/** Validates {@link T.GatewayAuth}. */
export const GatewayAuthSchema: v.GenericSchema<T.GatewayAuth> = v.variant("mode", [
  v.looseObject({
    mode: v.picklist(["none"]),
  }),
  v.looseObject({
    mode: v.picklist(["environmentVariable"]),
    envKey: v.string(),
  }),
  v.looseObject({
    mode: v.picklist(["externallyConfigured"]),
    envKey: v.optional(v.nullable(v.string())),
  }),
]);

/** Validates {@link T.GatewayOAuthCancelResponse}. */
export const GatewayOAuthCancelResponseSchema: v.GenericSchema<T.GatewayOAuthCancelResponse> = v
  .looseObject({});

/** Validates {@link T.GatewayOAuthChangedNotification}. */
export const GatewayOAuthChangedNotificationSchema: v.GenericSchema<
  T.GatewayOAuthChangedNotification
> = v.looseObject({
  authUrl: v.optional(v.nullable(v.string())),
  error: v.optional(v.nullable(v.string())),
  loginId: v.optional(v.nullable(v.string())),
  providerId: v.string(),
  status: v.lazy(() => GatewayOAuthStatusSchema),
});

/** Validates {@link T.GatewayOAuthLoginParams}. */
export const GatewayOAuthLoginParamsSchema: v.GenericSchema<T.GatewayOAuthLoginParams> = v
  .looseObject({
    deviceAuth: v.optional(v.boolean()),
    modelProvider: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.GatewayOAuthLoginResponse}. */
export const GatewayOAuthLoginResponseSchema: v.GenericSchema<T.GatewayOAuthLoginResponse> = v
  .looseObject({
    prompt: v.optional(v.nullable(v.lazy(() => GatewayOAuthPromptSchema))),
  });

/** Validates {@link T.GatewayOAuthPrompt}. */
export const GatewayOAuthPromptSchema: v.GenericSchema<T.GatewayOAuthPrompt> = v.looseObject({
  loginId: v.string(),
  userCode: v.string(),
  verificationUrl: v.string(),
});

/** Validates {@link T.GatewayOAuthReadParams}. */
export const GatewayOAuthReadParamsSchema: v.GenericSchema<T.GatewayOAuthReadParams> = v
  .looseObject({
    modelProvider: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.GatewayOAuthReadResponse}. */
export const GatewayOAuthReadResponseSchema: v.GenericSchema<T.GatewayOAuthReadResponse> = v
  .looseObject({
    error: v.optional(v.nullable(v.string())),
    providerId: v.string(),
    providerName: v.string(),
    required: v.boolean(),
    status: v.optional(v.nullable(v.lazy(() => GatewayOAuthStatusSchema))),
    supportsDeviceAuth: v.optional(v.boolean()),
  });

/** Validates {@link T.GatewayOAuthStatus}. */
export const GatewayOAuthStatusSchema: v.GenericSchema<T.GatewayOAuthStatus> = v.picklist([
  "notReady",
  "started",
  "succeeded",
  "failed",
]);

/** Validates {@link T.GcpProviderId}. */
export const GcpProviderIdSchema: v.GenericSchema<T.GcpProviderId> = v.picklist(["gcp"]);

/** Validates {@link T.GetAccountParams}. */
export const GetAccountParamsSchema: v.GenericSchema<T.GetAccountParams> = v.looseObject({
  refreshToken: v.optional(v.boolean()),
});

/** Validates {@link T.GetAccountRateLimitsParams}. */
export const GetAccountRateLimitsParamsSchema: v.GenericSchema<T.GetAccountRateLimitsParams> = v
  .looseObject({
    excludeResetCreditDetails: v.optional(v.boolean()),
    supportsLunaReserve: v.optional(v.boolean()),
  });

/** Validates {@link T.GetAccountRateLimitsResponse}. */
export const GetAccountRateLimitsResponseSchema: v.GenericSchema<T.GetAccountRateLimitsResponse> = v
  .looseObject({
    accountId: v.optional(v.nullable(v.string())),
    ordinaryUsageAllowed: v.optional(v.nullable(v.boolean())),
    rateLimitResetCredits: v.optional(v.nullable(v.lazy(() => RateLimitResetCreditsSummarySchema))),
    rateLimitUpsell: v.optional(v.unknown()),
    rateLimits: v.lazy(() => RateLimitSnapshotSchema),
    rateLimitsByLimitId: v.optional(
      v.nullable(v.record(v.string(), v.lazy(() => RateLimitSnapshotSchema))),
    ),
  });

/** Validates {@link T.GetAccountResponse}. */
export const GetAccountResponseSchema: v.GenericSchema<T.GetAccountResponse> = v.looseObject({
  account: v.optional(v.nullable(v.lazy(() => AccountSchema))),
  requiresOpenaiAuth: v.boolean(),
  userId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.GetAccountSecuritySetupResponse}. */
export const GetAccountSecuritySetupResponseSchema: v.GenericSchema<
  T.GetAccountSecuritySetupResponse
> = v.looseObject({
  notice: v.optional(v.nullable(v.lazy(() => AccountSecuritySetupNoticeSchema))),
});

/** Validates {@link T.GetAccountTokenUsageParams}. */
export const GetAccountTokenUsageParamsSchema: v.GenericSchema<T.GetAccountTokenUsageParams> = v
  .looseObject({
    threadId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.GetAccountTokenUsageResponse}. */
export const GetAccountTokenUsageResponseSchema: v.GenericSchema<T.GetAccountTokenUsageResponse> = v
  .looseObject({
    dailyUsageBuckets: v.optional(
      v.nullable(v.array(v.lazy(() => AccountTokenUsageDailyBucketSchema))),
    ),
    summary: v.lazy(() => AccountTokenUsageSummarySchema),
    threadUsage: v.optional(v.nullable(v.lazy(() => ThreadUsageSchema))),
  });

/** Validates {@link T.GetWorkspaceMessagesResponse}. */
export const GetWorkspaceMessagesResponseSchema: v.GenericSchema<T.GetWorkspaceMessagesResponse> = v
  .looseObject({
    featureEnabled: v.boolean(),
    messages: v.array(v.lazy(() => WorkspaceMessageSchema)),
  });

/** Validates {@link T.GitInfo}. */
export const GitInfoSchema: v.GenericSchema<T.GitInfo> = v.looseObject({
  branch: v.optional(v.nullable(v.string())),
  originUrl: v.optional(v.nullable(v.string())),
  sha: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.GrantedPermissionProfile}. */
export const GrantedPermissionProfileSchema: v.GenericSchema<T.GrantedPermissionProfile> = v
  .looseObject({
    fileSystem: v.optional(v.nullable(v.lazy(() => AdditionalFileSystemPermissionsSchema))),
    network: v.optional(v.nullable(v.lazy(() => AdditionalNetworkPermissionsSchema))),
  });

/** Validates {@link T.GuardianApprovalReview}. */
export const GuardianApprovalReviewSchema: v.GenericSchema<T.GuardianApprovalReview> = v
  .looseObject({
    rationale: v.optional(v.nullable(v.string())),
    riskLevel: v.optional(v.nullable(v.lazy(() => GuardianRiskLevelSchema))),
    status: v.lazy(() => GuardianApprovalReviewStatusSchema),
    userAuthorization: v.optional(v.nullable(v.lazy(() => GuardianUserAuthorizationSchema))),
  });

/** Validates {@link T.GuardianApprovalReviewAction}. */
export const GuardianApprovalReviewActionSchema: v.GenericSchema<T.GuardianApprovalReviewAction> = v
  .variant("type", [
    v.looseObject({
      type: v.picklist(["command"]),
      command: v.string(),
      cwd: v.lazy(() => LegacyAppPathStringSchema),
      source: v.lazy(() => GuardianCommandSourceSchema),
    }),
    v.looseObject({
      type: v.picklist(["execve"]),
      argv: v.array(v.string()),
      cwd: v.lazy(() => AbsolutePathBufSchema),
      program: v.string(),
      source: v.lazy(() => GuardianCommandSourceSchema),
    }),
    v.looseObject({
      type: v.picklist(["writeStdin"]),
      approvalId: v.string(),
      cwd: v.lazy(() => LegacyAppPathStringSchema),
      processId: v.string(),
      stdin: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["applyPatch"]),
      cwd: v.lazy(() => LegacyAppPathStringSchema),
      files: v.array(v.lazy(() => LegacyAppPathStringSchema)),
    }),
    v.looseObject({
      type: v.picklist(["networkAccess"]),
      host: v.string(),
      port: v.pipe(v.number(), v.integer()),
      protocol: v.lazy(() => NetworkApprovalProtocolSchema),
      target: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["mcpToolCall"]),
      connectorId: v.optional(v.nullable(v.string())),
      connectorName: v.optional(v.nullable(v.string())),
      server: v.string(),
      toolName: v.string(),
      toolTitle: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["requestPermissions"]),
      permissions: v.lazy(() => RequestPermissionProfileSchema),
      reason: v.optional(v.nullable(v.string())),
    }),
  ]);

/** Validates {@link T.GuardianApprovalReviewStatus}. */
export const GuardianApprovalReviewStatusSchema: v.GenericSchema<T.GuardianApprovalReviewStatus> = v
  .picklist(["inProgress", "approved", "denied", "timedOut", "aborted"]);

/** Validates {@link T.GuardianCommandSource}. */
export const GuardianCommandSourceSchema: v.GenericSchema<T.GuardianCommandSource> = v.picklist([
  "shell",
  "unifiedExec",
]);

/** Validates {@link T.GuardianRiskLevel}. */
export const GuardianRiskLevelSchema: v.GenericSchema<T.GuardianRiskLevel> = v.picklist([
  "low",
  "medium",
  "high",
  "critical",
]);

/** Validates {@link T.GuardianUserAuthorization}. */
export const GuardianUserAuthorizationSchema: v.GenericSchema<T.GuardianUserAuthorization> = v
  .picklist(["unknown", "low", "medium", "high"]);

/** Validates {@link T.GuardianWarningNotification}. */
export const GuardianWarningNotificationSchema: v.GenericSchema<T.GuardianWarningNotification> = v
  .looseObject({
    message: v.string(),
    threadId: v.string(),
  });

/** Validates {@link T.HookCompletedNotification}. */
export const HookCompletedNotificationSchema: v.GenericSchema<T.HookCompletedNotification> = v
  .looseObject({
    run: v.lazy(() => HookRunSummarySchema),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.HookErrorInfo}. */
export const HookErrorInfoSchema: v.GenericSchema<T.HookErrorInfo> = v.looseObject({
  message: v.string(),
  path: v.string(),
});

/** Validates {@link T.HookEventName}. */
export const HookEventNameSchema: v.GenericSchema<T.HookEventName> = v.picklist([
  "preModelRequest",
  "postModelRequest",
  "preToolUse",
  "permissionRequest",
  "postToolUse",
  "preCompact",
  "postCompact",
  "sessionStart",
  "sessionEnd",
  "userPromptSubmit",
  "subagentStart",
  "subagentStop",
  "stop",
  "interrupt",
]);

/** Validates {@link T.HookExecutionMode}. */
export const HookExecutionModeSchema: v.GenericSchema<T.HookExecutionMode> = v.picklist([
  "sync",
  "async",
]);

/** Validates {@link T.HookHandlerType}. */
export const HookHandlerTypeSchema: v.GenericSchema<T.HookHandlerType> = v.picklist([
  "command",
  "mcpTool",
  "prompt",
  "agent",
]);

/** Validates {@link T.HookMetadata}. */
export const HookMetadataSchema: v.GenericSchema<T.HookMetadata> = v.variant("handlerType", [
  v.looseObject({
    handlerType: v.picklist(["command"]),
    additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    async: v.optional(v.boolean()),
    command: v.string(),
    currentHash: v.string(),
    displayOrder: v.pipe(v.number(), v.integer()),
    enabled: v.boolean(),
    environmentId: v.optional(v.nullable(v.string())),
    eventName: v.lazy(() => HookEventNameSchema),
    isManaged: v.boolean(),
    key: v.string(),
    matcher: v.optional(v.nullable(v.string())),
    pluginId: v.optional(v.nullable(v.string())),
    source: v.lazy(() => HookSourceSchema),
    sourcePath: v.lazy(() => AbsolutePathBufSchema),
    statusMessage: v.optional(v.nullable(v.string())),
    timeoutSec: v.pipe(v.number(), v.integer()),
    trustStatus: v.lazy(() => HookTrustStatusSchema),
  }),
  v.looseObject({
    handlerType: v.picklist(["mcpTool"]),
    additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    currentHash: v.string(),
    displayOrder: v.pipe(v.number(), v.integer()),
    enabled: v.boolean(),
    environmentId: v.optional(v.nullable(v.string())),
    eventName: v.lazy(() => HookEventNameSchema),
    isManaged: v.boolean(),
    key: v.string(),
    matcher: v.optional(v.nullable(v.string())),
    pluginId: v.optional(v.nullable(v.string())),
    server: v.string(),
    source: v.lazy(() => HookSourceSchema),
    sourcePath: v.lazy(() => AbsolutePathBufSchema),
    statusMessage: v.optional(v.nullable(v.string())),
    timeoutSec: v.pipe(v.number(), v.integer()),
    tool: v.string(),
    trustStatus: v.lazy(() => HookTrustStatusSchema),
  }),
  v.looseObject({
    handlerType: v.picklist(["prompt"]),
    additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    currentHash: v.string(),
    displayOrder: v.pipe(v.number(), v.integer()),
    enabled: v.boolean(),
    environmentId: v.optional(v.nullable(v.string())),
    eventName: v.lazy(() => HookEventNameSchema),
    isManaged: v.boolean(),
    key: v.string(),
    matcher: v.optional(v.nullable(v.string())),
    pluginId: v.optional(v.nullable(v.string())),
    source: v.lazy(() => HookSourceSchema),
    sourcePath: v.lazy(() => AbsolutePathBufSchema),
    statusMessage: v.optional(v.nullable(v.string())),
    timeoutSec: v.pipe(v.number(), v.integer()),
    trustStatus: v.lazy(() => HookTrustStatusSchema),
  }),
  v.looseObject({
    handlerType: v.picklist(["agent"]),
    additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    currentHash: v.string(),
    displayOrder: v.pipe(v.number(), v.integer()),
    enabled: v.boolean(),
    environmentId: v.optional(v.nullable(v.string())),
    eventName: v.lazy(() => HookEventNameSchema),
    isManaged: v.boolean(),
    key: v.string(),
    matcher: v.optional(v.nullable(v.string())),
    pluginId: v.optional(v.nullable(v.string())),
    source: v.lazy(() => HookSourceSchema),
    sourcePath: v.lazy(() => AbsolutePathBufSchema),
    statusMessage: v.optional(v.nullable(v.string())),
    timeoutSec: v.pipe(v.number(), v.integer()),
    trustStatus: v.lazy(() => HookTrustStatusSchema),
  }),
]);

/** Validates {@link T.HookMigration}. */
export const HookMigrationSchema: v.GenericSchema<T.HookMigration> = v.looseObject({
  name: v.string(),
});

/** Validates {@link T.HookOutputEntry}. */
export const HookOutputEntrySchema: v.GenericSchema<T.HookOutputEntry> = v.looseObject({
  kind: v.lazy(() => HookOutputEntryKindSchema),
  text: v.string(),
});

/** Validates {@link T.HookOutputEntryKind}. */
export const HookOutputEntryKindSchema: v.GenericSchema<T.HookOutputEntryKind> = v.picklist([
  "warning",
  "stop",
  "feedback",
  "context",
  "error",
]);

/** Validates {@link T.HookPromptFragment}. */
export const HookPromptFragmentSchema: v.GenericSchema<T.HookPromptFragment> = v.looseObject({
  hookRunId: v.string(),
  text: v.string(),
});

/** Validates {@link T.HookRunStatus}. */
export const HookRunStatusSchema: v.GenericSchema<T.HookRunStatus> = v.picklist([
  "running",
  "completed",
  "failed",
  "blocked",
  "stopped",
]);

/** Validates {@link T.HookRunSummary}. */
export const HookRunSummarySchema: v.GenericSchema<T.HookRunSummary> = v.looseObject({
  completedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  displayOrder: v.pipe(v.number(), v.integer()),
  durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  entries: v.array(v.lazy(() => HookOutputEntrySchema)),
  eventName: v.lazy(() => HookEventNameSchema),
  executionMode: v.lazy(() => HookExecutionModeSchema),
  handlerType: v.lazy(() => HookHandlerTypeSchema),
  id: v.string(),
  scope: v.lazy(() => HookScopeSchema),
  source: v.optional(v.lazy(() => HookSourceSchema)),
  sourcePath: v.lazy(() => LegacyAppPathStringSchema),
  startedAt: v.pipe(v.number(), v.integer()),
  status: v.lazy(() => HookRunStatusSchema),
  statusMessage: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.HookScope}. */
export const HookScopeSchema: v.GenericSchema<T.HookScope> = v.picklist(["thread", "turn"]);

/** Validates {@link T.HookSource}. */
export const HookSourceSchema: v.GenericSchema<T.HookSource> = v.picklist([
  "system",
  "user",
  "project",
  "mdm",
  "sessionFlags",
  "plugin",
  "cloudRequirements",
  "cloudManagedConfig",
  "legacyManagedConfigFile",
  "legacyManagedConfigMdm",
  "unknown",
]);

/** Validates {@link T.HookStartedNotification}. */
export const HookStartedNotificationSchema: v.GenericSchema<T.HookStartedNotification> = v
  .looseObject({
    run: v.lazy(() => HookRunSummarySchema),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.HookTrustStatus}. */
export const HookTrustStatusSchema: v.GenericSchema<T.HookTrustStatus> = v.picklist([
  "managed",
  "untrusted",
  "trusted",
  "modified",
]);

/** Validates {@link T.HooksListEntry}. */
export const HooksListEntrySchema: v.GenericSchema<T.HooksListEntry> = v.looseObject({
  cwd: v.string(),
  errors: v.array(v.lazy(() => HookErrorInfoSchema)),
  hooks: v.array(v.lazy(() => HookMetadataSchema)),
  warnings: v.array(v.string()),
});

/** Validates {@link T.HooksListParams}. */
export const HooksListParamsSchema: v.GenericSchema<T.HooksListParams> = v.looseObject({
  cwds: v.optional(v.array(v.string())),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.HooksListResponse}. */
export const HooksListResponseSchema: v.GenericSchema<T.HooksListResponse> = v.looseObject({
  data: v.array(v.lazy(() => HooksListEntrySchema)),
});

/** Validates {@link T.ImageDetail}. */
export const ImageDetailSchema: v.GenericSchema<T.ImageDetail> = v.picklist([
  "auto",
  "low",
  "high",
  "original",
]);

/** Validates {@link T.ImageGenerationFailure}. */
export const ImageGenerationFailureSchema: v.GenericSchema<T.ImageGenerationFailure> = v
  .looseObject({
    limitId: v.string(),
    resetsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    type: v.picklist(["usageLimitExceeded"]),
  });

/** Validates {@link T.ImageGenerationInputImage}. */
export const ImageGenerationInputImageSchema: v.GenericSchema<T.ImageGenerationInputImage> = v
  .looseObject({
    path: v.lazy(() => AbsolutePathBufSchema),
    sha256: v.string(),
  });

/** Validates {@link T.InAppBrowserRequirements}. */
export const InAppBrowserRequirementsSchema: v.GenericSchema<T.InAppBrowserRequirements> = v
  .looseObject({
    allowExternalBrowserSettingsImport: v.optional(v.nullable(v.boolean())),
  });

/** Validates {@link T.InitializeCapabilities}. */
export const InitializeCapabilitiesSchema: v.GenericSchema<T.InitializeCapabilities> = v
  .looseObject({
    experimentalApi: v.optional(v.boolean()),
    explicitGatewayOauth: v.optional(v.boolean()),
    extensions: v.optional(v.nullable(v.looseObject({}))),
    mcpServerOpenaiFormElicitation: v.optional(v.boolean()),
    optOutNotificationMethods: v.optional(v.nullable(v.array(v.string()))),
    requestAttestation: v.optional(v.boolean()),
    requiredHumanApproval: v.optional(v.boolean()),
  });

/** Validates {@link T.InitializeParams}. */
export const InitializeParamsSchema: v.GenericSchema<T.InitializeParams> = v.looseObject({
  capabilities: v.optional(v.nullable(v.lazy(() => InitializeCapabilitiesSchema))),
  clientInfo: v.lazy(() => ClientInfoSchema),
});

/** Validates {@link T.InitializeResponse}. */
export const InitializeResponseSchema: v.GenericSchema<T.InitializeResponse> = v.looseObject({
  codexHome: v.lazy(() => AbsolutePathBufSchema),
  platformFamily: v.string(),
  platformOs: v.string(),
  userAgent: v.string(),
});

/** Validates {@link T.InputModality}. */
export const InputModalitySchema: v.GenericSchema<T.InputModality> = v.picklist([
  "text",
  "image",
  "audio",
]);

/** Validates {@link T.InstalledApp}. */
export const InstalledAppSchema: v.GenericSchema<T.InstalledApp> = v.looseObject({
  callable: v.boolean(),
  enabled: v.boolean(),
  id: v.string(),
  runtimeName: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.InternalChatMessageMetadataPassthrough}. */
export const InternalChatMessageMetadataPassthroughSchema: v.GenericSchema<
  T.InternalChatMessageMetadataPassthrough
> = v.looseObject({
  turn_id: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ItemCompletedNotification}. */
export const ItemCompletedNotificationSchema: v.GenericSchema<T.ItemCompletedNotification> = v
  .looseObject({
    completedAtMs: v.pipe(v.number(), v.integer()),
    contentTokenCount: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    item: v.lazy(() => ThreadItemSchema),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.ItemGuardianApprovalReviewCompletedNotification}. */
export const ItemGuardianApprovalReviewCompletedNotificationSchema: v.GenericSchema<
  T.ItemGuardianApprovalReviewCompletedNotification
> = v.looseObject({
  action: v.lazy(() => GuardianApprovalReviewActionSchema),
  completedAtMs: v.pipe(v.number(), v.integer()),
  decisionSource: v.lazy(() => AutoReviewDecisionSourceSchema),
  review: v.lazy(() => GuardianApprovalReviewSchema),
  reviewId: v.string(),
  startedAtMs: v.pipe(v.number(), v.integer()),
  targetItemId: v.optional(v.nullable(v.string())),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.ItemGuardianApprovalReviewStartedNotification}. */
export const ItemGuardianApprovalReviewStartedNotificationSchema: v.GenericSchema<
  T.ItemGuardianApprovalReviewStartedNotification
> = v.looseObject({
  action: v.lazy(() => GuardianApprovalReviewActionSchema),
  review: v.lazy(() => GuardianApprovalReviewSchema),
  reviewId: v.string(),
  startedAtMs: v.pipe(v.number(), v.integer()),
  targetItemId: v.optional(v.nullable(v.string())),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.ItemStartedNotification}. */
export const ItemStartedNotificationSchema: v.GenericSchema<T.ItemStartedNotification> = v
  .looseObject({
    item: v.lazy(() => ThreadItemSchema),
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.JSONRPCError}. */
export const JSONRPCErrorSchema: v.GenericSchema<T.JSONRPCError> = v.looseObject({
  error: v.lazy(() => JSONRPCErrorErrorSchema),
  id: v.lazy(() => RequestIdSchema),
});

/** Validates {@link T.JSONRPCErrorError}. */
export const JSONRPCErrorErrorSchema: v.GenericSchema<T.JSONRPCErrorError> = v.looseObject({
  code: v.pipe(v.number(), v.integer()),
  data: v.optional(v.unknown()),
  message: v.string(),
});

/** Validates {@link T.JSONRPCMessage}. */
export const JSONRPCMessageSchema: v.GenericSchema<T.JSONRPCMessage> = v.union([
  v.lazy(() => JSONRPCRequestSchema),
  v.lazy(() => JSONRPCNotificationSchema),
  v.lazy(() => JSONRPCResponseSchema),
  v.lazy(() => JSONRPCErrorSchema),
]);

/** Validates {@link T.JSONRPCNotification}. */
export const JSONRPCNotificationSchema: v.GenericSchema<T.JSONRPCNotification> = v.looseObject({
  method: v.string(),
  params: v.optional(v.unknown()),
});

/** Validates {@link T.JSONRPCRequest}. */
export const JSONRPCRequestSchema: v.GenericSchema<T.JSONRPCRequest> = v.looseObject({
  id: v.lazy(() => RequestIdSchema),
  method: v.string(),
  params: v.optional(v.unknown()),
  trace: v.optional(v.nullable(v.lazy(() => W3cTraceContextSchema))),
});

/** Validates {@link T.JSONRPCResponse}. */
export const JSONRPCResponseSchema: v.GenericSchema<T.JSONRPCResponse> = v.looseObject({
  id: v.lazy(() => RequestIdSchema),
  result: v.unknown(),
});

/** Validates {@link T.LegacyAppPathString}. */
export const LegacyAppPathStringSchema: v.GenericSchema<T.LegacyAppPathString> = v.string();

/** Validates {@link T.ListMcpServerStatusParams}. */
export const ListMcpServerStatusParamsSchema: v.GenericSchema<T.ListMcpServerStatusParams> = v
  .looseObject({
    cursor: v.optional(v.nullable(v.string())),
    detail: v.optional(v.nullable(v.lazy(() => McpServerStatusDetailSchema))),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    serverName: v.optional(v.nullable(v.string())),
    threadId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ListMcpServerStatusResponse}. */
export const ListMcpServerStatusResponseSchema: v.GenericSchema<T.ListMcpServerStatusResponse> = v
  .looseObject({
    data: v.array(v.lazy(() => McpServerStatusSchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.LocalShellAction}. */
export const LocalShellActionSchema: v.GenericSchema<T.LocalShellAction> = v.looseObject({
  command: v.array(v.string()),
  env: v.optional(v.nullable(v.record(v.string(), v.string()))),
  timeout_ms: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  type: v.picklist(["exec"]),
  user: v.optional(v.nullable(v.string())),
  working_directory: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.LocalShellStatus}. */
export const LocalShellStatusSchema: v.GenericSchema<T.LocalShellStatus> = v.picklist([
  "completed",
  "in_progress",
  "incomplete",
]);

/** Validates {@link T.LoginAccountParams}. */
export const LoginAccountParamsSchema: v.GenericSchema<T.LoginAccountParams> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["apiKey"]),
    apiKey: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["chatgpt"]),
    appBrand: v.optional(v.nullable(v.lazy(() => LoginAppBrandSchema))),
    codexStreamlinedLogin: v.optional(v.boolean()),
    useHostedLoginSuccessPage: v.optional(v.boolean()),
  }),
  v.looseObject({
    type: v.picklist(["chatgptDeviceCode"]),
  }),
  v.looseObject({
    type: v.picklist(["chatgptAuthTokens"]),
    accessToken: v.string(),
    chatgptAccountId: v.string(),
    chatgptPlanType: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["amazonBedrock"]),
    apiKey: v.string(),
    region: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["amazonBedrockAccessKeys"]),
    accessKeyId: v.string(),
    region: v.string(),
    secretAccessKey: v.string(),
    sessionToken: v.optional(v.nullable(v.string())),
  }),
]);

/** Validates {@link T.LoginAccountResponse}. */
export const LoginAccountResponseSchema: v.GenericSchema<T.LoginAccountResponse> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["apiKey"]),
    }),
    v.looseObject({
      type: v.picklist(["chatgpt"]),
      authUrl: v.string(),
      loginId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["chatgptDeviceCode"]),
      loginId: v.string(),
      userCode: v.string(),
      verificationUrl: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["chatgptAuthTokens"]),
    }),
    v.looseObject({
      type: v.picklist(["amazonBedrock"]),
    }),
  ],
);

/** Validates {@link T.LoginAppBrand}. */
export const LoginAppBrandSchema: v.GenericSchema<T.LoginAppBrand> = v.picklist([
  "codex",
  "chatgpt",
]);

/** Validates {@link T.LogoutAccountResponse}. */
export const LogoutAccountResponseSchema: v.GenericSchema<T.LogoutAccountResponse> = v.looseObject(
  {},
);

/** Validates {@link T.ManagedHooksRequirements}. */
export const ManagedHooksRequirementsSchema: v.GenericSchema<T.ManagedHooksRequirements> = v
  .looseObject({
    Interrupt: v.optional(v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema))),
    PermissionRequest: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PostCompact: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PostModelRequest: v.optional(v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema))),
    PostToolUse: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PreCompact: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PreModelRequest: v.optional(v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema))),
    PreToolUse: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SessionEnd: v.optional(v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema))),
    SessionStart: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    Stop: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SubagentStart: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SubagentStop: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    UserPromptSubmit: v.array(v.lazy(() => ConfiguredHookMatcherGroupSchema)),
    managedDir: v.optional(v.nullable(v.string())),
    windowsManagedDir: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.MarketplaceAddParams}. */
export const MarketplaceAddParamsSchema: v.GenericSchema<T.MarketplaceAddParams> = v.looseObject({
  refName: v.optional(v.nullable(v.string())),
  source: v.string(),
  sparsePaths: v.optional(v.nullable(v.array(v.string()))),
});

/** Validates {@link T.MarketplaceAddResponse}. */
export const MarketplaceAddResponseSchema: v.GenericSchema<T.MarketplaceAddResponse> = v
  .looseObject({
    alreadyAdded: v.boolean(),
    installedRoot: v.lazy(() => AbsolutePathBufSchema),
    marketplaceName: v.string(),
  });

/** Validates {@link T.MarketplaceInterface}. */
export const MarketplaceInterfaceSchema: v.GenericSchema<T.MarketplaceInterface> = v.looseObject({
  displayName: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.MarketplaceLoadErrorInfo}. */
export const MarketplaceLoadErrorInfoSchema: v.GenericSchema<T.MarketplaceLoadErrorInfo> = v
  .looseObject({
    marketplacePath: v.lazy(() => AbsolutePathBufSchema),
    message: v.string(),
  });

/** Validates {@link T.MarketplaceRemoveParams}. */
export const MarketplaceRemoveParamsSchema: v.GenericSchema<T.MarketplaceRemoveParams> = v
  .looseObject({
    marketplaceName: v.string(),
  });

/** Validates {@link T.MarketplaceRemoveResponse}. */
export const MarketplaceRemoveResponseSchema: v.GenericSchema<T.MarketplaceRemoveResponse> = v
  .looseObject({
    installedRoot: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
    marketplaceName: v.string(),
  });

/** Validates {@link T.MarketplaceUpgradeErrorInfo}. */
export const MarketplaceUpgradeErrorInfoSchema: v.GenericSchema<T.MarketplaceUpgradeErrorInfo> = v
  .looseObject({
    marketplaceName: v.string(),
    message: v.string(),
  });

/** Validates {@link T.MarketplaceUpgradeParams}. */
export const MarketplaceUpgradeParamsSchema: v.GenericSchema<T.MarketplaceUpgradeParams> = v
  .looseObject({
    marketplaceName: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.MarketplaceUpgradeResponse}. */
export const MarketplaceUpgradeResponseSchema: v.GenericSchema<T.MarketplaceUpgradeResponse> = v
  .looseObject({
    errors: v.array(v.lazy(() => MarketplaceUpgradeErrorInfoSchema)),
    selectedMarketplaces: v.array(v.string()),
    upgradedRoots: v.array(v.lazy(() => AbsolutePathBufSchema)),
  });

/** Validates {@link T.McpAppDisplayMode}. */
export const McpAppDisplayModeSchema: v.GenericSchema<T.McpAppDisplayMode> = v.picklist([
  "inline",
  "fullscreen",
]);

/** Validates {@link T.McpAppUi}. */
export const McpAppUiSchema: v.GenericSchema<T.McpAppUi> = v.looseObject({
  preferredModelDisplayMode: v.lazy(() => McpAppDisplayModeSchema),
  resourceUri: v.string(),
});

/** Validates {@link T.McpAuthStatus}. */
export const McpAuthStatusSchema: v.GenericSchema<T.McpAuthStatus> = v.picklist([
  "unknown",
  "unsupported",
  "notLoggedIn",
  "bearerToken",
  "oAuth",
]);

/** Validates {@link T.McpElicitationArrayType}. */
export const McpElicitationArrayTypeSchema: v.GenericSchema<T.McpElicitationArrayType> = v.picklist(
  ["array"],
);

/** Validates {@link T.McpElicitationBooleanSchema}. */
export const McpElicitationBooleanSchemaSchema: v.GenericSchema<T.McpElicitationBooleanSchema> = v
  .looseObject({
    default: v.optional(v.nullable(v.boolean())),
    description: v.optional(v.nullable(v.string())),
    title: v.optional(v.nullable(v.string())),
    type: v.lazy(() => McpElicitationBooleanTypeSchema),
  });

/** Validates {@link T.McpElicitationBooleanType}. */
export const McpElicitationBooleanTypeSchema: v.GenericSchema<T.McpElicitationBooleanType> = v
  .picklist(["boolean"]);

/** Validates {@link T.McpElicitationConstOption}. */
export const McpElicitationConstOptionSchema: v.GenericSchema<T.McpElicitationConstOption> = v
  .looseObject({
    const: v.string(),
    title: v.string(),
  });

/** Validates {@link T.McpElicitationEnumSchema}. */
export const McpElicitationEnumSchemaSchema: v.GenericSchema<T.McpElicitationEnumSchema> = v.union([
  v.lazy(() => McpElicitationSingleSelectEnumSchemaSchema),
  v.lazy(() => McpElicitationMultiSelectEnumSchemaSchema),
  v.lazy(() => McpElicitationLegacyTitledEnumSchemaSchema),
]);

/** Validates {@link T.McpElicitationLegacyTitledEnumSchema}. */
export const McpElicitationLegacyTitledEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationLegacyTitledEnumSchema
> = v.looseObject({
  default: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  enum: v.array(v.string()),
  enumNames: v.optional(v.nullable(v.array(v.string()))),
  title: v.optional(v.nullable(v.string())),
  type: v.lazy(() => McpElicitationStringTypeSchema),
});

/** Validates {@link T.McpElicitationMultiSelectEnumSchema}. */
export const McpElicitationMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationMultiSelectEnumSchema
> = v.union([
  v.lazy(() => McpElicitationUntitledMultiSelectEnumSchemaSchema),
  v.lazy(() => McpElicitationTitledMultiSelectEnumSchemaSchema),
]);

/** Validates {@link T.McpElicitationNumberSchema}. */
export const McpElicitationNumberSchemaSchema: v.GenericSchema<T.McpElicitationNumberSchema> = v
  .looseObject({
    default: v.optional(v.nullable(v.number())),
    description: v.optional(v.nullable(v.string())),
    maximum: v.optional(v.nullable(v.number())),
    minimum: v.optional(v.nullable(v.number())),
    title: v.optional(v.nullable(v.string())),
    type: v.lazy(() => McpElicitationNumberTypeSchema),
  });

/** Validates {@link T.McpElicitationNumberType}. */
export const McpElicitationNumberTypeSchema: v.GenericSchema<T.McpElicitationNumberType> = v
  .picklist(["number", "integer"]);

/** Validates {@link T.McpElicitationObjectType}. */
export const McpElicitationObjectTypeSchema: v.GenericSchema<T.McpElicitationObjectType> = v
  .picklist(["object"]);

/** Validates {@link T.McpElicitationPrimitiveSchema}. */
export const McpElicitationPrimitiveSchemaSchema: v.GenericSchema<T.McpElicitationPrimitiveSchema> =
  v.union([
    v.lazy(() => McpElicitationEnumSchemaSchema),
    v.lazy(() => McpElicitationStringSchemaSchema),
    v.lazy(() => McpElicitationNumberSchemaSchema),
    v.lazy(() => McpElicitationBooleanSchemaSchema),
  ]);

/** Validates {@link T.McpElicitationSchema}. */
export const McpElicitationSchemaSchema: v.GenericSchema<T.McpElicitationSchema> = v.looseObject({
  $schema: v.optional(v.nullable(v.string())),
  properties: v.record(v.string(), v.lazy(() => McpElicitationPrimitiveSchemaSchema)),
  required: v.optional(v.nullable(v.array(v.string()))),
  type: v.lazy(() => McpElicitationObjectTypeSchema),
});

/** Validates {@link T.McpElicitationSingleSelectEnumSchema}. */
export const McpElicitationSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationSingleSelectEnumSchema
> = v.union([
  v.lazy(() => McpElicitationUntitledSingleSelectEnumSchemaSchema),
  v.lazy(() => McpElicitationTitledSingleSelectEnumSchemaSchema),
]);

/** Validates {@link T.McpElicitationStringFormat}. */
export const McpElicitationStringFormatSchema: v.GenericSchema<T.McpElicitationStringFormat> = v
  .picklist(["email", "uri", "date", "date-time"]);

/** Validates {@link T.McpElicitationStringSchema}. */
export const McpElicitationStringSchemaSchema: v.GenericSchema<T.McpElicitationStringSchema> = v
  .looseObject({
    default: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    format: v.optional(v.nullable(v.lazy(() => McpElicitationStringFormatSchema))),
    maxLength: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    minLength: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    title: v.optional(v.nullable(v.string())),
    type: v.lazy(() => McpElicitationStringTypeSchema),
  });

/** Validates {@link T.McpElicitationStringType}. */
export const McpElicitationStringTypeSchema: v.GenericSchema<T.McpElicitationStringType> = v
  .picklist(["string"]);

/** Validates {@link T.McpElicitationTitledEnumItems}. */
export const McpElicitationTitledEnumItemsSchema: v.GenericSchema<T.McpElicitationTitledEnumItems> =
  v.looseObject({
    anyOf: v.array(v.lazy(() => McpElicitationConstOptionSchema)),
  });

/** Validates {@link T.McpElicitationTitledMultiSelectEnumSchema}. */
export const McpElicitationTitledMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationTitledMultiSelectEnumSchema
> = v.looseObject({
  default: v.optional(v.nullable(v.array(v.string()))),
  description: v.optional(v.nullable(v.string())),
  items: v.lazy(() => McpElicitationTitledEnumItemsSchema),
  maxItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  minItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  title: v.optional(v.nullable(v.string())),
  type: v.lazy(() => McpElicitationArrayTypeSchema),
});

/** Validates {@link T.McpElicitationTitledSingleSelectEnumSchema}. */
export const McpElicitationTitledSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationTitledSingleSelectEnumSchema
> = v.looseObject({
  default: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  oneOf: v.array(v.lazy(() => McpElicitationConstOptionSchema)),
  title: v.optional(v.nullable(v.string())),
  type: v.lazy(() => McpElicitationStringTypeSchema),
});

/** Validates {@link T.McpElicitationUntitledEnumItems}. */
export const McpElicitationUntitledEnumItemsSchema: v.GenericSchema<
  T.McpElicitationUntitledEnumItems
> = v.looseObject({
  enum: v.array(v.string()),
  type: v.lazy(() => McpElicitationStringTypeSchema),
});

/** Validates {@link T.McpElicitationUntitledMultiSelectEnumSchema}. */
export const McpElicitationUntitledMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationUntitledMultiSelectEnumSchema
> = v.looseObject({
  default: v.optional(v.nullable(v.array(v.string()))),
  description: v.optional(v.nullable(v.string())),
  items: v.lazy(() => McpElicitationUntitledEnumItemsSchema),
  maxItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  minItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  title: v.optional(v.nullable(v.string())),
  type: v.lazy(() => McpElicitationArrayTypeSchema),
});

/** Validates {@link T.McpElicitationUntitledSingleSelectEnumSchema}. */
export const McpElicitationUntitledSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationUntitledSingleSelectEnumSchema
> = v.looseObject({
  default: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  enum: v.array(v.string()),
  title: v.optional(v.nullable(v.string())),
  type: v.lazy(() => McpElicitationStringTypeSchema),
});

/** Validates {@link T.McpResourceReadParams}. */
export const McpResourceReadParamsSchema: v.GenericSchema<T.McpResourceReadParams> = v.looseObject({
  _meta: v.optional(v.nullable(v.looseObject({}))),
  connectorId: v.optional(v.nullable(v.string())),
  originCallId: v.optional(v.nullable(v.string())),
  server: v.string(),
  target: v.optional(v.nullable(v.lazy(() => McpResourceReadTargetSchema))),
  threadId: v.optional(v.nullable(v.string())),
  uri: v.string(),
});

/** Validates {@link T.McpResourceReadResponse}. */
export const McpResourceReadResponseSchema: v.GenericSchema<T.McpResourceReadResponse> = v
  .looseObject({
    contents: v.array(v.lazy(() => ResourceContentSchema)),
    originCallId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.McpResourceReadTarget}. */
export const McpResourceReadTargetSchema: v.GenericSchema<T.McpResourceReadTarget> = v.looseObject({
  connectorId: v.string(),
  linkId: v.nullable(v.string()),
});

/** Validates {@link T.McpServerConnectionStatus}. */
export const McpServerConnectionStatusSchema: v.GenericSchema<T.McpServerConnectionStatus> = v
  .picklist([
    "notStarted",
    "starting",
    "connected",
    "authenticationRequired",
    "failed",
    "cancelled",
    "disabled",
  ]);

/** Validates {@link T.McpServerElicitationAction}. */
export const McpServerElicitationActionSchema: v.GenericSchema<T.McpServerElicitationAction> = v
  .picklist(["accept", "decline", "cancel"]);

/** Validates {@link T.McpServerElicitationRequestParams}. */
export const McpServerElicitationRequestParamsSchema: v.GenericSchema<
  T.McpServerElicitationRequestParams
> = v.variant("mode", [
  v.looseObject({
    mode: v.picklist(["form"]),
    _meta: v.optional(v.unknown()),
    message: v.string(),
    requestedSchema: v.lazy(() => McpElicitationSchemaSchema),
    serverName: v.string(),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    mode: v.picklist(["openai/form"]),
    _meta: v.optional(v.unknown()),
    message: v.string(),
    requestedSchema: v.unknown(),
    serverName: v.string(),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    mode: v.picklist(["openaiForm"]),
    _meta: v.optional(v.unknown()),
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
    message: v.string(),
    serverName: v.string(),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
    url: v.string(),
  }),
]);

/** Validates {@link T.McpServerElicitationRequestResponse}. */
export const McpServerElicitationRequestResponseSchema: v.GenericSchema<
  T.McpServerElicitationRequestResponse
> = v.looseObject({
  _meta: v.optional(v.unknown()),
  action: v.lazy(() => McpServerElicitationActionSchema),
  content: v.optional(v.unknown()),
});

/** Validates {@link T.McpServerEventNotification}. */
export const McpServerEventNotificationSchema: v.GenericSchema<T.McpServerEventNotification> = v
  .looseObject({
    method: v.string(),
    params: v.unknown(),
  });

/** Validates {@link T.McpServerEventStreamNotification}. */
export const McpServerEventStreamNotificationSchema: v.GenericSchema<
  T.McpServerEventStreamNotification
> = v.looseObject({
  notification: v.lazy(() => McpServerEventNotificationSchema),
  subscriptionId: v.string(),
});

/** Validates {@link T.McpServerInfo}. */
export const McpServerInfoSchema: v.GenericSchema<T.McpServerInfo> = v.looseObject({
  description: v.optional(v.nullable(v.string())),
  icons: v.optional(v.nullable(v.array(v.unknown()))),
  name: v.string(),
  title: v.optional(v.nullable(v.string())),
  version: v.string(),
  websiteUrl: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.McpServerMigration}. */
export const McpServerMigrationSchema: v.GenericSchema<T.McpServerMigration> = v.looseObject({
  name: v.string(),
});

/** Validates {@link T.McpServerOauthClientRegistration}. */
export const McpServerOauthClientRegistrationSchema: v.GenericSchema<
  T.McpServerOauthClientRegistration
> = v.picklist(["auto", "cimd", "dcr"]);

/** Validates {@link T.McpServerOauthLoginCompletedNotification}. */
export const McpServerOauthLoginCompletedNotificationSchema: v.GenericSchema<
  T.McpServerOauthLoginCompletedNotification
> = v.looseObject({
  error: v.optional(v.nullable(v.string())),
  loginId: v.optional(v.nullable(v.string())),
  name: v.string(),
  success: v.boolean(),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.McpServerOauthLoginParams}. */
export const McpServerOauthLoginParamsSchema: v.GenericSchema<T.McpServerOauthLoginParams> = v
  .looseObject({
    clientRegistration: v.optional(
      v.nullable(v.lazy(() => McpServerOauthClientRegistrationSchema)),
    ),
    name: v.string(),
    scopes: v.optional(v.nullable(v.array(v.string()))),
    threadId: v.optional(v.nullable(v.string())),
    timeoutSecs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.McpServerOauthLoginResponse}. */
export const McpServerOauthLoginResponseSchema: v.GenericSchema<T.McpServerOauthLoginResponse> = v
  .looseObject({
    authorizationUrl: v.string(),
    loginId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.McpServerRefreshResponse}. */
export const McpServerRefreshResponseSchema: v.GenericSchema<T.McpServerRefreshResponse> = v
  .looseObject({});

/** Validates {@link T.McpServerStartupFailureReason}. */
export const McpServerStartupFailureReasonSchema: v.GenericSchema<T.McpServerStartupFailureReason> =
  v.picklist(["reauthenticationRequired"]);

/** Validates {@link T.McpServerStartupState}. */
export const McpServerStartupStateSchema: v.GenericSchema<T.McpServerStartupState> = v.picklist([
  "starting",
  "ready",
  "failed",
  "cancelled",
]);

/** Validates {@link T.McpServerStatus}. */
export const McpServerStatusSchema: v.GenericSchema<T.McpServerStatus> = v.looseObject({
  authStatus: v.lazy(() => McpAuthStatusSchema),
  httpOrigin: v.optional(v.nullable(v.string())),
  name: v.string(),
  pluginId: v.optional(v.nullable(v.string())),
  resourceTemplates: v.array(v.lazy(() => ResourceTemplateSchema)),
  resources: v.array(v.lazy(() => ResourceSchema)),
  runtimeStatus: v.optional(v.nullable(v.lazy(() => McpServerConnectionStatusSchema))),
  serverCapabilities: v.optional(v.unknown()),
  serverInfo: v.optional(v.nullable(v.lazy(() => McpServerInfoSchema))),
  toolListMeta: v.optional(v.unknown()),
  tools: v.record(v.string(), v.lazy(() => ToolSchema)),
  toolsError: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.McpServerStatusDetail}. */
export const McpServerStatusDetailSchema: v.GenericSchema<T.McpServerStatusDetail> = v.picklist([
  "full",
  "toolsAndAuthOnly",
]);

/** Validates {@link T.McpServerStatusUpdatedNotification}. */
export const McpServerStatusUpdatedNotificationSchema: v.GenericSchema<
  T.McpServerStatusUpdatedNotification
> = v.looseObject({
  error: v.optional(v.nullable(v.string())),
  failureReason: v.optional(v.nullable(v.lazy(() => McpServerStartupFailureReasonSchema))),
  name: v.string(),
  status: v.lazy(() => McpServerStartupStateSchema),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.McpServerToolCallParams}. */
export const McpServerToolCallParamsSchema: v.GenericSchema<T.McpServerToolCallParams> = v
  .looseObject({
    _meta: v.optional(v.unknown()),
    arguments: v.optional(v.unknown()),
    server: v.string(),
    threadId: v.string(),
    tool: v.string(),
  });

/** Validates {@link T.McpServerToolCallResponse}. */
export const McpServerToolCallResponseSchema: v.GenericSchema<T.McpServerToolCallResponse> = v
  .looseObject({
    _meta: v.optional(v.unknown()),
    content: v.array(v.unknown()),
    isError: v.optional(v.nullable(v.boolean())),
    structuredContent: v.optional(v.unknown()),
  });

/** Validates {@link T.McpToolCallAppContext}. */
export const McpToolCallAppContextSchema: v.GenericSchema<T.McpToolCallAppContext> = v.looseObject({
  actionName: v.optional(v.nullable(v.string())),
  appName: v.optional(v.nullable(v.string())),
  connectorId: v.string(),
  linkId: v.optional(v.nullable(v.string())),
  resourceUri: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.McpToolCallError}. */
export const McpToolCallErrorSchema: v.GenericSchema<T.McpToolCallError> = v.looseObject({
  message: v.string(),
});

/** Validates {@link T.McpToolCallProgressNotification}. */
export const McpToolCallProgressNotificationSchema: v.GenericSchema<
  T.McpToolCallProgressNotification
> = v.looseObject({
  itemId: v.string(),
  message: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.McpToolCallResult}. */
export const McpToolCallResultSchema: v.GenericSchema<T.McpToolCallResult> = v.looseObject({
  _meta: v.optional(v.unknown()),
  content: v.array(v.unknown()),
  structuredContent: v.optional(v.unknown()),
});

/** Validates {@link T.McpToolCallStatus}. */
export const McpToolCallStatusSchema: v.GenericSchema<T.McpToolCallStatus> = v.picklist([
  "inProgress",
  "completed",
  "failed",
]);

/** Validates {@link T.MemoryCitation}. */
export const MemoryCitationSchema: v.GenericSchema<T.MemoryCitation> = v.looseObject({
  entries: v.array(v.lazy(() => MemoryCitationEntrySchema)),
  threadIds: v.array(v.string()),
});

/** Validates {@link T.MemoryCitationEntry}. */
export const MemoryCitationEntrySchema: v.GenericSchema<T.MemoryCitationEntry> = v.looseObject({
  lineEnd: v.pipe(v.number(), v.integer()),
  lineStart: v.pipe(v.number(), v.integer()),
  note: v.string(),
  path: v.string(),
});

/** Validates {@link T.MergeStrategy}. */
export const MergeStrategySchema: v.GenericSchema<T.MergeStrategy> = v.picklist([
  "replace",
  "upsert",
]);

/** Validates {@link T.MessagePhase}. */
export const MessagePhaseSchema: v.GenericSchema<T.MessagePhase> = v.picklist([
  "commentary",
  "partial_answer",
  "final_answer",
]);

/** Validates {@link T.MigrationDetails}. */
export const MigrationDetailsSchema: v.GenericSchema<T.MigrationDetails> = v.looseObject({
  commands: v.optional(v.array(v.lazy(() => CommandMigrationSchema))),
  hooks: v.optional(v.array(v.lazy(() => HookMigrationSchema))),
  mcpServers: v.optional(v.array(v.lazy(() => McpServerMigrationSchema))),
  memory: v.optional(v.array(v.string())),
  plugins: v.optional(v.array(v.lazy(() => PluginsMigrationSchema))),
  sessions: v.optional(v.array(v.lazy(() => SessionMigrationSchema))),
  skills: v.optional(v.array(v.lazy(() => SkillMigrationSchema))),
  subagents: v.optional(v.array(v.lazy(() => SubagentMigrationSchema))),
});

/** Validates {@link T.MisalignmentErrorDetails}. */
export const MisalignmentErrorDetailsSchema: v.GenericSchema<T.MisalignmentErrorDetails> = v
  .looseObject({
    detailedExplanation: v.optional(v.nullable(v.string())),
    errorType: v.optional(v.nullable(v.string())),
    reviewTarget: v.optional(v.nullable(v.string())),
    steer: v.optional(v.nullable(v.lazy(() => MisalignmentSteerSchema))),
  });

/** Validates {@link T.MisalignmentSteer}. */
export const MisalignmentSteerSchema: v.GenericSchema<T.MisalignmentSteer> = v.looseObject({
  message: v.string(),
});

/** Validates {@link T.ModeKind}. */
export const ModeKindSchema: v.GenericSchema<T.ModeKind> = v.picklist(["plan", "default"]);

/** Validates {@link T.Model}. */
export const ModelSchema: v.GenericSchema<T.Model> = v.looseObject({
  additionalSpeedTiers: v.optional(v.array(v.string())),
  availabilityNux: v.optional(v.nullable(v.lazy(() => ModelAvailabilityNuxSchema))),
  availableAccessPrograms: v.optional(v.nullable(v.lazy(() => ModelAccessProgramsSchema))),
  defaultReasoningEffort: v.lazy(() => ReasoningEffortSchema),
  defaultServiceTier: v.optional(v.nullable(v.string())),
  description: v.string(),
  displayName: v.string(),
  hidden: v.boolean(),
  id: v.string(),
  inputModalities: v.optional(v.array(v.lazy(() => InputModalitySchema))),
  isDefault: v.boolean(),
  model: v.string(),
  modelSpecialty: v.optional(v.nullable(v.string())),
  multiAgentVersion: v.optional(v.nullable(v.lazy(() => MultiAgentVersionSchema))),
  serviceTiers: v.optional(v.array(v.lazy(() => ModelServiceTierSchema))),
  supportedReasoningEfforts: v.array(v.lazy(() => ReasoningEffortOptionSchema)),
  supportsPersonality: v.optional(v.boolean()),
  upgrade: v.optional(v.nullable(v.string())),
  upgradeInfo: v.optional(v.nullable(v.lazy(() => ModelUpgradeInfoSchema))),
});

/** Validates {@link T.ModelAccessPrograms}. */
export const ModelAccessProgramsSchema: v.GenericSchema<T.ModelAccessPrograms> = v.looseObject({
  cyber: v.array(v.lazy(() => CyberAccessProgramSchema)),
});

/** Validates {@link T.ModelAvailabilityNux}. */
export const ModelAvailabilityNuxSchema: v.GenericSchema<T.ModelAvailabilityNux> = v.looseObject({
  message: v.string(),
});

/** Validates {@link T.ModelListParams}. */
export const ModelListParamsSchema: v.GenericSchema<T.ModelListParams> = v.looseObject({
  cursor: v.optional(v.nullable(v.string())),
  includeHidden: v.optional(v.nullable(v.boolean())),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  modelProvider: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ModelListResponse}. */
export const ModelListResponseSchema: v.GenericSchema<T.ModelListResponse> = v.looseObject({
  data: v.array(v.lazy(() => ModelSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ModelProviderCapabilitiesReadParams}. */
export const ModelProviderCapabilitiesReadParamsSchema: v.GenericSchema<
  T.ModelProviderCapabilitiesReadParams
> = v.looseObject({});

/** Validates {@link T.ModelProviderCapabilitiesReadResponse}. */
export const ModelProviderCapabilitiesReadResponseSchema: v.GenericSchema<
  T.ModelProviderCapabilitiesReadResponse
> = v.looseObject({
  imageGeneration: v.boolean(),
  webSearch: v.boolean(),
});

/** Validates {@link T.ModelProviderConfigWriteParams}. */
export const ModelProviderConfigWriteParamsSchema: v.GenericSchema<
  T.ModelProviderConfigWriteParams
> = v.looseObject({
  settings: v.lazy(() => ProviderSettingsPatchSchema),
});

/** Validates {@link T.ModelProviderConfigWriteResponse}. */
export const ModelProviderConfigWriteResponseSchema: v.GenericSchema<
  T.ModelProviderConfigWriteResponse
> = v.looseObject({
  provider: v.lazy(() => ModelProviderSummarySchema),
});

/** Validates {@link T.ModelProviderError}. */
export const ModelProviderErrorSchema: v.GenericSchema<T.ModelProviderError> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["modelProviderMismatch"]),
    currentModelProvider: v.string(),
    modelProvider: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["modelProviderNotConfigured"]),
    modelProvider: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["modelProviderPolicyConflict"]),
    modelProvider: v.string(),
    requiredModelProvider: v.string(),
  }),
]);

/** Validates {@link T.ModelProviderListParams}. */
export const ModelProviderListParamsSchema: v.GenericSchema<T.ModelProviderListParams> = v
  .looseObject({});

/** Validates {@link T.ModelProviderListResponse}. */
export const ModelProviderListResponseSchema: v.GenericSchema<T.ModelProviderListResponse> = v
  .looseObject({
    canChangeDefault: v.boolean(),
    data: v.array(v.lazy(() => ModelProviderSummarySchema)),
    defaultProviderId: v.string(),
  });

/** Validates {@link T.ModelProviderSummary}. */
export const ModelProviderSummarySchema: v.GenericSchema<T.ModelProviderSummary> = v.looseObject({
  baseUrl: v.optional(v.nullable(v.string())),
  canEdit: v.boolean(),
  id: v.string(),
  name: v.string(),
  settings: v.lazy(() => ProviderSettingsSchema),
});

/** Validates {@link T.ModelRerouteReason}. */
export const ModelRerouteReasonSchema: v.GenericSchema<T.ModelRerouteReason> = v.picklist([
  "highRiskCyberActivity",
]);

/** Validates {@link T.ModelReroutedNotification}. */
export const ModelReroutedNotificationSchema: v.GenericSchema<T.ModelReroutedNotification> = v
  .looseObject({
    fromModel: v.string(),
    reason: v.lazy(() => ModelRerouteReasonSchema),
    threadId: v.string(),
    toModel: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.ModelSafetyBufferingUpdatedNotification}. */
export const ModelSafetyBufferingUpdatedNotificationSchema: v.GenericSchema<
  T.ModelSafetyBufferingUpdatedNotification
> = v.looseObject({
  fasterModel: v.optional(v.nullable(v.string())),
  model: v.string(),
  reasons: v.array(v.string()),
  showBufferingUi: v.boolean(),
  threadId: v.string(),
  turnId: v.string(),
  useCases: v.array(v.string()),
});

/** Validates {@link T.ModelServiceTier}. */
export const ModelServiceTierSchema: v.GenericSchema<T.ModelServiceTier> = v.looseObject({
  description: v.string(),
  id: v.string(),
  name: v.string(),
});

/** Validates {@link T.ModelUpgradeInfo}. */
export const ModelUpgradeInfoSchema: v.GenericSchema<T.ModelUpgradeInfo> = v.looseObject({
  migrationMarkdown: v.optional(v.nullable(v.string())),
  model: v.string(),
  modelLink: v.optional(v.nullable(v.string())),
  retirementAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  upgradeCopy: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ModelVerification}. */
export const ModelVerificationSchema: v.GenericSchema<T.ModelVerification> = v.picklist([
  "trustedAccessForCyber",
]);

/** Validates {@link T.ModelVerificationNotification}. */
export const ModelVerificationNotificationSchema: v.GenericSchema<T.ModelVerificationNotification> =
  v.looseObject({
    threadId: v.string(),
    turnId: v.string(),
    verifications: v.array(v.lazy(() => ModelVerificationSchema)),
  });

/** Validates {@link T.ModelsRequirements}. */
export const ModelsRequirementsSchema: v.GenericSchema<T.ModelsRequirements> = v.looseObject({
  newThread: v.optional(v.nullable(v.lazy(() => NewThreadModelDefaultsSchema))),
});

/** Validates {@link T.MultiAgentMode}. */
export const MultiAgentModeSchema: v.GenericSchema<T.MultiAgentMode> = v.union([
  v.picklist(["explicitRequestOnly", "proactive"]),
  v.looseObject({
    custom: v.string(),
  }),
]);

/** Validates {@link T.MultiAgentVersion}. */
export const MultiAgentVersionSchema: v.GenericSchema<T.MultiAgentVersion> = v.picklist([
  "disabled",
  "v1",
  "v2",
]);

/** Validates {@link T.NetworkAccess}. */
export const NetworkAccessSchema: v.GenericSchema<T.NetworkAccess> = v.picklist([
  "restricted",
  "enabled",
]);

/** Validates {@link T.NetworkApprovalContext}. */
export const NetworkApprovalContextSchema: v.GenericSchema<T.NetworkApprovalContext> = v
  .looseObject({
    host: v.string(),
    protocol: v.lazy(() => NetworkApprovalProtocolSchema),
  });

/** Validates {@link T.NetworkApprovalProtocol}. */
export const NetworkApprovalProtocolSchema: v.GenericSchema<T.NetworkApprovalProtocol> = v.picklist(
  ["http", "https", "socks5Tcp", "socks5Udp"],
);

/** Validates {@link T.NetworkDomainPermission}. */
export const NetworkDomainPermissionSchema: v.GenericSchema<T.NetworkDomainPermission> = v.picklist(
  ["allow", "deny"],
);

/** Validates {@link T.NetworkPolicyAmendment}. */
export const NetworkPolicyAmendmentSchema: v.GenericSchema<T.NetworkPolicyAmendment> = v
  .looseObject({
    action: v.lazy(() => NetworkPolicyRuleActionSchema),
    host: v.string(),
  });

/** Validates {@link T.NetworkPolicyRuleAction}. */
export const NetworkPolicyRuleActionSchema: v.GenericSchema<T.NetworkPolicyRuleAction> = v.picklist(
  ["allow", "deny"],
);

/** Validates {@link T.NetworkRequirements}. */
export const NetworkRequirementsSchema: v.GenericSchema<T.NetworkRequirements> = v.looseObject({
  allowLocalBinding: v.optional(v.nullable(v.boolean())),
  allowUnixSockets: v.optional(v.nullable(v.array(v.string()))),
  allowUpstreamProxy: v.optional(v.nullable(v.boolean())),
  allowedDomains: v.optional(v.nullable(v.array(v.string()))),
  dangerouslyAllowAllUnixSockets: v.optional(v.nullable(v.boolean())),
  dangerouslyAllowNonLoopbackProxy: v.optional(v.nullable(v.boolean())),
  deniedDomains: v.optional(v.nullable(v.array(v.string()))),
  domains: v.optional(
    v.nullable(v.record(v.string(), v.lazy(() => NetworkDomainPermissionSchema))),
  ),
  enabled: v.optional(v.nullable(v.boolean())),
  httpPort: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  managedAllowedDomainsOnly: v.optional(v.nullable(v.boolean())),
  reviewDomains: v.optional(v.nullable(v.array(v.string()))),
  socksPort: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  unixSockets: v.optional(
    v.nullable(v.record(v.string(), v.lazy(() => NetworkUnixSocketPermissionSchema))),
  ),
});

/** Validates {@link T.NetworkUnixSocketPermission}. */
export const NetworkUnixSocketPermissionSchema: v.GenericSchema<T.NetworkUnixSocketPermission> = v
  .picklist(["allow", "deny"]);

/** Validates {@link T.NewThreadModelDefaults}. */
export const NewThreadModelDefaultsSchema: v.GenericSchema<T.NewThreadModelDefaults> = v
  .looseObject({
    model: v.optional(v.nullable(v.string())),
    modelReasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
    serviceTier: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.NonSteerableTurnKind}. */
export const NonSteerableTurnKindSchema: v.GenericSchema<T.NonSteerableTurnKind> = v.picklist([
  "review",
  "compact",
]);

/** Validates {@link T.NullableGatewayOAuthLoginParams}. */
export const NullableGatewayOAuthLoginParamsSchema: v.GenericSchema<
  T.NullableGatewayOAuthLoginParams
> = v.nullable(v.lazy(() => GatewayOAuthLoginParamsSchema));

/** Validates {@link T.NullableGatewayOAuthReadParams}. */
export const NullableGatewayOAuthReadParamsSchema: v.GenericSchema<
  T.NullableGatewayOAuthReadParams
> = v.nullable(v.lazy(() => GatewayOAuthReadParamsSchema));

/** Validates {@link T.NullableGetAccountRateLimitsParams}. */
export const NullableGetAccountRateLimitsParamsSchema: v.GenericSchema<
  T.NullableGetAccountRateLimitsParams
> = v.nullable(v.lazy(() => GetAccountRateLimitsParamsSchema));

/** Validates {@link T.NullableGetAccountTokenUsageParams}. */
export const NullableGetAccountTokenUsageParamsSchema: v.GenericSchema<
  T.NullableGetAccountTokenUsageParams
> = v.nullable(v.lazy(() => GetAccountTokenUsageParamsSchema));

/** Validates {@link T.OtelExporter}. */
export const OtelExporterSchema: v.GenericSchema<T.OtelExporter> = v.union([
  v.picklist(["none", "statsig"]),
  v.looseObject({
    "otlp-http": v.looseObject({
      endpoint: v.string(),
      headers: v.record(v.string(), v.string()),
      protocol: v.lazy(() => OtelHttpProtocolSchema),
      tls: v.optional(v.nullable(v.lazy(() => OtelTlsConfigSchema))),
    }),
  }),
  v.looseObject({
    "otlp-grpc": v.looseObject({
      endpoint: v.string(),
      headers: v.record(v.string(), v.string()),
      tls: v.optional(v.nullable(v.lazy(() => OtelTlsConfigSchema))),
    }),
  }),
]);

/** Validates {@link T.OtelHttpProtocol}. */
export const OtelHttpProtocolSchema: v.GenericSchema<T.OtelHttpProtocol> = v.picklist([
  "binary",
  "json",
]);

/** Validates {@link T.OtelRequirements}. */
export const OtelRequirementsSchema: v.GenericSchema<T.OtelRequirements> = v.looseObject({
  environment: v.optional(v.nullable(v.string())),
  exporter: v.optional(v.nullable(v.lazy(() => OtelExporterSchema))),
  log_agent_responses: v.optional(v.nullable(v.boolean())),
  log_guardian_assessments: v.optional(v.nullable(v.boolean())),
  log_sse_deltas: v.optional(v.nullable(v.boolean())),
  log_user_prompt: v.optional(v.nullable(v.boolean())),
  metrics_exporter: v.optional(v.nullable(v.lazy(() => OtelExporterSchema))),
  span_attributes: v.optional(v.nullable(v.record(v.string(), v.string()))),
  tool_result: v.optional(v.nullable(v.lazy(() => OtelToolResultLogConfigSchema))),
  trace_exporter: v.optional(v.nullable(v.lazy(() => OtelExporterSchema))),
  tracestate: v.optional(v.nullable(v.record(v.string(), v.record(v.string(), v.string())))),
});

/** Validates {@link T.OtelTlsConfig}. */
export const OtelTlsConfigSchema: v.GenericSchema<T.OtelTlsConfig> = v.looseObject({
  "ca-certificate": v.optional(v.nullable(v.string())),
  "client-certificate": v.optional(v.nullable(v.string())),
  "client-private-key": v.optional(v.nullable(v.string())),
});

/** Validates {@link T.OtelToolResultLogConfig}. */
export const OtelToolResultLogConfigSchema: v.GenericSchema<T.OtelToolResultLogConfig> = v
  .looseObject({
    max_bytes: v.pipe(v.number(), v.integer()),
  });

/** Validates {@link T.OverriddenMetadata}. */
export const OverriddenMetadataSchema: v.GenericSchema<T.OverriddenMetadata> = v.looseObject({
  effectiveValue: v.unknown(),
  message: v.string(),
  overridingLayer: v.lazy(() => ConfigLayerMetadataSchema),
});

/** Validates {@link T.ParsedCommand}. */
export const ParsedCommandSchema: v.GenericSchema<T.ParsedCommand> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["read"]),
    cmd: v.string(),
    name: v.string(),
    path: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["list_files"]),
    cmd: v.string(),
    path: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["search"]),
    cmd: v.string(),
    path: v.optional(v.nullable(v.string())),
    query: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["unknown"]),
    cmd: v.string(),
  }),
]);

/** Validates {@link T.PatchApplyStatus}. */
export const PatchApplyStatusSchema: v.GenericSchema<T.PatchApplyStatus> = v.picklist([
  "inProgress",
  "completed",
  "failed",
  "declined",
]);

/** Validates {@link T.PatchChangeKind}. */
export const PatchChangeKindSchema: v.GenericSchema<T.PatchChangeKind> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["add"]),
  }),
  v.looseObject({
    type: v.picklist(["delete"]),
  }),
  v.looseObject({
    type: v.picklist(["update"]),
    move_path: v.optional(v.nullable(v.string())),
  }),
]);

/** Validates {@link T.PathUri}. */
export const PathUriSchema: v.GenericSchema<T.PathUri> = v.string();

/** Validates {@link T.PermissionGrantScope}. */
export const PermissionGrantScopeSchema: v.GenericSchema<T.PermissionGrantScope> = v.picklist([
  "turn",
  "session",
]);

/** Validates {@link T.PermissionProfileListParams}. */
export const PermissionProfileListParamsSchema: v.GenericSchema<T.PermissionProfileListParams> = v
  .looseObject({
    cursor: v.optional(v.nullable(v.string())),
    cwd: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.PermissionProfileListResponse}. */
export const PermissionProfileListResponseSchema: v.GenericSchema<T.PermissionProfileListResponse> =
  v.looseObject({
    data: v.array(v.lazy(() => PermissionProfileSummarySchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.PermissionProfileSummary}. */
export const PermissionProfileSummarySchema: v.GenericSchema<T.PermissionProfileSummary> = v
  .looseObject({
    allowed: v.boolean(),
    description: v.optional(v.nullable(v.string())),
    id: v.string(),
  });

/** Validates {@link T.PermissionsRequestApprovalParams}. */
export const PermissionsRequestApprovalParamsSchema: v.GenericSchema<
  T.PermissionsRequestApprovalParams
> = v.looseObject({
  cwd: v.lazy(() => LegacyAppPathStringSchema),
  environmentId: v.optional(v.nullable(v.string())),
  itemId: v.string(),
  permissions: v.lazy(() => RequestPermissionProfileSchema),
  reason: v.optional(v.nullable(v.string())),
  startedAtMs: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.PermissionsRequestApprovalResponse}. */
export const PermissionsRequestApprovalResponseSchema: v.GenericSchema<
  T.PermissionsRequestApprovalResponse
> = v.looseObject({
  permissions: v.lazy(() => GrantedPermissionProfileSchema),
  scope: v.optional(v.lazy(() => PermissionGrantScopeSchema)),
  strictAutoReview: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.Personality}. */
export const PersonalitySchema: v.GenericSchema<T.Personality> = v.picklist([
  "none",
  "friendly",
  "pragmatic",
]);

/** Validates {@link T.PlanDeltaNotification}. */
export const PlanDeltaNotificationSchema: v.GenericSchema<T.PlanDeltaNotification> = v.looseObject({
  delta: v.string(),
  itemId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.PlanType}. */
export const PlanTypeSchema: v.GenericSchema<T.PlanType> = v.picklist([
  "free",
  "go",
  "plus",
  "pro",
  "prolite",
  "promax",
  "team",
  "self_serve_business_prolite",
  "self_serve_business_usage_based",
  "business",
  "ent26",
  "enterprise_cbp_automation",
  "enterprise_cbp_usage_based",
  "enterprise",
  "edu",
  "edu_plus",
  "edu_pro",
  "sci",
  "sci_plus",
  "unknown",
]);

/** Validates {@link T.PluginAuthPolicy}. */
export const PluginAuthPolicySchema: v.GenericSchema<T.PluginAuthPolicy> = v.picklist([
  "ON_INSTALL",
  "ON_USE",
]);

/** Validates {@link T.PluginAvailability}. */
export const PluginAvailabilitySchema: v.GenericSchema<T.PluginAvailability> = v.picklist([
  "DISABLED_BY_ADMIN",
  "AVAILABLE",
]);

/** Validates {@link T.PluginDetail}. */
export const PluginDetailSchema: v.GenericSchema<T.PluginDetail> = v.looseObject({
  appTemplates: v.array(v.lazy(() => AppTemplateSummarySchema)),
  apps: v.array(v.lazy(() => AppSummarySchema)),
  description: v.optional(v.nullable(v.string())),
  hooks: v.array(v.lazy(() => PluginHookSummarySchema)),
  marketplaceName: v.string(),
  marketplacePath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  mcpServers: v.array(v.string()),
  onboardingSkill: v.optional(v.nullable(v.lazy(() => SkillSummarySchema))),
  scheduledTasks: v.optional(v.nullable(v.array(v.lazy(() => ScheduledTaskSummarySchema)))),
  shareUrl: v.optional(v.nullable(v.string())),
  skills: v.array(v.lazy(() => SkillSummarySchema)),
  summary: v.lazy(() => PluginSummarySchema),
});

/** Validates {@link T.PluginDisabledReason}. */
export const PluginDisabledReasonSchema: v.GenericSchema<T.PluginDisabledReason> = v.picklist([
  "disabled_by_admin",
  "plan_not_eligible",
  "required_app_unavailable",
  "unknown",
]);

/** Validates {@link T.PluginHookSummary}. */
export const PluginHookSummarySchema: v.GenericSchema<T.PluginHookSummary> = v.looseObject({
  eventName: v.lazy(() => HookEventNameSchema),
  key: v.string(),
});

/** Validates {@link T.PluginInstallParams}. */
export const PluginInstallParamsSchema: v.GenericSchema<T.PluginInstallParams> = v.looseObject({
  installAttemptId: v.optional(v.nullable(v.string())),
  marketplacePath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  pluginName: v.string(),
  remoteMarketplaceName: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginInstallPolicy}. */
export const PluginInstallPolicySchema: v.GenericSchema<T.PluginInstallPolicy> = v.picklist([
  "NOT_AVAILABLE",
  "AVAILABLE",
  "INSTALLED_BY_DEFAULT",
]);

/** Validates {@link T.PluginInstallPolicySource}. */
export const PluginInstallPolicySourceSchema: v.GenericSchema<T.PluginInstallPolicySource> = v
  .picklist(["WORKSPACE_SETTING", "IMPLICIT_CANONICAL_APP"]);

/** Validates {@link T.PluginInstallResponse}. */
export const PluginInstallResponseSchema: v.GenericSchema<T.PluginInstallResponse> = v.looseObject({
  appsNeedingAuth: v.array(v.lazy(() => AppSummarySchema)),
  authPolicy: v.lazy(() => PluginAuthPolicySchema),
});

/** Validates {@link T.PluginInstalledParams}. */
export const PluginInstalledParamsSchema: v.GenericSchema<T.PluginInstalledParams> = v.looseObject({
  cwds: v.optional(v.nullable(v.array(v.lazy(() => AbsolutePathBufSchema)))),
  installSuggestionPluginNames: v.optional(v.nullable(v.array(v.string()))),
});

/** Validates {@link T.PluginInstalledResponse}. */
export const PluginInstalledResponseSchema: v.GenericSchema<T.PluginInstalledResponse> = v
  .looseObject({
    marketplaceLoadErrors: v.optional(v.array(v.lazy(() => MarketplaceLoadErrorInfoSchema))),
    marketplaces: v.array(v.lazy(() => PluginMarketplaceEntrySchema)),
  });

/** Validates {@link T.PluginInterface}. */
export const PluginInterfaceSchema: v.GenericSchema<T.PluginInterface> = v.looseObject({
  brandColor: v.optional(v.nullable(v.string())),
  capabilities: v.array(v.string()),
  category: v.optional(v.nullable(v.string())),
  composerIcon: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  composerIconUrl: v.optional(v.nullable(v.string())),
  defaultPrompt: v.optional(v.nullable(v.array(v.string()))),
  developerName: v.optional(v.nullable(v.string())),
  displayName: v.optional(v.nullable(v.string())),
  logo: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  logoDark: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  logoUrl: v.optional(v.nullable(v.string())),
  logoUrlDark: v.optional(v.nullable(v.string())),
  longDescription: v.optional(v.nullable(v.string())),
  privacyPolicyUrl: v.optional(v.nullable(v.string())),
  screenshotUrls: v.array(v.string()),
  screenshots: v.array(v.lazy(() => AbsolutePathBufSchema)),
  shortDescription: v.optional(v.nullable(v.string())),
  termsOfServiceUrl: v.optional(v.nullable(v.string())),
  websiteUrl: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginListMarketplaceKind}. */
export const PluginListMarketplaceKindSchema: v.GenericSchema<T.PluginListMarketplaceKind> = v
  .picklist(["local", "vertical", "workspace-directory", "shared-with-me", "created-by-me-remote"]);

/** Validates {@link T.PluginListParams}. */
export const PluginListParamsSchema: v.GenericSchema<T.PluginListParams> = v.looseObject({
  cwds: v.optional(v.nullable(v.array(v.lazy(() => AbsolutePathBufSchema)))),
  forceRefetch: v.optional(v.boolean()),
  marketplaceKinds: v.optional(v.nullable(v.array(v.lazy(() => PluginListMarketplaceKindSchema)))),
});

/** Validates {@link T.PluginListResponse}. */
export const PluginListResponseSchema: v.GenericSchema<T.PluginListResponse> = v.looseObject({
  featuredPluginIds: v.optional(v.array(v.string())),
  marketplaceLoadErrors: v.optional(v.array(v.lazy(() => MarketplaceLoadErrorInfoSchema))),
  marketplaces: v.array(v.lazy(() => PluginMarketplaceEntrySchema)),
});

/** Validates {@link T.PluginMarketplaceEntry}. */
export const PluginMarketplaceEntrySchema: v.GenericSchema<T.PluginMarketplaceEntry> = v
  .looseObject({
    interface: v.optional(v.nullable(v.lazy(() => MarketplaceInterfaceSchema))),
    name: v.string(),
    path: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
    plugins: v.array(v.lazy(() => PluginSummarySchema)),
  });

/** Validates {@link T.PluginReadParams}. */
export const PluginReadParamsSchema: v.GenericSchema<T.PluginReadParams> = v.looseObject({
  marketplacePath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  pluginName: v.string(),
  remoteMarketplaceName: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginReadResponse}. */
export const PluginReadResponseSchema: v.GenericSchema<T.PluginReadResponse> = v.looseObject({
  plugin: v.lazy(() => PluginDetailSchema),
});

/** Validates {@link T.PluginReconcileChangedPlugin}. */
export const PluginReconcileChangedPluginSchema: v.GenericSchema<T.PluginReconcileChangedPlugin> = v
  .looseObject({
    hasApps: v.boolean(),
    hasHooks: v.boolean(),
    hasMcps: v.boolean(),
    hasSkills: v.boolean(),
    id: v.string(),
  });

/** Validates {@link T.PluginReconcileParams}. */
export const PluginReconcileParamsSchema: v.GenericSchema<T.PluginReconcileParams> = v.looseObject({
  reason: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginReconcileResponse}. */
export const PluginReconcileResponseSchema: v.GenericSchema<T.PluginReconcileResponse> = v
  .looseObject({
    changedPlugins: v.array(v.lazy(() => PluginReconcileChangedPluginSchema)),
    failedMaterializationRemotePluginIds: v.array(v.string()),
    failedRemotePluginIds: v.array(v.string()),
  });

/** Validates {@link T.PluginSearchResult}. */
export const PluginSearchResultSchema: v.GenericSchema<T.PluginSearchResult> = v.looseObject({
  marketplaceName: v.string(),
  marketplacePath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  plugin: v.lazy(() => PluginSummarySchema),
});

/** Validates {@link T.PluginSearchScope}. */
export const PluginSearchScopeSchema: v.GenericSchema<T.PluginSearchScope> = v.picklist([
  "global",
  "workspace",
  "personal",
]);

/** Validates {@link T.PluginShareCheckoutParams}. */
export const PluginShareCheckoutParamsSchema: v.GenericSchema<T.PluginShareCheckoutParams> = v
  .looseObject({
    remotePluginId: v.string(),
  });

/** Validates {@link T.PluginShareCheckoutResponse}. */
export const PluginShareCheckoutResponseSchema: v.GenericSchema<T.PluginShareCheckoutResponse> = v
  .looseObject({
    marketplaceName: v.string(),
    marketplacePath: v.lazy(() => AbsolutePathBufSchema),
    pluginId: v.string(),
    pluginName: v.string(),
    pluginPath: v.lazy(() => AbsolutePathBufSchema),
    remotePluginId: v.string(),
    remoteVersion: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.PluginShareContext}. */
export const PluginShareContextSchema: v.GenericSchema<T.PluginShareContext> = v.looseObject({
  canPublishToWorkspace: v.optional(v.nullable(v.boolean())),
  creatorAccountUserId: v.optional(v.nullable(v.string())),
  creatorName: v.optional(v.nullable(v.string())),
  discoverability: v.optional(v.nullable(v.lazy(() => PluginShareDiscoverabilitySchema))),
  remotePluginId: v.string(),
  remoteVersion: v.optional(v.nullable(v.string())),
  sharePrincipals: v.optional(v.nullable(v.array(v.lazy(() => PluginSharePrincipalSchema)))),
  shareUrl: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginShareDeleteParams}. */
export const PluginShareDeleteParamsSchema: v.GenericSchema<T.PluginShareDeleteParams> = v
  .looseObject({
    remotePluginId: v.string(),
  });

/** Validates {@link T.PluginShareDeleteResponse}. */
export const PluginShareDeleteResponseSchema: v.GenericSchema<T.PluginShareDeleteResponse> = v
  .looseObject({});

/** Validates {@link T.PluginShareDiscoverability}. */
export const PluginShareDiscoverabilitySchema: v.GenericSchema<T.PluginShareDiscoverability> = v
  .picklist(["LISTED", "UNLISTED", "PRIVATE"]);

/** Validates {@link T.PluginShareListItem}. */
export const PluginShareListItemSchema: v.GenericSchema<T.PluginShareListItem> = v.looseObject({
  localPluginPath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  plugin: v.lazy(() => PluginSummarySchema),
});

/** Validates {@link T.PluginShareListParams}. */
export const PluginShareListParamsSchema: v.GenericSchema<T.PluginShareListParams> = v.looseObject(
  {},
);

/** Validates {@link T.PluginShareListResponse}. */
export const PluginShareListResponseSchema: v.GenericSchema<T.PluginShareListResponse> = v
  .looseObject({
    data: v.array(v.lazy(() => PluginShareListItemSchema)),
  });

/** Validates {@link T.PluginSharePrincipal}. */
export const PluginSharePrincipalSchema: v.GenericSchema<T.PluginSharePrincipal> = v.looseObject({
  name: v.string(),
  principalId: v.string(),
  principalType: v.lazy(() => PluginSharePrincipalTypeSchema),
  role: v.lazy(() => PluginSharePrincipalRoleSchema),
});

/** Validates {@link T.PluginSharePrincipalRole}. */
export const PluginSharePrincipalRoleSchema: v.GenericSchema<T.PluginSharePrincipalRole> = v
  .picklist(["reader", "editor", "owner"]);

/** Validates {@link T.PluginSharePrincipalType}. */
export const PluginSharePrincipalTypeSchema: v.GenericSchema<T.PluginSharePrincipalType> = v
  .picklist(["user", "group", "workspace"]);

/** Validates {@link T.PluginShareSaveParams}. */
export const PluginShareSaveParamsSchema: v.GenericSchema<T.PluginShareSaveParams> = v.looseObject({
  discoverability: v.optional(v.nullable(v.lazy(() => PluginShareDiscoverabilitySchema))),
  pluginPath: v.lazy(() => AbsolutePathBufSchema),
  remotePluginId: v.optional(v.nullable(v.string())),
  shareTargets: v.optional(v.nullable(v.array(v.lazy(() => PluginShareTargetSchema)))),
});

/** Validates {@link T.PluginShareSaveResponse}. */
export const PluginShareSaveResponseSchema: v.GenericSchema<T.PluginShareSaveResponse> = v
  .looseObject({
    canPublishToWorkspace: v.optional(v.nullable(v.boolean())),
    remotePluginId: v.string(),
    shareUrl: v.string(),
  });

/** Validates {@link T.PluginShareTarget}. */
export const PluginShareTargetSchema: v.GenericSchema<T.PluginShareTarget> = v.looseObject({
  principalId: v.string(),
  principalType: v.lazy(() => PluginSharePrincipalTypeSchema),
  role: v.lazy(() => PluginShareTargetRoleSchema),
});

/** Validates {@link T.PluginShareTargetRole}. */
export const PluginShareTargetRoleSchema: v.GenericSchema<T.PluginShareTargetRole> = v.picklist([
  "reader",
  "editor",
]);

/** Validates {@link T.PluginShareUpdateDiscoverability}. */
export const PluginShareUpdateDiscoverabilitySchema: v.GenericSchema<
  T.PluginShareUpdateDiscoverability
> = v.picklist(["UNLISTED", "PRIVATE", "LISTED"]);

/** Validates {@link T.PluginShareUpdateTargetsParams}. */
export const PluginShareUpdateTargetsParamsSchema: v.GenericSchema<
  T.PluginShareUpdateTargetsParams
> = v.looseObject({
  discoverability: v.lazy(() => PluginShareUpdateDiscoverabilitySchema),
  remotePluginId: v.string(),
  shareTargets: v.array(v.lazy(() => PluginShareTargetSchema)),
});

/** Validates {@link T.PluginShareUpdateTargetsResponse}. */
export const PluginShareUpdateTargetsResponseSchema: v.GenericSchema<
  T.PluginShareUpdateTargetsResponse
> = v.looseObject({
  discoverability: v.lazy(() => PluginShareDiscoverabilitySchema),
  principals: v.array(v.lazy(() => PluginSharePrincipalSchema)),
});

/** Validates {@link T.PluginSkillReadParams}. */
export const PluginSkillReadParamsSchema: v.GenericSchema<T.PluginSkillReadParams> = v.looseObject({
  remoteMarketplaceName: v.string(),
  remotePluginId: v.string(),
  skillName: v.string(),
});

/** Validates {@link T.PluginSkillReadResponse}. */
export const PluginSkillReadResponseSchema: v.GenericSchema<T.PluginSkillReadResponse> = v
  .looseObject({
    contents: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.PluginSource}. */
export const PluginSourceSchema: v.GenericSchema<T.PluginSource> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["local"]),
    path: v.lazy(() => AbsolutePathBufSchema),
  }),
  v.looseObject({
    type: v.picklist(["git"]),
    path: v.optional(v.nullable(v.string())),
    refName: v.optional(v.nullable(v.string())),
    sha: v.optional(v.nullable(v.string())),
    url: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["npm"]),
    package: v.string(),
    registry: v.optional(v.nullable(v.string())),
    version: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["remote"]),
  }),
]);

/** Validates {@link T.PluginSummary}. */
export const PluginSummarySchema: v.GenericSchema<T.PluginSummary> = v.looseObject({
  authPolicy: v.lazy(() => PluginAuthPolicySchema),
  availability: v.optional(v.lazy(() => PluginAvailabilitySchema)),
  disabledReason: v.optional(v.nullable(v.lazy(() => PluginDisabledReasonSchema))),
  eligiblePlanTypes: v.optional(v.nullable(v.array(v.string()))),
  enabled: v.boolean(),
  id: v.string(),
  installPolicy: v.lazy(() => PluginInstallPolicySchema),
  installPolicySource: v.optional(v.nullable(v.lazy(() => PluginInstallPolicySourceSchema))),
  installed: v.boolean(),
  installedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  interface: v.optional(v.nullable(v.lazy(() => PluginInterfaceSchema))),
  keywords: v.optional(v.array(v.string())),
  localVersion: v.optional(v.nullable(v.string())),
  mustShowInstallationInterstitial: v.optional(v.nullable(v.boolean())),
  name: v.string(),
  remotePluginId: v.optional(v.nullable(v.string())),
  shareContext: v.optional(v.nullable(v.lazy(() => PluginShareContextSchema))),
  source: v.lazy(() => PluginSourceSchema),
  version: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.PluginUninstallParams}. */
export const PluginUninstallParamsSchema: v.GenericSchema<T.PluginUninstallParams> = v.looseObject({
  pluginId: v.string(),
});

/** Validates {@link T.PluginUninstallResponse}. */
export const PluginUninstallResponseSchema: v.GenericSchema<T.PluginUninstallResponse> = v
  .looseObject({});

/** Validates {@link T.PluginsMigration}. */
export const PluginsMigrationSchema: v.GenericSchema<T.PluginsMigration> = v.looseObject({
  marketplaceName: v.string(),
  pluginNames: v.array(v.string()),
});

/** Validates {@link T.ProcessExitedNotification}. */
export const ProcessExitedNotificationSchema: v.GenericSchema<T.ProcessExitedNotification> = v
  .looseObject({
    exitCode: v.pipe(v.number(), v.integer()),
    outputDrainTimedOut: v.optional(v.nullable(v.boolean())),
    processHandle: v.string(),
    stderr: v.string(),
    stderrCapReached: v.boolean(),
    stdout: v.string(),
    stdoutCapReached: v.boolean(),
  });

/** Validates {@link T.ProcessOutputDeltaNotification}. */
export const ProcessOutputDeltaNotificationSchema: v.GenericSchema<
  T.ProcessOutputDeltaNotification
> = v.looseObject({
  capReached: v.boolean(),
  deltaBase64: v.string(),
  processHandle: v.string(),
  stream: v.lazy(() => ProcessOutputStreamSchema),
});

/** Validates {@link T.ProcessOutputStream}. */
export const ProcessOutputStreamSchema: v.GenericSchema<T.ProcessOutputStream> = v.picklist([
  "stdout",
  "stderr",
]);

/** Validates {@link T.ProcessTerminalSize}. */
export const ProcessTerminalSizeSchema: v.GenericSchema<T.ProcessTerminalSize> = v.looseObject({
  cols: v.pipe(v.number(), v.integer()),
  rows: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.Project}. */
export const ProjectSchema: v.GenericSchema<T.Project> = v.looseObject({
  createdAt: v.pipe(v.number(), v.integer()),
  id: v.string(),
  metadata: v.record(v.string(), v.string()),
  name: v.string(),
  position: v.pipe(v.number(), v.integer()),
  recencyAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  roots: v.array(v.lazy(() => ProjectRootSchema)),
  updatedAt: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.ProjectChangeType}. */
export const ProjectChangeTypeSchema: v.GenericSchema<T.ProjectChangeType> = v.picklist([
  "created",
  "updated",
  "deleted",
]);

/** Validates {@link T.ProjectChangedNotification}. */
export const ProjectChangedNotificationSchema: v.GenericSchema<T.ProjectChangedNotification> = v
  .looseObject({
    changeType: v.lazy(() => ProjectChangeTypeSchema),
    projectId: v.string(),
  });

/** Validates {@link T.ProjectRoot}. */
export const ProjectRootSchema: v.GenericSchema<T.ProjectRoot> = v.looseObject({
  path: v.lazy(() => AbsolutePathBufSchema),
});

/** Validates {@link T.ProjectSortKey}. */
export const ProjectSortKeySchema: v.GenericSchema<T.ProjectSortKey> = v.picklist([
  "position",
  "recencyAt",
]);

/** Validates {@link T.ProviderSettings}. */
export const ProviderSettingsSchema: v.GenericSchema<T.ProviderSettings> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["openai"]),
  }),
  v.looseObject({
    type: v.picklist(["customGateway"]),
    auth: v.lazy(() => GatewayAuthSchema),
  }),
  v.looseObject({
    type: v.picklist(["bedrock"]),
    profile: v.optional(v.nullable(v.string())),
    region: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["gcp"]),
    credentialFile: v.optional(v.nullable(v.string())),
    location: v.optional(v.nullable(v.string())),
    projectId: v.optional(v.nullable(v.string())),
  }),
]);

/** Validates {@link T.ProviderSettingsPatch}. */
export const ProviderSettingsPatchSchema: v.GenericSchema<T.ProviderSettingsPatch> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["customGateway"]),
      baseUrl: v.optional(v.nullable(v.string())),
      envKey: v.optional(v.nullable(v.string())),
      name: v.optional(v.string()),
      providerId: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["bedrock"]),
      profile: v.optional(v.nullable(v.string())),
      providerId: v.lazy(() => BedrockProviderIdSchema),
      region: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["gcp"]),
      credentialFile: v.optional(v.nullable(v.string())),
      location: v.optional(v.nullable(v.string())),
      projectId: v.optional(v.nullable(v.string())),
      providerId: v.lazy(() => GcpProviderIdSchema),
    }),
  ],
);

/** Validates {@link T.QueuedSubmission}. */
export const QueuedSubmissionSchema: v.GenericSchema<T.QueuedSubmission> = v.looseObject({
  clientUserMessageId: v.string(),
  id: v.string(),
  input: v.array(v.lazy(() => UserInputSchema)),
  responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
});

/** Validates {@link T.RateLimitReachedType}. */
export const RateLimitReachedTypeSchema: v.GenericSchema<T.RateLimitReachedType> = v.picklist([
  "rate_limit_reached",
  "workspace_owner_credits_depleted",
  "workspace_member_credits_depleted",
  "workspace_owner_usage_limit_reached",
  "workspace_member_usage_limit_reached",
]);

/** Validates {@link T.RateLimitResetCredit}. */
export const RateLimitResetCreditSchema: v.GenericSchema<T.RateLimitResetCredit> = v.looseObject({
  description: v.optional(v.nullable(v.string())),
  expiresAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  grantedAt: v.pipe(v.number(), v.integer()),
  id: v.string(),
  resetType: v.lazy(() => RateLimitResetTypeSchema),
  status: v.lazy(() => RateLimitResetCreditStatusSchema),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.RateLimitResetCreditStatus}. */
export const RateLimitResetCreditStatusSchema: v.GenericSchema<T.RateLimitResetCreditStatus> = v
  .picklist(["available", "redeeming", "redeemed", "unknown"]);

/** Validates {@link T.RateLimitResetCreditsSummary}. */
export const RateLimitResetCreditsSummarySchema: v.GenericSchema<T.RateLimitResetCreditsSummary> = v
  .looseObject({
    availableCount: v.pipe(v.number(), v.integer()),
    credits: v.optional(v.nullable(v.array(v.lazy(() => RateLimitResetCreditSchema)))),
  });

/** Validates {@link T.RateLimitResetType}. */
export const RateLimitResetTypeSchema: v.GenericSchema<T.RateLimitResetType> = v.picklist([
  "codexRateLimits",
  "unknown",
]);

/** Validates {@link T.RateLimitSnapshot}. */
export const RateLimitSnapshotSchema: v.GenericSchema<T.RateLimitSnapshot> = v.looseObject({
  credits: v.optional(v.nullable(v.lazy(() => CreditsSnapshotSchema))),
  individualLimit: v.optional(v.nullable(v.lazy(() => SpendControlLimitSnapshotSchema))),
  limitId: v.optional(v.nullable(v.string())),
  limitName: v.optional(v.nullable(v.string())),
  normalModelSlug: v.optional(v.nullable(v.string())),
  planType: v.optional(v.nullable(v.lazy(() => PlanTypeSchema))),
  primary: v.optional(v.nullable(v.lazy(() => RateLimitWindowSchema))),
  rateLimitReachedType: v.optional(v.nullable(v.lazy(() => RateLimitReachedTypeSchema))),
  secondary: v.optional(v.nullable(v.lazy(() => RateLimitWindowSchema))),
  spendControlReached: v.optional(v.nullable(v.boolean())),
});

/** Validates {@link T.RateLimitWindow}. */
export const RateLimitWindowSchema: v.GenericSchema<T.RateLimitWindow> = v.looseObject({
  resetsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  usedPercent: v.pipe(v.number(), v.integer()),
  windowDurationMins: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});

/** Validates {@link T.RawResponseCompletedNotification}. */
export const RawResponseCompletedNotificationSchema: v.GenericSchema<
  T.RawResponseCompletedNotification
> = v.looseObject({
  responseId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
  usage: v.optional(v.nullable(v.lazy(() => TokenUsageBreakdownSchema))),
  usageMetadata: v.optional(v.nullable(v.lazy(() => ResponseUsageMetadataSchema))),
});

/** Validates {@link T.RawResponseItemCompletedNotification}. */
export const RawResponseItemCompletedNotificationSchema: v.GenericSchema<
  T.RawResponseItemCompletedNotification
> = v.looseObject({
  item: v.lazy(() => ResponseItemSchema),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.RealtimeConversationVersion}. */
export const RealtimeConversationVersionSchema: v.GenericSchema<T.RealtimeConversationVersion> = v
  .picklist(["v1", "v2", "v3"]);

/** Validates {@link T.RealtimeOutputModality}. */
export const RealtimeOutputModalitySchema: v.GenericSchema<T.RealtimeOutputModality> = v.picklist([
  "text",
  "audio",
]);

/** Validates {@link T.RealtimeVoice}. */
export const RealtimeVoiceSchema: v.GenericSchema<T.RealtimeVoice> = v.picklist([
  "alloy",
  "arbor",
  "ash",
  "aube",
  "ballad",
  "breeze",
  "bubbie",
  "cedar",
  "coral",
  "cove",
  "echo",
  "ember",
  "haetsal",
  "hanul",
  "himari",
  "juniper",
  "leher",
  "maple",
  "marin",
  "miko",
  "neer",
  "porto",
  "rindo",
  "rio",
  "rivage",
  "sage",
  "selva",
  "shimmer",
  "sol",
  "sonna",
  "spruce",
  "tinta",
  "vale",
  "verse",
  "viola",
]);

/** Validates {@link T.RealtimeVoicesList}. */
export const RealtimeVoicesListSchema: v.GenericSchema<T.RealtimeVoicesList> = v.looseObject({
  defaultV1: v.lazy(() => RealtimeVoiceSchema),
  defaultV2: v.lazy(() => RealtimeVoiceSchema),
  v1: v.array(v.lazy(() => RealtimeVoiceSchema)),
  v2: v.array(v.lazy(() => RealtimeVoiceSchema)),
  v3: v.optional(v.array(v.lazy(() => RealtimeVoiceSchema))),
});

/** Validates {@link T.ReasoningEffort}. */
export const ReasoningEffortSchema: v.GenericSchema<T.ReasoningEffort> = v.pipe(
  v.string(),
  v.minLength(1),
);

/** Validates {@link T.ReasoningEffortOption}. */
export const ReasoningEffortOptionSchema: v.GenericSchema<T.ReasoningEffortOption> = v.looseObject({
  description: v.string(),
  reasoningEffort: v.lazy(() => ReasoningEffortSchema),
});

/** Validates {@link T.ReasoningItemContent}. */
export const ReasoningItemContentSchema: v.GenericSchema<T.ReasoningItemContent> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["reasoning_text"]),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["text"]),
      text: v.string(),
    }),
  ],
);

/** Validates {@link T.ReasoningItemReasoningSummary}. */
export const ReasoningItemReasoningSummarySchema: v.GenericSchema<T.ReasoningItemReasoningSummary> =
  v.looseObject({
    text: v.string(),
    type: v.picklist(["summary_text"]),
  });

/** Validates {@link T.ReasoningSummary}. */
export const ReasoningSummarySchema: v.GenericSchema<T.ReasoningSummary> = v.picklist([
  "auto",
  "concise",
  "detailed",
  "none",
]);

/** Validates {@link T.ReasoningSummaryPartAddedNotification}. */
export const ReasoningSummaryPartAddedNotificationSchema: v.GenericSchema<
  T.ReasoningSummaryPartAddedNotification
> = v.looseObject({
  itemId: v.string(),
  summaryIndex: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.ReasoningSummaryTextDeltaNotification}. */
export const ReasoningSummaryTextDeltaNotificationSchema: v.GenericSchema<
  T.ReasoningSummaryTextDeltaNotification
> = v.looseObject({
  delta: v.string(),
  itemId: v.string(),
  summaryIndex: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.ReasoningTextDeltaNotification}. */
export const ReasoningTextDeltaNotificationSchema: v.GenericSchema<
  T.ReasoningTextDeltaNotification
> = v.looseObject({
  contentIndex: v.pipe(v.number(), v.integer()),
  delta: v.string(),
  itemId: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.RemoteControlConnectionStatus}. */
export const RemoteControlConnectionStatusSchema: v.GenericSchema<T.RemoteControlConnectionStatus> =
  v.picklist(["disabled", "connecting", "connected", "errored"]);

/** Validates {@link T.RemoteControlDisableParams}. */
export const RemoteControlDisableParamsSchema: v.GenericSchema<T.RemoteControlDisableParams> = v
  .looseObject({
    ephemeral: v.optional(v.boolean()),
  });

/** Validates {@link T.RemoteControlEnableParams}. */
export const RemoteControlEnableParamsSchema: v.GenericSchema<T.RemoteControlEnableParams> = v
  .looseObject({
    ephemeral: v.optional(v.boolean()),
  });

/** Validates {@link T.RemoteControlStatusChangedNotification}. */
export const RemoteControlStatusChangedNotificationSchema: v.GenericSchema<
  T.RemoteControlStatusChangedNotification
> = v.looseObject({
  environmentId: v.optional(v.nullable(v.string())),
  installationId: v.string(),
  serverName: v.string(),
  status: v.lazy(() => RemoteControlConnectionStatusSchema),
});

/** Validates {@link T.RequestHeader}. */
export const RequestHeaderSchema: v.GenericSchema<T.RequestHeader> = v.looseObject({
  name: v.string(),
  value: v.string(),
});

/** Validates {@link T.RequestId}. */
export const RequestIdSchema: v.GenericSchema<T.RequestId> = v.union([
  v.string(),
  v.pipe(v.number(), v.integer()),
]);

/** Validates {@link T.RequestPermissionProfile}. */
export const RequestPermissionProfileSchema: v.GenericSchema<T.RequestPermissionProfile> = v
  .looseObject({
    fileSystem: v.optional(v.nullable(v.lazy(() => AdditionalFileSystemPermissionsSchema))),
    network: v.optional(v.nullable(v.lazy(() => AdditionalNetworkPermissionsSchema))),
  });

/** Validates {@link T.ResidencyRequirement}. */
export const ResidencyRequirementSchema: v.GenericSchema<T.ResidencyRequirement> = v.picklist([
  "us",
]);

/** Validates {@link T.Resource}. */
export const ResourceSchema: v.GenericSchema<T.Resource> = v.looseObject({
  _meta: v.optional(v.unknown()),
  annotations: v.optional(v.unknown()),
  description: v.optional(v.nullable(v.string())),
  icons: v.optional(v.nullable(v.array(v.unknown()))),
  mimeType: v.optional(v.nullable(v.string())),
  name: v.string(),
  size: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  title: v.optional(v.nullable(v.string())),
  uri: v.string(),
});

/** Validates {@link T.ResourceContent}. */
export const ResourceContentSchema: v.GenericSchema<T.ResourceContent> = v.union([
  v.looseObject({
    _meta: v.optional(v.unknown()),
    mimeType: v.optional(v.nullable(v.string())),
    text: v.string(),
    uri: v.string(),
  }),
  v.looseObject({
    _meta: v.optional(v.unknown()),
    blob: v.string(),
    mimeType: v.optional(v.nullable(v.string())),
    uri: v.string(),
  }),
]);

/** Validates {@link T.ResourceTemplate}. */
export const ResourceTemplateSchema: v.GenericSchema<T.ResourceTemplate> = v.looseObject({
  annotations: v.optional(v.unknown()),
  description: v.optional(v.nullable(v.string())),
  mimeType: v.optional(v.nullable(v.string())),
  name: v.string(),
  title: v.optional(v.nullable(v.string())),
  uriTemplate: v.string(),
});

/** Validates {@link T.ResponseItem}. */
export const ResponseItemSchema: v.GenericSchema<T.ResponseItem> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["additional_tools"]),
    id: v.optional(v.nullable(v.string())),
    role: v.string(),
    tools: v.array(v.unknown()),
  }),
  v.looseObject({
    type: v.picklist(["message"]),
    content: v.array(v.lazy(() => ContentItemSchema)),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    phase: v.optional(v.nullable(v.lazy(() => MessagePhaseSchema))),
    role: v.string(),
    status: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["agent_message"]),
    author: v.string(),
    content: v.array(v.lazy(() => AgentMessageInputContentSchema)),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    recipient: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["reasoning"]),
    content: v.optional(v.nullable(v.array(v.lazy(() => ReasoningItemContentSchema)))),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    summary: v.array(v.lazy(() => ReasoningItemReasoningSummarySchema)),
  }),
  v.looseObject({
    type: v.picklist(["local_shell_call"]),
    action: v.lazy(() => LocalShellActionSchema),
    call_id: v.optional(v.nullable(v.string())),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    status: v.lazy(() => LocalShellStatusSchema),
  }),
  v.looseObject({
    type: v.picklist(["function_call"]),
    arguments: v.string(),
    call_id: v.string(),
    encrypted_content: v.optional(v.nullable(v.string())),
    encrypted_function_args: v.optional(v.nullable(v.array(v.string()))),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    name: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    status: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["tool_search_call"]),
    arguments: v.unknown(),
    call_id: v.optional(v.nullable(v.string())),
    encrypted_content: v.optional(v.nullable(v.string())),
    execution: v.string(),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    status: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["function_call_output"]),
    call_id: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    name: v.optional(v.nullable(v.string())),
    namespace: v.optional(v.nullable(v.string())),
    output: v.lazy(() => FunctionCallOutputBodySchema),
  }),
  v.looseObject({
    type: v.picklist(["custom_tool_call"]),
    call_id: v.string(),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    input: v.string(),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    name: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    status: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["custom_tool_call_output"]),
    call_id: v.string(),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    name: v.optional(v.nullable(v.string())),
    output: v.lazy(() => FunctionCallOutputBodySchema),
  }),
  v.looseObject({
    type: v.picklist(["tool_search_output"]),
    call_id: v.optional(v.nullable(v.string())),
    execution: v.string(),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    status: v.string(),
    tools: v.array(v.unknown()),
  }),
  v.looseObject({
    type: v.picklist(["web_search_call"]),
    action: v.optional(v.nullable(v.lazy(() => ResponsesApiWebSearchActionSchema))),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    status: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["image_generation_call"]),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
    result: v.string(),
    revised_prompt: v.optional(v.nullable(v.string())),
    status: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["compaction"]),
    encrypted_content: v.string(),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
  }),
  v.looseObject({
    type: v.picklist(["configuration_update"]),
    reasoning: v.lazy(() => ConfigurationReasoningSchema),
  }),
  v.looseObject({
    type: v.picklist(["compaction_trigger"]),
  }),
  v.looseObject({
    type: v.picklist(["context_compaction"]),
    encrypted_content: v.optional(v.nullable(v.string())),
    id: v.optional(v.nullable(v.string())),
    internal_chat_message_metadata_passthrough: v.optional(
      v.nullable(v.lazy(() => InternalChatMessageMetadataPassthroughSchema)),
    ),
  }),
  v.looseObject({
    type: v.picklist(["other"]),
  }),
]);

/** Validates {@link T.ResponseUsageMetadata}. */
export const ResponseUsageMetadataSchema: v.GenericSchema<T.ResponseUsageMetadata> = v.looseObject({
  amount: v.optional(v.nullable(v.string())),
  metadata: v.optional(v.unknown()),
});

/** Validates {@link T.ResponsesApiWebSearchAction}. */
export const ResponsesApiWebSearchActionSchema: v.GenericSchema<T.ResponsesApiWebSearchAction> = v
  .variant("type", [
    v.looseObject({
      type: v.picklist(["search"]),
      queries: v.optional(v.nullable(v.array(v.string()))),
      query: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["open_page"]),
      url: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["find_in_page"]),
      pattern: v.optional(v.nullable(v.string())),
      url: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["other"]),
    }),
  ]);

/** Validates {@link T.ReviewDecision}. */
export const ReviewDecisionSchema: v.GenericSchema<T.ReviewDecision> = v.union([
  v.picklist([
    "approved",
    "approved_for_session",
    "approved_mcp_policy_amendment",
    "timed_out",
    "abort",
  ]),
  v.looseObject({
    approved_execpolicy_amendment: v.looseObject({
      proposed_execpolicy_amendment: v.array(v.string()),
    }),
  }),
  v.looseObject({
    network_policy_amendment: v.looseObject({
      network_policy_amendment: v.lazy(() => NetworkPolicyAmendmentSchema),
    }),
  }),
  v.looseObject({
    denied: v.looseObject({
      rejection: v.string(),
    }),
  }),
]);

/** Validates {@link T.ReviewDelivery}. */
export const ReviewDeliverySchema: v.GenericSchema<T.ReviewDelivery> = v.picklist(["inline"]);

/** Validates {@link T.ReviewStartParams}. */
export const ReviewStartParamsSchema: v.GenericSchema<T.ReviewStartParams> = v.looseObject({
  delivery: v.optional(v.nullable(v.lazy(() => ReviewDeliverySchema))),
  target: v.lazy(() => ReviewTargetSchema),
  threadId: v.string(),
});

/** Validates {@link T.ReviewStartResponse}. */
export const ReviewStartResponseSchema: v.GenericSchema<T.ReviewStartResponse> = v.looseObject({
  reviewThreadId: v.string(),
  turn: v.lazy(() => TurnSchema),
});

/** Validates {@link T.ReviewTarget}. */
export const ReviewTargetSchema: v.GenericSchema<T.ReviewTarget> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["uncommittedChanges"]),
  }),
  v.looseObject({
    type: v.picklist(["baseBranch"]),
    branch: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["commit"]),
    sha: v.string(),
    title: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["custom"]),
    instructions: v.string(),
  }),
]);

/** Validates {@link T.SandboxMode}. */
export const SandboxModeSchema: v.GenericSchema<T.SandboxMode> = v.picklist([
  "read-only",
  "workspace-write",
  "danger-full-access",
]);

/** Validates {@link T.SandboxPolicy}. */
export const SandboxPolicySchema: v.GenericSchema<T.SandboxPolicy> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["dangerFullAccess"]),
  }),
  v.looseObject({
    type: v.picklist(["readOnly"]),
    networkAccess: v.optional(v.boolean()),
  }),
  v.looseObject({
    type: v.picklist(["externalSandbox"]),
    networkAccess: v.optional(v.lazy(() => NetworkAccessSchema)),
  }),
  v.looseObject({
    type: v.picklist(["workspaceWrite"]),
    excludeSlashTmp: v.optional(v.boolean()),
    excludeTmpdirEnvVar: v.optional(v.boolean()),
    networkAccess: v.optional(v.boolean()),
    writableRoots: v.optional(v.array(v.lazy(() => AbsolutePathBufSchema))),
  }),
]);

/** Validates {@link T.SandboxWorkspaceWrite}. */
export const SandboxWorkspaceWriteSchema: v.GenericSchema<T.SandboxWorkspaceWrite> = v.looseObject({
  exclude_slash_tmp: v.optional(v.boolean()),
  exclude_tmpdir_env_var: v.optional(v.boolean()),
  network_access: v.optional(v.boolean()),
  writable_roots: v.optional(v.array(v.string())),
});

/** Validates {@link T.ScheduledTaskSchedule}. */
export const ScheduledTaskScheduleSchema: v.GenericSchema<T.ScheduledTaskSchedule> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["hourly"]),
      days: v.optional(v.nullable(v.array(v.lazy(() => ScheduledTaskWeekdaySchema)))),
      intervalHours: v.pipe(v.number(), v.integer()),
    }),
    v.looseObject({
      type: v.picklist(["daily"]),
      time: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["weekdays"]),
      time: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["weekly"]),
      days: v.array(v.lazy(() => ScheduledTaskWeekdaySchema)),
      time: v.string(),
    }),
  ],
);

/** Validates {@link T.ScheduledTaskSummary}. */
export const ScheduledTaskSummarySchema: v.GenericSchema<T.ScheduledTaskSummary> = v.looseObject({
  key: v.string(),
  name: v.string(),
  prompt: v.string(),
  schedule: v.lazy(() => ScheduledTaskScheduleSchema),
});

/** Validates {@link T.ScheduledTaskWeekday}. */
export const ScheduledTaskWeekdaySchema: v.GenericSchema<T.ScheduledTaskWeekday> = v.picklist([
  "MO",
  "TU",
  "WE",
  "TH",
  "FR",
  "SA",
  "SU",
]);

/** Validates {@link T.SelectedCapabilityRoot}. */
export const SelectedCapabilityRootSchema: v.GenericSchema<T.SelectedCapabilityRoot> = v
  .looseObject({
    id: v.string(),
    location: v.lazy(() => CapabilityRootLocationSchema),
  });

/** Validates {@link T.SendAddCreditsNudgeEmailParams}. */
export const SendAddCreditsNudgeEmailParamsSchema: v.GenericSchema<
  T.SendAddCreditsNudgeEmailParams
> = v.looseObject({
  creditType: v.lazy(() => AddCreditsNudgeCreditTypeSchema),
});

/** Validates {@link T.SendAddCreditsNudgeEmailResponse}. */
export const SendAddCreditsNudgeEmailResponseSchema: v.GenericSchema<
  T.SendAddCreditsNudgeEmailResponse
> = v.looseObject({
  status: v.lazy(() => AddCreditsNudgeEmailStatusSchema),
});

/** Validates {@link T.ServerDiagnosticsGauge}. */
export const ServerDiagnosticsGaugeSchema: v.GenericSchema<T.ServerDiagnosticsGauge> = v
  .looseObject({
    name: v.string(),
    value: v.pipe(v.number(), v.integer()),
  });

/** Validates {@link T.ServerDiagnosticsProcess}. */
export const ServerDiagnosticsProcessSchema: v.GenericSchema<T.ServerDiagnosticsProcess> = v
  .looseObject({
    id: v.pipe(v.number(), v.integer()),
    physicalFootprintBytes: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    residentMemoryBytes: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.ServerNotification}. */
export const ServerNotificationSchema: v.GenericSchema<T.ServerNotification> = v.variant("method", [
  v.looseObject({
    method: v.picklist(["error"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ErrorNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/status/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadStatusChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/readState/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadReadStateChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/archived"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadArchivedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/deleted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadDeletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/unarchived"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadUnarchivedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/closed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadClosedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/reverted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRevertedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["skills/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => SkillsChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/name/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadNameUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/section/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadSectionChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/attachment/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadAttachmentUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/goal/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadGoalUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/prediction/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadPredictionUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/goal/cleared"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadGoalClearedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/queue/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadQueueChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["project/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ProjectChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/project/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadProjectUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/environment/connected"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => EnvironmentConnectionNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/environment/disconnected"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => EnvironmentConnectionNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/settings/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadSettingsUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/tokenUsage/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadTokenUsageUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TurnStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["hook/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => HookStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TurnCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["hook/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => HookCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/diff/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TurnDiffUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/plan/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TurnPlanUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ItemStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/autoApprovalReview/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ItemGuardianApprovalReviewStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/autoApprovalReview/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ItemGuardianApprovalReviewCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["autoApprovalReview/strictReviewRequired"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => StrictReviewRequiredNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ItemCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/agentMessage/delta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AgentMessageDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/plan/delta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => PlanDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["command/exec/outputDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => CommandExecOutputDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["process/outputDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ProcessOutputDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["process/exited"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ProcessExitedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/commandExecution/outputDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => CommandExecutionOutputDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/commandExecution/terminalInteraction"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TerminalInteractionNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/fileChange/outputDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => FileChangeOutputDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/fileChange/patchUpdated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => FileChangePatchUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["serverRequest/resolved"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ServerRequestResolvedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/mcpToolCall/progress"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => McpToolCallProgressNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/oauthLogin/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => McpServerOauthLoginCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/startupStatus/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => McpServerStatusUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/event/stream/notification"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => McpServerEventStreamNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AccountUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/gatewayOAuth/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => GatewayOAuthChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/rateLimits/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AccountRateLimitsUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["app/list/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AppListUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["remoteControl/status/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => RemoteControlStatusChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/import/progress"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ExternalAgentConfigImportProgressNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["externalAgentConfig/import/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ExternalAgentConfigImportCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["fs/changed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => FsChangedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/reasoning/summaryTextDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ReasoningSummaryTextDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/reasoning/summaryPartAdded"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ReasoningSummaryPartAddedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/reasoning/textDelta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ReasoningTextDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/compacted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ContextCompactedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["model/rerouted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ModelReroutedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["model/verification"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ModelVerificationNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["modelProvider/authRecoveryStarted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AuthRecoveryNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["modelProvider/authRecoveryCompleted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AuthRecoveryNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["turn/moderationMetadata"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => TurnModerationMetadataNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["model/safetyBuffering/updated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ModelSafetyBufferingUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["warning"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => WarningNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["guardianWarning"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => GuardianWarningNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["deprecationNotice"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => DeprecationNoticeNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["configWarning"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ConfigWarningNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["fuzzyFileSearch/sessionUpdated"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => FuzzyFileSearchSessionUpdatedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["fuzzyFileSearch/sessionCompleted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => FuzzyFileSearchSessionCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/itemAdded"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeItemAddedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/item/started"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeItemStartedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/item/transcript/delta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeItemTranscriptDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/item/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeItemCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/transcript/delta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeTranscriptDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/transcript/done"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeTranscriptDoneNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/outputAudio/delta"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeOutputAudioDeltaNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/sdp"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeSdpNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/error"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeErrorNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["thread/realtime/closed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => ThreadRealtimeClosedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["windows/worldWritableWarning"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => WindowsWorldWritableWarningNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["windowsSandbox/setupCompleted"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => WindowsSandboxSetupCompletedNotificationSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/login/completed"]),
    emittedAtMs: v.optional(v.pipe(v.number(), v.integer())),
    params: v.lazy(() => AccountLoginCompletedNotificationSchema),
  }),
]);

/** Validates {@link T.ServerRequest}. */
export const ServerRequestSchema: v.GenericSchema<T.ServerRequest> = v.variant("method", [
  v.looseObject({
    method: v.picklist(["item/commandExecution/requestApproval"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => CommandExecutionRequestApprovalParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/fileChange/requestApproval"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => FileChangeRequestApprovalParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/tool/requestUserInput"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ToolRequestUserInputParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["mcpServer/elicitation/request"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => McpServerElicitationRequestParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/permissions/requestApproval"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => PermissionsRequestApprovalParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["item/tool/call"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => DynamicToolCallParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["account/chatgptAuthTokens/refresh"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ChatgptAuthTokensRefreshParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["attestation/generate"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => AttestationGenerateParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["applyPatchApproval"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ApplyPatchApprovalParamsSchema),
  }),
  v.looseObject({
    method: v.picklist(["execCommandApproval"]),
    id: v.lazy(() => RequestIdSchema),
    params: v.lazy(() => ExecCommandApprovalParamsSchema),
  }),
]);

/** Validates {@link T.ServerRequestResolvedNotification}. */
export const ServerRequestResolvedNotificationSchema: v.GenericSchema<
  T.ServerRequestResolvedNotification
> = v.looseObject({
  requestId: v.lazy(() => RequestIdSchema),
  threadId: v.string(),
});

/** Validates {@link T.SessionMigration}. */
export const SessionMigrationSchema: v.GenericSchema<T.SessionMigration> = v.looseObject({
  cwd: v.string(),
  path: v.string(),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.SessionSource}. */
export const SessionSourceSchema: v.GenericSchema<T.SessionSource> = v.union([
  v.picklist(["cli", "vscode", "exec", "appServer", "unknown"]),
  v.looseObject({
    custom: v.string(),
  }),
  v.looseObject({
    subAgent: v.lazy(() => SubAgentSourceSchema),
  }),
]);

/** Validates {@link T.Settings}. */
export const SettingsSchema: v.GenericSchema<T.Settings> = v.looseObject({
  developer_instructions: v.optional(v.nullable(v.string())),
  model: v.string(),
  reasoning_effort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
});

/** Validates {@link T.SkillDependencies}. */
export const SkillDependenciesSchema: v.GenericSchema<T.SkillDependencies> = v.looseObject({
  tools: v.array(v.lazy(() => SkillToolDependencySchema)),
});

/** Validates {@link T.SkillErrorInfo}. */
export const SkillErrorInfoSchema: v.GenericSchema<T.SkillErrorInfo> = v.looseObject({
  message: v.string(),
  path: v.string(),
});

/** Validates {@link T.SkillInterface}. */
export const SkillInterfaceSchema: v.GenericSchema<T.SkillInterface> = v.looseObject({
  brandColor: v.optional(v.nullable(v.string())),
  defaultPrompt: v.optional(v.nullable(v.string())),
  displayName: v.optional(v.nullable(v.string())),
  iconLarge: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  iconLargeUrl: v.optional(v.nullable(v.string())),
  iconSmall: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  iconSmallUrl: v.optional(v.nullable(v.string())),
  shortDescription: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.SkillMetadata}. */
export const SkillMetadataSchema: v.GenericSchema<T.SkillMetadata> = v.looseObject({
  dependencies: v.optional(v.nullable(v.lazy(() => SkillDependenciesSchema))),
  description: v.string(),
  enabled: v.boolean(),
  interface: v.optional(v.nullable(v.lazy(() => SkillInterfaceSchema))),
  name: v.string(),
  path: v.lazy(() => LegacyAppPathStringSchema),
  pluginId: v.optional(v.nullable(v.string())),
  scope: v.lazy(() => SkillScopeSchema),
  shortDescription: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.SkillMigration}. */
export const SkillMigrationSchema: v.GenericSchema<T.SkillMigration> = v.looseObject({
  name: v.string(),
});

/** Validates {@link T.SkillScope}. */
export const SkillScopeSchema: v.GenericSchema<T.SkillScope> = v.picklist([
  "user",
  "repo",
  "system",
  "admin",
]);

/** Validates {@link T.SkillSummary}. */
export const SkillSummarySchema: v.GenericSchema<T.SkillSummary> = v.looseObject({
  description: v.string(),
  enabled: v.boolean(),
  interface: v.optional(v.nullable(v.lazy(() => SkillInterfaceSchema))),
  name: v.string(),
  path: v.optional(v.nullable(v.lazy(() => LegacyAppPathStringSchema))),
  shortDescription: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.SkillToolDependency}. */
export const SkillToolDependencySchema: v.GenericSchema<T.SkillToolDependency> = v.looseObject({
  command: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  transport: v.optional(v.nullable(v.string())),
  type: v.string(),
  url: v.optional(v.nullable(v.string())),
  value: v.string(),
});

/** Validates {@link T.SkillsChangedNotification}. */
export const SkillsChangedNotificationSchema: v.GenericSchema<T.SkillsChangedNotification> = v
  .looseObject({});

/** Validates {@link T.SkillsConfigWriteParams}. */
export const SkillsConfigWriteParamsSchema: v.GenericSchema<T.SkillsConfigWriteParams> = v
  .looseObject({
    enabled: v.boolean(),
    name: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  });

/** Validates {@link T.SkillsConfigWriteResponse}. */
export const SkillsConfigWriteResponseSchema: v.GenericSchema<T.SkillsConfigWriteResponse> = v
  .looseObject({
    effectiveEnabled: v.boolean(),
  });

/** Validates {@link T.SkillsExtraRootsSetParams}. */
export const SkillsExtraRootsSetParamsSchema: v.GenericSchema<T.SkillsExtraRootsSetParams> = v
  .looseObject({
    extraRoots: v.array(v.lazy(() => AbsolutePathBufSchema)),
  });

/** Validates {@link T.SkillsExtraRootsSetResponse}. */
export const SkillsExtraRootsSetResponseSchema: v.GenericSchema<T.SkillsExtraRootsSetResponse> = v
  .looseObject({});

/** Validates {@link T.SkillsListEntry}. */
export const SkillsListEntrySchema: v.GenericSchema<T.SkillsListEntry> = v.looseObject({
  cwd: v.string(),
  errors: v.array(v.lazy(() => SkillErrorInfoSchema)),
  skills: v.array(v.lazy(() => SkillMetadataSchema)),
});

/** Validates {@link T.SkillsListParams}. */
export const SkillsListParamsSchema: v.GenericSchema<T.SkillsListParams> = v.looseObject({
  cwds: v.optional(v.array(v.string())),
  forceReload: v.optional(v.boolean()),
});

/** Validates {@link T.SkillsListResponse}. */
export const SkillsListResponseSchema: v.GenericSchema<T.SkillsListResponse> = v.looseObject({
  data: v.array(v.lazy(() => SkillsListEntrySchema)),
});

/** Validates {@link T.SortDirection}. */
export const SortDirectionSchema: v.GenericSchema<T.SortDirection> = v.picklist(["asc", "desc"]);

/** Validates {@link T.SpendControlLimitSnapshot}. */
export const SpendControlLimitSnapshotSchema: v.GenericSchema<T.SpendControlLimitSnapshot> = v
  .looseObject({
    limit: v.string(),
    remainingPercent: v.pipe(v.number(), v.integer()),
    resetsAt: v.pipe(v.number(), v.integer()),
    used: v.string(),
  });

/** Validates {@link T.StrictReviewRequiredNotification}. */
export const StrictReviewRequiredNotificationSchema: v.GenericSchema<
  T.StrictReviewRequiredNotification
> = v.looseObject({
  startedAtMs: v.pipe(v.number(), v.integer()),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.SubAgentActivityKind}. */
export const SubAgentActivityKindSchema: v.GenericSchema<T.SubAgentActivityKind> = v.picklist([
  "started",
  "interacted",
  "interrupted",
  "completed",
]);

/** Validates {@link T.SubAgentSource}. */
export const SubAgentSourceSchema: v.GenericSchema<T.SubAgentSource> = v.union([
  v.picklist(["review", "compact", "memory_consolidation"]),
  v.looseObject({
    thread_spawn: v.looseObject({
      agent_nickname: v.optional(v.nullable(v.string())),
      agent_path: v.optional(v.nullable(v.lazy(() => AgentPathSchema))),
      agent_role: v.optional(v.nullable(v.string())),
      depth: v.pipe(v.number(), v.integer()),
      parent_thread_id: v.lazy(() => ThreadIdSchema),
    }),
  }),
  v.looseObject({
    other: v.string(),
  }),
]);

/** Validates {@link T.SubagentMigration}. */
export const SubagentMigrationSchema: v.GenericSchema<T.SubagentMigration> = v.looseObject({
  name: v.string(),
});

/** Validates {@link T.TerminalInteractionNotification}. */
export const TerminalInteractionNotificationSchema: v.GenericSchema<
  T.TerminalInteractionNotification
> = v.looseObject({
  itemId: v.string(),
  processId: v.string(),
  stdin: v.string(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.TextElement}. */
export const TextElementSchema: v.GenericSchema<T.TextElement> = v.looseObject({
  byteRange: v.lazy(() => ByteRangeSchema),
  placeholder: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.TextPosition}. */
export const TextPositionSchema: v.GenericSchema<T.TextPosition> = v.looseObject({
  column: v.pipe(v.number(), v.integer()),
  line: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.TextRange}. */
export const TextRangeSchema: v.GenericSchema<T.TextRange> = v.looseObject({
  end: v.lazy(() => TextPositionSchema),
  start: v.lazy(() => TextPositionSchema),
});

/** Validates {@link T.Thread}. */
export const ThreadSchema: v.GenericSchema<T.Thread> = v.looseObject({
  agentNickname: v.optional(v.nullable(v.string())),
  agentRole: v.optional(v.nullable(v.string())),
  cliVersion: v.string(),
  createdAt: v.pipe(v.number(), v.integer()),
  cwd: v.lazy(() => AbsolutePathBufSchema),
  ephemeral: v.boolean(),
  forkedFromId: v.optional(v.nullable(v.string())),
  gitInfo: v.optional(v.nullable(v.lazy(() => GitInfoSchema))),
  historyMode: v.optional(v.lazy(() => ThreadHistoryModeSchema)),
  id: v.string(),
  model: v.optional(v.nullable(v.string())),
  modelProvider: v.string(),
  name: v.optional(v.nullable(v.string())),
  originator: v.optional(v.nullable(v.string())),
  parentThreadId: v.optional(v.nullable(v.string())),
  path: v.optional(v.nullable(v.string())),
  preview: v.string(),
  projectId: v.nullable(v.string()),
  reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  recencyAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  section: v.optional(v.nullable(v.lazy(() => ThreadSectionSchema))),
  sectionEnteredAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  sessionId: v.string(),
  source: v.lazy(() => SessionSourceSchema),
  status: v.lazy(() => ThreadStatusSchema),
  threadSource: v.optional(v.nullable(v.lazy(() => ThreadSourceSchema))),
  turns: v.array(v.lazy(() => TurnSchema)),
  updatedAt: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.ThreadActiveFlag}. */
export const ThreadActiveFlagSchema: v.GenericSchema<T.ThreadActiveFlag> = v.picklist([
  "waitingOnApproval",
  "waitingOnUserInput",
]);

/** Validates {@link T.ThreadApproveGuardianDeniedActionParams}. */
export const ThreadApproveGuardianDeniedActionParamsSchema: v.GenericSchema<
  T.ThreadApproveGuardianDeniedActionParams
> = v.looseObject({
  event: v.unknown(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadApproveGuardianDeniedActionResponse}. */
export const ThreadApproveGuardianDeniedActionResponseSchema: v.GenericSchema<
  T.ThreadApproveGuardianDeniedActionResponse
> = v.looseObject({});

/** Validates {@link T.ThreadArchiveParams}. */
export const ThreadArchiveParamsSchema: v.GenericSchema<T.ThreadArchiveParams> = v.looseObject({
  threadId: v.string(),
});

/** Validates {@link T.ThreadArchiveResponse}. */
export const ThreadArchiveResponseSchema: v.GenericSchema<T.ThreadArchiveResponse> = v.looseObject(
  {},
);

/** Validates {@link T.ThreadArchivedNotification}. */
export const ThreadArchivedNotificationSchema: v.GenericSchema<T.ThreadArchivedNotification> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadAttachment}. */
export const ThreadAttachmentSchema: v.GenericSchema<T.ThreadAttachment> = v.looseObject({
  attachmentType: v.string(),
  createdAt: v.pipe(v.number(), v.integer()),
  id: v.string(),
  identityKey: v.string(),
  payload: v.unknown(),
});

/** Validates {@link T.ThreadAttachmentAddOutcome}. */
export const ThreadAttachmentAddOutcomeSchema: v.GenericSchema<T.ThreadAttachmentAddOutcome> = v
  .picklist(["created", "existing"]);

/** Validates {@link T.ThreadAttachmentAddParams}. */
export const ThreadAttachmentAddParamsSchema: v.GenericSchema<T.ThreadAttachmentAddParams> = v
  .looseObject({
    attachmentType: v.string(),
    identityKey: v.string(),
    payload: v.unknown(),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadAttachmentAddResponse}. */
export const ThreadAttachmentAddResponseSchema: v.GenericSchema<T.ThreadAttachmentAddResponse> = v
  .looseObject({
    attachment: v.lazy(() => ThreadAttachmentSchema),
    outcome: v.lazy(() => ThreadAttachmentAddOutcomeSchema),
  });

/** Validates {@link T.ThreadAttachmentListParams}. */
export const ThreadAttachmentListParamsSchema: v.GenericSchema<T.ThreadAttachmentListParams> = v
  .looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadAttachmentListResponse}. */
export const ThreadAttachmentListResponseSchema: v.GenericSchema<T.ThreadAttachmentListResponse> = v
  .looseObject({
    data: v.array(v.lazy(() => ThreadAttachmentSchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadAttachmentOperation}. */
export const ThreadAttachmentOperationSchema: v.GenericSchema<T.ThreadAttachmentOperation> = v
  .picklist(["created", "deleted"]);

/** Validates {@link T.ThreadAttachmentOwner}. */
export const ThreadAttachmentOwnerSchema: v.GenericSchema<T.ThreadAttachmentOwner> = v.looseObject({
  archived: v.boolean(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadAttachmentOwnerListParams}. */
export const ThreadAttachmentOwnerListParamsSchema: v.GenericSchema<
  T.ThreadAttachmentOwnerListParams
> = v.looseObject({
  archived: v.optional(v.nullable(v.boolean())),
  attachmentType: v.string(),
  cursor: v.optional(v.nullable(v.string())),
  identityKey: v.string(),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});

/** Validates {@link T.ThreadAttachmentOwnerListResponse}. */
export const ThreadAttachmentOwnerListResponseSchema: v.GenericSchema<
  T.ThreadAttachmentOwnerListResponse
> = v.looseObject({
  data: v.array(v.lazy(() => ThreadAttachmentOwnerSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadAttachmentRemoveParams}. */
export const ThreadAttachmentRemoveParamsSchema: v.GenericSchema<T.ThreadAttachmentRemoveParams> = v
  .looseObject({
    attachmentType: v.string(),
    identityKey: v.string(),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadAttachmentRemoveResponse}. */
export const ThreadAttachmentRemoveResponseSchema: v.GenericSchema<
  T.ThreadAttachmentRemoveResponse
> = v.looseObject({});

/** Validates {@link T.ThreadAttachmentUpdatedNotification}. */
export const ThreadAttachmentUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadAttachmentUpdatedNotification
> = v.looseObject({
  attachmentId: v.string(),
  attachmentType: v.string(),
  identityKey: v.string(),
  operation: v.lazy(() => ThreadAttachmentOperationSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadClosedNotification}. */
export const ThreadClosedNotificationSchema: v.GenericSchema<T.ThreadClosedNotification> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadCompactStartParams}. */
export const ThreadCompactStartParamsSchema: v.GenericSchema<T.ThreadCompactStartParams> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadCompactStartResponse}. */
export const ThreadCompactStartResponseSchema: v.GenericSchema<T.ThreadCompactStartResponse> = v
  .looseObject({});

/** Validates {@link T.ThreadDeleteParams}. */
export const ThreadDeleteParamsSchema: v.GenericSchema<T.ThreadDeleteParams> = v.looseObject({
  threadId: v.string(),
});

/** Validates {@link T.ThreadDeleteResponse}. */
export const ThreadDeleteResponseSchema: v.GenericSchema<T.ThreadDeleteResponse> = v.looseObject(
  {},
);

/** Validates {@link T.ThreadDeletedNotification}. */
export const ThreadDeletedNotificationSchema: v.GenericSchema<T.ThreadDeletedNotification> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadEnvironment}. */
export const ThreadEnvironmentSchema: v.GenericSchema<T.ThreadEnvironment> = v.looseObject({
  cwd: v.lazy(() => LegacyAppPathStringSchema),
  environmentId: v.string(),
  runtimeWorkspaceRoots: v.array(v.lazy(() => LegacyAppPathStringSchema)),
});

/** Validates {@link T.ThreadExtra}. */
export const ThreadExtraSchema: v.GenericSchema<T.ThreadExtra> = v.looseObject({});

/** Validates {@link T.ThreadForkParams}. */
export const ThreadForkParamsSchema: v.GenericSchema<T.ThreadForkParams> = v.looseObject({
  approvalPolicy: v.optional(v.nullable(v.lazy(() => AskForApprovalSchema))),
  approvalsReviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  baseInstructions: v.optional(v.nullable(v.string())),
  config: v.optional(v.nullable(v.looseObject({}))),
  cwd: v.optional(v.nullable(v.string())),
  developerInstructions: v.optional(v.nullable(v.string())),
  ephemeral: v.optional(v.boolean()),
  excludeTurns: v.optional(v.boolean()),
  lastTurnId: v.optional(v.nullable(v.string())),
  model: v.optional(v.nullable(v.string())),
  modelProvider: v.optional(v.nullable(v.string())),
  sandbox: v.optional(v.nullable(v.lazy(() => SandboxModeSchema))),
  serviceTier: v.optional(v.nullable(v.string())),
  threadId: v.string(),
  threadSource: v.optional(v.nullable(v.lazy(() => ThreadSourceSchema))),
});

/** Validates {@link T.ThreadForkResponse}. */
export const ThreadForkResponseSchema: v.GenericSchema<T.ThreadForkResponse> = v.looseObject({
  approvalPolicy: v.lazy(() => AskForApprovalSchema),
  approvalsReviewer: v.lazy(() => ApprovalsReviewerSchema),
  cwd: v.lazy(() => AbsolutePathBufSchema),
  disabledPluginIds: v.optional(v.array(v.string())),
  instructionSources: v.optional(v.array(v.lazy(() => LegacyAppPathStringSchema))),
  model: v.string(),
  modelProvider: v.string(),
  reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  sandbox: v.lazy(() => SandboxPolicySchema),
  serviceTier: v.optional(v.nullable(v.string())),
  thread: v.lazy(() => ThreadSchema),
});

/** Validates {@link T.ThreadGoal}. */
export const ThreadGoalSchema: v.GenericSchema<T.ThreadGoal> = v.looseObject({
  createdAt: v.pipe(v.number(), v.integer()),
  objective: v.string(),
  status: v.lazy(() => ThreadGoalStatusSchema),
  threadId: v.string(),
  timeUsedSeconds: v.pipe(v.number(), v.integer()),
  tokenBudget: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  tokensUsed: v.pipe(v.number(), v.integer()),
  updatedAt: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.ThreadGoalClearParams}. */
export const ThreadGoalClearParamsSchema: v.GenericSchema<T.ThreadGoalClearParams> = v.looseObject({
  origin: v.optional(v.nullable(v.lazy(() => ThreadGoalMutationOriginSchema))),
  threadId: v.string(),
});

/** Validates {@link T.ThreadGoalClearResponse}. */
export const ThreadGoalClearResponseSchema: v.GenericSchema<T.ThreadGoalClearResponse> = v
  .looseObject({
    cleared: v.boolean(),
  });

/** Validates {@link T.ThreadGoalClearedNotification}. */
export const ThreadGoalClearedNotificationSchema: v.GenericSchema<T.ThreadGoalClearedNotification> =
  v.looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadGoalGetParams}. */
export const ThreadGoalGetParamsSchema: v.GenericSchema<T.ThreadGoalGetParams> = v.looseObject({
  threadId: v.string(),
});

/** Validates {@link T.ThreadGoalGetResponse}. */
export const ThreadGoalGetResponseSchema: v.GenericSchema<T.ThreadGoalGetResponse> = v.looseObject({
  goal: v.optional(v.nullable(v.lazy(() => ThreadGoalSchema))),
});

/** Validates {@link T.ThreadGoalMutationOrigin}. */
export const ThreadGoalMutationOriginSchema: v.GenericSchema<T.ThreadGoalMutationOrigin> = v
  .picklist(["user", "automatic"]);

/** Validates {@link T.ThreadGoalSetParams}. */
export const ThreadGoalSetParamsSchema: v.GenericSchema<T.ThreadGoalSetParams> = v.looseObject({
  objective: v.optional(v.nullable(v.string())),
  origin: v.optional(v.nullable(v.lazy(() => ThreadGoalMutationOriginSchema))),
  status: v.optional(v.nullable(v.lazy(() => ThreadGoalStatusSchema))),
  threadId: v.string(),
  tokenBudget: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});

/** Validates {@link T.ThreadGoalSetResponse}. */
export const ThreadGoalSetResponseSchema: v.GenericSchema<T.ThreadGoalSetResponse> = v.looseObject({
  goal: v.lazy(() => ThreadGoalSchema),
});

/** Validates {@link T.ThreadGoalStatus}. */
export const ThreadGoalStatusSchema: v.GenericSchema<T.ThreadGoalStatus> = v.picklist([
  "active",
  "paused",
  "blocked",
  "usageLimited",
  "budgetLimited",
  "complete",
]);

/** Validates {@link T.ThreadGoalUpdatedNotification}. */
export const ThreadGoalUpdatedNotificationSchema: v.GenericSchema<T.ThreadGoalUpdatedNotification> =
  v.looseObject({
    goal: v.lazy(() => ThreadGoalSchema),
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadHistoryMode}. */
export const ThreadHistoryModeSchema: v.GenericSchema<T.ThreadHistoryMode> = v.picklist([
  "legacy",
  "paginated",
]);

/** Validates {@link T.ThreadId}. */
export const ThreadIdSchema: v.GenericSchema<T.ThreadId> = v.string();

/** Validates {@link T.ThreadInjectItemsParams}. */
export const ThreadInjectItemsParamsSchema: v.GenericSchema<T.ThreadInjectItemsParams> = v
  .looseObject({
    items: v.array(v.unknown()),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadInjectItemsResponse}. */
export const ThreadInjectItemsResponseSchema: v.GenericSchema<T.ThreadInjectItemsResponse> = v
  .looseObject({});

/** Validates {@link T.ThreadItem}. */
export const ThreadItemSchema: v.GenericSchema<T.ThreadItem> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["userMessage"]),
    clientId: v.optional(v.nullable(v.string())),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    content: v.array(v.lazy(() => UserInputSchema)),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["hookPrompt"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    fragments: v.array(v.lazy(() => HookPromptFragmentSchema)),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["agentMessage"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    delivery: v.optional(v.nullable(v.lazy(() => AgentMessageDeliverySchema))),
    id: v.string(),
    memoryCitation: v.optional(v.nullable(v.lazy(() => MemoryCitationSchema))),
    moderation: v.optional(v.nullable(v.lazy(() => AgentMessageModerationSchema))),
    phase: v.optional(v.nullable(v.lazy(() => MessagePhaseSchema))),
    questions: v.optional(v.nullable(v.array(v.lazy(() => AsyncUserInputQuestionSchema)))),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    text: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["functionCallOutput"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    name: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    output: v.lazy(() => FunctionCallOutputBodySchema),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["plan"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    text: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["reasoning"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    content: v.optional(v.array(v.string())),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    summary: v.optional(v.array(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["commandExecution"]),
    aggregatedOutput: v.optional(v.nullable(v.string())),
    command: v.string(),
    commandActions: v.array(v.lazy(() => CommandActionSchema)),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    cwd: v.lazy(() => LegacyAppPathStringSchema),
    durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    exitCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    pluginId: v.optional(v.nullable(v.string())),
    processId: v.optional(v.nullable(v.string())),
    scriptPath: v.optional(v.nullable(v.string())),
    source: v.optional(v.lazy(() => CommandExecutionSourceSchema)),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => CommandExecutionStatusSchema),
  }),
  v.looseObject({
    type: v.picklist(["fileChange"]),
    changes: v.array(v.lazy(() => FileUpdateChangeSchema)),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => PatchApplyStatusSchema),
  }),
  v.looseObject({
    type: v.picklist(["mcpToolCall"]),
    appContext: v.optional(v.nullable(v.lazy(() => McpToolCallAppContextSchema))),
    arguments: v.unknown(),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    error: v.optional(v.nullable(v.lazy(() => McpToolCallErrorSchema))),
    id: v.string(),
    mcpAppResourceUri: v.optional(v.nullable(v.string())),
    mcpAppUi: v.optional(v.nullable(v.lazy(() => McpAppUiSchema))),
    pluginId: v.optional(v.nullable(v.string())),
    readOnlyHint: v.optional(v.nullable(v.boolean())),
    result: v.optional(v.nullable(v.lazy(() => McpToolCallResultSchema))),
    server: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => McpToolCallStatusSchema),
    tool: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["dynamicToolCall"]),
    arguments: v.unknown(),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    contentItems: v.optional(
      v.nullable(v.array(v.lazy(() => DynamicToolCallOutputContentItemSchema))),
    ),
    durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => DynamicToolCallStatusSchema),
    success: v.optional(v.nullable(v.boolean())),
    tool: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["collabAgentToolCall"]),
    agentsStates: v.record(v.string(), v.lazy(() => CollabAgentStateSchema)),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    model: v.optional(v.nullable(v.string())),
    prompt: v.optional(v.nullable(v.string())),
    reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
    receiverThreadIds: v.array(v.string()),
    senderThreadId: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => CollabAgentToolCallStatusSchema),
    tool: v.lazy(() => CollabAgentToolSchema),
  }),
  v.looseObject({
    type: v.picklist(["subAgentActivity"]),
    agentPath: v.string(),
    agentThreadId: v.string(),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    kind: v.lazy(() => SubAgentActivityKindSchema),
    model: v.optional(v.nullable(v.string())),
    reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["webSearch"]),
    action: v.optional(v.nullable(v.lazy(() => WebSearchActionSchema))),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    query: v.string(),
    results: v.optional(v.nullable(v.array(v.unknown()))),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["imageView"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    path: v.lazy(() => LegacyAppPathStringSchema),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["sleep"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    durationMs: v.pipe(v.number(), v.integer()),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["imageGeneration"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    failure: v.optional(v.nullable(v.lazy(() => ImageGenerationFailureSchema))),
    fileId: v.string(),
    generationId: v.optional(v.nullable(v.string())),
    id: v.string(),
    inputImages: v.optional(v.array(v.lazy(() => ImageGenerationInputImageSchema))),
    revisedPrompt: v.optional(v.nullable(v.string())),
    savedPath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.string(),
    transparentBackground: v.optional(v.nullable(v.boolean())),
  }),
  v.looseObject({
    type: v.picklist(["imageGeneration"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    failure: v.optional(v.nullable(v.lazy(() => ImageGenerationFailureSchema))),
    generationId: v.optional(v.nullable(v.string())),
    id: v.string(),
    inputImages: v.optional(v.array(v.lazy(() => ImageGenerationInputImageSchema))),
    result: v.string(),
    revisedPrompt: v.optional(v.nullable(v.string())),
    savedPath: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.string(),
    transparentBackground: v.optional(v.nullable(v.boolean())),
  }),
  v.looseObject({
    type: v.picklist(["enteredReviewMode"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    review: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["exitedReviewMode"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    review: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
  v.looseObject({
    type: v.picklist(["contextCompaction"]),
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    id: v.string(),
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  }),
]);

/** Validates {@link T.ThreadItemEntry}. */
export const ThreadItemEntrySchema: v.GenericSchema<T.ThreadItemEntry> = v.looseObject({
  completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  item: v.lazy(() => ThreadItemSchema),
  startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  turnId: v.string(),
});

/** Validates {@link T.ThreadItemOutputDeferral}. */
export const ThreadItemOutputDeferralSchema: v.GenericSchema<T.ThreadItemOutputDeferral> = v
  .looseObject({});

/** Validates {@link T.ThreadItemsListAnchor}. */
export const ThreadItemsListAnchorSchema: v.GenericSchema<T.ThreadItemsListAnchor> = v.looseObject({
  itemId: v.string(),
  type: v.picklist(["item"]),
});

/** Validates {@link T.ThreadItemsListCursor}. */
export const ThreadItemsListCursorSchema: v.GenericSchema<T.ThreadItemsListCursor> = v.union([
  v.string(),
  v.lazy(() => ThreadItemsListAnchorSchema),
]);

/** Validates {@link T.ThreadItemsListParams}. */
export const ThreadItemsListParamsSchema: v.GenericSchema<T.ThreadItemsListParams> = v.looseObject({
  cursor: v.optional(v.nullable(v.lazy(() => ThreadItemsListCursorSchema))),
  deferOutput: v.optional(v.nullable(v.lazy(() => ThreadItemOutputDeferralSchema))),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  sortDirection: v.optional(v.nullable(v.lazy(() => SortDirectionSchema))),
  threadId: v.string(),
  turnId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadItemsListResponse}. */
export const ThreadItemsListResponseSchema: v.GenericSchema<T.ThreadItemsListResponse> = v
  .looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(v.lazy(() => ThreadItemEntrySchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadListCwdFilter}. */
export const ThreadListCwdFilterSchema: v.GenericSchema<T.ThreadListCwdFilter> = v.union([
  v.string(),
  v.array(v.string()),
]);

/** Validates {@link T.ThreadListParams}. */
export const ThreadListParamsSchema: v.GenericSchema<T.ThreadListParams> = v.looseObject({
  archived: v.optional(v.nullable(v.boolean())),
  currentAccountOnly: v.optional(v.boolean()),
  cursor: v.optional(v.nullable(v.string())),
  cwd: v.optional(v.nullable(v.lazy(() => ThreadListCwdFilterSchema))),
  excludedThreadIds: v.optional(v.nullable(v.array(v.string()))),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  modelProviders: v.optional(v.nullable(v.array(v.string()))),
  originators: v.optional(v.nullable(v.array(v.string()))),
  searchTerm: v.optional(v.nullable(v.string())),
  sectionId: v.optional(v.nullable(v.string())),
  sortDirection: v.optional(v.nullable(v.lazy(() => SortDirectionSchema))),
  sortKey: v.optional(v.nullable(v.lazy(() => ThreadSortKeySchema))),
  sourceKinds: v.optional(v.nullable(v.array(v.lazy(() => ThreadSourceKindSchema)))),
  useStateDbOnly: v.optional(v.boolean()),
});

/** Validates {@link T.ThreadListResponse}. */
export const ThreadListResponseSchema: v.GenericSchema<T.ThreadListResponse> = v.looseObject({
  backwardsCursor: v.optional(v.nullable(v.string())),
  data: v.array(v.lazy(() => ThreadSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadLoadedListParams}. */
export const ThreadLoadedListParamsSchema: v.GenericSchema<T.ThreadLoadedListParams> = v
  .looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.ThreadLoadedListResponse}. */
export const ThreadLoadedListResponseSchema: v.GenericSchema<T.ThreadLoadedListResponse> = v
  .looseObject({
    data: v.array(v.string()),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadMemoryMode}. */
export const ThreadMemoryModeSchema: v.GenericSchema<T.ThreadMemoryMode> = v.picklist([
  "enabled",
  "disabled",
]);

/** Validates {@link T.ThreadMetadataGitInfoUpdateParams}. */
export const ThreadMetadataGitInfoUpdateParamsSchema: v.GenericSchema<
  T.ThreadMetadataGitInfoUpdateParams
> = v.looseObject({
  branch: v.optional(v.nullable(v.string())),
  originUrl: v.optional(v.nullable(v.string())),
  sha: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadMetadataUpdateParams}. */
export const ThreadMetadataUpdateParamsSchema: v.GenericSchema<T.ThreadMetadataUpdateParams> = v
  .looseObject({
    gitInfo: v.optional(v.nullable(v.lazy(() => ThreadMetadataGitInfoUpdateParamsSchema))),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadMetadataUpdateResponse}. */
export const ThreadMetadataUpdateResponseSchema: v.GenericSchema<T.ThreadMetadataUpdateResponse> = v
  .looseObject({
    thread: v.lazy(() => ThreadSchema),
  });

/** Validates {@link T.ThreadNameUpdatedNotification}. */
export const ThreadNameUpdatedNotificationSchema: v.GenericSchema<T.ThreadNameUpdatedNotification> =
  v.looseObject({
    threadId: v.string(),
    threadName: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadPredictionResult}. */
export const ThreadPredictionResultSchema: v.GenericSchema<T.ThreadPredictionResult> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["completed"]),
      text: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["failed"]),
    }),
  ],
);

/** Validates {@link T.ThreadPredictionUpdatedNotification}. */
export const ThreadPredictionUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadPredictionUpdatedNotification
> = v.looseObject({
  result: v.lazy(() => ThreadPredictionResultSchema),
  sourceTurnId: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadProjectUpdatedNotification}. */
export const ThreadProjectUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadProjectUpdatedNotification
> = v.looseObject({
  projectId: v.nullable(v.string()),
  threadId: v.string(),
});

/** Validates {@link T.ThreadQueueChangedNotification}. */
export const ThreadQueueChangedNotificationSchema: v.GenericSchema<
  T.ThreadQueueChangedNotification
> = v.looseObject({
  threadId: v.string(),
});

/** Validates {@link T.ThreadReadParams}. */
export const ThreadReadParamsSchema: v.GenericSchema<T.ThreadReadParams> = v.looseObject({
  includeTurns: v.optional(v.boolean()),
  threadId: v.string(),
});

/** Validates {@link T.ThreadReadResponse}. */
export const ThreadReadResponseSchema: v.GenericSchema<T.ThreadReadResponse> = v.looseObject({
  thread: v.lazy(() => ThreadSchema),
});

/** Validates {@link T.ThreadReadState}. */
export const ThreadReadStateSchema: v.GenericSchema<T.ThreadReadState> = v.looseObject({
  firstUnread: v.optional(v.nullable(v.lazy(() => ThreadUnreadPositionSchema))),
  revision: v.string(),
});

/** Validates {@link T.ThreadReadStateChangedNotification}. */
export const ThreadReadStateChangedNotificationSchema: v.GenericSchema<
  T.ThreadReadStateChangedNotification
> = v.looseObject({
  readState: v.lazy(() => ThreadReadStateSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadReadStateOperation}. */
export const ThreadReadStateOperationSchema: v.GenericSchema<T.ThreadReadStateOperation> = v
  .variant("type", [
    v.looseObject({
      type: v.picklist(["read"]),
    }),
    v.looseObject({
      type: v.picklist(["unread"]),
    }),
  ]);

/** Validates {@link T.ThreadRealtimeAudioChunk}. */
export const ThreadRealtimeAudioChunkSchema: v.GenericSchema<T.ThreadRealtimeAudioChunk> = v
  .looseObject({
    data: v.string(),
    itemId: v.optional(v.nullable(v.string())),
    numChannels: v.pipe(v.number(), v.integer()),
    sampleRate: v.pipe(v.number(), v.integer()),
    samplesPerChannel: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.ThreadRealtimeBemItemPresentation}. */
export const ThreadRealtimeBemItemPresentationSchema: v.GenericSchema<
  T.ThreadRealtimeBemItemPresentation
> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["wholeItem"]),
  }),
  v.looseObject({
    type: v.picklist(["inlineMarkdown"]),
  }),
  v.looseObject({
    type: v.picklist(["inlineVisualization"]),
    index: v.pipe(v.number(), v.integer()),
  }),
]);

/** Validates {@link T.ThreadRealtimeClosedNotification}. */
export const ThreadRealtimeClosedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeClosedNotification
> = v.looseObject({
  reason: v.optional(v.nullable(v.string())),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeErrorNotification}. */
export const ThreadRealtimeErrorNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeErrorNotification
> = v.looseObject({
  message: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeInitialItem}. */
export const ThreadRealtimeInitialItemSchema: v.GenericSchema<T.ThreadRealtimeInitialItem> = v
  .looseObject({
    role: v.lazy(() => ConversationTextRoleSchema),
    text: v.string(),
  });

/** Validates {@link T.ThreadRealtimeItem}. */
export const ThreadRealtimeItemSchema: v.GenericSchema<T.ThreadRealtimeItem> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["realtimeSessionStarted"]),
    id: v.string(),
    realtimeSessionId: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["transcriptSegment"]),
    id: v.string(),
    realtimeSessionId: v.string(),
    role: v.lazy(() => ThreadRealtimeTranscriptRoleSchema),
    text: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["bemItemPromoted"]),
    id: v.string(),
    item_id: v.string(),
    presentation: v.lazy(() => ThreadRealtimeBemItemPresentationSchema),
    realtimeSessionId: v.string(),
    turn_id: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["realtimeSessionClosed"]),
    id: v.string(),
    outcome: v.lazy(() => ThreadRealtimeSessionOutcomeSchema),
    realtimeSessionId: v.string(),
  }),
]);

/** Validates {@link T.ThreadRealtimeItemAddedNotification}. */
export const ThreadRealtimeItemAddedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemAddedNotification
> = v.looseObject({
  item: v.unknown(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeItemCompletedNotification}. */
export const ThreadRealtimeItemCompletedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemCompletedNotification
> = v.looseObject({
  item: v.lazy(() => ThreadRealtimeItemSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeItemStartedNotification}. */
export const ThreadRealtimeItemStartedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemStartedNotification
> = v.looseObject({
  item: v.lazy(() => ThreadRealtimeItemSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeItemTranscriptDeltaNotification}. */
export const ThreadRealtimeItemTranscriptDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemTranscriptDeltaNotification
> = v.looseObject({
  delta: v.string(),
  itemId: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeOutputAudioDeltaNotification}. */
export const ThreadRealtimeOutputAudioDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeOutputAudioDeltaNotification
> = v.looseObject({
  audio: v.lazy(() => ThreadRealtimeAudioChunkSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeSdpNotification}. */
export const ThreadRealtimeSdpNotificationSchema: v.GenericSchema<T.ThreadRealtimeSdpNotification> =
  v.looseObject({
    sdp: v.string(),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadRealtimeSessionOutcome}. */
export const ThreadRealtimeSessionOutcomeSchema: v.GenericSchema<T.ThreadRealtimeSessionOutcome> = v
  .picklist(["ended", "failed"]);

/** Validates {@link T.ThreadRealtimeStartTransport}. */
export const ThreadRealtimeStartTransportSchema: v.GenericSchema<T.ThreadRealtimeStartTransport> = v
  .variant("type", [
    v.looseObject({
      type: v.picklist(["websocket"]),
    }),
    v.looseObject({
      type: v.picklist(["webrtc"]),
      sdp: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["existingCall"]),
      callId: v.string(),
    }),
  ]);

/** Validates {@link T.ThreadRealtimeStartedNotification}. */
export const ThreadRealtimeStartedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeStartedNotification
> = v.looseObject({
  realtimeSessionId: v.optional(v.nullable(v.string())),
  threadId: v.string(),
  version: v.lazy(() => RealtimeConversationVersionSchema),
});

/** Validates {@link T.ThreadRealtimeTranscriptDeltaNotification}. */
export const ThreadRealtimeTranscriptDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeTranscriptDeltaNotification
> = v.looseObject({
  delta: v.string(),
  role: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeTranscriptDoneNotification}. */
export const ThreadRealtimeTranscriptDoneNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeTranscriptDoneNotification
> = v.looseObject({
  role: v.string(),
  text: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRealtimeTranscriptRole}. */
export const ThreadRealtimeTranscriptRoleSchema: v.GenericSchema<T.ThreadRealtimeTranscriptRole> = v
  .picklist(["user", "assistant"]);

/** Validates {@link T.ThreadResumeInitialTurnsPageParams}. */
export const ThreadResumeInitialTurnsPageParamsSchema: v.GenericSchema<
  T.ThreadResumeInitialTurnsPageParams
> = v.looseObject({
  itemsView: v.optional(v.nullable(v.lazy(() => TurnItemsViewSchema))),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  sortDirection: v.optional(v.nullable(v.lazy(() => SortDirectionSchema))),
});

/** Validates {@link T.ThreadResumeParams}. */
export const ThreadResumeParamsSchema: v.GenericSchema<T.ThreadResumeParams> = v.looseObject({
  approvalPolicy: v.optional(v.nullable(v.lazy(() => AskForApprovalSchema))),
  approvalsReviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  baseInstructions: v.optional(v.nullable(v.string())),
  config: v.optional(v.nullable(v.looseObject({}))),
  cwd: v.optional(v.nullable(v.string())),
  developerInstructions: v.optional(v.nullable(v.string())),
  excludeTurns: v.optional(v.boolean()),
  model: v.optional(v.nullable(v.string())),
  modelProvider: v.optional(v.nullable(v.string())),
  personality: v.optional(v.nullable(v.lazy(() => PersonalitySchema))),
  sandbox: v.optional(v.nullable(v.lazy(() => SandboxModeSchema))),
  serviceTier: v.optional(v.nullable(v.string())),
  threadId: v.string(),
});

/** Validates {@link T.ThreadResumeResponse}. */
export const ThreadResumeResponseSchema: v.GenericSchema<T.ThreadResumeResponse> = v.looseObject({
  approvalPolicy: v.lazy(() => AskForApprovalSchema),
  approvalsReviewer: v.lazy(() => ApprovalsReviewerSchema),
  collaborationMode: v.optional(v.nullable(v.lazy(() => CollaborationModeSchema))),
  cwd: v.lazy(() => AbsolutePathBufSchema),
  disabledPluginIds: v.optional(v.array(v.string())),
  instructionSources: v.optional(v.array(v.lazy(() => LegacyAppPathStringSchema))),
  itemsBackwardsCursor: v.optional(v.nullable(v.string())),
  model: v.string(),
  modelProvider: v.string(),
  reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  sandbox: v.lazy(() => SandboxPolicySchema),
  serviceTier: v.optional(v.nullable(v.string())),
  thread: v.lazy(() => ThreadSchema),
  turnsBackwardsCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadRevertParams}. */
export const ThreadRevertParamsSchema: v.GenericSchema<T.ThreadRevertParams> = v.looseObject({
  beforeTurnId: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadRevertResponse}. */
export const ThreadRevertResponseSchema: v.GenericSchema<T.ThreadRevertResponse> = v.looseObject({
  itemsBackwardsCursor: v.optional(v.nullable(v.string())),
  thread: v.lazy(() => ThreadSchema),
  turnsBackwardsCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ThreadRevertedNotification}. */
export const ThreadRevertedNotificationSchema: v.GenericSchema<T.ThreadRevertedNotification> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadSearchResult}. */
export const ThreadSearchResultSchema: v.GenericSchema<T.ThreadSearchResult> = v.looseObject({
  snippet: v.string(),
  thread: v.lazy(() => ThreadSchema),
});

/** Validates {@link T.ThreadSearchSortKey}. */
export const ThreadSearchSortKeySchema: v.GenericSchema<T.ThreadSearchSortKey> = v.picklist([
  "created_at",
  "updated_at",
  "recency_at",
]);

/** Validates {@link T.ThreadSection}. */
export const ThreadSectionSchema: v.GenericSchema<T.ThreadSection> = v.looseObject({
  appearance: v.optional(v.nullable(v.lazy(() => ThreadSectionAppearanceSchema))),
  id: v.string(),
  name: v.string(),
});

/** Validates {@link T.ThreadSectionAppearance}. */
export const ThreadSectionAppearanceSchema: v.GenericSchema<T.ThreadSectionAppearance> = v
  .looseObject({
    color: v.optional(v.nullable(v.string())),
    icon: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadSectionChangedNotification}. */
export const ThreadSectionChangedNotificationSchema: v.GenericSchema<
  T.ThreadSectionChangedNotification
> = v.looseObject({
  sectionId: v.nullable(v.string()),
  threadId: v.string(),
});

/** Validates {@link T.ThreadSectionCreateParams}. */
export const ThreadSectionCreateParamsSchema: v.GenericSchema<T.ThreadSectionCreateParams> = v
  .looseObject({
    appearance: v.optional(v.nullable(v.lazy(() => ThreadSectionAppearanceSchema))),
    name: v.string(),
  });

/** Validates {@link T.ThreadSectionCreateResponse}. */
export const ThreadSectionCreateResponseSchema: v.GenericSchema<T.ThreadSectionCreateResponse> = v
  .looseObject({
    section: v.lazy(() => ThreadSectionSchema),
  });

/** Validates {@link T.ThreadSectionDeleteParams}. */
export const ThreadSectionDeleteParamsSchema: v.GenericSchema<T.ThreadSectionDeleteParams> = v
  .looseObject({
    sectionId: v.string(),
  });

/** Validates {@link T.ThreadSectionDeleteResponse}. */
export const ThreadSectionDeleteResponseSchema: v.GenericSchema<T.ThreadSectionDeleteResponse> = v
  .looseObject({});

/** Validates {@link T.ThreadSectionListParams}. */
export const ThreadSectionListParamsSchema: v.GenericSchema<T.ThreadSectionListParams> = v
  .looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.ThreadSectionListResponse}. */
export const ThreadSectionListResponseSchema: v.GenericSchema<T.ThreadSectionListResponse> = v
  .looseObject({
    data: v.array(v.lazy(() => ThreadSectionSchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadSectionMoveParams}. */
export const ThreadSectionMoveParamsSchema: v.GenericSchema<T.ThreadSectionMoveParams> = v
  .looseObject({
    beforeThreadId: v.optional(v.nullable(v.string())),
    sectionId: v.nullable(v.string()),
    threadId: v.string(),
  });

/** Validates {@link T.ThreadSectionMoveResponse}. */
export const ThreadSectionMoveResponseSchema: v.GenericSchema<T.ThreadSectionMoveResponse> = v
  .looseObject({});

/** Validates {@link T.ThreadSectionUpdateParams}. */
export const ThreadSectionUpdateParamsSchema: v.GenericSchema<T.ThreadSectionUpdateParams> = v
  .looseObject({
    appearance: v.optional(v.nullable(v.lazy(() => ThreadSectionAppearanceSchema))),
    name: v.string(),
    sectionId: v.string(),
  });

/** Validates {@link T.ThreadSectionUpdateResponse}. */
export const ThreadSectionUpdateResponseSchema: v.GenericSchema<T.ThreadSectionUpdateResponse> = v
  .looseObject({
    section: v.lazy(() => ThreadSectionSchema),
  });

/** Validates {@link T.ThreadSetNameParams}. */
export const ThreadSetNameParamsSchema: v.GenericSchema<T.ThreadSetNameParams> = v.looseObject({
  name: v.string(),
  threadId: v.string(),
});

/** Validates {@link T.ThreadSetNameResponse}. */
export const ThreadSetNameResponseSchema: v.GenericSchema<T.ThreadSetNameResponse> = v.looseObject(
  {},
);

/** Validates {@link T.ThreadSettings}. */
export const ThreadSettingsSchema: v.GenericSchema<T.ThreadSettings> = v.looseObject({
  activePermissionProfile: v.optional(v.nullable(v.lazy(() => ActivePermissionProfileSchema))),
  approvalPolicy: v.lazy(() => AskForApprovalSchema),
  approvalsReviewer: v.lazy(() => ApprovalsReviewerSchema),
  collaborationMode: v.lazy(() => CollaborationModeSchema),
  cwd: v.lazy(() => AbsolutePathBufSchema),
  disabledPluginIds: v.optional(v.array(v.string())),
  effort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  model: v.string(),
  modelProvider: v.string(),
  personality: v.optional(v.nullable(v.lazy(() => PersonalitySchema))),
  sandboxPolicy: v.lazy(() => SandboxPolicySchema),
  serviceTier: v.optional(v.nullable(v.string())),
  summary: v.optional(v.nullable(v.lazy(() => ReasoningSummarySchema))),
});

/** Validates {@link T.ThreadSettingsUpdatedNotification}. */
export const ThreadSettingsUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadSettingsUpdatedNotification
> = v.looseObject({
  threadId: v.string(),
  threadSettings: v.lazy(() => ThreadSettingsSchema),
});

/** Validates {@link T.ThreadShellCommandParams}. */
export const ThreadShellCommandParamsSchema: v.GenericSchema<T.ThreadShellCommandParams> = v
  .looseObject({
    command: v.string(),
    threadId: v.string(),
    timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.ThreadShellCommandResponse}. */
export const ThreadShellCommandResponseSchema: v.GenericSchema<T.ThreadShellCommandResponse> = v
  .looseObject({});

/** Validates {@link T.ThreadSortKey}. */
export const ThreadSortKeySchema: v.GenericSchema<T.ThreadSortKey> = v.picklist([
  "created_at",
  "updated_at",
  "recency_at",
  "section_position",
]);

/** Validates {@link T.ThreadSource}. */
export const ThreadSourceSchema: v.GenericSchema<T.ThreadSource> = v.string();

/** Validates {@link T.ThreadSourceKind}. */
export const ThreadSourceKindSchema: v.GenericSchema<T.ThreadSourceKind> = v.picklist([
  "cli",
  "vscode",
  "exec",
  "appServer",
  "subAgent",
  "subAgentReview",
  "subAgentCompact",
  "subAgentThreadSpawn",
  "subAgentOther",
  "unknown",
]);

/** Validates {@link T.ThreadStartParams}. */
export const ThreadStartParamsSchema: v.GenericSchema<T.ThreadStartParams> = v.looseObject({
  approvalPolicy: v.optional(v.nullable(v.lazy(() => AskForApprovalSchema))),
  approvalsReviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  baseInstructions: v.optional(v.nullable(v.string())),
  config: v.optional(v.nullable(v.looseObject({}))),
  cwd: v.optional(v.nullable(v.string())),
  developerInstructions: v.optional(v.nullable(v.string())),
  ephemeral: v.optional(v.nullable(v.boolean())),
  model: v.optional(v.nullable(v.string())),
  modelProvider: v.optional(v.nullable(v.string())),
  personality: v.optional(v.nullable(v.lazy(() => PersonalitySchema))),
  sandbox: v.optional(v.nullable(v.lazy(() => SandboxModeSchema))),
  serviceName: v.optional(v.nullable(v.string())),
  serviceTier: v.optional(v.nullable(v.string())),
  sessionStartSource: v.optional(v.nullable(v.lazy(() => ThreadStartSourceSchema))),
  threadSource: v.optional(v.nullable(v.lazy(() => ThreadSourceSchema))),
});

/** Validates {@link T.ThreadStartResponse}. */
export const ThreadStartResponseSchema: v.GenericSchema<T.ThreadStartResponse> = v.looseObject({
  approvalPolicy: v.lazy(() => AskForApprovalSchema),
  approvalsReviewer: v.lazy(() => ApprovalsReviewerSchema),
  cwd: v.lazy(() => AbsolutePathBufSchema),
  disabledPluginIds: v.optional(v.array(v.string())),
  instructionSources: v.optional(v.array(v.lazy(() => LegacyAppPathStringSchema))),
  model: v.string(),
  modelProvider: v.string(),
  reasoningEffort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  sandbox: v.lazy(() => SandboxPolicySchema),
  serviceTier: v.optional(v.nullable(v.string())),
  thread: v.lazy(() => ThreadSchema),
});

/** Validates {@link T.ThreadStartSource}. */
export const ThreadStartSourceSchema: v.GenericSchema<T.ThreadStartSource> = v.picklist([
  "startup",
  "clear",
]);

/** Validates {@link T.ThreadStartedNotification}. */
export const ThreadStartedNotificationSchema: v.GenericSchema<T.ThreadStartedNotification> = v
  .looseObject({
    thread: v.lazy(() => ThreadSchema),
  });

/** Validates {@link T.ThreadStatus}. */
export const ThreadStatusSchema: v.GenericSchema<T.ThreadStatus> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["notLoaded"]),
  }),
  v.looseObject({
    type: v.picklist(["idle"]),
  }),
  v.looseObject({
    type: v.picklist(["systemError"]),
  }),
  v.looseObject({
    type: v.picklist(["active"]),
    activeFlags: v.array(v.lazy(() => ThreadActiveFlagSchema)),
  }),
]);

/** Validates {@link T.ThreadStatusChangedNotification}. */
export const ThreadStatusChangedNotificationSchema: v.GenericSchema<
  T.ThreadStatusChangedNotification
> = v.looseObject({
  status: v.lazy(() => ThreadStatusSchema),
  threadId: v.string(),
});

/** Validates {@link T.ThreadTimelineEntry}. */
export const ThreadTimelineEntrySchema: v.GenericSchema<T.ThreadTimelineEntry> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["item"]),
    item: v.lazy(() => ThreadItemSchema),
    position: v.pipe(v.number(), v.integer()),
    turnId: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["realtime"]),
    item: v.lazy(() => ThreadRealtimeItemSchema),
    position: v.pipe(v.number(), v.integer()),
  }),
  v.looseObject({
    type: v.picklist(["turnStarted"]),
    position: v.pipe(v.number(), v.integer()),
    started_at: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    turn_id: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["turnCompleted"]),
    completed_at: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    duration_ms: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    error: v.optional(v.nullable(v.lazy(() => TurnErrorSchema))),
    position: v.pipe(v.number(), v.integer()),
    started_at: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: v.lazy(() => TurnStatusSchema),
    turn_id: v.string(),
  }),
]);

/** Validates {@link T.ThreadTokenUsage}. */
export const ThreadTokenUsageSchema: v.GenericSchema<T.ThreadTokenUsage> = v.looseObject({
  last: v.lazy(() => TokenUsageBreakdownSchema),
  modelContextWindow: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  total: v.lazy(() => TokenUsageBreakdownSchema),
});

/** Validates {@link T.ThreadTokenUsageUpdatedNotification}. */
export const ThreadTokenUsageUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadTokenUsageUpdatedNotification
> = v.looseObject({
  threadId: v.string(),
  tokenUsage: v.lazy(() => ThreadTokenUsageSchema),
  turnId: v.string(),
});

/** Validates {@link T.ThreadTurnsListParams}. */
export const ThreadTurnsListParamsSchema: v.GenericSchema<T.ThreadTurnsListParams> = v.looseObject({
  cursor: v.optional(v.nullable(v.string())),
  itemsView: v.optional(v.nullable(v.lazy(() => TurnItemsViewSchema))),
  limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  sortDirection: v.optional(v.nullable(v.lazy(() => SortDirectionSchema))),
  threadId: v.string(),
});

/** Validates {@link T.ThreadTurnsListResponse}. */
export const ThreadTurnsListResponseSchema: v.GenericSchema<T.ThreadTurnsListResponse> = v
  .looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(v.lazy(() => TurnSchema)),
    nextCursor: v.optional(v.nullable(v.string())),
  });

/** Validates {@link T.ThreadUnarchiveParams}. */
export const ThreadUnarchiveParamsSchema: v.GenericSchema<T.ThreadUnarchiveParams> = v.looseObject({
  threadId: v.string(),
});

/** Validates {@link T.ThreadUnarchiveResponse}. */
export const ThreadUnarchiveResponseSchema: v.GenericSchema<T.ThreadUnarchiveResponse> = v
  .looseObject({
    thread: v.lazy(() => ThreadSchema),
  });

/** Validates {@link T.ThreadUnarchivedNotification}. */
export const ThreadUnarchivedNotificationSchema: v.GenericSchema<T.ThreadUnarchivedNotification> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadUnreadPosition}. */
export const ThreadUnreadPositionSchema: v.GenericSchema<T.ThreadUnreadPosition> = v.variant(
  "type",
  [
    v.looseObject({
      type: v.picklist(["threadStart"]),
    }),
    v.looseObject({
      type: v.picklist(["turn"]),
      turnId: v.string(),
    }),
  ],
);

/** Validates {@link T.ThreadUnsubscribeParams}. */
export const ThreadUnsubscribeParamsSchema: v.GenericSchema<T.ThreadUnsubscribeParams> = v
  .looseObject({
    threadId: v.string(),
  });

/** Validates {@link T.ThreadUnsubscribeResponse}. */
export const ThreadUnsubscribeResponseSchema: v.GenericSchema<T.ThreadUnsubscribeResponse> = v
  .looseObject({
    status: v.lazy(() => ThreadUnsubscribeStatusSchema),
  });

/** Validates {@link T.ThreadUnsubscribeStatus}. */
export const ThreadUnsubscribeStatusSchema: v.GenericSchema<T.ThreadUnsubscribeStatus> = v.picklist(
  ["notLoaded", "notSubscribed", "unsubscribed"],
);

/** Validates {@link T.ThreadUsage}. */
export const ThreadUsageSchema: v.GenericSchema<T.ThreadUsage> = v.looseObject({
  estimatedUsageCreditsMicros: v.pipe(v.number(), v.integer()),
  estimatedUsageUsdMicros: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  groups: v.array(v.lazy(() => ThreadUsageBreakdownGroupSchema)),
  nativeUsageUsdMicros: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  threadId: v.string(),
});

/** Validates {@link T.ThreadUsageBreakdownGroup}. */
export const ThreadUsageBreakdownGroupSchema: v.GenericSchema<T.ThreadUsageBreakdownGroup> = v
  .looseObject({
    cachedInputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    estimatedUsageCreditsMicros: v.pipe(v.number(), v.integer()),
    inputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    model: v.optional(v.nullable(v.string())),
    netNewInputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    outputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    reasoningEffort: v.optional(v.nullable(v.string())),
    speed: v.optional(v.nullable(v.string())),
    totalTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  });

/** Validates {@link T.TokenUsageBreakdown}. */
export const TokenUsageBreakdownSchema: v.GenericSchema<T.TokenUsageBreakdown> = v.looseObject({
  cacheWriteInputTokens: v.optional(v.pipe(v.number(), v.integer())),
  cachedInputTokens: v.pipe(v.number(), v.integer()),
  inputTokens: v.pipe(v.number(), v.integer()),
  outputTokens: v.pipe(v.number(), v.integer()),
  reasoningOutputTokens: v.pipe(v.number(), v.integer()),
  totalTokens: v.pipe(v.number(), v.integer()),
});

/** Validates {@link T.Tool}. */
export const ToolSchema: v.GenericSchema<T.Tool> = v.looseObject({
  _meta: v.optional(v.unknown()),
  annotations: v.optional(v.unknown()),
  description: v.optional(v.nullable(v.string())),
  icons: v.optional(v.nullable(v.array(v.unknown()))),
  inputSchema: v.unknown(),
  name: v.string(),
  outputSchema: v.optional(v.unknown()),
  title: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.ToolExposureSurface}. */
export const ToolExposureSurfaceSchema: v.GenericSchema<T.ToolExposureSurface> = v.picklist([
  "code_mode",
  "deferred",
  "direct",
]);

/** Validates {@link T.ToolRequestUserInputAnswer}. */
export const ToolRequestUserInputAnswerSchema: v.GenericSchema<T.ToolRequestUserInputAnswer> = v
  .looseObject({
    answers: v.array(v.string()),
  });

/** Validates {@link T.ToolRequestUserInputOption}. */
export const ToolRequestUserInputOptionSchema: v.GenericSchema<T.ToolRequestUserInputOption> = v
  .looseObject({
    description: v.string(),
    label: v.string(),
  });

/** Validates {@link T.ToolRequestUserInputParams}. */
export const ToolRequestUserInputParamsSchema: v.GenericSchema<T.ToolRequestUserInputParams> = v
  .looseObject({
    autoResolutionMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    isBlocking: v.boolean(),
    itemId: v.string(),
    questions: v.array(v.lazy(() => ToolRequestUserInputQuestionSchema)),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.ToolRequestUserInputQuestion}. */
export const ToolRequestUserInputQuestionSchema: v.GenericSchema<T.ToolRequestUserInputQuestion> = v
  .looseObject({
    header: v.string(),
    id: v.string(),
    isOther: v.optional(v.boolean()),
    isSecret: v.optional(v.boolean()),
    options: v.optional(v.nullable(v.array(v.lazy(() => ToolRequestUserInputOptionSchema)))),
    question: v.string(),
  });

/** Validates {@link T.ToolRequestUserInputResponse}. */
export const ToolRequestUserInputResponseSchema: v.GenericSchema<T.ToolRequestUserInputResponse> = v
  .looseObject({
    answers: v.record(v.string(), v.lazy(() => ToolRequestUserInputAnswerSchema)),
  });

/** Validates {@link T.ToolsV2}. */
export const ToolsV2Schema: v.GenericSchema<T.ToolsV2> = v.looseObject({
  web_search: v.optional(v.nullable(v.lazy(() => WebSearchToolConfigSchema))),
});

/** Validates {@link T.Turn}. */
export const TurnSchema: v.GenericSchema<T.Turn> = v.looseObject({
  completedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  error: v.optional(v.nullable(v.lazy(() => TurnErrorSchema))),
  id: v.string(),
  items: v.array(v.lazy(() => ThreadItemSchema)),
  itemsView: v.optional(v.lazy(() => TurnItemsViewSchema)),
  rootTurnId: v.optional(v.nullable(v.string())),
  startedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  status: v.lazy(() => TurnStatusSchema),
});

/** Validates {@link T.TurnCompletedNotification}. */
export const TurnCompletedNotificationSchema: v.GenericSchema<T.TurnCompletedNotification> = v
  .looseObject({
    threadId: v.string(),
    turn: v.lazy(() => TurnSchema),
  });

/** Validates {@link T.TurnDiffUpdatedNotification}. */
export const TurnDiffUpdatedNotificationSchema: v.GenericSchema<T.TurnDiffUpdatedNotification> = v
  .looseObject({
    diff: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.TurnEnvironmentParams}. */
export const TurnEnvironmentParamsSchema: v.GenericSchema<T.TurnEnvironmentParams> = v.looseObject({
  cwd: v.lazy(() => LegacyAppPathStringSchema),
  environmentId: v.string(),
  runtimeWorkspaceRoots: v.optional(v.nullable(v.array(v.lazy(() => LegacyAppPathStringSchema)))),
});

/** Validates {@link T.TurnError}. */
export const TurnErrorSchema: v.GenericSchema<T.TurnError> = v.looseObject({
  additionalDetails: v.optional(v.nullable(v.string())),
  codexErrorInfo: v.optional(v.nullable(v.lazy(() => CodexErrorInfoSchema))),
  message: v.string(),
  misalignment: v.optional(v.nullable(v.lazy(() => MisalignmentErrorDetailsSchema))),
});

/** Validates {@link T.TurnInterruptParams}. */
export const TurnInterruptParamsSchema: v.GenericSchema<T.TurnInterruptParams> = v.looseObject({
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.TurnInterruptResponse}. */
export const TurnInterruptResponseSchema: v.GenericSchema<T.TurnInterruptResponse> = v.looseObject(
  {},
);

/** Validates {@link T.TurnItemsView}. */
export const TurnItemsViewSchema: v.GenericSchema<T.TurnItemsView> = v.picklist([
  "notLoaded",
  "summary",
  "full",
]);

/** Validates {@link T.TurnModerationMetadataNotification}. */
export const TurnModerationMetadataNotificationSchema: v.GenericSchema<
  T.TurnModerationMetadataNotification
> = v.looseObject({
  metadata: v.unknown(),
  threadId: v.string(),
  turnId: v.string(),
});

/** Validates {@link T.TurnPlanStep}. */
export const TurnPlanStepSchema: v.GenericSchema<T.TurnPlanStep> = v.looseObject({
  status: v.lazy(() => TurnPlanStepStatusSchema),
  step: v.string(),
});

/** Validates {@link T.TurnPlanStepStatus}. */
export const TurnPlanStepStatusSchema: v.GenericSchema<T.TurnPlanStepStatus> = v.picklist([
  "pending",
  "inProgress",
  "completed",
]);

/** Validates {@link T.TurnPlanUpdatedNotification}. */
export const TurnPlanUpdatedNotificationSchema: v.GenericSchema<T.TurnPlanUpdatedNotification> = v
  .looseObject({
    explanation: v.optional(v.nullable(v.string())),
    plan: v.array(v.lazy(() => TurnPlanStepSchema)),
    threadId: v.string(),
    turnId: v.string(),
  });

/** Validates {@link T.TurnStartParams}. */
export const TurnStartParamsSchema: v.GenericSchema<T.TurnStartParams> = v.looseObject({
  approvalPolicy: v.optional(v.nullable(v.lazy(() => AskForApprovalSchema))),
  approvalsReviewer: v.optional(v.nullable(v.lazy(() => ApprovalsReviewerSchema))),
  clientUserMessageId: v.optional(v.nullable(v.string())),
  cwd: v.optional(v.nullable(v.string())),
  disabledPluginIds: v.optional(v.nullable(v.array(v.string()))),
  effort: v.optional(v.nullable(v.lazy(() => ReasoningEffortSchema))),
  input: v.array(v.lazy(() => UserInputSchema)),
  model: v.optional(v.nullable(v.string())),
  outputSchema: v.optional(v.unknown()),
  parentTurnId: v.optional(v.nullable(v.string())),
  personality: v.optional(v.nullable(v.lazy(() => PersonalitySchema))),
  rootTurnId: v.optional(v.nullable(v.string())),
  sandboxPolicy: v.optional(v.nullable(v.lazy(() => SandboxPolicySchema))),
  serviceTier: v.optional(v.nullable(v.string())),
  serviceTierForTurn: v.optional(v.nullable(v.string())),
  summary: v.optional(v.nullable(v.lazy(() => ReasoningSummarySchema))),
  threadId: v.string(),
  toolOutput: v.optional(v.nullable(v.lazy(() => TurnToolOutputSchema))),
  turnTrigger: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.TurnStartResponse}. */
export const TurnStartResponseSchema: v.GenericSchema<T.TurnStartResponse> = v.looseObject({
  turn: v.lazy(() => TurnSchema),
});

/** Validates {@link T.TurnStartedNotification}. */
export const TurnStartedNotificationSchema: v.GenericSchema<T.TurnStartedNotification> = v
  .looseObject({
    threadId: v.string(),
    turn: v.lazy(() => TurnSchema),
  });

/** Validates {@link T.TurnStatus}. */
export const TurnStatusSchema: v.GenericSchema<T.TurnStatus> = v.picklist([
  "completed",
  "interrupted",
  "failed",
  "inProgress",
]);

/** Validates {@link T.TurnSteerParams}. */
export const TurnSteerParamsSchema: v.GenericSchema<T.TurnSteerParams> = v.looseObject({
  clientUserMessageId: v.optional(v.nullable(v.string())),
  expectedTurnId: v.string(),
  input: v.array(v.lazy(() => UserInputSchema)),
  threadId: v.string(),
});

/** Validates {@link T.TurnSteerResponse}. */
export const TurnSteerResponseSchema: v.GenericSchema<T.TurnSteerResponse> = v.looseObject({
  turnId: v.string(),
});

/** Validates {@link T.TurnToolOutput}. */
export const TurnToolOutputSchema: v.GenericSchema<T.TurnToolOutput> = v.looseObject({
  name: v.string(),
  namespace: v.optional(v.nullable(v.string())),
  output: v.lazy(() => FunctionCallOutputBodySchema),
  retain: v.optional(v.boolean()),
});

/** Validates {@link T.TurnsPage}. */
export const TurnsPageSchema: v.GenericSchema<T.TurnsPage> = v.looseObject({
  backwardsCursor: v.optional(v.nullable(v.string())),
  data: v.array(v.lazy(() => TurnSchema)),
  nextCursor: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.UserInput}. */
export const UserInputSchema: v.GenericSchema<T.UserInput> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["text"]),
    text: v.string(),
    text_elements: v.optional(v.array(v.lazy(() => TextElementSchema))),
  }),
  v.looseObject({
    type: v.picklist(["image"]),
    detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
    url: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["image"]),
    detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
    fileId: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["localImage"]),
    detail: v.optional(v.nullable(v.lazy(() => ImageDetailSchema))),
    path: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["audio"]),
    url: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["audio"]),
    fileId: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["localAudio"]),
    path: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["skill"]),
    name: v.string(),
    path: v.string(),
  }),
  v.looseObject({
    type: v.picklist(["mention"]),
    name: v.string(),
    path: v.string(),
  }),
]);

/** Validates {@link T.Verbosity}. */
export const VerbositySchema: v.GenericSchema<T.Verbosity> = v.picklist(["low", "medium", "high"]);

/** Validates {@link T.W3cTraceContext}. */
export const W3cTraceContextSchema: v.GenericSchema<T.W3cTraceContext> = v.looseObject({
  traceparent: v.optional(v.nullable(v.string())),
  tracestate: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.WarningNotification}. */
export const WarningNotificationSchema: v.GenericSchema<T.WarningNotification> = v.looseObject({
  message: v.string(),
  threadId: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.WebSearchAction}. */
export const WebSearchActionSchema: v.GenericSchema<T.WebSearchAction> = v.variant("type", [
  v.looseObject({
    type: v.picklist(["search"]),
    queries: v.optional(v.nullable(v.array(v.string()))),
    query: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["openPage"]),
    url: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["findInPage"]),
    pattern: v.optional(v.nullable(v.string())),
    url: v.optional(v.nullable(v.string())),
  }),
  v.looseObject({
    type: v.picklist(["other"]),
  }),
]);

/** Validates {@link T.WebSearchContextSize}. */
export const WebSearchContextSizeSchema: v.GenericSchema<T.WebSearchContextSize> = v.picklist([
  "low",
  "medium",
  "high",
]);

/** Validates {@link T.WebSearchLocation}. */
export const WebSearchLocationSchema: v.GenericSchema<T.WebSearchLocation> = v.looseObject({
  city: v.optional(v.nullable(v.string())),
  country: v.optional(v.nullable(v.string())),
  region: v.optional(v.nullable(v.string())),
  timezone: v.optional(v.nullable(v.string())),
});

/** Validates {@link T.WebSearchMode}. */
export const WebSearchModeSchema: v.GenericSchema<T.WebSearchMode> = v.picklist([
  "disabled",
  "cached",
  "indexed",
  "live",
]);

/** Validates {@link T.WebSearchProvider}. */
export const WebSearchProviderSchema: v.GenericSchema<T.WebSearchProvider> = v.picklist([
  "standalone",
  "search_mcp",
]);

/** Validates {@link T.WebSearchToolConfig}. */
export const WebSearchToolConfigSchema: v.GenericSchema<T.WebSearchToolConfig> = v.looseObject({
  allowed_domains: v.optional(v.nullable(v.array(v.string()))),
  context_size: v.optional(v.nullable(v.lazy(() => WebSearchContextSizeSchema))),
  location: v.optional(v.nullable(v.lazy(() => WebSearchLocationSchema))),
});

/** Validates {@link T.WindowsSandboxImplementation}. */
export const WindowsSandboxImplementationSchema: v.GenericSchema<T.WindowsSandboxImplementation> = v
  .picklist(["elevated", "unelevated", "mxc"]);

/** Validates {@link T.WindowsSandboxReadiness}. */
export const WindowsSandboxReadinessSchema: v.GenericSchema<T.WindowsSandboxReadiness> = v.picklist(
  ["ready", "notConfigured", "updateRequired"],
);

/** Validates {@link T.WindowsSandboxReadinessResponse}. */
export const WindowsSandboxReadinessResponseSchema: v.GenericSchema<
  T.WindowsSandboxReadinessResponse
> = v.looseObject({
  status: v.lazy(() => WindowsSandboxReadinessSchema),
});

/** Validates {@link T.WindowsSandboxSetupCompletedNotification}. */
export const WindowsSandboxSetupCompletedNotificationSchema: v.GenericSchema<
  T.WindowsSandboxSetupCompletedNotification
> = v.looseObject({
  error: v.optional(v.nullable(v.string())),
  mode: v.lazy(() => WindowsSandboxSetupModeSchema),
  success: v.boolean(),
});

/** Validates {@link T.WindowsSandboxSetupMode}. */
export const WindowsSandboxSetupModeSchema: v.GenericSchema<T.WindowsSandboxSetupMode> = v.picklist(
  ["elevated", "unelevated"],
);

/** Validates {@link T.WindowsSandboxSetupStartParams}. */
export const WindowsSandboxSetupStartParamsSchema: v.GenericSchema<
  T.WindowsSandboxSetupStartParams
> = v.looseObject({
  cwd: v.optional(v.nullable(v.lazy(() => AbsolutePathBufSchema))),
  mode: v.lazy(() => WindowsSandboxSetupModeSchema),
});

/** Validates {@link T.WindowsSandboxSetupStartResponse}. */
export const WindowsSandboxSetupStartResponseSchema: v.GenericSchema<
  T.WindowsSandboxSetupStartResponse
> = v.looseObject({
  started: v.boolean(),
});

/** Validates {@link T.WindowsWorldWritableWarningNotification}. */
export const WindowsWorldWritableWarningNotificationSchema: v.GenericSchema<
  T.WindowsWorldWritableWarningNotification
> = v.looseObject({
  extraCount: v.pipe(v.number(), v.integer()),
  failedScan: v.boolean(),
  samplePaths: v.array(v.string()),
});

/** Validates {@link T.WorkspaceMessage}. */
export const WorkspaceMessageSchema: v.GenericSchema<T.WorkspaceMessage> = v.looseObject({
  archivedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  createdAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  messageBody: v.string(),
  messageId: v.string(),
  messageType: v.lazy(() => WorkspaceMessageTypeSchema),
});

/** Validates {@link T.WorkspaceMessageType}. */
export const WorkspaceMessageTypeSchema: v.GenericSchema<T.WorkspaceMessageType> = v.picklist([
  "headline",
  "announcement",
  "unknown",
]);

/** Validates {@link T.WorkspaceRouting}. */
export const WorkspaceRoutingSchema: v.GenericSchema<T.WorkspaceRouting> = v.looseObject({
  accountRoutingOverride: v.lazy(() => AccountRoutingOverrideSchema),
  backendOrigin: v.string(),
  chatgptAccountId: v.string(),
});

/** Validates {@link T.WriteStatus}. */
export const WriteStatusSchema: v.GenericSchema<T.WriteStatus> = v.picklist(["ok", "okOverridden"]);
