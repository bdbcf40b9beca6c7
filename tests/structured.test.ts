// Structured output: the JSON Schema sent for a valibot schema, and parsing the answer.
import assert from "node:assert/strict";
import * as v from "valibot";
import { StructuredOutputError } from "../src/errors.ts";
import { parseStructuredOutput, toOutputJsonSchema } from "../src/api/structured.ts";
import { describe, it } from "./_helpers.ts";

describe("toOutputJsonSchema", () => {
  it("converts a valibot schema to the bare JSON Schema, without the $schema header", () => {
    const schema = toOutputJsonSchema(v.strictObject({ n: v.number(), tags: v.array(v.string()) }));
    assert.deepEqual(schema, {
      type: "object",
      properties: { n: { type: "number" }, tags: { type: "array", items: { type: "string" } } },
      required: ["n", "tags"],
      additionalProperties: false,
    });
    assert.equal("$schema" in schema, false);
  });

  it("passes a plain JSON Schema object through unchanged", () => {
    const plain = { type: "object", properties: { a: { type: "string" } } };
    assert.equal(toOutputJsonSchema(plain), plain);
  });
});

describe("parseStructuredOutput", () => {
  it("returns the typed value, and names the path of a mismatch", async () => {
    const schema = v.strictObject({ n: v.number() });
    assert.deepEqual(await parseStructuredOutput('{"n":2}', schema), { n: 2 });
    const error = await parseStructuredOutput('{"n":"two"}', schema).then(
      () => undefined,
      (e) => e,
    );
    assert.ok(error instanceof StructuredOutputError, String(error));
    assert.match(error.message, /^the final answer does not match the schema: n: /);
    const notJson = await parseStructuredOutput("nope", schema).then(() => undefined, (e) => e);
    assert.ok(notJson instanceof StructuredOutputError);
    assert.equal(notJson.message, "the final answer is not JSON: nope");
  });
});
