/**
 * Generates gen/ (and gen/experimental/) from the pinned codex binary's JSON schema.
 *
 * ```sh
 * tsx scripts/generate.ts                 # write gen/
 * tsx scripts/generate.ts --check         # exit 1 if gen/ differs from a fresh generation
 * tsx scripts/generate.ts --codex <path>  # use that binary (else $CODEX_PATH, else node_modules)
 * ```
 *
 * Runs on Node (tsx), Deno and Bun. Nothing in gen/ changes unless every file of both
 * sets was generated and formatted.
 *
 * @module
 */

import { execFile } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import {
  emitMethods,
  emitRouting,
  emitSchemas,
  emitTypes,
  emitVersion,
  overlayOf,
} from "./_gen_emit.ts";
import { buildModel, compareStrings, GenerateError, type Model } from "./_gen_model.ts";
import { extractProtocol } from "./_gen_protocol.ts";
import type { ResultTable } from "./_gen_protocol.ts";

export { GenerateError };
export type { ResultTable };

/** The repository root (this file lives in scripts/). */
export const ROOT: string = fileURLToPath(new URL("..", import.meta.url));

/**
 * Results of client requests that do not follow the `XParams` → `XResponse` naming (mostly
 * methods without params). Every entry must name an existing method and definition, and
 * becomes an error once the result can be derived, so the table cannot go stale silently.
 * A request in neither does not stop the generator: its result is typed `unknown`
 * (validated as anything) and listed in the generator's report, to be added here once
 * its response definition is known.
 */
export const RESULT_TABLE: ResultTable = Object.freeze({
  "account/gatewayOAuth/cancel": "GatewayOAuthCancelResponse",
  "account/logout": "LogoutAccountResponse",
  "account/securitySetup/read": "GetAccountSecuritySetupResponse",
  "account/workspaceMessages/read": "GetWorkspaceMessagesResponse",
  "config/batchWrite": "ConfigWriteResponse",
  "config/mcpServer/reload": "McpServerRefreshResponse",
  "config/value/write": "ConfigWriteResponse",
  "configRequirements/read": "ConfigRequirementsReadResponse",
  "externalAgentConfig/import/readHistories": "ExternalAgentConfigImportHistoriesReadResponse",
  "windowsSandbox/readiness": "WindowsSandboxReadinessResponse",
});

/** The same for the experimental API, which has a few more such methods. */
export const EXPERIMENTAL_RESULT_TABLE: ResultTable = Object.freeze({
  ...RESULT_TABLE,
  "accountSession/list": "AccountSessionsResponse",
  "memory/reset": "MemoryResetResponse",
  "remoteControl/status/read": "RemoteControlStatusReadResponse",
  "rollout/compress": "RolloutCompressResponse",
});

/** What `codex app-server generate-json-schema` wrote, parsed. */
export interface ProtocolInput {
  version: string;
  experimental: boolean;
  /** `codex_app_server_protocol.schemas.json` */
  bundle: unknown;
  /** `ClientRequest.json` */
  clientRequest: unknown;
  /** `ServerNotification.json` */
  serverNotification: unknown;
  /** `ServerRequest.json` */
  serverRequest: unknown;
  /** `ClientNotification.json` */
  clientNotification: unknown;
}

/** Sizes of one generated set. */
export interface ProtocolCounts {
  clientRequests: number;
  serverNotifications: number;
  serverRequests: number;
  clientNotifications: number;
  definitions: number;
}

/** One translated set: file name → source (not yet formatted), its counts and its model. */
export interface Translation {
  files: Map<string, string>;
  counts: ProtocolCounts;
  model: Model;
  /** Requests whose result type could not be derived nor found in the table (`unknown`). */
  unknownResults: string[];
}

/**
 * Schema JSON → the files of one set. Pure and deterministic; throws a
 * {@link GenerateError} naming the definition and JSON pointer for anything it cannot
 * translate. With `base` (the stable set's model), `types.ts` and `schemas.ts` are an
 * overlay: they declare only the definitions that differ from the base (and those that
 * refer to one that does) and re-export the base's `../types.ts` and `../schemas.ts` for
 * the rest. The method maps and routes stay complete tables.
 *
 * @example
 * ```ts
 * const { files } = translateProtocol(input);
 * files.get("types.ts");
 * ```
 */
export function translateProtocol(
  input: ProtocolInput,
  results: ResultTable = input.experimental ? EXPERIMENTAL_RESULT_TABLE : RESULT_TABLE,
  base?: Model,
): Translation {
  const model = buildModel(input.bundle);
  const protocol = extractProtocol(model, input, results);
  const ctx = { version: input.version, experimental: input.experimental };
  const overlay = base === undefined ? undefined : overlayOf(model, base);
  const files = new Map<string, string>([
    ["version.ts", emitVersion(protocol, model, ctx)],
    ["types.ts", emitTypes(model, ctx, overlay)],
    ["schemas.ts", emitSchemas(model, ctx, overlay)],
    ["methods.ts", emitMethods(protocol, ctx)],
    ["routing.ts", emitRouting(protocol, ctx)],
  ]);
  return {
    files,
    counts: { ...protocol.counts, definitions: model.definitions.size },
    model,
    unknownResults: protocol.unknownResults,
  };
}

// ---------------------------------------------------------------------------------------
// the codex binary

/** A codex binary and how to run it. */
export interface Codex {
  /** Program and leading arguments (`node codex.js` for the npm launcher). */
  command: [string, ...string[]];
  path: string;
  version: string;
}

function run(command: readonly string[], args: readonly string[]): Promise<string> {
  const [program, ...lead] = command;
  return new Promise((resolve, reject) => {
    execFile(
      program,
      [...lead, ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const detail = String(stderr).trim() || error.message;
          reject(new GenerateError(`\`${[...command, ...args].join(" ")}\` failed: ${detail}`));
        } else {
          resolve(String(stdout));
        }
      },
    );
  });
}

function defaultCodexPath(root: string): string {
  // The native binary first: it skips a node process, and works when node is not on PATH.
  const platformPackage = join(
    root,
    "node_modules",
    "@openai",
    `codex-${process.platform}-${process.arch}`,
  );
  const vendor = join(platformPackage, "vendor");
  if (existsSync(vendor)) {
    const exe = process.platform === "win32" ? "codex.exe" : "codex";
    for (const triple of readdirSync(vendor).sort(compareStrings)) {
      const candidate = join(vendor, triple, "bin", exe);
      if (existsSync(candidate)) return candidate;
    }
  }
  return join(root, "node_modules", "@openai", "codex", "bin", "codex.js");
}

async function pinnedVersion(root: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const pinned = manifest?.dependencies?.["@openai/codex"];
  if (typeof pinned !== "string" || !/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(pinned)) {
    throw new GenerateError(
      `package.json must pin an exact @openai/codex version in "dependencies" (found ${
        JSON.stringify(pinned)
      })`,
    );
  }
  return pinned;
}

/**
 * Finds the codex binary (`codexPath`, else `$CODEX_PATH`, else the pinned npm package) and
 * checks that its version is the one package.json pins.
 *
 * @example
 * ```ts
 * const codex = await resolveCodex();
 * console.log(codex.version); // e.g. "0.171.0"
 * ```
 */
export async function resolveCodex(codexPath?: string, root: string = ROOT): Promise<Codex> {
  const path = codexPath ?? (process.env.CODEX_PATH || undefined) ?? defaultCodexPath(root);
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) {
    throw new GenerateError(
      `codex binary not found at ${path} (set --codex <path> or $CODEX_PATH)`,
    );
  }
  const command: [string, ...string[]] = /\.[cm]?js$/.test(path) ? ["node", path] : [path];
  const output = (await run(command, ["--version"])).trim();
  const match = /(\d+\.\d+\.\d+(?:-[\w.-]+)?)\s*$/.exec(output);
  if (match === null) {
    throw new GenerateError(`cannot read the version from \`${path} --version\`: ${output}`);
  }
  const version = match[1];
  const pinned = await pinnedVersion(root);
  if (version !== pinned) {
    throw new GenerateError(
      `codex at ${path} is version ${version}, but package.json pins @openai/codex ${pinned}`,
    );
  }
  return { command, path, version };
}

/**
 * Runs `codex app-server generate-json-schema` (with `--experimental` if asked) and reads
 * the files the generator needs.
 *
 * @example
 * ```ts
 * const input = await readSchemas(await resolveCodex(), false);
 * ```
 */
export async function readSchemas(codex: Codex, experimental: boolean): Promise<ProtocolInput> {
  const dir = await mkdtemp(join(tmpdir(), "codex-schema-"));
  try {
    await run(codex.command, [
      "app-server",
      "generate-json-schema",
      ...(experimental ? ["--experimental"] : []),
      "--out",
      dir,
    ]);
    const read = async (name: string): Promise<unknown> => {
      const text = await readFile(join(dir, name), "utf8").catch(() => {
        throw new GenerateError(`generate-json-schema did not write ${name}`);
      });
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new GenerateError(`${name} is not valid JSON: ${(error as Error).message}`);
      }
    };
    return {
      version: codex.version,
      experimental,
      bundle: await read("codex_app_server_protocol.schemas.json"),
      clientRequest: await read("ClientRequest.json"),
      serverNotification: await read("ServerNotification.json"),
      serverRequest: await read("ServerRequest.json"),
      clientNotification: await read("ClientNotification.json"),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// writing

function denoPath(root: string): string {
  const local = join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "deno.exe" : "deno",
  );
  return existsSync(local) ? local : "deno";
}

/** Writes `files` under `dir` and runs `deno fmt` on them with the repository's settings. */
async function writeFormatted(
  dir: string,
  files: Map<string, string>,
  root: string,
): Promise<void> {
  const paths: string[] = [];
  for (const [name, text] of files) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    paths.push(path);
  }
  await run([denoPath(root)], ["fmt", "--quiet", "--config", join(root, "deno.json"), ...paths]);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    // parentPath is Node ≥ 20.12; `path` is its older name.
    .map((e) =>
      relative(
        dir,
        join((e as { parentPath?: string }).parentPath ?? (e as { path: string }).path, e.name),
      )
    )
    .map((p) => p.split("\\").join("/"))
    .sort(compareStrings);
}

/** Options of {@link generate} and {@link checkGenerated}. */
export interface GenerateOptions {
  /** The codex binary; default `$CODEX_PATH`, then the pinned npm package. */
  codexPath?: string;
  /** Where the stable set goes (the experimental set goes in its `experimental/`); default gen/. */
  outDir?: string;
  /** Use these schemas instead of running the binary. */
  inputs?: { stable: ProtocolInput; experimental: ProtocolInput };
  /** Receives progress lines. */
  log?: (line: string) => void;
}

/** Counts of what was generated. */
export interface GenerateSummary {
  version: string;
  stable: ProtocolCounts;
  experimental: ProtocolCounts;
  /** Requests of either set whose result is typed `unknown` (see {@link RESULT_TABLE}). */
  unknownResults: string[];
}

function describe(c: ProtocolCounts): string {
  return `${c.clientRequests} client requests, ${c.serverNotifications} server notifications, ` +
    `${c.serverRequests} server requests, ${c.clientNotifications} client notifications, ` +
    `${c.definitions} definitions`;
}

/** Generates both sets into a fresh directory `dir` (created), formatted. */
async function generateInto(dir: string, options: GenerateOptions): Promise<GenerateSummary> {
  const inputs = options.inputs ?? await (async () => {
    const codex = await resolveCodex(options.codexPath);
    return {
      stable: await readSchemas(codex, false),
      experimental: await readSchemas(codex, true),
    };
  })();
  const stable = translateProtocol(inputs.stable);
  // The experimental set is written as an overlay of the stable one (most definitions are
  // the same), imported from gen/experimental/ as ../types.ts and ../schemas.ts.
  const experimental = translateProtocol(inputs.experimental, undefined, stable.model);
  const files = new Map(stable.files);
  for (const [name, text] of experimental.files) files.set(`experimental/${name}`, text);
  await writeFormatted(dir, files, ROOT);
  const unknownResults = [
    ...new Set([...stable.unknownResults, ...experimental.unknownResults]),
  ].sort(compareStrings);
  const summary = {
    version: inputs.stable.version,
    stable: stable.counts,
    experimental: experimental.counts,
    unknownResults,
  };
  options.log?.(`codex ${summary.version}: ${describe(summary.stable)}`);
  options.log?.(`  experimental: ${describe(summary.experimental)}`);
  if (unknownResults.length > 0) {
    options.log?.(
      `  ${unknownResults.length} request(s) without a derivable result, typed unknown ` +
        `(add them to the result table in scripts/generate.ts once known):\n    ${
          unknownResults.join("\n    ")
        }`,
    );
  }
  return summary;
}

/**
 * Regenerates `outDir` (default gen/). Everything is generated and formatted in a staging
 * directory next to it first; `outDir` is replaced only when that fully succeeded, so an
 * error never leaves it partial.
 *
 * @example
 * ```ts
 * const summary = await generate({ outDir: "gen" });
 * console.log(summary.stable.clientRequests);
 * ```
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateSummary> {
  const outDir = options.outDir ?? join(ROOT, "gen");
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.staging-`));
  try {
    // mkdtemp makes the directory private; gen/ is an ordinary source folder.
    await chmod(staging, 0o755);
    const summary = await generateInto(staging, options);
    const old = `${staging}.old`;
    const hadOld = await rename(outDir, old).then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    });
    try {
      await rename(staging, outDir);
    } catch (error) {
      if (hadOld) await rename(old, outDir);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
    return summary;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Generates into a temporary directory and compares with `outDir` (default gen/).
 * Returns the relative paths that differ, are missing or are extra; empty when up to date.
 *
 * @example
 * ```ts
 * const stale = await checkGenerated();
 * if (stale.length > 0) console.error(stale.join("\n"));
 * ```
 */
export async function checkGenerated(options: GenerateOptions = {}): Promise<string[]> {
  const outDir = options.outDir ?? join(ROOT, "gen");
  const fresh = await mkdtemp(join(tmpdir(), "codex-gen-check-"));
  try {
    await generateInto(fresh, options);
    const want = await listFiles(fresh);
    const have = await listFiles(outDir);
    const differing: string[] = [];
    for (const name of [...new Set([...want, ...have])].sort(compareStrings)) {
      if (!want.includes(name)) {
        differing.push(`${name} (not generated)`);
      } else if (!have.includes(name)) {
        differing.push(`${name} (missing)`);
      } else {
        const [a, b] = await Promise.all([
          readFile(join(fresh, name)),
          readFile(join(outDir, name)),
        ]);
        if (!a.equals(b)) differing.push(name);
      }
    }
    return differing;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// command line

function isMain(): boolean {
  const meta = import.meta as ImportMeta & { main?: boolean };
  if (typeof meta.main === "boolean") return meta.main;
  // Node before 24 has no import.meta.main: compare with the entry script instead.
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

async function main(args: string[]): Promise<number> {
  let check = false;
  let codexPath: string | undefined;
  let outDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--check") check = true;
    else if (arg === "--codex" && i + 1 < args.length) codexPath = args[++i];
    else if (arg === "--out" && i + 1 < args.length) outDir = args[++i];
    else {
      console.error(
        `unknown argument ${arg}\nusage: generate.ts [--check] [--codex <path>] [--out <dir>]`,
      );
      return 2;
    }
  }
  const log = (line: string): void => console.log(line);
  try {
    if (check) {
      const stale = await checkGenerated({ codexPath, outDir, log });
      if (stale.length > 0) {
        console.error(
          `gen/ is out of date; run \`npm run gen\`. Differing files:\n  ${stale.join("\n  ")}`,
        );
        return 1;
      }
      console.log("gen/ is up to date");
    } else {
      await generate({ codexPath, outDir, log });
      console.log(`wrote ${outDir ?? "gen/"}`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof GenerateError ? `generate: ${error.message}` : error);
    return 2;
  }
}

if (isMain()) process.exitCode = await main(process.argv.slice(2));
