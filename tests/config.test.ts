// src/config.ts: how config values become TOML and `--config key=value` arguments.
import { describe, test } from "./_helpers.ts";
import assert from "node:assert/strict";
import { configArgs, toTomlValue } from "../src/config.ts";

describe("toTomlValue", () => {
  test("strings are basic strings with escapes", () => {
    assert.equal(toTomlValue("o3"), '"o3"');
    assert.equal(toTomlValue('say "hi"\\'), '"say \\"hi\\"\\\\"');
    assert.equal(toTomlValue("a\nb\tc\rd\be\ff"), '"a\\nb\\tc\\rd\\be\\ff"');
    assert.equal(toTomlValue("\u0001\u001f\u007f"), '"\\u0001\\u001F\\u007F"');
    assert.equal(toTomlValue("héllo ✓ 🎉"), '"héllo ✓ 🎉"');
    assert.equal(toTomlValue(""), '""');
  });

  test("numbers, bigints, booleans and dates", () => {
    assert.equal(toTomlValue(42), "42");
    assert.equal(toTomlValue(-7), "-7");
    assert.equal(toTomlValue(1.5), "1.5");
    assert.equal(toTomlValue(-0), "0");
    assert.equal(toTomlValue(1e300), "1e+300");
    assert.equal(toTomlValue(2 ** 60), "1.152921504606847e+18");
    assert.equal(toTomlValue(2n ** 63n - 1n), "9223372036854775807");
    assert.equal(toTomlValue(-(2n ** 63n)), "-9223372036854775808");
    assert.equal(toTomlValue(true), "true");
    assert.equal(toTomlValue(false), "false");
    assert.equal(toTomlValue(new Date(Date.UTC(2026, 0, 2, 3, 4, 5))), "2026-01-02T03:04:05.000Z");
  });

  test("arrays and inline tables nest, quoting keys that are not bare", () => {
    assert.equal(toTomlValue([]), "[]");
    assert.equal(toTomlValue({}), "{}");
    assert.equal(toTomlValue(["a", 1, [true]]), '["a", 1, [true]]');
    assert.equal(
      toTomlValue({ name: "mock", base_url: "http://127.0.0.1:1/v1", retries: 0 }),
      '{ name = "mock", base_url = "http://127.0.0.1:1/v1", retries = 0 }',
    );
    assert.equal(
      toTomlValue({ "a.b": 1, "with space": 2, "": 3, "dash-ok_1": 4, "ключ": 5 }),
      '{ "a.b" = 1, "with space" = 2, "" = 3, dash-ok_1 = 4, "ключ" = 5 }',
    );
    assert.equal(
      toTomlValue({ outer: { inner: [{ x: "y" }] } }),
      '{ outer = { inner = [{ x = "y" }] } }',
    );
    assert.equal(toTomlValue(Object.assign(Object.create(null), { k: 1 })), "{ k = 1 }");
    const shared = { v: 1 };
    assert.equal(toTomlValue([shared, shared]), "[{ v = 1 }, { v = 1 }]", "repeats are not cycles");
  });

  test("throws TypeError for what TOML cannot express, naming the path", () => {
    const holey = [1, 2, 3];
    delete holey[1];
    const cases: [unknown, RegExp][] = [
      [undefined, /undefined has no TOML representation/],
      [null, /null has no TOML representation/],
      [() => 1, /a function has no TOML representation/],
      [Symbol("s"), /a symbol/],
      [NaN, /NaN/],
      [Infinity, /Infinity/],
      [-Infinity, /-Infinity/],
      [2n ** 63n, /outside TOML's signed 64-bit integer range/],
      [-(2n ** 63n) - 1n, /outside/],
      [new Date(NaN), /invalid Date/],
      [new Map(), /a Map is not a plain object/],
      [{ a: { b: undefined } }, /value\.a\.b: undefined/],
      [holey, /value\[1\]: undefined/],
      ["\ud800", /lone surrogate/],
    ];
    for (const [value, message] of cases) {
      assert.throws(() => toTomlValue(value), (err: unknown) => {
        assert.ok(err instanceof TypeError, `TypeError for ${String(message)}`);
        assert.match(err.message, message);
        return true;
      });
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => toTomlValue(cyclic), /value\.self: circular reference/);
  });
});

describe("configArgs", () => {
  test("emits sorted --config pairs", () => {
    assert.deepEqual(
      configArgs({
        model: "o3",
        "model_providers.mock": { name: "mock", request_max_retries: 0 },
        approval_policy: "never",
        "features.shell_snapshot": false,
      }),
      [
        "--config",
        'approval_policy="never"',
        "--config",
        "features.shell_snapshot=false",
        "--config",
        'model="o3"',
        "--config",
        'model_providers.mock={ name = "mock", request_max_retries = 0 }',
      ],
    );
    assert.deepEqual(configArgs({}), []);
  });

  test("rejects bad keys, bad values and non-objects with a TypeError", () => {
    assert.throws(() => configArgs({ "a=b": 1 }), TypeError);
    assert.throws(() => configArgs({ " ": 1 }), TypeError);
    assert.throws(() => configArgs({ "a\nb": 1 }), TypeError);
    assert.throws(() => configArgs({ model: undefined }), /config\["model"\]: undefined/);
    assert.throws(() => configArgs(null as unknown as Record<string, unknown>), TypeError);
    assert.throws(() => configArgs([] as unknown as Record<string, unknown>), TypeError);
  });
});
