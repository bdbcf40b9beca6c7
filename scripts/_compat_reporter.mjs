// A node:test reporter for scripts/test_compat.ts: one JSON line per finished test case
// (suites left out): { "test": "file › suite › case", "ok": true | false, "error"?: "…" }.
import { basename } from "node:path";

export default async function* compatReporter(source) {
  // Within one file cases run one after the other; files may interleave.
  const stacks = new Map();
  for await (const event of source) {
    const data = event.data ?? {};
    const file = data.file ? basename(data.file) : "?";
    if (event.type === "test:start") {
      const stack = stacks.get(file) ?? [];
      stack.length = data.nesting;
      stack.push(data.name);
      stacks.set(file, stack);
    } else if (event.type === "test:pass" || event.type === "test:fail") {
      if (data.details?.type === "suite") continue;
      const stack = (stacks.get(file) ?? []).slice(0, data.nesting);
      const test = [file, ...stack, data.name].join(" › ");
      const ok = event.type === "test:pass";
      const error = ok ? undefined : String(data.details?.error?.cause ?? data.details?.error);
      yield `${JSON.stringify({ test, ok, error })}\n`;
    }
  }
}
