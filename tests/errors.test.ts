// src/errors.ts: the hierarchy, JsonRpcError.from's choice of subclass, and names that
// survive minification.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import * as root from "../mod.ts";
import {
  CodexError,
  InvalidRequestError,
  JsonRpcError,
  MethodNotFoundError,
  ServerBusyError,
  ServerShuttingDownError,
  TurnIdleTimeoutError,
} from "../src/errors.ts";

const errorClasses = Object.entries(root).filter(
  (entry): entry is [string, typeof CodexError] =>
    typeof entry[1] === "function" && entry[1].prototype instanceof Error,
);

describe("error classes", () => {
  it("are all exported from the root and all CodexErrors", () => {
    assert.ok(errorClasses.length >= 18, `only ${errorClasses.length}`);
    for (const [name, cls] of errorClasses) {
      assert.ok(cls === CodexError || cls.prototype instanceof CodexError, name);
    }
  });

  it("carry their name as a literal on the prototype, not the constructor's name", () => {
    // A minifier renames classes: a name taken from new.target would change with it.
    for (const [name, cls] of errorClasses) {
      assert.equal(Object.hasOwn(cls.prototype, "name"), true, name);
      assert.equal(cls.prototype.name, name);
    }
    // A renamed subclass (what minified code looks like) keeps its parent's name.
    const Minified = class extends TurnIdleTimeoutError {};
    const err = new Minified({ id: "t1", items: [], status: "inProgress" } as never, 5);
    assert.equal(Minified.name, "Minified");
    assert.equal(err.name, "TurnIdleTimeoutError");
    assert.match(String(err), /^TurnIdleTimeoutError: /);
  });

  it("JsonRpcError.from picks the subclass by code (and data for shutting down)", () => {
    assert.ok(JsonRpcError.from("m", { code: -32001, message: "busy" }) instanceof ServerBusyError);
    assert.ok(
      JsonRpcError.from("m", { code: -32601, message: "?" }) instanceof MethodNotFoundError,
    );
    const draining = JsonRpcError.from("m", {
      code: -32600,
      message: "draining",
      data: { reason: "serverShuttingDown" },
    });
    assert.ok(draining instanceof ServerShuttingDownError);
    assert.ok(draining instanceof InvalidRequestError);
    assert.equal(draining.name, "ServerShuttingDownError");
    const other = JsonRpcError.from("m", { code: -1, message: "x" });
    assert.equal(other.constructor, JsonRpcError);
    assert.equal(other.name, "JsonRpcError");
  });
});
