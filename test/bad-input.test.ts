import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateMunicipalOfferDocument, type CreateMunicipalOfferInput } from './__generated__/operations.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

/** The caller's mistakes, sent to the running hub: each is a 4xx or a GraphQL error with a stable code, never a 500. */
let hub: TestHub;
let aalborg: string;
beforeAll(async () => {
  hub = await startTestHub();
  aalborg = await hub.tokenFor({ kind: 'municipality', subject: 'aalborg', municipalityCode: '851' });
});
afterAll(() => hub?.close());

const offer: CreateMunicipalOfferInput = {
  kind: 'ACUTE_FUNCTION',
  name: 'Akutteam',
  description: 'Rykker ud.',
  targetGroup: 'Borgere',
  referralProcedure: 'Ring',
  contactEmail: 'akut@aalborg.example.dk',
  contactPhone: '+4599311111',
};

async function raw(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, codes: (json.errors ?? []).map((e) => e.extensions?.code), json };
}

describe('bad input gets a stable code, never INTERNAL_SERVER_ERROR', () => {
  it.each([
    '{ cluster(id: "not-a-uuid") { name } }',
    '{ regionalOffer(id: "not-a-uuid") { title } }',
    '{ inquiry(id: "not-a-uuid") { title } }',
    '{ packageBooking(id: "not-a-uuid") { status } }',
    '{ contactAccessLog(clusterId: "not-a-uuid") { readAt } }',
    '{ cluster(id: "not-a-uuid") { referralCounts(fromMonth: "2024-13") { referrals } } }',
    'mutation { startInquiryReview(input: { inquiryId: "not-a-uuid" }) { inquiry { id } } }',
    'mutation { answerOfferRequest(input: { requestId: "not-a-uuid", accept: true, reply: "ja" }) { request { id } } }',
  ])('an id or value that cannot exist: %s', async (query) => {
    for (const viewer of [
      { kind: 'kiap', subject: 'k' },
      { kind: 'region', subject: 'r', regionCode: '1084' },
    ] as const) {
      const response = await hub.queryAs(viewer, query);
      expect(response.status).toBeLessThan(500);
      expect(errorCodes(response), JSON.stringify(response.errors)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('a key written to smuggle more keys into a batch finds nothing', async () => {
    // Batched reads send their keys as one array literal; quotes, commas and braces stay inside one key.
    for (const code of ['1084","1085', '1084}', '{1084}', '1084\\', '"', '']) {
      const response = await hub.queryAs<{ region: unknown; municipality: unknown }, { code: string }>(
        { kind: 'kiap', subject: 'k' },
        'query($code: ID!) { region(code: $code) { code } municipality(code: $code) { code } }',
        { code },
      );
      expect(response.errors, code).toBeUndefined();
      expect(response.data, code).toEqual({ region: null, municipality: null });
    }
    const real = await hub.queryAs({ kind: 'kiap', subject: 'k' }, '{ region(code: "1084") { code } }');
    expect(real.data).toEqual({ region: { code: '1084' } });
  });

  it('a variable its custom scalar refuses', async () => {
    const response = await hub.query(
      CreateMunicipalOfferDocument,
      { input: { ...offer, contactEmail: 'not an e-mail' } },
      {
        headers: { authorization: aalborg },
      },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(response)).not.toContain('serviceName');
  });

  it('a NUL character in text', async () => {
    const response = await hub.query(
      CreateMunicipalOfferDocument,
      { input: { ...offer, name: 'Akut\u0000team' } },
      {
        headers: { authorization: aalborg },
      },
    );
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('year 0000 in a date', async () => {
    const response = await hub.query('query($t: DateTime!) { __typename }', { t: '0000-01-01T10:00:00Z' });
    expect(errorCodes(response)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('a persisted-query hash that does not match the query', async () => {
    const response = await raw({
      query: '{ regions { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(response.status).toBe(400);
    expect(response.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('two operations without operationName', async () => {
    const response = await raw({ query: 'query A { regions { code } } query B { regions { name } }' });
    expect(response.status).toBe(400);
    expect(response.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('a subscription', async () => {
    const response = await raw({ query: 'subscription { regions { code } }' });
    expect(response.status).toBe(400);
    expect(response.codes).not.toContain('INTERNAL_SERVER_ERROR');
  });
});

describe('every BAD_USER_INPUT has one shape: extensions.problems [{ path, message, line? }]', () => {
  const kiap = { kind: 'kiap', subject: 'k' } as const;
  const horsens = { kind: 'municipality', subject: 'h', municipalityCode: '615' } as const;
  const sources: [string, () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string][] = [
    [
      'a custom scalar refuses a variable',
      () => hub.queryAs(horsens, CreateMunicipalOfferDocument, { input: { ...offer, contactEmail: 'nej' } }),
      'input.contactEmail',
    ],
    [
      'a workflow refuses a field',
      () => hub.queryAs(horsens, CreateMunicipalOfferDocument, { input: { ...offer, name: ' ' } }),
      'input.name',
    ],
    ['a resolver refuses an argument', () => hub.queryAs(kiap, '{ contactAccessLog(first: 0) { id } }'), 'first'],
    [
      'a batch refuses a row',
      () => hub.queryAs(horsens, 'mutation { submitReferralCounts(input: { counts: [] }) { created } }'),
      'input.counts',
    ],
    [
      'the HTTP front refuses a NUL character',
      async () => (await raw({ query: '{ regions { code } }', variables: { x: 'a\u0000' } })).json,
      '',
    ],
    [
      'the gateway refuses a document',
      async () => (await raw({ query: 'query A { regions { code } } query B { regions { name } }' })).json,
      '',
    ],
  ];
  it.each(sources)('%s', async (_, send, path) => {
    const response = await send();
    const [error] = response.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = error!.extensions!.problems as Record<string, unknown>[];
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(Object.keys(problem).filter((key) => !['path', 'message', 'line'].includes(key))).toEqual([]);
      expect(typeof problem.path).toBe('string');
      expect(typeof problem.message).toBe('string');
    }
    expect(problems.map((p) => p.path)).toContain(path);
  });
});
