/**
 * Waits for `promise` at most `ms` milliseconds: its value, or undefined on timeout. The
 * timer is always cleared, so a settled wait never keeps the process alive.
 */
export async function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
