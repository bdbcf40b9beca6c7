#!/usr/bin/env node
// A fake app-server for the router and client tests: it speaks JSONL on stdio like the
// real one, and does what the test tells it to.
//
// - `initialize` is answered like the real server (userAgent from FAKE_USER_AGENT if set),
//   unless FAKE_SCRIPT scripts it.
// - Requests are answered from FAKE_SCRIPT (JSON: { "<method>": [step, ...] }); each step is
//   { result } | { error } | { raw } (members of the answer next to its id) |
//   { noReply: true } | { exit: code } (dies instead of answering), optionally with `before` /
//   `after` (raw lines written before / after the answer) and `delayMs`. Steps are used in
//   order; the last one repeats. Unscripted methods are answered { echo: { method, params } }.
// - Notification `fake/emit` { lines, chunkSize?, delayMs? } writes raw lines (chunkSize
//   splits the bytes into writes of that size).
// - Notification `fake/exit` { code, stderr } writes stderr and exits.
// - Notification `fake/grandchild` { ms } starts a process that holds this one's stdout
//   and stderr for `ms`, and reports its pid as notification `fake/grandchild` { pid }.
// - With FAKE_STUBBORN=1 it ignores SIGTERM and the end of its stdin.
// - Answers the client gives to server requests are reported as notification
//   `fake/answered` { id, result?, error? }.
import process from "node:process";
import { spawn } from "node:child_process";
import { readJsonLines } from "./_jsonl_stdin.mjs";

const script = JSON.parse(process.env.FAKE_SCRIPT ?? "{}");
const used = new Map();
const out = process.stdout;

const write = (text) =>
  new Promise((resolve) => {
    if (!out.write(text)) out.once("drain", resolve);
    else resolve();
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function writeLines(lines, chunkSize, delayMs) {
  const text = lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l)) + "\n").join("");
  if (!chunkSize) return write(text);
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += chunkSize) {
    await write(bytes.subarray(i, i + chunkSize));
    if (delayMs) await sleep(delayMs);
  }
}

async function onRequest(msg) {
  if (msg.method === "initialize" && !script.initialize) {
    await writeLines([{
      id: msg.id,
      result: {
        userAgent: process.env.FAKE_USER_AGENT ?? "fake_app_server/0.0.0",
        codexHome: "/tmp/fake-codex-home",
        platformFamily: "unix",
        platformOs: "linux",
      },
    }]);
    return;
  }
  const steps = script[msg.method];
  if (!steps) {
    await writeLines([{
      id: msg.id,
      result: { echo: { method: msg.method, params: msg.params } },
    }]);
    return;
  }
  const n = used.get(msg.method) ?? 0;
  used.set(msg.method, n + 1);
  const step = steps[Math.min(n, steps.length - 1)];
  if (step.before) await writeLines(step.before, step.chunkSize);
  if (step.delayMs) await sleep(step.delayMs);
  if (step.exit !== undefined) process.exit(step.exit);
  if (step.raw) {
    await writeLines([{ id: msg.id, ...step.raw }]);
  } else if (!step.noReply) {
    await writeLines([
      "error" in step ? { id: msg.id, error: step.error } : { id: msg.id, result: step.result },
    ]);
  }
  if (step.after) await writeLines(step.after);
}

async function onNotification(msg) {
  if (msg.method === "fake/emit") {
    const p = msg.params;
    await writeLines(p.lines, p.chunkSize, p.delayMs);
  } else if (msg.method === "fake/grandchild") {
    const child = spawn(process.execPath, ["-e", `setTimeout(() => {}, ${msg.params.ms})`], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    await writeLines([{ method: "fake/grandchild", params: { pid: child.pid } }]);
  } else if (msg.method === "fake/exit") {
    if (msg.params?.stderr) process.stderr.write(msg.params.stderr);
    process.exit(msg.params?.code ?? 0);
  }
}

const stubborn = process.env.FAKE_STUBBORN === "1";
if (stubborn) {
  process.on("SIGTERM", () => {});
  setInterval(() => {}, 60_000);
}

let chain = Promise.resolve();
readJsonLines((msg) => {
  if (msg.method !== undefined && msg.id !== undefined) {
    // Requests are served concurrently, like the real server does.
    void onRequest(msg);
  } else if (msg.method !== undefined) {
    chain = chain.then(() => onNotification(msg));
  } else {
    chain = chain.then(() =>
      writeLines([{
        method: "fake/answered",
        params: { id: msg.id, result: msg.result, error: msg.error },
      }])
    );
  }
}, { exitOnEnd: !stubborn });
