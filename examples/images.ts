// Images: send a local image file with the prompt (`localImage`), next to text (`text`).
// The app-server reads the file and sends it to the model; `image(url)` does the same for
// an https: or data: URL.
//
//   deno run -A examples/images.ts
//   bun examples/images.ts
//   tsx examples/images.ts
import { Buffer } from "node:buffer";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localImage, text } from "../mod.ts";
import type { ScriptedRequest } from "../testing.ts";
import { connect, say } from "./_connect.ts";

// A 16x16 PNG: an orange disc on a blue background.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAN0lEQVR42mOQszlBEmKggob/PQxwREADslJc2hgIqkbTQ64G" +
    "/KqR9QxeDbQPJXIijpykQZPUCgCYnlAAk9Z1YQAAAABJRU5ErkJggg==",
  "base64",
);

await using conn = await connect({
  responder: (req) => {
    const images = imagesIn(req);
    return say(
      images.length === 0 ? "I received no image." : `I received ${images.join(" and ")}. ` +
        "(I am the scripted model and cannot see it; a real model would describe an orange " +
        "disc on a blue background.)",
    );
  },
});

const folder = await mkdtemp(join(tmpdir(), "codex-images-"));
try {
  const file = join(folder, "disc.png");
  await writeFile(file, PNG);
  console.log(`wrote ${file} (${PNG.length} bytes)`);

  const thread = await conn.codex.startThread({ cwd: conn.cwd });
  const turn = await thread.startTurn([
    text("What is in this image? Answer in one sentence."),
    localImage(file),
  ]);
  console.log(`answer: ${await turn.finalText()}`);
  console.log(`status: ${(await turn.run()).status}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}

/** Describes the images of the request's last user message (they arrive as data URLs). */
function imagesIn(req: ScriptedRequest): string[] {
  const user = req.input.findLast((item) => (item as { role?: string }).role === "user") as
    | { content?: { type: string; image_url?: string }[] }
    | undefined;
  return (user?.content ?? [])
    .filter((part) => part.type === "input_image" && part.image_url)
    .map((part) => {
      const url = part.image_url!;
      const type = url.startsWith("data:") ? url.slice(5, url.indexOf(";")) : "linked";
      return `one ${type} image (a ${url.length}-character data URL)`;
    });
}
