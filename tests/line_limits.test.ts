// The incoming line cap at its boundary: a line of exactly maxLineLength characters passes,
// one more is skipped and reported, whether it arrives in one chunk, is cut anywhere across
// two, or is the final line without a newline. Both splitters (the per-line stream and the
// batching one the router reads) share the rule.
import assert from "node:assert/strict";
import type { ProtocolError } from "../src/errors.ts";
import { JsonLineBatchStream, JsonLineStream } from "../src/wire/json_line_stream.ts";
import { collect, describe, it } from "./_helpers.ts";

const MAX = 8;

function streamOf(chunks: string[]): ReadableStream<string> {
  return new ReadableStream<string>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

/** The lines and reported errors of `chunks` through both splitters (which must agree). */
async function split(chunks: string[]): Promise<{ lines: string[]; errors: number }> {
  const errors: ProtocolError[] = [];
  const lines = await collect(
    streamOf(chunks).pipeThrough(
      new JsonLineStream({ maxLineLength: MAX, onError: (e) => errors.push(e) }),
    ),
  );
  const batchErrors: ProtocolError[] = [];
  const batched = (await collect(
    streamOf(chunks).pipeThrough(
      new JsonLineBatchStream({ maxLineLength: MAX, onError: (e) => batchErrors.push(e) }),
    ),
  )).flat();
  assert.deepEqual(batched, lines, `the batch splitter agrees on ${JSON.stringify(chunks)}`);
  assert.equal(batchErrors.length, errors.length);
  return { lines, errors: errors.length };
}

/** Every way to cut `text` into two chunks (and the whole as one chunk). */
function cuts(text: string): string[][] {
  const out: string[][] = [[text]];
  for (let at = 1; at < text.length; at++) out.push([text.slice(0, at), text.slice(at)]);
  return out;
}

describe("maxLineLength at the boundary", () => {
  const exact = "a".repeat(MAX);
  const over = "b".repeat(MAX + 1);

  it("passes a line of exactly maxLineLength, in one chunk and cut anywhere", async () => {
    for (const chunks of cuts(`ok\n${exact}\nok\n`)) {
      assert.deepEqual(
        await split(chunks),
        { lines: ["ok", exact, "ok"], errors: 0 },
        chunks.join("|"),
      );
    }
  });

  it("skips and reports a line one character longer, in one chunk and cut anywhere", async () => {
    for (const chunks of cuts(`ok\n${over}\nok\n`)) {
      assert.deepEqual(await split(chunks), { lines: ["ok", "ok"], errors: 1 }, chunks.join("|"));
    }
  });

  it("applies the same limit to a last line without a newline", async () => {
    for (const chunks of cuts(`ok\n${exact}`)) {
      assert.deepEqual(await split(chunks), { lines: ["ok", exact], errors: 0 }, chunks.join("|"));
    }
    for (const chunks of cuts(`ok\n${over}`)) {
      assert.deepEqual(await split(chunks), { lines: ["ok"], errors: 1 }, chunks.join("|"));
    }
  });

  it("counts each line on its own: an exact line right after a skipped one passes", async () => {
    for (const chunks of cuts(`${over}\n${exact}\n`)) {
      assert.deepEqual(await split(chunks), { lines: [exact], errors: 1 }, chunks.join("|"));
    }
  });
});
