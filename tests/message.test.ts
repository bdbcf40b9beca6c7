// src/wire/message.ts: classifying incoming JSON-RPC messages and encoding outgoing ones.
import { describe, test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { ProtocolError } from "../src/errors.ts";
import {
  clip,
  encodeNotification,
  encodeRequest,
  encodeResponse,
  parseMessage,
} from "../src/wire/message.ts";

describe("parseMessage", () => {
  test("classifies responses, errors, notifications and server requests", () => {
    assert.deepEqual(parseMessage('{"id":1,"result":{"ok":true}}'), {
      kind: "response",
      id: 1,
      result: { ok: true },
    });
    assert.deepEqual(parseMessage('{"id":"a","result":null}'), {
      kind: "response",
      id: "a",
      result: null,
    });
    assert.deepEqual(
      parseMessage('{"id":2,"error":{"code":-32001,"message":"busy","data":null}}'),
      { kind: "error", id: 2, error: { code: -32001, message: "busy", data: null } },
    );
    assert.deepEqual(parseMessage('{"id":null,"error":{"code":-32700}}'), {
      kind: "error",
      id: null,
      error: { code: -32700, message: "", data: undefined },
    });
    assert.deepEqual(parseMessage('{"method":"turn/started","params":{"threadId":"t"}}'), {
      kind: "notification",
      method: "turn/started",
      params: { threadId: "t" },
    });
    assert.deepEqual(parseMessage('{"id":0,"method":"item/tool/call","params":{}}'), {
      kind: "request",
      id: 0,
      method: "item/tool/call",
      params: {},
    });
  });

  test("returns (never throws) a ProtocolError for what is not a JSON-RPC message", () => {
    const cases: [string, RegExp][] = [
      ["not json", /not JSON/],
      ["[1,2]", /not a JSON object/],
      ["null", /not a JSON object/],
      ['"text"', /not a JSON object/],
      ['{"id":1.5,"method":"x"}', /server request x has an invalid id/],
      ['{"id":{},"method":"x"}', /invalid id/],
      ['{"id":1}', /not a request, response or notification/],
      ['{"id":1.5,"result":1}', /not a request, response or notification/],
      ['{"error":{"code":"x"}}', /not a request, response or notification/],
    ];
    for (const [text, message] of cases) {
      const result = parseMessage(text);
      assert.ok(result instanceof ProtocolError, text);
      assert.match(result.message, message);
      assert.equal(result.raw, text);
    }
  });

  test("a response whose error member is malformed answers its request as failed", () => {
    for (const text of ['{"id":1,"error":{"code":"x"}}', '{"id":"a","error":"nope"}']) {
      const result = parseMessage(text);
      assert.ok(!(result instanceof Error) && result.kind === "ambiguous", text);
      assert.equal(result.error, undefined);
      assert.match(result.problem.message, /not a JSON-RPC error/);
    }
  });

  test("keeps the raw text of a report short", () => {
    const long = `{"x":"${"a".repeat(2000)}"`;
    const result = parseMessage(long);
    assert.ok(result instanceof ProtocolError);
    assert.equal(result.raw, clip(long));
    assert.equal(result.raw!.length, 501);
    assert.equal(clip("short"), "short");
  });
});

describe("encoding", () => {
  test("requests and notifications leave out undefined params, and no jsonrpc member", () => {
    assert.equal(encodeRequest(1, "model/list", {}), '{"id":1,"method":"model/list","params":{}}');
    assert.equal(
      encodeRequest("r", "account/logout", undefined),
      '{"id":"r","method":"account/logout"}',
    );
    assert.equal(encodeNotification("initialized", undefined), '{"method":"initialized"}');
    assert.equal(encodeNotification("n", { a: 1 }), '{"method":"n","params":{"a":1}}');
  });

  test("responses carry a result or an error", () => {
    assert.equal(
      encodeResponse(0, { result: { decision: "decline" } }),
      '{"id":0,"result":{"decision":"decline"}}',
    );
    assert.equal(encodeResponse(3, { result: undefined }), '{"id":3}');
    assert.equal(
      encodeResponse("s", { error: { code: -32601, message: "no handler" } }),
      '{"id":"s","error":{"code":-32601,"message":"no handler"}}',
    );
  });
});
