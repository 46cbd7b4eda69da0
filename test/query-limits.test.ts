import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../platform/query-limits.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

/**
 * The gateway's abuse limits, with small numbers so the queries stay readable; production
 * mode (no introspection, no suggestions, masked errors) on the same hub.
 */
const LIMITS: QueryLimits = {
  ...DEFAULT_QUERY_LIMITS,
  maxDepth: 4,
  maxAliases: 3,
  maxDirectives: 3,
  maxTokens: 120,
  maxCost: 200,
  maxResponseBytes: 4000,
  maxBatch: 3,
  production: true,
};

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ limits: LIMITS });
});
afterAll(() => hub?.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('query limits at the gateway', () => {
  const cases: [string, string, string][] = [
    ['depth', '{ regions { municipalities { clusters { regionalOffers { title } } } } }', '{ regions { municipalities { name } } }'],
    [
      'aliases',
      '{ a: regions { code } b: regions { code } c: regions { code } d: regions { code } }',
      '{ a: regions { code } b: regions { code } }',
    ],
    [
      'directives',
      '{ regions { code @include(if: true) name @include(if: true) a: name @skip(if: false) b: code @skip(if: false) } }',
      '{ regions { code @include(if: true) } }',
    ],
    [
      'tokens',
      `query Many(${Array.from({ length: 30 }, (_, i) => `$v${i}: Int`).join(', ')}) { regions { code } }`,
      'query Few { regions { code } }',
    ],
    // 5 regions × (1 + 30 municipalities × (1 + 5 clusters)) = 905; 5 × (1 + 30) = 155
    ['cost', '{ regions { municipalities { clusters { name } } } }', '{ regions { municipalities { code } } }'],
  ];
  const limitName = { depth: 'maxDepth', aliases: 'maxAliases', directives: 'maxDirectives', tokens: 'maxTokens', cost: 'maxCost' };

  it.each(cases)('refuses a query over the %s limit with QUERY_TOO_COMPLEX, and answers one within it', async (limit, over, within) => {
    const refused = await hub.query(over);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: limitName[limit as keyof typeof limitName] } }),
    ]);
    const answered = await hub.query(within);
    expect(answered.errors).toBeUndefined();
    expect(answered.data).toBeTruthy();
  });

  it('subgraphs keep limits of their own, a little wider than the gateway’s', async () => {
    const deep = '{ regions { municipalities { clusters { municipalities { region { municipalities { code } } } } } } }'; // 7 > 4 + 2
    const direct = await hub.querySubgraphAs('municipalities', { kind: 'anonymous' }, deep);
    expect(errorCodes(direct)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('the size of an answer', () => {
  it('is bounded: an answer over the byte limit is refused with RESPONSE_TOO_LARGE, a smaller one answered', async () => {
    const large = await hub.query('{ municipalities { code name region { name } } }'); // cost 196, ≈ 8 kB
    expect(errorCodes(large)).toContain('RESPONSE_TOO_LARGE');
    expect(JSON.stringify(large).length).toBeLessThan(4000);
    const small = await hub.query('{ regions { code name } }');
    expect(small.errors).toBeUndefined();
  });
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const response = await hub.query('{ __schema { types { name } } }');
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0]!.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const response = await hub.query('{ regions { nam } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0]!.message).not.toMatch(/did you mean/i);
    expect(JSON.stringify(response)).not.toContain('"name"');
  });

  it('does not suggest enum values or name the internal service that answered', async () => {
    const kiap = await hub.tokenFor({ kind: 'kiap', subject: 'k' });
    const response = await hub.query(
      'query ($s: [InquiryStatus!]) { inquiries(statuses: $s) { id } }',
      { s: ['SUBMITTE'] },
      { headers: { authorization: kiap } },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response)).not.toMatch(/did you mean|SUBMITTED|serviceName|inquiries subgraph/i);
  });

  it('sends errors with a message and a code, never a stack trace or SQL', async () => {
    const response = await hub.query('{ inquiries { id } }');
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const bad = await hub.query('query ($id: ID!) { cluster(id: $id) { name } }', { id: 'not-a-uuid' });
    for (const error of [...(response.errors ?? []), ...(bad.errors ?? [])]) {
      expect(Object.keys(error.extensions ?? {})).not.toContain('stacktrace');
      expect(JSON.stringify(error)).not.toMatch(/select |from "|at .+\.ts:\d+/i);
    }
  });
});

describe('request size and batching', () => {
  it('answers a batch of up to 3 operations and refuses a larger one with 400 BATCH_TOO_LARGE', async () => {
    const op = { query: '{ regions { code } }' };
    const three = await post([op, op, op]);
    expect(three.status).toBe(200);
    expect((await three.json()) as unknown[]).toHaveLength(3);
    const four = await post([op, op, op, op]);
    expect(four.status).toBe(400);
    expect(await four.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BATCH_TOO_LARGE' } })] });
  });

  it('refuses a body over 1 MB with 413 before parsing it', async () => {
    const response = await post({ query: `{ regions { code } } # ${'x'.repeat(1_100_000)}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })] });
  });
});
