// Every turn this client follows, whoever started it. One registry per client (held by its
// Session, src/api/session.ts): it makes
// the TurnHandle of a turn exactly once, whether the turn first shows up as the answer to
// this client's `turn/start` / `review/start`, as an unclaimed turn on a watched thread
// (the server's goal continuations, another client's turns), or as the running turn of a
// resumed thread; and it tells each of the thread's listeners about it.
import type { AppServerClient } from "../client/client.ts";
import type { RoutedEvent } from "../router/types.ts";
import { TurnStream } from "../router/turn_stream.ts";
import { TurnHandle } from "./turn.ts";

/** Told about each new turn of a thread. */
export type TurnListener = (turn: TurnHandle) => void;

interface ThreadEntry {
  listeners: Set<TurnListener>;
  /** `turn/start`-like requests under way: their answer may name a turn we already know. */
  starts: number;
  /** Removes the router's watcher; set while the thread has listeners. */
  unwatch: (() => void) | undefined;
}

/** The turns one client follows; see the file comment. */
export class TurnRegistry {
  readonly #client: AppServerClient;
  /** Handles of running turns, and of ended ones a pending start may still ask for. */
  readonly #live = new Map<string, TurnHandle>();
  readonly #streams = new WeakMap<TurnHandle, TurnStream>();
  readonly #threads = new Map<string, ThreadEntry>();

  /** Made by the client's `Session`; not meant to be called directly. */
  constructor(client: AppServerClient) {
    this.#client = client;
  }

  /**
   * The handle of a turn this client learned of from a response (`turn/start`,
   * `review/start`, `thread/resume`). Called from the response's `onResult`, before any
   * later message is routed, so no event of the turn can be missed.
   */
  claim(threadId: string, turnId: string, options: { joinedLate?: boolean } = {}): TurnHandle {
    const known = this.#live.get(turnId);
    if (known) return known;
    const events = new TurnStream(threadId);
    // A turn joined while running has sent events this client never saw.
    events.missedEvents = options.joinedLate ?? false;
    const handle = this.#track(threadId, turnId, events);
    this.#client.router.claimTurn(turnId, events);
    this.#announce(threadId, handle);
    return handle;
  }

  /**
   * Marks a `turn/start`-like request as under way on a thread; call the returned function
   * when it has settled. Meanwhile ended turns stay known, so the answer finds the handle
   * that the turn's events already made.
   */
  beginStart(threadId: string): () => void {
    const entry = this.#entry(threadId);
    entry.starts++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      entry.starts--;
      if (entry.starts === 0) {
        for (const [turnId, handle] of this.#live) {
          if (handle.threadId === threadId && handle.settled) this.#live.delete(turnId);
        }
      }
      this.#prune(threadId, entry);
    };
  }

  /** Calls `listener` with every turn that starts on the thread from now on. */
  listen(threadId: string, listener: TurnListener): () => void {
    const entry = this.#entry(threadId);
    entry.listeners.add(listener);
    entry.unwatch ??= this.#client.router.watchTurns(threadId, (turnId, turnThread) => {
      // A sub-agent's turn, rooted at a turn of this thread, on a thread nobody watches yet.
      if (turnThread !== threadId) return this.#childTurn(threadId, turnThread, turnId);
      const events = new TurnStream(threadId);
      this.#announce(threadId, this.#track(threadId, turnId, events));
      return events;
    });
    return () => {
      entry.listeners.delete(listener);
      this.#prune(threadId, entry);
    };
  }

  /**
   * Told when a turn starts on a thread nobody watches, rooted at a turn of a watched thread
   * (`parentId`): a sub-agent the server spawned. The sub-agent tracker sets it; when it
   * starts following `childId` (listening on it), the turn is the child's from its first event.
   */
  onSpawn: ((parentId: string, childId: string) => void) | undefined;

  #childTurn(parentId: string, childId: string, turnId: string): TurnStream | undefined {
    try {
      this.onSpawn?.(parentId, childId);
    } catch {
      // The tracker is the SDK's own; a throw must not stop the routing.
    }
    if (!this.#threads.get(childId)?.listeners.size) return undefined;
    const events = new TurnStream(childId);
    this.#announce(childId, this.#track(childId, turnId, events));
    return events;
  }

  /**
   * Claims the turns of a thread whose events wait unclaimed in the router's early buffer
   * (they started before anyone followed the thread), announcing each to its listeners.
   */
  claimBuffered(threadId: string): void {
    for (const { turnId, fromStart } of this.#client.router.bufferedTurns(threadId)) {
      // Buffered from the middle: its result() reads the items it missed from the server.
      if (!this.#live.has(turnId)) this.claim(threadId, turnId, { joinedLate: !fromStart });
    }
  }

  /** A stream of what `select` keeps of a turn's events, from its first (see TurnStream.branch). */
  select<T>(handle: TurnHandle, select: (event: RoutedEvent) => T | undefined): ReadableStream<T> {
    const events = this.#streams.get(handle);
    if (!events) return new ReadableStream<T>({ start: (c) => c.close() });
    return events.branch(select);
  }

  /** The newest running turn of a thread that this client knows of. */
  active(threadId: string): TurnHandle | undefined {
    let found: TurnHandle | undefined;
    for (const handle of this.#live.values()) {
      if (handle.threadId === threadId && !handle.settled) found = handle;
    }
    return found;
  }

  /** The threads with a running turn or a listener (a reconnect resumes them). */
  followedThreads(): Set<string> {
    const ids = new Set<string>();
    for (const handle of this.#live.values()) if (!handle.settled) ids.add(handle.threadId);
    for (const [threadId, entry] of this.#threads) {
      if (entry.listeners.size > 0) ids.add(threadId);
    }
    return ids;
  }

  /** The running turns of a thread, with their event logs. */
  *running(threadId: string): Generator<{ handle: TurnHandle; events: TurnStream }> {
    for (const handle of this.#live.values()) {
      if (handle.threadId !== threadId || handle.settled) continue;
      yield { handle, events: this.#streams.get(handle)! };
    }
  }

  /** Settles when a handle's turn has ended, whichever way (without reading its events). */
  ended(handle: TurnHandle): Promise<unknown> {
    return this.#streams.get(handle)?.done ?? Promise.resolve();
  }

  /** The handle of a turn, while the registry holds it. */
  get(turnId: string): TurnHandle | undefined {
    return this.#live.get(turnId);
  }

  /** How many handles the registry holds (for tests: it must not grow without bound). */
  get size(): number {
    return this.#live.size;
  }

  #track(
    threadId: string,
    turnId: string,
    events: TurnStream,
  ): TurnHandle {
    const handle = new TurnHandle(this.#client, threadId, turnId, events);
    this.#live.set(turnId, handle);
    this.#streams.set(handle, events);
    void events.done.then(() => {
      if ((this.#threads.get(threadId)?.starts ?? 0) === 0) this.#live.delete(turnId);
    });
    return handle;
  }

  #announce(threadId: string, handle: TurnHandle): void {
    const entry = this.#threads.get(threadId);
    if (!entry) return;
    for (const listener of entry.listeners) {
      try {
        listener(handle);
      } catch {
        // Listeners are the SDK's own queues; none of them may stop the others.
      }
    }
  }

  #entry(threadId: string): ThreadEntry {
    let entry = this.#threads.get(threadId);
    if (!entry) {
      entry = { listeners: new Set(), starts: 0, unwatch: undefined };
      this.#threads.set(threadId, entry);
    }
    return entry;
  }

  #prune(threadId: string, entry: ThreadEntry): void {
    if (entry.listeners.size === 0 && entry.unwatch) {
      entry.unwatch();
      entry.unwatch = undefined;
    }
    if (entry.listeners.size === 0 && entry.starts === 0) {
      if (this.#threads.get(threadId) === entry) this.#threads.delete(threadId);
    }
  }
}
