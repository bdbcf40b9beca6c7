// The few facts about the host that code outside src/transport/ needs (environment,
// files, package locations). node: builtins work on Node, Deno and Bun alike, so one
// implementation serves all three.
import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join } from "node:path";
import process from "node:process";

/** Reads an environment variable of this process. */
export function getEnv(name: string): string | undefined {
  return process.env[name];
}

/** True when `path` is a regular file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The platform and CPU as Node names them ("linux", "x64", ...). */
export function hostPlatform(): { platform: string; arch: string } {
  return { platform: process.platform, arch: process.arch };
}

/** The folder of an installed package, resolved from a file URL or absolute path. */
export function packageDir(name: string, from: string): string | undefined {
  try {
    return dirname(createRequire(from).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
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

/** Joins path segments with the host's separator. */
export function joinPath(...parts: string[]): string {
  return join(...parts);
}
