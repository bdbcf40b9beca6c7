/**
 * A scripted stand-in for the OpenAI Responses API: a loopback HTTP server that the real
 * `codex app-server` binary can run turns against, with no network and no account.
 *
 * This file (with the harness) is the only place outside `src/transport/` that imports
 * `node:*`: `node:http` is the one server API that Node, Deno and Bun all implement.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as zlib from "node:zlib";

/**
 * One `POST …/responses` request the scripted model received, already parsed.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "codex-app-server/testing";
 * await using model = await ScriptedModel.start({
 *   responder: (req) => ({ steps: [{ type: "text", text: `you said: ${req.prompt}` }] }),
 * });
 * // ... run a turn against model.url, then:
 * const [first] = await model.waitForRequests(1);
 * console.log(first.prompt, first.index, first.headers["authorization"]);
 * ```
 */
export interface ScriptedRequest {
  /** The request body as parsed JSON (the binary sends `{model, input, tools, stream, …}`). */
  // deno-lint-ignore no-explicit-any -- the Responses request schema is Codex's, not ours; tests poke at it freely
  body: any;
  /**
   * The text of the last `user` message's `input_text` parts (joined with a newline), or
   * `undefined` when the input has no user message. Earlier user messages carry Codex's
   * `<environment_context>`; the last one is what the turn's caller typed (or steered in).
   */
  prompt: string | undefined;
  /** `body.input`, or `[]` when absent. Holds the whole thread history: the binary sends it every time. */
  input: unknown[];
  /**
   * Every `function_call_output` in this request's input, oldest first. Because the input is
   * the whole history, outputs of earlier turns of the same thread are included too.
   */
  functionCallOutputs: { call_id: string; output: string }[];
  /** 0-based position among all `/responses` requests this model received. */
  index: number;
  /** Request headers, lower-cased names; repeated headers joined with `", "`. */
  headers: Record<string, string>;
}

/**
 * Any other HTTP request the binary made to the base URL (answered with 404), kept so tests
 * can see what Codex asks a provider for besides `/responses`.
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "codex-app-server/testing";
 * await using model = await ScriptedModel.start();
 * await (await fetch(model.url + "/models")).body?.cancel();
 * console.log(model.otherRequests[0].method, model.otherRequests[0].path); // GET /v1/models
 * ```
 */
export interface OtherRequest {
  /** The HTTP method. */
  method: string;
  /** The request path including the query string, e.g. `/v1/models?client_version=…`. */
  path: string;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
  /** The request body as text (empty for GET). */
  body: string;
}

/**
 * One output item of a scripted response, streamed in order.
 *
 * - `text`: an assistant message; each element of an array becomes one delta.
 * - `functionCall`: a tool call, e.g. `exec_command` with `{ cmd }`, which makes the real
 *   server run (or ask approval for) a command. An object `arguments` is JSON-encoded.
 *   `namespace` names the tool's namespace (`multi_agent_v1` for `spawn_agent`,
 *   `wait_agent`, `close_agent`: the sub-agent tools).
 * - `reasoning`: a reasoning item with one summary part; with `raw`, also raw reasoning text
 *   (`response.reasoning_text.delta`, as models that expose their reasoning send it).
 *
 * @example
 * ```ts
 * import type { ScriptedStep } from "codex-app-server/testing";
 * const steps: ScriptedStep[] = [
 *   { type: "reasoning", text: "The user wants a file." },
 *   { type: "functionCall", name: "exec_command", arguments: { cmd: "touch a.txt" } },
 * ];
 * ```
 */
export type ScriptedStep =
  | { type: "text"; text: string | string[] }
  | {
    type: "functionCall";
    name: string;
    arguments: string | object;
    callId?: string;
    /** The tool namespace, for namespaced tools such as `multi_agent_v1`'s `spawn_agent`. */
    namespace?: string;
  }
  | { type: "reasoning"; text: string; raw?: string };

/**
 * What the scripted model answers to one request.
 *
 * @example
 * ```ts
 * import type { ScriptedResponse } from "codex-app-server/testing";
 * let release!: () => void;
 * const slow: ScriptedResponse = {
 *   steps: [{ type: "text", text: ["Work", "ing", "…"] }],
 *   delayMs: 5,
 *   gate: new Promise<void>((resolve) => (release = resolve)),
 * };
 * const broken: ScriptedResponse = { status: 500 };
 * const refused: ScriptedResponse = { fail: { code: "server_error", message: "boom" } };
 * ```
 */
export interface ScriptedResponse {
  /** The output items, in order. Default: one text step `"ok"`. */
  steps?: ScriptedStep[];
  /** Pause before each SSE event after the first, so concurrent streams interleave. */
  delayMs?: number;
  /**
   * Holds the stream open until it settles. It is awaited once, right after the first chunk
   * of the first step (the first text or reasoning delta, or a function call's
   * `output_item.added`), so the turn is visibly in progress while it waits — what
   * interrupt and steer tests need. If it rejects, the connection is cut without a
   * terminal event, like a dropped stream.
   */
  gate?: Promise<unknown>;
  /** Answer with this HTTP status and a JSON error body instead of a stream (e.g. 500, 429). */
  status?: number;
  /** End the stream with `response.failed` carrying this error instead of `response.completed`. */
  fail?: { code?: string; message: string };
  /** Token counts reported in `response.completed`. Default: 0 input, 1 output per chunk. */
  usage?: { inputTokens: number; outputTokens: number };
}

/**
 * Decides the answer to each request. Returning `undefined` falls through to the queue
 * filled by {@link ScriptedModel.enqueue}, then to the default text `"ok"`.
 *
 * @example
 * ```ts
 * import type { Responder } from "codex-app-server/testing";
 * const echo: Responder = (req) =>
 *   req.functionCallOutputs.length > 0
 *     ? { steps: [{ type: "text", text: "done" }] }
 *     : { steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: "ls" } }] };
 * ```
 */
export type Responder = (
  req: ScriptedRequest,
) => ScriptedResponse | Promise<ScriptedResponse> | undefined;

const DEFAULT_RESPONSE: ScriptedResponse = { steps: [{ type: "text", text: "ok" }] };

/**
 * A loopback server speaking the Responses API's streaming protocol well enough for the real
 * `codex app-server` to run turns: text, tool calls, reasoning, failures, held-open streams.
 * Point a provider at {@link ScriptedModel.url} (the harness's `createTestHome` does that).
 *
 * @example
 * ```ts
 * import { ScriptedModel } from "codex-app-server/testing";
 * await using model = await ScriptedModel.start();
 * model.enqueue(
 *   { steps: [{ type: "functionCall", name: "exec_command", arguments: { cmd: "touch x" } }] },
 *   { steps: [{ type: "text", text: ["Done", "."] }] },
 * );
 * // config: model_providers.mock = { base_url = model.url, wire_api = "responses", … }
 * ```
 */
export class ScriptedModel {
  /** The provider base URL, e.g. `http://127.0.0.1:PORT/v1`. */
  readonly url: string;
  /** Every `/responses` request received, in arrival order. */
  readonly requests: ScriptedRequest[] = [];
  /** Every other request received (answered 404), in arrival order. */
  readonly otherRequests: OtherRequest[] = [];

  #server: http.Server;
  #responder: Responder | undefined;
  #queue: ScriptedResponse[] = [];
  #streams = new Set<AbortController>();
  #waiters = new Set<() => void>();
  #closing: Promise<void> | undefined;
  #closed = false;
  #responseCount = 0;

  private constructor(server: http.Server, url: string, responder: Responder | undefined) {
    this.#server = server;
    this.url = url;
    this.#responder = responder;
    server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
      this.#handle(req, res).catch((err) => {
        if (!res.headersSent) {
          sendJson(res, 500, { error: { message: `scripted model crashed: ${errorText(err)}` } });
        } else res.destroy();
      });
    });
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * const model = await ScriptedModel.start({ responder: () => ({ status: 500 }) });
   * console.log(model.url); // e.g. http://127.0.0.1:41234/v1
   * await model.close();
   * ```
   */
  static async start(
    options: { responder?: Responder; host?: string } = {},
  ): Promise<ScriptedModel> {
    const host = options.host ?? "127.0.0.1";
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const hostInUrl = host.includes(":") ? `[${host}]` : host;
    // The constructor attaches the request handler. No request can arrive unhandled in
    // between: that would need an I/O turn, and none happens before the constructor runs.
    return new ScriptedModel(server, `http://${hostInUrl}:${port}/v1`, options.responder);
  }

  /**
   * Queues answers for requests the responder leaves to the queue (returns `undefined`
   * for), first in, first out. An empty queue answers the default text `"ok"`.
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * await using model = await ScriptedModel.start();
   * model.enqueue({ steps: [{ type: "text", text: "first" }] }, { status: 500 });
   * ```
   */
  enqueue(...responses: ScriptedResponse[]): void {
    this.#queue.push(...responses);
  }

  /**
   * Replaces the responder (for requests that arrive from now on).
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * await using model = await ScriptedModel.start();
   * model.respond((req) => ({ steps: [{ type: "text", text: req.prompt ?? "" }] }));
   * ```
   */
  respond(responder: Responder): void {
    this.#responder = responder;
  }

  /**
   * Resolves with the requests received so far once there are at least `n` of them;
   * rejects after `timeoutMs` (default 10 s) saying how many did arrive.
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * await using model = await ScriptedModel.start();
   * // ... start a turn, then:
   * const [first] = await model.waitForRequests(1, 5_000);
   * console.log(first.prompt);
   * ```
   */
  waitForRequests(n: number, timeoutMs: number = 10_000): Promise<ScriptedRequest[]> {
    if (this.requests.length >= n) return Promise.resolve(this.requests.slice());
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.requests.length >= n) {
          done();
          resolve(this.requests.slice());
        } else if (this.#closed) {
          done();
          reject(new Error(`scripted model closed after ${this.requests.length} of ${n} requests`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${n} model requests; got ${this.requests.length}`,
          ),
        );
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }

  /**
   * Stops the server: ends every open stream without a terminal event, drops the
   * connections and waits until the port is released. Safe to call more than once.
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * const model = await ScriptedModel.start();
   * await model.close();
   * await model.close(); // no-op
   * ```
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#closed = true;
      for (const stream of this.#streams) stream.abort();
      for (const waiter of [...this.#waiters]) waiter();
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      // Keep-alive sockets held by the codex binary (or fetch) would otherwise keep close()
      // waiting until they time out; not every runtime's node:http has this method.
      this.#server.closeAllConnections?.();
      await closed;
    })();
    return this.#closing;
  }

  /**
   * Same as {@link ScriptedModel.close}, for `await using`.
   *
   * @example
   * ```ts
   * import { ScriptedModel } from "codex-app-server/testing";
   * {
   *   await using model = await ScriptedModel.start();
   * } // closed here
   * ```
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = req.url ?? "/";
    const headers = flattenHeaders(req.headers);
    if (req.method !== "POST" || !/\/responses\/?(\?.*)?$/.test(path)) {
      this.otherRequests.push({ method: req.method ?? "", path, headers, body: raw.toString() });
      sendJson(res, 404, { error: { message: `scripted model has no ${req.method} ${path}` } });
      return;
    }
    // deno-lint-ignore no-explicit-any -- see ScriptedRequest.body
    let body: any;
    try {
      body = JSON.parse(decodeBody(raw, headers["content-encoding"]));
    } catch (err) {
      this.otherRequests.push({ method: "POST", path, headers, body: raw.toString() });
      sendJson(res, 400, { error: { message: `unreadable request body: ${errorText(err)}` } });
      return;
    }
    const input: unknown[] = Array.isArray(body?.input) ? body.input : [];
    const request: ScriptedRequest = {
      body,
      prompt: lastUserText(input),
      input,
      functionCallOutputs: functionCallOutputs(input),
      index: this.requests.length,
      headers,
    };
    this.requests.push(request);
    for (const waiter of [...this.#waiters]) waiter();

    let response: ScriptedResponse;
    try {
      response = (await this.#responder?.(request)) ?? this.#queue.shift() ?? DEFAULT_RESPONSE;
    } catch (err) {
      // A throwing responder is a test bug; a 500 makes the turn fail loudly instead of hang.
      sendJson(res, 500, { error: { message: `scripted responder threw: ${errorText(err)}` } });
      return;
    }
    if (response.status !== undefined) {
      sendJson(res, response.status, {
        error: {
          message: response.fail?.message ?? `scripted HTTP ${response.status}`,
          type: response.status >= 500 ? "server_error" : "invalid_request_error",
          code: response.fail?.code ?? null,
        },
      });
      return;
    }
    await this.#stream(res, response, `resp_${++this.#responseCount}`);
  }

  async #stream(res: http.ServerResponse, response: ScriptedResponse, id: string): Promise<void> {
    const stream = new AbortController();
    const { signal } = stream;
    this.#streams.add(stream);
    res.on("close", () => stream.abort());
    if (this.#closed) stream.abort();
    try {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        "x-request-id": id,
      });
      res.flushHeaders();
      // Deltas are tiny writes; without this Nagle's algorithm can merge a delta with the
      // next one and hide the interleaving that delayMs exists to produce.
      res.socket?.setNoDelay?.(true);

      const { events, holdAfter } = responseEvents(response, id);
      for (const [sequence, event] of events.entries()) {
        if (sequence > 0 && response.delayMs) await sleep(response.delayMs, signal);
        if (signal.aborted) throw signal.reason;
        res.write(
          `event: ${event.type}\ndata: ${
            JSON.stringify({ ...event, sequence_number: sequence })
          }\n\n`,
        );
        if (sequence === holdAfter && response.gate) await untilSettled(response.gate, signal);
      }
      res.end();
    } catch {
      // Closed by the client or by close(), or the gate rejected: end the connection the
      // way a dropped upstream would, with no terminal event.
      res.destroy();
    } finally {
      this.#streams.delete(stream);
    }
  }
}

/** One Responses API streaming event, as the scripted model writes it (without its sequence number). */
type ResponsesEvent = { type: string } & Record<string, unknown>;

/**
 * An event of a step: `chunk` counts as one output token by default, and the first event
 * marked `gate` is where {@link ScriptedResponse.gate} holds the stream.
 */
interface StepEvent {
  event: ResponsesEvent;
  chunk?: boolean;
  gate?: boolean;
}

/**
 * The events one scripted response streams, in order, and the index of the event after
 * which its gate (if any) is awaited. A pure function of the response and its id: the
 * recorded fixtures pin its output byte for byte.
 *
 * @example
 * ```ts
 * import { responseEvents } from "./scripted_model.ts";
 * const { events, holdAfter } = responseEvents({ steps: [{ type: "text", text: ["a", "b"] }] }, "resp_1");
 * console.log(events.map((e) => e.type).join(" "));
 * // response.created response.output_item.added response.output_text.delta response.output_text.delta response.output_item.done response.completed
 * console.log(holdAfter); // 2
 * ```
 */
export function responseEvents(
  response: ScriptedResponse,
  id: string,
): { events: ResponsesEvent[]; holdAfter: number } {
  const steps = response.steps ?? DEFAULT_RESPONSE.steps!;
  const planned: StepEvent[] = [
    {
      event: {
        type: "response.created",
        response: { id, object: "response", status: "in_progress" },
      },
      // Without steps the gate holds right after the stream opened.
      gate: steps.length === 0,
    },
    ...steps.flatMap((step, outputIndex) => stepEvents(step, outputIndex, id)),
  ];
  const chunks = planned.filter((p) => p.chunk).length;
  const holdAfter = planned.findIndex((p) => p.gate);
  const events = planned.map((p) => p.event);
  if (response.fail) {
    events.push({
      type: "response.failed",
      response: {
        id,
        object: "response",
        status: "failed",
        error: { code: response.fail.code ?? "server_error", message: response.fail.message },
      },
    });
  } else {
    const input = response.usage?.inputTokens ?? 0;
    const output = response.usage?.outputTokens ?? chunks;
    events.push({
      type: "response.completed",
      response: {
        id,
        object: "response",
        status: "completed",
        usage: {
          input_tokens: input,
          input_tokens_details: null,
          output_tokens: output,
          output_tokens_details: null,
          total_tokens: input + output,
        },
      },
    });
  }
  return { events, holdAfter };
}

/** One step's output item: `output_item.added`, its deltas, `output_item.done`. */
function stepEvents(step: ScriptedStep, outputIndex: number, id: string): StepEvent[] {
  const kind = step.type === "functionCall" ? "fc" : step.type === "text" ? "msg" : "rs";
  const itemId = `${kind}_${id.slice(5)}_${outputIndex}`;
  const added = (item: Record<string, unknown>): ResponsesEvent => ({
    type: "response.output_item.added",
    output_index: outputIndex,
    item,
  });
  const done = (item: Record<string, unknown>): ResponsesEvent => ({
    type: "response.output_item.done",
    output_index: outputIndex,
    item,
  });
  switch (step.type) {
    case "text": {
      const parts = typeof step.text === "string" ? (step.text ? [step.text] : []) : step.text;
      const message = { type: "message", role: "assistant", id: itemId };
      return [
        // An empty text has no delta: the gate then holds after the item was added.
        {
          event: added({ ...message, status: "in_progress", content: [] }),
          gate: parts.length === 0,
        },
        ...parts.map((delta): StepEvent => ({
          event: {
            type: "response.output_text.delta",
            item_id: itemId,
            output_index: outputIndex,
            content_index: 0,
            delta,
          },
          chunk: true,
          gate: true,
        })),
        {
          event: done({
            ...message,
            status: "completed",
            content: [{ type: "output_text", text: parts.join(""), annotations: [] }],
          }),
        },
      ];
    }
    case "functionCall": {
      const args = typeof step.arguments === "string"
        ? step.arguments
        : JSON.stringify(step.arguments);
      const item = {
        type: "function_call",
        id: itemId,
        call_id: step.callId ?? `call_${id.slice(5)}_${outputIndex}`,
        ...(step.namespace === undefined ? {} : { namespace: step.namespace }),
        name: step.name,
      };
      return [
        {
          event: added({ ...item, arguments: "", status: "in_progress" }),
          chunk: true,
          gate: true,
        },
        { event: done({ ...item, arguments: args, status: "completed" }) },
      ];
    }
    case "reasoning":
      return [
        { event: added({ type: "reasoning", id: itemId, summary: [] }) },
        ...(step.raw === undefined ? [] : [{
          event: {
            type: "response.reasoning_text.delta",
            item_id: itemId,
            output_index: outputIndex,
            content_index: 0,
            delta: step.raw,
          },
        }]),
        {
          event: {
            type: "response.reasoning_summary_text.delta",
            item_id: itemId,
            output_index: outputIndex,
            summary_index: 0,
            delta: step.text,
          },
          chunk: true,
          gate: true,
        },
        {
          event: done({
            type: "reasoning",
            id: itemId,
            summary: [{ type: "summary_text", text: step.text }],
            ...(step.raw === undefined
              ? {}
              : { content: [{ type: "reasoning_text", text: step.raw }] }),
          }),
        },
      ];
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function decodeBody(raw: Buffer, encoding: string | undefined): string {
  // Codex compresses request bodies for some providers (feature enable_request_compression).
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case "":
    case "identity":
      return raw.toString("utf8");
    case "gzip":
      return zlib.gunzipSync(raw).toString("utf8");
    case "deflate":
      return zlib.inflateSync(raw).toString("utf8");
    case "br":
      return zlib.brotliDecompressSync(raw).toString("utf8");
    case "zstd": {
      const zstd = (zlib as { zstdDecompressSync?: (b: Buffer) => Buffer }).zstdDecompressSync;
      if (!zstd) {
        throw new Error("zstd request body, but this runtime's node:zlib cannot decompress zstd");
      }
      return zstd(raw).toString("utf8");
    }
    default:
      throw new Error(`unsupported content-encoding ${encoding}`);
  }
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    }
  }
  return out;
}

function lastUserText(input: unknown[]): string | undefined {
  for (let i = input.length - 1; i >= 0; i--) {
    const item = input[i] as { type?: unknown; role?: unknown; content?: unknown };
    if (item?.type !== "message" || item.role !== "user") continue;
    const content = Array.isArray(item.content) ? item.content : [];
    const texts = content
      .filter((part) => part?.type === "input_text" && typeof part.text === "string")
      .map((part) => part.text as string);
    return texts.length > 0 ? texts.join("\n") : undefined;
  }
  return undefined;
}

function functionCallOutputs(input: unknown[]): { call_id: string; output: string }[] {
  const out: { call_id: string; output: string }[] = [];
  for (const entry of input) {
    const item = entry as { type?: unknown; call_id?: unknown; output?: unknown };
    if (item?.type !== "function_call_output") continue;
    out.push({ call_id: String(item.call_id), output: outputText(item.output) });
  }
  return out;
}

function outputText(output: unknown): string {
  if (typeof output === "string") return output;
  // The newer shape is a list of content items; the text ones carry what a test asserts on.
  if (Array.isArray(output)) {
    return output
      .map((part) => (typeof part?.text === "string" ? part.text : ""))
      .join("");
  }
  return JSON.stringify(output ?? null);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    // The timer must not outlive an aborted stream, or Deno's op sanitizer flags it.
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function untilSettled(gate: Promise<unknown>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    gate.then(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      },
      (err) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
