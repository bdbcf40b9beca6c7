// The SDK is web-standard TypeScript except at its edges: runtime-specific APIs (Deno.*,
// Bun.*, node:* modules that differ between runtimes) may appear only under src/transport/
// and in the testing kit's server and harness. This test keeps it that way.
import { test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";

const ALLOWED = [/^src\/transport\//, /^src\/testing\/(harness|scripted_model)\.ts$/];
const GLOBALS: [string, RegExp][] = [
  ["Deno.", /\bDeno\.[A-Za-z]/],
  ["Bun.", /\bBun\.[A-Za-z]/],
  ["process", /\bprocess\.(?:env|argv|platform|exit|cwd|versions)\b|from "node:process"/],
  ["node:* import", /from\s+"node:[a-z_/]+"|import\("node:[a-z_/]+"\)|require\("node:/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(new URL(`../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((
    e,
  ) =>
    e.isDirectory()
      ? sourceFiles(`${dir}/${e.name}`)
      : e.name.endsWith(".ts")
      ? [`${dir}/${e.name}`]
      : []
  );
}

/** Source text without comments: examples in JSDoc may show any runtime. */
function code(file: string): string {
  return readFileSync(new URL(`../${file}`, import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

test("runtime-specific globals and node:* modules appear only under src/transport/ and the testing kit", () => {
  const files = [
    ...sourceFiles("src"),
    ...sourceFiles("gen"),
    "mod.ts",
    "transports.ts",
    "protocol.ts",
    "experimental.ts",
    "testing.ts",
    "codex-sdk.ts",
  ];
  assert.ok(files.includes("src/api/codex.ts") && files.includes("src/transport/node.ts"));
  const offenders: string[] = [];
  for (const file of files) {
    if (ALLOWED.some((re) => re.test(file))) continue;
    const text = code(file);
    for (const [what, re] of GLOBALS) if (re.test(text)) offenders.push(`${file}: ${what}`);
  }
  assert.deepEqual(offenders, []);
});

test("the check finds each kind of runtime global", () => {
  const samples = [
    'Deno.env.get("X")',
    "Bun.spawn([])",
    "process.env.HOME",
    'import { spawn } from "node:child_process";',
    'import { connect } from "node:net";',
    'await import("node:fs")',
  ];
  for (const sample of samples) {
    assert.ok(GLOBALS.some(([, re]) => re.test(sample)), sample);
  }
  assert.ok(!GLOBALS.some(([, re]) => re.test("const deno = globalThis.navigator;")));
});
