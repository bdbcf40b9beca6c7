// `Thread` of the `codex-app-server/codex-sdk` entry: `run()` and `runStreamed()` as
// `@openai/codex-sdk` has them, translated onto this SDK's Thread and TurnHandle.
import type { Codex as AppServerCodex } from "../api/codex.ts";
import type { Thread as AppServerThread } from "../api/thread.ts";
import type { TurnEvent, TurnHandle } from "../api/turn.ts";
import type { ServerRequestHandlers } from "../client/client.ts";
import { AbortError, CodexError } from "../errors.ts";
import { findGitRoot } from "../transport/host.ts";
import type { SharedAppServer } from "./shared_server.ts";
import { EventTranslator } from "./events.ts";
import {
  type CompatThreadOptions,
  isPlainObject,
  threadResumeParams,
  threadStartParams,
  toWireInput,
} from "./options.ts";
import type { Input, ThreadEvent, ThreadItem, Turn, TurnOptions, Usage } from "./types.ts";

/**
 * The result of {@link Thread.runStreamed}: the official `{ events }`, plus — beyond the
 * official SDK — `turn()`, this SDK's handle of the same turn (steer, interrupt, text
 * deltas, more readers).
 *
 * @example
 * ```ts
 * import type { CompatStreamedTurn, Thread } from "codex-app-server/codex-sdk";
 * declare const thread: Thread;
 * const streamed: CompatStreamedTurn = await thread.runStreamed("Refactor utils.ts");
 * const turn = await streamed.turn(); // starts the turn if the events were not read yet
 * for await (const chunk of turn.text()) console.log(chunk);
 * for await (const event of streamed.events) console.log(event.type);
 * ```
 */
export interface CompatStreamedTurn {
  /** The run's events, in the official shapes and order. */
  events: AsyncGenerator<ThreadEvent>;
  /**
   * This SDK's {@link TurnHandle} of the run's turn, once the server started it. Starts
   * the run if `events` was not read yet (the events are not lost: read them after).
   */
  turn(): Promise<TurnHandle>;
}

/** What a run needs of its thread, kept off the public class. */
interface ThreadInternals {
  server: SharedAppServer;
  load(codex: AppServerCodex): Promise<AppServerThread>;
  checkGitRepo(): void;
}
let internals: (thread: Thread) => ThreadInternals;

/**
 * A drop-in for `Thread` of `@openai/codex-sdk`: one conversation, whose turns run one
 * after another. `id` is null until the first run starts the thread.
 *
 * @example
 * ```ts
 * import { Codex } from "codex-app-server/codex-sdk";
 * declare const repo: string; // the project to work in
 * const thread = new Codex().startThread({ workingDirectory: repo });
 * const turn = await thread.run("Diagnose the test failure and propose a fix");
 * console.log(turn.finalResponse, thread.id);
 * const { events } = await thread.runStreamed("Implement the fix");
 * for await (const event of events) console.log(event.type);
 * ```
 */
export class Thread {
  readonly #server: SharedAppServer;
  readonly #options: CompatThreadOptions;
  #id: string | null;
  readonly #resume: boolean;
  #thread: Promise<AppServerThread> | undefined;
  #loadedOn: AppServerCodex | undefined;
  readonly #serverRequests: ServerRequestHandlers | undefined;

  static {
    internals = (thread) => ({
      server: thread.#server,
      load: (codex) => thread.#load(codex),
      checkGitRepo: () => thread.#checkGitRepo(),
    });
  }

  /**
   * Made by {@link Codex.startThread} and {@link Codex.resumeThread}.
   *
   * @internal
   */
  constructor(
    server: SharedAppServer,
    options: CompatThreadOptions,
    id: string | null,
    serverRequests?: ServerRequestHandlers,
  ) {
    this.#server = server;
    this.#serverRequests = serverRequests;
    this.#options = options;
    this.#id = id;
    this.#resume = id !== null;
  }

  /** The thread id; null until the first run started the thread. */
  get id(): string | null {
    return this.#id;
  }

  /**
   * Provides the input to the agent and streams the events of the turn as they are
   * produced. Nothing starts until the events are read (or `turn()` is called).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server/codex-sdk";
   * declare const thread: Thread;
   * const { events } = await thread.runStreamed("Now explain the fix");
   * for await (const e of events) if (e.type === "item.completed") console.log(e.item);
   * ```
   */
  // deno-lint-ignore require-await -- async like the official method: callers await it
  async runStreamed(input: Input, turnOptions: TurnOptions = {}): Promise<CompatStreamedTurn> {
    return new StreamedRun(this, input, turnOptions).result();
  }

  /**
   * Provides the input to the agent and returns the completed turn: its items, the last
   * agent message and the turn's token usage. Rejects with the turn's error message when
   * it fails, and with an `AbortError` when `signal` aborts (the turn is interrupted).
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server/codex-sdk";
   * declare const thread: Thread;
   * const { items, finalResponse, usage } = await thread.run("Fix the failing test");
   * console.log(items.length, finalResponse, usage?.input_tokens);
   * ```
   */
  async run(input: Input, turnOptions: TurnOptions = {}): Promise<Turn> {
    const items: ThreadItem[] = [];
    let finalResponse = "";
    let usage: Usage | null = null;
    let failure: string | undefined;
    for await (const event of new StreamedRun(this, input, turnOptions).events()) {
      if (event.type === "item.completed") {
        if (event.item.type === "agent_message") finalResponse = event.item.text;
        items.push(event.item);
      } else if (event.type === "turn.completed") {
        usage = event.usage;
      } else if (event.type === "turn.failed") {
        failure = event.error.message;
        break;
      }
    }
    if (failure !== undefined) throw new CodexError(failure);
    return { items, finalResponse, usage };
  }

  /**
   * Beyond the official SDK: this SDK's {@link AppServerThread} of this thread (started
   * or resumed now if no run did it yet), for steering, interrupting, concurrent readers,
   * reviews, goals and the rest of this SDK's API.
   *
   * @example
   * ```ts
   * import type { Thread } from "codex-app-server/codex-sdk";
   * declare const thread: Thread;
   * const appThread = await thread.appServerThread();
   * const turn = await appThread.startTurn("Keep going");
   * for await (const chunk of turn.text()) console.log(chunk);
   * ```
   */
  async appServerThread(): Promise<AppServerThread> {
    const release = this.#server.hold();
    try {
      return await this.#load(await this.#server.codex());
    } finally {
      release();
    }
  }

  /** Refuses a working directory outside git unless `skipGitRepoCheck`, as `codex exec` does. */
  #checkGitRepo(): void {
    if (this.#options.skipGitRepoCheck) return;
    if (findGitRoot(this.#options.workingDirectory ?? ".") === undefined) {
      throw new CodexError(
        "Not inside a trusted directory and --skip-git-repo-check was not specified. " +
          "(The working directory is not in a git repository: set skipGitRepoCheck: true " +
          "in the thread options to run there anyway.)",
      );
    }
  }

  /** Starts or resumes the thread on the app-server once; a failure is retried next time. */
  #load(codex: AppServerCodex): Promise<AppServerThread> {
    // A new app-server (the last one died) resumes the thread this one started.
    if (this.#loadedOn !== codex) {
      this.#loadedOn = codex;
      this.#thread = undefined;
    }
    this.#thread ??= (async () => {
      const options = this.#options;
      const defaults = options.approvalPolicy || this.#server.configuresApprovalPolicy
        ? {}
        : { approvalPolicy: "never" as const };
      const handlers = { serverRequests: this.#serverRequests };
      const thread = this.#resume || this.#id !== null
        ? await codex.resumeThread(
          this.#id!,
          { ...defaults, ...threadResumeParams(options) },
          handlers,
        )
        : await codex.startThread({ ...defaults, ...threadStartParams(options) }, handlers);
      this.#id = thread.id;
      return thread;
    })().catch((error) => {
      this.#thread = undefined;
      throw error;
    });
    return this.#thread;
  }
}

/** One run of a thread: its lazily started turn and its translated events. */
class StreamedRun {
  readonly #thread: ThreadInternals;
  readonly #input: Input;
  readonly #options: TurnOptions;
  #turn: Promise<{ handle: TurnHandle; appThread: AppServerThread }> | undefined;
  #release: (() => void) | undefined;
  #warnings: { cancel(): Promise<void> } | undefined;
  readonly #pendingWarnings: string[] = [];

  constructor(thread: Thread, input: Input, options: TurnOptions) {
    this.#thread = internals(thread);
    this.#input = input;
    this.#options = options;
  }

  result(): CompatStreamedTurn {
    return {
      events: this.events(),
      turn: async () => (await this.#start()).handle,
    };
  }

  /** Starts the turn once: checks, the app-server, the thread, then `turn/start`. */
  #start(): Promise<{ handle: TurnHandle; appThread: AppServerThread }> {
    this.#turn ??= (async () => {
      const { outputSchema, signal, cyberAccessProgram } = this.#options;
      if (outputSchema !== undefined && !isPlainObject(outputSchema)) {
        throw new CodexError("outputSchema must be a plain JSON object");
      }
      if (cyberAccessProgram !== undefined) {
        throw new CodexError(
          "cyberAccessProgram is not supported by codex-app-server/codex-sdk (it needs the " +
            "app-server's experimental API); leave it out",
        );
      }
      if (signal?.aborted) throw new AbortError("run", signal.reason);
      const input = toWireInput(this.#input);
      this.#thread.checkGitRepo();
      this.#release = this.#thread.server.hold();
      try {
        return await this.#begin(input);
      } catch (error) {
        this.#finish();
        throw error;
      }
    })();
    return this.#turn;
  }

  /** The app-server, the thread, the warnings tap, then `turn/start`. */
  async #begin(
    input: ReturnType<typeof toWireInput>,
  ): Promise<{ handle: TurnHandle; appThread: AppServerThread }> {
    const { outputSchema, signal } = this.#options;
    const codex = await this.#thread.server.codex();
    const appThread = await this.#thread.load(codex);
    // Warnings (e.g. about the model) are thread events that come before turn/started.
    const warnings = appThread.notifications().getReader();
    this.#warnings = warnings;
    void (async () => {
      try {
        while (true) {
          const { value, done } = await warnings.read();
          if (done) return;
          if (value.method === "warning") {
            this.#pendingWarnings.push((value.params as { message: string }).message);
          }
        }
      } catch {
        // The connection ended; the turn's stream says how.
      }
    })();
    const handle = await appThread.startTurn(
      input,
      outputSchema === undefined ? {} : { outputSchema },
      { signal },
    );
    // Once the turn is over its events are all in its log: nothing needs the app-server
    // to stay, whether or not (or however late) the events are read.
    void handle.run().catch(() => {}).finally(() => this.#finish());
    return { handle, appThread };
  }

  /** Lets the program exit again and stops watching for warnings (idempotent). */
  #finish(): void {
    this.#warnings?.cancel().catch(() => {});
    this.#release?.();
  }

  async *events(): AsyncGenerator<ThreadEvent> {
    const translator = new EventTranslator();
    let reader: ReadableStreamDefaultReader<TurnEvent> | undefined;
    let handle: TurnHandle | undefined;
    const signal = this.#options.signal;
    try {
      let started;
      try {
        started = await this.#start();
      } catch (error) {
        // The thread may have started before the turn failed to.
        if (error instanceof AbortError || signal?.aborted) {
          throw new AbortError("run", signal?.reason);
        }
        throw error;
      }
      handle = started.handle;
      yield { type: "thread.started", thread_id: started.appThread.id };
      reader = handle.stream().getReader();
      const aborted = abortPromise(signal);
      while (true) {
        const next = await Promise.race([reader.read(), aborted.promise]);
        for (const message of this.#pendingWarnings.splice(0)) yield translator.warning(message);
        if (next === ABORTED) throw new AbortError("run", signal?.reason);
        if (next.done) break;
        for (const event of translator.translate(next.value)) yield event;
        if (translator.end) break;
      }
      aborted.dispose();
      if (translator.end?.status === "interrupted" && signal?.aborted) {
        throw new AbortError("run", signal.reason);
      }
    } finally {
      reader?.cancel().catch(() => {});
      // Leaving the events early ends the run, as the official SDK's killed process does.
      if (handle && !translator.end) handle.interrupt().catch(() => {});
      this.#finish();
    }
  }
}

const ABORTED = Symbol("aborted");

function abortPromise(
  signal: AbortSignal | undefined,
): { promise: Promise<typeof ABORTED>; dispose(): void } {
  if (!signal) return { promise: new Promise<never>(() => {}), dispose: () => {} };
  let onAbort = () => {};
  const promise = new Promise<typeof ABORTED>((resolve) => {
    onAbort = () => resolve(ABORTED);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  return { promise, dispose: () => signal.removeEventListener("abort", onAbort) };
}
