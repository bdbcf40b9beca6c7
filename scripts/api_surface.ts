// The public API of every entry point, as one sorted line per export: what
// tests/api_surface.test.ts compares with the committed snapshot tests/api_surface.txt, so
// that growing (or shrinking) the surface is a deliberate, reviewed change.
//
//   tsx scripts/api_surface.ts           # print the surface
//   tsx scripts/api_surface.ts --write   # rewrite tests/api_surface.txt (npm run api:update)
//
// Entry files only re-export, with explicit names; the one wildcard allowed is
// `export type * from "./gen/..."` (the generated protocol types, which follow the pinned
// Codex version and are recorded as one line).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import process from "node:process";

/** The entry points: package subpath → file (the same on npm and JSR). */
export const ENTRIES: Readonly<Record<string, string>> = Object.freeze({
  ".": "mod.ts",
  "./transports": "transports.ts",
  "./protocol": "protocol.ts",
  "./experimental": "experimental.ts",
  "./testing": "testing.ts",
  "./codex-sdk": "codex-sdk.ts",
});

/** One export of an entry. */
export interface ApiExport {
  entry: string;
  kind: "value" | "type" | "types";
  /** The exported name, or for `types`, the module every type of which is re-exported. */
  name: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SNAPSHOT_PATH: string = `${ROOT}tests/api_surface.txt`;

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** Parses one entry file's re-exports; throws on anything an entry file must not hold. */
export function entryExports(entry: string, source: string): ApiExport[] {
  const out: ApiExport[] = [];
  let rest = stripComments(source);
  const named = /export\s+(type\s+)?\{([^}]*)\}\s*from\s*"[^"]+";/g;
  for (const m of rest.matchAll(named)) {
    const allTypes = m[1] !== undefined;
    for (const raw of m[2].split(",").map((s) => s.trim()).filter(Boolean)) {
      const isType = allTypes || raw.startsWith("type ");
      const spec = raw.replace(/^type\s+/, "");
      const name = spec.split(/\s+as\s+/).at(-1)!.trim();
      out.push({ entry, kind: isType ? "type" : "value", name });
    }
  }
  rest = rest.replace(named, "");
  const wildcard = /export\s+type\s+\*\s+from\s*"(\.\/gen\/[^"]+)";/g;
  for (const m of rest.matchAll(wildcard)) out.push({ entry, kind: "types", name: m[1] });
  rest = rest.replace(wildcard, "").trim();
  if (rest !== "") {
    throw new Error(
      `${entry}: an entry file may only re-export names explicitly (or \`export type * from ` +
        `"./gen/..."\`); found: ${rest.slice(0, 120)}`,
    );
  }
  return out;
}

/** Every export of every entry, read from the entry files. */
export function apiSurface(): ApiExport[] {
  return Object.entries(ENTRIES).flatMap(([entry, file]) =>
    entryExports(entry, readFileSync(`${ROOT}${file}`, "utf8"))
  );
}

/** The snapshot text: a header, then `<entry> <kind> <name>` per export, sorted per entry. */
export function formatSurface(exports: ApiExport[]): string {
  const lines = Object.keys(ENTRIES).flatMap((entry) =>
    exports
      .filter((e) => e.entry === entry)
      .map((e) => `${e.entry} ${e.kind} ${e.name}`)
      .sort()
  );
  return [
    "# The public API, one export per line: <entry> <value|type|types> <name>.",
    "# Checked by tests/api_surface.test.ts; after a deliberate change: npm run api:update",
    ...lines,
    "",
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = formatSurface(apiSurface());
  if (process.argv.includes("--write")) {
    writeFileSync(SNAPSHOT_PATH, text);
    console.log(`wrote ${SNAPSHOT_PATH}`);
  } else {
    process.stdout.write(text);
  }
}
