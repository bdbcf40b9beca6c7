// Approvals: the server asks before running a command; your handler decides. Here the
// handler accepts `touch hello.txt` and declines everything else. Without a handler the
// SDK declines (fail-closed), so nothing runs unless you say so.
//
//   deno run -A examples/approvals.ts
//   bun examples/approvals.ts
//   tsx examples/approvals.ts
//
// With the real model it works in a new temporary folder, never in your project.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ScriptedRequest, ScriptedResponse } from "../testing.ts";
import { connect, say } from "./_connect.ts";

// The scripted model asks to run one command per prompt, then says how it went.
function script(req: ScriptedRequest): ScriptedResponse {
  const cmd = req.prompt?.startsWith("Delete") ? "rm hello.txt" : "touch hello.txt";
  // The input is the whole thread so far; its last item tells where this turn stands.
  const last = req.input.at(-1) as { type?: string } | undefined;
  if (last?.type !== "function_call_output") {
    return { steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd } }] };
  }
  const output = req.functionCallOutputs.at(-1)?.output ?? "";
  return say(
    /rejected/i.test(output)
      ? `I was not allowed to run \`${cmd}\`, so I left the folder as it was.`
      : `Done: \`${cmd}\` ran and exited with code 0.`,
  );
}

await using conn = await connect({ responder: script });
const cwd = conn.scripted ? conn.cwd : await mkdtemp(join(tmpdir(), "codex-approvals-"));

try {
  const thread = await conn.codex.startThread(
    // "untrusted": every command that is not known to be read-only needs an approval.
    { cwd, approvalPolicy: "untrusted", sandbox: "workspace-write" },
    {
      serverRequests: {
        "item/commandExecution/requestApproval": (params) => {
          const command = params.command ?? "";
          const ok = /^touch hello\.txt$/.test(unwrapShell(command));
          console.log(`  approval asked for \`${command}\` -> ${ok ? "accept" : "decline"}`);
          return { decision: ok ? "accept" : "decline" };
        },
        "item/fileChange/requestApproval": () => {
          console.log("  approval asked for a file change -> decline");
          return { decision: "decline" };
        },
      },
    },
  );

  for (
    const prompt of [
      "Create an empty file named hello.txt by running `touch hello.txt`.",
      "Delete hello.txt by running `rm hello.txt`.",
    ]
  ) {
    console.log(`> ${prompt}`);
    const turn = await thread.startTurn(prompt);
    const { status } = await turn.run();
    console.log(`  ${await turn.finalText()}`);
    console.log(`  turn ${status}; hello.txt exists: ${existsSync(join(cwd, "hello.txt"))}`);
  }
} finally {
  if (!conn.scripted) await rm(cwd, { recursive: true, force: true });
}

/** `touch x` from `/bin/bash -c 'touch x'` (how the server reports a shell command). */
function unwrapShell(command: string): string {
  const match = command.trim().match(/^\S*\b(?:ba|z)?sh\s+-l?c\s+(['"])([\s\S]*)\1$/);
  return (match ? match[2] : command).trim();
}
