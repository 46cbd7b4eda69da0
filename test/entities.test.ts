import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../subgraphs/common/viewer.js';
import { startTestHub, type TestHub } from './support/hub.js';

/** Each subgraph's reference resolvers, called the way the gateway calls them (signed). */
let hub: TestHub;
let clusterId: string;
beforeAll(async () => {
  hub = await startTestHub();
  const [row] = await hub.adminSql<{ id: string }[]>`
    select c.id from clusters.clusters c join clusters.cluster_municipalities m on m.cluster_id = c.id
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
  });

  it('clusters resolves the clusters of a municipality it only knows by code', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { clusters { name } } } }`;
    const response = await hub.querySubgraphAs('clusters', ANONYMOUS, query, { r: [{ __typename: 'Municipality', code: '147' }] });
    expect(response.data).toEqual({
      _entities: [{ clusters: [{ name: 'Klynge Frederiksberg Nord' }, { name: 'Klynge Frederiksberg Syd' }] }],
    });
  });
});
