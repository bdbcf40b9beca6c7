// A lower bound, for the benchmark only: a turn sink that feeds one ReadableStream and keeps
// nothing once it is read. It gives up what the SDK promises (every branch starts at the
// turn's first event, however late it is taken) and shows what that promise costs.
import type { CodexError } from "../src/errors.ts";
import type { RoutedEvent, TurnSink } from "../src/router/types.ts";

/** One consumer, no replay: the cheapest per-turn stream the router can feed. */
export class NoReplayTurnStream implements TurnSink {
  #controller!: ReadableStreamDefaultController<RoutedEvent>;
  readonly #stream = new ReadableStream<RoutedEvent>({
    start: (controller) => {
      this.#controller = controller;
    },
  });
  #taken = false;

  /** The one stream of this turn's events; a second call throws. */
  branch(): ReadableStream<RoutedEvent> {
    if (this.#taken) throw new Error("NoReplayTurnStream has one consumer only");
    this.#taken = true;
    return this.#stream;
  }

  push(event: RoutedEvent): void {
    this.#controller.enqueue(event);
  }

  end(): void {
    this.#controller.close();
  }

  fail(error: CodexError): void {
    this.#controller.error(error);
  }
}
