// How the options of `@openai/codex-sdk` become app-server arguments and thread params.
// The official SDK passes them to `codex exec` as flags and `--config` overrides; here the
// process-wide ones go on the one app-server's command line and the per-thread ones into
// `thread/start` / `thread/resume`.
import type {
  ThreadResumeParams,
  ThreadStartParams,
  UserInput as WireInput,
} from "../../gen/types.ts";
import { toTomlValue } from "../config.ts";
import type { CodexConfigObject, Input } from "./types.ts";

/** Options of one thread, as the official SDK takes them. */
export interface CompatThreadOptions {
  model?: string;
  threadSource?: string;
  sandboxMode?: "read-only" | "workspace-write" | "danger-full-access";
  workingDirectory?: string;
  skipGitRepoCheck?: boolean;
  modelReasoningEffort?: string;
  networkAccessEnabled?: boolean;
  webSearchMode?: "disabled" | "cached" | "live";
  webSearchEnabled?: boolean;
  approvalPolicy?: "never" | "on-request" | "on-failure" | "untrusted";
  additionalDirectories?: string[];
}

/**
 * Flattens a config object into `key=<TOML value>` overrides with dotted keys, as the
 * official SDK does: nested plain objects become dotted paths, an empty nested object
 * becomes `{}`, `undefined` entries are skipped; arrays and scalars are TOML literals.
 */
export function flattenConfig(config: CodexConfigObject): string[] {
  if (!isPlainObject(config)) {
    throw new TypeError("Codex config overrides must be a plain object");
  }
  const out: string[] = [];
  const walk = (value: Record<string, unknown>, prefix: string): void => {
    const entries = Object.entries(value);
    if (prefix && entries.length === 0) {
      out.push(`${prefix}={}`);
      return;
    }
    for (const [key, child] of entries) {
      if (!key) throw new TypeError("Codex config override keys must be non-empty strings");
      if (child === undefined) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if (isPlainObject(child)) walk(child, path);
      else out.push(`${path}=${encode(child, path)}`);
    }
  };
  walk(config, "");
  return out;
}

function encode(value: unknown, path: string): string {
  if (value === null) throw new TypeError(`Codex config override at ${path} cannot be null`);
  try {
    return toTomlValue(value);
  } catch (error) {
    throw new TypeError(
      `Codex config override at ${path}: ${error instanceof Error ? error.message : error}`,
    );
  }
}

/**
 * The `--config` arguments of the shared app-server: `config` flattened, the raw
 * `configOverrides` unchanged after it, then `openai_base_url`; with an API key the
 * credentials store is ephemeral (first, so the user's config can still say otherwise).
 */
export function appServerConfigArgs(options: {
  config?: CodexConfigObject;
  configOverrides?: string[];
  baseUrl?: string;
  apiKey?: string;
}): string[] {
  const overrides = [
    ...(options.apiKey ? ['cli_auth_credentials_store="ephemeral"'] : []),
    ...(options.config ? flattenConfig(options.config) : []),
    ...(options.configOverrides ?? []),
    ...(options.baseUrl ? [`openai_base_url=${toTomlValue(options.baseUrl)}`] : []),
  ];
  return overrides.flatMap((override) => ["--config", override]);
}

/** The per-thread config overrides the official SDK passes as `--config`. */
function threadConfig(options: CompatThreadOptions): Record<string, unknown> | undefined {
  const config: Record<string, unknown> = {};
  if (options.modelReasoningEffort) config.model_reasoning_effort = options.modelReasoningEffort;
  if (options.networkAccessEnabled !== undefined) {
    config["sandbox_workspace_write.network_access"] = options.networkAccessEnabled;
  }
  if (options.webSearchMode) config.web_search = options.webSearchMode;
  else if (options.webSearchEnabled === true) config.web_search = "live";
  else if (options.webSearchEnabled === false) config.web_search = "disabled";
  // The app-server's approval policies no longer include "on-failure"; codex's config does.
  if (options.approvalPolicy === "on-failure") config.approval_policy = "on-failure";
  if (options.additionalDirectories?.length) {
    config["sandbox_workspace_write.writable_roots"] = [...options.additionalDirectories];
  }
  return Object.keys(config).length ? config : undefined;
}

/** `thread/start` params for a new thread. */
export function threadStartParams(options: CompatThreadOptions): ThreadStartParams {
  const config = threadConfig(options);
  return {
    ...(options.model ? { model: options.model } : {}),
    ...(options.sandboxMode ? { sandbox: options.sandboxMode } : {}),
    ...(options.workingDirectory ? { cwd: options.workingDirectory } : {}),
    ...(options.approvalPolicy && options.approvalPolicy !== "on-failure"
      ? { approvalPolicy: options.approvalPolicy }
      : {}),
    ...(options.threadSource !== undefined ? { threadSource: options.threadSource } : {}),
    ...(config ? { config } : {}),
  };
}

/** `thread/resume` params (without the id); the thread source only applies to new threads. */
export function threadResumeParams(
  options: CompatThreadOptions,
): Omit<ThreadResumeParams, "threadId"> {
  const { threadSource: _, ...params } = threadStartParams(options);
  return params;
}

/**
 * The official SDK's input: text parts joined with a blank line into one prompt, local
 * images sent as images (before the prompt, as `codex exec --image` does).
 */
export function toWireInput(input: Input): WireInput[] {
  if (typeof input === "string") return [{ type: "text", text: input }];
  if (!Array.isArray(input)) {
    throw new TypeError("input must be a string or an array of { type, ... } parts");
  }
  const texts: string[] = [];
  const images: WireInput[] = [];
  for (const part of input) {
    if (part?.type === "text") texts.push(part.text);
    else if (part?.type === "local_image") images.push({ type: "localImage", path: part.path });
  }
  return [...images, { type: "text", text: texts.join("\n\n") }];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
