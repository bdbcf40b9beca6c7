// The account login flow (ChatGPT browser or device code): ask the server to start a
// login, then wait for its `account/login/completed`, matched by the login id. The
// completions are watched from before the request is sent, so a fast one is not missed.
import type {
  AccountLoginCompletedNotification,
  CancelLoginAccountResponse,
} from "../../gen/types.ts";
import type { AppServerClient, CallOptions } from "../client/client.ts";
import { AbortError, CodexError, RequestTimeoutError } from "../errors.ts";

/**
 * A login in progress (ChatGPT browser or device-code flow): where to send the user, and
 * a way to wait for the outcome or cancel.
 *
 * @example
 * ```ts
 * import type { Codex } from "codex-app-server";
 * declare const codex: Codex;
 * const login = await codex.loginWithChatGpt();
 * console.log("open", login.authUrl);
 * const outcome = await login.wait({ timeoutMs: 300_000 });
 * console.log(outcome.success);
 * ```
 */
export interface LoginHandle {
  /** The server's id for this login attempt. */
  readonly loginId: string;
  /** Browser flow: the URL to open. */
  readonly authUrl?: string;
  /** Device-code flow: the page where the user enters the code. */
  readonly verificationUrl?: string;
  /** Device-code flow: the code to enter. */
  readonly userCode?: string;
  /**
   * Resolves with `account/login/completed` for this login (success or not); rejects with
   * {@link AbortError} after {@link LoginHandle.cancel}, and on `signal` / `timeoutMs`.
   */
  wait(options?: CallOptions): Promise<AccountLoginCompletedNotification>;
  /** Cancels the login (`account/login/cancel`). */
  cancel(options?: CallOptions): Promise<CancelLoginAccountResponse>;
}

/** The login completions the server sends while a login is open. */
class CompletionWatch {
  readonly completions: AccountLoginCompletedNotification[] = [];
  /** Set when the notification stream ended (the connection closed or was lost). */
  streamError: unknown;
  /** Set once the login was canceled: the server sends no completion for it. */
  canceled = false;
  /** Told whenever something above changes. */
  wake: () => void = () => {};
  readonly #reader: ReadableStreamDefaultReader<{ method: string; params: unknown }>;
  readonly #client: AppServerClient;

  constructor(client: AppServerClient) {
    this.#client = client;
    this.#reader = client.notifications().getReader();
    void this.#read();
  }

  /** Stops watching. */
  stop(): void {
    void this.#reader.cancel().catch(() => {});
  }

  async #read(): Promise<void> {
    try {
      while (true) {
        const { value, done } = await this.#reader.read();
        if (done) {
          // close() ends the stream as done: a waiting wait() must still settle.
          this.streamError = this.#client.closedError;
          this.wake();
          return;
        }
        if (value.method === "account/login/completed") {
          this.completions.push(value.params as AccountLoginCompletedNotification);
          this.wake();
        }
      }
    } catch (error) {
      this.streamError = error;
      this.wake();
    }
  }
}

/** Starts a login and returns its handle; used by `Codex.loginWithChatGpt` and friends. */
export async function startLogin(
  client: AppServerClient,
  params: { type: "chatgpt" } | { type: "chatgptDeviceCode" },
  options: CallOptions,
): Promise<LoginHandle> {
  // Subscribe before asking, so a fast completion cannot be missed.
  const watch = new CompletionWatch(client);
  let response;
  try {
    response = await client.request("account/login/start", params, options);
  } catch (error) {
    watch.stop();
    throw error;
  }
  if (!("loginId" in response)) {
    watch.stop();
    throw new CodexError(`login start returned no loginId (type ${response.type})`);
  }
  const loginId = response.loginId;
  return {
    loginId,
    authUrl: "authUrl" in response ? response.authUrl : undefined,
    verificationUrl: "verificationUrl" in response ? response.verificationUrl : undefined,
    userCode: "userCode" in response ? response.userCode : undefined,
    wait: (waitOptions: CallOptions = {}) => waitForLogin(watch, loginId, waitOptions),
    cancel: async (cancelOptions: CallOptions = {}) => {
      const result = await client.request("account/login/cancel", { loginId }, cancelOptions);
      // The server sends no completion for a canceled login; release the waiter.
      watch.canceled = true;
      watch.wake();
      watch.stop();
      return result;
    },
  };
}

/** Waits for the login's completion, a cancel, the end of the connection, or `options`. */
function waitForLogin(
  watch: CompletionWatch,
  loginId: string,
  options: CallOptions,
): Promise<AccountLoginCompletedNotification> {
  return new Promise<AccountLoginCompletedNotification>((resolve, reject) => {
    const { signal, timeoutMs } = options;
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      watch.wake = () => {};
      watch.stop();
      settle();
    };
    const onAbort = () => finish(() => reject(new AbortError("login", signal?.reason)));
    const timer = timeoutMs
      ? setTimeout(
        () => finish(() => reject(new RequestTimeoutError("login wait", timeoutMs))),
        timeoutMs,
      )
      : undefined;
    signal?.addEventListener("abort", onAbort, { once: true });
    watch.wake = () => {
      // Older servers send no loginId; one login at a time is then the only reading.
      const done = watch.completions.find((n) => n.loginId === loginId || n.loginId == null);
      if (done) finish(() => resolve(done));
      else if (watch.canceled) finish(() => reject(new AbortError("login", "canceled")));
      else if (watch.streamError !== undefined) finish(() => reject(watch.streamError));
    };
    if (signal?.aborted) onAbort();
    else watch.wake();
  });
}
