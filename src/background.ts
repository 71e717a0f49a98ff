// Background work (import queue, timers) must never stop the server: every failure is caught and logged without personal data.

/**
 * Logs a failed background step by what it was and the error's name and code only: an error's
 * message can quote a file name, a file's text or an SQL value, any of which may be personal data.
 */
export function logBackgroundFailure(what: string, e: unknown): void {
  const err = e as { name?: unknown; code?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : typeof e;
  const code = typeof err?.code === 'string' ? ` (${err.code})` : '';
  console.error(`${what} misslyckades: ${name}${code}`);
}

/** Runs `fn` now and then, catching every failure so that the next round still runs. */
export function every(ms: number, what: string, fn: () => unknown | Promise<unknown>): NodeJS.Timeout {
  const timer = setInterval(() => {
    try {
      Promise.resolve(fn()).catch((e) => logBackgroundFailure(what, e));
    } catch (e) {
      logBackgroundFailure(what, e);
    }
  }, ms);
  timer.unref();
  return timer;
}
