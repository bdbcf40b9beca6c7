// Reads JSON-RPC lines from stdin for the fake servers (tests/fake_app_server.mjs and
// bench/fake_server.mjs): calls onMessage with each parsed, non-blank line, and exits when
// stdin ends, as the real server does (unless told not to).
import process from "node:process";

/**
 * @param {(msg: Record<string, unknown>) => void} onMessage
 * @param {{ exitOnEnd?: boolean }} [options]
 */
export function readJsonLines(onMessage, { exitOnEnd = true } = {}) {
  let buffer = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf("\n")) !== -1) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.trim()) onMessage(JSON.parse(line));
    }
  });
  if (exitOnEnd) process.stdin.on("end", () => process.exit(0));
}
