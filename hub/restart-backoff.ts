/**
 * How long the launcher waits before starting a service that died again: 1 s, doubling
 * with each death in a row, at most 30 s; a service that ran for a minute before dying
 * starts the count afresh. A service that dies at once on every start (a bad setting)
 * so costs one attempt every 30 s, not a busy loop.
 */
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
export const HEALTHY_AFTER_MS = 60_000;

export interface RestartState {
  /** Deaths in a row without a healthy run between them. */
  failures: number;
}

/** The delay before the next start, and the state after this death. */
export function nextRestart(state: RestartState, livedMs: number): { delayMs: number; state: RestartState } {
  const failures = livedMs >= HEALTHY_AFTER_MS ? 0 : state.failures;
  return { delayMs: Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** failures), state: { failures: failures + 1 } };
}
