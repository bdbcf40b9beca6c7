// Sub-agents: the threads a thread's agent spawns (`spawn_agent` of the `multi_agent_v1` tool
// namespace, or `collaboration` with `features.multi_agent_v2`). One tracker per client.
//
// A child is learned of from whichever comes first: the parent's spawn item
// (`collabAgentToolCall` with `receiverThreadIds`), a V2 `subAgentActivity` item
// (`agentThreadId`), or the child's first `turn/started`, which the router offers to the
// parent thread's watcher because it is rooted (`turn.rootTurnId`) at the parent's turn. From
// that moment the child's thread is followed (the turn registry listens on it), so its first
// turn is claimed from its first event and kept for the child's `turns()`; turns that started
// before (still waiting unclaimed in the router's early buffer) are claimed too.
//
// The tracker holds a child while it is live, at most CHILDREN_CAP of them (the oldest is let
// go past it); a child settles when the server unloads or closes it (`notLoaded`,
// `thread/closed`), or when its parent does. A settled child's handle keeps only what its own
// code still holds.
import type { Thread as ThreadInfo } from "../../gen/types.ts";
import type { AppServerClient } from "../client/client.ts";
import { CodexError, ProtocolError } from "../errors.ts";
import type { RoutedEvent, RoutedNotification } from "../router/types.ts";
import { endStream, endWithConnection } from "../router/stream_end.ts";
import { type PushStream, pushStream } from "./_streams.ts";
import { Session } from "./session.ts";
import type { TurnHandle } from "./turn.ts";
import type { TurnRegistry } from "./turn_registry.ts";

/** Live children one client follows at most; past it the oldest one is let go. */
const CHILDREN_CAP = 1_000;
/** Turns of one child kept for its `turns()` readers; past it the oldest is dropped. */
const TURNS_CAP = 1_000;

/** What the parent's items say about a child before the server describes it. */
export interface AgentHints {
  /** The V2 agent path (`subAgentActivity.agentPath`). */
  path?: string;
}

interface Child<H> {
  readonly id: string;
  readonly parentId: string;
  hints: AgentHints;
  /** The child's turns since it was learned of (at most TURNS_CAP). */
  readonly turns: TurnHandle[];
  handle: H | undefined;
  /** Handed to the parent's `agents()` readers already. */
  announced: boolean;
  settled: boolean;
  /** Run once when the child settles (its `turns()` streams end). */
  readonly onSettle: Set<() => void>;
}

/** A thread whose spawns are watched: one with `agents()` readers, or a followed child. */
interface Spawner<H> {
  readonly threadId: string;
  /** Its live children, in the order they were learned of. */
  readonly children: Map<string, Child<H>>;
  readonly readers: Set<PushStream<H>>;
  holds: number;
  /** Children are handed out in the order they were learned of. */
  chain: Promise<void>;
  stop: () => void;
}

/** The child's backlog, as `Thread.turns()` reads it. */
export interface ChildTurns {
  /** The child's turns so far, oldest first. */
  turns: readonly TurnHandle[];
  /** True once the child settled: no turn follows. */
  settled: boolean;
  /** Calls `f` once when the child settles; returns the function that removes it. */
  onSettle(f: () => void): () => void;
}

/** The sub-agents one client follows; see the file comment. */
export class AgentTracker<H extends object> {
  readonly #client: AppServerClient;
  readonly #registry: TurnRegistry;
  readonly #make: (info: ThreadInfo) => H;
  readonly #spawners = new Map<string, Spawner<H>>();
  readonly #children = new Map<string, Child<H>>();
  readonly #ofHandle = new WeakMap<H, Child<H>>();

  private constructor(
    client: AppServerClient,
    registry: TurnRegistry,
    make: (info: ThreadInfo) => H,
  ) {
    this.#client = client;
    this.#make = make;
    this.#registry = registry;
    this.#registry.onSpawn = (parentId, childId) => this.#learn(parentId, childId, {});
  }

  /**
   * The tracker of a client, kept in its session (made on first use; `make` turns a
   * thread's info into a handle).
   */
  static of<H extends object>(
    client: AppServerClient,
    make: (info: ThreadInfo) => H,
  ): AgentTracker<H> {
    const session = Session.of(client);
    session.agents ??= new AgentTracker(client, session.turns, make);
    return session.agents as AgentTracker<H>;
  }

  /** How many children the tracker follows (for tests: it must stay bounded). */
  get size(): number {
    return this.#children.size;
  }

  /** What the parent's items said about a child handle (the V2 agent path). */
  hintsOf(handle: H): AgentHints | undefined {
    return this.#ofHandle.get(handle)?.hints;
  }

  /** The backlog of a child handle's turns, or undefined for a thread that is no child. */
  turnsOf(handle: H): ChildTurns | undefined {
    const child = this.#ofHandle.get(handle);
    if (!child) return undefined;
    return {
      turns: child.turns.slice(),
      settled: child.settled,
      onSettle: (f) => {
        child.onSettle.add(f);
        return () => child.onSettle.delete(f);
      },
    };
  }

  /**
   * A stream of the children of `handle`'s thread: the live ones learned of, then each new
   * one; it ends when that thread, a child, settles.
   */
  agents(threadId: string, handle: H, cap: number): ReadableStream<H> {
    const router = this.#client.router;
    let release = () => {};
    const queue = pushStream<H>(cap, () => release(), (error) => router.report(error));
    if (router.closedError) {
      endStream(queue, router.closedError, router.closedByClient);
      return queue.stream;
    }
    if (this.#ofHandle.get(handle)?.settled) {
      // A child that settled has no more children to come.
      queue.close();
      return queue.stream;
    }
    const spawner = this.#hold(threadId);
    let held = true;
    release = () => {
      if (!held) return;
      held = false;
      spawner.readers.delete(queue);
      this.#release(spawner);
    };
    for (const child of spawner.children.values()) {
      if (child.announced && child.handle) queue.push(child.handle);
    }
    spawner.readers.add(queue);
    // A deliberate close ends the stream; a lost connection is its error.
    endWithConnection(router, queue, release);
    return queue.stream;
  }

  /**
   * The children the server knows of (`thread/list {parentThreadId}`, every page), as
   * handles; each is followed from now on, and a loaded one this connection did not follow
   * is resumed so its events come here (its running turn joins as its `activeTurn`).
   */
  async list(threadId: string, signal: AbortSignal | undefined): Promise<H[]> {
    if (!this.#client.experimentalApi) {
      throw new CodexError(
        "listAgents() needs a client started with experimentalApi: true " +
          "(thread/list's parentThreadId is an experimental field of this protocol)",
      );
    }
    const infos: ThreadInfo[] = [];
    let cursor: string | null | undefined;
    do {
      // deno-lint-ignore no-explicit-any -- parentThreadId is in the experimental tables only
      const page = await (this.#client.request as any)("thread/list", {
        parentThreadId: threadId,
        ...(cursor ? { cursor } : {}),
      }, { signal }) as { data: ThreadInfo[]; nextCursor?: string | null };
      infos.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    const handles: H[] = [];
    for (const info of infos) {
      const followed = this.#children.has(info.id);
      // A child followed already keeps its one handle.
      const child = this.#learn(threadId, info.id, {}, info);
      if (!child) continue;
      // Learned of just before, its description still on the way: this one will do.
      this.#setHandle(child, info);
      handles.push(child.handle!);
      // A loaded child this connection did not follow: resumed, so its events come here.
      if (!followed && info.status?.type !== "notLoaded") await this.#resume(info.id, signal);
    }
    return handles;
  }

  async #resume(childId: string, signal: AbortSignal | undefined): Promise<void> {
    await this.#client.request("thread/resume", { threadId: childId }, {
      signal,
      // Before any later event is routed: its running turn joins now (its events so far
      // never came here: result() reads them from the server).
      onResult: (result) => {
        const running = result.thread.turns?.findLast((t) => t.status === "inProgress");
        if (running && !this.#registry.get(running.id)) {
          this.#registry.claim(childId, running.id, { joinedLate: true });
        }
      },
    });
  }

  /**
   * A child of `parentId` became known. Follows it at once (synchronously: its next event
   * must find it followed), then reads its description unless `info` is given, makes its
   * handle and hands it to the parent's `agents()` readers. Ignored when nobody watches the
   * parent's spawns and no `info` asks for it.
   */
  #learn(
    parentId: string,
    childId: string,
    hints: AgentHints,
    info?: ThreadInfo,
  ): Child<H> | undefined {
    const known = this.#children.get(childId);
    if (known) {
      if (hints.path !== undefined) known.hints.path ??= hints.path;
      return known;
    }
    const parent = this.#spawners.get(parentId);
    if ((!parent && !info) || childId === parentId || this.#client.router.closedError) {
      return undefined;
    }
    const child: Child<H> = {
      id: childId,
      parentId,
      hints: { ...hints },
      turns: [],
      handle: undefined,
      announced: false,
      settled: false,
      onSettle: new Set(),
    };
    this.#children.set(childId, child);
    parent?.children.set(childId, child);
    if (this.#children.size > CHILDREN_CAP) {
      this.#settle(this.#children.values().next().value!);
    }
    // Its turns (and grandchildren) from now on, and those already waiting unclaimed.
    this.#hold(childId);
    this.#registry.claimBuffered(childId);
    if (info) {
      this.#setHandle(child, info);
      this.#announce(parent, child);
      return child;
    }
    const ready = this.#client.request("thread/read", { threadId: childId }).then(
      ({ thread }) => this.#setHandle(child, thread),
      (error) => {
        if (!this.#client.router.closedError) {
          this.#client.router.report(
            new ProtocolError(`sub-agent ${childId} could not be read`, { cause: error }),
          );
        }
        this.#settle(child);
      },
    );
    if (parent) {
      parent.chain = parent.chain.then(() => ready).then(() => this.#announce(parent, child));
    }
    return child;
  }

  #setHandle(child: Child<H>, info: ThreadInfo): void {
    if (child.handle) return;
    const handle = this.#make(info);
    child.handle = handle;
    this.#ofHandle.set(handle, child);
  }

  #announce(parent: Spawner<H> | undefined, child: Child<H>): void {
    if (!child.handle || child.announced) return;
    child.announced = true;
    if (!parent || this.#spawners.get(parent.threadId) !== parent) return;
    for (const reader of parent.readers) reader.push(child.handle);
  }

  /** Watches a thread's spawns (once per thread; counted). */
  #hold(threadId: string): Spawner<H> {
    let spawner = this.#spawners.get(threadId);
    if (spawner) {
      spawner.holds++;
      return spawner;
    }
    const router = this.#client.router;
    const stopListening = this.#registry.listen(threadId, (turn) => {
      const child = this.#children.get(threadId);
      if (child && !child.settled) {
        child.turns.push(turn);
        if (child.turns.length > TURNS_CAP) child.turns.shift();
      }
      this.#scan(threadId, turn);
    });
    const stopStatus = router.subscribeThread(threadId, (n) => {
      if (isUnloaded(n)) this.#unloaded(threadId);
    });
    spawner = {
      threadId,
      children: new Map(),
      readers: new Set(),
      holds: 1,
      chain: Promise.resolve(),
      stop: () => {
        stopListening();
        stopStatus();
      },
    };
    // Children learned of while an earlier watch of this thread was open, and still live.
    for (const child of this.#children.values()) {
      if (child.parentId === threadId) spawner.children.set(child.id, child);
    }
    this.#spawners.set(threadId, spawner);
    return spawner;
  }

  #release(spawner: Spawner<H>): void {
    if (this.#spawners.get(spawner.threadId) !== spawner) return;
    if (--spawner.holds > 0) return;
    this.#spawners.delete(spawner.threadId);
    spawner.stop();
  }

  /** Reads a turn's spawn items (only those) and learns of the children they name. */
  #scan(threadId: string, turn: TurnHandle): void {
    const reader = this.#registry.select(turn, spawnsIn).getReader();
    void (async () => {
      try {
        while (true) {
          const { value, done } = await reader.read();
          if (done) return;
          if (!this.#spawners.has(threadId)) {
            await reader.cancel();
            return;
          }
          for (const [childId, hints] of value) this.#learn(threadId, childId, hints);
        }
      } catch {
        // The turn failed (connection lost): its parent's readers are told by the router.
      }
    })();
  }

  /** The server unloaded or closed a thread: it and its children settle. */
  #unloaded(threadId: string): void {
    const child = this.#children.get(threadId);
    if (child) {
      this.#settle(child);
      return;
    }
    const spawner = this.#spawners.get(threadId);
    if (spawner) { for (const c of [...spawner.children.values()]) this.#settle(c); }
  }

  #settle(child: Child<H>): void {
    if (child.settled) return;
    child.settled = true;
    if (this.#children.get(child.id) === child) this.#children.delete(child.id);
    this.#spawners.get(child.parentId)?.children.delete(child.id);
    for (const f of child.onSettle) {
      try {
        f();
      } catch {
        // The SDK's own stream closers; none may stop the others.
      }
    }
    child.onSettle.clear();
    const spawner = this.#spawners.get(child.id);
    if (spawner) {
      // Its own children go with it; its agents() readers end.
      for (const c of [...spawner.children.values()]) this.#settle(c);
      for (const reader of spawner.readers) reader.close();
      spawner.readers.clear();
      this.#spawners.delete(child.id);
      spawner.stop();
    }
  }
}

function isUnloaded(n: RoutedNotification): boolean {
  if (n.method === "thread/closed") return true;
  if (n.method !== "thread/status/changed") return false;
  return (n.params as { status?: { type?: unknown } }).status?.type === "notLoaded";
}

/** The children a turn event names as spawned (or resumed), if any. */
function spawnsIn(event: RoutedEvent): [string, AgentHints][] | undefined {
  if (event.method !== "item/started" && event.method !== "item/completed") return undefined;
  const item = (event.params as { item?: Record<string, unknown> }).item;
  if (!item) return undefined;
  if (item.type === "collabAgentToolCall") {
    if (item.tool !== "spawnAgent" && item.tool !== "resumeAgent") return undefined;
    const ids = item.receiverThreadIds;
    if (!Array.isArray(ids) || ids.length === 0) return undefined;
    return ids.filter((id): id is string => typeof id === "string").map((id) => [id, {}]);
  }
  if (item.type === "subAgentActivity" && item.kind === "started") {
    const id = item.agentThreadId;
    if (typeof id !== "string") return undefined;
    return [[id, typeof item.agentPath === "string" ? { path: item.agentPath } : {}]];
  }
  return undefined;
}
