// Watch a folder with `codex.watch()`: each chunk is the paths of one change the server
// saw. The watch ends on `close()` (or its signal, or the client's close).
//
//   deno run -A examples/watch_files.ts
//   bun examples/watch_files.ts
//   tsx examples/watch_files.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "./_connect.ts";

await using conn = await connect();
const { codex } = conn;
const dir = await mkdtemp(join(tmpdir(), "codex-watch-example-"));

try {
  const watch = await codex.watch(dir); // an absolute path
  console.log(`watching ${watch.path}`);

  // Something else changes the folder (an editor, a build, an agent's turn).
  setTimeout(() => void writeFile(join(dir, "notes.md"), "# notes\n"), 200);

  for await (const paths of watch) {
    for (const path of paths) console.log(`changed: ${path.split(/[\\/]/).pop()}`);
    if (paths.some((path) => path.endsWith("notes.md"))) break;
  }
  await watch.close();
  console.log(`watch closed: ${watch.closed}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
