// Generated from codex 0.171.0 by scripts/generate.ts. Do not edit.

/**
 * valibot schemas for every definition of the Codex app-server protocol (codex 0.171.0).
 *
 * Each `XSchema` validates the generated type `X`. Objects are loose: unknown fields pass.
 *
 * @module
 */

import * as v from "valibot";
import type * as T from "./types.ts";

/**
 * A schema built on its first use, then kept: importing this module builds none of the
 * hundreds of schemas (a process that validates a few message kinds pays for those), and
 * references between schemas resolve whatever the declaration order.
 */
function built<T>(make: () => v.GenericSchema<T>): v.GenericSchema<T> {
  let schema: v.GenericSchema<T> | undefined;
  return v.lazy(() => (schema ??= make()));
}

/** Validates {@link T.AbsolutePathBuf}. */
export const AbsolutePathBufSchema: v.GenericSchema<T.AbsolutePathBuf> = built(() => v.string());

/** Validates {@link T.Account}. */
export const AccountSchema: v.GenericSchema<T.Account> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["apiKey"]),
    }),
    v.looseObject({
      type: v.picklist(["chatgpt"]),
      email: v.nullable(v.string()),
      planType: PlanTypeSchema,
      workspaceName: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["amazonBedrock"]),
      usesCodexManagedCredentials: v.optional(v.boolean()),
    }),
    v.looseObject({
      type: v.picklist(["gcp"]),
    }),
  ])
);

/** Validates {@link T.AccountLoginCompletedNotification}. */
export const AccountLoginCompletedNotificationSchema: v.GenericSchema<
  T.AccountLoginCompletedNotification
> = built(() =>
  v.looseObject({
    error: v.optional(v.nullable(v.string())),
    loginId: v.optional(v.nullable(v.string())),
    onboardingEntrypoint: v.optional(v.nullable(DesktopOnboardingEntrypointSchema)),
    success: v.boolean(),
  })
);

/** Validates {@link T.AccountRateLimitsUpdatedNotification}. */
export const AccountRateLimitsUpdatedNotificationSchema: v.GenericSchema<
  T.AccountRateLimitsUpdatedNotification
> = built(() =>
  v.looseObject({
    rateLimits: RateLimitSnapshotSchema,
  })
);

/** Validates {@link T.AccountRoutingOverride}. */
export const AccountRoutingOverrideSchema: v.GenericSchema<T.AccountRoutingOverride> = built(() =>
  v.picklist(["NO_CONSTRAINT", "us", "us_cr"])
);

/** Validates {@link T.AccountSecuritySetupAction}. */
export const AccountSecuritySetupActionSchema: v.GenericSchema<T.AccountSecuritySetupAction> =
  built(() =>
    v.looseObject({
      label: v.string(),
      url: v.string(),
    })
  );

/** Validates {@link T.AccountSecuritySetupNotice}. */
export const AccountSecuritySetupNoticeSchema: v.GenericSchema<T.AccountSecuritySetupNotice> =
  built(() =>
    v.looseObject({
      accountId: v.string(),
      action: AccountSecuritySetupActionSchema,
      description: v.string(),
      title: v.string(),
      userId: v.string(),
    })
  );

/** Validates {@link T.AccountSession}. */
export const AccountSessionSchema: v.GenericSchema<T.AccountSession> = built(() =>
  v.looseObject({
    displayName: v.optional(v.nullable(v.string())),
    email: v.optional(v.nullable(v.string())),
    imageUrl: v.optional(v.nullable(v.string())),
    isActive: v.boolean(),
    lastUsedAt: v.pipe(v.number(), v.integer()),
    selectedWorkspaceAccountId: v.optional(v.nullable(v.string())),
    sessionId: v.string(),
    userId: v.optional(v.nullable(v.string())),
    workspaces: v.array(AccountSessionWorkspaceSchema),
  })
);

/** Validates {@link T.AccountSessionWorkspace}. */
export const AccountSessionWorkspaceSchema: v.GenericSchema<T.AccountSessionWorkspace> = built(() =>
  v.looseObject({
    accountId: v.string(),
    imageUrl: v.optional(v.nullable(v.string())),
    kind: v.optional(v.nullable(AccountSessionWorkspaceKindSchema)),
    name: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AccountSessionWorkspaceKind}. */
export const AccountSessionWorkspaceKindSchema: v.GenericSchema<T.AccountSessionWorkspaceKind> =
  built(() => v.picklist(["personal", "workspace"]));

/** Validates {@link T.AccountTokenUsageDailyBucket}. */
export const AccountTokenUsageDailyBucketSchema: v.GenericSchema<T.AccountTokenUsageDailyBucket> =
  built(() =>
    v.looseObject({
      startDate: v.string(),
      tokens: v.pipe(v.number(), v.integer()),
    })
  );

/** Validates {@link T.AccountTokenUsageSummary}. */
export const AccountTokenUsageSummarySchema: v.GenericSchema<T.AccountTokenUsageSummary> = built(
  () =>
    v.looseObject({
      currentStreakDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      lifetimeTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      longestRunningTurnSec: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      longestStreakDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      peakDailyTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.AccountUpdateReason}. */
export const AccountUpdateReasonSchema: v.GenericSchema<T.AccountUpdateReason> = built(() =>
  v.picklist(["workspaceRoutingReady", "unknown"])
);

/** Validates {@link T.AccountUpdatedNotification}. */
export const AccountUpdatedNotificationSchema: v.GenericSchema<T.AccountUpdatedNotification> =
  built(() =>
    v.looseObject({
      authMode: v.optional(v.nullable(AuthModeSchema)),
      planType: v.optional(v.nullable(PlanTypeSchema)),
      reason: v.optional(v.nullable(AccountUpdateReasonSchema)),
    })
  );

/** Validates {@link T.ActivePermissionProfile}. */
export const ActivePermissionProfileSchema: v.GenericSchema<T.ActivePermissionProfile> = built(() =>
  v.looseObject({
    extends: v.optional(v.nullable(v.string())),
    id: v.string(),
  })
);

/** Validates {@link T.AddCreditsNudgeCreditType}. */
export const AddCreditsNudgeCreditTypeSchema: v.GenericSchema<T.AddCreditsNudgeCreditType> = built(
  () => v.picklist(["credits", "usage_limit"]),
);

/** Validates {@link T.AddCreditsNudgeEmailStatus}. */
export const AddCreditsNudgeEmailStatusSchema: v.GenericSchema<T.AddCreditsNudgeEmailStatus> =
  built(() => v.picklist(["sent", "cooldown_active"]));

/** Validates {@link T.AdditionalContextEntry}. */
export const AdditionalContextEntrySchema: v.GenericSchema<T.AdditionalContextEntry> = built(() =>
  v.looseObject({
    kind: AdditionalContextKindSchema,
    name: v.optional(v.nullable(v.string())),
    value: v.string(),
  })
);

/** Validates {@link T.AdditionalContextKind}. */
export const AdditionalContextKindSchema: v.GenericSchema<T.AdditionalContextKind> = built(() =>
  v.picklist(["untrusted", "application"])
);

/** Validates {@link T.AdditionalFileSystemPermissions}. */
export const AdditionalFileSystemPermissionsSchema: v.GenericSchema<
  T.AdditionalFileSystemPermissions
> = built(() =>
  v.looseObject({
    entries: v.optional(v.nullable(v.array(FileSystemSandboxEntrySchema))),
    globScanMaxDepth: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    read: v.optional(v.nullable(v.array(LegacyAppPathStringSchema))),
    write: v.optional(v.nullable(v.array(LegacyAppPathStringSchema))),
  })
);

/** Validates {@link T.AdditionalNetworkPermissions}. */
export const AdditionalNetworkPermissionsSchema: v.GenericSchema<T.AdditionalNetworkPermissions> =
  built(() =>
    v.looseObject({
      enabled: v.optional(v.nullable(v.boolean())),
    })
  );

/** Validates {@link T.AdditionalPermissionProfile}. */
export const AdditionalPermissionProfileSchema: v.GenericSchema<T.AdditionalPermissionProfile> =
  built(() =>
    v.looseObject({
      fileSystem: v.optional(v.nullable(AdditionalFileSystemPermissionsSchema)),
      network: v.optional(v.nullable(AdditionalNetworkPermissionsSchema)),
    })
  );

/** Validates {@link T.AgentMessageDelivery}. */
export const AgentMessageDeliverySchema: v.GenericSchema<T.AgentMessageDelivery> = built(() =>
  v.picklist(["async"])
);

/** Validates {@link T.AgentMessageDeltaNotification}. */
export const AgentMessageDeltaNotificationSchema: v.GenericSchema<T.AgentMessageDeltaNotification> =
  built(() =>
    v.looseObject({
      delta: v.string(),
      itemId: v.string(),
      threadId: v.string(),
      turnId: v.string(),
    })
  );

/** Validates {@link T.AgentMessageDisplay}. */
export const AgentMessageDisplaySchema: v.GenericSchema<T.AgentMessageDisplay> = built(() =>
  v.variant("mode", [
    v.looseObject({
      mode: v.picklist(["show"]),
      annotation: v.optional(v.nullable(AnswerAnnotationSchema)),
      trustedContacts: TrustedContactsSchema,
      version: v.literal(1),
    }),
    v.looseObject({
      mode: v.picklist(["hide"]),
      replacement: AnswerReplacementSchema,
      version: v.literal(1),
    }),
    v.looseObject({
      mode: v.picklist(["block"]),
      reason: BlockReasonSchema,
      version: v.literal(1),
    }),
  ])
);

/** Validates {@link T.AgentMessageInputContent}. */
export const AgentMessageInputContentSchema: v.GenericSchema<T.AgentMessageInputContent> = built(
  () =>
    v.variant("type", [
      v.looseObject({
        type: v.picklist(["input_text"]),
        text: v.string(),
      }),
      v.looseObject({
        type: v.picklist(["encrypted_content"]),
        encrypted_content: v.string(),
      }),
    ]),
);

/** Validates {@link T.AgentMessageModeration}. */
export const AgentMessageModerationSchema: v.GenericSchema<T.AgentMessageModeration> = built(() =>
  v.looseObject({
    display: v.optional(v.nullable(AgentMessageDisplaySchema)),
    moderated: v.boolean(),
  })
);

/** Validates {@link T.AgentPath}. */
export const AgentPathSchema: v.GenericSchema<T.AgentPath> = built(() => v.string());

/** Validates {@link T.AllowDenyRequirement}. */
export const AllowDenyRequirementSchema: v.GenericSchema<T.AllowDenyRequirement> = built(() =>
  v.picklist(["allow", "deny"])
);

/** Validates {@link T.AnalyticsConfig}. */
export const AnalyticsConfigSchema: v.GenericSchema<T.AnalyticsConfig> = built(() =>
  v.looseObject({
    enabled: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.AnswerAnnotation}. */
export const AnswerAnnotationSchema: v.GenericSchema<T.AnswerAnnotation> = built(() =>
  v.looseObject({
    kind: v.picklist(["wellbeingHelpline"]),
    subject: HelplineSubjectSchema,
  })
);

/** Validates {@link T.AnswerReplacement}. */
export const AnswerReplacementSchema: v.GenericSchema<T.AnswerReplacement> = built(() =>
  v.looseObject({
    kind: v.picklist(["wellbeingPromptHelpline"]),
  })
);

/** Validates {@link T.AppBranding}. */
export const AppBrandingSchema: v.GenericSchema<T.AppBranding> = built(() =>
  v.looseObject({
    category: v.optional(v.nullable(v.string())),
    developer: v.optional(v.nullable(v.string())),
    isDiscoverableApp: v.boolean(),
    privacyPolicy: v.optional(v.nullable(v.string())),
    termsOfService: v.optional(v.nullable(v.string())),
    website: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppConfig}. */
export const AppConfigSchema: v.GenericSchema<T.AppConfig> = built(() =>
  v.looseObject({
    approvals_reviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    default_tools_approval_mode: v.optional(v.nullable(AppToolApprovalSchema)),
    default_tools_enabled: v.optional(v.nullable(v.boolean())),
    destructive_enabled: v.optional(v.nullable(v.boolean())),
    enabled: v.optional(v.boolean()),
    links: v.optional(v.nullable(AppLinksConfigSchema)),
    omit_tools_from: v.optional(v.nullable(v.array(ToolExposureSurfaceSchema))),
    open_world_enabled: v.optional(v.nullable(v.boolean())),
    tools: v.optional(v.nullable(AppToolsConfigSchema)),
  })
);

/** Validates {@link T.AppInfo}. */
export const AppInfoSchema: v.GenericSchema<T.AppInfo> = built(() =>
  v.looseObject({
    appMetadata: v.optional(v.nullable(AppMetadataSchema)),
    branding: v.optional(v.nullable(AppBrandingSchema)),
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
  })
);

/** Validates {@link T.AppLinkConfig}. */
export const AppLinkConfigSchema: v.GenericSchema<T.AppLinkConfig> = built(() =>
  v.looseObject({
    approvals_reviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    default_tools_approval_mode: v.optional(v.nullable(AppToolApprovalSchema)),
  })
);

/** Validates {@link T.AppLinksConfig}. */
export const AppLinksConfigSchema: v.GenericSchema<T.AppLinksConfig> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.AppListUpdatedNotification}. */
export const AppListUpdatedNotificationSchema: v.GenericSchema<T.AppListUpdatedNotification> =
  built(() =>
    v.looseObject({
      data: v.array(AppInfoSchema),
    })
  );

/** Validates {@link T.AppMetadata}. */
export const AppMetadataSchema: v.GenericSchema<T.AppMetadata> = built(() =>
  v.looseObject({
    categories: v.optional(v.nullable(v.array(v.string()))),
    developer: v.optional(v.nullable(v.string())),
    firstPartyRequiresInstall: v.optional(v.nullable(v.boolean())),
    review: v.optional(v.nullable(AppReviewSchema)),
    screenshots: v.optional(v.nullable(v.array(AppScreenshotSchema))),
    seoDescription: v.optional(v.nullable(v.string())),
    showInComposerWhenUnlinked: v.optional(v.nullable(v.boolean())),
    subCategories: v.optional(v.nullable(v.array(v.string()))),
    version: v.optional(v.nullable(v.string())),
    versionId: v.optional(v.nullable(v.string())),
    versionNotes: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppReview}. */
export const AppReviewSchema: v.GenericSchema<T.AppReview> = built(() =>
  v.looseObject({
    status: v.string(),
  })
);

/** Validates {@link T.AppScreenshot}. */
export const AppScreenshotSchema: v.GenericSchema<T.AppScreenshot> = built(() =>
  v.looseObject({
    fileId: v.optional(v.nullable(v.string())),
    url: v.optional(v.nullable(v.string())),
    userPrompt: v.string(),
  })
);

/** Validates {@link T.AppSummary}. */
export const AppSummarySchema: v.GenericSchema<T.AppSummary> = built(() =>
  v.looseObject({
    category: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    id: v.string(),
    installUrl: v.optional(v.nullable(v.string())),
    name: v.string(),
  })
);

/** Validates {@link T.AppTemplateSummary}. */
export const AppTemplateSummarySchema: v.GenericSchema<T.AppTemplateSummary> = built(() =>
  v.looseObject({
    canonicalConnectorId: v.optional(v.nullable(v.string())),
    category: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    logoUrl: v.optional(v.nullable(v.string())),
    logoUrlDark: v.optional(v.nullable(v.string())),
    materializedAppIds: v.array(v.string()),
    name: v.string(),
    reason: v.optional(v.nullable(AppTemplateUnavailableReasonSchema)),
    templateId: v.string(),
  })
);

/** Validates {@link T.AppTemplateUnavailableReason}. */
export const AppTemplateUnavailableReasonSchema: v.GenericSchema<T.AppTemplateUnavailableReason> =
  built(() => v.picklist(["NOT_CONFIGURED_FOR_WORKSPACE", "NO_ACTIVE_WORKSPACE"]));

/** Validates {@link T.AppToolApproval}. */
export const AppToolApprovalSchema: v.GenericSchema<T.AppToolApproval> = built(() =>
  v.picklist(["auto", "prompt", "writes", "approve"])
);

/** Validates {@link T.AppToolConfig}. */
export const AppToolConfigSchema: v.GenericSchema<T.AppToolConfig> = built(() =>
  v.looseObject({
    approval_mode: v.optional(v.nullable(AppToolApprovalSchema)),
    enabled: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.AppToolSummary}. */
export const AppToolSummarySchema: v.GenericSchema<T.AppToolSummary> = built(() =>
  v.looseObject({
    description: v.string(),
    disabledReason: v.optional(v.nullable(v.string())),
    isEnabled: v.optional(v.boolean()),
    isReadOnly: v.optional(v.boolean()),
    name: v.string(),
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppToolsConfig}. */
export const AppToolsConfigSchema: v.GenericSchema<T.AppToolsConfig> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ApplicationNetworkRequirements}. */
export const ApplicationNetworkRequirementsSchema: v.GenericSchema<
  T.ApplicationNetworkRequirements
> = built(() =>
  v.looseObject({
    domains: v.record(v.string(), NetworkDomainPermissionSchema),
    enabled: v.boolean(),
  })
);

/** Validates {@link T.ApplicationRequirements}. */
export const ApplicationRequirementsSchema: v.GenericSchema<T.ApplicationRequirements> = built(() =>
  v.looseObject({
    network: v.optional(v.nullable(ApplicationNetworkRequirementsSchema)),
    storage: v.optional(v.nullable(ApplicationStorageRequirementsSchema)),
  })
);

/** Validates {@link T.ApplicationStorageRequirements}. */
export const ApplicationStorageRequirementsSchema: v.GenericSchema<
  T.ApplicationStorageRequirements
> = built(() =>
  v.looseObject({
    defaultProjectParent: v.optional(v.nullable(LegacyAppPathStringSchema)),
    projectlessWorkspaceRoot: v.optional(v.nullable(LegacyAppPathStringSchema)),
  })
);

/** Validates {@link T.ApplyPatchApprovalParams}. */
export const ApplyPatchApprovalParamsSchema: v.GenericSchema<T.ApplyPatchApprovalParams> = built(
  () =>
    v.looseObject({
      callId: v.string(),
      conversationId: ThreadIdSchema,
      fileChanges: v.record(v.string(), FileChangeSchema),
      grantRoot: v.optional(v.nullable(v.string())),
      reason: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ApplyPatchApprovalResponse}. */
export const ApplyPatchApprovalResponseSchema: v.GenericSchema<T.ApplyPatchApprovalResponse> =
  built(() =>
    v.looseObject({
      decision: ReviewDecisionSchema,
    })
  );

/** Validates {@link T.ApprovalsReviewer}. */
export const ApprovalsReviewerSchema: v.GenericSchema<T.ApprovalsReviewer> = built(() =>
  v.picklist(["user", "auto_review", "guardian_subagent"])
);

/** Validates {@link T.AppsConfig}. */
export const AppsConfigSchema: v.GenericSchema<T.AppsConfig> = built(() =>
  v.looseObject({
    _default: v.optional(v.nullable(AppsDefaultConfigSchema)),
  })
);

/** Validates {@link T.AppsDefaultConfig}. */
export const AppsDefaultConfigSchema: v.GenericSchema<T.AppsDefaultConfig> = built(() =>
  v.looseObject({
    approvals_reviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    default_tools_approval_mode: v.optional(v.nullable(AppToolApprovalSchema)),
    destructive_enabled: v.optional(v.boolean()),
    enabled: v.optional(v.boolean()),
    open_world_enabled: v.optional(v.boolean()),
  })
);

/** Validates {@link T.AppsInstalledParams}. */
export const AppsInstalledParamsSchema: v.GenericSchema<T.AppsInstalledParams> = built(() =>
  v.looseObject({
    forceRefresh: v.optional(v.boolean()),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppsInstalledResponse}. */
export const AppsInstalledResponseSchema: v.GenericSchema<T.AppsInstalledResponse> = built(() =>
  v.looseObject({
    apps: v.array(InstalledAppSchema),
  })
);

/** Validates {@link T.AppsListParams}. */
export const AppsListParamsSchema: v.GenericSchema<T.AppsListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    forceRefetch: v.optional(v.boolean()),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppsListResponse}. */
export const AppsListResponseSchema: v.GenericSchema<T.AppsListResponse> = built(() =>
  v.looseObject({
    data: v.array(AppInfoSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppsReadParams}. */
export const AppsReadParamsSchema: v.GenericSchema<T.AppsReadParams> = built(() =>
  v.looseObject({
    appIds: v.array(v.string()),
    includeTools: v.optional(v.boolean()),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.AppsReadResponse}. */
export const AppsReadResponseSchema: v.GenericSchema<T.AppsReadResponse> = built(() =>
  v.looseObject({
    apps: v.array(ConnectorMetadataSchema),
    missingAppIds: v.array(v.string()),
  })
);

/** Validates {@link T.AskForApproval}. */
export const AskForApprovalSchema: v.GenericSchema<T.AskForApproval> = built(() =>
  v.union([
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
  ])
);

/** Validates {@link T.AsyncUserInputQuestion}. */
export const AsyncUserInputQuestionSchema: v.GenericSchema<T.AsyncUserInputQuestion> = built(() =>
  v.looseObject({
    options: v.optional(v.nullable(v.array(v.string()))),
    title: v.string(),
  })
);

/** Validates {@link T.AttestationGenerateParams}. */
export const AttestationGenerateParamsSchema: v.GenericSchema<T.AttestationGenerateParams> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.AttestationGenerateResponse}. */
export const AttestationGenerateResponseSchema: v.GenericSchema<T.AttestationGenerateResponse> =
  built(() =>
    v.looseObject({
      token: v.string(),
    })
  );

/** Validates {@link T.AuthMode}. */
export const AuthModeSchema: v.GenericSchema<T.AuthMode> = built(() =>
  v.picklist([
    "apikey",
    "chatgpt",
    "chatgptAuthTokens",
    "headers",
    "agentIdentity",
    "personalAccessToken",
    "bedrockApiKey",
    "bedrockAccessKeys",
  ])
);

/** Validates {@link T.AuthRecoveryNotification}. */
export const AuthRecoveryNotificationSchema: v.GenericSchema<T.AuthRecoveryNotification> = built(
  () =>
    v.looseObject({
      message: v.string(),
      provider: v.string(),
      threadId: v.string(),
      turnId: v.string(),
    }),
);

/** Validates {@link T.AutoCompactTokenLimitScope}. */
export const AutoCompactTokenLimitScopeSchema: v.GenericSchema<T.AutoCompactTokenLimitScope> =
  built(() => v.picklist(["total", "body_after_prefix"]));

/** Validates {@link T.AutoReviewDecisionSource}. */
export const AutoReviewDecisionSourceSchema: v.GenericSchema<T.AutoReviewDecisionSource> = built(
  () => v.picklist(["agent"]),
);

/** Validates {@link T.AutoReviewRequirements}. */
export const AutoReviewRequirementsSchema: v.GenericSchema<T.AutoReviewRequirements> = built(() =>
  v.looseObject({
    ignoreRules: v.optional(v.nullable(v.array(v.string()))),
    requiredOnModels: v.optional(v.nullable(v.array(v.string()))),
  })
);

/** Validates {@link T.BedrockProviderId}. */
export const BedrockProviderIdSchema: v.GenericSchema<T.BedrockProviderId> = built(() =>
  v.picklist(["amazon-bedrock", "amazon-bedrock-runtime"])
);

/** Validates {@link T.BlockReason}. */
export const BlockReasonSchema: v.GenericSchema<T.BlockReason> = built(() =>
  v.variant("kind", [
    v.looseObject({
      kind: v.picklist(["protection"]),
      protectionType: v.string(),
    }),
    v.looseObject({
      kind: v.picklist(["cyber"]),
      trustedAccess: v.optional(v.nullable(v.boolean())),
    }),
  ])
);

/** Validates {@link T.BrowserUseAccessApprovalLifetime}. */
export const BrowserUseAccessApprovalLifetimeSchema: v.GenericSchema<
  T.BrowserUseAccessApprovalLifetime
> = built(() => v.picklist(["turn", "thread"]));

/** Validates {@link T.BrowserUseConfig}. */
export const BrowserUseConfigSchema: v.GenericSchema<T.BrowserUseConfig> = built(() =>
  v.looseObject({
    allow_history_access: v.optional(v.nullable(v.boolean())),
    default_origin_policy: v.optional(v.nullable(BrowserUseOriginPolicyConfigSchema)),
    origins: v.optional(v.nullable(v.record(v.string(), BrowserUseOriginPolicyConfigSchema))),
  })
);

/** Validates {@link T.BrowserUseExtensionRequirements}. */
export const BrowserUseExtensionRequirementsSchema: v.GenericSchema<
  T.BrowserUseExtensionRequirements
> = built(() =>
  v.looseObject({
    requestHeaders: v.optional(v.nullable(v.array(RequestHeaderSchema))),
  })
);

/** Validates {@link T.BrowserUseOriginPolicy}. */
export const BrowserUseOriginPolicySchema: v.GenericSchema<T.BrowserUseOriginPolicy> = built(() =>
  v.looseObject({
    access: v.optional(v.nullable(AllowDenyRequirementSchema)),
    accessApprovalLifetime: v.optional(v.nullable(BrowserUseAccessApprovalLifetimeSchema)),
    autoReview: v.optional(v.nullable(AllowDenyRequirementSchema)),
    downloads: v.optional(v.nullable(AllowDenyRequirementSchema)),
    fullCdpAccess: v.optional(v.nullable(AllowDenyRequirementSchema)),
    persistentApproval: v.optional(v.nullable(v.boolean())),
    uploads: v.optional(v.nullable(AllowDenyRequirementSchema)),
  })
);

/** Validates {@link T.BrowserUseOriginPolicyConfig}. */
export const BrowserUseOriginPolicyConfigSchema: v.GenericSchema<T.BrowserUseOriginPolicyConfig> =
  built(() =>
    v.looseObject({
      access: v.optional(v.nullable(AllowDenyRequirementSchema)),
      downloads: v.optional(v.nullable(AllowDenyRequirementSchema)),
      full_cdp_access: v.optional(v.nullable(AllowDenyRequirementSchema)),
      uploads: v.optional(v.nullable(AllowDenyRequirementSchema)),
    })
  );

/** Validates {@link T.BrowserUseRequirements}. */
export const BrowserUseRequirementsSchema: v.GenericSchema<T.BrowserUseRequirements> = built(() =>
  v.looseObject({
    allowGlobalPersistentApproval: v.optional(v.nullable(v.boolean())),
    allowHistoryAccess: v.optional(v.nullable(v.boolean())),
    allowWebmcp: v.optional(v.nullable(v.boolean())),
    defaultOriginPolicy: v.optional(v.nullable(BrowserUseOriginPolicySchema)),
    disableAutoReview: v.optional(v.nullable(v.boolean())),
    extension: v.optional(v.nullable(BrowserUseExtensionRequirementsSchema)),
    origins: v.optional(v.nullable(v.record(v.string(), BrowserUseOriginPolicySchema))),
  })
);

/** Validates {@link T.ByteRange}. */
export const ByteRangeSchema: v.GenericSchema<T.ByteRange> = built(() =>
  v.looseObject({
    end: v.pipe(v.number(), v.integer()),
    start: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.CancelLoginAccountParams}. */
export const CancelLoginAccountParamsSchema: v.GenericSchema<T.CancelLoginAccountParams> = built(
  () =>
    v.looseObject({
      loginId: v.string(),
    }),
);

/** Validates {@link T.CancelLoginAccountResponse}. */
export const CancelLoginAccountResponseSchema: v.GenericSchema<T.CancelLoginAccountResponse> =
  built(() =>
    v.looseObject({
      status: CancelLoginAccountStatusSchema,
    })
  );

/** Validates {@link T.CancelLoginAccountStatus}. */
export const CancelLoginAccountStatusSchema: v.GenericSchema<T.CancelLoginAccountStatus> = built(
  () => v.picklist(["canceled", "notFound"]),
);

/** Validates {@link T.CapabilityRootLocation}. */
export const CapabilityRootLocationSchema: v.GenericSchema<T.CapabilityRootLocation> = built(() =>
  v.looseObject({
    environmentId: v.string(),
    path: v.string(),
    type: v.picklist(["environment"]),
  })
);

/** Validates {@link T.ChatgptAuthTokensRefreshParams}. */
export const ChatgptAuthTokensRefreshParamsSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshParams
> = built(() =>
  v.looseObject({
    previousAccountId: v.optional(v.nullable(v.string())),
    reason: ChatgptAuthTokensRefreshReasonSchema,
  })
);

/** Validates {@link T.ChatgptAuthTokensRefreshReason}. */
export const ChatgptAuthTokensRefreshReasonSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshReason
> = built(() => v.picklist(["unauthorized"]));

/** Validates {@link T.ChatgptAuthTokensRefreshResponse}. */
export const ChatgptAuthTokensRefreshResponseSchema: v.GenericSchema<
  T.ChatgptAuthTokensRefreshResponse
> = built(() =>
  v.looseObject({
    accessToken: v.string(),
    chatgptAccountId: v.string(),
    chatgptPlanType: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.CliAuthCredentialsStoreMode}. */
export const CliAuthCredentialsStoreModeSchema: v.GenericSchema<T.CliAuthCredentialsStoreMode> =
  built(() => v.picklist(["file", "keyring", "auto", "ephemeral"]));

/** Validates {@link T.ClientInfo}. */
export const ClientInfoSchema: v.GenericSchema<T.ClientInfo> = built(() =>
  v.looseObject({
    name: v.string(),
    title: v.optional(v.nullable(v.string())),
    version: v.string(),
  })
);

/** Validates {@link T.ClientNotification}. */
export const ClientNotificationSchema: v.GenericSchema<T.ClientNotification> = built(() =>
  v.looseObject({
    method: v.picklist(["initialized"]),
  })
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
      method: v.picklist(["thread/name/set"]),
      id: RequestIdSchema,
      params: ThreadSetNameParamsSchema,
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
      method: v.picklist(["thread/inject_items"]),
      id: RequestIdSchema,
      params: ThreadInjectItemsParamsSchema,
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
      method: v.picklist(["account/login/cancel"]),
      id: RequestIdSchema,
      params: CancelLoginAccountParamsSchema,
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
  ])
);

/** Validates {@link T.CodexErrorInfo}. */
export const CodexErrorInfoSchema: v.GenericSchema<T.CodexErrorInfo> = built(() =>
  v.union([
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
      "bioPolicy",
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
        turnKind: NonSteerableTurnKindSchema,
      }),
    }),
    v.string(),
    v.looseObject({}),
  ])
);

/** Validates {@link T.CodexResponseHandoffMode}. */
export const CodexResponseHandoffModeSchema: v.GenericSchema<T.CodexResponseHandoffMode> = built(
  () => v.picklist(["thinking", "commentary", "bemTags"]),
);

/** Validates {@link T.CollabAgentState}. */
export const CollabAgentStateSchema: v.GenericSchema<T.CollabAgentState> = built(() =>
  v.looseObject({
    message: v.optional(v.nullable(v.string())),
    status: CollabAgentStatusSchema,
  })
);

/** Validates {@link T.CollabAgentStatus}. */
export const CollabAgentStatusSchema: v.GenericSchema<T.CollabAgentStatus> = built(() =>
  v.picklist([
    "pendingInit",
    "running",
    "interrupted",
    "completed",
    "errored",
    "shutdown",
    "notFound",
  ])
);

/** Validates {@link T.CollabAgentTool}. */
export const CollabAgentToolSchema: v.GenericSchema<T.CollabAgentTool> = built(() =>
  v.picklist([
    "spawnAgent",
    "sendInput",
    "resumeAgent",
    "wait",
    "closeAgent",
    "sendMessage",
    "followupTask",
    "interruptAgent",
    "listAgents",
  ])
);

/** Validates {@link T.CollabAgentToolCallStatus}. */
export const CollabAgentToolCallStatusSchema: v.GenericSchema<T.CollabAgentToolCallStatus> = built(
  () => v.picklist(["inProgress", "completed", "failed", "interrupted"]),
);

/** Validates {@link T.CollaborationMode}. */
export const CollaborationModeSchema: v.GenericSchema<T.CollaborationMode> = built(() =>
  v.looseObject({
    mode: ModeKindSchema,
    settings: SettingsSchema,
  })
);

/** Validates {@link T.CollaborationModeMask}. */
export const CollaborationModeMaskSchema: v.GenericSchema<T.CollaborationModeMask> = built(() =>
  v.looseObject({
    mode: v.optional(v.nullable(ModeKindSchema)),
    model: v.optional(v.nullable(v.string())),
    name: v.string(),
    reasoning_effort: v.optional(v.nullable(ReasoningEffortSchema)),
  })
);

/** Validates {@link T.CommandAction}. */
export const CommandActionSchema: v.GenericSchema<T.CommandAction> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["read"]),
      command: v.string(),
      name: v.string(),
      path: LegacyAppPathStringSchema,
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
  ])
);

/** Validates {@link T.CommandExecOutputDeltaNotification}. */
export const CommandExecOutputDeltaNotificationSchema: v.GenericSchema<
  T.CommandExecOutputDeltaNotification
> = built(() =>
  v.looseObject({
    capReached: v.boolean(),
    deltaBase64: v.string(),
    processId: v.string(),
    stream: CommandExecOutputStreamSchema,
  })
);

/** Validates {@link T.CommandExecOutputStream}. */
export const CommandExecOutputStreamSchema: v.GenericSchema<T.CommandExecOutputStream> = built(() =>
  v.picklist(["stdout", "stderr"])
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
    processId: v.optional(v.nullable(v.string())),
    sandboxPolicy: v.optional(v.nullable(SandboxPolicySchema)),
    size: v.optional(v.nullable(CommandExecTerminalSizeSchema)),
    streamStdin: v.optional(v.boolean()),
    streamStdoutStderr: v.optional(v.boolean()),
    timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    tty: v.optional(v.boolean()),
  })
);

/** Validates {@link T.CommandExecResizeParams}. */
export const CommandExecResizeParamsSchema: v.GenericSchema<T.CommandExecResizeParams> = built(() =>
  v.looseObject({
    processId: v.string(),
    size: CommandExecTerminalSizeSchema,
  })
);

/** Validates {@link T.CommandExecResizeResponse}. */
export const CommandExecResizeResponseSchema: v.GenericSchema<T.CommandExecResizeResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.CommandExecResponse}. */
export const CommandExecResponseSchema: v.GenericSchema<T.CommandExecResponse> = built(() =>
  v.looseObject({
    exitCode: v.pipe(v.number(), v.integer()),
    stderr: v.string(),
    stdout: v.string(),
  })
);

/** Validates {@link T.CommandExecTerminalSize}. */
export const CommandExecTerminalSizeSchema: v.GenericSchema<T.CommandExecTerminalSize> = built(() =>
  v.looseObject({
    cols: v.pipe(v.number(), v.integer()),
    rows: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.CommandExecTerminateParams}. */
export const CommandExecTerminateParamsSchema: v.GenericSchema<T.CommandExecTerminateParams> =
  built(() =>
    v.looseObject({
      processId: v.string(),
    })
  );

/** Validates {@link T.CommandExecTerminateResponse}. */
export const CommandExecTerminateResponseSchema: v.GenericSchema<T.CommandExecTerminateResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.CommandExecWriteParams}. */
export const CommandExecWriteParamsSchema: v.GenericSchema<T.CommandExecWriteParams> = built(() =>
  v.looseObject({
    closeStdin: v.optional(v.boolean()),
    deltaBase64: v.optional(v.nullable(v.string())),
    processId: v.string(),
  })
);

/** Validates {@link T.CommandExecWriteResponse}. */
export const CommandExecWriteResponseSchema: v.GenericSchema<T.CommandExecWriteResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.CommandExecutionApprovalDecision}. */
export const CommandExecutionApprovalDecisionSchema: v.GenericSchema<
  T.CommandExecutionApprovalDecision
> = built(() =>
  v.union([
    v.picklist(["accept", "acceptForSession", "decline", "cancel"]),
    v.looseObject({
      acceptWithExecpolicyAmendment: v.looseObject({
        execpolicy_amendment: v.array(v.string()),
      }),
    }),
    v.looseObject({
      applyNetworkPolicyAmendment: v.looseObject({
        network_policy_amendment: NetworkPolicyAmendmentSchema,
      }),
    }),
  ])
);

/** Validates {@link T.CommandExecutionApprovalKind}. */
export const CommandExecutionApprovalKindSchema: v.GenericSchema<T.CommandExecutionApprovalKind> =
  built(() => v.picklist(["command", "writeStdin", "humanCommand"]));

/** Validates {@link T.CommandExecutionOutputDeltaNotification}. */
export const CommandExecutionOutputDeltaNotificationSchema: v.GenericSchema<
  T.CommandExecutionOutputDeltaNotification
> = built(() =>
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.CommandExecutionRequestApprovalParams}. */
export const CommandExecutionRequestApprovalParamsSchema: v.GenericSchema<
  T.CommandExecutionRequestApprovalParams
> = built(() =>
  v.looseObject({
    approvalId: v.optional(v.nullable(v.string())),
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

/** Validates {@link T.CommandExecutionRequestApprovalResponse}. */
export const CommandExecutionRequestApprovalResponseSchema: v.GenericSchema<
  T.CommandExecutionRequestApprovalResponse
> = built(() =>
  v.looseObject({
    decision: CommandExecutionApprovalDecisionSchema,
  })
);

/** Validates {@link T.CommandExecutionSource}. */
export const CommandExecutionSourceSchema: v.GenericSchema<T.CommandExecutionSource> = built(() =>
  v.picklist(["agent", "userShell", "unifiedExecStartup", "unifiedExecInteraction"])
);

/** Validates {@link T.CommandExecutionStatus}. */
export const CommandExecutionStatusSchema: v.GenericSchema<T.CommandExecutionStatus> = built(() =>
  v.picklist(["inProgress", "completed", "failed", "declined"])
);

/** Validates {@link T.CommandMigration}. */
export const CommandMigrationSchema: v.GenericSchema<T.CommandMigration> = built(() =>
  v.looseObject({
    name: v.string(),
  })
);

/** Validates {@link T.ComputerUseConfig}. */
export const ComputerUseConfigSchema: v.GenericSchema<T.ComputerUseConfig> = built(() =>
  v.looseObject({
    default_app_access: v.optional(v.nullable(AllowDenyRequirementSchema)),
    macos: v.optional(v.nullable(ComputerUseMacosConfigSchema)),
    windows: v.optional(v.nullable(ComputerUseWindowsConfigSchema)),
  })
);

/** Validates {@link T.ComputerUseMacosConfig}. */
export const ComputerUseMacosConfigSchema: v.GenericSchema<T.ComputerUseMacosConfig> = built(() =>
  v.looseObject({
    bundle_ids: v.optional(v.nullable(v.record(v.string(), AllowDenyRequirementSchema))),
  })
);

/** Validates {@link T.ComputerUseMacosRequirements}. */
export const ComputerUseMacosRequirementsSchema: v.GenericSchema<T.ComputerUseMacosRequirements> =
  built(() =>
    v.looseObject({
      bundleIds: v.optional(v.nullable(v.record(v.string(), AllowDenyRequirementSchema))),
    })
  );

/** Validates {@link T.ComputerUseRequirements}. */
export const ComputerUseRequirementsSchema: v.GenericSchema<T.ComputerUseRequirements> = built(() =>
  v.looseObject({
    allowLockedComputerUse: v.optional(v.nullable(v.boolean())),
    allowPersistentApproval: v.optional(v.nullable(v.boolean())),
    defaultAppAccess: v.optional(v.nullable(AllowDenyRequirementSchema)),
    macos: v.optional(v.nullable(ComputerUseMacosRequirementsSchema)),
    windows: v.optional(v.nullable(ComputerUseWindowsRequirementsSchema)),
  })
);

/** Validates {@link T.ComputerUseWindowsConfig}. */
export const ComputerUseWindowsConfigSchema: v.GenericSchema<T.ComputerUseWindowsConfig> = built(
  () =>
    v.looseObject({
      aumids: v.optional(v.nullable(v.record(v.string(), AllowDenyRequirementSchema))),
      exes: v.optional(v.nullable(v.array(ComputerUseWindowsExeConfigSchema))),
    }),
);

/** Validates {@link T.ComputerUseWindowsExeConfig}. */
export const ComputerUseWindowsExeConfigSchema: v.GenericSchema<T.ComputerUseWindowsExeConfig> =
  built(() =>
    v.looseObject({
      access: AllowDenyRequirementSchema,
      binary_name: v.optional(v.nullable(v.string())),
      product_name: v.string(),
      publisher_name: v.string(),
    })
  );

/** Validates {@link T.ComputerUseWindowsExeRequirement}. */
export const ComputerUseWindowsExeRequirementSchema: v.GenericSchema<
  T.ComputerUseWindowsExeRequirement
> = built(() =>
  v.looseObject({
    access: AllowDenyRequirementSchema,
    binaryName: v.optional(v.nullable(v.string())),
    productName: v.string(),
    publisherName: v.string(),
  })
);

/** Validates {@link T.ComputerUseWindowsRequirements}. */
export const ComputerUseWindowsRequirementsSchema: v.GenericSchema<
  T.ComputerUseWindowsRequirements
> = built(() =>
  v.looseObject({
    aumids: v.optional(v.nullable(v.record(v.string(), AllowDenyRequirementSchema))),
    exes: v.optional(v.nullable(v.array(ComputerUseWindowsExeRequirementSchema))),
  })
);

/** Validates {@link T.Config}. */
export const ConfigSchema: v.GenericSchema<T.Config> = built(() =>
  v.looseObject({
    analytics: v.optional(v.nullable(AnalyticsConfigSchema)),
    approval_policy: v.optional(v.nullable(AskForApprovalSchema)),
    approvals_reviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
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

/** Validates {@link T.ConfigBatchWriteParams}. */
export const ConfigBatchWriteParamsSchema: v.GenericSchema<T.ConfigBatchWriteParams> = built(() =>
  v.looseObject({
    edits: v.array(ConfigEditSchema),
    expectedVersion: v.optional(v.nullable(v.string())),
    filePath: v.optional(v.nullable(v.string())),
    reloadUserConfig: v.optional(v.boolean()),
  })
);

/** Validates {@link T.ConfigEdit}. */
export const ConfigEditSchema: v.GenericSchema<T.ConfigEdit> = built(() =>
  v.looseObject({
    keyPath: v.string(),
    mergeStrategy: MergeStrategySchema,
    value: v.unknown(),
  })
);

/** Validates {@link T.ConfigLayer}. */
export const ConfigLayerSchema: v.GenericSchema<T.ConfigLayer> = built(() =>
  v.looseObject({
    config: v.unknown(),
    disabledReason: v.optional(v.nullable(v.string())),
    name: ConfigLayerSourceSchema,
    version: v.string(),
  })
);

/** Validates {@link T.ConfigLayerMetadata}. */
export const ConfigLayerMetadataSchema: v.GenericSchema<T.ConfigLayerMetadata> = built(() =>
  v.looseObject({
    name: ConfigLayerSourceSchema,
    version: v.string(),
  })
);

/** Validates {@link T.ConfigLayerSource}. */
export const ConfigLayerSourceSchema: v.GenericSchema<T.ConfigLayerSource> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["packagedDefaults"]),
      file: AbsolutePathBufSchema,
    }),
    v.looseObject({
      type: v.picklist(["mdm"]),
      domain: v.string(),
      key: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["system"]),
      file: AbsolutePathBufSchema,
    }),
    v.looseObject({
      type: v.picklist(["enterpriseManaged"]),
      id: v.string(),
      name: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["user"]),
      file: AbsolutePathBufSchema,
      profile: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["project"]),
      dotCodexFolder: AbsolutePathBufSchema,
    }),
    v.looseObject({
      type: v.picklist(["sessionFlags"]),
    }),
    v.looseObject({
      type: v.picklist(["legacyManagedConfigTomlFromFile"]),
      file: AbsolutePathBufSchema,
    }),
    v.looseObject({
      type: v.picklist(["legacyManagedConfigTomlFromMdm"]),
    }),
  ])
);

/** Validates {@link T.ConfigReadParams}. */
export const ConfigReadParamsSchema: v.GenericSchema<T.ConfigReadParams> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(v.string())),
    includeLayers: v.optional(v.boolean()),
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
    allowedLoginMethods: v.optional(v.nullable(v.array(ForcedLoginMethodSchema))),
    allowedPermissionProfiles: v.optional(v.nullable(v.record(v.string(), v.boolean()))),
    allowedSandboxModes: v.optional(v.nullable(v.array(SandboxModeSchema))),
    allowedWebSearchModes: v.optional(v.nullable(v.array(WebSearchModeSchema))),
    allowedWindowsSandboxImplementations: v.optional(
      v.nullable(v.array(WindowsSandboxImplementationSchema)),
    ),
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
    inAppBrowser: v.optional(v.nullable(InAppBrowserRequirementsSchema)),
    logDir: v.optional(v.nullable(v.string())),
    modelCatalogJson: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    modelProviders: v.optional(v.nullable(v.looseObject({}))),
    models: v.optional(v.nullable(ModelsRequirementsSchema)),
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

/** Validates {@link T.ConfigValueWriteParams}. */
export const ConfigValueWriteParamsSchema: v.GenericSchema<T.ConfigValueWriteParams> = built(() =>
  v.looseObject({
    expectedVersion: v.optional(v.nullable(v.string())),
    filePath: v.optional(v.nullable(v.string())),
    keyPath: v.string(),
    mergeStrategy: MergeStrategySchema,
    value: v.unknown(),
  })
);

/** Validates {@link T.ConfigWarningNotification}. */
export const ConfigWarningNotificationSchema: v.GenericSchema<T.ConfigWarningNotification> = built(
  () =>
    v.looseObject({
      details: v.optional(v.nullable(v.string())),
      path: v.optional(v.nullable(v.string())),
      range: v.optional(v.nullable(TextRangeSchema)),
      summary: v.string(),
    }),
);

/** Validates {@link T.ConfigWriteResponse}. */
export const ConfigWriteResponseSchema: v.GenericSchema<T.ConfigWriteResponse> = built(() =>
  v.looseObject({
    filePath: AbsolutePathBufSchema,
    overriddenMetadata: v.optional(v.nullable(OverriddenMetadataSchema)),
    status: WriteStatusSchema,
    version: v.string(),
  })
);

/** Validates {@link T.ConfigurationReasoning}. */
export const ConfigurationReasoningSchema: v.GenericSchema<T.ConfigurationReasoning> = built(() =>
  v.looseObject({
    effort: ReasoningEffortSchema,
  })
);

/** Validates {@link T.ConfiguredHookHandler}. */
export const ConfiguredHookHandlerSchema: v.GenericSchema<T.ConfiguredHookHandler> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.ConfiguredHookMatcherGroup}. */
export const ConfiguredHookMatcherGroupSchema: v.GenericSchema<T.ConfiguredHookMatcherGroup> =
  built(() =>
    v.looseObject({
      hooks: v.array(ConfiguredHookHandlerSchema),
      matcher: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ConnectorMetadata}. */
export const ConnectorMetadataSchema: v.GenericSchema<T.ConnectorMetadata> = built(() =>
  v.looseObject({
    description: v.optional(v.nullable(v.string())),
    distributionChannel: v.optional(v.nullable(v.string())),
    iconUrl: v.optional(v.nullable(v.string())),
    iconUrlDark: v.optional(v.nullable(v.string())),
    id: v.string(),
    installUrl: v.optional(v.nullable(v.string())),
    name: v.string(),
    pluginDisplayNames: v.optional(v.array(v.string())),
    toolSummaries: v.optional(v.nullable(v.array(AppToolSummarySchema))),
  })
);

/** Validates {@link T.ConsumeAccountRateLimitResetCreditOutcome}. */
export const ConsumeAccountRateLimitResetCreditOutcomeSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditOutcome
> = built(() => v.picklist(["reset", "nothingToReset", "noCredit", "alreadyRedeemed"]));

/** Validates {@link T.ConsumeAccountRateLimitResetCreditParams}. */
export const ConsumeAccountRateLimitResetCreditParamsSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditParams
> = built(() =>
  v.looseObject({
    creditId: v.optional(v.nullable(v.string())),
    idempotencyKey: v.string(),
  })
);

/** Validates {@link T.ConsumeAccountRateLimitResetCreditResponse}. */
export const ConsumeAccountRateLimitResetCreditResponseSchema: v.GenericSchema<
  T.ConsumeAccountRateLimitResetCreditResponse
> = built(() =>
  v.looseObject({
    outcome: ConsumeAccountRateLimitResetCreditOutcomeSchema,
  })
);

/** Validates {@link T.ContentItem}. */
export const ContentItemSchema: v.GenericSchema<T.ContentItem> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["input_text"]),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_image"]),
      detail: v.optional(v.nullable(ImageDetailSchema)),
      image_url: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["input_image"]),
      detail: v.optional(v.nullable(ImageDetailSchema)),
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
  ])
);

/** Validates {@link T.ContextCompactedNotification}. */
export const ContextCompactedNotificationSchema: v.GenericSchema<T.ContextCompactedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
      turnId: v.string(),
    })
  );

/** Validates {@link T.ConversationTextRole}. */
export const ConversationTextRoleSchema: v.GenericSchema<T.ConversationTextRole> = built(() =>
  v.picklist(["user", "developer", "assistant"])
);

/** Validates {@link T.CreditsSnapshot}. */
export const CreditsSnapshotSchema: v.GenericSchema<T.CreditsSnapshot> = built(() =>
  v.looseObject({
    balance: v.optional(v.nullable(v.string())),
    hasCredits: v.boolean(),
    unlimited: v.boolean(),
  })
);

/** Validates {@link T.CyberAccessProgram}. */
export const CyberAccessProgramSchema: v.GenericSchema<T.CyberAccessProgram> = built(() =>
  v.picklist(["standard", "daybreakBlue", "daybreakRed"])
);

/** Validates {@link T.DeprecationNoticeNotification}. */
export const DeprecationNoticeNotificationSchema: v.GenericSchema<T.DeprecationNoticeNotification> =
  built(() =>
    v.looseObject({
      details: v.optional(v.nullable(v.string())),
      summary: v.string(),
    })
  );

/** Validates {@link T.DesktopOnboardingEntrypoint}. */
export const DesktopOnboardingEntrypointSchema: v.GenericSchema<T.DesktopOnboardingEntrypoint> =
  built(() => v.picklist(["life_sciences"]));

/** Validates {@link T.DynamicToolCallOutputContentItem}. */
export const DynamicToolCallOutputContentItemSchema: v.GenericSchema<
  T.DynamicToolCallOutputContentItem
> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.DynamicToolCallParams}. */
export const DynamicToolCallParamsSchema: v.GenericSchema<T.DynamicToolCallParams> = built(() =>
  v.looseObject({
    arguments: v.unknown(),
    callId: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    tool: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.DynamicToolCallResponse}. */
export const DynamicToolCallResponseSchema: v.GenericSchema<T.DynamicToolCallResponse> = built(() =>
  v.looseObject({
    contentItems: v.array(DynamicToolCallOutputContentItemSchema),
    success: v.boolean(),
  })
);

/** Validates {@link T.DynamicToolCallStatus}. */
export const DynamicToolCallStatusSchema: v.GenericSchema<T.DynamicToolCallStatus> = built(() =>
  v.picklist(["inProgress", "completed", "failed"])
);

/** Validates {@link T.DynamicToolNamespaceTool}. */
export const DynamicToolNamespaceToolSchema: v.GenericSchema<T.DynamicToolNamespaceTool> = built(
  () =>
    v.looseObject({
      deferLoading: v.optional(v.boolean()),
      description: v.string(),
      inputSchema: v.unknown(),
      name: v.string(),
      type: v.picklist(["function"]),
    }),
);

/** Validates {@link T.DynamicToolSpec}. */
export const DynamicToolSpecSchema: v.GenericSchema<T.DynamicToolSpec> = built(() =>
  v.variant("type", [
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
      tools: v.array(DynamicToolNamespaceToolSchema),
    }),
  ])
);

/** Validates {@link T.EnvironmentConnectionNotification}. */
export const EnvironmentConnectionNotificationSchema: v.GenericSchema<
  T.EnvironmentConnectionNotification
> = built(() =>
  v.looseObject({
    environmentId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.EnvironmentSkillsParams}. */
export const EnvironmentSkillsParamsSchema: v.GenericSchema<T.EnvironmentSkillsParams> = built(() =>
  v.looseObject({
    required: v.optional(v.nullable(v.array(v.string()))),
  })
);

/** Validates {@link T.ErrorNotification}. */
export const ErrorNotificationSchema: v.GenericSchema<T.ErrorNotification> = built(() =>
  v.looseObject({
    error: TurnErrorSchema,
    threadId: v.string(),
    turnId: v.string(),
    willRetry: v.boolean(),
  })
);

/** Validates {@link T.ExecCommandApprovalParams}. */
export const ExecCommandApprovalParamsSchema: v.GenericSchema<T.ExecCommandApprovalParams> = built(
  () =>
    v.looseObject({
      approvalId: v.optional(v.nullable(v.string())),
      callId: v.string(),
      command: v.array(v.string()),
      conversationId: ThreadIdSchema,
      cwd: v.string(),
      parsedCmd: v.array(ParsedCommandSchema),
      reason: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ExecCommandApprovalResponse}. */
export const ExecCommandApprovalResponseSchema: v.GenericSchema<T.ExecCommandApprovalResponse> =
  built(() =>
    v.looseObject({
      decision: ReviewDecisionSchema,
    })
  );

/** Validates {@link T.ExperimentalFeature}. */
export const ExperimentalFeatureSchema: v.GenericSchema<T.ExperimentalFeature> = built(() =>
  v.looseObject({
    announcement: v.optional(v.nullable(v.string())),
    defaultEnabled: v.boolean(),
    description: v.optional(v.nullable(v.string())),
    displayName: v.optional(v.nullable(v.string())),
    enabled: v.boolean(),
    name: v.string(),
    stage: ExperimentalFeatureStageSchema,
  })
);

/** Validates {@link T.ExperimentalFeatureEnablementSetParams}. */
export const ExperimentalFeatureEnablementSetParamsSchema: v.GenericSchema<
  T.ExperimentalFeatureEnablementSetParams
> = built(() =>
  v.looseObject({
    enablement: v.record(v.string(), v.boolean()),
  })
);

/** Validates {@link T.ExperimentalFeatureEnablementSetResponse}. */
export const ExperimentalFeatureEnablementSetResponseSchema: v.GenericSchema<
  T.ExperimentalFeatureEnablementSetResponse
> = built(() =>
  v.looseObject({
    enablement: v.record(v.string(), v.boolean()),
  })
);

/** Validates {@link T.ExperimentalFeatureListParams}. */
export const ExperimentalFeatureListParamsSchema: v.GenericSchema<T.ExperimentalFeatureListParams> =
  built(() =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      threadId: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ExperimentalFeatureListResponse}. */
export const ExperimentalFeatureListResponseSchema: v.GenericSchema<
  T.ExperimentalFeatureListResponse
> = built(() =>
  v.looseObject({
    data: v.array(ExperimentalFeatureSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExperimentalFeatureStage}. */
export const ExperimentalFeatureStageSchema: v.GenericSchema<T.ExperimentalFeatureStage> = built(
  () => v.picklist(["beta", "underDevelopment", "stable", "deprecated", "removed"]),
);

/** Validates {@link T.ExternalAgentConfigDetectParams}. */
export const ExternalAgentConfigDetectParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigDetectParams
> = built(() =>
  v.looseObject({
    cwds: v.optional(v.nullable(v.array(v.string()))),
    includeHome: v.optional(v.boolean()),
    maxSessionAgeDays: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    maxSessions: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    migrationSource: v.optional(v.nullable(v.string())),
    source: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExternalAgentConfigDetectResponse}. */
export const ExternalAgentConfigDetectResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigDetectResponse
> = built(() =>
  v.looseObject({
    connectors: v.optional(v.array(ExternalAgentDetectedConnectorCandidateSchema)),
    items: v.array(ExternalAgentConfigMigrationItemSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportCompletedNotification}. */
export const ExternalAgentConfigImportCompletedNotificationSchema: v.GenericSchema<
  T.ExternalAgentConfigImportCompletedNotification
> = built(() =>
  v.looseObject({
    importId: v.string(),
    itemTypeResults: v.array(ExternalAgentConfigImportTypeResultSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistoriesReadResponse}. */
export const ExternalAgentConfigImportHistoriesReadResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoriesReadResponse
> = built(() =>
  v.looseObject({
    connectors: v.array(ExternalAgentImportedConnectorCandidateSchema),
    data: v.array(ExternalAgentConfigImportHistorySchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistory}. */
export const ExternalAgentConfigImportHistorySchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistory
> = built(() =>
  v.looseObject({
    completedAtMs: v.pipe(v.number(), v.integer()),
    failures: v.array(ExternalAgentConfigImportItemTypeFailureSchema),
    importId: v.string(),
    providerId: v.optional(v.nullable(v.string())),
    successes: v.array(ExternalAgentConfigImportItemTypeSuccessSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordParams}. */
export const ExternalAgentConfigImportHistoryRecordParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordParams
> = built(() =>
  v.looseObject({
    itemTypeResults: v.array(ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema),
    providerId: v.string(),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordResponse}. */
export const ExternalAgentConfigImportHistoryRecordResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordResponse
> = built(() =>
  v.looseObject({
    importId: v.string(),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordSuccessParams}. */
export const ExternalAgentConfigImportHistoryRecordSuccessParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordSuccessParams
> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(v.string())),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
    source: v.optional(v.nullable(v.string())),
    target: v.optional(v.nullable(v.string())),
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExternalAgentConfigImportHistoryRecordTypeResultParams}. */
export const ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportHistoryRecordTypeResultParams
> = built(() =>
  v.looseObject({
    failures: v.array(ExternalAgentConfigImportItemTypeFailureSchema),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
    successes: v.array(ExternalAgentConfigImportHistoryRecordSuccessParamsSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportItemTypeFailure}. */
export const ExternalAgentConfigImportItemTypeFailureSchema: v.GenericSchema<
  T.ExternalAgentConfigImportItemTypeFailure
> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(v.string())),
    errorType: v.optional(v.nullable(v.string())),
    failureStage: v.string(),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
    message: v.string(),
    source: v.optional(v.nullable(v.string())),
    subErrorType: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExternalAgentConfigImportItemTypeSuccess}. */
export const ExternalAgentConfigImportItemTypeSuccessSchema: v.GenericSchema<
  T.ExternalAgentConfigImportItemTypeSuccess
> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(v.string())),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
    source: v.optional(v.nullable(v.string())),
    target: v.optional(v.nullable(v.string())),
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExternalAgentConfigImportParams}. */
export const ExternalAgentConfigImportParamsSchema: v.GenericSchema<
  T.ExternalAgentConfigImportParams
> = built(() =>
  v.looseObject({
    migrationItems: v.array(ExternalAgentConfigMigrationItemSchema),
    migrationSource: v.optional(v.nullable(v.string())),
    providerId: v.optional(v.nullable(v.string())),
    source: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ExternalAgentConfigImportProgressNotification}. */
export const ExternalAgentConfigImportProgressNotificationSchema: v.GenericSchema<
  T.ExternalAgentConfigImportProgressNotification
> = built(() =>
  v.looseObject({
    importId: v.string(),
    itemTypeResults: v.array(ExternalAgentConfigImportTypeResultSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigImportResponse}. */
export const ExternalAgentConfigImportResponseSchema: v.GenericSchema<
  T.ExternalAgentConfigImportResponse
> = built(() =>
  v.looseObject({
    importId: v.string(),
  })
);

/** Validates {@link T.ExternalAgentConfigImportTypeResult}. */
export const ExternalAgentConfigImportTypeResultSchema: v.GenericSchema<
  T.ExternalAgentConfigImportTypeResult
> = built(() =>
  v.looseObject({
    failures: v.array(ExternalAgentConfigImportItemTypeFailureSchema),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
    successes: v.array(ExternalAgentConfigImportItemTypeSuccessSchema),
  })
);

/** Validates {@link T.ExternalAgentConfigMigrationItem}. */
export const ExternalAgentConfigMigrationItemSchema: v.GenericSchema<
  T.ExternalAgentConfigMigrationItem
> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(v.string())),
    description: v.string(),
    details: v.optional(v.nullable(MigrationDetailsSchema)),
    itemType: ExternalAgentConfigMigrationItemTypeSchema,
  })
);

/** Validates {@link T.ExternalAgentConfigMigrationItemType}. */
export const ExternalAgentConfigMigrationItemTypeSchema: v.GenericSchema<
  T.ExternalAgentConfigMigrationItemType
> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.ExternalAgentDetectedConnectorCandidate}. */
export const ExternalAgentDetectedConnectorCandidateSchema: v.GenericSchema<
  T.ExternalAgentDetectedConnectorCandidate
> = built(() =>
  v.looseObject({
    name: v.string(),
    sessionCount: v.pipe(v.number(), v.integer()),
    source: ExternalAgentDetectedConnectorSourceSchema,
  })
);

/** Validates {@link T.ExternalAgentDetectedConnectorSource}. */
export const ExternalAgentDetectedConnectorSourceSchema: v.GenericSchema<
  T.ExternalAgentDetectedConnectorSource
> = built(() => v.picklist(["remoteMcpServersConfig", "sessionToolUse"]));

/** Validates {@link T.ExternalAgentImportedConnectorCandidate}. */
export const ExternalAgentImportedConnectorCandidateSchema: v.GenericSchema<
  T.ExternalAgentImportedConnectorCandidate
> = built(() =>
  v.looseObject({
    name: v.string(),
    sessionCount: v.pipe(v.number(), v.integer()),
    source: ExternalAgentImportedConnectorSourceSchema,
  })
);

/** Validates {@link T.ExternalAgentImportedConnectorSource}. */
export const ExternalAgentImportedConnectorSourceSchema: v.GenericSchema<
  T.ExternalAgentImportedConnectorSource
> = built(() => v.picklist(["remoteMcpServersConfig"]));

/** Validates {@link T.FeedbackRequirements}. */
export const FeedbackRequirementsSchema: v.GenericSchema<T.FeedbackRequirements> = built(() =>
  v.looseObject({
    enabled: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.FeedbackSaveParams}. */
export const FeedbackSaveParamsSchema: v.GenericSchema<T.FeedbackSaveParams> = built(() =>
  v.looseObject({
    classification: v.string(),
    extraLogFiles: v.optional(v.nullable(v.array(v.string()))),
    includeLogs: v.optional(v.boolean()),
    reason: v.optional(v.nullable(v.string())),
    savePath: LegacyAppPathStringSchema,
    tags: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.FeedbackSaveResponse}. */
export const FeedbackSaveResponseSchema: v.GenericSchema<T.FeedbackSaveResponse> = built(() =>
  v.looseObject({
    promptHash: v.optional(v.nullable(v.string())),
    savedPath: LegacyAppPathStringSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.FeedbackUploadParams}. */
export const FeedbackUploadParamsSchema: v.GenericSchema<T.FeedbackUploadParams> = built(() =>
  v.looseObject({
    classification: v.string(),
    extraLogFiles: v.optional(v.nullable(v.array(v.string()))),
    includeLogs: v.optional(v.boolean()),
    reason: v.optional(v.nullable(v.string())),
    tags: v.optional(v.nullable(v.record(v.string(), v.string()))),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.FeedbackUploadResponse}. */
export const FeedbackUploadResponseSchema: v.GenericSchema<T.FeedbackUploadResponse> = built(() =>
  v.looseObject({
    promptHash: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  })
);

/** Validates {@link T.FileChange}. */
export const FileChangeSchema: v.GenericSchema<T.FileChange> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.FileChangeApprovalDecision}. */
export const FileChangeApprovalDecisionSchema: v.GenericSchema<T.FileChangeApprovalDecision> =
  built(() => v.picklist(["accept", "acceptForSession", "decline", "cancel"]));

/** Validates {@link T.FileChangeOutputDeltaNotification}. */
export const FileChangeOutputDeltaNotificationSchema: v.GenericSchema<
  T.FileChangeOutputDeltaNotification
> = built(() =>
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.FileChangePatchUpdatedNotification}. */
export const FileChangePatchUpdatedNotificationSchema: v.GenericSchema<
  T.FileChangePatchUpdatedNotification
> = built(() =>
  v.looseObject({
    changes: v.array(FileUpdateChangeSchema),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.FileChangeRequestApprovalParams}. */
export const FileChangeRequestApprovalParamsSchema: v.GenericSchema<
  T.FileChangeRequestApprovalParams
> = built(() =>
  v.looseObject({
    grantRoot: v.optional(v.nullable(v.string())),
    itemId: v.string(),
    reason: v.optional(v.nullable(v.string())),
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.FileChangeRequestApprovalResponse}. */
export const FileChangeRequestApprovalResponseSchema: v.GenericSchema<
  T.FileChangeRequestApprovalResponse
> = built(() =>
  v.looseObject({
    decision: FileChangeApprovalDecisionSchema,
  })
);

/** Validates {@link T.FileSystemAccessMode}. */
export const FileSystemAccessModeSchema: v.GenericSchema<T.FileSystemAccessMode> = built(() =>
  v.picklist(["read", "write", "deny"])
);

/** Validates {@link T.FileSystemPath}. */
export const FileSystemPathSchema: v.GenericSchema<T.FileSystemPath> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["path"]),
      path: LegacyAppPathStringSchema,
    }),
    v.looseObject({
      type: v.picklist(["glob_pattern"]),
      pattern: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["special"]),
      value: FileSystemSpecialPathSchema,
    }),
  ])
);

/** Validates {@link T.FileSystemSandboxEntry}. */
export const FileSystemSandboxEntrySchema: v.GenericSchema<T.FileSystemSandboxEntry> = built(() =>
  v.looseObject({
    access: FileSystemAccessModeSchema,
    path: FileSystemPathSchema,
  })
);

/** Validates {@link T.FileSystemSpecialPath}. */
export const FileSystemSpecialPathSchema: v.GenericSchema<T.FileSystemSpecialPath> = built(() =>
  v.variant("kind", [
    v.looseObject({
      kind: v.picklist(["root"]),
    }),
    v.looseObject({
      kind: v.picklist(["minimal"]),
    }),
    v.looseObject({
      kind: v.picklist(["project_roots"]),
      subpath: v.optional(v.nullable(LegacyAppPathStringSchema)),
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
      subpath: v.optional(v.nullable(LegacyAppPathStringSchema)),
    }),
  ])
);

/** Validates {@link T.FileUpdateChange}. */
export const FileUpdateChangeSchema: v.GenericSchema<T.FileUpdateChange> = built(() =>
  v.looseObject({
    diff: v.string(),
    kind: PatchChangeKindSchema,
    path: v.string(),
  })
);

/** Validates {@link T.ForcedChatgptWorkspaceIds}. */
export const ForcedChatgptWorkspaceIdsSchema: v.GenericSchema<T.ForcedChatgptWorkspaceIds> = built(
  () =>
    v.union([
      v.string(),
      v.array(v.string()),
    ]),
);

/** Validates {@link T.ForcedLoginMethod}. */
export const ForcedLoginMethodSchema: v.GenericSchema<T.ForcedLoginMethod> = built(() =>
  v.picklist(["chatgpt", "api"])
);

/** Validates {@link T.FsChangedNotification}. */
export const FsChangedNotificationSchema: v.GenericSchema<T.FsChangedNotification> = built(() =>
  v.looseObject({
    changedPaths: v.array(AbsolutePathBufSchema),
    watchId: v.string(),
  })
);

/** Validates {@link T.FsCopyParams}. */
export const FsCopyParamsSchema: v.GenericSchema<T.FsCopyParams> = built(() =>
  v.looseObject({
    destinationPath: AbsolutePathBufSchema,
    recursive: v.optional(v.boolean()),
    sourcePath: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsCopyResponse}. */
export const FsCopyResponseSchema: v.GenericSchema<T.FsCopyResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.FsCreateDirectoryParams}. */
export const FsCreateDirectoryParamsSchema: v.GenericSchema<T.FsCreateDirectoryParams> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
    recursive: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.FsCreateDirectoryResponse}. */
export const FsCreateDirectoryResponseSchema: v.GenericSchema<T.FsCreateDirectoryResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.FsGetMetadataParams}. */
export const FsGetMetadataParamsSchema: v.GenericSchema<T.FsGetMetadataParams> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsGetMetadataResponse}. */
export const FsGetMetadataResponseSchema: v.GenericSchema<T.FsGetMetadataResponse> = built(() =>
  v.looseObject({
    createdAtMs: v.pipe(v.number(), v.integer()),
    isDirectory: v.boolean(),
    isFile: v.boolean(),
    isSymlink: v.boolean(),
    modifiedAtMs: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.FsReadDirectoryEntry}. */
export const FsReadDirectoryEntrySchema: v.GenericSchema<T.FsReadDirectoryEntry> = built(() =>
  v.looseObject({
    fileName: v.string(),
    isDirectory: v.boolean(),
    isFile: v.boolean(),
  })
);

/** Validates {@link T.FsReadDirectoryParams}. */
export const FsReadDirectoryParamsSchema: v.GenericSchema<T.FsReadDirectoryParams> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsReadDirectoryResponse}. */
export const FsReadDirectoryResponseSchema: v.GenericSchema<T.FsReadDirectoryResponse> = built(() =>
  v.looseObject({
    entries: v.array(FsReadDirectoryEntrySchema),
  })
);

/** Validates {@link T.FsReadFileParams}. */
export const FsReadFileParamsSchema: v.GenericSchema<T.FsReadFileParams> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsReadFileResponse}. */
export const FsReadFileResponseSchema: v.GenericSchema<T.FsReadFileResponse> = built(() =>
  v.looseObject({
    dataBase64: v.string(),
  })
);

/** Validates {@link T.FsRemoveParams}. */
export const FsRemoveParamsSchema: v.GenericSchema<T.FsRemoveParams> = built(() =>
  v.looseObject({
    force: v.optional(v.nullable(v.boolean())),
    path: AbsolutePathBufSchema,
    recursive: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.FsRemoveResponse}. */
export const FsRemoveResponseSchema: v.GenericSchema<T.FsRemoveResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.FsUnwatchParams}. */
export const FsUnwatchParamsSchema: v.GenericSchema<T.FsUnwatchParams> = built(() =>
  v.looseObject({
    watchId: v.string(),
  })
);

/** Validates {@link T.FsUnwatchResponse}. */
export const FsUnwatchResponseSchema: v.GenericSchema<T.FsUnwatchResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.FsWatchParams}. */
export const FsWatchParamsSchema: v.GenericSchema<T.FsWatchParams> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
    watchId: v.string(),
  })
);

/** Validates {@link T.FsWatchResponse}. */
export const FsWatchResponseSchema: v.GenericSchema<T.FsWatchResponse> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsWriteFileParams}. */
export const FsWriteFileParamsSchema: v.GenericSchema<T.FsWriteFileParams> = built(() =>
  v.looseObject({
    dataBase64: v.string(),
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.FsWriteFileResponse}. */
export const FsWriteFileResponseSchema: v.GenericSchema<T.FsWriteFileResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.FunctionCallOutputBody}. */
export const FunctionCallOutputBodySchema: v.GenericSchema<T.FunctionCallOutputBody> = built(() =>
  v.union([
    v.string(),
    v.array(FunctionCallOutputContentItemSchema),
  ])
);

/** Validates {@link T.FunctionCallOutputContentItem}. */
export const FunctionCallOutputContentItemSchema: v.GenericSchema<T.FunctionCallOutputContentItem> =
  built(() =>
    v.variant("type", [
      v.looseObject({
        type: v.picklist(["input_text"]),
        text: v.string(),
      }),
      v.looseObject({
        type: v.picklist(["input_image"]),
        detail: v.optional(v.nullable(ImageDetailSchema)),
        image_url: v.string(),
      }),
      v.looseObject({
        type: v.picklist(["input_image"]),
        detail: v.optional(v.nullable(ImageDetailSchema)),
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
    ])
  );

/** Validates {@link T.FuzzyFileSearchMatchType}. */
export const FuzzyFileSearchMatchTypeSchema: v.GenericSchema<T.FuzzyFileSearchMatchType> = built(
  () => v.picklist(["file", "directory"]),
);

/** Validates {@link T.FuzzyFileSearchParams}. */
export const FuzzyFileSearchParamsSchema: v.GenericSchema<T.FuzzyFileSearchParams> = built(() =>
  v.looseObject({
    cancellationToken: v.optional(v.nullable(v.string())),
    query: v.string(),
    roots: v.array(v.string()),
  })
);

/** Validates {@link T.FuzzyFileSearchResponse}. */
export const FuzzyFileSearchResponseSchema: v.GenericSchema<T.FuzzyFileSearchResponse> = built(() =>
  v.looseObject({
    files: v.array(FuzzyFileSearchResultSchema),
  })
);

/** Validates {@link T.FuzzyFileSearchResult}. */
export const FuzzyFileSearchResultSchema: v.GenericSchema<T.FuzzyFileSearchResult> = built(() =>
  v.looseObject({
    file_name: v.string(),
    indices: v.optional(v.nullable(v.array(v.pipe(v.number(), v.integer())))),
    match_type: FuzzyFileSearchMatchTypeSchema,
    path: v.string(),
    root: v.string(),
    score: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.FuzzyFileSearchSessionCompletedNotification}. */
export const FuzzyFileSearchSessionCompletedNotificationSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionCompletedNotification
> = built(() =>
  v.looseObject({
    sessionId: v.string(),
  })
);

/** Validates {@link T.FuzzyFileSearchSessionUpdatedNotification}. */
export const FuzzyFileSearchSessionUpdatedNotificationSchema: v.GenericSchema<
  T.FuzzyFileSearchSessionUpdatedNotification
> = built(() =>
  v.looseObject({
    files: v.array(FuzzyFileSearchResultSchema),
    query: v.string(),
    sessionId: v.string(),
  })
);

/** Validates {@link T.GatewayAuth}. */
export const GatewayAuthSchema: v.GenericSchema<T.GatewayAuth> = built(() =>
  v.variant("mode", [
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
  ])
);

/** Validates {@link T.GatewayOAuthCancelResponse}. */
export const GatewayOAuthCancelResponseSchema: v.GenericSchema<T.GatewayOAuthCancelResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.GatewayOAuthChangedNotification}. */
export const GatewayOAuthChangedNotificationSchema: v.GenericSchema<
  T.GatewayOAuthChangedNotification
> = built(() =>
  v.looseObject({
    authUrl: v.optional(v.nullable(v.string())),
    error: v.optional(v.nullable(v.string())),
    loginId: v.optional(v.nullable(v.string())),
    providerId: v.string(),
    status: GatewayOAuthStatusSchema,
  })
);

/** Validates {@link T.GatewayOAuthLoginParams}. */
export const GatewayOAuthLoginParamsSchema: v.GenericSchema<T.GatewayOAuthLoginParams> = built(() =>
  v.looseObject({
    deviceAuth: v.optional(v.boolean()),
    modelProvider: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.GatewayOAuthLoginResponse}. */
export const GatewayOAuthLoginResponseSchema: v.GenericSchema<T.GatewayOAuthLoginResponse> = built(
  () =>
    v.looseObject({
      prompt: v.optional(v.nullable(GatewayOAuthPromptSchema)),
    }),
);

/** Validates {@link T.GatewayOAuthPrompt}. */
export const GatewayOAuthPromptSchema: v.GenericSchema<T.GatewayOAuthPrompt> = built(() =>
  v.looseObject({
    loginId: v.string(),
    userCode: v.string(),
    verificationUrl: v.string(),
  })
);

/** Validates {@link T.GatewayOAuthReadParams}. */
export const GatewayOAuthReadParamsSchema: v.GenericSchema<T.GatewayOAuthReadParams> = built(() =>
  v.looseObject({
    modelProvider: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.GatewayOAuthReadResponse}. */
export const GatewayOAuthReadResponseSchema: v.GenericSchema<T.GatewayOAuthReadResponse> = built(
  () =>
    v.looseObject({
      error: v.optional(v.nullable(v.string())),
      providerId: v.string(),
      providerName: v.string(),
      required: v.boolean(),
      status: v.optional(v.nullable(GatewayOAuthStatusSchema)),
      supportsDeviceAuth: v.optional(v.boolean()),
    }),
);

/** Validates {@link T.GatewayOAuthStatus}. */
export const GatewayOAuthStatusSchema: v.GenericSchema<T.GatewayOAuthStatus> = built(() =>
  v.picklist(["notReady", "started", "succeeded", "failed"])
);

/** Validates {@link T.GcpProviderId}. */
export const GcpProviderIdSchema: v.GenericSchema<T.GcpProviderId> = built(() =>
  v.picklist(["gcp"])
);

/** Validates {@link T.GetAccountParams}. */
export const GetAccountParamsSchema: v.GenericSchema<T.GetAccountParams> = built(() =>
  v.looseObject({
    refreshToken: v.optional(v.boolean()),
  })
);

/** Validates {@link T.GetAccountRateLimitsParams}. */
export const GetAccountRateLimitsParamsSchema: v.GenericSchema<T.GetAccountRateLimitsParams> =
  built(() =>
    v.looseObject({
      excludeResetCreditDetails: v.optional(v.boolean()),
      supportsLunaReserve: v.optional(v.boolean()),
    })
  );

/** Validates {@link T.GetAccountRateLimitsResponse}. */
export const GetAccountRateLimitsResponseSchema: v.GenericSchema<T.GetAccountRateLimitsResponse> =
  built(() =>
    v.looseObject({
      accountId: v.optional(v.nullable(v.string())),
      ordinaryUsageAllowed: v.optional(v.nullable(v.boolean())),
      rateLimitResetCredits: v.optional(v.nullable(RateLimitResetCreditsSummarySchema)),
      rateLimitUpsell: v.optional(v.unknown()),
      rateLimits: RateLimitSnapshotSchema,
      rateLimitsByLimitId: v.optional(v.nullable(v.record(v.string(), RateLimitSnapshotSchema))),
    })
  );

/** Validates {@link T.GetAccountResponse}. */
export const GetAccountResponseSchema: v.GenericSchema<T.GetAccountResponse> = built(() =>
  v.looseObject({
    account: v.optional(v.nullable(AccountSchema)),
    requiresOpenaiAuth: v.boolean(),
    userId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.GetAccountSecuritySetupResponse}. */
export const GetAccountSecuritySetupResponseSchema: v.GenericSchema<
  T.GetAccountSecuritySetupResponse
> = built(() =>
  v.looseObject({
    notice: v.optional(v.nullable(AccountSecuritySetupNoticeSchema)),
  })
);

/** Validates {@link T.GetAccountTokenUsageParams}. */
export const GetAccountTokenUsageParamsSchema: v.GenericSchema<T.GetAccountTokenUsageParams> =
  built(() =>
    v.looseObject({
      threadId: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.GetAccountTokenUsageResponse}. */
export const GetAccountTokenUsageResponseSchema: v.GenericSchema<T.GetAccountTokenUsageResponse> =
  built(() =>
    v.looseObject({
      dailyUsageBuckets: v.optional(v.nullable(v.array(AccountTokenUsageDailyBucketSchema))),
      summary: AccountTokenUsageSummarySchema,
      threadUsage: v.optional(v.nullable(ThreadUsageSchema)),
    })
  );

/** Validates {@link T.GetWorkspaceMessagesResponse}. */
export const GetWorkspaceMessagesResponseSchema: v.GenericSchema<T.GetWorkspaceMessagesResponse> =
  built(() =>
    v.looseObject({
      featureEnabled: v.boolean(),
      messages: v.array(WorkspaceMessageSchema),
    })
  );

/** Validates {@link T.GitInfo}. */
export const GitInfoSchema: v.GenericSchema<T.GitInfo> = built(() =>
  v.looseObject({
    branch: v.optional(v.nullable(v.string())),
    originUrl: v.optional(v.nullable(v.string())),
    sha: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.GrantedPermissionProfile}. */
export const GrantedPermissionProfileSchema: v.GenericSchema<T.GrantedPermissionProfile> = built(
  () =>
    v.looseObject({
      fileSystem: v.optional(v.nullable(AdditionalFileSystemPermissionsSchema)),
      network: v.optional(v.nullable(AdditionalNetworkPermissionsSchema)),
    }),
);

/** Validates {@link T.GuardianApprovalReview}. */
export const GuardianApprovalReviewSchema: v.GenericSchema<T.GuardianApprovalReview> = built(() =>
  v.looseObject({
    rationale: v.optional(v.nullable(v.string())),
    riskLevel: v.optional(v.nullable(GuardianRiskLevelSchema)),
    status: GuardianApprovalReviewStatusSchema,
    userAuthorization: v.optional(v.nullable(GuardianUserAuthorizationSchema)),
  })
);

/** Validates {@link T.GuardianApprovalReviewAction}. */
export const GuardianApprovalReviewActionSchema: v.GenericSchema<T.GuardianApprovalReviewAction> =
  built(() =>
    v.variant("type", [
      v.looseObject({
        type: v.picklist(["command"]),
        command: v.string(),
        cwd: LegacyAppPathStringSchema,
        source: GuardianCommandSourceSchema,
      }),
      v.looseObject({
        type: v.picklist(["execve"]),
        argv: v.array(v.string()),
        cwd: AbsolutePathBufSchema,
        program: v.string(),
        source: GuardianCommandSourceSchema,
      }),
      v.looseObject({
        type: v.picklist(["writeStdin"]),
        approvalId: v.string(),
        cwd: LegacyAppPathStringSchema,
        processId: v.string(),
        stdin: v.string(),
      }),
      v.looseObject({
        type: v.picklist(["applyPatch"]),
        cwd: LegacyAppPathStringSchema,
        files: v.array(LegacyAppPathStringSchema),
      }),
      v.looseObject({
        type: v.picklist(["networkAccess"]),
        host: v.string(),
        port: v.pipe(v.number(), v.integer()),
        protocol: NetworkApprovalProtocolSchema,
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
        permissions: RequestPermissionProfileSchema,
        reason: v.optional(v.nullable(v.string())),
      }),
    ])
  );

/** Validates {@link T.GuardianApprovalReviewStatus}. */
export const GuardianApprovalReviewStatusSchema: v.GenericSchema<T.GuardianApprovalReviewStatus> =
  built(() => v.picklist(["inProgress", "approved", "denied", "timedOut", "aborted"]));

/** Validates {@link T.GuardianCommandSource}. */
export const GuardianCommandSourceSchema: v.GenericSchema<T.GuardianCommandSource> = built(() =>
  v.picklist(["shell", "unifiedExec"])
);

/** Validates {@link T.GuardianRiskLevel}. */
export const GuardianRiskLevelSchema: v.GenericSchema<T.GuardianRiskLevel> = built(() =>
  v.picklist(["low", "medium", "high", "critical"])
);

/** Validates {@link T.GuardianUserAuthorization}. */
export const GuardianUserAuthorizationSchema: v.GenericSchema<T.GuardianUserAuthorization> = built(
  () => v.picklist(["unknown", "low", "medium", "high"]),
);

/** Validates {@link T.GuardianWarningNotification}. */
export const GuardianWarningNotificationSchema: v.GenericSchema<T.GuardianWarningNotification> =
  built(() =>
    v.looseObject({
      message: v.string(),
      threadId: v.string(),
    })
  );

/** Validates {@link T.HelplineSubject}. */
export const HelplineSubjectSchema: v.GenericSchema<T.HelplineSubject> = built(() =>
  v.picklist(["answer", "prompt"])
);

/** Validates {@link T.HookCompletedNotification}. */
export const HookCompletedNotificationSchema: v.GenericSchema<T.HookCompletedNotification> = built(
  () =>
    v.looseObject({
      run: HookRunSummarySchema,
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.HookErrorInfo}. */
export const HookErrorInfoSchema: v.GenericSchema<T.HookErrorInfo> = built(() =>
  v.looseObject({
    message: v.string(),
    path: v.string(),
  })
);

/** Validates {@link T.HookEventName}. */
export const HookEventNameSchema: v.GenericSchema<T.HookEventName> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.HookExecutionMode}. */
export const HookExecutionModeSchema: v.GenericSchema<T.HookExecutionMode> = built(() =>
  v.picklist(["sync", "async"])
);

/** Validates {@link T.HookHandlerType}. */
export const HookHandlerTypeSchema: v.GenericSchema<T.HookHandlerType> = built(() =>
  v.picklist(["command", "mcpTool", "prompt", "agent"])
);

/** Validates {@link T.HookMetadata}. */
export const HookMetadataSchema: v.GenericSchema<T.HookMetadata> = built(() =>
  v.variant("handlerType", [
    v.looseObject({
      handlerType: v.picklist(["command"]),
      additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      async: v.optional(v.boolean()),
      command: v.string(),
      currentHash: v.string(),
      displayOrder: v.pipe(v.number(), v.integer()),
      enabled: v.boolean(),
      environmentId: v.optional(v.nullable(v.string())),
      eventName: HookEventNameSchema,
      isManaged: v.boolean(),
      key: v.string(),
      matcher: v.optional(v.nullable(v.string())),
      pluginId: v.optional(v.nullable(v.string())),
      source: HookSourceSchema,
      sourcePath: AbsolutePathBufSchema,
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.pipe(v.number(), v.integer()),
      trustStatus: HookTrustStatusSchema,
    }),
    v.looseObject({
      handlerType: v.picklist(["mcpTool"]),
      additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      currentHash: v.string(),
      displayOrder: v.pipe(v.number(), v.integer()),
      enabled: v.boolean(),
      environmentId: v.optional(v.nullable(v.string())),
      eventName: HookEventNameSchema,
      isManaged: v.boolean(),
      key: v.string(),
      matcher: v.optional(v.nullable(v.string())),
      pluginId: v.optional(v.nullable(v.string())),
      server: v.string(),
      source: HookSourceSchema,
      sourcePath: AbsolutePathBufSchema,
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.pipe(v.number(), v.integer()),
      tool: v.string(),
      trustStatus: HookTrustStatusSchema,
    }),
    v.looseObject({
      handlerType: v.picklist(["prompt"]),
      additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      currentHash: v.string(),
      displayOrder: v.pipe(v.number(), v.integer()),
      enabled: v.boolean(),
      environmentId: v.optional(v.nullable(v.string())),
      eventName: HookEventNameSchema,
      isManaged: v.boolean(),
      key: v.string(),
      matcher: v.optional(v.nullable(v.string())),
      pluginId: v.optional(v.nullable(v.string())),
      source: HookSourceSchema,
      sourcePath: AbsolutePathBufSchema,
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.pipe(v.number(), v.integer()),
      trustStatus: HookTrustStatusSchema,
    }),
    v.looseObject({
      handlerType: v.picklist(["agent"]),
      additionalContextLimit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      currentHash: v.string(),
      displayOrder: v.pipe(v.number(), v.integer()),
      enabled: v.boolean(),
      environmentId: v.optional(v.nullable(v.string())),
      eventName: HookEventNameSchema,
      isManaged: v.boolean(),
      key: v.string(),
      matcher: v.optional(v.nullable(v.string())),
      pluginId: v.optional(v.nullable(v.string())),
      source: HookSourceSchema,
      sourcePath: AbsolutePathBufSchema,
      statusMessage: v.optional(v.nullable(v.string())),
      timeoutSec: v.pipe(v.number(), v.integer()),
      trustStatus: HookTrustStatusSchema,
    }),
  ])
);

/** Validates {@link T.HookMigration}. */
export const HookMigrationSchema: v.GenericSchema<T.HookMigration> = built(() =>
  v.looseObject({
    name: v.string(),
  })
);

/** Validates {@link T.HookOutputEntry}. */
export const HookOutputEntrySchema: v.GenericSchema<T.HookOutputEntry> = built(() =>
  v.looseObject({
    kind: HookOutputEntryKindSchema,
    text: v.string(),
  })
);

/** Validates {@link T.HookOutputEntryKind}. */
export const HookOutputEntryKindSchema: v.GenericSchema<T.HookOutputEntryKind> = built(() =>
  v.picklist(["warning", "stop", "feedback", "context", "error"])
);

/** Validates {@link T.HookPromptFragment}. */
export const HookPromptFragmentSchema: v.GenericSchema<T.HookPromptFragment> = built(() =>
  v.looseObject({
    hookRunId: v.string(),
    text: v.string(),
  })
);

/** Validates {@link T.HookRunStatus}. */
export const HookRunStatusSchema: v.GenericSchema<T.HookRunStatus> = built(() =>
  v.picklist(["running", "completed", "failed", "blocked", "stopped"])
);

/** Validates {@link T.HookRunSummary}. */
export const HookRunSummarySchema: v.GenericSchema<T.HookRunSummary> = built(() =>
  v.looseObject({
    completedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    displayOrder: v.pipe(v.number(), v.integer()),
    durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    entries: v.array(HookOutputEntrySchema),
    eventName: HookEventNameSchema,
    executionMode: HookExecutionModeSchema,
    handlerType: HookHandlerTypeSchema,
    id: v.string(),
    scope: HookScopeSchema,
    source: v.optional(HookSourceSchema),
    sourcePath: LegacyAppPathStringSchema,
    startedAt: v.pipe(v.number(), v.integer()),
    status: HookRunStatusSchema,
    statusMessage: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.HookScope}. */
export const HookScopeSchema: v.GenericSchema<T.HookScope> = built(() =>
  v.picklist(["thread", "turn"])
);

/** Validates {@link T.HookSource}. */
export const HookSourceSchema: v.GenericSchema<T.HookSource> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.HookStartedNotification}. */
export const HookStartedNotificationSchema: v.GenericSchema<T.HookStartedNotification> = built(() =>
  v.looseObject({
    run: HookRunSummarySchema,
    threadId: v.string(),
    turnId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.HookTrustStatus}. */
export const HookTrustStatusSchema: v.GenericSchema<T.HookTrustStatus> = built(() =>
  v.picklist(["managed", "untrusted", "trusted", "modified"])
);

/** Validates {@link T.HooksListEntry}. */
export const HooksListEntrySchema: v.GenericSchema<T.HooksListEntry> = built(() =>
  v.looseObject({
    cwd: v.string(),
    errors: v.array(HookErrorInfoSchema),
    hooks: v.array(HookMetadataSchema),
    warnings: v.array(v.string()),
  })
);

/** Validates {@link T.HooksListParams}. */
export const HooksListParamsSchema: v.GenericSchema<T.HooksListParams> = built(() =>
  v.looseObject({
    cwds: v.optional(v.array(v.string())),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.HooksListResponse}. */
export const HooksListResponseSchema: v.GenericSchema<T.HooksListResponse> = built(() =>
  v.looseObject({
    data: v.array(HooksListEntrySchema),
  })
);

/** Validates {@link T.ImageDetail}. */
export const ImageDetailSchema: v.GenericSchema<T.ImageDetail> = built(() =>
  v.picklist(["auto", "low", "high", "original"])
);

/** Validates {@link T.ImageGenerationFailure}. */
export const ImageGenerationFailureSchema: v.GenericSchema<T.ImageGenerationFailure> = built(() =>
  v.looseObject({
    limitId: v.string(),
    resetsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    type: v.picklist(["usageLimitExceeded"]),
  })
);

/** Validates {@link T.ImageGenerationInputImage}. */
export const ImageGenerationInputImageSchema: v.GenericSchema<T.ImageGenerationInputImage> = built(
  () =>
    v.looseObject({
      path: AbsolutePathBufSchema,
      sha256: v.string(),
    }),
);

/** Validates {@link T.InAppBrowserRequirements}. */
export const InAppBrowserRequirementsSchema: v.GenericSchema<T.InAppBrowserRequirements> = built(
  () =>
    v.looseObject({
      allowExternalBrowserSettingsImport: v.optional(v.nullable(v.boolean())),
    }),
);

/** Validates {@link T.InitializeCapabilities}. */
export const InitializeCapabilitiesSchema: v.GenericSchema<T.InitializeCapabilities> = built(() =>
  v.looseObject({
    experimentalApi: v.optional(v.boolean()),
    explicitGatewayOauth: v.optional(v.boolean()),
    extensions: v.optional(v.nullable(v.looseObject({}))),
    mcpServerOpenaiFormElicitation: v.optional(v.boolean()),
    optOutNotificationMethods: v.optional(v.nullable(v.array(v.string()))),
    requestAttestation: v.optional(v.boolean()),
    requiredHumanApproval: v.optional(v.boolean()),
  })
);

/** Validates {@link T.InitializeParams}. */
export const InitializeParamsSchema: v.GenericSchema<T.InitializeParams> = built(() =>
  v.looseObject({
    capabilities: v.optional(v.nullable(InitializeCapabilitiesSchema)),
    clientInfo: ClientInfoSchema,
  })
);

/** Validates {@link T.InitializeResponse}. */
export const InitializeResponseSchema: v.GenericSchema<T.InitializeResponse> = built(() =>
  v.looseObject({
    codexHome: AbsolutePathBufSchema,
    platformFamily: v.string(),
    platformOs: v.string(),
    userAgent: v.string(),
  })
);

/** Validates {@link T.InputModality}. */
export const InputModalitySchema: v.GenericSchema<T.InputModality> = built(() =>
  v.picklist(["text", "image", "audio"])
);

/** Validates {@link T.InstalledApp}. */
export const InstalledAppSchema: v.GenericSchema<T.InstalledApp> = built(() =>
  v.looseObject({
    callable: v.boolean(),
    enabled: v.boolean(),
    id: v.string(),
    runtimeName: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.InternalChatMessageMetadataPassthrough}. */
export const InternalChatMessageMetadataPassthroughSchema: v.GenericSchema<
  T.InternalChatMessageMetadataPassthrough
> = built(() =>
  v.looseObject({
    turn_id: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ItemCompletedNotification}. */
export const ItemCompletedNotificationSchema: v.GenericSchema<T.ItemCompletedNotification> = built(
  () =>
    v.looseObject({
      completedAtMs: v.pipe(v.number(), v.integer()),
      contentTokenCount: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      item: ThreadItemSchema,
      threadId: v.string(),
      turnId: v.string(),
    }),
);

/** Validates {@link T.ItemGuardianApprovalReviewCompletedNotification}. */
export const ItemGuardianApprovalReviewCompletedNotificationSchema: v.GenericSchema<
  T.ItemGuardianApprovalReviewCompletedNotification
> = built(() =>
  v.looseObject({
    action: GuardianApprovalReviewActionSchema,
    completedAtMs: v.pipe(v.number(), v.integer()),
    decisionSource: AutoReviewDecisionSourceSchema,
    review: GuardianApprovalReviewSchema,
    reviewId: v.string(),
    startedAtMs: v.pipe(v.number(), v.integer()),
    targetItemId: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ItemGuardianApprovalReviewStartedNotification}. */
export const ItemGuardianApprovalReviewStartedNotificationSchema: v.GenericSchema<
  T.ItemGuardianApprovalReviewStartedNotification
> = built(() =>
  v.looseObject({
    action: GuardianApprovalReviewActionSchema,
    review: GuardianApprovalReviewSchema,
    reviewId: v.string(),
    startedAtMs: v.pipe(v.number(), v.integer()),
    targetItemId: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ItemStartedNotification}. */
export const ItemStartedNotificationSchema: v.GenericSchema<T.ItemStartedNotification> = built(() =>
  v.looseObject({
    item: ThreadItemSchema,
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.JSONRPCError}. */
export const JSONRPCErrorSchema: v.GenericSchema<T.JSONRPCError> = built(() =>
  v.looseObject({
    error: JSONRPCErrorErrorSchema,
    id: RequestIdSchema,
  })
);

/** Validates {@link T.JSONRPCErrorError}. */
export const JSONRPCErrorErrorSchema: v.GenericSchema<T.JSONRPCErrorError> = built(() =>
  v.looseObject({
    code: v.pipe(v.number(), v.integer()),
    data: v.optional(v.unknown()),
    message: v.string(),
  })
);

/** Validates {@link T.JSONRPCMessage}. */
export const JSONRPCMessageSchema: v.GenericSchema<T.JSONRPCMessage> = built(() =>
  v.union([
    JSONRPCRequestSchema,
    JSONRPCNotificationSchema,
    JSONRPCResponseSchema,
    JSONRPCErrorSchema,
  ])
);

/** Validates {@link T.JSONRPCNotification}. */
export const JSONRPCNotificationSchema: v.GenericSchema<T.JSONRPCNotification> = built(() =>
  v.looseObject({
    method: v.string(),
    params: v.optional(v.unknown()),
  })
);

/** Validates {@link T.JSONRPCRequest}. */
export const JSONRPCRequestSchema: v.GenericSchema<T.JSONRPCRequest> = built(() =>
  v.looseObject({
    id: RequestIdSchema,
    method: v.string(),
    params: v.optional(v.unknown()),
    trace: v.optional(v.nullable(W3cTraceContextSchema)),
  })
);

/** Validates {@link T.JSONRPCResponse}. */
export const JSONRPCResponseSchema: v.GenericSchema<T.JSONRPCResponse> = built(() =>
  v.looseObject({
    id: RequestIdSchema,
    result: v.unknown(),
  })
);

/** Validates {@link T.LegacyAppPathString}. */
export const LegacyAppPathStringSchema: v.GenericSchema<T.LegacyAppPathString> = built(() =>
  v.string()
);

/** Validates {@link T.ListMcpServerStatusParams}. */
export const ListMcpServerStatusParamsSchema: v.GenericSchema<T.ListMcpServerStatusParams> = built(
  () =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      detail: v.optional(v.nullable(McpServerStatusDetailSchema)),
      environmentId: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      serverName: v.optional(v.nullable(v.string())),
      threadId: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ListMcpServerStatusResponse}. */
export const ListMcpServerStatusResponseSchema: v.GenericSchema<T.ListMcpServerStatusResponse> =
  built(() =>
    v.looseObject({
      data: v.array(McpServerStatusSchema),
      nextCursor: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.LocalShellAction}. */
export const LocalShellActionSchema: v.GenericSchema<T.LocalShellAction> = built(() =>
  v.looseObject({
    command: v.array(v.string()),
    env: v.optional(v.nullable(v.record(v.string(), v.string()))),
    timeout_ms: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    type: v.picklist(["exec"]),
    user: v.optional(v.nullable(v.string())),
    working_directory: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.LocalShellStatus}. */
export const LocalShellStatusSchema: v.GenericSchema<T.LocalShellStatus> = built(() =>
  v.picklist(["completed", "in_progress", "incomplete"])
);

/** Validates {@link T.LoginAccountParams}. */
export const LoginAccountParamsSchema: v.GenericSchema<T.LoginAccountParams> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["apiKey"]),
      apiKey: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["chatgpt"]),
      appBrand: v.optional(v.nullable(LoginAppBrandSchema)),
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
  ])
);

/** Validates {@link T.LoginAccountResponse}. */
export const LoginAccountResponseSchema: v.GenericSchema<T.LoginAccountResponse> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.LoginAppBrand}. */
export const LoginAppBrandSchema: v.GenericSchema<T.LoginAppBrand> = built(() =>
  v.picklist(["codex", "chatgpt"])
);

/** Validates {@link T.LogoutAccountResponse}. */
export const LogoutAccountResponseSchema: v.GenericSchema<T.LogoutAccountResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ManagedHooksRequirements}. */
export const ManagedHooksRequirementsSchema: v.GenericSchema<T.ManagedHooksRequirements> = built(
  () =>
    v.looseObject({
      Interrupt: v.optional(v.array(ConfiguredHookMatcherGroupSchema)),
      PermissionRequest: v.array(ConfiguredHookMatcherGroupSchema),
      PostCompact: v.array(ConfiguredHookMatcherGroupSchema),
      PostModelRequest: v.optional(v.array(ConfiguredHookMatcherGroupSchema)),
      PostToolUse: v.array(ConfiguredHookMatcherGroupSchema),
      PreCompact: v.array(ConfiguredHookMatcherGroupSchema),
      PreModelRequest: v.optional(v.array(ConfiguredHookMatcherGroupSchema)),
      PreToolUse: v.array(ConfiguredHookMatcherGroupSchema),
      SessionEnd: v.optional(v.array(ConfiguredHookMatcherGroupSchema)),
      SessionStart: v.array(ConfiguredHookMatcherGroupSchema),
      Stop: v.array(ConfiguredHookMatcherGroupSchema),
      SubagentStart: v.array(ConfiguredHookMatcherGroupSchema),
      SubagentStop: v.array(ConfiguredHookMatcherGroupSchema),
      UserPromptSubmit: v.array(ConfiguredHookMatcherGroupSchema),
      managedDir: v.optional(v.nullable(v.string())),
      windowsManagedDir: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.MarketplaceAddParams}. */
export const MarketplaceAddParamsSchema: v.GenericSchema<T.MarketplaceAddParams> = built(() =>
  v.looseObject({
    refName: v.optional(v.nullable(v.string())),
    source: v.string(),
    sparsePaths: v.optional(v.nullable(v.array(v.string()))),
  })
);

/** Validates {@link T.MarketplaceAddResponse}. */
export const MarketplaceAddResponseSchema: v.GenericSchema<T.MarketplaceAddResponse> = built(() =>
  v.looseObject({
    alreadyAdded: v.boolean(),
    installedRoot: AbsolutePathBufSchema,
    marketplaceName: v.string(),
  })
);

/** Validates {@link T.MarketplaceInterface}. */
export const MarketplaceInterfaceSchema: v.GenericSchema<T.MarketplaceInterface> = built(() =>
  v.looseObject({
    displayName: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.MarketplaceLoadErrorInfo}. */
export const MarketplaceLoadErrorInfoSchema: v.GenericSchema<T.MarketplaceLoadErrorInfo> = built(
  () =>
    v.looseObject({
      marketplacePath: AbsolutePathBufSchema,
      message: v.string(),
    }),
);

/** Validates {@link T.MarketplaceRemoveParams}. */
export const MarketplaceRemoveParamsSchema: v.GenericSchema<T.MarketplaceRemoveParams> = built(() =>
  v.looseObject({
    marketplaceName: v.string(),
  })
);

/** Validates {@link T.MarketplaceRemoveResponse}. */
export const MarketplaceRemoveResponseSchema: v.GenericSchema<T.MarketplaceRemoveResponse> = built(
  () =>
    v.looseObject({
      installedRoot: v.optional(v.nullable(AbsolutePathBufSchema)),
      marketplaceName: v.string(),
    }),
);

/** Validates {@link T.MarketplaceUpgradeErrorInfo}. */
export const MarketplaceUpgradeErrorInfoSchema: v.GenericSchema<T.MarketplaceUpgradeErrorInfo> =
  built(() =>
    v.looseObject({
      marketplaceName: v.string(),
      message: v.string(),
    })
  );

/** Validates {@link T.MarketplaceUpgradeParams}. */
export const MarketplaceUpgradeParamsSchema: v.GenericSchema<T.MarketplaceUpgradeParams> = built(
  () =>
    v.looseObject({
      marketplaceName: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.MarketplaceUpgradeResponse}. */
export const MarketplaceUpgradeResponseSchema: v.GenericSchema<T.MarketplaceUpgradeResponse> =
  built(() =>
    v.looseObject({
      errors: v.array(MarketplaceUpgradeErrorInfoSchema),
      selectedMarketplaces: v.array(v.string()),
      upgradedRoots: v.array(AbsolutePathBufSchema),
    })
  );

/** Validates {@link T.McpAppDisplayMode}. */
export const McpAppDisplayModeSchema: v.GenericSchema<T.McpAppDisplayMode> = built(() =>
  v.picklist(["inline", "fullscreen"])
);

/** Validates {@link T.McpAppUi}. */
export const McpAppUiSchema: v.GenericSchema<T.McpAppUi> = built(() =>
  v.looseObject({
    preferredModelDisplayMode: McpAppDisplayModeSchema,
    resourceUri: v.string(),
  })
);

/** Validates {@link T.McpAuthStatus}. */
export const McpAuthStatusSchema: v.GenericSchema<T.McpAuthStatus> = built(() =>
  v.picklist(["unknown", "unsupported", "notLoggedIn", "bearerToken", "oAuth"])
);

/** Validates {@link T.McpElicitationArrayType}. */
export const McpElicitationArrayTypeSchema: v.GenericSchema<T.McpElicitationArrayType> = built(() =>
  v.picklist(["array"])
);

/** Validates {@link T.McpElicitationBooleanSchema}. */
export const McpElicitationBooleanSchemaSchema: v.GenericSchema<T.McpElicitationBooleanSchema> =
  built(() =>
    v.looseObject({
      default: v.optional(v.nullable(v.boolean())),
      description: v.optional(v.nullable(v.string())),
      title: v.optional(v.nullable(v.string())),
      type: McpElicitationBooleanTypeSchema,
    })
  );

/** Validates {@link T.McpElicitationBooleanType}. */
export const McpElicitationBooleanTypeSchema: v.GenericSchema<T.McpElicitationBooleanType> = built(
  () => v.picklist(["boolean"]),
);

/** Validates {@link T.McpElicitationConstOption}. */
export const McpElicitationConstOptionSchema: v.GenericSchema<T.McpElicitationConstOption> = built(
  () =>
    v.looseObject({
      const: v.string(),
      title: v.string(),
    }),
);

/** Validates {@link T.McpElicitationEnumSchema}. */
export const McpElicitationEnumSchemaSchema: v.GenericSchema<T.McpElicitationEnumSchema> = built(
  () =>
    v.union([
      McpElicitationSingleSelectEnumSchemaSchema,
      McpElicitationMultiSelectEnumSchemaSchema,
      McpElicitationLegacyTitledEnumSchemaSchema,
    ]),
);

/** Validates {@link T.McpElicitationLegacyTitledEnumSchema}. */
export const McpElicitationLegacyTitledEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationLegacyTitledEnumSchema
> = built(() =>
  v.looseObject({
    default: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    enum: v.array(v.string()),
    enumNames: v.optional(v.nullable(v.array(v.string()))),
    title: v.optional(v.nullable(v.string())),
    type: McpElicitationStringTypeSchema,
  })
);

/** Validates {@link T.McpElicitationMultiSelectEnumSchema}. */
export const McpElicitationMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationMultiSelectEnumSchema
> = built(() =>
  v.union([
    McpElicitationUntitledMultiSelectEnumSchemaSchema,
    McpElicitationTitledMultiSelectEnumSchemaSchema,
  ])
);

/** Validates {@link T.McpElicitationNumberSchema}. */
export const McpElicitationNumberSchemaSchema: v.GenericSchema<T.McpElicitationNumberSchema> =
  built(() =>
    v.looseObject({
      default: v.optional(v.nullable(v.number())),
      description: v.optional(v.nullable(v.string())),
      maximum: v.optional(v.nullable(v.number())),
      minimum: v.optional(v.nullable(v.number())),
      title: v.optional(v.nullable(v.string())),
      type: McpElicitationNumberTypeSchema,
    })
  );

/** Validates {@link T.McpElicitationNumberType}. */
export const McpElicitationNumberTypeSchema: v.GenericSchema<T.McpElicitationNumberType> = built(
  () => v.picklist(["number", "integer"]),
);

/** Validates {@link T.McpElicitationObjectType}. */
export const McpElicitationObjectTypeSchema: v.GenericSchema<T.McpElicitationObjectType> = built(
  () => v.picklist(["object"]),
);

/** Validates {@link T.McpElicitationPrimitiveSchema}. */
export const McpElicitationPrimitiveSchemaSchema: v.GenericSchema<T.McpElicitationPrimitiveSchema> =
  built(() =>
    v.union([
      McpElicitationEnumSchemaSchema,
      McpElicitationStringSchemaSchema,
      McpElicitationNumberSchemaSchema,
      McpElicitationBooleanSchemaSchema,
    ])
  );

/** Validates {@link T.McpElicitationSchema}. */
export const McpElicitationSchemaSchema: v.GenericSchema<T.McpElicitationSchema> = built(() =>
  v.looseObject({
    $schema: v.optional(v.nullable(v.string())),
    properties: v.record(v.string(), McpElicitationPrimitiveSchemaSchema),
    required: v.optional(v.nullable(v.array(v.string()))),
    type: McpElicitationObjectTypeSchema,
  })
);

/** Validates {@link T.McpElicitationSingleSelectEnumSchema}. */
export const McpElicitationSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationSingleSelectEnumSchema
> = built(() =>
  v.union([
    McpElicitationUntitledSingleSelectEnumSchemaSchema,
    McpElicitationTitledSingleSelectEnumSchemaSchema,
  ])
);

/** Validates {@link T.McpElicitationStringFormat}. */
export const McpElicitationStringFormatSchema: v.GenericSchema<T.McpElicitationStringFormat> =
  built(() => v.picklist(["email", "uri", "date", "date-time"]));

/** Validates {@link T.McpElicitationStringSchema}. */
export const McpElicitationStringSchemaSchema: v.GenericSchema<T.McpElicitationStringSchema> =
  built(() =>
    v.looseObject({
      default: v.optional(v.nullable(v.string())),
      description: v.optional(v.nullable(v.string())),
      format: v.optional(v.nullable(McpElicitationStringFormatSchema)),
      maxLength: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      minLength: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      title: v.optional(v.nullable(v.string())),
      type: McpElicitationStringTypeSchema,
    })
  );

/** Validates {@link T.McpElicitationStringType}. */
export const McpElicitationStringTypeSchema: v.GenericSchema<T.McpElicitationStringType> = built(
  () => v.picklist(["string"]),
);

/** Validates {@link T.McpElicitationTitledEnumItems}. */
export const McpElicitationTitledEnumItemsSchema: v.GenericSchema<T.McpElicitationTitledEnumItems> =
  built(() =>
    v.looseObject({
      anyOf: v.array(McpElicitationConstOptionSchema),
    })
  );

/** Validates {@link T.McpElicitationTitledMultiSelectEnumSchema}. */
export const McpElicitationTitledMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationTitledMultiSelectEnumSchema
> = built(() =>
  v.looseObject({
    default: v.optional(v.nullable(v.array(v.string()))),
    description: v.optional(v.nullable(v.string())),
    items: McpElicitationTitledEnumItemsSchema,
    maxItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    minItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    title: v.optional(v.nullable(v.string())),
    type: McpElicitationArrayTypeSchema,
  })
);

/** Validates {@link T.McpElicitationTitledSingleSelectEnumSchema}. */
export const McpElicitationTitledSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationTitledSingleSelectEnumSchema
> = built(() =>
  v.looseObject({
    default: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    oneOf: v.array(McpElicitationConstOptionSchema),
    title: v.optional(v.nullable(v.string())),
    type: McpElicitationStringTypeSchema,
  })
);

/** Validates {@link T.McpElicitationUntitledEnumItems}. */
export const McpElicitationUntitledEnumItemsSchema: v.GenericSchema<
  T.McpElicitationUntitledEnumItems
> = built(() =>
  v.looseObject({
    enum: v.array(v.string()),
    type: McpElicitationStringTypeSchema,
  })
);

/** Validates {@link T.McpElicitationUntitledMultiSelectEnumSchema}. */
export const McpElicitationUntitledMultiSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationUntitledMultiSelectEnumSchema
> = built(() =>
  v.looseObject({
    default: v.optional(v.nullable(v.array(v.string()))),
    description: v.optional(v.nullable(v.string())),
    items: McpElicitationUntitledEnumItemsSchema,
    maxItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    minItems: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    title: v.optional(v.nullable(v.string())),
    type: McpElicitationArrayTypeSchema,
  })
);

/** Validates {@link T.McpElicitationUntitledSingleSelectEnumSchema}. */
export const McpElicitationUntitledSingleSelectEnumSchemaSchema: v.GenericSchema<
  T.McpElicitationUntitledSingleSelectEnumSchema
> = built(() =>
  v.looseObject({
    default: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    enum: v.array(v.string()),
    title: v.optional(v.nullable(v.string())),
    type: McpElicitationStringTypeSchema,
  })
);

/** Validates {@link T.McpResourceReadParams}. */
export const McpResourceReadParamsSchema: v.GenericSchema<T.McpResourceReadParams> = built(() =>
  v.looseObject({
    _meta: v.optional(v.nullable(v.looseObject({}))),
    connectorId: v.optional(v.nullable(v.string())),
    environmentId: v.optional(v.nullable(v.string())),
    originCallId: v.optional(v.nullable(v.string())),
    server: v.string(),
    target: v.optional(v.nullable(McpResourceReadTargetSchema)),
    threadId: v.optional(v.nullable(v.string())),
    uri: v.string(),
  })
);

/** Validates {@link T.McpResourceReadResponse}. */
export const McpResourceReadResponseSchema: v.GenericSchema<T.McpResourceReadResponse> = built(() =>
  v.looseObject({
    contents: v.array(ResourceContentSchema),
    originCallId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpResourceReadTarget}. */
export const McpResourceReadTargetSchema: v.GenericSchema<T.McpResourceReadTarget> = built(() =>
  v.looseObject({
    connectorId: v.string(),
    linkId: v.nullable(v.string()),
  })
);

/** Validates {@link T.McpServerConnectionStatus}. */
export const McpServerConnectionStatusSchema: v.GenericSchema<T.McpServerConnectionStatus> = built(
  () =>
    v.picklist([
      "notStarted",
      "starting",
      "connected",
      "authenticationRequired",
      "failed",
      "cancelled",
      "disabled",
    ]),
);

/** Validates {@link T.McpServerElicitationAction}. */
export const McpServerElicitationActionSchema: v.GenericSchema<T.McpServerElicitationAction> =
  built(() => v.picklist(["accept", "decline", "cancel"]));

/** Validates {@link T.McpServerElicitationRequestParams}. */
export const McpServerElicitationRequestParamsSchema: v.GenericSchema<
  T.McpServerElicitationRequestParams
> = built(() =>
  v.variant("mode", [
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

/** Validates {@link T.McpServerElicitationRequestResponse}. */
export const McpServerElicitationRequestResponseSchema: v.GenericSchema<
  T.McpServerElicitationRequestResponse
> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    action: McpServerElicitationActionSchema,
    content: v.optional(v.unknown()),
  })
);

/** Validates {@link T.McpServerEventNotification}. */
export const McpServerEventNotificationSchema: v.GenericSchema<T.McpServerEventNotification> =
  built(() =>
    v.looseObject({
      method: v.string(),
      params: v.unknown(),
    })
  );

/** Validates {@link T.McpServerEventStreamNotification}. */
export const McpServerEventStreamNotificationSchema: v.GenericSchema<
  T.McpServerEventStreamNotification
> = built(() =>
  v.looseObject({
    notification: McpServerEventNotificationSchema,
    subscriptionId: v.string(),
  })
);

/** Validates {@link T.McpServerInfo}. */
export const McpServerInfoSchema: v.GenericSchema<T.McpServerInfo> = built(() =>
  v.looseObject({
    description: v.optional(v.nullable(v.string())),
    icons: v.optional(v.nullable(v.array(v.unknown()))),
    name: v.string(),
    title: v.optional(v.nullable(v.string())),
    version: v.string(),
    websiteUrl: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpServerMigration}. */
export const McpServerMigrationSchema: v.GenericSchema<T.McpServerMigration> = built(() =>
  v.looseObject({
    name: v.string(),
  })
);

/** Validates {@link T.McpServerOauthClientRegistration}. */
export const McpServerOauthClientRegistrationSchema: v.GenericSchema<
  T.McpServerOauthClientRegistration
> = built(() => v.picklist(["auto", "cimd", "dcr"]));

/** Validates {@link T.McpServerOauthLoginCompletedNotification}. */
export const McpServerOauthLoginCompletedNotificationSchema: v.GenericSchema<
  T.McpServerOauthLoginCompletedNotification
> = built(() =>
  v.looseObject({
    error: v.optional(v.nullable(v.string())),
    loginId: v.optional(v.nullable(v.string())),
    name: v.string(),
    success: v.boolean(),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpServerOauthLoginParams}. */
export const McpServerOauthLoginParamsSchema: v.GenericSchema<T.McpServerOauthLoginParams> = built(
  () =>
    v.looseObject({
      clientRegistration: v.optional(v.nullable(McpServerOauthClientRegistrationSchema)),
      environmentId: v.optional(v.nullable(v.string())),
      name: v.string(),
      scopes: v.optional(v.nullable(v.array(v.string()))),
      threadId: v.optional(v.nullable(v.string())),
      timeoutSecs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.McpServerOauthLoginResponse}. */
export const McpServerOauthLoginResponseSchema: v.GenericSchema<T.McpServerOauthLoginResponse> =
  built(() =>
    v.looseObject({
      authorizationUrl: v.string(),
      loginId: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.McpServerRefreshResponse}. */
export const McpServerRefreshResponseSchema: v.GenericSchema<T.McpServerRefreshResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.McpServerStartupFailureReason}. */
export const McpServerStartupFailureReasonSchema: v.GenericSchema<T.McpServerStartupFailureReason> =
  built(() => v.picklist(["reauthenticationRequired"]));

/** Validates {@link T.McpServerStartupState}. */
export const McpServerStartupStateSchema: v.GenericSchema<T.McpServerStartupState> = built(() =>
  v.picklist(["starting", "ready", "failed", "cancelled"])
);

/** Validates {@link T.McpServerStatus}. */
export const McpServerStatusSchema: v.GenericSchema<T.McpServerStatus> = built(() =>
  v.looseObject({
    authStatus: McpAuthStatusSchema,
    environmentId: v.optional(v.nullable(v.string())),
    httpOrigin: v.optional(v.nullable(v.string())),
    name: v.string(),
    pluginId: v.optional(v.nullable(v.string())),
    resourceTemplates: v.array(ResourceTemplateSchema),
    resources: v.array(ResourceSchema),
    runtimeStatus: v.optional(v.nullable(McpServerConnectionStatusSchema)),
    serverCapabilities: v.optional(v.unknown()),
    serverInfo: v.optional(v.nullable(McpServerInfoSchema)),
    toolListMeta: v.optional(v.unknown()),
    tools: v.record(v.string(), ToolSchema),
    toolsError: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpServerStatusDetail}. */
export const McpServerStatusDetailSchema: v.GenericSchema<T.McpServerStatusDetail> = built(() =>
  v.picklist(["full", "toolsAndAuthOnly"])
);

/** Validates {@link T.McpServerStatusUpdatedNotification}. */
export const McpServerStatusUpdatedNotificationSchema: v.GenericSchema<
  T.McpServerStatusUpdatedNotification
> = built(() =>
  v.looseObject({
    environmentId: v.optional(v.nullable(v.string())),
    error: v.optional(v.nullable(v.string())),
    failureReason: v.optional(v.nullable(McpServerStartupFailureReasonSchema)),
    name: v.string(),
    status: McpServerStartupStateSchema,
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpServerToolCallParams}. */
export const McpServerToolCallParamsSchema: v.GenericSchema<T.McpServerToolCallParams> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    arguments: v.optional(v.unknown()),
    environmentId: v.optional(v.nullable(v.string())),
    server: v.string(),
    threadId: v.string(),
    tool: v.string(),
  })
);

/** Validates {@link T.McpServerToolCallResponse}. */
export const McpServerToolCallResponseSchema: v.GenericSchema<T.McpServerToolCallResponse> = built(
  () =>
    v.looseObject({
      _meta: v.optional(v.unknown()),
      content: v.array(v.unknown()),
      isError: v.optional(v.nullable(v.boolean())),
      structuredContent: v.optional(v.unknown()),
    }),
);

/** Validates {@link T.McpToolCallAppContext}. */
export const McpToolCallAppContextSchema: v.GenericSchema<T.McpToolCallAppContext> = built(() =>
  v.looseObject({
    actionName: v.optional(v.nullable(v.string())),
    appName: v.optional(v.nullable(v.string())),
    connectorId: v.string(),
    linkId: v.optional(v.nullable(v.string())),
    resourceUri: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.McpToolCallError}. */
export const McpToolCallErrorSchema: v.GenericSchema<T.McpToolCallError> = built(() =>
  v.looseObject({
    message: v.string(),
  })
);

/** Validates {@link T.McpToolCallProgressNotification}. */
export const McpToolCallProgressNotificationSchema: v.GenericSchema<
  T.McpToolCallProgressNotification
> = built(() =>
  v.looseObject({
    itemId: v.string(),
    message: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.McpToolCallResult}. */
export const McpToolCallResultSchema: v.GenericSchema<T.McpToolCallResult> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    content: v.array(v.unknown()),
    structuredContent: v.optional(v.unknown()),
  })
);

/** Validates {@link T.McpToolCallStatus}. */
export const McpToolCallStatusSchema: v.GenericSchema<T.McpToolCallStatus> = built(() =>
  v.picklist(["inProgress", "completed", "failed"])
);

/** Validates {@link T.MemoryCitation}. */
export const MemoryCitationSchema: v.GenericSchema<T.MemoryCitation> = built(() =>
  v.looseObject({
    entries: v.array(MemoryCitationEntrySchema),
    threadIds: v.array(v.string()),
  })
);

/** Validates {@link T.MemoryCitationEntry}. */
export const MemoryCitationEntrySchema: v.GenericSchema<T.MemoryCitationEntry> = built(() =>
  v.looseObject({
    lineEnd: v.pipe(v.number(), v.integer()),
    lineStart: v.pipe(v.number(), v.integer()),
    note: v.string(),
    path: v.string(),
  })
);

/** Validates {@link T.MergeStrategy}. */
export const MergeStrategySchema: v.GenericSchema<T.MergeStrategy> = built(() =>
  v.picklist(["replace", "upsert"])
);

/** Validates {@link T.MessagePhase}. */
export const MessagePhaseSchema: v.GenericSchema<T.MessagePhase> = built(() =>
  v.picklist(["commentary", "partial_answer", "final_answer"])
);

/** Validates {@link T.MigrationDetails}. */
export const MigrationDetailsSchema: v.GenericSchema<T.MigrationDetails> = built(() =>
  v.looseObject({
    commands: v.optional(v.array(CommandMigrationSchema)),
    hooks: v.optional(v.array(HookMigrationSchema)),
    mcpServers: v.optional(v.array(McpServerMigrationSchema)),
    memory: v.optional(v.array(v.string())),
    plugins: v.optional(v.array(PluginsMigrationSchema)),
    sessions: v.optional(v.array(SessionMigrationSchema)),
    skills: v.optional(v.array(SkillMigrationSchema)),
    subagents: v.optional(v.array(SubagentMigrationSchema)),
  })
);

/** Validates {@link T.MisalignmentErrorDetails}. */
export const MisalignmentErrorDetailsSchema: v.GenericSchema<T.MisalignmentErrorDetails> = built(
  () =>
    v.looseObject({
      detailedExplanation: v.optional(v.nullable(v.string())),
      errorType: v.optional(v.nullable(v.string())),
      reviewTarget: v.optional(v.nullable(v.string())),
      steer: v.optional(v.nullable(MisalignmentSteerSchema)),
    }),
);

/** Validates {@link T.MisalignmentSteer}. */
export const MisalignmentSteerSchema: v.GenericSchema<T.MisalignmentSteer> = built(() =>
  v.looseObject({
    message: v.string(),
  })
);

/** Validates {@link T.ModeKind}. */
export const ModeKindSchema: v.GenericSchema<T.ModeKind> = built(() =>
  v.picklist(["plan", "default"])
);

/** Validates {@link T.Model}. */
export const ModelSchema: v.GenericSchema<T.Model> = built(() =>
  v.looseObject({
    additionalSpeedTiers: v.optional(v.array(v.string())),
    availabilityNux: v.optional(v.nullable(ModelAvailabilityNuxSchema)),
    availableAccessPrograms: v.optional(v.nullable(ModelAccessProgramsSchema)),
    defaultReasoningEffort: ReasoningEffortSchema,
    defaultServiceTier: v.optional(v.nullable(v.string())),
    description: v.string(),
    displayName: v.string(),
    hidden: v.boolean(),
    id: v.string(),
    inputModalities: v.optional(v.array(InputModalitySchema)),
    isDefault: v.boolean(),
    model: v.string(),
    modelSpecialty: v.optional(v.nullable(v.string())),
    multiAgentVersion: v.optional(v.nullable(MultiAgentVersionSchema)),
    serviceTiers: v.optional(v.array(ModelServiceTierSchema)),
    supportedReasoningEfforts: v.array(ReasoningEffortOptionSchema),
    supportsPersonality: v.optional(v.boolean()),
    upgrade: v.optional(v.nullable(v.string())),
    upgradeInfo: v.optional(v.nullable(ModelUpgradeInfoSchema)),
  })
);

/** Validates {@link T.ModelAccessPrograms}. */
export const ModelAccessProgramsSchema: v.GenericSchema<T.ModelAccessPrograms> = built(() =>
  v.looseObject({
    cyber: v.array(CyberAccessProgramSchema),
  })
);

/** Validates {@link T.ModelAvailabilityNux}. */
export const ModelAvailabilityNuxSchema: v.GenericSchema<T.ModelAvailabilityNux> = built(() =>
  v.looseObject({
    message: v.string(),
  })
);

/** Validates {@link T.ModelListParams}. */
export const ModelListParamsSchema: v.GenericSchema<T.ModelListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    includeHidden: v.optional(v.nullable(v.boolean())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    modelProvider: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ModelListResponse}. */
export const ModelListResponseSchema: v.GenericSchema<T.ModelListResponse> = built(() =>
  v.looseObject({
    data: v.array(ModelSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ModelProviderCapabilitiesReadParams}. */
export const ModelProviderCapabilitiesReadParamsSchema: v.GenericSchema<
  T.ModelProviderCapabilitiesReadParams
> = built(() => v.looseObject({}));

/** Validates {@link T.ModelProviderCapabilitiesReadResponse}. */
export const ModelProviderCapabilitiesReadResponseSchema: v.GenericSchema<
  T.ModelProviderCapabilitiesReadResponse
> = built(() =>
  v.looseObject({
    imageGeneration: v.boolean(),
    webSearch: v.boolean(),
  })
);

/** Validates {@link T.ModelProviderConfigWriteParams}. */
export const ModelProviderConfigWriteParamsSchema: v.GenericSchema<
  T.ModelProviderConfigWriteParams
> = built(() =>
  v.looseObject({
    settings: ProviderSettingsPatchSchema,
  })
);

/** Validates {@link T.ModelProviderConfigWriteResponse}. */
export const ModelProviderConfigWriteResponseSchema: v.GenericSchema<
  T.ModelProviderConfigWriteResponse
> = built(() =>
  v.looseObject({
    provider: ModelProviderSummarySchema,
  })
);

/** Validates {@link T.ModelProviderDefaultSetParams}. */
export const ModelProviderDefaultSetParamsSchema: v.GenericSchema<T.ModelProviderDefaultSetParams> =
  built(() =>
    v.looseObject({
      providerId: v.string(),
    })
  );

/** Validates {@link T.ModelProviderError}. */
export const ModelProviderErrorSchema: v.GenericSchema<T.ModelProviderError> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.ModelProviderListParams}. */
export const ModelProviderListParamsSchema: v.GenericSchema<T.ModelProviderListParams> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ModelProviderListResponse}. */
export const ModelProviderListResponseSchema: v.GenericSchema<T.ModelProviderListResponse> = built(
  () =>
    v.looseObject({
      canChangeDefault: v.boolean(),
      data: v.array(ModelProviderSummarySchema),
      defaultProviderId: v.string(),
    }),
);

/** Validates {@link T.ModelProviderSummary}. */
export const ModelProviderSummarySchema: v.GenericSchema<T.ModelProviderSummary> = built(() =>
  v.looseObject({
    baseUrl: v.optional(v.nullable(v.string())),
    canEdit: v.boolean(),
    id: v.string(),
    name: v.string(),
    settings: ProviderSettingsSchema,
  })
);

/** Validates {@link T.ModelRerouteReason}. */
export const ModelRerouteReasonSchema: v.GenericSchema<T.ModelRerouteReason> = built(() =>
  v.picklist(["highRiskCyberActivity"])
);

/** Validates {@link T.ModelReroutedNotification}. */
export const ModelReroutedNotificationSchema: v.GenericSchema<T.ModelReroutedNotification> = built(
  () =>
    v.looseObject({
      fromModel: v.string(),
      reason: ModelRerouteReasonSchema,
      threadId: v.string(),
      toModel: v.string(),
      turnId: v.string(),
    }),
);

/** Validates {@link T.ModelSafetyBufferingUpdatedNotification}. */
export const ModelSafetyBufferingUpdatedNotificationSchema: v.GenericSchema<
  T.ModelSafetyBufferingUpdatedNotification
> = built(() =>
  v.looseObject({
    fasterModel: v.optional(v.nullable(v.string())),
    model: v.string(),
    reasons: v.array(v.string()),
    showBufferingUi: v.boolean(),
    threadId: v.string(),
    turnId: v.string(),
    useCases: v.array(v.string()),
  })
);

/** Validates {@link T.ModelServiceTier}. */
export const ModelServiceTierSchema: v.GenericSchema<T.ModelServiceTier> = built(() =>
  v.looseObject({
    description: v.string(),
    id: v.string(),
    name: v.string(),
  })
);

/** Validates {@link T.ModelUpgradeInfo}. */
export const ModelUpgradeInfoSchema: v.GenericSchema<T.ModelUpgradeInfo> = built(() =>
  v.looseObject({
    migrationMarkdown: v.optional(v.nullable(v.string())),
    model: v.string(),
    modelLink: v.optional(v.nullable(v.string())),
    retirementAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    upgradeCopy: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ModelVerification}. */
export const ModelVerificationSchema: v.GenericSchema<T.ModelVerification> = built(() =>
  v.picklist(["trustedAccessForCyber"])
);

/** Validates {@link T.ModelVerificationNotification}. */
export const ModelVerificationNotificationSchema: v.GenericSchema<T.ModelVerificationNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
      turnId: v.string(),
      verifications: v.array(ModelVerificationSchema),
    })
  );

/** Validates {@link T.ModelsRequirements}. */
export const ModelsRequirementsSchema: v.GenericSchema<T.ModelsRequirements> = built(() =>
  v.looseObject({
    newThread: v.optional(v.nullable(NewThreadModelDefaultsSchema)),
  })
);

/** Validates {@link T.MultiAgentMode}. */
export const MultiAgentModeSchema: v.GenericSchema<T.MultiAgentMode> = built(() =>
  v.union([
    v.picklist(["explicitRequestOnly", "proactive"]),
    v.looseObject({
      custom: v.string(),
    }),
  ])
);

/** Validates {@link T.MultiAgentVersion}. */
export const MultiAgentVersionSchema: v.GenericSchema<T.MultiAgentVersion> = built(() =>
  v.picklist(["disabled", "v1", "v2"])
);

/** Validates {@link T.NetworkAccess}. */
export const NetworkAccessSchema: v.GenericSchema<T.NetworkAccess> = built(() =>
  v.picklist(["restricted", "enabled"])
);

/** Validates {@link T.NetworkApprovalContext}. */
export const NetworkApprovalContextSchema: v.GenericSchema<T.NetworkApprovalContext> = built(() =>
  v.looseObject({
    host: v.string(),
    protocol: NetworkApprovalProtocolSchema,
  })
);

/** Validates {@link T.NetworkApprovalProtocol}. */
export const NetworkApprovalProtocolSchema: v.GenericSchema<T.NetworkApprovalProtocol> = built(() =>
  v.picklist(["http", "https", "socks5Tcp", "socks5Udp"])
);

/** Validates {@link T.NetworkDomainPermission}. */
export const NetworkDomainPermissionSchema: v.GenericSchema<T.NetworkDomainPermission> = built(() =>
  v.picklist(["allow", "deny"])
);

/** Validates {@link T.NetworkPolicyAmendment}. */
export const NetworkPolicyAmendmentSchema: v.GenericSchema<T.NetworkPolicyAmendment> = built(() =>
  v.looseObject({
    action: NetworkPolicyRuleActionSchema,
    host: v.string(),
  })
);

/** Validates {@link T.NetworkPolicyRuleAction}. */
export const NetworkPolicyRuleActionSchema: v.GenericSchema<T.NetworkPolicyRuleAction> = built(() =>
  v.picklist(["allow", "deny"])
);

/** Validates {@link T.NetworkRequirements}. */
export const NetworkRequirementsSchema: v.GenericSchema<T.NetworkRequirements> = built(() =>
  v.looseObject({
    allowLocalBinding: v.optional(v.nullable(v.boolean())),
    allowUnixSockets: v.optional(v.nullable(v.array(v.string()))),
    allowUpstreamProxy: v.optional(v.nullable(v.boolean())),
    allowedDomains: v.optional(v.nullable(v.array(v.string()))),
    dangerouslyAllowAllUnixSockets: v.optional(v.nullable(v.boolean())),
    dangerouslyAllowNonLoopbackProxy: v.optional(v.nullable(v.boolean())),
    deniedDomains: v.optional(v.nullable(v.array(v.string()))),
    domains: v.optional(v.nullable(v.record(v.string(), NetworkDomainPermissionSchema))),
    enabled: v.optional(v.nullable(v.boolean())),
    httpPort: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    managedAllowedDomainsOnly: v.optional(v.nullable(v.boolean())),
    reviewDomains: v.optional(v.nullable(v.array(v.string()))),
    socksPort: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    unixSockets: v.optional(v.nullable(v.record(v.string(), NetworkUnixSocketPermissionSchema))),
  })
);

/** Validates {@link T.NetworkUnixSocketPermission}. */
export const NetworkUnixSocketPermissionSchema: v.GenericSchema<T.NetworkUnixSocketPermission> =
  built(() => v.picklist(["allow", "deny"]));

/** Validates {@link T.NewThreadModelDefaults}. */
export const NewThreadModelDefaultsSchema: v.GenericSchema<T.NewThreadModelDefaults> = built(() =>
  v.looseObject({
    model: v.optional(v.nullable(v.string())),
    modelReasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    serviceTier: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.NonSteerableTurnKind}. */
export const NonSteerableTurnKindSchema: v.GenericSchema<T.NonSteerableTurnKind> = built(() =>
  v.picklist(["review", "compact"])
);

/** Validates {@link T.NullableGatewayOAuthLoginParams}. */
export const NullableGatewayOAuthLoginParamsSchema: v.GenericSchema<
  T.NullableGatewayOAuthLoginParams
> = built(() => v.nullable(GatewayOAuthLoginParamsSchema));

/** Validates {@link T.NullableGatewayOAuthReadParams}. */
export const NullableGatewayOAuthReadParamsSchema: v.GenericSchema<
  T.NullableGatewayOAuthReadParams
> = built(() => v.nullable(GatewayOAuthReadParamsSchema));

/** Validates {@link T.NullableGetAccountRateLimitsParams}. */
export const NullableGetAccountRateLimitsParamsSchema: v.GenericSchema<
  T.NullableGetAccountRateLimitsParams
> = built(() => v.nullable(GetAccountRateLimitsParamsSchema));

/** Validates {@link T.NullableGetAccountTokenUsageParams}. */
export const NullableGetAccountTokenUsageParamsSchema: v.GenericSchema<
  T.NullableGetAccountTokenUsageParams
> = built(() => v.nullable(GetAccountTokenUsageParamsSchema));

/** Validates {@link T.OtelExporter}. */
export const OtelExporterSchema: v.GenericSchema<T.OtelExporter> = built(() =>
  v.union([
    v.picklist(["none", "statsig"]),
    v.looseObject({
      "otlp-http": v.looseObject({
        endpoint: v.string(),
        headers: v.record(v.string(), v.string()),
        protocol: OtelHttpProtocolSchema,
        tls: v.optional(v.nullable(OtelTlsConfigSchema)),
      }),
    }),
    v.looseObject({
      "otlp-grpc": v.looseObject({
        endpoint: v.string(),
        headers: v.record(v.string(), v.string()),
        tls: v.optional(v.nullable(OtelTlsConfigSchema)),
      }),
    }),
  ])
);

/** Validates {@link T.OtelHttpProtocol}. */
export const OtelHttpProtocolSchema: v.GenericSchema<T.OtelHttpProtocol> = built(() =>
  v.picklist(["binary", "json"])
);

/** Validates {@link T.OtelRequirements}. */
export const OtelRequirementsSchema: v.GenericSchema<T.OtelRequirements> = built(() =>
  v.looseObject({
    environment: v.optional(v.nullable(v.string())),
    exporter: v.optional(v.nullable(OtelExporterSchema)),
    headers_helper: v.optional(v.nullable(v.string())),
    headers_helper_refresh_interval_ms: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    log_agent_responses: v.optional(v.nullable(v.boolean())),
    log_guardian_assessments: v.optional(v.nullable(v.boolean())),
    log_sse_deltas: v.optional(v.nullable(v.boolean())),
    log_user_prompt: v.optional(v.nullable(v.boolean())),
    metrics_exporter: v.optional(v.nullable(OtelExporterSchema)),
    span_attributes: v.optional(v.nullable(v.record(v.string(), v.string()))),
    tool_result: v.optional(v.nullable(OtelToolResultLogConfigSchema)),
    trace_exporter: v.optional(v.nullable(OtelExporterSchema)),
    tracestate: v.optional(v.nullable(v.record(v.string(), v.record(v.string(), v.string())))),
  })
);

/** Validates {@link T.OtelTlsConfig}. */
export const OtelTlsConfigSchema: v.GenericSchema<T.OtelTlsConfig> = built(() =>
  v.looseObject({
    "ca-certificate": v.optional(v.nullable(v.string())),
    "client-certificate": v.optional(v.nullable(v.string())),
    "client-private-key": v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.OtelToolResultLogConfig}. */
export const OtelToolResultLogConfigSchema: v.GenericSchema<T.OtelToolResultLogConfig> = built(() =>
  v.looseObject({
    max_bytes: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.OverriddenMetadata}. */
export const OverriddenMetadataSchema: v.GenericSchema<T.OverriddenMetadata> = built(() =>
  v.looseObject({
    effectiveValue: v.unknown(),
    message: v.string(),
    overridingLayer: ConfigLayerMetadataSchema,
  })
);

/** Validates {@link T.ParsedCommand}. */
export const ParsedCommandSchema: v.GenericSchema<T.ParsedCommand> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.PatchApplyStatus}. */
export const PatchApplyStatusSchema: v.GenericSchema<T.PatchApplyStatus> = built(() =>
  v.picklist(["inProgress", "completed", "failed", "declined"])
);

/** Validates {@link T.PatchChangeKind}. */
export const PatchChangeKindSchema: v.GenericSchema<T.PatchChangeKind> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.PathUri}. */
export const PathUriSchema: v.GenericSchema<T.PathUri> = built(() => v.string());

/** Validates {@link T.PermissionGrantScope}. */
export const PermissionGrantScopeSchema: v.GenericSchema<T.PermissionGrantScope> = built(() =>
  v.picklist(["turn", "session"])
);

/** Validates {@link T.PermissionProfileListParams}. */
export const PermissionProfileListParamsSchema: v.GenericSchema<T.PermissionProfileListParams> =
  built(() =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      cwd: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    })
  );

/** Validates {@link T.PermissionProfileListResponse}. */
export const PermissionProfileListResponseSchema: v.GenericSchema<T.PermissionProfileListResponse> =
  built(() =>
    v.looseObject({
      data: v.array(PermissionProfileSummarySchema),
      nextCursor: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.PermissionProfileSummary}. */
export const PermissionProfileSummarySchema: v.GenericSchema<T.PermissionProfileSummary> = built(
  () =>
    v.looseObject({
      allowed: v.boolean(),
      description: v.optional(v.nullable(v.string())),
      id: v.string(),
    }),
);

/** Validates {@link T.PermissionsRequestApprovalParams}. */
export const PermissionsRequestApprovalParamsSchema: v.GenericSchema<
  T.PermissionsRequestApprovalParams
> = built(() =>
  v.looseObject({
    cwd: LegacyAppPathStringSchema,
    environmentId: v.optional(v.nullable(v.string())),
    itemId: v.string(),
    permissions: RequestPermissionProfileSchema,
    reason: v.optional(v.nullable(v.string())),
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.PermissionsRequestApprovalResponse}. */
export const PermissionsRequestApprovalResponseSchema: v.GenericSchema<
  T.PermissionsRequestApprovalResponse
> = built(() =>
  v.looseObject({
    permissions: GrantedPermissionProfileSchema,
    scope: v.optional(PermissionGrantScopeSchema),
    strictAutoReview: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.Personality}. */
export const PersonalitySchema: v.GenericSchema<T.Personality> = built(() =>
  v.picklist(["none", "friendly", "pragmatic"])
);

/** Validates {@link T.PlanDeltaNotification}. */
export const PlanDeltaNotificationSchema: v.GenericSchema<T.PlanDeltaNotification> = built(() =>
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.PlanType}. */
export const PlanTypeSchema: v.GenericSchema<T.PlanType> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.PluginAuthPolicy}. */
export const PluginAuthPolicySchema: v.GenericSchema<T.PluginAuthPolicy> = built(() =>
  v.picklist(["ON_INSTALL", "ON_USE"])
);

/** Validates {@link T.PluginAvailability}. */
export const PluginAvailabilitySchema: v.GenericSchema<T.PluginAvailability> = built(() =>
  v.picklist(["DISABLED_BY_ADMIN", "AVAILABLE"])
);

/** Validates {@link T.PluginDetail}. */
export const PluginDetailSchema: v.GenericSchema<T.PluginDetail> = built(() =>
  v.looseObject({
    appTemplates: v.array(AppTemplateSummarySchema),
    apps: v.array(AppSummarySchema),
    description: v.optional(v.nullable(v.string())),
    hooks: v.array(PluginHookSummarySchema),
    marketplaceName: v.string(),
    marketplacePath: v.optional(v.nullable(AbsolutePathBufSchema)),
    mcpServers: v.array(v.string()),
    onboardingSkill: v.optional(v.nullable(SkillSummarySchema)),
    scheduledTasks: v.optional(v.nullable(v.array(ScheduledTaskSummarySchema))),
    shareUrl: v.optional(v.nullable(v.string())),
    skills: v.array(SkillSummarySchema),
    summary: PluginSummarySchema,
  })
);

/** Validates {@link T.PluginDisabledReason}. */
export const PluginDisabledReasonSchema: v.GenericSchema<T.PluginDisabledReason> = built(() =>
  v.picklist(["disabled_by_admin", "plan_not_eligible", "required_app_unavailable", "unknown"])
);

/** Validates {@link T.PluginHookSummary}. */
export const PluginHookSummarySchema: v.GenericSchema<T.PluginHookSummary> = built(() =>
  v.looseObject({
    eventName: HookEventNameSchema,
    key: v.string(),
  })
);

/** Validates {@link T.PluginInstallParams}. */
export const PluginInstallParamsSchema: v.GenericSchema<T.PluginInstallParams> = built(() =>
  v.looseObject({
    installAttemptId: v.optional(v.nullable(v.string())),
    marketplacePath: v.optional(v.nullable(AbsolutePathBufSchema)),
    pluginName: v.string(),
    remoteMarketplaceName: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginInstallPolicy}. */
export const PluginInstallPolicySchema: v.GenericSchema<T.PluginInstallPolicy> = built(() =>
  v.picklist(["NOT_AVAILABLE", "AVAILABLE", "INSTALLED_BY_DEFAULT"])
);

/** Validates {@link T.PluginInstallPolicySource}. */
export const PluginInstallPolicySourceSchema: v.GenericSchema<T.PluginInstallPolicySource> = built(
  () => v.picklist(["WORKSPACE_SETTING", "IMPLICIT_CANONICAL_APP"]),
);

/** Validates {@link T.PluginInstallResponse}. */
export const PluginInstallResponseSchema: v.GenericSchema<T.PluginInstallResponse> = built(() =>
  v.looseObject({
    appsNeedingAuth: v.array(AppSummarySchema),
    authPolicy: PluginAuthPolicySchema,
  })
);

/** Validates {@link T.PluginInstalledParams}. */
export const PluginInstalledParamsSchema: v.GenericSchema<T.PluginInstalledParams> = built(() =>
  v.looseObject({
    cwds: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    installSuggestionPluginNames: v.optional(v.nullable(v.array(v.string()))),
  })
);

/** Validates {@link T.PluginInstalledResponse}. */
export const PluginInstalledResponseSchema: v.GenericSchema<T.PluginInstalledResponse> = built(() =>
  v.looseObject({
    marketplaceLoadErrors: v.optional(v.array(MarketplaceLoadErrorInfoSchema)),
    marketplaces: v.array(PluginMarketplaceEntrySchema),
  })
);

/** Validates {@link T.PluginInterface}. */
export const PluginInterfaceSchema: v.GenericSchema<T.PluginInterface> = built(() =>
  v.looseObject({
    brandColor: v.optional(v.nullable(v.string())),
    capabilities: v.array(v.string()),
    category: v.optional(v.nullable(v.string())),
    composerIcon: v.optional(v.nullable(AbsolutePathBufSchema)),
    composerIconUrl: v.optional(v.nullable(v.string())),
    defaultPrompt: v.optional(v.nullable(v.array(v.string()))),
    developerName: v.optional(v.nullable(v.string())),
    displayName: v.optional(v.nullable(v.string())),
    logo: v.optional(v.nullable(AbsolutePathBufSchema)),
    logoDark: v.optional(v.nullable(AbsolutePathBufSchema)),
    logoUrl: v.optional(v.nullable(v.string())),
    logoUrlDark: v.optional(v.nullable(v.string())),
    longDescription: v.optional(v.nullable(v.string())),
    privacyPolicyUrl: v.optional(v.nullable(v.string())),
    screenshotUrls: v.array(v.string()),
    screenshots: v.array(AbsolutePathBufSchema),
    shortDescription: v.optional(v.nullable(v.string())),
    termsOfServiceUrl: v.optional(v.nullable(v.string())),
    websiteUrl: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginListMarketplaceKind}. */
export const PluginListMarketplaceKindSchema: v.GenericSchema<T.PluginListMarketplaceKind> = built(
  () =>
    v.picklist([
      "local",
      "vertical",
      "workspace-directory",
      "shared-with-me",
      "created-by-me-remote",
    ]),
);

/** Validates {@link T.PluginListParams}. */
export const PluginListParamsSchema: v.GenericSchema<T.PluginListParams> = built(() =>
  v.looseObject({
    cwds: v.optional(v.nullable(v.array(AbsolutePathBufSchema))),
    forceRefetch: v.optional(v.boolean()),
    marketplaceKinds: v.optional(v.nullable(v.array(PluginListMarketplaceKindSchema))),
  })
);

/** Validates {@link T.PluginListResponse}. */
export const PluginListResponseSchema: v.GenericSchema<T.PluginListResponse> = built(() =>
  v.looseObject({
    featuredPluginIds: v.optional(v.array(v.string())),
    marketplaceLoadErrors: v.optional(v.array(MarketplaceLoadErrorInfoSchema)),
    marketplaces: v.array(PluginMarketplaceEntrySchema),
  })
);

/** Validates {@link T.PluginMarketplaceEntry}. */
export const PluginMarketplaceEntrySchema: v.GenericSchema<T.PluginMarketplaceEntry> = built(() =>
  v.looseObject({
    interface: v.optional(v.nullable(MarketplaceInterfaceSchema)),
    name: v.string(),
    path: v.optional(v.nullable(AbsolutePathBufSchema)),
    plugins: v.array(PluginSummarySchema),
  })
);

/** Validates {@link T.PluginReadParams}. */
export const PluginReadParamsSchema: v.GenericSchema<T.PluginReadParams> = built(() =>
  v.looseObject({
    marketplacePath: v.optional(v.nullable(AbsolutePathBufSchema)),
    pluginName: v.string(),
    remoteMarketplaceName: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginReadResponse}. */
export const PluginReadResponseSchema: v.GenericSchema<T.PluginReadResponse> = built(() =>
  v.looseObject({
    plugin: PluginDetailSchema,
  })
);

/** Validates {@link T.PluginReconcileChangedPlugin}. */
export const PluginReconcileChangedPluginSchema: v.GenericSchema<T.PluginReconcileChangedPlugin> =
  built(() =>
    v.looseObject({
      hasApps: v.boolean(),
      hasHooks: v.boolean(),
      hasMcps: v.boolean(),
      hasSkills: v.boolean(),
      id: v.string(),
    })
  );

/** Validates {@link T.PluginReconcileParams}. */
export const PluginReconcileParamsSchema: v.GenericSchema<T.PluginReconcileParams> = built(() =>
  v.looseObject({
    reason: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginReconcileResponse}. */
export const PluginReconcileResponseSchema: v.GenericSchema<T.PluginReconcileResponse> = built(() =>
  v.looseObject({
    changedPlugins: v.array(PluginReconcileChangedPluginSchema),
    failedMaterializationRemotePluginIds: v.array(v.string()),
    failedRemotePluginIds: v.array(v.string()),
  })
);

/** Validates {@link T.PluginSearchResult}. */
export const PluginSearchResultSchema: v.GenericSchema<T.PluginSearchResult> = built(() =>
  v.looseObject({
    marketplaceName: v.string(),
    marketplacePath: v.optional(v.nullable(AbsolutePathBufSchema)),
    plugin: PluginSummarySchema,
  })
);

/** Validates {@link T.PluginSearchScope}. */
export const PluginSearchScopeSchema: v.GenericSchema<T.PluginSearchScope> = built(() =>
  v.picklist(["global", "workspace", "personal"])
);

/** Validates {@link T.PluginShareCheckoutParams}. */
export const PluginShareCheckoutParamsSchema: v.GenericSchema<T.PluginShareCheckoutParams> = built(
  () =>
    v.looseObject({
      remotePluginId: v.string(),
    }),
);

/** Validates {@link T.PluginShareCheckoutResponse}. */
export const PluginShareCheckoutResponseSchema: v.GenericSchema<T.PluginShareCheckoutResponse> =
  built(() =>
    v.looseObject({
      marketplaceName: v.string(),
      marketplacePath: AbsolutePathBufSchema,
      pluginId: v.string(),
      pluginName: v.string(),
      pluginPath: AbsolutePathBufSchema,
      remotePluginId: v.string(),
      remoteVersion: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.PluginShareContext}. */
export const PluginShareContextSchema: v.GenericSchema<T.PluginShareContext> = built(() =>
  v.looseObject({
    canPublishToWorkspace: v.optional(v.nullable(v.boolean())),
    creatorAccountUserId: v.optional(v.nullable(v.string())),
    creatorName: v.optional(v.nullable(v.string())),
    discoverability: v.optional(v.nullable(PluginShareDiscoverabilitySchema)),
    remotePluginId: v.string(),
    remoteVersion: v.optional(v.nullable(v.string())),
    sharePrincipals: v.optional(v.nullable(v.array(PluginSharePrincipalSchema))),
    shareUrl: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginShareDeleteParams}. */
export const PluginShareDeleteParamsSchema: v.GenericSchema<T.PluginShareDeleteParams> = built(() =>
  v.looseObject({
    remotePluginId: v.string(),
  })
);

/** Validates {@link T.PluginShareDeleteResponse}. */
export const PluginShareDeleteResponseSchema: v.GenericSchema<T.PluginShareDeleteResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.PluginShareDiscoverability}. */
export const PluginShareDiscoverabilitySchema: v.GenericSchema<T.PluginShareDiscoverability> =
  built(() => v.picklist(["LISTED", "UNLISTED", "PRIVATE"]));

/** Validates {@link T.PluginShareListItem}. */
export const PluginShareListItemSchema: v.GenericSchema<T.PluginShareListItem> = built(() =>
  v.looseObject({
    localPluginPath: v.optional(v.nullable(AbsolutePathBufSchema)),
    plugin: PluginSummarySchema,
  })
);

/** Validates {@link T.PluginShareListParams}. */
export const PluginShareListParamsSchema: v.GenericSchema<T.PluginShareListParams> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.PluginShareListResponse}. */
export const PluginShareListResponseSchema: v.GenericSchema<T.PluginShareListResponse> = built(() =>
  v.looseObject({
    data: v.array(PluginShareListItemSchema),
  })
);

/** Validates {@link T.PluginSharePrincipal}. */
export const PluginSharePrincipalSchema: v.GenericSchema<T.PluginSharePrincipal> = built(() =>
  v.looseObject({
    name: v.string(),
    principalId: v.string(),
    principalType: PluginSharePrincipalTypeSchema,
    role: PluginSharePrincipalRoleSchema,
  })
);

/** Validates {@link T.PluginSharePrincipalRole}. */
export const PluginSharePrincipalRoleSchema: v.GenericSchema<T.PluginSharePrincipalRole> = built(
  () => v.picklist(["reader", "editor", "owner"]),
);

/** Validates {@link T.PluginSharePrincipalType}. */
export const PluginSharePrincipalTypeSchema: v.GenericSchema<T.PluginSharePrincipalType> = built(
  () => v.picklist(["user", "group", "workspace"]),
);

/** Validates {@link T.PluginShareSaveParams}. */
export const PluginShareSaveParamsSchema: v.GenericSchema<T.PluginShareSaveParams> = built(() =>
  v.looseObject({
    discoverability: v.optional(v.nullable(PluginShareDiscoverabilitySchema)),
    pluginPath: AbsolutePathBufSchema,
    remotePluginId: v.optional(v.nullable(v.string())),
    shareTargets: v.optional(v.nullable(v.array(PluginShareTargetSchema))),
  })
);

/** Validates {@link T.PluginShareSaveResponse}. */
export const PluginShareSaveResponseSchema: v.GenericSchema<T.PluginShareSaveResponse> = built(() =>
  v.looseObject({
    canPublishToWorkspace: v.optional(v.nullable(v.boolean())),
    remotePluginId: v.string(),
    shareUrl: v.string(),
  })
);

/** Validates {@link T.PluginShareTarget}. */
export const PluginShareTargetSchema: v.GenericSchema<T.PluginShareTarget> = built(() =>
  v.looseObject({
    principalId: v.string(),
    principalType: PluginSharePrincipalTypeSchema,
    role: PluginShareTargetRoleSchema,
  })
);

/** Validates {@link T.PluginShareTargetRole}. */
export const PluginShareTargetRoleSchema: v.GenericSchema<T.PluginShareTargetRole> = built(() =>
  v.picklist(["reader", "editor"])
);

/** Validates {@link T.PluginShareUpdateDiscoverability}. */
export const PluginShareUpdateDiscoverabilitySchema: v.GenericSchema<
  T.PluginShareUpdateDiscoverability
> = built(() => v.picklist(["UNLISTED", "PRIVATE", "LISTED"]));

/** Validates {@link T.PluginShareUpdateTargetsParams}. */
export const PluginShareUpdateTargetsParamsSchema: v.GenericSchema<
  T.PluginShareUpdateTargetsParams
> = built(() =>
  v.looseObject({
    discoverability: PluginShareUpdateDiscoverabilitySchema,
    remotePluginId: v.string(),
    shareTargets: v.array(PluginShareTargetSchema),
  })
);

/** Validates {@link T.PluginShareUpdateTargetsResponse}. */
export const PluginShareUpdateTargetsResponseSchema: v.GenericSchema<
  T.PluginShareUpdateTargetsResponse
> = built(() =>
  v.looseObject({
    discoverability: PluginShareDiscoverabilitySchema,
    principals: v.array(PluginSharePrincipalSchema),
  })
);

/** Validates {@link T.PluginSkillReadParams}. */
export const PluginSkillReadParamsSchema: v.GenericSchema<T.PluginSkillReadParams> = built(() =>
  v.looseObject({
    remoteMarketplaceName: v.string(),
    remotePluginId: v.string(),
    skillName: v.string(),
  })
);

/** Validates {@link T.PluginSkillReadResponse}. */
export const PluginSkillReadResponseSchema: v.GenericSchema<T.PluginSkillReadResponse> = built(() =>
  v.looseObject({
    contents: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginSource}. */
export const PluginSourceSchema: v.GenericSchema<T.PluginSource> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["local"]),
      path: AbsolutePathBufSchema,
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
  ])
);

/** Validates {@link T.PluginSummary}. */
export const PluginSummarySchema: v.GenericSchema<T.PluginSummary> = built(() =>
  v.looseObject({
    authPolicy: PluginAuthPolicySchema,
    availability: v.optional(PluginAvailabilitySchema),
    disabledReason: v.optional(v.nullable(PluginDisabledReasonSchema)),
    eligiblePlanTypes: v.optional(v.nullable(v.array(v.string()))),
    enabled: v.boolean(),
    id: v.string(),
    installPolicy: PluginInstallPolicySchema,
    installPolicySource: v.optional(v.nullable(PluginInstallPolicySourceSchema)),
    installed: v.boolean(),
    installedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    interface: v.optional(v.nullable(PluginInterfaceSchema)),
    keywords: v.optional(v.array(v.string())),
    localVersion: v.optional(v.nullable(v.string())),
    mustShowInstallationInterstitial: v.optional(v.nullable(v.boolean())),
    name: v.string(),
    remotePluginId: v.optional(v.nullable(v.string())),
    shareContext: v.optional(v.nullable(PluginShareContextSchema)),
    source: PluginSourceSchema,
    version: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.PluginUninstallParams}. */
export const PluginUninstallParamsSchema: v.GenericSchema<T.PluginUninstallParams> = built(() =>
  v.looseObject({
    pluginId: v.string(),
  })
);

/** Validates {@link T.PluginUninstallResponse}. */
export const PluginUninstallResponseSchema: v.GenericSchema<T.PluginUninstallResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.PluginsMigration}. */
export const PluginsMigrationSchema: v.GenericSchema<T.PluginsMigration> = built(() =>
  v.looseObject({
    marketplaceName: v.string(),
    pluginNames: v.array(v.string()),
  })
);

/** Validates {@link T.ProcessExitedNotification}. */
export const ProcessExitedNotificationSchema: v.GenericSchema<T.ProcessExitedNotification> = built(
  () =>
    v.looseObject({
      exitCode: v.pipe(v.number(), v.integer()),
      outputDrainTimedOut: v.optional(v.nullable(v.boolean())),
      processHandle: v.string(),
      stderr: v.string(),
      stderrCapReached: v.boolean(),
      stdout: v.string(),
      stdoutCapReached: v.boolean(),
    }),
);

/** Validates {@link T.ProcessOutputDeltaNotification}. */
export const ProcessOutputDeltaNotificationSchema: v.GenericSchema<
  T.ProcessOutputDeltaNotification
> = built(() =>
  v.looseObject({
    capReached: v.boolean(),
    deltaBase64: v.string(),
    processHandle: v.string(),
    stream: ProcessOutputStreamSchema,
  })
);

/** Validates {@link T.ProcessOutputStream}. */
export const ProcessOutputStreamSchema: v.GenericSchema<T.ProcessOutputStream> = built(() =>
  v.picklist(["stdout", "stderr"])
);

/** Validates {@link T.ProcessTerminalSize}. */
export const ProcessTerminalSizeSchema: v.GenericSchema<T.ProcessTerminalSize> = built(() =>
  v.looseObject({
    cols: v.pipe(v.number(), v.integer()),
    rows: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.Project}. */
export const ProjectSchema: v.GenericSchema<T.Project> = built(() =>
  v.looseObject({
    createdAt: v.pipe(v.number(), v.integer()),
    id: v.string(),
    metadata: v.record(v.string(), v.string()),
    name: v.string(),
    recencyAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    roots: v.array(ProjectRootSchema),
    updatedAt: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ProjectChangeType}. */
export const ProjectChangeTypeSchema: v.GenericSchema<T.ProjectChangeType> = built(() =>
  v.picklist(["created", "updated", "deleted"])
);

/** Validates {@link T.ProjectChangedNotification}. */
export const ProjectChangedNotificationSchema: v.GenericSchema<T.ProjectChangedNotification> =
  built(() =>
    v.looseObject({
      changeType: ProjectChangeTypeSchema,
      projectId: v.string(),
    })
  );

/** Validates {@link T.ProjectRoot}. */
export const ProjectRootSchema: v.GenericSchema<T.ProjectRoot> = built(() =>
  v.looseObject({
    path: AbsolutePathBufSchema,
  })
);

/** Validates {@link T.ProjectSortKey}. */
export const ProjectSortKeySchema: v.GenericSchema<T.ProjectSortKey> = built(() =>
  v.picklist(["position", "recencyAt"])
);

/** Validates {@link T.ProviderSettings}. */
export const ProviderSettingsSchema: v.GenericSchema<T.ProviderSettings> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["openai"]),
    }),
    v.looseObject({
      type: v.picklist(["customGateway"]),
      auth: GatewayAuthSchema,
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
  ])
);

/** Validates {@link T.ProviderSettingsPatch}. */
export const ProviderSettingsPatchSchema: v.GenericSchema<T.ProviderSettingsPatch> = built(() =>
  v.variant("type", [
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
      providerId: BedrockProviderIdSchema,
      region: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["gcp"]),
      credentialFile: v.optional(v.nullable(v.string())),
      location: v.optional(v.nullable(v.string())),
      projectId: v.optional(v.nullable(v.string())),
      providerId: GcpProviderIdSchema,
    }),
  ])
);

/** Validates {@link T.QueuedSubmission}. */
export const QueuedSubmissionSchema: v.GenericSchema<T.QueuedSubmission> = built(() =>
  v.looseObject({
    clientUserMessageId: v.string(),
    id: v.string(),
    input: v.array(UserInputSchema),
    responsesapiClientMetadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
  })
);

/** Validates {@link T.RateLimitReachedType}. */
export const RateLimitReachedTypeSchema: v.GenericSchema<T.RateLimitReachedType> = built(() =>
  v.picklist([
    "rate_limit_reached",
    "workspace_owner_credits_depleted",
    "workspace_member_credits_depleted",
    "workspace_owner_usage_limit_reached",
    "workspace_member_usage_limit_reached",
  ])
);

/** Validates {@link T.RateLimitResetCredit}. */
export const RateLimitResetCreditSchema: v.GenericSchema<T.RateLimitResetCredit> = built(() =>
  v.looseObject({
    description: v.optional(v.nullable(v.string())),
    expiresAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    grantedAt: v.pipe(v.number(), v.integer()),
    id: v.string(),
    resetType: RateLimitResetTypeSchema,
    status: RateLimitResetCreditStatusSchema,
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.RateLimitResetCreditStatus}. */
export const RateLimitResetCreditStatusSchema: v.GenericSchema<T.RateLimitResetCreditStatus> =
  built(() => v.picklist(["available", "redeeming", "redeemed", "unknown"]));

/** Validates {@link T.RateLimitResetCreditsSummary}. */
export const RateLimitResetCreditsSummarySchema: v.GenericSchema<T.RateLimitResetCreditsSummary> =
  built(() =>
    v.looseObject({
      availableCount: v.pipe(v.number(), v.integer()),
      credits: v.optional(v.nullable(v.array(RateLimitResetCreditSchema))),
    })
  );

/** Validates {@link T.RateLimitResetType}. */
export const RateLimitResetTypeSchema: v.GenericSchema<T.RateLimitResetType> = built(() =>
  v.picklist(["codexRateLimits", "unknown"])
);

/** Validates {@link T.RateLimitSnapshot}. */
export const RateLimitSnapshotSchema: v.GenericSchema<T.RateLimitSnapshot> = built(() =>
  v.looseObject({
    credits: v.optional(v.nullable(CreditsSnapshotSchema)),
    individualLimit: v.optional(v.nullable(SpendControlLimitSnapshotSchema)),
    limitId: v.optional(v.nullable(v.string())),
    limitName: v.optional(v.nullable(v.string())),
    normalModelSlug: v.optional(v.nullable(v.string())),
    planType: v.optional(v.nullable(PlanTypeSchema)),
    primary: v.optional(v.nullable(RateLimitWindowSchema)),
    rateLimitReachedType: v.optional(v.nullable(RateLimitReachedTypeSchema)),
    secondary: v.optional(v.nullable(RateLimitWindowSchema)),
    spendControlReached: v.optional(v.nullable(v.boolean())),
  })
);

/** Validates {@link T.RateLimitWindow}. */
export const RateLimitWindowSchema: v.GenericSchema<T.RateLimitWindow> = built(() =>
  v.looseObject({
    resetsAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    usedPercent: v.pipe(v.number(), v.integer()),
    windowDurationMins: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.RawResponseCompletedNotification}. */
export const RawResponseCompletedNotificationSchema: v.GenericSchema<
  T.RawResponseCompletedNotification
> = built(() =>
  v.looseObject({
    responseId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
    usage: v.optional(v.nullable(TokenUsageBreakdownSchema)),
    usageMetadata: v.optional(v.nullable(ResponseUsageMetadataSchema)),
  })
);

/** Validates {@link T.RawResponseItemCompletedNotification}. */
export const RawResponseItemCompletedNotificationSchema: v.GenericSchema<
  T.RawResponseItemCompletedNotification
> = built(() =>
  v.looseObject({
    item: ResponseItemSchema,
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.RealtimeConversationVersion}. */
export const RealtimeConversationVersionSchema: v.GenericSchema<T.RealtimeConversationVersion> =
  built(() => v.picklist(["v1", "v2", "v3"]));

/** Validates {@link T.RealtimeOutputModality}. */
export const RealtimeOutputModalitySchema: v.GenericSchema<T.RealtimeOutputModality> = built(() =>
  v.picklist(["text", "audio"])
);

/** Validates {@link T.RealtimeVoice}. */
export const RealtimeVoiceSchema: v.GenericSchema<T.RealtimeVoice> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.RealtimeVoicesList}. */
export const RealtimeVoicesListSchema: v.GenericSchema<T.RealtimeVoicesList> = built(() =>
  v.looseObject({
    defaultV1: RealtimeVoiceSchema,
    defaultV2: RealtimeVoiceSchema,
    v1: v.array(RealtimeVoiceSchema),
    v2: v.array(RealtimeVoiceSchema),
    v3: v.optional(v.array(RealtimeVoiceSchema)),
  })
);

/** Validates {@link T.ReasoningEffort}. */
export const ReasoningEffortSchema: v.GenericSchema<T.ReasoningEffort> = built(() =>
  v.pipe(v.string(), v.minLength(1))
);

/** Validates {@link T.ReasoningEffortOption}. */
export const ReasoningEffortOptionSchema: v.GenericSchema<T.ReasoningEffortOption> = built(() =>
  v.looseObject({
    description: v.string(),
    reasoningEffort: ReasoningEffortSchema,
  })
);

/** Validates {@link T.ReasoningItemContent}. */
export const ReasoningItemContentSchema: v.GenericSchema<T.ReasoningItemContent> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["reasoning_text"]),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["text"]),
      text: v.string(),
    }),
  ])
);

/** Validates {@link T.ReasoningItemReasoningSummary}. */
export const ReasoningItemReasoningSummarySchema: v.GenericSchema<T.ReasoningItemReasoningSummary> =
  built(() =>
    v.looseObject({
      text: v.string(),
      type: v.picklist(["summary_text"]),
    })
  );

/** Validates {@link T.ReasoningSummary}. */
export const ReasoningSummarySchema: v.GenericSchema<T.ReasoningSummary> = built(() =>
  v.picklist(["auto", "concise", "detailed", "none"])
);

/** Validates {@link T.ReasoningSummaryPartAddedNotification}. */
export const ReasoningSummaryPartAddedNotificationSchema: v.GenericSchema<
  T.ReasoningSummaryPartAddedNotification
> = built(() =>
  v.looseObject({
    itemId: v.string(),
    summaryIndex: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ReasoningSummaryTextDeltaNotification}. */
export const ReasoningSummaryTextDeltaNotificationSchema: v.GenericSchema<
  T.ReasoningSummaryTextDeltaNotification
> = built(() =>
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    summaryIndex: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.ReasoningTextDeltaNotification}. */
export const ReasoningTextDeltaNotificationSchema: v.GenericSchema<
  T.ReasoningTextDeltaNotification
> = built(() =>
  v.looseObject({
    contentIndex: v.pipe(v.number(), v.integer()),
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.RemoteControlConnectionStatus}. */
export const RemoteControlConnectionStatusSchema: v.GenericSchema<T.RemoteControlConnectionStatus> =
  built(() => v.picklist(["disabled", "connecting", "connected", "errored"]));

/** Validates {@link T.RemoteControlDisableParams}. */
export const RemoteControlDisableParamsSchema: v.GenericSchema<T.RemoteControlDisableParams> =
  built(() =>
    v.looseObject({
      ephemeral: v.optional(v.boolean()),
    })
  );

/** Validates {@link T.RemoteControlEnableParams}. */
export const RemoteControlEnableParamsSchema: v.GenericSchema<T.RemoteControlEnableParams> = built(
  () =>
    v.looseObject({
      ephemeral: v.optional(v.boolean()),
    }),
);

/** Validates {@link T.RemoteControlStatusChangedNotification}. */
export const RemoteControlStatusChangedNotificationSchema: v.GenericSchema<
  T.RemoteControlStatusChangedNotification
> = built(() =>
  v.looseObject({
    environmentId: v.optional(v.nullable(v.string())),
    installationId: v.string(),
    serverName: v.string(),
    status: RemoteControlConnectionStatusSchema,
  })
);

/** Validates {@link T.RequestHeader}. */
export const RequestHeaderSchema: v.GenericSchema<T.RequestHeader> = built(() =>
  v.looseObject({
    name: v.string(),
    value: v.string(),
  })
);

/** Validates {@link T.RequestId}. */
export const RequestIdSchema: v.GenericSchema<T.RequestId> = built(() =>
  v.union([
    v.string(),
    v.pipe(v.number(), v.integer()),
  ])
);

/** Validates {@link T.RequestPermissionProfile}. */
export const RequestPermissionProfileSchema: v.GenericSchema<T.RequestPermissionProfile> = built(
  () =>
    v.looseObject({
      fileSystem: v.optional(v.nullable(AdditionalFileSystemPermissionsSchema)),
      network: v.optional(v.nullable(AdditionalNetworkPermissionsSchema)),
    }),
);

/** Validates {@link T.ResidencyRequirement}. */
export const ResidencyRequirementSchema: v.GenericSchema<T.ResidencyRequirement> = built(() =>
  v.picklist(["us"])
);

/** Validates {@link T.Resource}. */
export const ResourceSchema: v.GenericSchema<T.Resource> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    annotations: v.optional(v.unknown()),
    description: v.optional(v.nullable(v.string())),
    icons: v.optional(v.nullable(v.array(v.unknown()))),
    mimeType: v.optional(v.nullable(v.string())),
    name: v.string(),
    size: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    title: v.optional(v.nullable(v.string())),
    uri: v.string(),
  })
);

/** Validates {@link T.ResourceContent}. */
export const ResourceContentSchema: v.GenericSchema<T.ResourceContent> = built(() =>
  v.union([
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
  ])
);

/** Validates {@link T.ResourceTemplate}. */
export const ResourceTemplateSchema: v.GenericSchema<T.ResourceTemplate> = built(() =>
  v.looseObject({
    annotations: v.optional(v.unknown()),
    description: v.optional(v.nullable(v.string())),
    mimeType: v.optional(v.nullable(v.string())),
    name: v.string(),
    title: v.optional(v.nullable(v.string())),
    uriTemplate: v.string(),
  })
);

/** Validates {@link T.ResponseItem}. */
export const ResponseItemSchema: v.GenericSchema<T.ResponseItem> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["additional_tools"]),
      id: v.optional(v.nullable(v.string())),
      role: v.string(),
      tools: v.array(v.unknown()),
    }),
    v.looseObject({
      type: v.picklist(["message"]),
      content: v.array(ContentItemSchema),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      phase: v.optional(v.nullable(MessagePhaseSchema)),
      role: v.string(),
      status: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["agent_message"]),
      author: v.string(),
      content: v.array(AgentMessageInputContentSchema),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      recipient: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["reasoning"]),
      content: v.optional(v.nullable(v.array(ReasoningItemContentSchema))),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      summary: v.array(ReasoningItemReasoningSummarySchema),
    }),
    v.looseObject({
      type: v.picklist(["local_shell_call"]),
      action: LocalShellActionSchema,
      call_id: v.optional(v.nullable(v.string())),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      status: LocalShellStatusSchema,
    }),
    v.looseObject({
      type: v.picklist(["function_call"]),
      arguments: v.string(),
      call_id: v.string(),
      encrypted_content: v.optional(v.nullable(v.string())),
      encrypted_function_args: v.optional(v.nullable(v.array(v.string()))),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
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
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      status: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["function_call_output"]),
      call_id: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      name: v.optional(v.nullable(v.string())),
      namespace: v.optional(v.nullable(v.string())),
      output: FunctionCallOutputBodySchema,
    }),
    v.looseObject({
      type: v.picklist(["custom_tool_call"]),
      call_id: v.string(),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      input: v.string(),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
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
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      name: v.optional(v.nullable(v.string())),
      output: FunctionCallOutputBodySchema,
    }),
    v.looseObject({
      type: v.picklist(["tool_search_output"]),
      call_id: v.optional(v.nullable(v.string())),
      execution: v.string(),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      status: v.string(),
      tools: v.array(v.unknown()),
    }),
    v.looseObject({
      type: v.picklist(["web_search_call"]),
      action: v.optional(v.nullable(ResponsesApiWebSearchActionSchema)),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
      status: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["image_generation_call"]),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
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
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
    }),
    v.looseObject({
      type: v.picklist(["configuration_update"]),
      reasoning: ConfigurationReasoningSchema,
    }),
    v.looseObject({
      type: v.picklist(["compaction_trigger"]),
    }),
    v.looseObject({
      type: v.picklist(["context_compaction"]),
      encrypted_content: v.optional(v.nullable(v.string())),
      id: v.optional(v.nullable(v.string())),
      internal_chat_message_metadata_passthrough: v.optional(
        v.nullable(InternalChatMessageMetadataPassthroughSchema),
      ),
    }),
    v.looseObject({
      type: v.picklist(["other"]),
    }),
  ])
);

/** Validates {@link T.ResponseUsageMetadata}. */
export const ResponseUsageMetadataSchema: v.GenericSchema<T.ResponseUsageMetadata> = built(() =>
  v.looseObject({
    amount: v.optional(v.nullable(v.string())),
    metadata: v.optional(v.unknown()),
  })
);

/** Validates {@link T.ResponsesApiWebSearchAction}. */
export const ResponsesApiWebSearchActionSchema: v.GenericSchema<T.ResponsesApiWebSearchAction> =
  built(() =>
    v.variant("type", [
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
    ])
  );

/** Validates {@link T.ReviewDecision}. */
export const ReviewDecisionSchema: v.GenericSchema<T.ReviewDecision> = built(() =>
  v.union([
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
        network_policy_amendment: NetworkPolicyAmendmentSchema,
      }),
    }),
    v.looseObject({
      denied: v.looseObject({
        rejection: v.string(),
      }),
    }),
  ])
);

/** Validates {@link T.ReviewDelivery}. */
export const ReviewDeliverySchema: v.GenericSchema<T.ReviewDelivery> = built(() =>
  v.picklist(["inline"])
);

/** Validates {@link T.ReviewStartParams}. */
export const ReviewStartParamsSchema: v.GenericSchema<T.ReviewStartParams> = built(() =>
  v.looseObject({
    delivery: v.optional(v.nullable(ReviewDeliverySchema)),
    target: ReviewTargetSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ReviewStartResponse}. */
export const ReviewStartResponseSchema: v.GenericSchema<T.ReviewStartResponse> = built(() =>
  v.looseObject({
    reviewThreadId: v.string(),
    turn: TurnSchema,
  })
);

/** Validates {@link T.ReviewTarget}. */
export const ReviewTargetSchema: v.GenericSchema<T.ReviewTarget> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.SandboxMode}. */
export const SandboxModeSchema: v.GenericSchema<T.SandboxMode> = built(() =>
  v.picklist(["read-only", "workspace-write", "danger-full-access"])
);

/** Validates {@link T.SandboxPolicy}. */
export const SandboxPolicySchema: v.GenericSchema<T.SandboxPolicy> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["dangerFullAccess"]),
    }),
    v.looseObject({
      type: v.picklist(["readOnly"]),
      networkAccess: v.optional(v.boolean()),
    }),
    v.looseObject({
      type: v.picklist(["externalSandbox"]),
      networkAccess: v.optional(NetworkAccessSchema),
    }),
    v.looseObject({
      type: v.picklist(["workspaceWrite"]),
      excludeSlashTmp: v.optional(v.boolean()),
      excludeTmpdirEnvVar: v.optional(v.boolean()),
      networkAccess: v.optional(v.boolean()),
      writableRoots: v.optional(v.array(AbsolutePathBufSchema)),
    }),
  ])
);

/** Validates {@link T.SandboxWorkspaceWrite}. */
export const SandboxWorkspaceWriteSchema: v.GenericSchema<T.SandboxWorkspaceWrite> = built(() =>
  v.looseObject({
    exclude_slash_tmp: v.optional(v.boolean()),
    exclude_tmpdir_env_var: v.optional(v.boolean()),
    network_access: v.optional(v.boolean()),
    writable_roots: v.optional(v.array(v.string())),
  })
);

/** Validates {@link T.ScheduledTaskSchedule}. */
export const ScheduledTaskScheduleSchema: v.GenericSchema<T.ScheduledTaskSchedule> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["hourly"]),
      days: v.optional(v.nullable(v.array(ScheduledTaskWeekdaySchema))),
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
      days: v.array(ScheduledTaskWeekdaySchema),
      time: v.string(),
    }),
  ])
);

/** Validates {@link T.ScheduledTaskSummary}. */
export const ScheduledTaskSummarySchema: v.GenericSchema<T.ScheduledTaskSummary> = built(() =>
  v.looseObject({
    key: v.string(),
    name: v.string(),
    prompt: v.string(),
    schedule: ScheduledTaskScheduleSchema,
  })
);

/** Validates {@link T.ScheduledTaskWeekday}. */
export const ScheduledTaskWeekdaySchema: v.GenericSchema<T.ScheduledTaskWeekday> = built(() =>
  v.picklist(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
);

/** Validates {@link T.SelectedCapabilityRoot}. */
export const SelectedCapabilityRootSchema: v.GenericSchema<T.SelectedCapabilityRoot> = built(() =>
  v.looseObject({
    id: v.string(),
    location: CapabilityRootLocationSchema,
  })
);

/** Validates {@link T.SendAddCreditsNudgeEmailParams}. */
export const SendAddCreditsNudgeEmailParamsSchema: v.GenericSchema<
  T.SendAddCreditsNudgeEmailParams
> = built(() =>
  v.looseObject({
    creditType: AddCreditsNudgeCreditTypeSchema,
  })
);

/** Validates {@link T.SendAddCreditsNudgeEmailResponse}. */
export const SendAddCreditsNudgeEmailResponseSchema: v.GenericSchema<
  T.SendAddCreditsNudgeEmailResponse
> = built(() =>
  v.looseObject({
    status: AddCreditsNudgeEmailStatusSchema,
  })
);

/** Validates {@link T.ServerDiagnosticsGauge}. */
export const ServerDiagnosticsGaugeSchema: v.GenericSchema<T.ServerDiagnosticsGauge> = built(() =>
  v.looseObject({
    name: v.string(),
    value: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ServerDiagnosticsProcess}. */
export const ServerDiagnosticsProcessSchema: v.GenericSchema<T.ServerDiagnosticsProcess> = built(
  () =>
    v.looseObject({
      id: v.pipe(v.number(), v.integer()),
      physicalFootprintBytes: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      residentMemoryBytes: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
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

/** Validates {@link T.ServerRequestResolvedNotification}. */
export const ServerRequestResolvedNotificationSchema: v.GenericSchema<
  T.ServerRequestResolvedNotification
> = built(() =>
  v.looseObject({
    requestId: RequestIdSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.SessionMigration}. */
export const SessionMigrationSchema: v.GenericSchema<T.SessionMigration> = built(() =>
  v.looseObject({
    cwd: v.string(),
    path: v.string(),
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.SessionSource}. */
export const SessionSourceSchema: v.GenericSchema<T.SessionSource> = built(() =>
  v.union([
    v.picklist(["cli", "vscode", "exec", "appServer", "unknown"]),
    v.looseObject({
      custom: v.string(),
    }),
    v.looseObject({
      subAgent: SubAgentSourceSchema,
    }),
  ])
);

/** Validates {@link T.Settings}. */
export const SettingsSchema: v.GenericSchema<T.Settings> = built(() =>
  v.looseObject({
    developer_instructions: v.optional(v.nullable(v.string())),
    model: v.string(),
    reasoning_effort: v.optional(v.nullable(ReasoningEffortSchema)),
  })
);

/** Validates {@link T.SkillDependencies}. */
export const SkillDependenciesSchema: v.GenericSchema<T.SkillDependencies> = built(() =>
  v.looseObject({
    tools: v.array(SkillToolDependencySchema),
  })
);

/** Validates {@link T.SkillErrorInfo}. */
export const SkillErrorInfoSchema: v.GenericSchema<T.SkillErrorInfo> = built(() =>
  v.looseObject({
    message: v.string(),
    path: v.string(),
  })
);

/** Validates {@link T.SkillInterface}. */
export const SkillInterfaceSchema: v.GenericSchema<T.SkillInterface> = built(() =>
  v.looseObject({
    brandColor: v.optional(v.nullable(v.string())),
    defaultPrompt: v.optional(v.nullable(v.string())),
    displayName: v.optional(v.nullable(v.string())),
    iconLarge: v.optional(v.nullable(AbsolutePathBufSchema)),
    iconLargeUrl: v.optional(v.nullable(v.string())),
    iconSmall: v.optional(v.nullable(AbsolutePathBufSchema)),
    iconSmallUrl: v.optional(v.nullable(v.string())),
    shortDescription: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.SkillMetadata}. */
export const SkillMetadataSchema: v.GenericSchema<T.SkillMetadata> = built(() =>
  v.looseObject({
    dependencies: v.optional(v.nullable(SkillDependenciesSchema)),
    description: v.string(),
    enabled: v.boolean(),
    interface: v.optional(v.nullable(SkillInterfaceSchema)),
    name: v.string(),
    path: LegacyAppPathStringSchema,
    pluginId: v.optional(v.nullable(v.string())),
    scope: SkillScopeSchema,
    shortDescription: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.SkillMigration}. */
export const SkillMigrationSchema: v.GenericSchema<T.SkillMigration> = built(() =>
  v.looseObject({
    name: v.string(),
  })
);

/** Validates {@link T.SkillScope}. */
export const SkillScopeSchema: v.GenericSchema<T.SkillScope> = built(() =>
  v.picklist(["user", "repo", "system", "admin"])
);

/** Validates {@link T.SkillSummary}. */
export const SkillSummarySchema: v.GenericSchema<T.SkillSummary> = built(() =>
  v.looseObject({
    description: v.string(),
    enabled: v.boolean(),
    interface: v.optional(v.nullable(SkillInterfaceSchema)),
    name: v.string(),
    path: v.optional(v.nullable(LegacyAppPathStringSchema)),
    shortDescription: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.SkillToolDependency}. */
export const SkillToolDependencySchema: v.GenericSchema<T.SkillToolDependency> = built(() =>
  v.looseObject({
    command: v.optional(v.nullable(v.string())),
    description: v.optional(v.nullable(v.string())),
    transport: v.optional(v.nullable(v.string())),
    type: v.string(),
    url: v.optional(v.nullable(v.string())),
    value: v.string(),
  })
);

/** Validates {@link T.SkillsChangedNotification}. */
export const SkillsChangedNotificationSchema: v.GenericSchema<T.SkillsChangedNotification> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.SkillsConfigWriteParams}. */
export const SkillsConfigWriteParamsSchema: v.GenericSchema<T.SkillsConfigWriteParams> = built(() =>
  v.looseObject({
    enabled: v.boolean(),
    name: v.optional(v.nullable(v.string())),
    path: v.optional(v.nullable(AbsolutePathBufSchema)),
  })
);

/** Validates {@link T.SkillsConfigWriteResponse}. */
export const SkillsConfigWriteResponseSchema: v.GenericSchema<T.SkillsConfigWriteResponse> = built(
  () =>
    v.looseObject({
      effectiveEnabled: v.boolean(),
    }),
);

/** Validates {@link T.SkillsExtraRootsSetParams}. */
export const SkillsExtraRootsSetParamsSchema: v.GenericSchema<T.SkillsExtraRootsSetParams> = built(
  () =>
    v.looseObject({
      extraRoots: v.array(AbsolutePathBufSchema),
    }),
);

/** Validates {@link T.SkillsExtraRootsSetResponse}. */
export const SkillsExtraRootsSetResponseSchema: v.GenericSchema<T.SkillsExtraRootsSetResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.SkillsListEntry}. */
export const SkillsListEntrySchema: v.GenericSchema<T.SkillsListEntry> = built(() =>
  v.looseObject({
    cwd: v.string(),
    errors: v.array(SkillErrorInfoSchema),
    skills: v.array(SkillMetadataSchema),
  })
);

/** Validates {@link T.SkillsListParams}. */
export const SkillsListParamsSchema: v.GenericSchema<T.SkillsListParams> = built(() =>
  v.looseObject({
    cwds: v.optional(v.array(v.string())),
    forceReload: v.optional(v.boolean()),
  })
);

/** Validates {@link T.SkillsListResponse}. */
export const SkillsListResponseSchema: v.GenericSchema<T.SkillsListResponse> = built(() =>
  v.looseObject({
    data: v.array(SkillsListEntrySchema),
  })
);

/** Validates {@link T.SortDirection}. */
export const SortDirectionSchema: v.GenericSchema<T.SortDirection> = built(() =>
  v.picklist(["asc", "desc"])
);

/** Validates {@link T.SpendControlLimitSnapshot}. */
export const SpendControlLimitSnapshotSchema: v.GenericSchema<T.SpendControlLimitSnapshot> = built(
  () =>
    v.looseObject({
      limit: v.string(),
      remainingPercent: v.pipe(v.number(), v.integer()),
      resetsAt: v.pipe(v.number(), v.integer()),
      used: v.string(),
    }),
);

/** Validates {@link T.StrictReviewRequiredNotification}. */
export const StrictReviewRequiredNotificationSchema: v.GenericSchema<
  T.StrictReviewRequiredNotification
> = built(() =>
  v.looseObject({
    startedAtMs: v.pipe(v.number(), v.integer()),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.SubAgentActivityKind}. */
export const SubAgentActivityKindSchema: v.GenericSchema<T.SubAgentActivityKind> = built(() =>
  v.picklist(["started", "interacted", "interrupted", "completed"])
);

/** Validates {@link T.SubAgentSource}. */
export const SubAgentSourceSchema: v.GenericSchema<T.SubAgentSource> = built(() =>
  v.union([
    v.picklist(["review", "compact", "memory_consolidation"]),
    v.looseObject({
      thread_spawn: v.looseObject({
        agent_nickname: v.optional(v.nullable(v.string())),
        agent_path: v.optional(v.nullable(AgentPathSchema)),
        agent_role: v.optional(v.nullable(v.string())),
        depth: v.pipe(v.number(), v.integer()),
        parent_thread_id: ThreadIdSchema,
      }),
    }),
    v.looseObject({
      other: v.string(),
    }),
  ])
);

/** Validates {@link T.SubagentMigration}. */
export const SubagentMigrationSchema: v.GenericSchema<T.SubagentMigration> = built(() =>
  v.looseObject({
    name: v.string(),
  })
);

/** Validates {@link T.TerminalInteractionNotification}. */
export const TerminalInteractionNotificationSchema: v.GenericSchema<
  T.TerminalInteractionNotification
> = built(() =>
  v.looseObject({
    itemId: v.string(),
    processId: v.string(),
    stdin: v.string(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.TextElement}. */
export const TextElementSchema: v.GenericSchema<T.TextElement> = built(() =>
  v.looseObject({
    byteRange: ByteRangeSchema,
    placeholder: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.TextPosition}. */
export const TextPositionSchema: v.GenericSchema<T.TextPosition> = built(() =>
  v.looseObject({
    column: v.pipe(v.number(), v.integer()),
    line: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.TextRange}. */
export const TextRangeSchema: v.GenericSchema<T.TextRange> = built(() =>
  v.looseObject({
    end: TextPositionSchema,
    start: TextPositionSchema,
  })
);

/** Validates {@link T.Thread}. */
export const ThreadSchema: v.GenericSchema<T.Thread> = built(() =>
  v.looseObject({
    agentNickname: v.optional(v.nullable(v.string())),
    agentRole: v.optional(v.nullable(v.string())),
    cliVersion: v.string(),
    createdAt: v.pipe(v.number(), v.integer()),
    cwd: AbsolutePathBufSchema,
    ephemeral: v.boolean(),
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

/** Validates {@link T.ThreadActiveFlag}. */
export const ThreadActiveFlagSchema: v.GenericSchema<T.ThreadActiveFlag> = built(() =>
  v.picklist(["waitingOnApproval", "waitingOnUserInput"])
);

/** Validates {@link T.ThreadApproveGuardianDeniedActionParams}. */
export const ThreadApproveGuardianDeniedActionParamsSchema: v.GenericSchema<
  T.ThreadApproveGuardianDeniedActionParams
> = built(() =>
  v.looseObject({
    event: v.unknown(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadApproveGuardianDeniedActionResponse}. */
export const ThreadApproveGuardianDeniedActionResponseSchema: v.GenericSchema<
  T.ThreadApproveGuardianDeniedActionResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadArchiveParams}. */
export const ThreadArchiveParamsSchema: v.GenericSchema<T.ThreadArchiveParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadArchiveResponse}. */
export const ThreadArchiveResponseSchema: v.GenericSchema<T.ThreadArchiveResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ThreadArchivedNotification}. */
export const ThreadArchivedNotificationSchema: v.GenericSchema<T.ThreadArchivedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadAttachment}. */
export const ThreadAttachmentSchema: v.GenericSchema<T.ThreadAttachment> = built(() =>
  v.looseObject({
    attachmentType: v.string(),
    createdAt: v.pipe(v.number(), v.integer()),
    id: v.string(),
    identityKey: v.string(),
    payload: v.unknown(),
  })
);

/** Validates {@link T.ThreadAttachmentAddOutcome}. */
export const ThreadAttachmentAddOutcomeSchema: v.GenericSchema<T.ThreadAttachmentAddOutcome> =
  built(() => v.picklist(["created", "existing"]));

/** Validates {@link T.ThreadAttachmentAddParams}. */
export const ThreadAttachmentAddParamsSchema: v.GenericSchema<T.ThreadAttachmentAddParams> = built(
  () =>
    v.looseObject({
      attachmentType: v.string(),
      identityKey: v.string(),
      payload: v.unknown(),
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadAttachmentAddResponse}. */
export const ThreadAttachmentAddResponseSchema: v.GenericSchema<T.ThreadAttachmentAddResponse> =
  built(() =>
    v.looseObject({
      attachment: ThreadAttachmentSchema,
      outcome: ThreadAttachmentAddOutcomeSchema,
    })
  );

/** Validates {@link T.ThreadAttachmentListParams}. */
export const ThreadAttachmentListParamsSchema: v.GenericSchema<T.ThreadAttachmentListParams> =
  built(() =>
    v.looseObject({
      cursor: v.optional(v.nullable(v.string())),
      limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadAttachmentListResponse}. */
export const ThreadAttachmentListResponseSchema: v.GenericSchema<T.ThreadAttachmentListResponse> =
  built(() =>
    v.looseObject({
      data: v.array(ThreadAttachmentSchema),
      nextCursor: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ThreadAttachmentOperation}. */
export const ThreadAttachmentOperationSchema: v.GenericSchema<T.ThreadAttachmentOperation> = built(
  () => v.picklist(["created", "deleted"]),
);

/** Validates {@link T.ThreadAttachmentOwner}. */
export const ThreadAttachmentOwnerSchema: v.GenericSchema<T.ThreadAttachmentOwner> = built(() =>
  v.looseObject({
    archived: v.boolean(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadAttachmentOwnerListParams}. */
export const ThreadAttachmentOwnerListParamsSchema: v.GenericSchema<
  T.ThreadAttachmentOwnerListParams
> = built(() =>
  v.looseObject({
    archived: v.optional(v.nullable(v.boolean())),
    attachmentType: v.string(),
    cursor: v.optional(v.nullable(v.string())),
    identityKey: v.string(),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.ThreadAttachmentOwnerListResponse}. */
export const ThreadAttachmentOwnerListResponseSchema: v.GenericSchema<
  T.ThreadAttachmentOwnerListResponse
> = built(() =>
  v.looseObject({
    data: v.array(ThreadAttachmentOwnerSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadAttachmentRemoveParams}. */
export const ThreadAttachmentRemoveParamsSchema: v.GenericSchema<T.ThreadAttachmentRemoveParams> =
  built(() =>
    v.looseObject({
      attachmentType: v.string(),
      identityKey: v.string(),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadAttachmentRemoveResponse}. */
export const ThreadAttachmentRemoveResponseSchema: v.GenericSchema<
  T.ThreadAttachmentRemoveResponse
> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadAttachmentUpdatedNotification}. */
export const ThreadAttachmentUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadAttachmentUpdatedNotification
> = built(() =>
  v.looseObject({
    attachmentId: v.string(),
    attachmentType: v.string(),
    identityKey: v.string(),
    operation: ThreadAttachmentOperationSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadClosedNotification}. */
export const ThreadClosedNotificationSchema: v.GenericSchema<T.ThreadClosedNotification> = built(
  () =>
    v.looseObject({
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadCompactStartParams}. */
export const ThreadCompactStartParamsSchema: v.GenericSchema<T.ThreadCompactStartParams> = built(
  () =>
    v.looseObject({
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadCompactStartResponse}. */
export const ThreadCompactStartResponseSchema: v.GenericSchema<T.ThreadCompactStartResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadDeleteParams}. */
export const ThreadDeleteParamsSchema: v.GenericSchema<T.ThreadDeleteParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadDeleteResponse}. */
export const ThreadDeleteResponseSchema: v.GenericSchema<T.ThreadDeleteResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.ThreadDeletedNotification}. */
export const ThreadDeletedNotificationSchema: v.GenericSchema<T.ThreadDeletedNotification> = built(
  () =>
    v.looseObject({
      threadId: v.string(),
    }),
);

/** Validates {@link T.ThreadEnvironment}. */
export const ThreadEnvironmentSchema: v.GenericSchema<T.ThreadEnvironment> = built(() =>
  v.looseObject({
    cwd: LegacyAppPathStringSchema,
    environmentId: v.string(),
    runtimeWorkspaceRoots: v.array(LegacyAppPathStringSchema),
  })
);

/** Validates {@link T.ThreadExtra}. */
export const ThreadExtraSchema: v.GenericSchema<T.ThreadExtra> = built(() => v.looseObject({}));

/** Validates {@link T.ThreadForkParams}. */
export const ThreadForkParamsSchema: v.GenericSchema<T.ThreadForkParams> = built(() =>
  v.looseObject({
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    baseInstructions: v.optional(v.nullable(v.string())),
    config: v.optional(v.nullable(v.looseObject({}))),
    cwd: v.optional(v.nullable(v.string())),
    developerInstructions: v.optional(v.nullable(v.string())),
    ephemeral: v.optional(v.boolean()),
    excludeTurns: v.optional(v.boolean()),
    lastTurnId: v.optional(v.nullable(v.string())),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
  })
);

/** Validates {@link T.ThreadForkResponse}. */
export const ThreadForkResponseSchema: v.GenericSchema<T.ThreadForkResponse> = built(() =>
  v.looseObject({
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    model: v.string(),
    modelProvider: v.string(),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadGoal}. */
export const ThreadGoalSchema: v.GenericSchema<T.ThreadGoal> = built(() =>
  v.looseObject({
    createdAt: v.pipe(v.number(), v.integer()),
    objective: v.string(),
    status: ThreadGoalStatusSchema,
    threadId: v.string(),
    timeUsedSeconds: v.pipe(v.number(), v.integer()),
    tokenBudget: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    tokensUsed: v.pipe(v.number(), v.integer()),
    updatedAt: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ThreadGoalClearParams}. */
export const ThreadGoalClearParamsSchema: v.GenericSchema<T.ThreadGoalClearParams> = built(() =>
  v.looseObject({
    origin: v.optional(v.nullable(ThreadGoalMutationOriginSchema)),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadGoalClearResponse}. */
export const ThreadGoalClearResponseSchema: v.GenericSchema<T.ThreadGoalClearResponse> = built(() =>
  v.looseObject({
    cleared: v.boolean(),
  })
);

/** Validates {@link T.ThreadGoalClearedNotification}. */
export const ThreadGoalClearedNotificationSchema: v.GenericSchema<T.ThreadGoalClearedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadGoalGetParams}. */
export const ThreadGoalGetParamsSchema: v.GenericSchema<T.ThreadGoalGetParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadGoalGetResponse}. */
export const ThreadGoalGetResponseSchema: v.GenericSchema<T.ThreadGoalGetResponse> = built(() =>
  v.looseObject({
    goal: v.optional(v.nullable(ThreadGoalSchema)),
  })
);

/** Validates {@link T.ThreadGoalMutationOrigin}. */
export const ThreadGoalMutationOriginSchema: v.GenericSchema<T.ThreadGoalMutationOrigin> = built(
  () => v.picklist(["user", "automatic"]),
);

/** Validates {@link T.ThreadGoalSetParams}. */
export const ThreadGoalSetParamsSchema: v.GenericSchema<T.ThreadGoalSetParams> = built(() =>
  v.looseObject({
    objective: v.optional(v.nullable(v.string())),
    origin: v.optional(v.nullable(ThreadGoalMutationOriginSchema)),
    status: v.optional(v.nullable(ThreadGoalStatusSchema)),
    threadId: v.string(),
    tokenBudget: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.ThreadGoalSetResponse}. */
export const ThreadGoalSetResponseSchema: v.GenericSchema<T.ThreadGoalSetResponse> = built(() =>
  v.looseObject({
    goal: ThreadGoalSchema,
  })
);

/** Validates {@link T.ThreadGoalStatus}. */
export const ThreadGoalStatusSchema: v.GenericSchema<T.ThreadGoalStatus> = built(() =>
  v.picklist(["active", "paused", "blocked", "usageLimited", "budgetLimited", "complete"])
);

/** Validates {@link T.ThreadGoalUpdatedNotification}. */
export const ThreadGoalUpdatedNotificationSchema: v.GenericSchema<T.ThreadGoalUpdatedNotification> =
  built(() =>
    v.looseObject({
      goal: ThreadGoalSchema,
      threadId: v.string(),
      turnId: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ThreadHistoryMode}. */
export const ThreadHistoryModeSchema: v.GenericSchema<T.ThreadHistoryMode> = built(() =>
  v.picklist(["legacy", "paginated"])
);

/** Validates {@link T.ThreadId}. */
export const ThreadIdSchema: v.GenericSchema<T.ThreadId> = built(() => v.string());

/** Validates {@link T.ThreadInjectItemsParams}. */
export const ThreadInjectItemsParamsSchema: v.GenericSchema<T.ThreadInjectItemsParams> = built(() =>
  v.looseObject({
    items: v.array(v.unknown()),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadInjectItemsResponse}. */
export const ThreadInjectItemsResponseSchema: v.GenericSchema<T.ThreadInjectItemsResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.ThreadItem}. */
export const ThreadItemSchema: v.GenericSchema<T.ThreadItem> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["userMessage"]),
      clientId: v.optional(v.nullable(v.string())),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      content: v.array(UserInputSchema),
      id: v.string(),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
    v.looseObject({
      type: v.picklist(["hookPrompt"]),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      fragments: v.array(HookPromptFragmentSchema),
      id: v.string(),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
    v.looseObject({
      type: v.picklist(["agentMessage"]),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      delivery: v.optional(v.nullable(AgentMessageDeliverySchema)),
      id: v.string(),
      memoryCitation: v.optional(v.nullable(MemoryCitationSchema)),
      moderation: v.optional(v.nullable(AgentMessageModerationSchema)),
      phase: v.optional(v.nullable(MessagePhaseSchema)),
      questions: v.optional(v.nullable(v.array(AsyncUserInputQuestionSchema))),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["functionCallOutput"]),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      name: v.string(),
      namespace: v.optional(v.nullable(v.string())),
      output: FunctionCallOutputBodySchema,
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
      commandActions: v.array(CommandActionSchema),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      cwd: LegacyAppPathStringSchema,
      durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      exitCode: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      pluginId: v.optional(v.nullable(v.string())),
      processId: v.optional(v.nullable(v.string())),
      scriptPath: v.optional(v.nullable(v.string())),
      source: v.optional(CommandExecutionSourceSchema),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: CommandExecutionStatusSchema,
    }),
    v.looseObject({
      type: v.picklist(["fileChange"]),
      changes: v.array(FileUpdateChangeSchema),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: PatchApplyStatusSchema,
    }),
    v.looseObject({
      type: v.picklist(["mcpToolCall"]),
      appContext: v.optional(v.nullable(McpToolCallAppContextSchema)),
      arguments: v.unknown(),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      environmentId: v.optional(v.nullable(v.string())),
      error: v.optional(v.nullable(McpToolCallErrorSchema)),
      id: v.string(),
      mcpAppResourceUri: v.optional(v.nullable(v.string())),
      mcpAppUi: v.optional(v.nullable(McpAppUiSchema)),
      pluginId: v.optional(v.nullable(v.string())),
      readOnlyHint: v.optional(v.nullable(v.boolean())),
      result: v.optional(v.nullable(McpToolCallResultSchema)),
      server: v.string(),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: McpToolCallStatusSchema,
      tool: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["dynamicToolCall"]),
      arguments: v.unknown(),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      contentItems: v.optional(v.nullable(v.array(DynamicToolCallOutputContentItemSchema))),
      durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      namespace: v.optional(v.nullable(v.string())),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: DynamicToolCallStatusSchema,
      success: v.optional(v.nullable(v.boolean())),
      tool: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["collabAgentToolCall"]),
      agentsStates: v.record(v.string(), CollabAgentStateSchema),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      model: v.optional(v.nullable(v.string())),
      prompt: v.optional(v.nullable(v.string())),
      reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
      receiverThreadIds: v.array(v.string()),
      senderThreadId: v.string(),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: CollabAgentToolCallStatusSchema,
      tool: CollabAgentToolSchema,
    }),
    v.looseObject({
      type: v.picklist(["subAgentActivity"]),
      agentPath: v.string(),
      agentThreadId: v.string(),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      id: v.string(),
      kind: SubAgentActivityKindSchema,
      model: v.optional(v.nullable(v.string())),
      reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
    v.looseObject({
      type: v.picklist(["webSearch"]),
      action: v.optional(v.nullable(WebSearchActionSchema)),
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
      path: LegacyAppPathStringSchema,
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
      failure: v.optional(v.nullable(ImageGenerationFailureSchema)),
      fileId: v.string(),
      generationId: v.optional(v.nullable(v.string())),
      id: v.string(),
      inputImages: v.optional(v.array(ImageGenerationInputImageSchema)),
      revisedPrompt: v.optional(v.nullable(v.string())),
      savedPath: v.optional(v.nullable(AbsolutePathBufSchema)),
      startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: v.string(),
      transparentBackground: v.optional(v.nullable(v.boolean())),
    }),
    v.looseObject({
      type: v.picklist(["imageGeneration"]),
      completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      failure: v.optional(v.nullable(ImageGenerationFailureSchema)),
      generationId: v.optional(v.nullable(v.string())),
      id: v.string(),
      inputImages: v.optional(v.array(ImageGenerationInputImageSchema)),
      result: v.string(),
      revisedPrompt: v.optional(v.nullable(v.string())),
      savedPath: v.optional(v.nullable(AbsolutePathBufSchema)),
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
  ])
);

/** Validates {@link T.ThreadItemEntry}. */
export const ThreadItemEntrySchema: v.GenericSchema<T.ThreadItemEntry> = built(() =>
  v.looseObject({
    completedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    item: ThreadItemSchema,
    startedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    turnId: v.string(),
  })
);

/** Validates {@link T.ThreadItemOutputDeferral}. */
export const ThreadItemOutputDeferralSchema: v.GenericSchema<T.ThreadItemOutputDeferral> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.ThreadItemsListAnchor}. */
export const ThreadItemsListAnchorSchema: v.GenericSchema<T.ThreadItemsListAnchor> = built(() =>
  v.looseObject({
    itemId: v.string(),
    type: v.picklist(["item"]),
  })
);

/** Validates {@link T.ThreadItemsListCursor}. */
export const ThreadItemsListCursorSchema: v.GenericSchema<T.ThreadItemsListCursor> = built(() =>
  v.union([
    v.string(),
    ThreadItemsListAnchorSchema,
  ])
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

/** Validates {@link T.ThreadListCwdFilter}. */
export const ThreadListCwdFilterSchema: v.GenericSchema<T.ThreadListCwdFilter> = built(() =>
  v.union([
    v.string(),
    v.array(v.string()),
  ])
);

/** Validates {@link T.ThreadListParams}. */
export const ThreadListParamsSchema: v.GenericSchema<T.ThreadListParams> = built(() =>
  v.looseObject({
    archived: v.optional(v.nullable(v.boolean())),
    currentAccountOnly: v.optional(v.boolean()),
    cursor: v.optional(v.nullable(v.string())),
    cwd: v.optional(v.nullable(ThreadListCwdFilterSchema)),
    excludedThreadIds: v.optional(v.nullable(v.array(v.string()))),
    includedThreadIds: v.optional(v.nullable(v.array(v.string()))),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    modelProviders: v.optional(v.nullable(v.array(v.string()))),
    originators: v.optional(v.nullable(v.array(v.string()))),
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
  })
);

/** Validates {@link T.ThreadLoadedListParams}. */
export const ThreadLoadedListParamsSchema: v.GenericSchema<T.ThreadLoadedListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.ThreadLoadedListResponse}. */
export const ThreadLoadedListResponseSchema: v.GenericSchema<T.ThreadLoadedListResponse> = built(
  () =>
    v.looseObject({
      data: v.array(v.string()),
      nextCursor: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ThreadMemoryMode}. */
export const ThreadMemoryModeSchema: v.GenericSchema<T.ThreadMemoryMode> = built(() =>
  v.picklist(["enabled", "disabled"])
);

/** Validates {@link T.ThreadMetadataGitInfoUpdateParams}. */
export const ThreadMetadataGitInfoUpdateParamsSchema: v.GenericSchema<
  T.ThreadMetadataGitInfoUpdateParams
> = built(() =>
  v.looseObject({
    branch: v.optional(v.nullable(v.string())),
    originUrl: v.optional(v.nullable(v.string())),
    sha: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadMetadataUpdateParams}. */
export const ThreadMetadataUpdateParamsSchema: v.GenericSchema<T.ThreadMetadataUpdateParams> =
  built(() =>
    v.looseObject({
      gitInfo: v.optional(v.nullable(ThreadMetadataGitInfoUpdateParamsSchema)),
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

/** Validates {@link T.ThreadNameUpdatedNotification}. */
export const ThreadNameUpdatedNotificationSchema: v.GenericSchema<T.ThreadNameUpdatedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
      threadName: v.optional(v.nullable(v.string())),
    })
  );

/** Validates {@link T.ThreadPredictionResult}. */
export const ThreadPredictionResultSchema: v.GenericSchema<T.ThreadPredictionResult> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["completed"]),
      text: v.optional(v.nullable(v.string())),
    }),
    v.looseObject({
      type: v.picklist(["failed"]),
    }),
  ])
);

/** Validates {@link T.ThreadPredictionUpdatedNotification}. */
export const ThreadPredictionUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadPredictionUpdatedNotification
> = built(() =>
  v.looseObject({
    result: ThreadPredictionResultSchema,
    sourceTurnId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadProjectUpdatedNotification}. */
export const ThreadProjectUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadProjectUpdatedNotification
> = built(() =>
  v.looseObject({
    projectId: v.nullable(v.string()),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadQueueChangedNotification}. */
export const ThreadQueueChangedNotificationSchema: v.GenericSchema<
  T.ThreadQueueChangedNotification
> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadReadParams}. */
export const ThreadReadParamsSchema: v.GenericSchema<T.ThreadReadParams> = built(() =>
  v.looseObject({
    includeTurns: v.optional(v.boolean()),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadReadResponse}. */
export const ThreadReadResponseSchema: v.GenericSchema<T.ThreadReadResponse> = built(() =>
  v.looseObject({
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadReadState}. */
export const ThreadReadStateSchema: v.GenericSchema<T.ThreadReadState> = built(() =>
  v.looseObject({
    firstUnread: v.optional(v.nullable(ThreadUnreadPositionSchema)),
    revision: v.string(),
  })
);

/** Validates {@link T.ThreadReadStateChangedNotification}. */
export const ThreadReadStateChangedNotificationSchema: v.GenericSchema<
  T.ThreadReadStateChangedNotification
> = built(() =>
  v.looseObject({
    readState: ThreadReadStateSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadReadStateOperation}. */
export const ThreadReadStateOperationSchema: v.GenericSchema<T.ThreadReadStateOperation> = built(
  () =>
    v.variant("type", [
      v.looseObject({
        type: v.picklist(["read"]),
      }),
      v.looseObject({
        type: v.picklist(["unread"]),
      }),
    ]),
);

/** Validates {@link T.ThreadRealtimeAudioChunk}. */
export const ThreadRealtimeAudioChunkSchema: v.GenericSchema<T.ThreadRealtimeAudioChunk> = built(
  () =>
    v.looseObject({
      data: v.string(),
      itemId: v.optional(v.nullable(v.string())),
      numChannels: v.pipe(v.number(), v.integer()),
      sampleRate: v.pipe(v.number(), v.integer()),
      samplesPerChannel: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.ThreadRealtimeBemItemPresentation}. */
export const ThreadRealtimeBemItemPresentationSchema: v.GenericSchema<
  T.ThreadRealtimeBemItemPresentation
> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.ThreadRealtimeClosedNotification}. */
export const ThreadRealtimeClosedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeClosedNotification
> = built(() =>
  v.looseObject({
    reason: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeCoverage}. */
export const ThreadRealtimeCoverageSchema: v.GenericSchema<T.ThreadRealtimeCoverage> = built(() =>
  v.picklist(["unsupported", "pending", "ready"])
);

/** Validates {@link T.ThreadRealtimeEntry}. */
export const ThreadRealtimeEntrySchema: v.GenericSchema<T.ThreadRealtimeEntry> = built(() =>
  v.looseObject({
    item: ThreadRealtimeItemSchema,
    position: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.ThreadRealtimeErrorNotification}. */
export const ThreadRealtimeErrorNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeErrorNotification
> = built(() =>
  v.looseObject({
    message: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeFrameChannels}. */
export const ThreadRealtimeFrameChannelsSchema: v.GenericSchema<T.ThreadRealtimeFrameChannels> =
  built(() =>
    v.looseObject({
      voice_transcript: ThreadRealtimeVoiceTranscriptSchema,
    })
  );

/** Validates {@link T.ThreadRealtimeHandoffMode}. */
export const ThreadRealtimeHandoffModeSchema: v.GenericSchema<T.ThreadRealtimeHandoffMode> = built(
  () => v.picklist(["start", "steer"]),
);

/** Validates {@link T.ThreadRealtimeInitialItem}. */
export const ThreadRealtimeInitialItemSchema: v.GenericSchema<T.ThreadRealtimeInitialItem> = built(
  () =>
    v.looseObject({
      role: ConversationTextRoleSchema,
      text: v.string(),
    }),
);

/** Validates {@link T.ThreadRealtimeItem}. */
export const ThreadRealtimeItemSchema: v.GenericSchema<T.ThreadRealtimeItem> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["realtimeSessionStarted"]),
      id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      realtimeSessionId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["frame"]),
      channels: ThreadRealtimeFrameChannelsSchema,
      id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      realtimeSessionId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["transcriptSegment"]),
      id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      realtimeSessionId: v.string(),
      role: ThreadRealtimeTranscriptRoleSchema,
      text: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["bemItemPromoted"]),
      id: v.string(),
      item_id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      presentation: ThreadRealtimeBemItemPresentationSchema,
      realtimeSessionId: v.string(),
      turn_id: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["realtimeSessionClosed"]),
      id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      outcome: ThreadRealtimeSessionOutcomeSchema,
      realtimeSessionId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["turnInputAccepted"]),
      handoff_id: v.string(),
      id: v.string(),
      input: v.string(),
      input_item_id: v.string(),
      mode: ThreadRealtimeHandoffModeSchema,
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      realtimeSessionId: v.string(),
      source_event_ids: v.array(v.string()),
      turn_id: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["sessionEndInputSaved"]),
      id: v.string(),
      input: v.string(),
      input_item_id: v.string(),
      observedAtMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      realtimeSessionId: v.string(),
      source_event_ids: v.array(v.string()),
    }),
  ])
);

/** Validates {@link T.ThreadRealtimeItemAddedNotification}. */
export const ThreadRealtimeItemAddedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemAddedNotification
> = built(() =>
  v.looseObject({
    item: v.unknown(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeItemCompletedNotification}. */
export const ThreadRealtimeItemCompletedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemCompletedNotification
> = built(() =>
  v.looseObject({
    item: ThreadRealtimeItemSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeItemStartedNotification}. */
export const ThreadRealtimeItemStartedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemStartedNotification
> = built(() =>
  v.looseObject({
    item: ThreadRealtimeItemSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeItemTranscriptDeltaNotification}. */
export const ThreadRealtimeItemTranscriptDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeItemTranscriptDeltaNotification
> = built(() =>
  v.looseObject({
    delta: v.string(),
    itemId: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeOrder}. */
export const ThreadRealtimeOrderSchema: v.GenericSchema<T.ThreadRealtimeOrder> = built(() =>
  v.picklist(["observedAt", "position"])
);

/** Validates {@link T.ThreadRealtimeOutputAudioDeltaNotification}. */
export const ThreadRealtimeOutputAudioDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeOutputAudioDeltaNotification
> = built(() =>
  v.looseObject({
    audio: ThreadRealtimeAudioChunkSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeSdpNotification}. */
export const ThreadRealtimeSdpNotificationSchema: v.GenericSchema<T.ThreadRealtimeSdpNotification> =
  built(() =>
    v.looseObject({
      sdp: v.string(),
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadRealtimeSessionOutcome}. */
export const ThreadRealtimeSessionOutcomeSchema: v.GenericSchema<T.ThreadRealtimeSessionOutcome> =
  built(() => v.picklist(["ended", "failed"]));

/** Validates {@link T.ThreadRealtimeStartTransport}. */
export const ThreadRealtimeStartTransportSchema: v.GenericSchema<T.ThreadRealtimeStartTransport> =
  built(() =>
    v.variant("type", [
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
    ])
  );

/** Validates {@link T.ThreadRealtimeStartedNotification}. */
export const ThreadRealtimeStartedNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeStartedNotification
> = built(() =>
  v.looseObject({
    realtimeSessionId: v.optional(v.nullable(v.string())),
    threadId: v.string(),
    version: RealtimeConversationVersionSchema,
  })
);

/** Validates {@link T.ThreadRealtimeTranscriptDeltaNotification}. */
export const ThreadRealtimeTranscriptDeltaNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeTranscriptDeltaNotification
> = built(() =>
  v.looseObject({
    delta: v.string(),
    role: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeTranscriptDoneNotification}. */
export const ThreadRealtimeTranscriptDoneNotificationSchema: v.GenericSchema<
  T.ThreadRealtimeTranscriptDoneNotification
> = built(() =>
  v.looseObject({
    role: v.string(),
    text: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadRealtimeTranscriptRole}. */
export const ThreadRealtimeTranscriptRoleSchema: v.GenericSchema<T.ThreadRealtimeTranscriptRole> =
  built(() => v.picklist(["user", "assistant"]));

/** Validates {@link T.ThreadRealtimeVoiceTranscript}. */
export const ThreadRealtimeVoiceTranscriptSchema: v.GenericSchema<T.ThreadRealtimeVoiceTranscript> =
  built(() =>
    v.looseObject({
      role: ThreadRealtimeTranscriptRoleSchema,
      text: v.string(),
    })
  );

/** Validates {@link T.ThreadResumeInitialTurnsPageParams}. */
export const ThreadResumeInitialTurnsPageParamsSchema: v.GenericSchema<
  T.ThreadResumeInitialTurnsPageParams
> = built(() =>
  v.looseObject({
    itemsView: v.optional(v.nullable(TurnItemsViewSchema)),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
  })
);

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
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadResumeResponse}. */
export const ThreadResumeResponseSchema: v.GenericSchema<T.ThreadResumeResponse> = built(() =>
  v.looseObject({
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    collaborationMode: v.optional(v.nullable(CollaborationModeSchema)),
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    itemsBackwardsCursor: v.optional(v.nullable(v.string())),
    model: v.string(),
    modelProvider: v.string(),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
    turnsBackwardsCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadRevertParams}. */
export const ThreadRevertParamsSchema: v.GenericSchema<T.ThreadRevertParams> = built(() =>
  v.looseObject({
    beforeTurnId: v.string(),
    threadId: v.string(),
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

/** Validates {@link T.ThreadRevertedNotification}. */
export const ThreadRevertedNotificationSchema: v.GenericSchema<T.ThreadRevertedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
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

/** Validates {@link T.ThreadSearchResult}. */
export const ThreadSearchResultSchema: v.GenericSchema<T.ThreadSearchResult> = built(() =>
  v.looseObject({
    snippet: v.string(),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadSearchSortKey}. */
export const ThreadSearchSortKeySchema: v.GenericSchema<T.ThreadSearchSortKey> = built(() =>
  v.picklist(["created_at", "updated_at", "recency_at"])
);

/** Validates {@link T.ThreadSection}. */
export const ThreadSectionSchema: v.GenericSchema<T.ThreadSection> = built(() =>
  v.looseObject({
    appearance: v.optional(v.nullable(ThreadSectionAppearanceSchema)),
    id: v.string(),
    name: v.string(),
  })
);

/** Validates {@link T.ThreadSectionAppearance}. */
export const ThreadSectionAppearanceSchema: v.GenericSchema<T.ThreadSectionAppearance> = built(() =>
  v.looseObject({
    color: v.optional(v.nullable(v.string())),
    icon: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadSectionChangedNotification}. */
export const ThreadSectionChangedNotificationSchema: v.GenericSchema<
  T.ThreadSectionChangedNotification
> = built(() =>
  v.looseObject({
    sectionId: v.nullable(v.string()),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadSectionCreateParams}. */
export const ThreadSectionCreateParamsSchema: v.GenericSchema<T.ThreadSectionCreateParams> = built(
  () =>
    v.looseObject({
      appearance: v.optional(v.nullable(ThreadSectionAppearanceSchema)),
      name: v.string(),
    }),
);

/** Validates {@link T.ThreadSectionCreateResponse}. */
export const ThreadSectionCreateResponseSchema: v.GenericSchema<T.ThreadSectionCreateResponse> =
  built(() =>
    v.looseObject({
      section: ThreadSectionSchema,
    })
  );

/** Validates {@link T.ThreadSectionDeleteParams}. */
export const ThreadSectionDeleteParamsSchema: v.GenericSchema<T.ThreadSectionDeleteParams> = built(
  () =>
    v.looseObject({
      sectionId: v.string(),
    }),
);

/** Validates {@link T.ThreadSectionDeleteResponse}. */
export const ThreadSectionDeleteResponseSchema: v.GenericSchema<T.ThreadSectionDeleteResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadSectionListParams}. */
export const ThreadSectionListParamsSchema: v.GenericSchema<T.ThreadSectionListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
  })
);

/** Validates {@link T.ThreadSectionListResponse}. */
export const ThreadSectionListResponseSchema: v.GenericSchema<T.ThreadSectionListResponse> = built(
  () =>
    v.looseObject({
      data: v.array(ThreadSectionSchema),
      nextCursor: v.optional(v.nullable(v.string())),
    }),
);

/** Validates {@link T.ThreadSectionMoveParams}. */
export const ThreadSectionMoveParamsSchema: v.GenericSchema<T.ThreadSectionMoveParams> = built(() =>
  v.looseObject({
    beforeThreadId: v.optional(v.nullable(v.string())),
    sectionId: v.nullable(v.string()),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadSectionMoveResponse}. */
export const ThreadSectionMoveResponseSchema: v.GenericSchema<T.ThreadSectionMoveResponse> = built(
  () => v.looseObject({}),
);

/** Validates {@link T.ThreadSectionUpdateParams}. */
export const ThreadSectionUpdateParamsSchema: v.GenericSchema<T.ThreadSectionUpdateParams> = built(
  () =>
    v.looseObject({
      appearance: v.optional(v.nullable(ThreadSectionAppearanceSchema)),
      name: v.string(),
      sectionId: v.string(),
    }),
);

/** Validates {@link T.ThreadSectionUpdateResponse}. */
export const ThreadSectionUpdateResponseSchema: v.GenericSchema<T.ThreadSectionUpdateResponse> =
  built(() =>
    v.looseObject({
      section: ThreadSectionSchema,
    })
  );

/** Validates {@link T.ThreadSetNameParams}. */
export const ThreadSetNameParamsSchema: v.GenericSchema<T.ThreadSetNameParams> = built(() =>
  v.looseObject({
    name: v.string(),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadSetNameResponse}. */
export const ThreadSetNameResponseSchema: v.GenericSchema<T.ThreadSetNameResponse> = built(() =>
  v.looseObject({})
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
    model: v.string(),
    modelProvider: v.string(),
    personality: v.optional(v.nullable(PersonalitySchema)),
    sandboxPolicy: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    summary: v.optional(v.nullable(ReasoningSummarySchema)),
  })
);

/** Validates {@link T.ThreadSettingsUpdatedNotification}. */
export const ThreadSettingsUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadSettingsUpdatedNotification
> = built(() =>
  v.looseObject({
    threadId: v.string(),
    threadSettings: ThreadSettingsSchema,
  })
);

/** Validates {@link T.ThreadShellCommandParams}. */
export const ThreadShellCommandParamsSchema: v.GenericSchema<T.ThreadShellCommandParams> = built(
  () =>
    v.looseObject({
      command: v.string(),
      threadId: v.string(),
      timeoutMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.ThreadShellCommandResponse}. */
export const ThreadShellCommandResponseSchema: v.GenericSchema<T.ThreadShellCommandResponse> =
  built(() => v.looseObject({}));

/** Validates {@link T.ThreadSortKey}. */
export const ThreadSortKeySchema: v.GenericSchema<T.ThreadSortKey> = built(() =>
  v.picklist(["created_at", "updated_at", "recency_at", "section_position"])
);

/** Validates {@link T.ThreadSource}. */
export const ThreadSourceSchema: v.GenericSchema<T.ThreadSource> = built(() => v.string());

/** Validates {@link T.ThreadSourceKind}. */
export const ThreadSourceKindSchema: v.GenericSchema<T.ThreadSourceKind> = built(() =>
  v.picklist([
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
  ])
);

/** Validates {@link T.ThreadStartParams}. */
export const ThreadStartParamsSchema: v.GenericSchema<T.ThreadStartParams> = built(() =>
  v.looseObject({
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    baseInstructions: v.optional(v.nullable(v.string())),
    config: v.optional(v.nullable(v.looseObject({}))),
    cwd: v.optional(v.nullable(v.string())),
    developerInstructions: v.optional(v.nullable(v.string())),
    ephemeral: v.optional(v.nullable(v.boolean())),
    model: v.optional(v.nullable(v.string())),
    modelProvider: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    sandbox: v.optional(v.nullable(SandboxModeSchema)),
    serviceName: v.optional(v.nullable(v.string())),
    serviceTier: v.optional(v.nullable(v.string())),
    sessionStartSource: v.optional(v.nullable(ThreadStartSourceSchema)),
    threadSource: v.optional(v.nullable(ThreadSourceSchema)),
  })
);

/** Validates {@link T.ThreadStartResponse}. */
export const ThreadStartResponseSchema: v.GenericSchema<T.ThreadStartResponse> = built(() =>
  v.looseObject({
    approvalPolicy: AskForApprovalSchema,
    approvalsReviewer: ApprovalsReviewerSchema,
    cwd: AbsolutePathBufSchema,
    disabledPluginIds: v.optional(v.array(v.string())),
    instructionSources: v.optional(v.array(LegacyAppPathStringSchema)),
    model: v.string(),
    modelProvider: v.string(),
    reasoningEffort: v.optional(v.nullable(ReasoningEffortSchema)),
    sandbox: SandboxPolicySchema,
    serviceTier: v.optional(v.nullable(v.string())),
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadStartSource}. */
export const ThreadStartSourceSchema: v.GenericSchema<T.ThreadStartSource> = built(() =>
  v.picklist(["startup", "clear"])
);

/** Validates {@link T.ThreadStartedNotification}. */
export const ThreadStartedNotificationSchema: v.GenericSchema<T.ThreadStartedNotification> = built(
  () =>
    v.looseObject({
      thread: ThreadSchema,
    }),
);

/** Validates {@link T.ThreadStatus}. */
export const ThreadStatusSchema: v.GenericSchema<T.ThreadStatus> = built(() =>
  v.variant("type", [
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
      activeFlags: v.array(ThreadActiveFlagSchema),
    }),
  ])
);

/** Validates {@link T.ThreadStatusChangedNotification}. */
export const ThreadStatusChangedNotificationSchema: v.GenericSchema<
  T.ThreadStatusChangedNotification
> = built(() =>
  v.looseObject({
    status: ThreadStatusSchema,
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadTimelineEntry}. */
export const ThreadTimelineEntrySchema: v.GenericSchema<T.ThreadTimelineEntry> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["item"]),
      item: ThreadItemSchema,
      position: v.pipe(v.number(), v.integer()),
      turnId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["realtime"]),
      item: ThreadRealtimeItemSchema,
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
      error: v.optional(v.nullable(TurnErrorSchema)),
      position: v.pipe(v.number(), v.integer()),
      started_at: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      status: TurnStatusSchema,
      turn_id: v.string(),
    }),
  ])
);

/** Validates {@link T.ThreadTokenUsage}. */
export const ThreadTokenUsageSchema: v.GenericSchema<T.ThreadTokenUsage> = built(() =>
  v.looseObject({
    last: TokenUsageBreakdownSchema,
    modelContextWindow: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    total: TokenUsageBreakdownSchema,
  })
);

/** Validates {@link T.ThreadTokenUsageUpdatedNotification}. */
export const ThreadTokenUsageUpdatedNotificationSchema: v.GenericSchema<
  T.ThreadTokenUsageUpdatedNotification
> = built(() =>
  v.looseObject({
    threadId: v.string(),
    tokenUsage: ThreadTokenUsageSchema,
    turnId: v.string(),
  })
);

/** Validates {@link T.ThreadTurnsListParams}. */
export const ThreadTurnsListParamsSchema: v.GenericSchema<T.ThreadTurnsListParams> = built(() =>
  v.looseObject({
    cursor: v.optional(v.nullable(v.string())),
    itemsView: v.optional(v.nullable(TurnItemsViewSchema)),
    limit: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    sortDirection: v.optional(v.nullable(SortDirectionSchema)),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadTurnsListResponse}. */
export const ThreadTurnsListResponseSchema: v.GenericSchema<T.ThreadTurnsListResponse> = built(() =>
  v.looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(TurnSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ThreadUnarchiveParams}. */
export const ThreadUnarchiveParamsSchema: v.GenericSchema<T.ThreadUnarchiveParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadUnarchiveResponse}. */
export const ThreadUnarchiveResponseSchema: v.GenericSchema<T.ThreadUnarchiveResponse> = built(() =>
  v.looseObject({
    thread: ThreadSchema,
  })
);

/** Validates {@link T.ThreadUnarchivedNotification}. */
export const ThreadUnarchivedNotificationSchema: v.GenericSchema<T.ThreadUnarchivedNotification> =
  built(() =>
    v.looseObject({
      threadId: v.string(),
    })
  );

/** Validates {@link T.ThreadUnreadPosition}. */
export const ThreadUnreadPositionSchema: v.GenericSchema<T.ThreadUnreadPosition> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["threadStart"]),
    }),
    v.looseObject({
      type: v.picklist(["turn"]),
      turnId: v.string(),
    }),
  ])
);

/** Validates {@link T.ThreadUnsubscribeParams}. */
export const ThreadUnsubscribeParamsSchema: v.GenericSchema<T.ThreadUnsubscribeParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadUnsubscribeResponse}. */
export const ThreadUnsubscribeResponseSchema: v.GenericSchema<T.ThreadUnsubscribeResponse> = built(
  () =>
    v.looseObject({
      status: ThreadUnsubscribeStatusSchema,
    }),
);

/** Validates {@link T.ThreadUnsubscribeStatus}. */
export const ThreadUnsubscribeStatusSchema: v.GenericSchema<T.ThreadUnsubscribeStatus> = built(() =>
  v.picklist(["notLoaded", "notSubscribed", "unsubscribed"])
);

/** Validates {@link T.ThreadUsage}. */
export const ThreadUsageSchema: v.GenericSchema<T.ThreadUsage> = built(() =>
  v.looseObject({
    estimatedUsageCreditsMicros: v.pipe(v.number(), v.integer()),
    estimatedUsageUsdMicros: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    groups: v.array(ThreadUsageBreakdownGroupSchema),
    nativeUsageUsdMicros: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    threadId: v.string(),
  })
);

/** Validates {@link T.ThreadUsageBreakdownGroup}. */
export const ThreadUsageBreakdownGroupSchema: v.GenericSchema<T.ThreadUsageBreakdownGroup> = built(
  () =>
    v.looseObject({
      cachedInputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      estimatedUsageCreditsMicros: v.pipe(v.number(), v.integer()),
      inputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      model: v.optional(v.nullable(v.string())),
      netNewInputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      outputTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      reasoningEffort: v.optional(v.nullable(v.string())),
      speed: v.optional(v.nullable(v.string())),
      totalTokens: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    }),
);

/** Validates {@link T.TokenUsageBreakdown}. */
export const TokenUsageBreakdownSchema: v.GenericSchema<T.TokenUsageBreakdown> = built(() =>
  v.looseObject({
    cacheWriteInputTokens: v.optional(v.pipe(v.number(), v.integer())),
    cachedInputTokens: v.pipe(v.number(), v.integer()),
    inputTokens: v.pipe(v.number(), v.integer()),
    outputTokens: v.pipe(v.number(), v.integer()),
    reasoningOutputTokens: v.pipe(v.number(), v.integer()),
    totalTokens: v.pipe(v.number(), v.integer()),
  })
);

/** Validates {@link T.Tool}. */
export const ToolSchema: v.GenericSchema<T.Tool> = built(() =>
  v.looseObject({
    _meta: v.optional(v.unknown()),
    annotations: v.optional(v.unknown()),
    description: v.optional(v.nullable(v.string())),
    icons: v.optional(v.nullable(v.array(v.unknown()))),
    inputSchema: v.unknown(),
    name: v.string(),
    outputSchema: v.optional(v.unknown()),
    title: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.ToolExposureSurface}. */
export const ToolExposureSurfaceSchema: v.GenericSchema<T.ToolExposureSurface> = built(() =>
  v.picklist(["code_mode", "deferred", "direct"])
);

/** Validates {@link T.ToolRequestUserInputAnswer}. */
export const ToolRequestUserInputAnswerSchema: v.GenericSchema<T.ToolRequestUserInputAnswer> =
  built(() =>
    v.looseObject({
      answers: v.array(v.string()),
    })
  );

/** Validates {@link T.ToolRequestUserInputOption}. */
export const ToolRequestUserInputOptionSchema: v.GenericSchema<T.ToolRequestUserInputOption> =
  built(() =>
    v.looseObject({
      description: v.string(),
      label: v.string(),
    })
  );

/** Validates {@link T.ToolRequestUserInputParams}. */
export const ToolRequestUserInputParamsSchema: v.GenericSchema<T.ToolRequestUserInputParams> =
  built(() =>
    v.looseObject({
      autoResolutionMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
      isBlocking: v.boolean(),
      itemId: v.string(),
      questions: v.array(ToolRequestUserInputQuestionSchema),
      threadId: v.string(),
      turnId: v.string(),
    })
  );

/** Validates {@link T.ToolRequestUserInputQuestion}. */
export const ToolRequestUserInputQuestionSchema: v.GenericSchema<T.ToolRequestUserInputQuestion> =
  built(() =>
    v.looseObject({
      header: v.string(),
      id: v.string(),
      isOther: v.optional(v.boolean()),
      isSecret: v.optional(v.boolean()),
      options: v.optional(v.nullable(v.array(ToolRequestUserInputOptionSchema))),
      question: v.string(),
    })
  );

/** Validates {@link T.ToolRequestUserInputResponse}. */
export const ToolRequestUserInputResponseSchema: v.GenericSchema<T.ToolRequestUserInputResponse> =
  built(() =>
    v.looseObject({
      answers: v.record(v.string(), ToolRequestUserInputAnswerSchema),
    })
  );

/** Validates {@link T.ToolsV2}. */
export const ToolsV2Schema: v.GenericSchema<T.ToolsV2> = built(() =>
  v.looseObject({
    web_search: v.optional(v.nullable(WebSearchToolConfigSchema)),
  })
);

/** Validates {@link T.TrustedContacts}. */
export const TrustedContactsSchema: v.GenericSchema<T.TrustedContacts> = built(() =>
  v.picklist(["check", "skip"])
);

/** Validates {@link T.Turn}. */
export const TurnSchema: v.GenericSchema<T.Turn> = built(() =>
  v.looseObject({
    completedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    durationMs: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    error: v.optional(v.nullable(TurnErrorSchema)),
    id: v.string(),
    items: v.array(ThreadItemSchema),
    itemsView: v.optional(TurnItemsViewSchema),
    rootTurnId: v.optional(v.nullable(v.string())),
    startedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    status: TurnStatusSchema,
  })
);

/** Validates {@link T.TurnCompletedNotification}. */
export const TurnCompletedNotificationSchema: v.GenericSchema<T.TurnCompletedNotification> = built(
  () =>
    v.looseObject({
      threadId: v.string(),
      turn: TurnSchema,
    }),
);

/** Validates {@link T.TurnDiffUpdatedNotification}. */
export const TurnDiffUpdatedNotificationSchema: v.GenericSchema<T.TurnDiffUpdatedNotification> =
  built(() =>
    v.looseObject({
      diff: v.string(),
      threadId: v.string(),
      turnId: v.string(),
    })
  );

/** Validates {@link T.TurnEnvironmentParams}. */
export const TurnEnvironmentParamsSchema: v.GenericSchema<T.TurnEnvironmentParams> = built(() =>
  v.looseObject({
    cwd: LegacyAppPathStringSchema,
    environmentId: v.string(),
    runtimeWorkspaceRoots: v.optional(v.nullable(v.array(LegacyAppPathStringSchema))),
  })
);

/** Validates {@link T.TurnError}. */
export const TurnErrorSchema: v.GenericSchema<T.TurnError> = built(() =>
  v.looseObject({
    additionalDetails: v.optional(v.nullable(v.string())),
    codexErrorInfo: v.optional(v.nullable(CodexErrorInfoSchema)),
    message: v.string(),
    misalignment: v.optional(v.nullable(MisalignmentErrorDetailsSchema)),
  })
);

/** Validates {@link T.TurnInterruptParams}. */
export const TurnInterruptParamsSchema: v.GenericSchema<T.TurnInterruptParams> = built(() =>
  v.looseObject({
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.TurnInterruptResponse}. */
export const TurnInterruptResponseSchema: v.GenericSchema<T.TurnInterruptResponse> = built(() =>
  v.looseObject({})
);

/** Validates {@link T.TurnItemsView}. */
export const TurnItemsViewSchema: v.GenericSchema<T.TurnItemsView> = built(() =>
  v.picklist(["notLoaded", "summary", "full"])
);

/** Validates {@link T.TurnModerationMetadataNotification}. */
export const TurnModerationMetadataNotificationSchema: v.GenericSchema<
  T.TurnModerationMetadataNotification
> = built(() =>
  v.looseObject({
    metadata: v.unknown(),
    threadId: v.string(),
    turnId: v.string(),
  })
);

/** Validates {@link T.TurnPlanStep}. */
export const TurnPlanStepSchema: v.GenericSchema<T.TurnPlanStep> = built(() =>
  v.looseObject({
    status: TurnPlanStepStatusSchema,
    step: v.string(),
  })
);

/** Validates {@link T.TurnPlanStepStatus}. */
export const TurnPlanStepStatusSchema: v.GenericSchema<T.TurnPlanStepStatus> = built(() =>
  v.picklist(["pending", "inProgress", "completed"])
);

/** Validates {@link T.TurnPlanUpdatedNotification}. */
export const TurnPlanUpdatedNotificationSchema: v.GenericSchema<T.TurnPlanUpdatedNotification> =
  built(() =>
    v.looseObject({
      explanation: v.optional(v.nullable(v.string())),
      plan: v.array(TurnPlanStepSchema),
      threadId: v.string(),
      turnId: v.string(),
    })
  );

/** Validates {@link T.TurnStartParams}. */
export const TurnStartParamsSchema: v.GenericSchema<T.TurnStartParams> = built(() =>
  v.looseObject({
    approvalPolicy: v.optional(v.nullable(AskForApprovalSchema)),
    approvalsReviewer: v.optional(v.nullable(ApprovalsReviewerSchema)),
    clientUserMessageId: v.optional(v.nullable(v.string())),
    cwd: v.optional(v.nullable(v.string())),
    disabledPluginIds: v.optional(v.nullable(v.array(v.string()))),
    effort: v.optional(v.nullable(ReasoningEffortSchema)),
    input: v.array(UserInputSchema),
    model: v.optional(v.nullable(v.string())),
    outputSchema: v.optional(v.unknown()),
    parentTurnId: v.optional(v.nullable(v.string())),
    personality: v.optional(v.nullable(PersonalitySchema)),
    rootTurnId: v.optional(v.nullable(v.string())),
    sandboxPolicy: v.optional(v.nullable(SandboxPolicySchema)),
    serviceTier: v.optional(v.nullable(v.string())),
    serviceTierForTurn: v.optional(v.nullable(v.string())),
    summary: v.optional(v.nullable(ReasoningSummarySchema)),
    threadId: v.string(),
    toolOutput: v.optional(v.nullable(TurnToolOutputSchema)),
    turnTrigger: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.TurnStartResponse}. */
export const TurnStartResponseSchema: v.GenericSchema<T.TurnStartResponse> = built(() =>
  v.looseObject({
    turn: TurnSchema,
  })
);

/** Validates {@link T.TurnStartedNotification}. */
export const TurnStartedNotificationSchema: v.GenericSchema<T.TurnStartedNotification> = built(() =>
  v.looseObject({
    threadId: v.string(),
    turn: TurnSchema,
  })
);

/** Validates {@link T.TurnStatus}. */
export const TurnStatusSchema: v.GenericSchema<T.TurnStatus> = built(() =>
  v.picklist(["completed", "interrupted", "failed", "inProgress"])
);

/** Validates {@link T.TurnSteerParams}. */
export const TurnSteerParamsSchema: v.GenericSchema<T.TurnSteerParams> = built(() =>
  v.looseObject({
    clientUserMessageId: v.optional(v.nullable(v.string())),
    expectedTurnId: v.string(),
    input: v.array(UserInputSchema),
    threadId: v.string(),
  })
);

/** Validates {@link T.TurnSteerResponse}. */
export const TurnSteerResponseSchema: v.GenericSchema<T.TurnSteerResponse> = built(() =>
  v.looseObject({
    turnId: v.string(),
  })
);

/** Validates {@link T.TurnToolOutput}. */
export const TurnToolOutputSchema: v.GenericSchema<T.TurnToolOutput> = built(() =>
  v.looseObject({
    name: v.string(),
    namespace: v.optional(v.nullable(v.string())),
    output: FunctionCallOutputBodySchema,
    retain: v.optional(v.boolean()),
  })
);

/** Validates {@link T.TurnsPage}. */
export const TurnsPageSchema: v.GenericSchema<T.TurnsPage> = built(() =>
  v.looseObject({
    backwardsCursor: v.optional(v.nullable(v.string())),
    data: v.array(TurnSchema),
    nextCursor: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.UserInput}. */
export const UserInputSchema: v.GenericSchema<T.UserInput> = built(() =>
  v.variant("type", [
    v.looseObject({
      type: v.picklist(["text"]),
      text: v.string(),
      text_elements: v.optional(v.array(TextElementSchema)),
    }),
    v.looseObject({
      type: v.picklist(["image"]),
      detail: v.optional(v.nullable(ImageDetailSchema)),
      url: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["image"]),
      detail: v.optional(v.nullable(ImageDetailSchema)),
      fileId: v.string(),
    }),
    v.looseObject({
      type: v.picklist(["localImage"]),
      detail: v.optional(v.nullable(ImageDetailSchema)),
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
  ])
);

/** Validates {@link T.Verbosity}. */
export const VerbositySchema: v.GenericSchema<T.Verbosity> = built(() =>
  v.picklist(["low", "medium", "high"])
);

/** Validates {@link T.W3cTraceContext}. */
export const W3cTraceContextSchema: v.GenericSchema<T.W3cTraceContext> = built(() =>
  v.looseObject({
    traceparent: v.optional(v.nullable(v.string())),
    tracestate: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.WarningNotification}. */
export const WarningNotificationSchema: v.GenericSchema<T.WarningNotification> = built(() =>
  v.looseObject({
    message: v.string(),
    threadId: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.WebSearchAction}. */
export const WebSearchActionSchema: v.GenericSchema<T.WebSearchAction> = built(() =>
  v.variant("type", [
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
  ])
);

/** Validates {@link T.WebSearchContextSize}. */
export const WebSearchContextSizeSchema: v.GenericSchema<T.WebSearchContextSize> = built(() =>
  v.picklist(["low", "medium", "high"])
);

/** Validates {@link T.WebSearchLocation}. */
export const WebSearchLocationSchema: v.GenericSchema<T.WebSearchLocation> = built(() =>
  v.looseObject({
    city: v.optional(v.nullable(v.string())),
    country: v.optional(v.nullable(v.string())),
    region: v.optional(v.nullable(v.string())),
    timezone: v.optional(v.nullable(v.string())),
  })
);

/** Validates {@link T.WebSearchMode}. */
export const WebSearchModeSchema: v.GenericSchema<T.WebSearchMode> = built(() =>
  v.picklist(["disabled", "cached", "indexed", "live"])
);

/** Validates {@link T.WebSearchProvider}. */
export const WebSearchProviderSchema: v.GenericSchema<T.WebSearchProvider> = built(() =>
  v.picklist(["standalone", "search_mcp"])
);

/** Validates {@link T.WebSearchToolConfig}. */
export const WebSearchToolConfigSchema: v.GenericSchema<T.WebSearchToolConfig> = built(() =>
  v.looseObject({
    allowed_domains: v.optional(v.nullable(v.array(v.string()))),
    context_size: v.optional(v.nullable(WebSearchContextSizeSchema)),
    location: v.optional(v.nullable(WebSearchLocationSchema)),
  })
);

/** Validates {@link T.WindowsSandboxImplementation}. */
export const WindowsSandboxImplementationSchema: v.GenericSchema<T.WindowsSandboxImplementation> =
  built(() => v.picklist(["elevated", "unelevated", "mxc"]));

/** Validates {@link T.WindowsSandboxReadiness}. */
export const WindowsSandboxReadinessSchema: v.GenericSchema<T.WindowsSandboxReadiness> = built(() =>
  v.picklist(["ready", "notConfigured", "updateRequired"])
);

/** Validates {@link T.WindowsSandboxReadinessResponse}. */
export const WindowsSandboxReadinessResponseSchema: v.GenericSchema<
  T.WindowsSandboxReadinessResponse
> = built(() =>
  v.looseObject({
    status: WindowsSandboxReadinessSchema,
  })
);

/** Validates {@link T.WindowsSandboxSetupCompletedNotification}. */
export const WindowsSandboxSetupCompletedNotificationSchema: v.GenericSchema<
  T.WindowsSandboxSetupCompletedNotification
> = built(() =>
  v.looseObject({
    error: v.optional(v.nullable(v.string())),
    mode: WindowsSandboxSetupModeSchema,
    success: v.boolean(),
  })
);

/** Validates {@link T.WindowsSandboxSetupMode}. */
export const WindowsSandboxSetupModeSchema: v.GenericSchema<T.WindowsSandboxSetupMode> = built(() =>
  v.picklist(["elevated", "unelevated"])
);

/** Validates {@link T.WindowsSandboxSetupStartParams}. */
export const WindowsSandboxSetupStartParamsSchema: v.GenericSchema<
  T.WindowsSandboxSetupStartParams
> = built(() =>
  v.looseObject({
    cwd: v.optional(v.nullable(AbsolutePathBufSchema)),
    mode: WindowsSandboxSetupModeSchema,
  })
);

/** Validates {@link T.WindowsSandboxSetupStartResponse}. */
export const WindowsSandboxSetupStartResponseSchema: v.GenericSchema<
  T.WindowsSandboxSetupStartResponse
> = built(() =>
  v.looseObject({
    started: v.boolean(),
  })
);

/** Validates {@link T.WindowsWorldWritableWarningNotification}. */
export const WindowsWorldWritableWarningNotificationSchema: v.GenericSchema<
  T.WindowsWorldWritableWarningNotification
> = built(() =>
  v.looseObject({
    extraCount: v.pipe(v.number(), v.integer()),
    failedScan: v.boolean(),
    samplePaths: v.array(v.string()),
  })
);

/** Validates {@link T.WorkspaceMessage}. */
export const WorkspaceMessageSchema: v.GenericSchema<T.WorkspaceMessage> = built(() =>
  v.looseObject({
    archivedAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    createdAt: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
    messageBody: v.string(),
    messageId: v.string(),
    messageType: WorkspaceMessageTypeSchema,
  })
);

/** Validates {@link T.WorkspaceMessageType}. */
export const WorkspaceMessageTypeSchema: v.GenericSchema<T.WorkspaceMessageType> = built(() =>
  v.picklist(["headline", "announcement", "unknown"])
);

/** Validates {@link T.WorkspaceRouting}. */
export const WorkspaceRoutingSchema: v.GenericSchema<T.WorkspaceRouting> = built(() =>
  v.looseObject({
    accountRoutingOverride: AccountRoutingOverrideSchema,
    backendOrigin: v.string(),
    chatgptAccountId: v.string(),
  })
);

/** Validates {@link T.WriteStatus}. */
export const WriteStatusSchema: v.GenericSchema<T.WriteStatus> = built(() =>
  v.picklist(["ok", "okOverridden"])
);
