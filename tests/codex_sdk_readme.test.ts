// The TypeScript examples of @openai/codex-sdk's own README, with only the import changed
// to `codex-app-server/codex-sdk`, must type-check: a program written against the official
// package compiles against this entry. Each example is compiled as its own function (the
// README's examples continue one another: `codex`, `thread` and the Zod helpers they use
// without defining are declared), together with one deliberately wrong example that must
// be the only error tsc reports.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OFFICIAL_IMPORT = /^import \{([^}]*)\} from "@openai\/codex-sdk";\n/m;

/** The ```typescript blocks of the official README. */
async function readmeExamples(): Promise<string[]> {
  const readme = await readFile(join(ROOT, "node_modules/@openai/codex-sdk/README.md"), "utf8");
  return [...readme.matchAll(/```typescript\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** One example as a module of its own: imports from this entry, the rest in a function. */
function asModule(example: string, entry: string): string {
  const body = example.replace(OFFICIAL_IMPORT, "");
  return [
    `import { Codex, type Thread } from ${JSON.stringify(entry)};`,
    `import process from "node:process";`,
    `declare const codex: Codex;`,
    `declare const thread: Thread;`,
    `declare const z: {`,
    `  object(shape: Record<string, unknown>): unknown;`,
    `  string(): unknown;`,
    `  enum(values: string[]): unknown;`,
    `};`,
    `declare function zodToJsonSchema(schema: unknown, options: { target: string }): object;`,
    `export async function example(): Promise<void> {`,
    body,
    `  void codex; void thread; void process;`,
    `}`,
    "",
  ].join("\n");
}

describe("@openai/codex-sdk's README examples against the codex-sdk entry", () => {
  it(
    "every TypeScript example type-checks with only its import changed",
    { timeout: 120_000 },
    async () => {
      const examples = await readmeExamples();
      assert.ok(examples.length >= 10, `found ${examples.length} examples`);
      assert.ok(
        examples.some((e) => OFFICIAL_IMPORT.test(e)),
        "the quickstart imports the package",
      );
      const dir = await mkdtemp(join(tmpdir(), "codex-sdk-readme-"));
      try {
        const entry = join(ROOT, "codex-sdk.ts");
        const files: string[] = [];
        for (const [i, example] of examples.entries()) {
          const file = join(dir, `example_${i}.mts`);
          await writeFile(file, asModule(example, entry));
          files.push(file);
        }
        // The control: a call the official types reject must be reported, and only it.
        const wrong = join(dir, "wrong.mts");
        await writeFile(wrong, asModule(`await thread.run({ prompt: "not an Input" });\n`, entry));
        files.push(wrong);
        await writeFile(
          join(dir, "tsconfig.json"),
          JSON.stringify({
            extends: join(ROOT, "tsconfig.json"),
            compilerOptions: { typeRoots: [join(ROOT, "node_modules/@types")] },
            include: [],
            files,
          }),
        );
        const tsc = spawnSync(
          process.execPath.includes("deno") || process.execPath.includes("bun")
            ? "node"
            : process.execPath,
          [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")],
          { encoding: "utf8", cwd: ROOT },
        );
        const errors = (tsc.stdout + tsc.stderr).split("\n").filter((l) => /error TS\d+/.test(l));
        assert.ok(errors.length > 0, "the wrong example is reported");
        assert.deepEqual(
          errors.filter((l) => !l.includes("wrong.mts")),
          [],
          "the README's examples type-check",
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
