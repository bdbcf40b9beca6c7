// Generated from codex 0.171.0 with --experimental by scripts/generate.ts. Do not edit.

/**
 * The codex version this protocol was generated from, and the size of the protocol.
 *
 * Experimental API: only with `experimentalApi: true`.
 *
 * @module
 */

/**
 * Version of the codex binary the protocol was generated from.
 *
 * @example
 * ```ts
 * console.log(`generated from codex ${CODEX_VERSION}`);
 * ```
 */
export const CODEX_VERSION: string = "0.171.0";

/**
 * How many methods and definitions the protocol has.
 *
 * @example
 * ```ts
 * console.log(`${PROTOCOL_COUNTS.clientRequests} client requests`);
 * ```
 */
export const PROTOCOL_COUNTS: {
  readonly clientRequests: number;
  readonly serverNotifications: number;
  readonly serverRequests: number;
  readonly clientNotifications: number;
  readonly definitions: number;
} = Object.freeze({
  clientRequests: 189,
  serverNotifications: 87,
  serverRequests: 10,
  clientNotifications: 1,
  definitions: 956,
});
