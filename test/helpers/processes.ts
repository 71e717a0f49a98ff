// Process checks for the sandbox and warm-pool tests.

/** Whether the process `pid` has ended (signal 0 tests for existence without sending anything). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
