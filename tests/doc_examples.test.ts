// Every `@example` in the SDK's JSDoc is type-checked by `npm run check`
// (`deno check --doc-only`). This test also RUNS each one that needs no live app-server
// and asserts what it shows: a trailing `// value` comment on a `console.log(...)` line
// (or a comment line right after it) is the expected output, and `a then b` lists the
// outputs of a line that logs more than once. A comment starting with "e.g." is prose.
//
// Examples that need a running app-server (Codex.start, startTestCodex, a socket,
// `declare const` placeholders, waiting for the model requests of a turn) are type-checked
// only; the integration tests cover what they show.
import { test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES: Record<string, string> = {
  "codex-app-server": "mod.ts",
  "codex-app-server/transports": "transports.ts",
  "codex-app-server/protocol": "protocol.ts",
  "codex-app-server/experimental": "experimental.ts",
  "codex-app-server/testing": "testing.ts",
  "codex-app-server/codex-sdk": "codex-sdk.ts",
};
/** What makes an example need a live app-server (or be a placeholder that cannot run). */
const NEEDS_SERVER =
  /declare |Codex\.start|startTestCodex|createTestHome|webSocket(?:Transport)?\(|unixSocket\(|spawn(?:Transport|Node|Deno|Bun)\(|AppServerClient\.connect|CodexPool\.start|waitForRequests\(/;

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(`${dir}/${e.name}`)
      : e.name.endsWith(".ts")
      ? [`${dir}/${e.name}`]
      : []
  );
}

function examples(file: string): Example[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\s*$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```(ts|typescript)\s*$/.test(lines[j])) j++;
    const start = j + 1;
    let end = start;
    while (end < lines.length && !/^\s*\*\s*```\s*$/.test(lines[end])) end++;
    const code = lines.slice(start, end).map((l) => l.replace(/^\s*\* ?/, "")).join("\n");
    out.push({ file, line: start + 1, code });
    i = end;
  }
  return out;
}

/** The names a module exports, split into values and types (what Deno's doc tests import). */
function moduleExports(file: string): { values: string[]; types: string[] } {
  const text = readFileSync(join(ROOT, file), "utf8");
  const values: string[] = [];
  const types: string[] = [];
  const decl =
    /^export (?:declare )?(?:async )?(function\*?|class|const|let|interface|type) (\w+)/gm;
  for (const m of text.matchAll(decl)) {
    (m[1] === "interface" || m[1] === "type" ? types : values).push(m[2]);
  }
  return { values, types };
}

/** A value as the example comments write it: JS literal syntax. */
function literal(value: unknown): string {
  if (typeof value === "string") {
    return value.includes('"') && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{ ${entries.map(([k, v]) => `${key(k)}: ${literal(v)}`).join(", ")} }`;
  }
  return String(value);
}

/** The renderings one console.log call may be written as: literals, or as printed. */
function renderings(args: unknown[]): string[] {
  return [
    args.map(literal).join(" "),
    args.map((a) => (typeof a === "string" ? a : literal(a))).join(" "),
  ];
}

interface Prepared {
  source: string;
  /** Expected outputs per example line number (1-based within the example). */
  expected: Map<number, string[]>;
}

function prepare(example: Example): Prepared {
  const fromDir = dirname(join(ROOT, example.file));
  const imported = new Set<string>();
  let code = example.code.replace(
    /(from\s*|import\(\s*)"([^"]+)"/g,
    (whole, lead: string, spec: string) => {
      const target = ENTRIES[spec] !== undefined
        ? join(ROOT, ENTRIES[spec])
        : spec.startsWith(".")
        ? resolve(fromDir, spec)
        : undefined;
      return target === undefined ? whole : `${lead}"${pathToFileURL(target).href}"`;
    },
  );
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const name of m[1].split(",")) {
      imported.add(name.replace(/^\s*type\s+/, "").split(/\s+as\s+/).at(-1)!.trim());
    }
  }
  // Like `deno test --doc`: the documented module's own exports are in scope.
  const own = moduleExports(example.file);
  const url = pathToFileURL(join(ROOT, example.file)).href;
  const values = own.values.filter((n) => !imported.has(n) && new RegExp(`\\b${n}\\b`).test(code));
  const types = own.types.filter((n) => !imported.has(n) && new RegExp(`\\b${n}\\b`).test(code));
  const header = [
    values.length > 0 ? `import { ${values.join(", ")} } from "${url}";` : "",
    types.length > 0 ? `import type { ${types.join(", ")} } from "${url}";` : "",
  ].join("\n");

  const expected = new Map<number, string[]>();
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(.*)console\.log\((.*)\);\s*(?:\/\/\s*(.*))?$/.exec(lines[i]);
    if (m === null) continue;
    const comment = m[3] ?? /^\s*\/\/\s*(.*)$/.exec(lines[i + 1] ?? "")?.[1];
    if (comment === undefined || comment.startsWith("e.g.")) continue;
    expected.set(i + 1, comment.split(" then ").map((s) => s.trim()));
    lines[i] = `${m[1]}globalThis.__docLog(${i + 1}, ${m[2]});`;
  }
  code = lines.join("\n");
  return { source: `${header}\n${code}\nexport {};\n`, expected };
}

const all = [
  ...["mod.ts", "transports.ts", "protocol.ts", "experimental.ts", "testing.ts"],
  ...sourceFiles("src"),
  ...sourceFiles("gen"),
].flatMap(examples);
const runnable = all.filter((e) => !NEEDS_SERVER.test(e.code));

test("examples are found (the extraction itself works)", () => {
  assert.ok(all.length >= 150, `only ${all.length} examples`);
  assert.ok(runnable.length >= 80, `only ${runnable.length} runnable examples`);
  const prepared = prepare({
    file: "src/errors.ts",
    line: 1,
    code: 'const x = 1;\nconsole.log(x, "a"); // 1 "a"\nconsole.log(x);\n// 1',
  });
  assert.deepEqual([...prepared.expected], [[2, ['1 "a"']], [3, ["1"]]]);
  assert.equal(literal({ a: [1, "x"], "b-c": null }), '{ a: [1, "x"], "b-c": null }');
});

test("every example that needs no app-server runs and logs what its comments say", async () => {
  // Inside the repository, so that bare imports (valibot, ws) resolve as they do for tests;
  // not under node_modules, where Deno does not strip types.
  const dir = join(ROOT, "tests", `.doc-examples-${crypto.randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { recursive: true });
  const g = globalThis as { __docLog?: (line: number, ...args: unknown[]) => void };
  const failures: string[] = [];
  let asserted = 0;
  try {
    for (const [index, example] of runnable.entries()) {
      const where = `${example.file}:${example.line}`;
      const { source, expected } = prepare(example);
      const logged = new Map<number, unknown[][]>();
      g.__docLog = (line, ...args) => logged.set(line, [...(logged.get(line) ?? []), args]);
      const path = join(dir, `example_${index}.mts`);
      writeFileSync(path, source);
      try {
        await import(pathToFileURL(path).href);
      } catch (error) {
        failures.push(`${where}: threw ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      for (const [line, want] of expected) {
        const calls = logged.get(line) ?? [];
        const ok = calls.length === want.length &&
          calls.every((args, k) => renderings(args).includes(want[k]));
        if (ok) asserted++;
        else {
          const got = calls.map((args) => renderings(args)[0]).join(" then ");
          failures.push(
            `${where} (+${line - 1}): logged ${got || "nothing"}, comment says ${
              want.join(" then ")
            }`,
          );
        }
      }
    }
  } finally {
    delete g.__docLog;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(failures, []);
  assert.ok(asserted >= 30, `only ${asserted} asserted outputs`);
});
