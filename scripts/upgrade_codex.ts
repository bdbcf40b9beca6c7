// Moves the repository to another Codex release in one go:
//
//   npm run upgrade-codex -- 0.172.0            # that version
//   npm run upgrade-codex -- latest             # the newest stable release
//   npm run upgrade-codex -- 0.172.0 --no-test  # everything but the final `npm test`
//
// 1. rewrites every place that names the pinned version (CODEX_PINS in check_versions.ts),
// 2. `npm install` (package-lock.json and the binary in node_modules),
// 3. `npm run gen` (gen/; it lists requests whose result type it could not derive),
// 4. re-records tests/fixtures/ with the new binary (scripts/record_fixtures.ts),
// 5. `npm test`.
// Each step stops the script when it fails; the working tree then shows how far it got.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { CODEX_PINS, pinnedCodex } from "./check_versions.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const STABLE = /^\d+\.\d+\.\d+$/;

function step(title: string, command: string, args: string[]): void {
  console.log(`\n━━━ ${title}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\nupgrade-codex: "${title}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function npmView(spec: string, field: string): unknown {
  const out = spawnSync("npm", ["view", spec, field, "--json"], { encoding: "utf8" });
  if (out.status !== 0) return undefined;
  return JSON.parse(out.stdout || "null");
}

const args = process.argv.slice(2);
const runTests = !args.includes("--no-test");
const wanted = args.filter((a) => a !== "--no-test");
if (wanted.length !== 1) {
  console.error("usage: npm run upgrade-codex -- <version | latest> [--no-test]");
  process.exit(2);
}
let version = wanted[0];
if (version === "latest") {
  const all = (npmView("@openai/codex", "versions") ?? []) as string[];
  const stable = all.filter((v) => STABLE.test(v));
  version = stable[stable.length - 1];
  if (!version) {
    console.error("upgrade-codex: could not read the versions of @openai/codex from npm");
    process.exit(1);
  }
}
if (npmView(`@openai/codex@${version}`, "version") !== version) {
  console.error(`upgrade-codex: @openai/codex@${version} is not on the npm registry`);
  process.exit(1);
}

const from = pinnedCodex(ROOT);
console.log(`upgrading codex ${from} → ${version}`);
for (const { file, pattern, rewrite } of CODEX_PINS) {
  if (!rewrite) continue;
  const path = join(ROOT, file);
  const text = readFileSync(path, "utf8");
  const match = pattern.exec(text);
  if (!match) {
    console.error(`upgrade-codex: ${file} no longer matches ${pattern}; fix CODEX_PINS`);
    process.exit(1);
  }
  const at = match.index + match[0].indexOf(match[1]);
  writeFileSync(path, text.slice(0, at) + version + text.slice(at + match[1].length));
  console.log(`  ${file}`);
}

step("install", "npm", ["install", "--no-audit", "--no-fund"]);
step("regenerate gen/", "npm", ["run", "gen"]);
step("re-record fixtures", join(ROOT, "node_modules", ".bin", "tsx"), [
  "scripts/record_fixtures.ts",
]);
step("check every place names the new version", "npm", ["run", "check"]);
if (runTests) step("the suite", "npm", ["test"]);

console.log(
  `\ncodex ${from} → ${version} done. Left to you: a CHANGELOG entry, ` +
    "`npm run test:compat -- --write` for COMPATIBILITY.md, and the commit.",
);
