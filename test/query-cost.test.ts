import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

/**
 * Cost analysis that knows lists, with the hub's default limits: a list multiplies what is
 * selected under it by its expected size, at the gateway and again in every subgraph.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

// regions → municipalities → region → municipalities …: depth 8, every limit but cost passed it.
const RECURSION =
  '{ regions { municipalities { region { municipalities { region { municipalities { region { municipalities { name } } } } } } } } }';

describe('list-aware cost', () => {
  it('refuses the anonymous recursion through lists at the gateway, before any subgraph is asked', async () => {
    const before = hub.subgraphs.municipalities.statements.count;
    const response = await hub.query(RECURSION);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' } })]);
    expect(response.errors![0]!.message).toMatch(/cost \d+; at most 50000/);
    expect(hub.subgraphs.municipalities.statements.count).toBe(before);
  });

  it('refuses it in the subgraph too, even with the gateway’s proof', async () => {
    const direct = await hub.querySubgraphAs('municipalities', { kind: 'anonymous' }, RECURSION);
    expect(direct.status).toBe(400);
    expect(direct.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' } })]);
  });

  it('prices a list by its pagination argument where it has one', async () => {
    const kiap = { kind: 'kiap' as const, subject: 'kiap-cost' };
    const nested = (first: number) => `{ inquiries(first: ${first}) { forwards { cluster { municipalities { clusters { name } } } } } }`;
    expect(errorCodes(await hub.queryAs(kiap, nested(500)))).toEqual(['QUERY_TOO_COMPLEX']); // 500 × 401
    const few = await hub.queryAs(kiap, nested(5)); // 5 × 401
    expect(few.errors).toBeUndefined();
    expect(few.data).toBeTruthy();
  });

  it('answers the hub’s widest legitimate read (every cluster with its network) within the limit', async () => {
    const network = await hub.query(
      '{ clusters { id name region { code offers { id } } municipalities { code clusters { id } } regionalOffers { id } } }',
    );
    expect(network.errors).toBeUndefined();
    expect((network.data as { clusters: unknown[] }).clusters.length).toBeGreaterThan(100);
  });

  it('bounds the entities of one subgraph fetch', async () => {
    const representations = Array.from({ length: 2501 }, (_, i) => ({ __typename: 'Region', code: String(i) }));
    const response = await hub.querySubgraphAs(
      'municipalities',
      { kind: 'anonymous' },
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { name } } }',
      { r: representations },
    );
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxEntities' } })]);
  });
});
