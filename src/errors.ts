/**
 * The SDK's error hierarchy. Everything the SDK throws is a {@link CodexError}, so one
 * `instanceof` check separates SDK failures from bugs in your own code.
 *
 * @module
 */
import type { Turn } from "../gen/types.ts";
import type { TurnResult } from "./turn_result.ts";

/**
 * Root of every error the SDK throws.
 *
 * @example
 * ```ts
 * import { CodexError } from "codex-app-server";
 * try {
 *   // ... any SDK call
 * } catch (err) {
 *   if (err instanceof CodexError) console.error("codex failed:", err.message);
 * }
 * ```
 */
export class CodexError extends Error {
  static {
    // A literal, not the constructor's name: minifiers rename classes.
    this.prototype.name = "CodexError";
  }
  /** Creates the error; `options.cause` keeps the underlying error. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The server answered a request with a JSON-RPC error. Subclasses exist for the codes the
 * app-server uses; {@link JsonRpcError.from} picks the right one.
 *
 * @example
 * ```ts
 * import { JsonRpcError } from "codex-app-server";
 * const err = JsonRpcError.from("thread/read", { code: -32600, message: "invalid thread id" });
 * console.log(err.code, err.method); // -32600 "thread/read"
 * ```
 */
export class JsonRpcError extends CodexError {
  static {
    this.prototype.name = "JsonRpcError";
  }
  /** The JSON-RPC error code. */
  readonly code: number;
  /** The error's `data` member, exactly as sent (may be `null` or absent). */
  readonly data: unknown;
  /** The request method that failed, when known. */
  readonly method: string | undefined;

  /** Creates an error for one JSON-RPC error object. */
  constructor(code: number, message: string, data?: unknown, method?: string) {
    super(method ? `${method}: ${message} (code ${code})` : `${message} (code ${code})`);
    this.code = code;
    this.data = data;
    this.method = method;
  }

  /**
   * Builds the most specific subclass for a JSON-RPC error object.
   *
   * @example
   * ```ts
   * import { JsonRpcError, ServerBusyError } from "codex-app-server";
   * const err = JsonRpcError.from("turn/start", { code: -32001, message: "Server overloaded; retry later.", data: null });
   * console.log(err instanceof ServerBusyError); // true
   * ```
   */
  static from(
    method: string | undefined,
    error: { code: number; message: string; data?: unknown },
  ): JsonRpcError {
    const Ctor = ERROR_CLASSES.get(error.code);
    if (Ctor) return new Ctor(error.code, error.message, error.data, method);
    if (error.code === -32600) {
      const data = error.data as { reason?: unknown } | null | undefined;
      if (data && typeof data === "object" && data.reason === "serverShuttingDown") {
        return new ServerShuttingDownError(error.code, error.message, error.data, method);
      }
      return new InvalidRequestError(error.code, error.message, error.data, method);
    }
    return new JsonRpcError(error.code, error.message, error.data, method);
  }
}

/**
 * -32600: the request was not valid for the server's state (not initialized, unknown thread,
 * no active turn to steer, ...).
 *
 * @example
 * ```ts
 * import { InvalidRequestError } from "codex-app-server";
 * const err = new InvalidRequestError(-32600, "Not initialized");
 * console.log(err.code); // -32600
 * ```
 */
export class InvalidRequestError extends JsonRpcError {
  static {
    this.prototype.name = "InvalidRequestError";
  }
}

/**
 * -32600 with `data.reason === "serverShuttingDown"`: the server is draining.
 *
 * @example
 * ```ts
 * import { ServerShuttingDownError } from "codex-app-server";
 * const err = new ServerShuttingDownError(-32600, "draining", { reason: "serverShuttingDown" });
 * console.log(err.data); // { reason: "serverShuttingDown" }
 * ```
 */
export class ServerShuttingDownError extends InvalidRequestError {
  static {
    this.prototype.name = "ServerShuttingDownError";
  }
}

/**
 * -32601: the server does not know the method (an older server, or a typo).
 *
 * @example
 * ```ts
 * import { MethodNotFoundError } from "codex-app-server";
 * console.log(new MethodNotFoundError(-32601, "method not found").code); // -32601
 * ```
 */
export class MethodNotFoundError extends JsonRpcError {
  static {
    this.prototype.name = "MethodNotFoundError";
  }
}

/**
 * -32602: the server rejected the params.
 *
 * @example
 * ```ts
 * import { InvalidParamsError } from "codex-app-server";
 * console.log(new InvalidParamsError(-32602, "bad params").code); // -32602
 * ```
 */
export class InvalidParamsError extends JsonRpcError {
  static {
    this.prototype.name = "InvalidParamsError";
  }
}

/**
 * -32603: the server failed internally.
 *
 * @example
 * ```ts
 * import { InternalServerError } from "codex-app-server";
 * console.log(new InternalServerError(-32603, "boom").code); // -32603
 * ```
 */
export class InternalServerError extends JsonRpcError {
  static {
    this.prototype.name = "InternalServerError";
  }
}

/**
 * -32001 "Server overloaded; retry later." Retryable by its code alone, whatever `data`
 * holds; {@link retryOnOverload} retries it with jittered backoff.
 *
 * @example
 * ```ts
 * import { ServerBusyError } from "codex-app-server";
 * const err = new ServerBusyError(-32001, "Server overloaded; retry later.", null);
 * console.log(err.retryable); // true
 * ```
 */
export class ServerBusyError extends JsonRpcError {
  static {
    this.prototype.name = "ServerBusyError";
  }
  /** Always true: the request may be sent again after a pause. */
  readonly retryable: true = true;
}

const ERROR_CLASSES = new Map<
  number,
  new (code: number, message: string, data?: unknown, method?: string) => JsonRpcError
>([
  [-32601, MethodNotFoundError],
  [-32602, InvalidParamsError],
  [-32603, InternalServerError],
  [-32001, ServerBusyError],
]);

/** How the transport ended: exit code and signal of a process, and the last stderr lines. */
export interface TransportCloseInfo {
  /** The process exit code, or `null` when it was killed by a signal or is not a process. */
  exitCode: number | null;
  /** The signal that ended the process, if any. */
  signal: string | null;
  /** The last lines the process wrote to stderr (bounded in lines and characters). */
  stderrTail: string;
  /** Why the transport closed, when the SDK knows (for sockets: the close reason). */
  reason?: string;
}

/**
 * The connection to the app-server is gone. Every pending call and open stream fails with
 * it at once, and every later call fails with it immediately.
 *
 * @example
 * ```ts
 * import { TransportClosedError } from "codex-app-server";
 * const err = new TransportClosedError({ exitCode: 1, signal: null, stderrTail: "panic" });
 * console.log(err.exitCode, err.stderrTail); // 1 "panic"
 * ```
 */
export class TransportClosedError extends CodexError {
  static {
    this.prototype.name = "TransportClosedError";
  }
  /** Exit code of the app-server process, if it was a process that exited. */
  readonly exitCode: number | null;
  /** Signal that ended the process, if any. */
  readonly signal: string | null;
  /**
   * The last lines of the process's stderr (for a spawned process at most 400 lines and
   * 64 KiB by default); the message shows only the last ten of them.
   */
  readonly stderrTail: string;

  /** Creates the error from how the transport ended. */
  constructor(info: TransportCloseInfo, options?: { cause?: unknown }) {
    const how = info.signal
      ? `killed by ${info.signal}`
      : info.exitCode !== null
      ? `exited with code ${info.exitCode}`
      : (info.reason ?? "closed");
    const tail = lastLines(info.stderrTail);
    super(
      `codex app-server transport closed (${how})${tail ? `; stderr tail:\n${tail}` : ""}`,
      options,
    );
    this.exitCode = info.exitCode;
    this.signal = info.signal;
    this.stderrTail = info.stderrTail;
  }
}

/**
 * The connection dropped while reconnecting is on: requests that were pending (or are made
 * before the client is connected again) fail with it. Nothing is re-sent for you; the
 * request may or may not have reached the server, so retry what is safe to retry. Open
 * turns are not failed: they go on once the client has reconnected.
 *
 * @example
 * ```ts
 * import { ConnectionLostError, type Codex } from "codex-app-server";
 * declare const codex: Codex;
 * try {
 *   await codex.listThreads();
 * } catch (err) {
 *   if (err instanceof ConnectionLostError) console.log("retry later:", err.retryable);
 * }
 * ```
 */
export class ConnectionLostError extends TransportClosedError {
  static {
    this.prototype.name = "ConnectionLostError";
  }
  /** Always true: the call can be retried once the client has reconnected. */
  readonly retryable = true;
}

/**
 * The end of a stderr tail for an error message: its last few lines, clipped, so the
 * message stays readable however much the process wrote (the whole tail is `stderrTail`).
 */
function lastLines(tail: string, lines = 10, chars = 2000): string {
  const text = tail.trimEnd();
  let start = text.length;
  for (let i = 0; i < lines && start > 0; i++) start = text.lastIndexOf("\n", start - 1);
  const last = text.slice(start + 1).trim();
  return last.length > chars ? `…${last.slice(-chars)}` : last;
}

/**
 * A request got no response within its timeout. The request id is forgotten; a late
 * response is dropped.
 *
 * @example
 * ```ts
 * import { RequestTimeoutError } from "codex-app-server";
 * const err = new RequestTimeoutError("model/list", 5000);
 * console.log(err.timeoutMs); // 5000
 * ```
 */
export class RequestTimeoutError extends CodexError {
  static {
    this.prototype.name = "RequestTimeoutError";
  }
  /** The method that timed out. */
  readonly method: string;
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;
  /** Creates the error. */
  constructor(method: string, timeoutMs: number) {
    super(`${method}: no response within ${timeoutMs} ms`);
    this.method = method;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The caller aborted the operation through its `AbortSignal`. `cause` holds the signal's
 * reason.
 *
 * @example
 * ```ts
 * import { AbortError } from "codex-app-server";
 * const err = new AbortError("turn/start", "user pressed stop");
 * console.log(err.cause); // "user pressed stop"
 * ```
 */
export class AbortError extends CodexError {
  static {
    this.prototype.name = "AbortError";
  }
  /** Creates the error for the aborted operation. */
  constructor(what: string, reason?: unknown) {
    super(`${what}: aborted`, { cause: reason });
  }
}

/**
 * The server sent something that is not valid protocol (not JSON, not an object, a
 * response to an unknown id, a line over the size cap, a message that fails its schema), or
 * the SDK was asked to send invalid params. `method` and `path` say where when known.
 *
 * @example
 * ```ts
 * import { ProtocolError } from "codex-app-server";
 * const err = new ProtocolError("turn.id: expected string", { method: "turn/completed", path: "turn.id" });
 * console.log(err.method, err.path); // "turn/completed" "turn.id"
 * ```
 */
export class ProtocolError extends CodexError {
  static {
    this.prototype.name = "ProtocolError";
  }
  /** The method of the offending message, when known. */
  readonly method: string | undefined;
  /** The dotted path of the first offending value, when known. */
  readonly path: string | undefined;
  /** The raw text (possibly truncated) that caused the error, when relevant. */
  readonly raw: string | undefined;
  /** Creates the error. */
  constructor(
    message: string,
    details: { method?: string; path?: string; raw?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.method = details.method;
    this.path = details.path;
    this.raw = details.raw;
  }
}

/**
 * A bounded buffer overflowed: an unclaimed turn's early buffer, or a `notifications()`
 * consumer that fell too far behind. Reported, never silent.
 *
 * @example
 * ```ts
 * import { BufferOverflowError } from "codex-app-server";
 * console.log(new BufferOverflowError("too far behind").message);
 * ```
 */
export class BufferOverflowError extends CodexError {
  static {
    this.prototype.name = "BufferOverflowError";
  }
}

/**
 * The `codex` executable could not be found. The message names every place that was tried.
 *
 * @example
 * ```ts
 * import { CodexNotFoundError } from "codex-app-server";
 * const err = new CodexNotFoundError(["option codexPath: not given"]);
 * console.log(err.tried.length); // 1
 * ```
 */
export class CodexNotFoundError extends CodexError {
  static {
    this.prototype.name = "CodexNotFoundError";
  }
  /** Every place that was looked at, with why it did not fit. */
  readonly tried: string[];
  /** Creates the error. */
  constructor(tried: string[]) {
    super(`could not find the codex executable; tried:\n  ${tried.join("\n  ")}`);
    this.tried = tried;
  }
}

/**
 * A turn ended with status `failed`. `turn` is the generated Turn from `turn/completed`;
 * `turn.error` holds the server's message and `codexErrorInfo`.
 *
 * @example
 * ```ts
 * import { TurnFailedError, type Thread } from "codex-app-server";
 * declare const thread: Thread;
 * try {
 *   await thread.run("hello");
 * } catch (err) {
 *   if (err instanceof TurnFailedError) console.error(err.turn.error?.message);
 * }
 * ```
 */
export class TurnFailedError extends CodexError {
  static {
    this.prototype.name = "TurnFailedError";
  }
  /** The failed turn, as `turn/completed` carried it. */
  readonly turn: Turn;
  /** What the turn produced before it failed (items, usage), when known. */
  readonly result: TurnResult | undefined;
  /** Creates the error for a failed turn. */
  constructor(turn: Turn, result?: TurnResult) {
    super(`turn ${turn.id} failed: ${turn.error?.message ?? "no error message"}`);
    this.turn = turn;
    this.result = result;
  }
}

/**
 * The thread cannot take this now: a goal owns it (no `startTurn` until the goal stops),
 * or a goal was asked for while a turn is running on it.
 *
 * @example
 * ```ts
 * import { ThreadBusyError, type Thread } from "codex-app-server";
 * declare const thread: Thread;
 * try {
 *   await thread.startGoal("Make the tests pass");
 * } catch (err) {
 *   if (err instanceof ThreadBusyError) console.error(err.message);
 * }
 * ```
 */
export class ThreadBusyError extends CodexError {
  static {
    this.prototype.name = "ThreadBusyError";
  }
  /** The thread that is busy. */
  readonly threadId: string;
  /** Creates the error for a busy thread. */
  constructor(threadId: string, message: string) {
    super(`thread ${threadId} is busy: ${message}`);
    this.threadId = threadId;
  }
}

/**
 * A turn went longer than its `idleTimeoutMs` without any event (while no approval was
 * pending), so the SDK interrupted it. `turn` is the interrupted Turn.
 *
 * @example
 * ```ts
 * import { TurnIdleTimeoutError, type Thread } from "codex-app-server";
 * declare const thread: Thread;
 * try {
 *   await thread.run("build it", {}, { idleTimeoutMs: 120_000 });
 * } catch (err) {
 *   if (err instanceof TurnIdleTimeoutError) console.error("stalled for", err.idleTimeoutMs, "ms");
 * }
 * ```
 */
export class TurnIdleTimeoutError extends CodexError {
  static {
    this.prototype.name = "TurnIdleTimeoutError";
  }
  /** The turn, as `turn/completed` carried it (status `interrupted`). */
  readonly turn: Turn;
  /** The idle limit that was exceeded, in milliseconds. */
  readonly idleTimeoutMs: number;
  /** Creates the error. */
  constructor(turn: Turn, idleTimeoutMs: number) {
    super(`turn ${turn.id} was interrupted after ${idleTimeoutMs} ms without any event`);
    this.turn = turn;
    this.idleTimeoutMs = idleTimeoutMs;
  }
}

/**
 * The model's final answer did not match the structured-output schema (not JSON, or JSON
 * that fails the schema). `text` is the answer as given.
 *
 * @example
 * ```ts
 * import { StructuredOutputError } from "codex-app-server";
 * const err = new StructuredOutputError("not JSON", "hello", []);
 * console.log(err.text); // "hello"
 * ```
 */
export class StructuredOutputError extends CodexError {
  static {
    this.prototype.name = "StructuredOutputError";
  }
  /** The model's final answer text. */
  readonly text: string;
  /** The schema issues (valibot issues), empty when the text was not JSON. */
  readonly issues: readonly unknown[];
  /** Creates the error. */
  constructor(message: string, text: string, issues: readonly unknown[], cause?: unknown) {
    super(message, { cause });
    this.text = text;
    this.issues = issues;
  }
}

/**
 * Connecting failed before the transport existed: refused by policy (plain `ws://` to a
 * remote host), unreachable, refused by the server (a missing or wrong token answers HTTP
 * 401), or too slow. `url` names the endpoint; `status` is the HTTP status when known.
 *
 * @example
 * ```ts
 * import { TransportConnectError } from "codex-app-server";
 * import { webSocket } from "codex-app-server/transports";
 * try {
 *   await webSocket("ws://127.0.0.1:4500", { token: "wrong" });
 * } catch (error) {
 *   if (error instanceof TransportConnectError) console.error(error.url, error.status, error.message);
 * }
 * ```
 */
export class TransportConnectError extends CodexError {
  static {
    this.prototype.name = "TransportConnectError";
  }
  /** The endpoint (a URL, or `unix:` and the socket path). */
  readonly url: string;
  /** The HTTP status of a refused upgrade, when the runtime reported it. */
  readonly status: number | undefined;
  /** Creates the error. */
  constructor(url: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.url = url;
    this.status = options.status;
  }
}
