import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
