// The high-level API's state for one client, owned by the client (it lives as long as the
// client does): the turns it follows, the goal that owns each thread, and the Thread
// objects a reconnect resumes. Each part is used by the code beside it: the registry by
// Thread, TurnHandle and the reconnect loop, `goals` by goal.ts and thread.ts, `threads`
// by reconnect.ts.
import { type AppServerClient, clientSession } from "../client/client.ts";
import { TurnRegistry } from "./turn_registry.ts";

/** The state of one client's high-level API; see the file comment. */
export class Session {
  /** Every turn this client follows, whoever started it. */
  readonly turns: TurnRegistry;
  /** The goal that owns a thread, while it is active. */
  readonly goals: Map<string, object> = new Map();
  /** Every Thread object made on this client, weakly (see `rememberThread`). */
  readonly threads: Map<string, WeakRef<object>> = new Map();
  /** The sub-agents this client follows (`AgentTracker`, made on first use). */
  agents: object | undefined;

  private constructor(client: AppServerClient) {
    this.turns = new TurnRegistry(client);
  }

  /** The session of a client (the client holds it; made on first use). */
  static of(client: AppServerClient): Session {
    return clientSession(client, () => new Session(client));
  }
}
