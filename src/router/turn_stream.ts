import type { CodexError } from "../errors.ts";
import type { RoutedEvent, TurnSink } from "./message_router.ts";

class Failure {
  constructor(readonly error: CodexError) {}
}

/**
 * The source stream of one turn, and the sink the router fills. Every consumer gets its
 * own branch through `tee()` of a source nobody reads directly, so each branch starts at
 * the turn's first event whenever it is taken, and no consumer steals another's events.
 */
export class TurnStream implements TurnSink {
  #source: ReadableStream<RoutedEvent | Failure>;
  #controller!: ReadableStreamDefaultController<RoutedEvent | Failure>;
  #settled = false;
  readonly #done: Promise<CodexError | undefined>;
  #resolveDone!: (error: CodexError | undefined) => void;
  readonly #started: Promise<void>;
  #resolveStarted!: () => void;

  constructor() {
    this.#source = new ReadableStream<RoutedEvent | Failure>({
      start: (controller) => {
        this.#controller = controller;
      },
    });
    this.#done = new Promise((resolve) => (this.#resolveDone = resolve));
    this.#started = new Promise((resolve) => (this.#resolveStarted = resolve));
  }

  /**
   * Settles when the server has announced the turn (`turn/started`) or the turn ended.
   * The `turn/start` response comes before the turn is running: an interrupt sent in
   * between finds "no active turn".
   */
  get started(): Promise<void> {
    return this.#started;
  }

  /** Settles when the turn's events end: undefined after completion, else the error. */
  get done(): Promise<CodexError | undefined> {
    return this.#done;
  }

  /** True once the turn completed or failed. */
  get settled(): boolean {
    return this.#settled;
  }

  /** A new stream of all the turn's events, from its first. */
  branch(): ReadableStream<RoutedEvent> {
    const [keep, give] = this.#source.tee();
    this.#source = keep;
    return give.pipeThrough(
      new TransformStream<RoutedEvent | Failure, RoutedEvent>({
        transform(event, controller) {
          if (event instanceof Failure) controller.error(event.error);
          else controller.enqueue(event);
        },
      }),
    );
  }

  push(event: RoutedEvent): void {
    if (this.#settled) return;
    this.#controller.enqueue(event);
    if (event.method === "turn/started") this.#resolveStarted();
  }

  end(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#controller.close();
    this.#resolveDone(undefined);
    this.#resolveStarted();
  }

  fail(error: CodexError): void {
    if (this.#settled) return;
    this.#settled = true;
    // Erroring the source would discard the events queued before the failure; a marker
    // at the end keeps them for every branch, taken now or later.
    this.#controller.enqueue(new Failure(error));
    this.#controller.close();
    this.#resolveDone(error);
    this.#resolveStarted();
  }
}
