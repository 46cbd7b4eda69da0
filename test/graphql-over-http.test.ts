import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { startTestHub, type TestHub } from './support/hub.js';

/** The gateway against the GraphQL-over-HTTP specification's rules for a server. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const QUERY = '{ regions { code } }';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

const post = (body: string, headers: Record<string, string>) => fetch(hub.gatewayUrl, { method: 'POST', headers, body });

describe('POST', () => {
  it('answers application/graphql-response+json when the client accepts it, with 200 for a valid request', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await response.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(5);
  });

  it('answers application/json to a client that accepts only that (legacy clients)', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'application/json', accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('uses 4xx for requests that are not well-formed GraphQL requests, with graphql-response+json', async () => {
    const headers = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };
    expect((await post('{not json', headers)).status).toBe(400);
    expect((await post(JSON.stringify({ variables: {} }), headers)).status).toBe(400); // no query
    const parse = await post(JSON.stringify({ query: '{ regions { code ' }), headers);
    expect(parse.status).toBe(400);
    expect(parse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const invalid = await post(JSON.stringify({ query: '{ nothingHere }' }), headers);
    expect(invalid.status).toBe(400);
  });

  it('answers 200 with data and errors when execution partly fails', async () => {
    const response = await post(JSON.stringify({ query: '{ regions { code } inquiries { id } }' }), {
      'content-type': 'application/json',
      accept: GRAPHQL_RESPONSE,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { regions: unknown[]; inquiries: null }; errors: unknown[] };
    expect(body.data.regions).toHaveLength(5);
    expect(body.data.inquiries).toBeNull();
    expect(body.errors).toHaveLength(1);
  });
});

describe('GET', () => {
  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${hub.gatewayUrl}?${new URLSearchParams(params)}`, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });

  it('runs queries from the URL (with a header that a cross-site form cannot send)', async () => {
    const response = await get({ query: QUERY }, { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(5);
  });

  it('refuses a GET without such a header (CSRF protection)', async () => {
    expect((await get({ query: QUERY })).status).toBe(400);
  });

  it('refuses mutations over GET with 405', async () => {
    const response = await get(
      { query: 'mutation { startInquiryReview(input: { inquiryId: "x" }) { inquiry { id } } }' },
      { 'apollo-require-preflight': 'true' },
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('CORS', () => {
  it('allows exactly the configured origins, answers their preflight, and never allows credentials', async () => {
    const gateway = await hub.startGateway({ corsOrigins: ['https://partner.example'] });
    const url = `${gateway.url}/graphql`;
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const allowed = await preflight('https://partner.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const refused = await preflight('https://elsewhere.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const answer = await fetch(url, {
      method: 'POST',
      headers: { origin: 'https://partner.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    expect(answer.headers.get('vary')).toContain('Origin');
    // The hub's own gateway, configured with none, names no origin to anyone.
    const own = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'application/json', origin: 'https://partner.example' });
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('HTTP front (Fastify, helmet, under-pressure)', () => {
  it('sends security headers with every API answer', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-request-id')).toBeTruthy();
    // An answer is for its caller and may hold personal data: no cache keeps one, refusals included.
    expect(response.headers.get('cache-control')).toBe('no-store');
    const refused = await post(JSON.stringify({ query: '{ noSuchField }' }), { 'content-type': 'application/json' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a request with a malformed Host header as the caller’s mistake, never a 500', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const target = new URL(hub.gatewayUrl);
      const request = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: '/graphql?query=%7B__typename%7D',
          headers: { host: 'a b', 'apollo-require-preflight': 'x' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('answers an unknown path, a malformed URL and malformed HTTP in the one error shape', async () => {
    const nothing = await fetch(`${hub.gatewayUrl.replace('/graphql', '')}/nothing-here`, { method: 'POST' });
    expect(nothing.status).toBe(404);
    expect(await nothing.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }] });
    const badUrl = await fetch(`${hub.gatewayUrl.replace('/graphql', '')}/%ZZ`);
    expect(badUrl.status).toBe(400);
    expect(await badUrl.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });

    const target = new URL(hub.gatewayUrl);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(target.port), target.hostname, () =>
        socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n{}'),
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
      errors: [{ message: 'The request is not well-formed HTTP', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('sheds load with 503 SERVICE_OVERLOADED while its event loop is behind, keeps /health answering, and recovers', async () => {
    const gateway = await hub.startGateway({ loadShedding: { maxEventLoopDelayMs: 5, sampleIntervalMs: 50 } });
    const busy = setInterval(() => {
      const until = Date.now() + 40;
      while (Date.now() < until); // a process saturated by its work: every tick waits 40 ms
    }, 1);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [shed, health] = await Promise.all([
        fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        }),
        fetch(`${gateway.url}/health`),
      ]);
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('1');
      expect(await shed.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_OVERLOADED' } }] });
      expect(health.status).toBe(200);
    } finally {
      clearInterval(busy);
    }
    await expect
      .poll(
        async () =>
          (
            await fetch(`${gateway.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: QUERY }),
            })
          ).status,
        { timeout: 3000, interval: 100 },
      )
      .toBe(200);
  });
});
