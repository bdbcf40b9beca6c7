// The requests this client sent that await an answer: their ids, timeouts and abort
// signals, and the handling of each response (validation, `onResult`, settling). A
// response to an id given up on (timed out, aborted) is dropped quietly; one to an id
// never sent is a protocol problem.
import {
  AbortError,
  CodexError,
  JsonRpcError,
  ProtocolError,
  RequestTimeoutError,
} from "../errors.ts";
import type { RequestId } from "../../gen/types.ts";
import { checkMessagePart, type ValidationMode } from "../wire/validate.ts";
import { clip, type IncomingMessage } from "../wire/message.ts";
import { addBounded } from "./_bounded.ts";
import { onAbort } from "../_abort.ts";
import type { ProtocolTables, RequestOptions } from "./types.ts";

interface Pending {
  method: string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onResult?: (result: unknown) => void;
  cleanup: () => void;
}

/** A response, an error response, or a message that is both (never a success). */
export type ResponseMessage = Extract<
  IncomingMessage,
  { kind: "response" | "error" | "ambiguous" }
>;

const FORGOTTEN_IDS_CAP = 10_000;

/** The calls awaiting a response; one per router. */
export class PendingRequests {
  #nextId = 1;
  readonly #pending = new Map<RequestId, Pending>();
  readonly #forgotten = new Set<RequestId>();
  readonly #tables: ProtocolTables;
  readonly #validation: ValidationMode;
  readonly #report: (text: string, error: CodexError) => void;

  constructor(
    tables: ProtocolTables,
    validation: ValidationMode,
    report: (text: string, error: CodexError) => void,
  ) {
    this.#tables = tables;
    this.#validation = validation;
    this.#report = report;
  }

  /** How many requests await a response. */
  get size(): number {
    return this.#pending.size;
  }

  /**
   * Registers a call: returns its id and the promise its response settles. The promise
   * rejects with {@link RequestTimeoutError} after `timeoutMs` (0 or Infinity: never) and
   * with {@link AbortError} when `options.signal` aborts.
   */
  open(
    method: string,
    options: RequestOptions,
    timeoutMs: number,
  ): { id: RequestId; result: Promise<unknown> } {
    const { signal } = options;
    const id = this.#nextId++;
    const result = new Promise<unknown>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One listener per signal, shared by every call that waits on it (see onAbort).
      const stopWaiting = signal
        ? onAbort(signal, () => {
          this.#forget(id);
          reject(new AbortError(method, signal.reason));
        })
        : undefined;
      const cleanup = () => {
        if (timer !== undefined) clearTimeout(timer);
        stopWaiting?.();
      };
      this.#pending.set(id, { method, resolve, reject, onResult: options.onResult, cleanup });
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => {
          this.#forget(id);
          reject(new RequestTimeoutError(method, timeoutMs));
        }, timeoutMs);
      }
    });
    return { id, result };
  }

  /** Fails one call (its request could not be written), if it still waits. */
  fail(id: RequestId, error: unknown): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    entry.cleanup();
    entry.reject(error);
  }

  /** Fails every waiting call with `error`. */
  failAll(error: CodexError): void {
    for (const entry of this.#pending.values()) {
      entry.cleanup();
      entry.reject(error);
    }
    this.#pending.clear();
  }

  /** Settles the call a response answers: checks the result, runs `onResult`, resolves. */
  settle(message: ResponseMessage, text: string): void {
    const id = message.id;
    const entry = id === null ? undefined : this.#pending.get(id);
    if (!entry) {
      if (id !== null && this.#forgotten.delete(id)) return;
      this.#report(
        text,
        new ProtocolError(
          message.kind === "error"
            ? `error response to unknown request id ${id}: ${message.error.message}`
            : `response to unknown request id ${id}`,
          { raw: clip(text) },
        ),
      );
      return;
    }
    this.#pending.delete(id!);
    entry.cleanup();
    if (message.kind === "error") {
      entry.reject(JsonRpcError.from(entry.method, message.error));
      return;
    }
    if (message.kind === "ambiguous") {
      // Result and error at once: never a success. The error member, when well-formed,
      // says what failed (and keeps e.g. -32001 retryable); else the violation itself.
      this.#report(text, message.problem);
      entry.reject(
        message.error ? JsonRpcError.from(entry.method, message.error) : message.problem,
      );
      return;
    }
    if (this.#invalidResult(entry, message.result, text)) return;
    try {
      entry.onResult?.(message.result);
    } catch (error) {
      // E.g. a `turn/start` result without a turn, let through by lenient validation.
      entry.reject(
        error instanceof CodexError ? error : new ProtocolError(
          `${entry.method} result could not be used: ${
            error instanceof Error ? error.message : String(error)
          }`,
          { method: entry.method, raw: clip(text), cause: error },
        ),
      );
      return;
    }
    entry.resolve(message.result);
  }

  /** Checks a result against its schema; true when strict validation rejected the call. */
  #invalidResult(entry: Pending, result: unknown, text: string): boolean {
    const schema = this.#tables.clientRequests[entry.method]?.result;
    const error = checkMessagePart(
      schema,
      result,
      this.#validation,
      entry.method,
      "result",
      clip(text),
    );
    if (!error) return false;
    if (this.#validation === "strict") {
      entry.reject(error);
      return true;
    }
    this.#report(text, error);
    return false;
  }

  #forget(id: RequestId): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#pending.delete(id);
    entry.cleanup();
    // A late response to this id is expected and dropped quietly.
    addBounded(this.#forgotten, id, FORGOTTEN_IDS_CAP);
  }
}
