// The public API is a contract: every entry's exports must match the committed snapshot
// (tests/api_surface.txt), so a new export is added on purpose (npm run api:update) and
// shows up in review. Also checks that the parsed value exports are exactly what each
// entry module exports at run time, so the parser cannot miss one.
import { test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  apiSurface,
  ENTRIES,
  entryExports,
  formatSurface,
  SNAPSHOT_PATH,
} from "../scripts/api_surface.ts";

test("every entry's exports match the committed snapshot (update: npm run api:update)", () => {
  const committed = readFileSync(SNAPSHOT_PATH, "utf8");
  assert.equal(formatSurface(apiSurface()), committed);
});

test("the value exports parsed from each entry are exactly its run-time exports", async () => {
  const surface = apiSurface();
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const module = await import(`../${file}`);
    const values = surface.filter((e) => e.entry === entry && e.kind === "value").map((e) =>
      e.name
    );
    assert.deepEqual(Object.keys(module).sort(), values.sort(), entry);
  }
});

test("the root stays thin: no transport, pool or low-level export", () => {
  const root = new Set(apiSurface().filter((e) => e.entry === ".").map((e) => e.name));
  for (const name of ["webSocket", "unixSocket", "CodexPool", "AppServerClient", "spawnNode"]) {
    assert.equal(root.has(name), false, name);
  }
  for (const name of ["Codex", "Thread", "TurnHandle", "text", "CodexError", "CODEX_VERSION"]) {
    assert.equal(root.has(name), true, name);
  }
});

test("an entry file that declares something instead of re-exporting is refused", () => {
  assert.deepEqual(entryExports(".", 'export { a, type B as C } from "./x.ts";'), [
    { entry: ".", kind: "value", name: "a" },
    { entry: ".", kind: "type", name: "C" },
  ]);
  assert.throws(() => entryExports(".", "export const x = 1;"), /may only re-export/);
  assert.throws(() => entryExports(".", 'export * from "./src/x.ts";'), /may only re-export/);
});

/** Every module `file` loads statically (relative imports; `import type` loads nothing). */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(new URL(`../${file}`, import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "");
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const spec = /^(?:import|export)\s+(?!type\s)[^;]*?from\s*"(\.{1,2}\/[^"]+)";/gm;
  for (const m of source.matchAll(spec)) {
    // Re-exports and imports of types only are erased when compiled.
    if (/^(?:import|export)\s*\{\s*(?:type\s+[^,}]+,?\s*)+\}/.test(m[0])) continue;
    const parts = (dir + m[1]).split("/");
    const resolved: string[] = [];
    for (const part of parts) {
      if (part === "..") resolved.pop();
      else if (part !== ".") resolved.push(part);
    }
    staticGraph(resolved.join("/"), seen);
  }
  return seen;
}

test("importing the root does not load the WebSocket, Unix-socket or pool code", () => {
  const graph = [...staticGraph("mod.ts")];
  assert.ok(graph.includes("src/api/codex.ts") && graph.includes("src/transport/spawn.ts"));
  const heavy = graph.filter((f) =>
    /^src\/transport\/(websocket|unix|ws_|http_upgrade)/.test(f) || f === "src/api/pool.ts" ||
    f.startsWith("gen/experimental/")
  );
  assert.deepEqual(heavy, []);
  // The same walk does find them from the transports entry, so the check can fail.
  const transports = [...staticGraph("transports.ts")];
  assert.ok(transports.includes("src/transport/websocket.ts"));
  assert.ok(transports.includes("src/api/pool.ts"));
});
