import type { ScriptedResponse } from "./scripted_model.ts";

/** A promise and the function that settles it. */
export interface Gate {
  /** Pass as a {@link ScriptedResponse}'s `gate`: the stream waits for it. */
  promise: Promise<void>;
  /** Lets the held stream go on. */
  open: () => void;
}

/**
 * A gate to hold a scripted stream open until the test says so (for interrupt, steer and
 * abort tests).
 *
 * @example
 * ```ts
 * import { gate, textReply } from "codex-app-server/testing";
 * const hold = gate();
 * const response = { ...textReply(["working..."]), gate: hold.promise };
 * // ... later
 * hold.open();
 * ```
 */
export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * A scripted text answer: each chunk becomes one delta, `delayMs` apart.
 *
 * @example
 * ```ts
 * import { startTestCodex, textReply } from "codex-app-server/testing";
 * await using t = await startTestCodex({ responder: () => textReply(["Hel", "lo"], 10) });
 * ```
 */
export function textReply(chunks: string | string[], delayMs = 0): ScriptedResponse {
  return { steps: [{ type: "text", text: chunks }], delayMs };
}
