// Small stream helpers of the high-level API: a stream fed by pushes with a bounded
// queue, and a stream read from an async iterator.
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
