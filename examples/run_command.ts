// IDE-style "run a command and stream its output": start a command in the server's sandbox
// with `codex.exec()`, show its stdout and stderr as they arrive, answer a prompt on its
// stdin, stop a second, long one with an AbortSignal, and report the exit codes.
//
//   deno run -A examples/run_command.ts
//   bun examples/run_command.ts
//   tsx examples/run_command.ts
import { connect } from "./_connect.ts";

await using conn = await connect();
const { codex } = conn;

// An "interactive" script: it prints, asks for a name on stdin, and reports on stderr too.
const cmd = await codex.exec(
  ["sh", "-c", 'echo "building..."; read name; echo "hello, $name"; echo "1 warning" >&2'],
  { cwd: conn.cwd },
);

// Each of `stdout` / `stderr` is a new stream from the first byte: a terminal panel and a
// log file could both read the same output.
async function show(label: string, stream: ReadableStream<Uint8Array>): Promise<void> {
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    for (const line of decoder.decode(chunk, { stream: true }).split("\n")) {
      if (line) console.log(`[${label}] ${line}`);
    }
  }
}
const panels = Promise.all([show("stdout", cmd.stdout), show("stderr", cmd.stderr)]);

await cmd.write("Ada\n");
await cmd.closeStdin();
const { exitCode } = await cmd.exit;
await panels;
console.log(`exit code ${exitCode}`);

// A long command, stopped by a Stop button (here: a timeout) through its signal.
const stop = new AbortController();
const long = await codex.exec(["sleep", "60"], {
  cwd: conn.cwd,
  streamStdin: false,
  signal: stop.signal,
});
setTimeout(() => stop.abort(), 300);
console.log(`long command stopped, exit code ${(await long.exit).exitCode}`);
