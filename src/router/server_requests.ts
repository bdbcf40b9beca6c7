// Server requests (approvals, questions, tool calls): each gets the most specific handler
// the client resolves, run off the read loop, or the fail-closed answer when there is none,
// when the handler throws, or when its answer does not match the schema. The server can
// withdraw a request (`serverRequest/resolved`): its handler's signal aborts and a late
// answer is dropped.
import type { StandardSchemaV1 } from "../standard_schema.ts";
import { AbortError, type CodexError, ProtocolError } from "../errors.ts";
import type { RequestId } from "../../gen/types.ts";
import { checkMessagePart, checkValue, type ValidationMode } from "../wire/validate.ts";
import { encodeResponse, type WireError } from "../wire/message.ts";
import { failClosedAnswer } from "./fail_closed.ts";
import { setBounded } from "./_bounded.ts";
import type {
  MessageRouterOptions,
  ProtocolTables,
  ServerRequestContext,
  ServerRequestHandlerFn,
} from "./types.ts";

const RESOLVED_IDS_CAP = 10_000;

interface Open {
  controller: AbortController;
  turnId: string | undefined;
}

/** The server requests awaiting this client's answer; one per router. */
export class ServerRequests {
  readonly #open = new Map<RequestId, Open>();
  // Server request ids answered already, mapped to their turn, so the later
  // serverRequest/resolved still reaches the turn's stream.
  readonly #resolvedTurns = new Map<RequestId, string>();
  readonly #tables: ProtocolTables;
  readonly #validation: ValidationMode;
  readonly #resolveHandler: MessageRouterOptions["resolveHandler"];
  readonly #report: (text: string, error: CodexError) => void;
  readonly #send: (text: string) => Promise<void>;

  constructor(
    tables: ProtocolTables,
    validation: ValidationMode,
    resolveHandler: MessageRouterOptions["resolveHandler"],
    report: (text: string, error: CodexError) => void,
    send: (text: string) => Promise<void>,
  ) {
    this.#tables = tables;
    this.#validation = validation;
    this.#resolveHandler = resolveHandler;
    this.#report = report;
    this.#send = send;
  }

  /**
   * Takes a server request: records it, checks its params, and queues the handler (as a
   * microtask, so the caller can still show the request in its turn's stream first).
   */
  receive(
    id: RequestId,
    method: string,
    params: unknown,
    text: string,
    route: { threadId: string | undefined; turnId: string | undefined },
  ): void {
    const controller = new AbortController();
    this.#open.set(id, { controller, turnId: route.turnId });
    const schemas = this.#tables.serverRequests[method];
    const invalid = checkMessagePart(schemas?.params, params, this.#validation, method, "params");
    if (invalid) this.#report(text, invalid);
    const context: ServerRequestContext = {
      requestId: id,
      signal: controller.signal,
      threadId: route.threadId,
      turnId: route.turnId,
    };
    // Handlers run off the read loop: a slow approval never delays other messages.
    queueMicrotask(() => {
      void this.#answer(method, params, context, invalid, schemas?.result);
    });
  }

  /**
   * The server settled or withdrew a request (`serverRequest/resolved`): stops its handler
   * and returns the request's turn, so the notification reaches that turn's stream.
   */
  resolved(params: unknown): string | undefined {
    const requestId = (params as { requestId?: RequestId } | undefined)?.requestId;
    if (requestId === undefined) return undefined;
    const open = this.#open.get(requestId);
    if (open) {
      this.#open.delete(requestId);
      open.controller.abort(new AbortError("server request", "withdrawn by the server"));
      return open.turnId;
    }
    const turnId = this.#resolvedTurns.get(requestId);
    this.#resolvedTurns.delete(requestId);
    return turnId;
  }

  /** The connection ended: every open request is withdrawn (its answer is dropped). */
  withdrawAll(error: CodexError): void {
    for (const { controller } of this.#open.values()) controller.abort(error);
    this.#open.clear();
  }

  async #answer(
    method: string,
    params: unknown,
    context: ServerRequestContext,
    invalid: ProtocolError | undefined,
    resultSchema: StandardSchemaV1 | undefined,
  ): Promise<void> {
    const id = context.requestId;
    const handler = invalid && this.#validation === "strict"
      ? undefined
      : this.#resolveHandler?.(method, context);
    const answer = handler
      ? await this.#run(handler, method, params, context, resultSchema)
      : failClosedAnswer(method);
    const entry = this.#open.get(id);
    if (!entry || context.signal.aborted) return;
    this.#open.delete(id);
    if (entry.turnId !== undefined) {
      setBounded(this.#resolvedTurns, id, entry.turnId, RESOLVED_IDS_CAP);
    }
    await this.#send(encodeResponse(id, answer)).catch(() => {
      // The transport is gone; its close handling reports that.
    });
  }

  /** Runs a handler; a throw or an answer that breaks the schema gets the fail-closed one. */
  async #run(
    handler: ServerRequestHandlerFn,
    method: string,
    params: unknown,
    context: ServerRequestContext,
    resultSchema: StandardSchemaV1 | undefined,
  ): Promise<{ result: unknown } | { error: WireError }> {
    try {
      const result = await handler(params, context);
      const failure = resultSchema
        ? checkValue(resultSchema, result, "strict", `${method} result`)
        : null;
      if (!failure) return { result };
      this.#report(
        "",
        new ProtocolError(`handler answer refused: ${failure.message}`, {
          method,
          path: failure.path,
        }),
      );
    } catch (error) {
      this.#report(
        "",
        new ProtocolError(
          `${method} handler threw; answered fail-closed: ${
            error instanceof Error ? error.message : String(error)
          }`,
          { method, cause: error },
        ),
      );
    }
    return failClosedAnswer(method);
  }
}
