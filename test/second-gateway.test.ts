import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import type { Viewer } from '../platform/viewer.js';
import {
  ClusterDashboardDocument,
  ClusterOfficersDocument,
  MunicipalityBookingViewDocument,
  RegionOffersViewDocument,
  RegionsWithMunicipalitiesAndClustersDocument,
  TriageQueueDocument,
} from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { startHiveGateway } from './support/hive-gateway.js';
import { postGraphQL, startTestHub, type TestHub } from './support/hub.js';

/** The committed supergraph is standard Federation 2: Hive Gateway serves it with the same answers. */
let hub: TestHub;
let hive: Awaited<ReturnType<typeof startHiveGateway>>;
let cluster: ClusterFixture;

beforeAll(async () => {
  hub = await startTestHub();
  hive = await startHiveGateway({
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].url])) as Record<SubgraphName, string>,
    internalSecret: hub.internalSecret,
  });
  cluster = await clusterIn(hub.adminSql, '751');
});
afterAll(async () => {
  await hive?.close();
  await hub?.close();
});

const golden = (): [string, Viewer, DocumentNode, Record<string, unknown>][] => [
  ['the network, anonymous', { kind: 'anonymous' }, RegionsWithMunicipalitiesAndClustersDocument, {}],
  [
    'a municipality’s bookings',
    { kind: 'municipality', subject: 'm', municipalityCode: '751' },
    MunicipalityBookingViewDocument,
    { code: '751' },
  ],
  ['a unit’s offers', { kind: 'region', subject: 'r', regionCode: '1082' }, RegionOffersViewDocument, { code: '1082' }],
  ['KiAP’s triage queue', { kind: 'kiap', subject: 'k' }, TriageQueueDocument, {}],
  [
    'a cluster’s dashboard',
    { kind: 'cluster', subject: 'c', clusterId: cluster.id, clusterRole: 'coordinator', regionCode: cluster.regionCode },
    ClusterDashboardDocument,
    { id: cluster.id },
  ],
  [
    'officers for a member',
    { kind: 'cluster', subject: 'c', clusterId: cluster.id, clusterRole: 'member', regionCode: cluster.regionCode },
    ClusterOfficersDocument,
    { id: cluster.id },
  ],
  [
    'officers for a municipality (contacts withheld)',
    { kind: 'municipality', subject: 'm', municipalityCode: '751' },
    ClusterOfficersDocument,
    { id: cluster.id },
  ],
];

describe('Hive Gateway serving the committed supergraph', () => {
  it('gives the same answers to the golden read queries as the hub’s gateway', async () => {
    for (const [name, viewer, document, variables] of golden()) {
      const headers: Record<string, string> = viewer.kind === 'anonymous' ? {} : { authorization: await hub.tokenFor(viewer) };
      const apollo = await postGraphQL(hub.gatewayUrl, print(document), variables, headers);
      const other = await postGraphQL(hive.url, print(document), variables, headers);
      expect(apollo.data, name).toBeTruthy();
      expect(other.data, name).toEqual(apollo.data);
      expect(
        (other.errors ?? []).map((e) => e.extensions?.code),
        name,
      ).toEqual((apollo.errors ?? []).map((e) => e.extensions?.code));
    }
  });
});
