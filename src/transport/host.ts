// The few facts about the host that code outside src/transport/ needs (environment,
// files, package locations). node: builtins work on Node, Deno and Bun alike, so one
// implementation serves all three.
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

/** Reads an environment variable of this process. */
export function getEnv(name: string): string | undefined {
  return process.env[name];
}

/**
 * True when `path` is a regular file with an execute bit (on Windows: any file). The mode
 * bits are read rather than `access(X_OK)` asked, which on Deno needs `--allow-sys`.
 */
export function isExecutableFile(path: string): boolean {
  try {
    const info = statSync(path);
    if (!info.isFile()) return false;
    return process.platform === "win32" || (info.mode & 0o111) !== 0;
  } catch (error) {
    rethrowPermissionError(error);
    return false;
  }
}

/** The platform and CPU as Node names them ("linux", "x64", ...). */
export function hostPlatform(): { platform: string; arch: string } {
  return { platform: process.platform, arch: process.arch };
}

/**
 * The folder of an installed package, resolved from a file URL or absolute path (default:
 * this module, which fails, giving undefined, when it was loaded from a remote URL).
 */
export function packageDir(name: string, from: string = import.meta.url): string | undefined {
  try {
    return dirname(createRequire(from).resolve(`${name}/package.json`));
  } catch (error) {
    rethrowPermissionError(error);
    return undefined;
  }
}

/**
 * Deno only: the folder of the `@openai/codex` package as Deno's npm resolution placed it
 * (its npm cache, or node_modules), found through this package's import map. This is what
 * works when the SDK is a remote module (JSR, or imported by URL), where `createRequire`
 * cannot resolve anything. Undefined elsewhere, or when Deno has not downloaded it.
 */
export function denoCodexPackageDir(): string | undefined {
  if ((globalThis as { Deno?: unknown }).Deno === undefined) return undefined;
  let url: string;
  try {
    url = import.meta.resolve("@openai/codex/package.json");
  } catch {
    return undefined;
  }
  return url.startsWith("file:") ? dirname(fileURLToPath(url)) : undefined;
}

/**
 * Never called. Its literal import puts the pinned `@openai/codex` (from deno.json's
 * imports) into Deno's module graph, so that Deno downloads it, and the platform package
 * it depends on, together with this module; {@link denoCodexPackageDir} then finds it.
 */
export function denoCodexGraphAnchor(): Promise<unknown> {
  return import("@openai/codex/package.json", { with: { type: "json" } });
}

/**
 * Deno throws `NotCapable` when a permission flag is missing; a lookup must not turn that
 * into "not found", since Deno's message names the flag to add.
 */
function rethrowPermissionError(error: unknown): void {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "NotCapable" || name === "PermissionDenied") throw error;
}

/** Finds `name` on PATH, like `which`. */
export function whichOnPath(name: string): string | undefined {
  const exts = process.platform === "win32" ? [".exe", ".cmd", ""] : [""];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The root of the git repository that `dir` (relative to this process's working directory)
 * is in, found as git does: the nearest folder upwards holding a `.git` entry (a folder, or
 * a file in worktrees and submodules); undefined outside any repository.
 */
export function findGitRoot(dir: string): string | undefined {
  let current = resolve(dir);
  while (true) {
    try {
      if (existsSync(join(current, ".git"))) return current;
    } catch (error) {
      rethrowPermissionError(error);
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
