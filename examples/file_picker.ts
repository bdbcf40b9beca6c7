// A file picker with fuzzy search (experimental: needs `experimentalApi: true`): one
// search session over the workspace, a query per keystroke, the best matches of each
// update shown as they come.
//
//   deno run -A examples/file_picker.ts
//   bun examples/file_picker.ts
//   tsx examples/file_picker.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { connect } from "./_connect.ts";

await using conn = await connect({ experimentalApi: true });
const { codex } = conn;

if (conn.scripted) {
  // The scripted run's workspace is empty: give the picker something to find.
  await mkdir(join(conn.cwd, "src", "router"), { recursive: true });
  for (const file of ["src/router/message_router.ts", "src/api/codex.ts", "README.md"]) {
    await mkdir(join(conn.cwd, file, ".."), { recursive: true });
    await writeFile(join(conn.cwd, file), "");
  }
}

await using search = await codex.fuzzySearch([conn.cwd]);
const results = search.results.getReader();

// The user types "r", "ro", "rout": each keystroke is one update of the same session.
for (const query of ["r", "ro", "rout"]) {
  await search.update(query);
  // Updates come for the query just typed (and may keep coming after "completed").
  while (true) {
    const { value, done } = await results.read();
    if (done) break;
    if (value.query !== query || value.files.length === 0) continue;
    const best = value.files.slice(0, 3).map((file) => file.path);
    console.log(`"${query}" -> ${best.join(", ")}`);
    break;
  }
}
results.releaseLock();
await search.stop();
console.log(`search stopped: ${search.stopped}`);
