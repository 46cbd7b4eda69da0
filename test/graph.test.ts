import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClusterDirectoryDocument,
  ClusterNetworkDocument,
  ClusterOfficersDocument,
  MunicipalityWithClustersDocument,
  PackageCatalogueDocument,
  RegionOffersDocument,
  RegionsWithMunicipalitiesAndClustersDocument,
} from './__generated__/operations.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

const KIAP = { kind: 'kiap', subject: 'kiap-test' } as const;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe('the graph through the gateway', () => {
  it('serves all regions with their municipalities and each municipality’s clusters (5, 98, 116)', async () => {
    const { data, errors } = await hub.query(RegionsWithMunicipalitiesAndClustersDocument);
    expect(errors).toBeUndefined();
    const regions = data!.regions;
    expect(regions.map((r) => r.code)).toEqual(['1081', '1082', '1083', '1084', '1085']);
    const municipalities = regions.flatMap((r) => r.municipalities);
    expect(municipalities).toHaveLength(98);
    expect(municipalities.find((m) => m.code === '101')?.name).toBe('København');
    const clusterIds = new Set(municipalities.flatMap((m) => m.clusters.map((c) => c.id)));
    expect(clusterIds.size).toBe(116);
    // Large cities have several clusters; small islands share one with a neighbour.
    expect(municipalities.find((m) => m.code === '101')?.clusters.length).toBeGreaterThan(5);
    const laesoe = municipalities.find((m) => m.code === '825')!.clusters;
    const frederikshavn = municipalities.find((m) => m.code === '813')!.clusters;
    expect(laesoe.map((c) => c.id)).toEqual(frederikshavn.map((c) => c.id));
  });

  it('resolves Municipality.region and Municipality.clusters across subgraphs', async () => {
    const { data } = await hub.query(MunicipalityWithClustersDocument, { code: '751' });
    expect(data!.municipality).toMatchObject({ code: '751', name: 'Aarhus', region: { code: '1082', name: 'Region Midtjylland' } });
    expect(data!.municipality!.clusters.map((c) => c.name)).toContain('Klynge Aarhus Nord');
  });

  it('returns null for codes and ids that match nothing, without an error', async () => {
    const unknownMunicipality = await hub.query(MunicipalityWithClustersDocument, { code: '999' });
    expect(unknownMunicipality).toMatchObject({ data: { municipality: null } });
    expect(unknownMunicipality.errors).toBeUndefined();
    const malformedId = await hub.query(ClusterOfficersDocument, { id: 'not-a-uuid' });
    expect(malformedId).toMatchObject({ data: { cluster: null } });
    expect(malformedId.errors).toBeUndefined();
  });

  it('lists clusters with their region and municipalities, and filters by region', async () => {
    const all = (await hub.queryAs(KIAP, ClusterDirectoryDocument, {})).data!.clusters;
    expect(all).toHaveLength(116);
    for (const cluster of all) {
      expect(cluster.municipalities.length).toBeGreaterThan(0);
      // A cluster lies in one region: every municipality it covers is in it.
      for (const municipality of cluster.municipalities) expect(municipality.region.code).toBe(cluster.region.code);
      expect(cluster.doctorCount).toBe(cluster.practices!.reduce((sum, p) => sum + p.doctorCount, 0));
      for (const practice of cluster.practices!) expect(practice.providerNumber).toMatch(/^\d{6}$/);
    }
    const north = (await hub.query(ClusterDirectoryDocument, { regionCode: '1081' })).data!.clusters;
    expect(north.length).toBeGreaterThan(0);
    expect(north.every((c) => c.region.code === '1081')).toBe(true);
    const copenhagen = (await hub.query(MunicipalityWithClustersDocument, { code: '101' })).data!.municipality!.clusters;
    expect(copenhagen).toHaveLength(10);
  });

  it('shows the demo data with the real figures: 3,300 doctors, 11–71 per cluster, 17,117–110,140 patients', async () => {
    const clusters = (await hub.query(ClusterDirectoryDocument, {})).data!.clusters;
    const doctors = clusters.map((c) => c.doctorCount);
    const patients = clusters.map((c) => c.listedPatients);
    expect(doctors.reduce((a, b) => a + b, 0)).toBe(3300);
    expect(Math.min(...doctors)).toBe(11);
    expect(Math.max(...doctors)).toBe(71);
    expect(doctors.filter((d) => d >= 20 && d <= 40).length / doctors.length).toBeGreaterThan(0.75);
    expect(Math.min(...patients)).toBe(17_117);
    expect(Math.max(...patients)).toBe(110_140);
    const totalPatients = patients.reduce((a, b) => a + b, 0);
    expect(totalPatients).toBeGreaterThan(5_000_000);
    expect(totalPatients).toBeLessThan(6_000_000);
  });

  it('resolves Region.offers and Cluster.regionalOffers: the published, current offers of the cluster’s region', async () => {
    const { data } = await hub.query(RegionOffersDocument, { code: '1084' });
    const offers = data!.region!.offers!;
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) {
      expect(offer.status).toBe('PUBLISHED');
      expect(offer.region.code).toBe('1084');
    }
    const unit = { kind: 'region', subject: 'unit', regionCode: '1084' } as const;
    const network = (await hub.queryAs(unit, ClusterNetworkDocument, { regionCode: '1084' })).data!.clusters;
    for (const cluster of network) {
      // Every offer for all the region's clusters, plus (for the unit) any offer naming this cluster.
      expect(cluster.regionalOffers.map((o) => o.id)).toEqual(expect.arrayContaining(offers.map((o) => o.id)));
    }
    const withNamedOffer = network.filter((c) => c.regionalOffers.length > offers.length);
    expect(withNamedOffer).toHaveLength(2);
    // Anyone else learns nothing of whom the named offers are for.
    const asAnyone = (await hub.query(ClusterNetworkDocument, { regionCode: '1084' })).data!.clusters;
    for (const cluster of asAnyone) expect(cluster.regionalOffers.map((o) => o.id).sort()).toEqual(offers.map((o) => o.id).sort());
  });

  it('shows each cluster’s meetings and the package used', async () => {
    const network = (await hub.queryAs(KIAP, ClusterNetworkDocument, { regionCode: '1085' })).data!.clusters;
    const meetings = network.flatMap((c) => c.meetings!);
    expect(meetings.length).toBeGreaterThanOrEqual(network.length * 2);
    const now = Date.now();
    expect(meetings.some((m) => Date.parse(m.startsAt) < now)).toBe(true);
    expect(meetings.some((m) => Date.parse(m.startsAt) > now)).toBe(true);
    expect(meetings.every((m) => Date.parse(m.endsAt) > Date.parse(m.startsAt))).toBe(true);
  });

  it('offers the package catalogue with the two municipal packages', async () => {
    const { data } = await hub.query(PackageCatalogueDocument, { municipalOnly: true });
    expect(data!.clusterPackages.map((p) => p.municipalPackage).sort()).toEqual(['ACUTE_FUNCTIONS', 'PREVENTION_AND_REHABILITATION']);
    expect(data!.clusterPackages.every((p) => p.durationMinutes === 150)).toBe(true);
    const all = (await hub.query(PackageCatalogueDocument, {})).data!.clusterPackages;
    expect(all.length).toBeGreaterThan(5);
  });

  it('shows an anonymous caller the cluster directory but not its officers, and keeps the rest of the answer', async () => {
    const [first] = (await hub.query(ClusterDirectoryDocument, {})).data!.clusters;
    const response = await hub.query(ClusterOfficersDocument, { id: first!.id });
    expect(response.data!.cluster).toMatchObject({ id: first!.id, name: first!.name, coordinator: null, officers: null });
    expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
  });
});
