import { CodexNotFoundError } from "./errors.ts";
import {
  getEnv,
  hostPlatform,
  isExecutableFile,
  joinPath,
  packageDir,
  whichOnPath,
} from "./transport/host.ts";

const TARGETS: Record<string, string> = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "android-x64": "x86_64-unknown-linux-musl",
  "android-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
  "win32-arm64": "aarch64-pc-windows-msvc",
};

/**
 * The native binary shipped by the `@openai/codex` npm package for this platform, or
 * undefined when the package (or its platform package) is not installed.
 *
 * @example
 * ```ts
 * import { bundledCodexPath } from "codex-app-server/protocol";
 * console.log(bundledCodexPath() ?? "no bundled codex");
 * ```
 */
export function bundledCodexPath(): string | undefined {
  const { platform, arch } = hostPlatform();
  const key = `${platform === "android" ? "linux" : platform}-${arch}`;
  const triple = TARGETS[`${platform}-${arch}`];
  if (!triple) return undefined;
  const exe = platform === "win32" ? "codex.exe" : "codex";
  // The platform package is a dependency of @openai/codex, so resolve it from there.
  const main = packageDir("@openai/codex", import.meta.url);
  const roots = [
    packageDir(`@openai/codex-${key}`, import.meta.url),
    main ? packageDir(`@openai/codex-${key}`, joinPath(main, "package.json")) : undefined,
    main,
  ];
  for (const root of roots) {
    if (!root) continue;
    const candidate = joinPath(root, "vendor", triple, "bin", exe);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** The host lookups {@link findCodex} uses; replaceable in tests. */
export interface CodexLookups {
  /** Reads an environment variable. */
  env: (name: string) => string | undefined;
  /** True when the path is an executable file. */
  isExecutable: (path: string) => boolean;
  /** The binary of the installed `@openai/codex` package, if any. */
  bundled: () => string | undefined;
  /** Finds a command on PATH. */
  onPath: (name: string) => string | undefined;
  /** The host's platform and CPU. */
  platform: () => { platform: string; arch: string };
}

const HOST_LOOKUPS: CodexLookups = {
  env: getEnv,
  isExecutable: isExecutableFile,
  bundled: bundledCodexPath,
  onPath: whichOnPath,
  platform: hostPlatform,
};

/**
 * Finds the codex executable: the `codexPath` option, then `$CODEX_PATH`, then the
 * `@openai/codex` package's native binary for this platform, then `codex` on PATH. Throws
 * {@link CodexNotFoundError} naming all four when none fits. An explicit `codexPath` or
 * `$CODEX_PATH` that is not executable is an error at once: falling back would silently
 * run another binary than the one asked for.
 *
 * @example
 * ```ts
 * import { findCodex } from "codex-app-server/protocol";
 * console.log(findCodex()); // e.g. /app/node_modules/@openai/codex-linux-x64/vendor/.../codex
 * ```
 */
export function findCodex(codexPath?: string, lookups: CodexLookups = HOST_LOOKUPS): string {
  const tried: string[] = [];
  if (codexPath !== undefined) {
    if (lookups.isExecutable(codexPath)) return codexPath;
    throw new CodexNotFoundError([`option codexPath: ${codexPath} is not an executable file`]);
  }
  tried.push("option codexPath: not given");
  const fromEnv = lookups.env("CODEX_PATH");
  if (fromEnv) {
    if (lookups.isExecutable(fromEnv)) return fromEnv;
    throw new CodexNotFoundError([
      ...tried,
      `$CODEX_PATH: ${fromEnv} is not an executable file`,
    ]);
  }
  tried.push("$CODEX_PATH: not set");
  const bundled = lookups.bundled();
  if (bundled) return bundled;
  const { platform, arch } = lookups.platform();
  tried.push(`@openai/codex package: no native binary installed for ${platform}-${arch}`);
  const onPath = lookups.onPath("codex");
  if (onPath) return onPath;
  tried.push("PATH: no executable named codex");
  throw new CodexNotFoundError(tried);
}
