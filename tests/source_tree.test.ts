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
