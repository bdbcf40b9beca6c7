import { ProtocolError } from "../errors.ts";

/** A JSON-RPC request id: the server numbers its own requests from 0. */
export type RequestId = string | number;

/** A JSON-RPC error object as it travels on the wire. */
export interface WireError {
  /** The JSON-RPC error code. */
  code: number;
  /** What went wrong, for people. */
  message: string;
  /** Extra detail, as the sender chose. */
  data?: unknown;
}

/** One incoming message, classified. `params` is whatever the server sent. */
export type IncomingMessage =
  | { kind: "response"; id: RequestId; result: unknown }
  | { kind: "error"; id: RequestId | null; error: WireError }
  /**
   * A response that cannot be taken as it stands: both `result` and a non-null `error`
   * (which JSON-RPC forbids), or an `error` member that is not a JSON-RPC error object.
   * `problem` says which; `error` is the error member when it is a well-formed one. The
   * request it answers fails with `problem` rather than waiting for its timeout.
   */
  | { kind: "ambiguous"; id: RequestId; problem: ProtocolError; error: WireError | undefined }
  | { kind: "notification"; method: string; params: unknown }
  | { kind: "request"; id: RequestId; method: string; params: unknown };

const isId = (v: unknown): v is RequestId =>
  typeof v === "string" || (typeof v === "number" && Number.isInteger(v));

/**
 * Parses and classifies one message text. Never throws: input that is not a JSON-RPC
 * message comes back as a {@link ProtocolError} for the caller to report and skip.
 *
 * @example
 * ```ts
 * import { parseMessage } from "./message.ts";
 * const m = parseMessage('{"method":"turn/started","params":{"threadId":"t"}}');
 * if (!(m instanceof Error)) console.log(m.kind); // "notification"
 * ```
 */
export function parseMessage(text: string): IncomingMessage | ProtocolError {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return new ProtocolError("incoming message is not JSON", { raw: clip(text), cause });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return new ProtocolError("incoming message is not a JSON object", { raw: clip(text) });
  }
  const m = value as Record<string, unknown>;
  const method = m.method;
  if (typeof method === "string") {
    if (m.id === undefined) return { kind: "notification", method, params: m.params };
    if (isId(m.id)) return { kind: "request", id: m.id, method, params: m.params };
    return new ProtocolError(`server request ${method} has an invalid id`, {
      method,
      raw: clip(text),
    });
  }
  const error = m.error as Partial<WireError> | null | undefined;
  const wireError = error && typeof error === "object" && typeof error.code === "number"
    ? { code: error.code, message: String(error.message ?? ""), data: error.data }
    : undefined;
  if (isId(m.id) && "result" in m) {
    // `"error": null` beside a result is JSON-RPC 1.0's way of saying "no error".
    if (error === undefined || error === null) {
      return { kind: "response", id: m.id, result: m.result };
    }
    return {
      kind: "ambiguous",
      id: m.id,
      error: wireError,
      problem: new ProtocolError(
        `response to request ${m.id} has both a result and an error; taken as failed${
          wireError ? `: ${wireError.message} (code ${wireError.code})` : ""
        }`,
        { raw: clip(text) },
      ),
    };
  }
  if (wireError && (m.id === null || isId(m.id))) {
    return { kind: "error", id: m.id as RequestId | null, error: wireError };
  }
  if (isId(m.id) && error !== undefined && error !== null) {
    return {
      kind: "ambiguous",
      id: m.id,
      error: undefined,
      problem: new ProtocolError(
        `response to request ${m.id} has an error member that is not a JSON-RPC error ` +
          `(an object with a numeric code); taken as failed`,
        { raw: clip(text) },
      ),
    };
  }
  return new ProtocolError("incoming message is not a request, response or notification", {
    raw: clip(text),
  });
}

/** Keeps error reports small whatever the server sent. */
export function clip(text: string): string {
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * Encodes an outgoing request (the app-server omits the `"jsonrpc"` member). Params that
 * are `undefined` are left out, as the server expects for parameterless methods.
 *
 * @example
 * ```ts
 * import { encodeRequest } from "./message.ts";
 * console.log(encodeRequest(1, "model/list", {})); // {"id":1,"method":"model/list","params":{}}
 * ```
 */
export function encodeRequest(id: RequestId, method: string, params: unknown): string {
  return params === undefined
    ? JSON.stringify({ id, method })
    : JSON.stringify({ id, method, params });
}

/**
 * Encodes an outgoing notification.
 *
 * @example
 * ```ts
 * import { encodeNotification } from "./message.ts";
 * console.log(encodeNotification("initialized", undefined)); // {"method":"initialized"}
 * ```
 */
export function encodeNotification(method: string, params: unknown): string {
  return params === undefined ? JSON.stringify({ method }) : JSON.stringify({ method, params });
}

/**
 * Encodes the answer to a server request: a result or a JSON-RPC error.
 *
 * @example
 * ```ts
 * import { encodeResponse } from "./message.ts";
 * console.log(encodeResponse(0, { result: { decision: "decline" } }));
 * // {"id":0,"result":{"decision":"decline"}}
 * ```
 */
export function encodeResponse(
  id: RequestId,
  answer: { result: unknown } | { error: WireError },
): string {
  return "error" in answer
    ? JSON.stringify({ id, error: answer.error })
    : JSON.stringify({ id, result: answer.result });
}
