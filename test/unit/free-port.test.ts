import { afterEach, expect, it, vi } from 'vitest';
import { EPHEMERAL_LOW, freePort, LOWEST } from '../support/ports.js';

afterEach(() => vi.restoreAllMocks());

it('never hands out a port that fetch() and browsers refuse to connect to', async () => {
  // The first draw lands on 10080 (a "bad port" in the Fetch standard: fetch() fails with "bad port").
  const draws = [10_080, 10_081 + Math.floor(Math.random() * 5000)];
  let next = 20_000;
  const random = vi.spyOn(Math, 'random').mockImplementation(() => {
    const port = draws.shift() ?? next++;
    return (port - LOWEST + 0.5) / (EPHEMERAL_LOW - LOWEST);
  });
  const port = await freePort();
  expect(port).not.toBe(10_080);
  expect(random.mock.calls.length).toBeGreaterThanOrEqual(2);
});
