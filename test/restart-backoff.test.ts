import { describe, expect, it } from 'vitest';
import { nextRestart } from '../hub/restart-backoff.js';

describe('restarting a service that died', () => {
  it('waits 1 s, then doubles with each death in a row, up to 30 s', () => {
    let state = { failures: 0 };
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const next = nextRestart(state, 500);
      delays.push(next.delayMs);
      state = next.state;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('starts afresh after a run of a minute or more', () => {
    expect(nextRestart({ failures: 6 }, 60_000).delayMs).toBe(1000);
    expect(nextRestart({ failures: 6 }, 59_000).delayMs).toBe(30_000);
  });
});
