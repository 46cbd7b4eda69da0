import { expect, it } from 'vitest';
import { reconnectDelaySeconds } from '../../platform/database.js';

it('waits a tenth of a second after the first failed connect, doubling to at most 2 s, jittered downwards by up to half', () => {
  for (let sample = 0; sample < 200; sample++) {
    const first = reconnectDelaySeconds(0);
    expect(first).toBeGreaterThanOrEqual(0.05);
    expect(first).toBeLessThanOrEqual(0.1);
    const third = reconnectDelaySeconds(3);
    expect(third).toBeGreaterThanOrEqual(0.4);
    expect(third).toBeLessThanOrEqual(0.8);
    // postgres.js's own default would wait up to 20 s after this many.
    const late = reconnectDelaySeconds(12);
    expect(late).toBeGreaterThanOrEqual(1);
    expect(late).toBeLessThanOrEqual(2);
  }
});
