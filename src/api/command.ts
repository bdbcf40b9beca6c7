// Handles of commands the server runs outside any turn: `command/exec` (CommandHandle) and
// the experimental `process/spawn` (ProcessHandle). Both stream their output as
// notifications keyed by an id this SDK chooses, so the handle owns its key before the
// request is written and no output can arrive unowned.
import type {
  CommandExecParams,
  CommandExecResponse,
  CommandExecTerminalSize,
} from "../../gen/types.ts";
import type { ProcessExitedNotification } from "../../gen/types.ts";
import type { ProcessSpawnParams } from "../../gen/experimental/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { AbortError, CodexError, InvalidRequestError } from "../errors.ts";
import type { RoutedNotification } from "../router/types.ts";
import { onAbort } from "../_abort.ts";
import { settlesWithin } from "../_timing.ts";
import { base64, fromBase64 } from "../_base64.ts";
import { claimStream, EventLog } from "./_event_log.ts";

/** Output chunks kept per command for its consumers before the oldest is dropped. */
const DEFAULT_MAX_CHUNKS = 10_000;

/**
 * Options of {@link Codex.exec}: the `command/exec` params other than `command`, with
 * stdin and output streaming on unless turned off and the `processId` made by the SDK
 * unless given, plus a `signal` that terminates the command.
 *
 * @example
 * ```ts
 * import type { ExecOptions } from "codex-app-server";
 * const options: ExecOptions = {
 *   cwd: "/repo",
 *   tty: true,
 *   size: { cols: 120, rows: 30 },
 *   signal: AbortSignal.timeout(60_000),
 * };
 * ```
 */
export interface ExecOptions extends Omit<CommandExecParams, "command" | "processId"> {
  /** The command's id on this connection; default: a new unique one. */
  processId?: string;
  /** Terminates the command (`command/exec/terminate`); `exit` then resolves with its code. */
  signal?: AbortSignal;
  /**
   * Output chunks kept for the handle's consumers (default 10,000); a consumer that falls
   * further behind fails with {@link BufferOverflowError}.
   */
  maxBufferedChunks?: number;
}

/**
 * Options of {@link Codex.spawnProcess} (experimental): the `process/spawn` params other
 * than `command` and `processHandle`, with output streaming and stdin on unless turned off.
 *
 * @example
 * ```ts
 * import type { SpawnProcessOptions } from "codex-app-server";
 * const options: SpawnProcessOptions = { cwd: "/repo", env: { CI: "1" } };
 * ```
 */
export interface SpawnProcessOptions
  extends Omit<ProcessSpawnParams, "command" | "processHandle" | "cwd"> {
  /** Absolute working directory (the server requires one). */
  cwd: string;
  /** The process's handle on this connection; default: a new unique one. */
  processHandle?: string;
  /** Kills the process (`process/kill`); `exit` then resolves with its code. */
  signal?: AbortSignal;
  /** Output chunks kept for the handle's consumers (default 10,000). */
  maxBufferedChunks?: number;
}

/** How one kind of process is driven over the protocol. */
interface Driver {
  key: "processId" | "processHandle";
  delta: string;
  write: string;
  resize: string;
  stop: string;
}

const EXEC: Driver = {
  key: "processId",
  delta: "command/exec/outputDelta",
  write: "command/exec/write",
  resize: "command/exec/resize",
  stop: "command/exec/terminate",
};
const SPAWN: Driver = {
  key: "processHandle",
  delta: "process/outputDelta",
  write: "process/writeStdin",
  resize: "process/resizePty",
  stop: "process/kill",
};

/** What CommandHandle and ProcessHandle share: the output log, stdin, resize, stop. */
class Running<Exit> {
  readonly id: string;
  readonly log: EventLog;
  readonly exit: Promise<Exit>;
  readonly #client: AppServerClient;
  readonly #driver: Driver;
  #exited = false;
  #settle!: { resolve: (exit: Exit) => void; reject: (error: unknown) => void };
  #release: () => void = () => {};
  #unlisten: () => void = () => {};

  constructor(
    client: AppServerClient,
    driver: Driver,
    id: string,
    cap: number,
    onEvent?: (event: RoutedNotification) => void,
  ) {
    this.#client = client;
    this.#driver = driver;
    this.id = id;
    this.log = new EventLog(cap, { fromStart: true, onEvent });
    this.exit = new Promise<Exit>((resolve, reject) => (this.#settle = { resolve, reject }));
    // A caller that reads only the output must not get an unhandled rejection.
    this.exit.catch(() => {});
    // Ended without an exit (the client closed, or the connection was lost after a spawn
    // was answered): the exit says why.
    void this.log.done.then(() => {
      if (!this.#exited) this.failed(this.log.outcomeError ?? new CodexError("stream ended"));
    });
  }

  /** Owns the key (before the starting request is written) and wires the signal. */
  claim(signal: AbortSignal | undefined): void {
    this.#release = claimStream(this.#client.router, this.#driver.key, this.id, this.log);
    if (signal) this.#unlisten = onAbort(signal, () => void this.stop().catch(() => {}));
  }

  get exited(): boolean {
    return this.#exited;
  }

  finish(exit: Exit): void {
    if (this.#exited) return;
    this.#exited = true;
    this.#release();
    this.#unlisten();
    this.log.end();
    this.#settle.resolve(exit);
  }

  failed(error: unknown): void {
    if (this.#exited) return;
    this.#exited = true;
    this.#release();
    this.#unlisten();
    if (error instanceof CodexError) {
      // A deliberate close already ended the streams as done; only a failure errors them.
      if (this.log.outcomeError === undefined) this.log.fail(error);
    } else this.log.fail(new CodexError(String(error), { cause: error }));
    this.#settle.reject(error);
  }

  output(stream: "stdout" | "stderr"): ReadableStream<Uint8Array> {
    const delta = this.#driver.delta;
    return this.log.branch((event) => {
      if (event.method !== delta) return undefined;
      const params = event.params as { stream?: unknown; deltaBase64?: unknown };
      if (params.stream !== stream || typeof params.deltaBase64 !== "string") return undefined;
      return params.deltaBase64 === "" ? undefined : fromBase64(params.deltaBase64);
    });
  }

  async write(data: string | Uint8Array, closeStdin: boolean, options: CallOptions): Promise<void> {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    const params: Record<string, unknown> = { [this.#driver.key]: this.id };
    if (bytes.length > 0) params.deltaBase64 = base64(bytes);
    if (closeStdin) params.closeStdin = true;
    await this.#control(this.#driver.write, params, options, bytes.length === 0);
  }

  resize(size: CommandExecTerminalSize, options: CallOptions): Promise<void> {
    return this.#control(this.#driver.resize, { [this.#driver.key]: this.id, size }, options, true);
  }

  stop(options: CallOptions = {}): Promise<void> {
    return this.#control(this.#driver.stop, { [this.#driver.key]: this.id }, options, true);
  }

  /**
   * Sends a control request. The server refuses one for a process that already exited
   * (-32600); when `doneIfExited`, that is no failure: the process is over either way.
   */
  async #control(
    method: string,
    params: Record<string, unknown>,
    options: CallOptions,
    doneIfExited: boolean,
  ): Promise<void> {
    if (doneIfExited && this.#exited) return;
    try {
      await (this.#client.request as (m: string, p: unknown, o: CallOptions) => Promise<unknown>)(
        method,
        params,
        options,
      );
    } catch (error) {
      // The refusal can come just before the exit: give the exit a moment to arrive.
      if (doneIfExited && error instanceof InvalidRequestError) {
        await settlesWithin(this.exit.catch(() => {}), 1000);
        if (this.#exited) return;
      }
      throw error;
    }
  }
}

/** A new id for a stream this client starts. */
export function newStreamId(kind: string): string {
  return `sdk-${kind}-${crypto.randomUUID()}`;
}

function checkCommand(what: string, command: unknown): asserts command is string[] {
  if (
    !Array.isArray(command) || command.length === 0 ||
    !command.every((part) => typeof part === "string")
  ) {
    throw new TypeError(`${what}: command must be a non-empty array of strings`);
  }
}

/**
 * A command the server runs outside any turn (`command/exec`), as {@link Codex.exec}
 * returns it: its output as streams, its stdin, its terminal, and its exit.
 *
 * `stdout` and `stderr` give a new stream at each access, from the command's first byte
 * (output that came before the stream was taken, even before the server answered, is
 * kept), so several consumers can read the same output. `exit` resolves when the command
 * ends, with its exit code; its `stdout`/`stderr` are empty when the output was streamed
 * (the default) and hold the captured output when `streamStdoutStderr: false`.
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex;
 * const cmd = await codex.exec(["sh", "-c", "read name; echo hi $name"], { cwd: "/tmp" });
 * await cmd.write("Ada\n");
 * await cmd.closeStdin();
 * for await (const chunk of cmd.stdout) console.log(new TextDecoder().decode(chunk));
 * console.log((await cmd.exit).exitCode); // 0
 * ```
 */
export class CommandHandle {
  /** The command's `processId` on this connection. */
  readonly processId: string;
  readonly #run: Running<CommandExecResponse>;

  /** Made by {@link Codex.exec}; not meant to be called directly. */
  constructor(client: AppServerClient, command: string[], options: ExecOptions = {}) {
    checkCommand("exec", command);
    const { signal, maxBufferedChunks, processId, ...rest } = options;
    if (signal?.aborted) throw new AbortError("command/exec", signal.reason);
    this.processId = processId ?? newStreamId("exec");
    const run = new Running<CommandExecResponse>(
      client,
      EXEC,
      this.processId,
      maxBufferedChunks ?? DEFAULT_MAX_CHUNKS,
    );
    this.#run = run;
    const params: CommandExecParams = {
      streamStdin: true,
      streamStdoutStderr: true,
      ...rest,
      command,
      processId: this.processId,
    };
    run.claim(signal);
    // The answer comes when the command exits, after all of its output.
    client.request("command/exec", params, {
      timeoutMs: 0,
      onResult: (result) => run.finish(result),
    }).catch((error) => run.failed(error));
  }

  /** The command's stdout as bytes (in tty mode, the terminal's output); a new stream each time. */
  get stdout(): ReadableStream<Uint8Array> {
    return this.#run.output("stdout");
  }

  /** The command's stderr as bytes (empty in tty mode); a new stream each time. */
  get stderr(): ReadableStream<Uint8Array> {
    return this.#run.output("stderr");
  }

  /**
   * Resolves when the command exits: `{ exitCode, stdout, stderr }` (137 after
   * `terminate()`). Rejects when the server refuses the command (e.g. the executable is
   * missing) and with {@link TransportClosedError} when the connection ends first.
   */
  get exit(): Promise<CommandExecResponse> {
    return this.#run.exit;
  }

  /** True once the command exited (or failed). */
  get exited(): boolean {
    return this.#run.exited;
  }

  /**
   * Writes to the command's stdin (`command/exec/write`). Rejects with
   * {@link InvalidRequestError} when the command is no longer running.
   */
  write(data: string | Uint8Array, options: CallOptions = {}): Promise<void> {
    return this.#run.write(data, false, options);
  }

  /** Closes the command's stdin; does nothing once the command has exited. */
  closeStdin(options: CallOptions = {}): Promise<void> {
    return this.#run.write("", true, options);
  }

  /** Resizes the command's terminal (tty mode only). */
  resize(size: CommandExecTerminalSize, options: CallOptions = {}): Promise<void> {
    return this.#run.resize(size, options);
  }

  /** Ends the command (`command/exec/terminate`); does nothing once it has exited. */
  terminate(options: CallOptions = {}): Promise<void> {
    return this.#run.stop(options);
  }
}

/**
 * A process started with the experimental `process/spawn` (see {@link Codex.spawnProcess}):
 * the same members as {@link CommandHandle}, with `kill()` in place of `terminate()`. The
 * server answers the spawn at once; `exit` resolves with its `process/exited` event.
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex; // started with experimentalApi: true
 * const proc = await codex.spawnProcess(["sleep", "60"], { cwd: "/tmp" });
 * await proc.kill();
 * console.log((await proc.exit).exitCode);
 * ```
 */
export class ProcessHandle {
  /** The process's `processHandle` on this connection. */
  readonly processHandle: string;
  readonly #run: Running<ProcessExitedNotification>;

  private constructor(run: Running<ProcessExitedNotification>) {
    this.#run = run;
    this.processHandle = run.id;
  }

  /** Spawns the process; made by {@link Codex.spawnProcess}. */
  static async spawn(
    client: AppServerClient,
    command: string[],
    options: SpawnProcessOptions,
  ): Promise<ProcessHandle> {
    checkCommand("spawnProcess", command);
    if (!client.experimentalApi) {
      throw new CodexError(
        "spawnProcess is experimental: start the client with experimentalApi: true",
      );
    }
    const { signal, maxBufferedChunks, processHandle, ...rest } = options ?? {};
    if (typeof rest.cwd !== "string") {
      throw new TypeError("spawnProcess: cwd (an absolute path) is required");
    }
    if (signal?.aborted) throw new AbortError("process/spawn", signal.reason);
    const id = processHandle ?? newStreamId("process");
    const run: Running<ProcessExitedNotification> = new Running(
      client,
      SPAWN,
      id,
      maxBufferedChunks ?? DEFAULT_MAX_CHUNKS,
      (event) => {
        if (event.method === "process/exited") {
          run.finish(event.params as ProcessExitedNotification);
        }
      },
    );
    run.claim(signal);
    const params: ProcessSpawnParams = {
      streamStdin: true,
      streamStdoutStderr: true,
      ...rest,
      command,
      processHandle: id,
    };
    try {
      await (client.request as (m: string, p: unknown, o: CallOptions) => Promise<unknown>)(
        "process/spawn",
        params,
        {},
      );
    } catch (error) {
      run.failed(error);
      throw error;
    }
    return new ProcessHandle(run);
  }

  /** The process's stdout as bytes; a new stream each time, from the first byte. */
  get stdout(): ReadableStream<Uint8Array> {
    return this.#run.output("stdout");
  }

  /** The process's stderr as bytes; a new stream each time, from the first byte. */
  get stderr(): ReadableStream<Uint8Array> {
    return this.#run.output("stderr");
  }

  /** Resolves with the process's `process/exited` event (exit code, buffered output). */
  get exit(): Promise<ProcessExitedNotification> {
    return this.#run.exit;
  }

  /** True once the process exited (or failed). */
  get exited(): boolean {
    return this.#run.exited;
  }

  /** Writes to the process's stdin (`process/writeStdin`). */
  write(data: string | Uint8Array, options: CallOptions = {}): Promise<void> {
    return this.#run.write(data, false, options);
  }

  /** Closes the process's stdin; does nothing once it has exited. */
  closeStdin(options: CallOptions = {}): Promise<void> {
    return this.#run.write("", true, options);
  }

  /** Resizes the process's terminal (`process/resizePty`, tty mode only). */
  resize(size: CommandExecTerminalSize, options: CallOptions = {}): Promise<void> {
    return this.#run.resize(size, options);
  }

  /** Kills the process (`process/kill`); does nothing once it has exited. */
  kill(options: CallOptions = {}): Promise<void> {
    return this.#run.stop(options);
  }
}
