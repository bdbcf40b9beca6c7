/**
 * The experimental protocol: the types of every definition as the server describes them
 * with experimental methods and fields, the method maps, and the routing and validation
 * tables. A client gets the experimental methods with `Codex.start({ experimentalApi: true })`;
 * this entry is for typing them, and for a `MessageRouter` of your own. Names are the same
 * as in the root entry: import them from here under an alias where both are needed.
 *
 * @example
 * ```ts
 * import type { ClientRequestMap } from "codex-app-server/experimental";
 * import { experimentalTables } from "codex-app-server/experimental";
 * type ListParams = ClientRequestMap["thread/list"]["params"];
 * console.log(Object.keys(experimentalTables.clientRequests).length > 0); // true
 * ```
 *
 * @module
 */
export { experimentalTables } from "./src/client/experimental_tables.ts";
export type * from "./gen/experimental/types.ts";
export type {
  ClientNotificationMap,
  ClientNotificationMethod,
  ClientRequestMap,
  ClientRequestMethod,
  ServerNotificationMap,
  ServerNotificationMethod,
  ServerRequestMap,
  ServerRequestMethod,
} from "./gen/experimental/methods.ts";
