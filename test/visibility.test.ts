import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import {
  ClusterDirectoryDocument,
  ClusterPartnerViewDocument,
  PackageCatalogueDocument,
  RegionOffersDocument,
  RegionsWithMunicipalitiesAndClustersDocument,
} from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

/** The README's "Who sees what" table, asked through the gateway as each kind of caller. */
let hub: TestHub;
let cluster: ClusterFixture;
let otherCluster: string;
let someParty: string;

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '751');
  const [other] = await hub.adminSql<{ id: string }[]>`select id from clusters.clusters where region_code <> ${cluster.regionCode} limit 1`;
  otherCluster = other!.id;
  const [party] = await hub.adminSql<{ id: string }[]>`select id from inquiries.external_parties limit 1`;
  someParty = party!.id;
});
afterAll(() => hub?.close());

const viewers = () => ({
  anonymous: { kind: 'anonymous' } as Viewer,
  external: { kind: 'external', subject: 'p', partyId: someParty } as Viewer,
  ownMunicipality: { kind: 'municipality', subject: 'm', municipalityCode: cluster.municipalityCode } as Viewer,
  otherMunicipality: { kind: 'municipality', subject: 'm2', municipalityCode: '851' } as Viewer,
  ownRegion: { kind: 'region', subject: 'r', regionCode: cluster.regionCode } as Viewer,
  otherRegion: { kind: 'region', subject: 'r2', regionCode: cluster.regionCode === '1081' ? '1082' : '1081' } as Viewer,
  member: { kind: 'cluster', subject: 'c', clusterId: cluster.id, clusterRole: 'member', regionCode: cluster.regionCode } as Viewer,
  otherClusterMember: { kind: 'cluster', subject: 'c2', clusterId: otherCluster, clusterRole: 'coordinator', regionCode: '1084' } as Viewer,
  kiap: { kind: 'kiap', subject: 'k' } as Viewer,
});
type Who = keyof ReturnType<typeof viewers>;
const EVERYONE: Who[] = [
  'anonymous',
  'external',
  'ownMunicipality',
  'otherMunicipality',
  'ownRegion',
  'otherRegion',
  'member',
  'otherClusterMember',
  'kiap',
];

describe('public reference data and catalogues', () => {
  it.each(EVERYONE)('are open to %s', async (who) => {
    const viewer = viewers()[who];
    const reference = await hub.queryAs(viewer, RegionsWithMunicipalitiesAndClustersDocument);
    expect(reference.errors).toBeUndefined();
    expect(reference.data!.regions).toHaveLength(5);
    const packages = await hub.queryAs(viewer, PackageCatalogueDocument, {});
    expect(packages.data!.clusterPackages.length).toBeGreaterThan(0);
    const offers = await hub.queryAs(viewer, RegionOffersDocument, { code: '1082' });
    expect(offers.data!.region!.offers!.length).toBeGreaterThan(0);
    const directory = await hub.queryAs(viewer, ClusterDirectoryDocument, { regionCode: '1082' });
    expect(directory.data!.clusters.length).toBeGreaterThan(1);
  });
});

describe("a cluster's officers (names), practices and meetings", () => {
  const expectations: Record<Who, { officers: boolean; partner: boolean }> = {
    anonymous: { officers: false, partner: false },
    external: { officers: false, partner: false },
    ownMunicipality: { officers: true, partner: true },
    otherMunicipality: { officers: true, partner: false },
    ownRegion: { officers: true, partner: true },
    otherRegion: { officers: true, partner: false },
    member: { officers: true, partner: true },
    otherClusterMember: { officers: true, partner: false },
    kiap: { officers: true, partner: true },
  };
  it.each(EVERYONE)('as %s', async (who) => {
    const response = await hub.queryAs(viewers()[who], ClusterPartnerViewDocument, { id: cluster.id });
    const seen = response.data!.cluster!;
    const { officers, partner } = expectations[who];
    expect(seen.doctorCount).toBeGreaterThan(0); // the public part always comes back
    expect(seen.officers === null).toBe(!officers);
    expect(seen.practices === null).toBe(!partner);
    expect(seen.meetings === null).toBe(!partner);
    if (officers) expect(seen.officers!.map((o) => o.role)).toContain('COORDINATOR');
    expect(new Set(errorCodes(response))).toEqual(officers && partner ? new Set() : new Set(['FORBIDDEN']));
  });
});
