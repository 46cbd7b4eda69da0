import { request } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Sql } from '../platform/database.js';
import type { RunningHttpServer } from '../platform/http-server.js';
import type { Viewer } from '../platform/viewer.js';
import { startTestHub, type TestHub } from './support/hub.js';

/** Requests per caller per minute, counted in Postgres so a second gateway replica counts the same. */
const LIMITS = { perMinute: 4, anonymousPerMinute: 3 };
let hub: TestHub;
let replicaSql: Sql;
let replica: RunningHttpServer;

/**
 * Counts are per minute of the gateway's clock. Both replicas read this one, fixed ten
 * seconds into a minute, so no test depends on when it runs; `advance` moves it.
 */
let now = new Date('2030-05-01T10:00:10Z');
const clock = () => now;
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000));

beforeAll(async () => {
  hub = await startTestHub({ rateLimits: LIMITS, clock });
  replicaSql = connect(hub.roleUrl('gateway'), { applicationName: 'replica', maxConnections: 2 });
  replica = await hub.startGateway({ rateLimit: { sql: replicaSql, limits: LIMITS, clock } });
});
afterAll(async () => {
  await replica?.close();
  await replicaSql?.end();
  await hub?.close();
});

const ask = async (url: string, viewer?: Exclude<Viewer, { kind: 'anonymous' }>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(viewer ? { authorization: await hub.tokenFor(viewer) } : {}) },
    body: JSON.stringify({ query: '{ regions { code } }' }),
  });

/** A request from another loopback address, so address-counted tests do not share one allowance. */
function askFrom(localAddress: string, path: string, init: { body?: string; authorization?: string } = {}): Promise<number> {
  const url = new URL(path, hub.gatewayUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.body ? 'POST' : 'GET',
        localAddress,
        headers: { 'content-type': 'application/json', ...(init.authorization ? { authorization: init.authorization } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('rate limits', () => {
  it('refuse a caller’s requests past the limit with 429 and Retry-After, on every replica, and no one else’s', async () => {
    const mette: Viewer = { kind: 'municipality', subject: 'mette', municipalityCode: '751' };
    const statuses = [];
    for (const url of [hub.gatewayUrl, `${replica.url}/graphql`, hub.gatewayUrl, `${replica.url}/graphql`])
      statuses.push((await ask(url, mette)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);

    const refused = await ask(`${replica.url}/graphql`, mette);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('50'); // the clock stands 10 s into its minute
    expect(await refused.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })] });
    expect((await ask(hub.gatewayUrl, mette)).status).toBe(429);

    // Another person is counted on their own.
    expect((await ask(hub.gatewayUrl, { kind: 'municipality', subject: 'jens', municipalityCode: '751' })).status).toBe(200);

    // The next minute is a new allowance.
    advance(60);
    expect((await ask(hub.gatewayUrl, mette)).status).toBe(200);
    advance(-60);
  });

  it('count operations, not HTTP requests: a batch of three costs three', async () => {
    const batcher = await hub.tokenFor({ kind: 'kiap', subject: 'batcher' });
    const batch = JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { name } }' }, { query: '{ regions { code } }' }]);
    const send = () =>
      fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: batcher }, body: batch });
    expect((await send()).status).toBe(200); // 3 of 4
    expect((await send()).status).toBe(429); // 6 > 4
  });

  it('count /ready and refused tokens against the address too', async () => {
    const query = JSON.stringify({ query: '{ regions { code } }' });
    expect([await askFrom('127.0.0.2', '/ready'), await askFrom('127.0.0.2', '/ready'), await askFrom('127.0.0.2', '/ready')]).toEqual([
      200, 200, 200,
    ]);
    expect(await askFrom('127.0.0.2', '/graphql', { body: query })).toBe(429);
    expect(await askFrom('127.0.0.2', '/ready')).toBe(429);

    const guesses = [];
    for (let i = 0; i < 3; i++) guesses.push(await askFrom('127.0.0.3', '/graphql', { body: query, authorization: `Bearer guess.${i}.x` }));
    expect(guesses).toEqual([401, 401, 401]);
    expect(await askFrom('127.0.0.3', '/graphql', { body: query, authorization: 'Bearer guess.4.x' })).toBe(429);
    expect(await askFrom('127.0.0.3', '/graphql', { body: query })).toBe(429);
  });

  it('go by the gateway’s own count when Postgres holds the count, as when it is away', async () => {
    // A server that accepts the connection and never answers: a Postgres still starting up.
    const held: Socket[] = [];
    const silent = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const silentSql = connect(`postgres://gateway:x@127.0.0.1:${port}/klyngehub`, { applicationName: 'silent', maxConnections: 1 });
    const gateway = await hub.startGateway({ rateLimit: { sql: silentSql, limits: LIMITS, clock, countWithinMs: 200 } });
    try {
      const started = performance.now();
      const statuses = [];
      for (let i = 0; i < LIMITS.perMinute; i++)
        statuses.push((await ask(`${gateway.url}/graphql`, { kind: 'kiap', subject: 'held' })).status);
      expect(statuses).toEqual(Array(LIMITS.perMinute).fill(200));
      // Past the limit, refused all the same, by the gateway's own count of the minute.
      const refused = await ask(`${gateway.url}/graphql`, { kind: 'kiap', subject: 'held' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('50'); // the clock stands 10 s into its minute
      // Someone else still gets through.
      expect((await ask(`${gateway.url}/graphql`, { kind: 'kiap', subject: 'other' })).status).toBe(200);
      // Each waited its 200 ms, not postgres.js's 30 s connect timeout.
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await gateway.close();
      await silentSql.end({ timeout: 0 });
      for (const socket of held) socket.destroy();
      silent.close();
    }
  });

  it('count anonymous callers per address', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask(hub.gatewayUrl)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // A signed-in caller from the same address is not affected.
    expect((await ask(hub.gatewayUrl, { kind: 'kiap', subject: 'kiap' })).status).toBe(200);
  });
});
