// The routing and validation tables of the experimental protocol. A module of its own so
// that only a client that opts in (`experimentalApi: true`, or an import of the
// `./experimental` entry) loads the experimental schemas.
import {
  CLIENT_REQUEST_SCHEMAS,
  SERVER_NOTIFICATION_SCHEMAS,
  SERVER_REQUEST_SCHEMAS,
} from "../../gen/experimental/methods.ts";
import {
  NOTIFICATION_ROUTES,
  NOTIFICATION_STREAM_ROUTES,
  SERVER_REQUEST_ROUTES,
} from "../../gen/experimental/routing.ts";
import type { ProtocolTables } from "../router/types.ts";

/**
 * The routing and validation tables including experimental methods and fields, for a
 * {@link MessageRouter} of your own (`AppServerClient` picks them by itself when
 * `experimentalApi` is true).
 *
 * @example
 * ```ts
 * import { experimentalTables } from "codex-app-server/experimental";
 * console.log("thread/start" in experimentalTables.clientRequests); // true
 * ```
 */
export const experimentalTables: ProtocolTables = {
  clientRequests: CLIENT_REQUEST_SCHEMAS,
  serverNotifications: SERVER_NOTIFICATION_SCHEMAS,
  serverRequests: SERVER_REQUEST_SCHEMAS,
  notificationRoutes: NOTIFICATION_ROUTES,
  serverRequestRoutes: SERVER_REQUEST_ROUTES,
  streamRoutes: NOTIFICATION_STREAM_ROUTES,
};
