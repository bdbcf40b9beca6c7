// Private helper of the examples: connect to the real model when OpenAI credentials exist,
// else to the testing kit's scripted local model, and say which in one line.
//
// Credentials are an existing Codex login (`$CODEX_HOME/auth.json` or `~/.codex/auth.json`)
// or `OPENAI_API_KEY`. `CODEX_EXAMPLES_SCRIPTED=1` forces the scripted model (the example
// tests use it). Each example passes a responder so it also says something meaningful
// offline; the real model ignores it.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { Codex, type CodexOptions } from "../mod.ts";
import type { CodexConfigObject } from "../codex-sdk.ts";
import {
  createTestHome,
  type Responder,
  type ScriptedModel,
  type ScriptedResponse,
  startTestCodex,
} from "../testing.ts";

/** What {@link connect} takes: the scripted model's responder and any {@link CodexOptions}. */
export interface ConnectOptions extends CodexOptions {
  /** Answers the scripted model's requests (ignored with the real model). */
  responder?: Responder;
}

/** A started client, the folder to run threads in, and which model it talks to. */
export interface Connection extends AsyncDisposable {
  codex: Codex;
  /** The working directory for threads: `process.cwd()`, or the scripted run's temp workspace. */
  cwd: string;
  /** True when the scripted local model answers instead of OpenAI. */
  scripted: boolean;
  /** The scripted model (to look at what it received); undefined with the real model. */
  model: ScriptedModel | undefined;
  close(): Promise<void>;
}

/** Where OpenAI credentials come from, or undefined when there are none (or they are ignored). */
export function findCredentials(): { kind: "login" | "apiKey"; where: string } | undefined {
  if (process.env.CODEX_EXAMPLES_SCRIPTED === "1") return undefined;
  const homes = [process.env.CODEX_HOME, join(homedir(), ".codex")].filter(
    (dir): dir is string => !!dir,
  );
  for (const home of homes) {
    const file = join(home, "auth.json");
    if (existsSync(file)) return { kind: "login", where: file };
  }
  if (process.env.OPENAI_API_KEY) return { kind: "apiKey", where: "OPENAI_API_KEY" };
  return undefined;
}

/** Prints the one line that says which model an example talks to. */
export function sayWhichModel(credentials: ReturnType<typeof findCredentials>): void {
  if (credentials) {
    console.log(`using the real model (credentials: ${credentials.where})`);
    return;
  }
  const why = process.env.CODEX_EXAMPLES_SCRIPTED === "1"
    ? "CODEX_EXAMPLES_SCRIPTED=1"
    : "no OpenAI credentials found";
  console.log(`using the scripted local model (${why})`);
}

/**
 * Starts a client: with the user's own Codex setup when credentials exist (threads run in
 * the current directory), else against the scripted local model in a temporary
 * `CODEX_HOME` and workspace. Prints one line saying which.
 */
export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const { responder, ...codexOptions } = options;
  const credentials = findCredentials();

  sayWhichModel(credentials);
  if (!credentials) {
    const t = await startTestCodex({ responder, codex: codexOptions });
    return {
      codex: t.codex,
      cwd: t.home.cwd,
      scripted: true,
      model: t.model,
      close: t.close,
      [Symbol.asyncDispose]: t.close,
    };
  }

  const cwd = codexOptions.cwd ?? process.cwd();
  const apiKey = credentials.kind === "apiKey" ? process.env.OPENAI_API_KEY! : undefined;
  // The app-server does not read OPENAI_API_KEY by itself; `apiKey` signs in with it for
  // this process only, without writing it to CODEX_HOME.
  const codex = await Codex.start({ ...codexOptions, cwd, apiKey });
  void reportRetries(codex);
  const close = () => codex.close();
  return { codex, cwd, scripted: false, model: undefined, close, [Symbol.asyncDispose]: close };
}

/**
 * Says on stderr when the server retries the model (a flaky or missing network): a turn
 * then shows no progress, possibly for minutes, and these `error` notifications say why.
 */
async function reportRetries(codex: Codex): Promise<void> {
  try {
    for await (const n of codex.notifications()) {
      if (n.method !== "error" || !n.params.willRetry) continue;
      const { message, additionalDetails } = n.params.error;
      console.error(`(codex: ${message}${additionalDetails ? ` - ${additionalDetails}` : ""})`);
    }
  } catch {
    // The connection closed: nothing more to report.
  }
}

/**
 * A scripted answer streamed a word at a time, `delayMs` apart: what the real model's
 * streaming looks like, slowed down enough to watch.
 */
export function say(text: string, delayMs = 15): ScriptedResponse {
  return { steps: [{ type: "text", text: words(text) }], delayMs };
}

/** Splits text into word-sized chunks that join back to exactly the text. */
export function words(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [text];
}

/** What {@link codexSdkSetup} gives a program written for `@openai/codex-sdk`. */
export interface CodexSdkSetup extends AsyncDisposable {
  /** `new Codex(options)`: empty with real credentials, else the scripted model's config. */
  options: { config?: CodexConfigObject; env?: Record<string, string>; apiKey?: string };
  /** Where threads run: `process.cwd()`, or the scripted run's temporary workspace. */
  workingDirectory: string;
}

/**
 * The setup of the `@openai/codex-sdk` drop-in example: nothing with real credentials,
 * else a scripted local model in a temporary `CODEX_HOME`, passed to `new Codex()` as the
 * official SDK takes it (`config` and `env`). Prints which, like {@link connect}.
 */
export async function codexSdkSetup(
  options: { responder?: Responder } = {},
): Promise<CodexSdkSetup> {
  const credentials = findCredentials();
  sayWhichModel(credentials);
  if (credentials) {
    // The key is used by the app-server for this run only, never written to disk.
    const apiKey = credentials.kind === "apiKey" ? process.env.OPENAI_API_KEY : undefined;
    return {
      options: apiKey ? { apiKey } : {},
      workingDirectory: process.cwd(),
      [Symbol.asyncDispose]: async () => {},
    };
  }
  const home = await createTestHome({ responder: options.responder });
  return {
    options: {
      config: home.config as CodexConfigObject,
      env: { ...process.env, ...home.env } as Record<string, string>,
    },
    workingDirectory: home.cwd,
    [Symbol.asyncDispose]: () => home.dispose(),
  };
}
