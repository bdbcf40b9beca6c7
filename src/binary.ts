import { configArgs } from "./config.ts";
import { CodexNotFoundError } from "./errors.ts";
import {
  denoCodexPackageDir,
  getEnv,
  hostPlatform,
  isExecutableFile,
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
 * What {@link bundledCodexPath} asks of the host; replaceable in tests, e.g. to model
 * another platform.
 *
 * @example
 * ```ts
 * import { bundledCodexPath, type PackageLookups } from "codex-app-server/protocol";
 * const windows: PackageLookups = {
 *   platform: () => ({ platform: "win32", arch: "x64" }),
 *   packageDir: (name) => name === "@openai/codex-win32-x64" ? "C:\\app\\pkg" : undefined,
 *   denoPackageDir: () => undefined,
 *   isExecutable: (path) => path.endsWith("codex.exe"),
 * };
 * console.log(bundledCodexPath(windows)); // C:\app\pkg\vendor\x86_64-pc-windows-msvc\bin\codex.exe
 * ```
 */
export interface PackageLookups {
  /** The host's platform and CPU, as Node names them (`"win32"`, `"x64"`, ...). */
  platform: () => { platform: string; arch: string };
  /**
   * The folder of an installed npm package, resolved from `from` (a file path or URL;
   * default: the SDK itself), or undefined when it is not installed there.
   */
  packageDir: (name: string, from?: string) => string | undefined;
  /**
   * Deno only: the folder of `@openai/codex` as Deno's npm resolution placed it (how a
   * remote module, as from JSR, finds it); undefined elsewhere.
   */
  denoPackageDir: () => string | undefined;
  /** True when the path is an executable file. */
  isExecutable: (path: string) => boolean;
}

const HOST_PACKAGES: PackageLookups = {
  platform: hostPlatform,
  packageDir,
  denoPackageDir: denoCodexPackageDir,
  isExecutable: isExecutableFile,
};

/** Joins path segments with the separator of `platform` (the host's, or one modelled). */
function joinFor(platform: string, ...parts: string[]): string {
  const sep = platform === "win32" ? "\\" : "/";
  return parts
    .map((
      part,
      i,
    ) => (i === 0 ? part.replace(/[\\/]+$/, "") : part.replace(/^[\\/]+|[\\/]+$/g, "")))
    .join(sep);
}

/** The folder a path is in, for either separator. */
function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
}

/** True for the npm command shims Windows gets instead of a native executable. */
function isShim(path: string): boolean {
  return /\.(?:cmd|bat|ps1)$/i.test(path);
}

/** The platform package's name suffix, target triple and executable name, if supported. */
function target(lookups: PackageLookups): { key: string; triple: string; exe: string } | undefined {
  const { platform, arch } = lookups.platform();
  const triple = TARGETS[`${platform}-${arch}`];
  if (!triple) return undefined;
  const key = `${platform === "android" ? "linux" : platform}-${arch}`;
  return { key, triple, exe: platform === "win32" ? "codex.exe" : "codex" };
}

/** The first package folder among `roots` that holds the native binary. */
function binaryIn(roots: (string | undefined)[], lookups: PackageLookups): string | undefined {
  const t = target(lookups);
  if (!t) return undefined;
  const { platform } = lookups.platform();
  for (const root of roots) {
    if (!root) continue;
    const candidate = joinFor(platform, root, "vendor", t.triple, "bin", t.exe);
    if (lookups.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The native binary of an installed `@openai/codex` whose folder is `main`: in the platform
 * package it depends on, or in its own vendor folder (older releases).
 */
function nativeBinaryOf(main: string | undefined, lookups: PackageLookups): string | undefined {
  const t = target(lookups);
  if (!main || !t) return undefined;
  const manifest = joinFor(lookups.platform().platform, main, "package.json");
  return binaryIn([lookups.packageDir(`@openai/codex-${t.key}`, manifest), main], lookups);
}

/**
 * The native binary shipped by the `@openai/codex` npm package for this platform, or
 * undefined when the package (or its platform package) is not installed. On Windows this
 * is `codex.exe` from `@openai/codex-win32-x64` / `-arm64`, never an npm `.cmd` shim. On
 * Deno it is found through Deno's npm resolution too, so the SDK loaded as a remote module
 * (from JSR) finds the `@openai/codex` it depends on.
 *
 * @example
 * ```ts
 * import { bundledCodexPath } from "codex-app-server/protocol";
 * console.log(bundledCodexPath() ?? "no bundled codex");
 * ```
 */
export function bundledCodexPath(lookups: PackageLookups = HOST_PACKAGES): string | undefined {
  const t = target(lookups);
  if (!t) return undefined;
  // The platform package installed next to the SDK (hoisted), then the one @openai/codex
  // depends on, then what Deno's npm resolution has.
  return binaryIn([lookups.packageDir(`@openai/codex-${t.key}`)], lookups) ??
    nativeBinaryOf(lookups.packageDir("@openai/codex"), lookups) ??
    nativeBinaryOf(lookups.denoPackageDir(), lookups);
}

/**
 * The native `codex.exe` an npm shim (`codex.cmd` in npm's global folder) would run: the
 * `@openai/codex` package in the `node_modules` beside the shim.
 */
function shimTarget(shim: string, lookups: PackageLookups): string | undefined {
  const { platform } = lookups.platform();
  const main = joinFor(platform, parentOf(shim), "node_modules", "@openai", "codex");
  return nativeBinaryOf(main, lookups);
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
  /**
   * The folder of an installed npm package, resolved from `from`; used to find the native
   * `codex.exe` behind a Windows `.cmd` shim. Default: the host's resolution.
   */
  packageDir?: (name: string, from?: string) => string | undefined;
}

const HOST_LOOKUPS: CodexLookups = {
  env: getEnv,
  isExecutable: isExecutableFile,
  bundled: bundledCodexPath,
  onPath: whichOnPath,
  platform: hostPlatform,
  packageDir,
};

const SHIM_HELP = "npm's .cmd shims cannot be spawned without a shell; " +
  "pass the native codex.exe (…\\node_modules\\@openai\\codex-win32-x64\\vendor\\" +
  "x86_64-pc-windows-msvc\\bin\\codex.exe) as codexPath or $CODEX_PATH";

/**
 * Finds the codex executable: the `codexPath` option, then `$CODEX_PATH`, then the
 * `@openai/codex` package's native binary for this platform, then `codex` on PATH. Throws
 * {@link CodexNotFoundError} naming all four when none fits. An explicit `codexPath` or
 * `$CODEX_PATH` that is not executable is an error at once: falling back would silently
 * run another binary than the one asked for.
 *
 * On Windows a `.cmd` / `.bat` npm shim (what `npm install -g @openai/codex` puts on PATH)
 * is never returned, since it cannot be spawned without a shell: it is replaced by the native
 * `codex.exe` it would run (from the `@openai/codex` package beside it), and skipped when
 * there is none.
 *
 * @example
 * ```ts
 * import { findCodex } from "codex-app-server/protocol";
 * console.log(findCodex()); // e.g. /app/node_modules/@openai/codex-linux-x64/vendor/.../codex
 * ```
 */
export function findCodex(codexPath?: string, lookups: CodexLookups = HOST_LOOKUPS): string {
  const packages: PackageLookups = {
    platform: lookups.platform,
    packageDir: lookups.packageDir ?? packageDir,
    denoPackageDir: () => undefined,
    isExecutable: lookups.isExecutable,
  };
  const windows = lookups.platform().platform === "win32";
  /** The path itself, or for a Windows shim the native binary behind it, or an error. */
  const native = (path: string): string | { error: string } => {
    if (!windows || !isShim(path)) return path;
    return shimTarget(path, packages) ??
      { error: `${path} is an npm shim with no native codex.exe beside it (${SHIM_HELP})` };
  };
  const tried: string[] = [];
  if (codexPath !== undefined) {
    if (!lookups.isExecutable(codexPath)) {
      throw new CodexNotFoundError([`option codexPath: ${codexPath} is not an executable file`]);
    }
    const found = native(codexPath);
    if (typeof found === "string") return found;
    throw new CodexNotFoundError([`option codexPath: ${found.error}`]);
  }
  tried.push("option codexPath: not given");
  const fromEnv = lookups.env("CODEX_PATH");
  if (fromEnv) {
    if (!lookups.isExecutable(fromEnv)) {
      throw new CodexNotFoundError([
        ...tried,
        `$CODEX_PATH: ${fromEnv} is not an executable file`,
      ]);
    }
    const found = native(fromEnv);
    if (typeof found === "string") return found;
    throw new CodexNotFoundError([...tried, `$CODEX_PATH: ${found.error}`]);
  }
  tried.push("$CODEX_PATH: not set");
  const bundled = lookups.bundled();
  if (bundled) return bundled;
  const { platform, arch } = lookups.platform();
  tried.push(`@openai/codex package: no native binary installed for ${platform}-${arch}`);
  const onPath = lookups.onPath("codex");
  if (onPath) {
    const found = native(onPath);
    if (typeof found === "string") return found;
    tried.push(`PATH: ${found.error}`);
  } else {
    tried.push("PATH: no executable named codex");
  }
  throw new CodexNotFoundError(tried);
}

/**
 * The command and arguments that start `codex app-server` on stdio: `codex [--config
 * key=value]... app-server --listen stdio://` (see {@link configArgs}). They are spawned
 * as they are, without a shell, so nothing is quoted or expanded; on Windows a `.cmd` /
 * `.bat` shim is refused with {@link CodexNotFoundError}, since running one needs a shell,
 * which would re-parse the arguments (TOML strings carry quotes).
 *
 * @example
 * ```ts
 * import { appServerCommand } from "codex-app-server/protocol";
 * const { command, args } = appServerCommand("/usr/local/bin/codex", { model: "o3" });
 * console.log(command); // /usr/local/bin/codex
 * console.log(args.join(" ")); // --config model="o3" app-server --listen stdio://
 * ```
 */
export function appServerCommand(
  codex: string,
  config: Record<string, unknown> = {},
  platform: string = hostPlatform().platform,
): { command: string; args: string[] } {
  if (platform === "win32" && isShim(codex)) {
    throw new CodexNotFoundError([`${codex}: ${SHIM_HELP}`]);
  }
  return { command: codex, args: [...configArgs(config), "app-server", "--listen", "stdio://"] };
}
