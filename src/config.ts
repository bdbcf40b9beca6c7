/**
 * Turns a config object into `--config key=<TOML value>` arguments for the codex binary,
 * which parses each value as TOML (and silently falls back to a raw string when that
 * fails — which is why we encode strictly here instead of passing strings through).
 *
 * @module
 */

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/**
 * Encodes one value as a single-line TOML value: strings, numbers, bigints, booleans,
 * dates, arrays and plain objects (as inline tables `{ a = 1, b = "x" }`).
 *
 * Throws a `TypeError` naming the offending path for what TOML cannot express: `undefined`,
 * `null`, functions, symbols, `NaN`, infinities, bigints outside the signed 64-bit range,
 * invalid dates, non-plain objects and cycles.
 *
 * @example
 * ```ts
 * import { toTomlValue } from "codex-app-server/protocol";
 * console.log(toTomlValue("o3")); // '"o3"'
 * console.log(toTomlValue(["a", 1, true])); // '["a", 1, true]'
 * console.log(toTomlValue({ base_url: "http://x", "a.b": 2 })); // '{ base_url = "http://x", "a.b" = 2 }'
 * ```
 */
export function toTomlValue(v: unknown): string {
  return encode(v, "value", new Set());
}

/**
 * Builds `["--config", "key=value", …]` for the codex command line, one pair per entry,
 * sorted by key so the same config always gives the same arguments. Keys are dotted paths
 * as codex understands them (`"model_providers.mock"`, `"features.shell_snapshot"`).
 *
 * @example
 * ```ts
 * import { configArgs } from "codex-app-server/protocol";
 * console.log(configArgs({ model: "o3", "sandbox_workspace_write.network_access": false }));
 * // ["--config", 'model="o3"', "--config", "sandbox_workspace_write.network_access=false"]
 * ```
 */
export function configArgs(config: Record<string, unknown>): string[] {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new TypeError(`config must be a plain object, got ${describe(config)}`);
  }
  const args: string[] = [];
  for (const key of Object.keys(config).sort()) {
    // codex splits each argument at its first "=", and a blank or multi-line key can only
    // be a mistake that would surface later as a confusing config error.
    if (key.trim() === "" || key.includes("=") || /[\r\n]/.test(key)) {
      throw new TypeError(`config key ${JSON.stringify(key)} is not a valid --config key`);
    }
    args.push(
      "--config",
      `${key}=${encode(config[key], `config[${JSON.stringify(key)}]`, new Set())}`,
    );
  }
  return args;
}

function encode(v: unknown, path: string, seen: Set<object>): string {
  switch (typeof v) {
    case "string":
      return quote(v, path);
    case "boolean":
      return String(v);
    case "number":
      if (!Number.isFinite(v)) throw new TypeError(`${path}: ${v} has no TOML representation`);
      // Beyond 2^53 a JS number is not an exact integer, and beyond 2^63 TOML rejects it as
      // an integer; the exponent form keeps the value a TOML float in both cases.
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return v.toExponential();
      return String(v);
    case "bigint":
      if (v < I64_MIN || v > I64_MAX) {
        throw new TypeError(`${path}: ${v}n is outside TOML's signed 64-bit integer range`);
      }
      return v.toString();
    case "undefined":
    case "function":
    case "symbol":
      throw new TypeError(`${path}: ${describe(v)} has no TOML representation`);
  }
  if (v === null) throw new TypeError(`${path}: null has no TOML representation`);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new TypeError(`${path}: invalid Date`);
    return v.toISOString();
  }
  const obj = v as object;
  if (seen.has(obj)) throw new TypeError(`${path}: circular reference`);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      const items: string[] = [];
      // A for loop (not map) so holes are visited and rejected like undefined.
      for (let i = 0; i < obj.length; i++) items.push(encode(obj[i], `${path}[${i}]`, seen));
      return `[${items.join(", ")}]`;
    }
    const proto = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${path}: ${describe(obj)} is not a plain object`);
    }
    const entries = Object.entries(obj).map(([key, value]) =>
      `${encodeKey(key, path)} = ${encode(value, `${path}.${key}`, seen)}`
    );
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  } finally {
    seen.delete(obj);
  }
}

function encodeKey(key: string, path: string): string {
  return BARE_KEY.test(key) ? key : quote(key, path);
}

function quote(s: string, path: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    // TOML basic strings forbid the other control characters, DEL included.
    else if (code < 0x20 || code === 0x7f) {
      out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    } // A lone surrogate has no UTF-8 encoding, and TOML escapes must be scalar values.
    else if (code >= 0xd800 && code <= 0xdfff) {
      throw new TypeError(
        `${path}: string contains a lone surrogate (U+${code.toString(16).toUpperCase()})`,
      );
    } else out += ch;
  }
  return out + '"';
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "function") return "a function";
  if (typeof v === "symbol") return "a symbol";
  if (typeof v === "object") return v.constructor?.name ? `a ${v.constructor.name}` : "an object";
  return String(v);
}
