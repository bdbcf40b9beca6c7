// Error handling and retry: every failure is a CodexError subclass you can tell apart
// with instanceof. Shows a failed turn (TurnFailedError), retrying a flaky turn, JSON-RPC
// errors from the server, aborting a call, retryOnOverload for "server overloaded"
// (-32001), and calls after the connection is gone (TransportClosedError).
//
//   deno run -A examples/error_handling.ts
//   bun examples/error_handling.ts
//   tsx examples/error_handling.ts
import {
  AbortError,
  CodexError,
  InvalidRequestError,
  JsonRpcError,
  retryOnOverload,
  ServerBusyError,
  TransportClosedError,
  TurnFailedError,
} from "../mod.ts";
import { connect, say } from "./_connect.ts";

const BROKEN = "This turn will fail.";
const FLAKY = "Say 'third time lucky'.";

let flakyRequests = 0;
await using conn = await connect({
  responder: (req) => {
    // An HTTP 500 from the model provider: the server gives up and fails the turn.
    if (req.prompt === BROKEN) return { status: 500 };
    if (req.prompt === FLAKY) {
      return ++flakyRequests < 3 ? { status: 500 } : say("Third time lucky!");
    }
    return say("Done.");
  },
});
const { codex } = conn;

// 1. A failed turn rejects run() with TurnFailedError, which carries the failed Turn.
//    (With the real model, a model that does not exist makes the turn fail; a thread of
//    its own keeps that model away from the turns below.)
const broken = await codex.startThread({
  cwd: conn.cwd,
  ...(conn.scripted ? {} : { model: "no-such-model-sdk-example" }),
});
try {
  await broken.run(BROKEN);
} catch (error) {
  if (!(error instanceof TurnFailedError)) throw error;
  console.log(`1. TurnFailedError: turn ${error.turn.status}, "${error.turn.error?.message}"`);
}

const thread = await codex.startThread({ cwd: conn.cwd });
// 2. A turn that may fail for a passing reason can be retried as a whole: retryOnOverload
//    takes a retryIf to decide which errors are worth another attempt.
const lucky = await retryOnOverload(
  async (attempt) => {
    const turn = await thread.startTurn(FLAKY);
    try {
      await turn.run();
    } catch (error) {
      console.log(`2. attempt ${attempt} failed: ${(error as Error).constructor.name}`);
      throw error;
    }
    console.log(`2. attempt ${attempt} succeeded`);
    return await turn.finalText();
  },
  { maxAttempts: 4, initialDelayMs: 200, retryIf: (error) => error instanceof TurnFailedError },
);
console.log(`   answer: ${lucky}`);

// 3. The server refuses a request: JsonRpcError with its code, or a subclass per code.
try {
  await codex.resumeThread("00000000-0000-4000-8000-000000000000");
} catch (error) {
  if (!(error instanceof JsonRpcError)) throw error;
  console.log(`3. ${error.constructor.name} (code ${error.code}): ${error.message}`);
}
const done = await thread.startTurn("Say 'done'.");
await done.run();
try {
  await done.steer("too late: this turn is over");
} catch (error) {
  if (!(error instanceof InvalidRequestError)) throw error;
  console.log(`   steering a finished turn: InvalidRequestError ${error.code}`);
}

// 4. Every call takes a signal (and a timeoutMs, which rejects with RequestTimeoutError).
try {
  await codex.listThreads({}, { signal: AbortSignal.abort("user pressed stop") });
} catch (error) {
  if (!(error instanceof AbortError)) throw error;
  console.log(`4. AbortError: ${error.message} (cause: ${error.cause})`);
}

// 5. "Server overloaded; retry later." (-32001) is a ServerBusyError, whatever its data;
//    retryOnOverload retries it with jittered exponential backoff. The overload is
//    simulated here: a busy server is hard to come by on demand.
const threadAfterRetries = await retryOnOverload(
  (attempt) => {
    if (attempt < 3) {
      console.log(`5. attempt ${attempt}: server overloaded (simulated), retrying`);
      return Promise.reject(new ServerBusyError(-32001, "Server overloaded; retry later.", null));
    }
    return codex.startThread({ cwd: conn.cwd });
  },
  { maxAttempts: 5, initialDelayMs: 100 },
);
console.log(`   attempt 3 started thread ${threadAfterRetries.id}`);

// 6. Once the connection is gone, every call fails at once with TransportClosedError.
await conn.close();
try {
  await codex.listThreads({});
} catch (error) {
  if (!(error instanceof TransportClosedError)) throw error;
  console.log(`6. TransportClosedError after close(): exit code ${error.exitCode}`);
  console.log(`   and like every error above, a CodexError: ${error instanceof CodexError}`);
}
