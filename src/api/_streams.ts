// The stream helpers of the high-level API: a stream fed by pushes with a bounded queue
// (`thread.turns()`), a list readers follow with their own cursors (a goal's turns), and a
// stream read from an async iterator (a goal's streams).
import { BufferOverflowError } from "../errors.ts";

/** A stream fed by `push`, whose unread queue never holds more than `cap` values. */
export interface PushStream<T> {
  /** The stream to hand out. */
  readonly stream: ReadableStream<T>;
  /** Queues a value; past the cap the oldest unread one is dropped and reported. */
  push(value: T): void;
  /** Ends the stream after what is queued (does nothing once ended). */
  close(): void;
  /** Fails the stream with `error` after what is queued (does nothing once ended). */
  fail(error: unknown): void;
}

/**
 * Makes a {@link PushStream}. `onCancel` runs once when the reader cancels; `onDrop` is
 * told how many values were dropped so far each time the cap drops one.
 */
export function pushStream<T>(
  cap: number,
  onCancel: () => void,
  onDrop: (error: BufferOverflowError) => void,
): PushStream<T> {
  const queue: T[] = [];
  let waiting: ReadableStreamDefaultController<T> | undefined;
  let closed = false;
  let failure: { error: unknown } | undefined;
  let dropped = 0;
  const stream = new ReadableStream<T>({
    pull: (controller) => {
      if (queue.length > 0) controller.enqueue(queue.shift()!);
      else if (failure) controller.error(failure.error);
      else if (closed) controller.close();
      else waiting = controller;
    },
    cancel: () => {
      closed = true;
      queue.length = 0;
      onCancel();
    },
  }, { highWaterMark: 0 });
  return {
    stream,
    push(value) {
      if (closed) return;
      if (waiting) {
        const controller = waiting;
        waiting = undefined;
        controller.enqueue(value);
        return;
      }
      queue.push(value);
      if (queue.length > cap) {
        queue.shift();
        dropped++;
        onDrop(
          new BufferOverflowError(
            `${dropped} unread value(s) dropped: more than ${cap} waited to be read`,
          ),
        );
      }
    },
    close() {
      if (closed) return;
      closed = true;
      if (waiting && queue.length === 0) {
        waiting.close();
        waiting = undefined;
      }
    },
    fail(error) {
      if (closed) return;
      closed = true;
      failure = { error };
      if (waiting && queue.length === 0) {
        waiting.error(error);
        waiting = undefined;
      }
    },
  };
}

/** A stream of an async iterator's values; cancelling the stream returns the iterator. */
export function iteratorStream<T>(iterator: AsyncIterator<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    pull: async (controller) => {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: async () => {
      await iterator.return?.();
    },
  }, { highWaterMark: 0 });
}

/**
 * An append-only list that readers follow, each with its own cursor: a reader waits for
 * the next item until the owner's `over()` says no more will come. The owner calls
 * {@link FollowedList.wake} whenever the answer of `over()` may have changed.
 */
export class FollowedList<T> {
  readonly #items: T[] = [];
  #wakers: (() => void)[] = [];

  /** The items so far. */
  get items(): readonly T[] {
    return this.#items;
  }

  /** Appends an item and wakes the readers. */
  push(item: T): void {
    this.#items.push(item);
    this.wake();
  }

  /** Wakes every waiting reader to look again. */
  wake(): void {
    const wakers = this.#wakers;
    this.#wakers = [];
    for (const wake of wakers) wake();
  }

  /**
   * Waits until item `index` exists (true) or `over()` holds while it does not (false).
   * `over` may throw to fail the reader.
   */
  async has(index: number, over: () => boolean): Promise<boolean> {
    while (index >= this.#items.length) {
      if (over()) return false;
      await new Promise<void>((resolve) => this.#wakers.push(resolve));
    }
    return true;
  }
}
