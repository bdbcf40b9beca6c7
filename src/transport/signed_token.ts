// Bearer tokens for `codex app-server --ws-auth signed-bearer-token`: a JWT signed with
// HS256 and the server's shared secret. Web Crypto only, so it runs on Node, Deno and Bun.
import { base64url } from "../_base64.ts";

/**
 * Options for {@link signedBearerToken}: the token's lifetime and the claims the server
 * checks (`--ws-issuer`, `--ws-audience`).
 *
 * @example
 * ```ts
 * import type { SignedBearerTokenOptions } from "codex-app-server/transports";
 * const options: SignedBearerTokenOptions = {
 *   issuer: "ci-orchestrator",
 *   audience: "build-farm",
 *   expiresInSeconds: 60,
 * };
 * ```
 */
export interface SignedBearerTokenOptions {
  /**
   * How long the token is valid, in seconds (default 300). The server refuses a token
   * without `exp` and one that has expired ("expired websocket jwt"); it is checked when the
   * connection opens, so a short life is enough.
   */
  expiresInSeconds?: number;
  /** `iss`: required when the server runs with `--ws-issuer` (it must match). */
  issuer?: string;
  /** `aud`: required when the server runs with `--ws-audience` (it, or one of them, must match). */
  audience?: string | string[];
  /** `sub`: who the token is for; the server does not check it. */
  subject?: string;
  /**
   * `nbf`: the token is not valid before this many seconds from now (default: none). The
   * server refuses it until then ("websocket jwt is not valid yet").
   */
  notBeforeSeconds?: number;
  /** The current time in milliseconds since the epoch (default `Date.now()`): for tests and skew. */
  now?: number;
}

/** The server refuses to start with a shorter secret. */
const MIN_SECRET_BYTES = 32;

/**
 * Signs a bearer token for an app-server started with `--ws-auth signed-bearer-token
 * --ws-shared-secret-file FILE`: a JWT (HS256) with `exp` and `iat`, and `iss` / `aud` / `sub`
 * when given. Pass it as `webSocket(url, { token })`.
 *
 * A string secret is trimmed as the server trims the file's contents, so the text of the
 * secret file can be passed as it is read. The secret must be at least 32 bytes, as the
 * server requires. Keep the secret on the machines that mint tokens; the token itself is
 * what travels, and it expires.
 *
 * @param secret The shared secret: the contents of the server's `--ws-shared-secret-file`.
 * @param options Lifetime and the claims the server checks.
 * @returns The compact JWT (`header.payload.signature`).
 * @throws {TypeError} When the secret is shorter than 32 bytes or an option is out of range.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server";
 * import { signedBearerToken, webSocket } from "codex-app-server/transports";
 * import { readFile } from "node:fs/promises";
 *
 * // Server: codex app-server --listen ws://0.0.0.0:4500 --ws-auth signed-bearer-token \
 * //   --ws-shared-secret-file /etc/codex/ws-secret --ws-audience build-farm
 * const secret = await readFile("/etc/codex/ws-secret", "utf8");
 * const token = await signedBearerToken(secret, { audience: "build-farm", expiresInSeconds: 60 });
 * await using codex = await Codex.start({
 *   transport: await webSocket("wss://build-1.internal:4500", { token }),
 * });
 * ```
 */
export async function signedBearerToken(
  secret: string | Uint8Array,
  options: SignedBearerTokenOptions = {},
): Promise<string> {
  const key = typeof secret === "string" ? new TextEncoder().encode(secret.trim()) : secret;
  if (!(key instanceof Uint8Array)) {
    throw new TypeError("signedBearerToken: the secret must be a string or a Uint8Array");
  }
  if (key.byteLength < MIN_SECRET_BYTES) {
    throw new TypeError(
      `signedBearerToken: the secret has ${key.byteLength} bytes; the app-server requires at least ${MIN_SECRET_BYTES}`,
    );
  }
  const ttl = options.expiresInSeconds ?? 300;
  if (!Number.isFinite(ttl) || ttl <= 0) {
    throw new TypeError(
      `signedBearerToken: expiresInSeconds must be a positive number, got ${ttl}`,
    );
  }
  const notBefore = options.notBeforeSeconds;
  if (notBefore !== undefined && !Number.isFinite(notBefore)) {
    throw new TypeError(`signedBearerToken: notBeforeSeconds must be a number, got ${notBefore}`);
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const claims: Record<string, unknown> = { iat: now, exp: now + Math.ceil(ttl) };
  if (notBefore !== undefined) claims.nbf = now + Math.floor(notBefore);
  if (options.issuer !== undefined) claims.iss = options.issuer;
  if (options.audience !== undefined) claims.aud = options.audience;
  if (options.subject !== undefined) claims.sub = options.subject;

  const encoder = new TextEncoder();
  const signingInput = `${
    base64url(encoder.encode(JSON.stringify({ alg: "HS256", typ: "JWT" })))
  }.${base64url(encoder.encode(JSON.stringify(claims)))}`;
  const hmac = await crypto.subtle.importKey(
    "raw",
    // A copy: importKey wants an ArrayBuffer-backed view, and the caller's bytes stay theirs.
    new Uint8Array(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("HMAC", hmac, encoder.encode(signingInput));
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}
