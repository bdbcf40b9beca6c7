import { describe, test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { configArgs } from "../src/config.ts";
import { createTestHome } from "../src/testing/harness.ts";
import { ScriptedModel } from "../src/testing/scripted_model.ts";

interface SseEvent {
  event: string;
  // deno-lint-ignore no-explicit-any -- test code inspects arbitrary event payloads
  data: any;
}

function parseSse(text: string): SseEvent[] {
  assert.ok(text.endsWith("\n\n"), "every event ends with a blank line");
  return text
    .split("\n\n")
    .filter((block) => block !== "")
    .map((block) => {
      const lines = block.split("\n");
      assert.equal(lines.length, 2, `one event line and one data line: ${block}`);
      assert.ok(lines[0].startsWith("event: "));
      assert.ok(lines[1].startsWith("data: "));
      const event = lines[0].slice("event: ".length);
      const data = JSON.parse(lines[1].slice("data: ".length));
      assert.equal(data.type, event, "the data's type repeats the event name");
      return { event, data };
    });
}

function post(
  model: ScriptedModel,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${model.url}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

async function stream(model: ScriptedModel, body: unknown = { input: [] }): Promise<SseEvent[]> {
  const res = await post(model, body);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/event-stream");
  return parseSse(await res.text());
}

const userMessage = (text: string): unknown => ({
  type: "message",
  role: "user",
  content: [{ type: "input_text", text }],
});

/** Reads SSE events from a live response one at a time. */
class EventReader {
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = "";
  constructor(res: Response) {
    this.#reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  }
  async next(): Promise<SseEvent | undefined> {
    while (!this.#buffer.includes("\n\n")) {
      const { value, done } = await this.#reader.read();
      if (done) return undefined;
      this.#buffer += value;
    }
    const end = this.#buffer.indexOf("\n\n") + 2;
    const [event] = parseSse(this.#buffer.slice(0, end));
    this.#buffer = this.#buffer.slice(end);
    return event;
  }
  async until(type: string): Promise<SseEvent> {
    for (;;) {
      const event = await this.next();
      assert.ok(event, `stream ended before ${type}`);
      if (event.event === type) return event;
    }
  }
  async rest(): Promise<SseEvent[]> {
    const events: SseEvent[] = [];
    for (let e = await this.next(); e; e = await this.next()) events.push(e);
    return events;
  }
  cancel(): Promise<void> {
    return this.#reader.cancel().catch(() => {});
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Resolves to "pending" if `promise` has not settled after `ms`. */
async function stillPending(promise: Promise<unknown>, ms = 50): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = await Promise.race([
    promise.then(() => "settled", () => "settled"),
    new Promise((resolve) => (timer = setTimeout(() => resolve("pending"), ms))),
  ]);
  clearTimeout(timer);
  return result === "pending";
}

describe("ScriptedModel", () => {
  test("answers the default text 'ok' with the Responses SSE sequence", async () => {
    await using model = await ScriptedModel.start();
    assert.match(model.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const events = await stream(model);
    assert.deepEqual(events.map((e) => e.event), [
      "response.created",
      "response.output_item.added",
      "response.output_text.delta",
      "response.output_item.done",
      "response.completed",
    ]);
    assert.deepEqual(events.map((e) => e.data.sequence_number), [0, 1, 2, 3, 4]);
    const [created, added, delta, done, completed] = events;
    assert.equal(created.data.response.id, completed.data.response.id);
    assert.equal(added.data.item.type, "message");
    assert.equal(delta.data.delta, "ok");
    assert.equal(delta.data.item_id, added.data.item.id);
    assert.equal(delta.data.output_index, 0);
    assert.equal(delta.data.content_index, 0);
    assert.deepEqual(done.data.item, {
      type: "message",
      role: "assistant",
      id: added.data.item.id,
      status: "completed",
      content: [{ type: "output_text", text: "ok", annotations: [] }],
    });
    assert.deepEqual(completed.data.response.usage, {
      input_tokens: 0,
      input_tokens_details: null,
      output_tokens: 1,
      output_tokens_details: null,
      total_tokens: 1,
    });
  });

  test("streams one delta per chunk and joins them in the done item", async () => {
    await using model = await ScriptedModel.start();
    model.enqueue({
      steps: [{ type: "text", text: ["Hel", "lo", "!"] }],
      usage: { inputTokens: 7, outputTokens: 3 },
    });
    const events = await stream(model);
    const deltas = events.filter((e) => e.event === "response.output_text.delta");
    assert.deepEqual(deltas.map((e) => e.data.delta), ["Hel", "lo", "!"]);
    const done = events.find((e) => e.event === "response.output_item.done")!;
    assert.equal(done.data.item.content[0].text, "Hello!");
    assert.equal(events.at(-1)!.data.response.usage.total_tokens, 10);
  });

  test("scripts function calls and reasoning items in order", async () => {
    await using model = await ScriptedModel.start();
    model.enqueue({
      steps: [
        { type: "reasoning", text: "thinking" },
        { type: "functionCall", name: "exec_command", arguments: { cmd: "touch a" } },
        { type: "functionCall", name: "exec_command", arguments: '{"cmd":"ls"}', callId: "call_x" },
      ],
    });
    const events = await stream(model);
    const done = events.filter((e) => e.event === "response.output_item.done").map((e) => e.data);
    assert.deepEqual(done.map((d) => d.output_index), [0, 1, 2]);
    assert.deepEqual(done[0].item.summary, [{ type: "summary_text", text: "thinking" }]);
    assert.ok(
      events.some((e) =>
        e.event === "response.reasoning_summary_text.delta" && e.data.delta === "thinking"
      ),
    );
    assert.equal(done[1].item.type, "function_call");
    assert.equal(done[1].item.name, "exec_command");
    assert.equal(done[1].item.arguments, '{"cmd":"touch a"}');
    assert.equal(typeof done[1].item.call_id, "string");
    assert.notEqual(done[1].item.call_id, done[2].item.call_id);
    assert.equal(done[2].item.call_id, "call_x");
    assert.equal(done[2].item.arguments, '{"cmd":"ls"}');
    assert.equal(events.at(-1)!.event, "response.completed");
  });

  test("serves the queue first in, first out, then the default", async () => {
    await using model = await ScriptedModel.start();
    model.enqueue({ steps: [{ type: "text", text: "one" }] }, {
      steps: [{ type: "text", text: "two" }],
    });
    model.enqueue({ steps: [{ type: "text", text: "three" }] });
    const texts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const events = await stream(model);
      texts.push(
        events.find((e) => e.event === "response.output_item.done")!.data.item.content[0].text,
      );
    }
    assert.deepEqual(texts, ["one", "two", "three", "ok"]);
  });

  test("asks the responder before the queue; undefined falls through", async () => {
    await using model = await ScriptedModel.start({
      responder: (req) =>
        req.prompt === "special"
          ? { steps: [{ type: "text", text: "from responder" }] }
          : undefined,
    });
    model.enqueue({ steps: [{ type: "text", text: "from queue" }] });
    const textOf = async (prompt: string): Promise<string> => {
      const events = await stream(model, { input: [userMessage(prompt)] });
      return events.find((e) => e.event === "response.output_item.done")!.data.item.content[0].text;
    };
    assert.equal(await textOf("special"), "from responder");
    assert.equal(await textOf("plain"), "from queue");
    assert.equal(await textOf("plain"), "ok");
    model.respond(async (req) => {
      await Promise.resolve();
      return { steps: [{ type: "text", text: `async ${req.index}` }] };
    });
    assert.equal(await textOf("special"), "async 3");
  });

  test("records each request: body, prompt, input, function call outputs, index, headers", async () => {
    await using model = await ScriptedModel.start();
    const input = [
      userMessage("<environment_context>…</environment_context>"),
      userMessage("first prompt"),
      { type: "function_call", call_id: "c1", name: "exec_command", arguments: "{}" },
      { type: "function_call_output", call_id: "c1", output: "done" },
      {
        type: "function_call_output",
        call_id: "c2",
        output: [{ type: "input_text", text: "a" }, { type: "input_text", text: "b" }],
      },
    ];
    await (await post(model, { model: "m", stream: true, input }, { "X-Custom": "yes" })).text();
    await (await post(model, { model: "m" })).text();
    assert.equal(model.requests.length, 2);
    const [first, second] = model.requests;
    assert.equal(first.index, 0);
    assert.equal(first.body.model, "m");
    assert.equal(first.prompt, "first prompt");
    assert.deepEqual(first.input, input);
    assert.deepEqual(first.functionCallOutputs, [
      { call_id: "c1", output: "done" },
      { call_id: "c2", output: "ab" },
    ]);
    assert.equal(first.headers["x-custom"], "yes");
    assert.equal(first.headers["content-type"], "application/json");
    assert.equal(second.index, 1);
    assert.equal(second.prompt, undefined);
    assert.deepEqual(second.input, []);
    assert.deepEqual(second.functionCallOutputs, []);
    assert.deepEqual(model.otherRequests, []);
  });

  test("answers other paths 404 and records them separately", async () => {
    await using model = await ScriptedModel.start();
    const res = await fetch(`${model.url}/models?client_version=1`);
    assert.equal(res.status, 404);
    assert.ok((await res.json()).error.message);
    const bad = await fetch(`${model.url}/responses`, { method: "POST", body: "{not json" });
    assert.equal(bad.status, 400);
    await bad.body?.cancel();
    assert.deepEqual(model.otherRequests.map((r) => `${r.method} ${r.path}`), [
      "GET /v1/models?client_version=1",
      "POST /v1/responses",
    ]);
    assert.equal(model.requests.length, 0);
  });

  test("answers an HTTP error status with a JSON error body", async () => {
    await using model = await ScriptedModel.start();
    model.enqueue({ status: 500 }, {
      status: 429,
      fail: { code: "rate_limit_exceeded", message: "slow down" },
    });
    const first = await post(model, {});
    assert.equal(first.status, 500);
    assert.equal(first.headers.get("content-type"), "application/json");
    assert.equal((await first.json()).error.type, "server_error");
    const second = await post(model, {});
    assert.equal(second.status, 429);
    assert.deepEqual((await second.json()).error, {
      message: "slow down",
      type: "invalid_request_error",
      code: "rate_limit_exceeded",
    });
    assert.equal(model.requests.length, 2, "error answers are still recorded");
  });

  test("ends with response.failed instead of response.completed", async () => {
    await using model = await ScriptedModel.start();
    model.enqueue({ steps: [{ type: "text", text: "partial" }], fail: { message: "boom" } });
    const events = await stream(model);
    assert.ok(!events.some((e) => e.event === "response.completed"));
    const last = events.at(-1)!;
    assert.equal(last.event, "response.failed");
    assert.deepEqual(last.data.response.error, { code: "server_error", message: "boom" });
  });

  test("a throwing responder answers 500", async () => {
    await using model = await ScriptedModel.start({
      responder: () => {
        throw new Error("bad script");
      },
    });
    const res = await post(model, {});
    assert.equal(res.status, 500);
    assert.match((await res.json()).error.message, /bad script/);
  });

  test("a gate holds the stream open after the first delta until it resolves", async () => {
    await using model = await ScriptedModel.start();
    const gate = deferred();
    model.enqueue({ steps: [{ type: "text", text: ["a", "b"] }], gate: gate.promise });
    const reader = new EventReader(await post(model, {}));
    const first = await reader.until("response.output_text.delta");
    assert.equal(first.data.delta, "a");
    const next = reader.next();
    assert.ok(await stillPending(next), "nothing more is sent while the gate is closed");
    gate.resolve();
    const rest = [(await next)!, ...(await reader.rest())];
    assert.deepEqual(rest.map((e) => e.event), [
      "response.output_text.delta",
      "response.output_item.done",
      "response.completed",
    ]);
  });

  test("a rejected gate cuts the stream without a terminal event", async () => {
    await using model = await ScriptedModel.start();
    const gate = deferred();
    model.enqueue({ gate: gate.promise });
    const reader = new EventReader(await post(model, {}));
    await reader.until("response.output_text.delta");
    gate.reject(new Error("drop"));
    // Read on until the connection breaks; only the read may fail, never a check.
    const rest: SseEvent[] = [];
    let cut: unknown;
    for (;;) {
      let event: SseEvent | undefined;
      try {
        event = await reader.next();
      } catch (error) {
        cut = error;
        break;
      }
      if (!event) break;
      rest.push(event);
    }
    assert.ok(cut !== undefined, "the connection is cut, not ended cleanly");
    assert.deepEqual(rest.map((e) => e.event), []);
  });

  test("delayMs interleaves concurrent streams", async () => {
    await using model = await ScriptedModel.start({
      responder: (req) => ({
        steps: [{ type: "text", text: [`${req.prompt}1`, `${req.prompt}2`, `${req.prompt}3`] }],
        delayMs: 20,
      }),
    });
    const arrivals: string[] = [];
    const consume = async (prompt: string): Promise<void> => {
      const reader = new EventReader(await post(model, { input: [userMessage(prompt)] }));
      for (let e = await reader.next(); e; e = await reader.next()) {
        if (e.event === "response.output_text.delta") arrivals.push(e.data.delta);
      }
    };
    await Promise.all([consume("a"), consume("b")]);
    assert.equal(arrivals.length, 6);
    const lastA = arrivals.lastIndexOf("a3");
    const firstB = arrivals.indexOf("b1");
    const lastB = arrivals.lastIndexOf("b3");
    const firstA = arrivals.indexOf("a1");
    assert.ok(firstB < lastA && firstA < lastB, `streams interleave: ${arrivals.join(" ")}`);
  });

  test("waitForRequests resolves once enough requests arrived", async () => {
    await using model = await ScriptedModel.start();
    const waiting = model.waitForRequests(2, 2_000);
    await (await post(model, { input: [userMessage("x")] })).text();
    assert.ok(await stillPending(waiting, 20));
    await (await post(model, {})).text();
    const requests = await waiting;
    assert.equal(requests.length, 2);
    assert.equal(requests[0].prompt, "x");
    assert.equal((await model.waitForRequests(1)).length, 2, "already satisfied: resolves at once");
  });

  test("waitForRequests rejects on timeout, saying how many arrived", async () => {
    await using model = await ScriptedModel.start();
    await (await post(model, {})).text();
    await assert.rejects(model.waitForRequests(3, 30), /timed out.*3 model requests; got 1/);
  });

  test("close() ends open streams and pending waits, and is idempotent", async () => {
    const model = await ScriptedModel.start();
    const gate = deferred();
    model.enqueue({ gate: gate.promise });
    const reader = new EventReader(await post(model, {}));
    await reader.until("response.output_text.delta");
    const waiting = assert.rejects(model.waitForRequests(5, 10_000), /closed after 1 of 5/);
    await model.close();
    const rest = await reader.rest().catch(() => [] as SseEvent[]);
    assert.ok(!rest.some((e) => e.event === "response.completed"));
    await waiting;
    await assert.rejects(model.waitForRequests(5), /closed after 1 of 5/);
    await model.close();
    await assert.rejects(fetch(`${model.url}/responses`, { method: "POST", body: "{}" }));
  });
});

describe("createTestHome (harness.ts)", () => {
  test("points the config at its own model and cleans up", async () => {
    const home = await createTestHome({
      responder: () => ({ steps: [{ type: "text", text: "hi" }] }),
    });
    assert.ok(existsSync(home.codexHome));
    assert.ok(existsSync(home.cwd));
    assert.equal(home.env.CODEX_HOME, home.codexHome);
    assert.equal(home.env.CODEX_SCRIPTED_MODEL_KEY, "scripted");
    assert.equal(home.config.model_provider, "mock");
    assert.equal(home.config.model, "mock-model");
    assert.deepEqual(home.config["model_providers.mock"], {
      name: "mock",
      base_url: home.model.url,
      wire_api: "responses",
      env_key: "CODEX_SCRIPTED_MODEL_KEY",
      request_max_retries: 0,
      stream_max_retries: 0,
    });
    assert.doesNotThrow(() => configArgs(home.config));
    const events = await stream(home.model);
    assert.equal(events.find((e) => e.event === "response.output_text.delta")!.data.delta, "hi");
    await home.dispose();
    await home.dispose();
    assert.ok(!existsSync(home.codexHome));
    await assert.rejects(fetch(`${home.model.url}/responses`, { method: "POST", body: "{}" }));
  });

  test("leaves a model it was given running", async () => {
    await using model = await ScriptedModel.start();
    {
      await using home = await createTestHome({ model });
      assert.equal(home.model, model);
    }
    assert.equal((await stream(model)).at(-1)!.event, "response.completed");
  });
});
