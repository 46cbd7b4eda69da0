import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../platform/viewer.js';
import { startTestHub, type TestHub } from './support/hub.js';

/** Each subgraph's reference resolvers, called the way the gateway calls them (signed). */
let hub: TestHub;
let clusterId: string;
beforeAll(async () => {
  hub = await startTestHub();
  const [row] = await hub.adminSql<{ id: string }[]>`
    select c.id from clusters.clusters c join municipalities.cluster_coverage m on m.cluster_id = c.id
    where m.municipality_code = '147' order by c.name limit 1`;
  clusterId = row!.id;
});
afterAll(() => hub?.close());

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Cluster {
        id
        name
      }
      ... on Municipality {
        code
      }
      ... on Region {
        code
      }
    }
  }
`;

describe('_entities', () => {
  it('clusters resolves clusters by id, in the order asked, with null for unknown ids', async () => {
    const response = await hub.querySubgraphAs('clusters', ANONYMOUS, ENTITIES, {
      representations: [
        { __typename: 'Cluster', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Cluster', id: clusterId },
        { __typename: 'Cluster', id: 'not-a-uuid' },
      ],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      _entities: [null, { __typename: 'Cluster', id: clusterId, name: 'Klynge Frederiksberg Nord' }, null],
    });
  });

  it('municipalities resolves regions and municipalities with their reference data', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Municipality { code name region { code } } ... on Region { code name } } }`;
    const response = await hub.querySubgraphAs('municipalities', ANONYMOUS, query, {
      r: [
        { __typename: 'Municipality', code: '147' },
        { __typename: 'Region', code: '1083' },
        { __typename: 'Region', code: '9999' },
      ],
    });
    expect(response.data).toEqual({
      _entities: [{ code: '147', name: 'Frederiksberg', region: { code: '1084' } }, { code: '1083', name: 'Region Syddanmark' }, null],
    });
  });

  it('offers resolves a cluster’s regional offers from the region the gateway sends along', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cluster { regionalOffers { region { code } status } } } }`;
    const response = await hub.querySubgraphAs('offers', ANONYMOUS, query, {
      r: [{ __typename: 'Cluster', id: clusterId, region: { code: '1084' } }],
    });
    const offers = (response.data as { _entities: { regionalOffers: { region: { code: string }; status: string }[] }[] })._entities[0]!
      .regionalOffers;
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.region.code === '1084' && o.status === 'PUBLISHED')).toBe(true);
    // A representation with an id that names no cluster gets the region's offers for every cluster, not an error.
    const unknown = await hub.querySubgraphAs('offers', ANONYMOUS, query, {
      r: [{ __typename: 'Cluster', id: 'no-such-cluster', region: { code: '1084' } }],
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data as typeof response.data).toEqual(response.data);
  });

  it('municipalities resolves the clusters covering a municipality, and the municipalities a cluster covers', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Municipality { clusters { id } } ... on Cluster { municipalities { code } } } }`;
    const response = await hub.querySubgraphAs('municipalities', ANONYMOUS, query, {
      r: [
        { __typename: 'Municipality', code: '147' },
        { __typename: 'Cluster', id: clusterId },
      ],
    });
    const [municipality, cluster] = (
      response.data as { _entities: [{ clusters: { id: string }[] }, { municipalities: { code: string }[] }] }
    )._entities;
    expect(municipality.clusters).toHaveLength(2);
    expect(municipality.clusters.map((c) => c.id)).toContain(clusterId);
    expect(cluster).toEqual({ municipalities: [{ code: '147' }] });
  });

  it('clusters decides a municipality’s access to practices from the municipalities the gateway sends along', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cluster { practices { providerNumber } } } }`;
    const frederiksberg = { kind: 'municipality', subject: 'm', municipalityCode: '147' } as const;
    const covered = await hub.querySubgraphAs('clusters', frederiksberg, query, {
      r: [{ __typename: 'Cluster', id: clusterId, municipalities: [{ code: '147' }] }],
    });
    expect(covered.errors).toBeUndefined();
    const notCovered = await hub.querySubgraphAs('clusters', frederiksberg, query, {
      r: [{ __typename: 'Cluster', id: clusterId, municipalities: [{ code: '101' }] }],
    });
    expect(notCovered.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
