// Proves the npm package works as users get it: packs the tarball, installs it into a
// fresh temporary project, and runs a script against the real binary and the scripted
// model with plain `node` (no tsx) and with `bun`, importing every entry point; then runs
// the TypeScript source of an example with `deno run`. Also runs publint and arethetypeswrong (every entry of the
// exports map) and `deno publish --dry-run` (every entry of deno.json).
//
//   tsx scripts/pack_test.ts
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import process from "node:process";

const repo = resolve(".");
const bin = (name: string) => join(repo, "node_modules/.bin", name);
const work = mkdtempSync(join(tmpdir(), "codex-app-server-pack-"));
let failed = 0;
let passed = 0;

function step(name: string, command: string, args: string[], cwd: string, expect?: RegExp) {
  const started = Date.now();
  const run = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CODEX_EXAMPLES_SCRIPTED: "1" },
    timeout: 180_000,
  });
  const out = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  const ok = run.status === 0 && (!expect || expect.test(out));
  console.log(`${ok ? "ok" : "FAILED"}  ${name}  (${Date.now() - started} ms)`);
  if (!ok) {
    console.log(out.split("\n").slice(-30).join("\n"));
    failed++;
  } else {
    passed++;
  }
}

try {
  // Build dist/ first: a clean clone has none, and publint packs with scripts disabled,
  // so it would not run the prepack build itself.
  step("build dist/ (tsc)", "npm", ["run", "--silent", "build"], repo);
  step("publint", bin("publint"), [], repo, /All good/);
  step(
    "deno publish --dry-run (JSR: no slow types)",
    bin("deno"),
    ["publish", "--dry-run", "--allow-dirty", "--quiet"],
    repo,
  );
  step("arethetypeswrong (ESM-only)", bin("attw"), ["--pack", ".", "--profile", "esm-only"], repo);

  execFileSync("npm", ["pack", "--silent", "--pack-destination", work], {
    cwd: repo,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball");
  const project = join(work, "project");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "pack-test", private: true, type: "module" }),
  );
  step(
    "npm install <tarball> into a fresh project",
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball)],
    project,
  );
  writeFileSync(
    join(project, "main.js"),
    `import { Codex, CODEX_VERSION } from "codex-app-server";
import { startTestCodex } from "codex-app-server/testing";
if (typeof Codex.start !== "function") throw new Error("no Codex.start");
// Every subpath of the exports map resolves and holds what it promises.
const transports = await import("codex-app-server/transports");
const protocol = await import("codex-app-server/protocol");
const experimental = await import("codex-app-server/experimental");
if (typeof transports.webSocket !== "function") throw new Error("no transports.webSocket");
if (typeof protocol.AppServerClient !== "function") throw new Error("no protocol.AppServerClient");
if (!("thread/start" in experimental.experimentalTables.clientRequests)) {
  throw new Error("no experimental tables");
}
// Plain JavaScript on Node 20 has no \`await using\`: close explicitly.
const t = await startTestCodex({
  responder: () => ({ steps: [{ type: "text", text: ["packed ", "and ", "working"] }] }),
});
try {
  const thread = await t.codex.startThread({ cwd: t.home.cwd });
  const turn = await thread.startTurn("hello");
  let text = "";
  for await (const chunk of turn.text()) text += chunk;
  console.log(\`codex \${CODEX_VERSION}: \${text} (\${(await turn.run()).status})\`);
  // The @openai/codex-sdk drop-in, on the same scripted model.
  const compat = await import("codex-app-server/codex-sdk");
  const official = new compat.Codex({
    config: t.home.config,
    env: { ...process.env, ...t.home.env },
  });
  const compatThread = official.startThread({ workingDirectory: t.home.cwd, skipGitRepoCheck: true });
  const { finalResponse } = await compatThread.run("hello");
  console.log(\`codex-sdk entry: \${finalResponse}\`);
  await official.close();
} finally {
  await t.close();
}
`,
  );
  const expected = /packed and working \(completed\)[\s\S]*codex-sdk entry: packed and working/;
  step("plain node runs the packed package", process.execPath, ["main.js"], project, expected);
  step("bun runs the packed package", bin("bun"), ["main.js"], project, expected);
  step(
    "deno run runs the TypeScript source",
    bin("deno"),
    ["run", "-A", "examples/quickstart.ts"],
    repo,
  );
} catch (error) {
  console.log(`FAILED  ${error instanceof Error ? error.message : String(error)}`);
  failed++;
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\npack: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
