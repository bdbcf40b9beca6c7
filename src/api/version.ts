// The app-server's version as its `initialize` answer states it, and how it compares with the
// version the SDK was generated from.
import { CODEX_VERSION } from "../../gen/version.ts";

/**
 * What {@link CodexOptions.onVersionMismatch} receives when the app-server is another
 * version than the one this SDK was generated from.
 *
 * @example
 * ```ts
 * import type { CodexVersionMismatch } from "codex-app-server";
 * const report = (info: CodexVersionMismatch): void => console.warn(info.message);
 * ```
 */
export interface CodexVersionMismatch {
  /** The app-server's version, read from the `userAgent` of its `initialize` answer. */
  readonly serverVersion: string;
  /** The version this SDK was generated from ({@link CODEX_VERSION}). */
  readonly sdkVersion: string;
  /**
   * `"newer"`: the server may send events and fields this SDK does not know (lenient
   * validation passes them through); `"older"`: methods and fields this SDK knows may be
   * missing on the server.
   */
  readonly relation: "newer" | "older";
  /** One sentence saying all of the above, for a log. */
  readonly message: string;
}

// "codex_app_server/0.171.0 (Debian 12.0.0; x86_64) …": the client name, a slash, the version.
const USER_AGENT_VERSION = /^[^/\s]+\/(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:[\s(]|$)/;

/** The version in an app-server `userAgent`, or undefined when it states none. */
export function serverVersionOf(userAgent: string): string | undefined {
  return USER_AGENT_VERSION.exec(userAgent)?.[1];
}

/** Orders two `major.minor.patch[-pre]` versions: negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const split = (v: string): [number[], string | undefined] => {
    const dash = v.indexOf("-");
    const core = (dash === -1 ? v : v.slice(0, dash)).split(".").map(Number);
    return [core, dash === -1 ? undefined : v.slice(dash + 1)];
  };
  const [ca, pa] = split(a);
  const [cb, pb] = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (ca[i] ?? 0) - (cb[i] ?? 0);
    if (d !== 0) return d;
  }
  // A pre-release comes before its release.
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  return pa.localeCompare(pb, "en", { numeric: true });
}

/** The mismatch report for a server of `serverVersion`, or undefined when it is the SDK's. */
export function versionMismatch(
  serverVersion: string,
  sdkVersion: string = CODEX_VERSION,
): CodexVersionMismatch | undefined {
  const order = compareVersions(serverVersion, sdkVersion);
  if (order === 0) return undefined;
  const relation = order > 0 ? "newer" : "older";
  const message = relation === "newer"
    ? `codex app-server ${serverVersion} is newer than ${sdkVersion}, which this SDK was ` +
      "generated from: it may send events and fields the SDK does not know (lenient " +
      "validation passes them through)"
    : `codex app-server ${serverVersion} is older than ${sdkVersion}, which this SDK was ` +
      "generated from: some methods and fields may be missing on the server";
  return { serverVersion, sdkVersion, relation, message };
}
