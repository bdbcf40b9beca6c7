// The shape of src/: the import graph has no cycles, type-only imports included (each
// layer imports only from the layers below it, see ARCHITECTURE.md, so a reader can read
// the files bottom-up); and every module has tests a reader finds by the module's name.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "./_helpers.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

// `import ... from "x"`, `import type ... from "x"`, `export ... from "x"`, `import("x")`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** The relative imports of a source text, resolved against its file. */
export function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  // Imports in comments (the JSDoc examples) are not edges.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = match[1];
    if (specifier.startsWith(".")) found.push(resolve(dirname(file), specifier));
  }
  return found;
}

/** Every cycle reachable in `graph`, each as the list of files around it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue; // outside src/ (gen/, the runtime)
      const seen = state.get(next);
      if (seen === "open") cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (seen === undefined) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("import graph of src/", () => {
  it("has no cycles, type-only imports included", () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(join(root, "src"))) {
      graph.set(file, importsOf(file, readFileSync(file, "utf8")));
    }
    assert.ok(graph.size > 40, `found only ${graph.size} files under src/`);
    const cycles = findCycles(graph).map((cycle) =>
      cycle.map((file) => relative(root, file)).join(" -> ")
    );
    assert.deepEqual(cycles, []);
  });

  it("the walk finds a cycle, also one closed by a type-only import", () => {
    const a = resolve(root, "src/a.ts");
    const b = resolve(root, "src/b.ts");
    const c = resolve(root, "src/c.ts");
    const graph = new Map([
      [a, importsOf(a, 'import { x } from "./b.ts";\nexport { y } from "./c.ts";')],
      [b, importsOf(b, 'import "./c.ts";')],
      [c, importsOf(c, 'import type {\n  A,\n} from "./a.ts";')],
    ]);
    assert.deepEqual(graph.get(a), [b, c]);
    assert.deepEqual(findCycles(graph).length > 0, true);
    assert.deepEqual(findCycles(new Map([[a, [b]], [b, [c]], [c, []]])), []);
    const lazy = importsOf(a, 'const m = await import("./b.ts");');
    assert.deepEqual(lazy, [b]);
    assert.deepEqual(
      importsOf(a, '/**\n * import { x } from "./b.ts";\n */\n// import "./c.ts"'),
      [],
    );
  });
});

describe("tests by module name", () => {
  it("every module under src/ has a test file or a describe block named after it", () => {
    const testDir = join(root, "tests");
    const testFiles = readdirSync(testDir).filter((name) => name.endsWith(".test.ts"));
    const describes = testFiles.flatMap((name) =>
      [...readFileSync(join(testDir, name), "utf8").matchAll(/describe\(\s*"([^"]*)"/g)].map((m) =>
        m[1]
      )
    );
    const missing = sourceFiles(join(root, "src")).map((file) => basename(file, ".ts")).filter(
      (name) =>
        !existsSync(join(testDir, `${name.replace(/^_/, "")}.test.ts`)) &&
        !describes.some((title) => new RegExp(`(^|[\\s(,])${name}\\.ts\\b`).test(title)),
    );
    assert.ok(describes.length > 50, `found only ${describes.length} describe blocks`);
    assert.deepEqual(missing, []);
  });
});

// A function's first line: `function f(`, a method `name(` (with its modifiers), or
// `const f = (` / `= async (` / `= x =>` / `= function`. deno fmt lays out every file, so a
// body ends at the first line at the declaration's own indentation that starts with `}`.
const DECLARATION = new RegExp(
  String
    .raw`^(\s*)(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s*([\w$]*)\s*(?:<.*>)?\(` +
    String.raw`|(?:static\s+)?(?:private\s+|protected\s+|public\s+)?(?:readonly\s+)?(?:async\s+)?` +
    String.raw`(?:get\s+|set\s+)?\*?([#\w$]+)\s*(?:<.*>)?\(` +
    String
      .raw`|(?:export\s+)?(?:const|let)\s+([\w$]+)(?:\s*:\s*[^=]+)?\s*=\s*(?:async\s+)?(?:\(|[\w$]+\s*=>|function))`,
);
const STATEMENT = /^(?:if|for|while|switch|catch|else|return|try|do|with)\b|^\} |^\/\/|^\*/;

/** The functions of a (deno fmt formatted) source text longer than `max` lines. */
export function longFunctions(
  text: string,
  max = 80,
): { name: string; line: number; lines: number }[] {
  const lines = text.split("\n");
  const found: { name: string; line: number; lines: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (STATEMENT.test(lines[i].trim())) continue;
    const match = DECLARATION.exec(lines[i]);
    if (!match) continue;
    const indent = match[1];
    // The signature may span lines; a declaration without a body ends with `;`.
    let open = i;
    while (open < i + 15 && open < lines.length && !lines[open].trimEnd().endsWith("{")) {
      if (lines[open].trimEnd().endsWith(";")) break;
      open++;
    }
    if (open >= lines.length || !lines[open].trimEnd().endsWith("{")) continue;
    for (let k = open + 1; k < lines.length; k++) {
      const line = lines[k];
      if (line.startsWith(`${indent}}`)) {
        const length = k - i + 1;
        if (length > max) {
          found.push({ name: match[2] ?? match[3] ?? match[4], line: i + 1, lines: length });
        }
        break;
      }
      const depth = line.length - line.trimStart().length;
      if (line.trim() && depth <= indent.length && !line.startsWith(`${indent})`)) break;
    }
  }
  return found;
}

describe("function length", () => {
  it("no function in src/ is over 80 lines, except those ARCHITECTURE.md names and explains", () => {
    const doc = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
    const from = doc.indexOf("**Long functions.**");
    assert.ok(from !== -1, "ARCHITECTURE.md has its 'Long functions' paragraph");
    const paragraph = doc.slice(from, doc.indexOf("\n\n", from));
    const explained = new Set([...paragraph.matchAll(/`(\w+)`/g)].map((m) => m[1]));
    const long = sourceFiles(join(root, "src")).flatMap((file) =>
      longFunctions(readFileSync(file, "utf8")).map((f) => ({ ...f, file: relative(root, file) }))
    );
    const unexplained = long.filter((f) => !explained.has(f.name))
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    assert.deepEqual(unexplained, []);
    // Each name the paragraph explains is still a long function (else it should go).
    const stale = [...explained].filter((name) => !long.some((f) => f.name === name));
    assert.deepEqual(stale, []);
  });

  it("the check finds long functions, methods and arrow functions, and nothing shorter", () => {
    const body = (n: number, indent: string) => `${indent}  step();\n`.repeat(n);
    const source = [
      `export function tooLong(a: number): void {\n${body(80, "")}}`,
      `function fits(): void {\n${body(78, "")}}`,
      `class C {\n  async #method(\n    a: string,\n  ): Promise<void> {\n${body(79, "  ")}  }\n}`,
      `const arrow = async (x: number) => {\n${body(85, "")}};`,
      `if (x) {\n${body(90, "")}}`,
    ].join("\n");
    assert.deepEqual(longFunctions(source).map((f) => [f.name, f.lines]), [
      ["tooLong", 82],
      ["#method", 83],
      ["arrow", 87],
    ]);
  });
});
