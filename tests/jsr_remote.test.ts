// The package as JSR serves it: remote modules, no node_modules. The files `deno publish`
// would include are served from a loopback HTTP server, and a fresh Deno project in a
// temporary folder imports the SDK by URL and completes a turn against the scripted model,
// with no codex on PATH and no $CODEX_PATH: the binary must come from the npm:@openai/codex
// the package depends on, through Deno's npm resolution (its cache; the npm registry on a
// machine that has not downloaded it yet). Whatever runtime runs this file, the project
// runs on the repository's Deno.
import { after, before, describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join, resolve, sep } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DENO = join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "deno.exe" : "deno");

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined> },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** The repository-relative files `deno publish` would upload. */
async function publishedFiles(): Promise<string[]> {
  const env = { ...process.env, NO_COLOR: "1" };
  const out = await run(DENO, ["publish", "--dry-run", "--allow-dirty", "--no-check"], {
    cwd: ROOT,
    env,
  });
  assert.equal(out.code, 0, out.stderr);
  const prefix = new URL(".", new URL("..", import.meta.url)).href;
  const files = [...`${out.stdout}\n${out.stderr}`.matchAll(/(file:\/\/\S+)/g)]
    .map((m) => m[1])
    .filter((url) => url.startsWith(prefix))
    .map((url) => decodeURIComponent(url.slice(prefix.length)));
  return [...new Set(files)];
}

/** Serves exactly `files` (relative to the repository) with the types Deno expects. */
function serve(files: string[]): Promise<Server> {
  const allowed = new Set(files);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).slice(1);
    if (!allowed.has(path)) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith(".ts")
      ? "application/typescript"
      : path.endsWith(".json")
      ? "application/json"
      : "text/plain";
    res.writeHead(200, { "content-type": type }).end(readFileSync(join(ROOT, path)));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** PATH without any folder that holds a codex (node_modules/.bin has the npm launcher). */
function pathWithoutCodex(): string {
  return (process.env.PATH ?? "").split(delimiter).filter((dir) =>
    dir !== "" && !existsSync(join(dir, "codex")) && !existsSync(join(dir, "codex.exe")) &&
    !existsSync(join(dir, "codex.cmd")) && !resolve(dir).startsWith(resolve(ROOT) + sep)
  ).join(delimiter);
}

const MAIN = `
import { CODEX_VERSION } from "SDK/mod.ts";
import { findCodex } from "SDK/protocol.ts";
import { startTestCodex, textReply } from "SDK/testing.ts";
const codexPath = findCodex();
await using t = await startTestCodex({ responder: () => textReply(["Hello", " from", " JSR"]) });
const thread = await t.codex.startThread({ cwd: t.home.cwd });
const turn = await thread.startTurn("hi");
const result = await turn.run();
console.log(JSON.stringify({
  codexPath,
  sdkVersion: CODEX_VERSION,
  serverVersion: t.codex.serverVersion,
  status: result.status,
  text: await turn.finalText(),
}));
`;

describe("the JSR package as remote modules", () => {
  let server: Server;
  let project: string;
  before(async () => {
    server = await serve(await publishedFiles());
    project = await mkdtemp(join(tmpdir(), "jsr-remote-"));
  });
  after(async () => {
    await new Promise((ok) => server?.close(ok));
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("finds the pinned codex through Deno's npm resolution and completes a turn", async () => {
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    // JSR resolves a package's bare imports with the package's own deno.json imports; a
    // module imported by URL gets the importing project's, so the project carries them.
    const sdk = JSON.parse(await readFile(join(ROOT, "deno.json"), "utf8"));
    assert.match(sdk.imports["@openai/codex"], /^npm:@openai\/codex@\d+\.\d+\.\d+/);
    await writeFile(join(project, "deno.json"), JSON.stringify({ imports: sdk.imports }));
    await writeFile(join(project, "main.ts"), MAIN.replaceAll("SDK/", `${base}/`));
    const env: Record<string, string | undefined> = {
      ...process.env,
      PATH: pathWithoutCodex(),
      CODEX_PATH: undefined,
      NO_COLOR: "1",
    };
    delete env.CODEX_PATH;
    const out = await run(DENO, ["run", "-A", "main.ts"], { cwd: project, env });
    assert.equal(out.code, 0, `deno run failed:\n${out.stderr}`);
    assert.equal(existsSync(join(project, "node_modules")), false);
    const report = JSON.parse(out.stdout.trim().split("\n").at(-1)!);
    assert.equal(report.status, "completed");
    assert.equal(report.text, "Hello from JSR");
    assert.equal(report.serverVersion, report.sdkVersion);
    // The binary is the one in Deno's npm cache, not anything from this repository.
    assert.ok(!resolve(report.codexPath).startsWith(resolve(ROOT)), report.codexPath);
    assert.match(report.codexPath, /@openai[\\/]codex[\\/]\d+\.\d+\.\d+-[a-z0-9]+-[a-z0-9]+[\\/]/);
  });

  it("names the Deno permission flag that is missing instead of reporting no codex", async () => {
    const { port } = server.address() as AddressInfo;
    await writeFile(
      join(project, "find.ts"),
      `import { findCodex } from "http://127.0.0.1:${port}/protocol.ts";\nconsole.log(findCodex());\n`,
    );
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
    delete env.CODEX_PATH;
    // Everything but --allow-read: the lookup reads Deno's npm cache.
    const out = await run(
      DENO,
      ["run", `--allow-import=127.0.0.1:${port}`, "--allow-env", "find.ts"],
      { cwd: project, env },
    );
    assert.notEqual(out.code, 0, out.stdout);
    assert.match(out.stderr, /NotCapable: Requires read access .* --allow-read flag/);
    assert.doesNotMatch(out.stderr, /could not find the codex executable/);
  });
});
