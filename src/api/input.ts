import type { UserInput } from "../../gen/types.ts";

/** What a turn accepts as input: a prompt string, one input item, or several. */
export type TurnInput = string | UserInput | UserInput[];

/**
 * A text input item.
 *
 * @example
 * ```ts
 * import { text } from "codex-app-server";
 * console.log(text("Summarise README.md")); // { type: "text", text: "Summarise README.md" }
 * ```
 */
export function text(value: string): UserInput {
  return { type: "text", text: value };
}

/**
 * An image by URL (https: or data:).
 *
 * @example
 * ```ts
 * import { image } from "codex-app-server";
 * const item = image("https://example.com/diagram.png");
 * ```
 */
export function image(url: string): UserInput {
  return { type: "image", url };
}

/**
 * An image file on the machine where the app-server runs.
 *
 * @example
 * ```ts
 * import { localImage } from "codex-app-server";
 * const item = localImage("/tmp/screenshot.png");
 * ```
 */
export function localImage(path: string): UserInput {
  return { type: "localImage", path };
}

/**
 * A skill to use in this turn, by name and the path of its SKILL.md.
 *
 * @example
 * ```ts
 * import { skill } from "codex-app-server";
 * const item = skill("release-notes", "/repo/.codex/skills/release-notes/SKILL.md");
 * ```
 */
export function skill(name: string, path: string): UserInput {
  return { type: "skill", name, path };
}

/**
 * A mention of a file or resource by name and path.
 *
 * @example
 * ```ts
 * import { mention } from "codex-app-server";
 * const item = mention("main.ts", "/repo/src/main.ts");
 * ```
 */
export function mention(name: string, path: string): UserInput {
  return { type: "mention", name, path };
}

/**
 * Normalises any {@link TurnInput} to the array the protocol wants. An empty string or
 * empty array is refused: the server would start a turn with nothing to do.
 *
 * @example
 * ```ts
 * import { toUserInputs } from "codex-app-server";
 * console.log(toUserInputs("hi")); // [{ type: "text", text: "hi" }]
 * ```
 */
export function toUserInputs(input: TurnInput): UserInput[] {
  if (typeof input === "string") {
    if (input.length === 0) throw new TypeError("turn input is an empty string");
    return [text(input)];
  }
  if (Array.isArray(input)) {
    if (input.length === 0) throw new TypeError("turn input is an empty array");
    return input;
  }
  if (input === null || typeof input !== "object") {
    throw new TypeError(`turn input must be a string, a UserInput or an array, got ${input}`);
  }
  return [input];
}
