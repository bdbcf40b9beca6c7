// Fails when the versions the repository states disagree:
// - package.json and deno.json must name the same release (npm and JSR ship the same);
// - every place that names the pinned Codex (CODEX_PINS below) must name the version
//   package.json pins for @openai/codex. scripts/upgrade_codex.ts rewrites the same list.
//
//   tsx scripts/check_versions.ts
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A place that names the pinned Codex version: the first capture group is the version. */
export interface CodexPin {
  file: string;
  pattern: RegExp;
  /** Written by scripts/upgrade_codex.ts (else it follows from a command it runs). */
  rewrite: boolean;
}

const VERSION = String.raw`(\d+\.\d+\.\d+(?:-[\w.]+)?)`;

/** Every place that names the pinned Codex version. */
export const CODEX_PINS: CodexPin[] = [
  { file: "package.json", pattern: new RegExp(`"@openai/codex": "${VERSION}"`), rewrite: true },
  {
    file: "deno.json",
    pattern: new RegExp(`"@openai/codex": "npm:@openai/codex@${VERSION}"`),
    rewrite: true,
  },
  {
    file: "README.md",
    pattern: new RegExp(`tested against \\*\\*Codex ${VERSION}\\*\\*`),
    rewrite: true,
  },
  {
    file: "tests/fixtures/README.md",
    pattern: new RegExp(`pinned \`codex app-server\` \\(${VERSION},`),
    rewrite: true,
  },
  // Follow from `npm install`, `npm run gen` and scripts/record_fixtures.ts.
  {
    file: "package-lock.json",
    pattern: new RegExp(`"node_modules/@openai/codex": \\{\\s*"version": "${VERSION}"`),
    rewrite: false,
  },
  {
    file: "gen/version.ts",
    pattern: new RegExp(`CODEX_VERSION: string = "${VERSION}"`),
    rewrite: false,
  },
  ...readdirSync(join(ROOT, "tests", "fixtures"))
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => ({
      file: `tests/fixtures/${name}`,
      pattern: new RegExp(`"userAgent":"[^"/]+/${VERSION}`),
      rewrite: false,
    })),
];

/** The @openai/codex version package.json pins. */
export function pinnedCodex(root: string = ROOT): string {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies[
    "@openai/codex"
  ];
}

function main(): number {
  const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");
  let ok = true;
  const npm = JSON.parse(read("package.json")).version;
  const jsr = JSON.parse(read("deno.json")).version;
  if (npm !== jsr) {
    console.error(`version mismatch: package.json has ${npm}, deno.json has ${jsr}`);
    ok = false;
  }
  const pin = pinnedCodex();
  for (const { file, pattern } of CODEX_PINS) {
    const found = pattern.exec(read(file))?.[1];
    if (found !== pin) {
      console.error(
        `codex version mismatch: package.json pins @openai/codex ${pin}, but ${file} ${
          found ? `names ${found}` : `does not match ${pattern}`
        } (see CONTRIBUTING.md, "Upgrading Codex")`,
      );
      ok = false;
    }
  }
  if (ok) {
    console.log(
      `version ${npm} (package.json and deno.json agree); codex ${pin} ` +
        `(${CODEX_PINS.length} places agree)`,
    );
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
