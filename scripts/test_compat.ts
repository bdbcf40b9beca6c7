// Runs the real-binary tests against a window of Codex releases and prints a table
// (test × version: pass / FAIL).
//
//   npm run test:compat                      # the default window (below)
//   npm run test:compat -- 0.166.0 0.171.0   # these versions
//   npm run test:compat -- --write           # also rewrite COMPATIBILITY.md with the result
//
// The default window: the pinned release, the newest stable release, and the stable
// releases before the pin, down to four versions in all (at least the two before the pin).
// Each release is installed from the npm registry into a cache folder outside the
// repository ($XDG_CACHE_HOME or ~/.cache, then codex-app-server-compat/<version>) once, and
// the tests run on Node with $CODEX_PATH pointing at its binary. The real-binary tests are
// the test files that start the real binary (startTestCodex / findCodex / startServer), except those
// that are about the pinned binary itself (EXCLUDED).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { bundledCodexPath } from "../src/binary.ts";
import { hostPlatform, isExecutableFile, packageDir } from "../src/transport/host.ts";
import { compareVersions } from "../src/api/version.ts";
import { pinnedCodex } from "./check_versions.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(
  process.env.XDG_CACHE_HOME || join(homedir(), ".cache"),
  "codex-app-server-compat",
);
const STABLE = /^\d+\.\d+\.\d+$/;
const WINDOW = 4;

/** Test files that use the real binary but are about the pinned one. */
const EXCLUDED: Record<string, string> = {
  "generate.test.ts": "generates from the pinned binary and checks its version",
  "jsr_remote.test.ts": "resolves the pinned @openai/codex through Deno, not $CODEX_PATH",
  "transport.test.ts": "unit tests of the lookup and spawn adapters; it only finds the binary",
};

function stableVersions(): string[] {
  const out = spawnSync("npm", ["view", "@openai/codex", "versions", "--json"], {
    encoding: "utf8",
  });
  if (out.status !== 0) throw new Error(`npm view @openai/codex versions failed: ${out.stderr}`);
  return (JSON.parse(out.stdout) as string[]).filter((v) => STABLE.test(v)).sort(
    compareVersions,
  );
}

function defaultWindow(pin: string, stable: string[]): string[] {
  const chosen = new Set([pin, stable[stable.length - 1]]);
  const before = stable.filter((v) => compareVersions(v, pin) < 0).reverse();
  for (const [i, v] of before.entries()) {
    if (i >= 2 && chosen.size >= WINDOW) break;
    chosen.add(v);
  }
  return [...chosen].sort(compareVersions);
}

/** Installs @openai/codex@version into the cache (once) and returns its native binary. */
function install(version: string): string {
  const dir = join(CACHE, version);
  const find = () =>
    bundledCodexPath({
      platform: hostPlatform,
      packageDir: (name, from) => packageDir(name, from ?? join(dir, "package.json")),
      denoPackageDir: () => undefined,
      isExecutable: isExecutableFile,
    });
  const found = find();
  if (found) return found;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "package.json"))) {
    writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  }
  console.log(`installing @openai/codex@${version} into ${dir}`);
  const out = spawnSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", `@openai/codex@${version}`],
    { cwd: dir, stdio: "inherit" },
  );
  const binary = out.status === 0 ? find() : undefined;
  if (!binary) throw new Error(`could not install @openai/codex@${version} into ${dir}`);
  return binary;
}

function realBinaryTests(): string[] {
  return readdirSync(join(ROOT, "tests"))
    .filter((f) => f.endsWith(".test.ts") && !(f in EXCLUDED))
    .filter((f) =>
      // startServer (tests/_ws_server.ts) spawns findCodex() behind a WebSocket listener.
      /startTestCodex\(|findCodex\(|startServer\(/.test(
        readFileSync(join(ROOT, "tests", f), "utf8"),
      )
    )
    .sort()
    .map((f) => `tests/${f}`);
}

/** Runs `files` on Node with $CODEX_PATH, one process per file; test name → passed. */
async function runTests(codexPath: string, files: string[]): Promise<Map<string, boolean>> {
  const results = new Map<string, boolean>();
  for (const file of files) {
    for (const [test, ok] of await runFile(codexPath, file)) results.set(test, ok);
  }
  return results;
}

/** One test file (a failure's error is printed). */
function runFile(codexPath: string, file: string): Promise<Map<string, boolean>> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [
      "--test",
      "--test-reporter=./scripts/_compat_reporter.mjs",
      "--test-reporter-destination=stdout",
      file,
    ], {
      cwd: ROOT,
      env: { ...process.env, CODEX_PATH: codexPath, COMPAT_FILE: basename(file) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.on("close", () => {
      const results = new Map<string, boolean>();
      for (const line of out.split("\n")) {
        if (!line.startsWith("{")) continue;
        const { test, ok, error } = JSON.parse(line) as {
          test: string;
          ok: boolean;
          error?: string;
        };
        results.set(test, ok);
        if (!ok) console.log(`FAIL ${test}\n  ${error?.split("\n").join("\n  ")}`);
      }
      resolve(results);
    });
  });
}

function table(versions: string[], results: Map<string, Map<string, boolean>>): string[] {
  const tests = [...new Set([...results.values()].flatMap((r) => [...r.keys()]))].sort();
  const cell = (v: string, t: string): string => {
    const ok = results.get(v)?.get(t);
    return ok === undefined ? "—" : ok ? "pass" : "**FAIL**";
  };
  const rows = [
    `| test | ${versions.join(" | ")} |`,
    `| --- | ${versions.map(() => "---").join(" | ")} |`,
  ];
  for (const t of tests) rows.push(`| ${t} | ${versions.map((v) => cell(v, t)).join(" | ")} |`);
  const count = (v: string, want: boolean): number =>
    [...(results.get(v)?.values() ?? [])].filter((ok) => ok === want).length;
  rows.push(
    `| **passed / failed** | ${
      versions.map((v) => `${count(v, true)} / ${count(v, false)}`).join(" | ")
    } |`,
  );
  return rows;
}

const args = process.argv.slice(2);
const write = args.includes("--write");
const pin = pinnedCodex(ROOT);
const asked = args.filter((a) => a !== "--write");
const versions = asked.length > 0 ? asked : defaultWindow(pin, stableVersions());
const files = realBinaryTests();
console.log(`codex versions: ${versions.join(", ")} (pinned: ${pin})`);
console.log(`real-binary tests: ${files.join(" ")}`);
console.log(`cache: ${CACHE}`);

const results = new Map<string, Map<string, boolean>>();
for (const version of versions) {
  const binary = install(version);
  console.log(`\n━━━ codex ${version}: ${binary}`);
  const started = Date.now();
  const r = await runTests(binary, files);
  results.set(version, r);
  const failed = [...r.values()].filter((ok) => !ok).length;
  console.log(
    `${r.size - failed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}

const rows = table(versions, results);
console.log(`\n${rows.join("\n")}\n`);
const date = new Date().toISOString().slice(0, 10);
if (write) {
  const header = readFileSync(join(ROOT, "COMPATIBILITY.md"), "utf8").split("<!-- results -->")[0];
  writeFileSync(
    join(ROOT, "COMPATIBILITY.md"),
    `${header}<!-- results -->\n\nRun on ${date} (\`npm run test:compat\`, pinned ${pin}, ` +
      `${process.platform}-${process.arch}, Node ${process.versions.node}):\n\n${
        rows.join("\n")
      }\n`,
  );
  console.log("wrote COMPATIBILITY.md");
}
const allPassed = [...results.values()].every((r) => r.size > 0 && [...r.values()].every(Boolean));
const total = [...results.values()].reduce((n, r) => n + r.size, 0);
const failedTotal = [...results.values()].reduce(
  (n, r) => n + [...r.values()].filter((ok) => !ok).length,
  0,
);
console.log(`${total - failedTotal} passed, ${failedTotal} failed`);
process.exit(allPassed ? 0 : 1);
