// A node:test reporter for scripts/test_compat.ts: one JSON line per finished test case
// (suites left out): { "test": "file › suite › case", "ok": true | false, "error"?: "…" }.
// test_compat.ts runs one test file per process and names it in COMPAT_FILE: the tests take
// `it` from tests/_helpers.ts, so node:test reports that file, not the test file, as theirs.
import { basename } from "node:path";
import process from "node:process";

export default async function* compatReporter(source) {
  // One file per process: its cases run one after the other, so one stack of names suffices.
  const stack = [];
  for await (const event of source) {
    const data = event.data ?? {};
    const file = process.env.COMPAT_FILE ?? (data.file ? basename(data.file) : "?");
    if (event.type === "test:start") {
      stack.length = data.nesting;
      stack.push(data.name);
    } else if (event.type === "test:pass" || event.type === "test:fail") {
      if (data.details?.type === "suite") continue;
      const test = [file, ...stack.slice(0, data.nesting), data.name].join(" › ");
      const ok = event.type === "test:pass";
      const error = ok ? undefined : String(data.details?.error?.cause ?? data.details?.error);
      yield `${JSON.stringify({ test, ok, error })}\n`;
    }
  }
}
