import { describe, expect, it } from 'vitest';
import { loadMunicipalities, loadRegions } from '../db/reference-data.js';
import { buildDemoData, FIGURES } from '../db/seed/demo-data.js';

const reference = { regions: loadRegions(), municipalities: loadMunicipalities() };
const today = new Date('2026-11-22T00:00:00Z');

describe('demo data', () => {
  it('is the same every time for the same day', () => {
    expect(buildDemoData(reference, today)).toEqual(buildDemoData(reference, today));
  });

  it('follows the real figures', () => {
    const data = buildDemoData(reference, today);
    expect(data.clusters).toHaveLength(FIGURES.clusters);
    const doctors = data.practices.reduce((sum, p) => sum + p.doctorCount, 0);
    expect(doctors).toBe(FIGURES.doctors);
    expect(new Set(data.practices.map((p) => p.providerNumber)).size).toBe(data.practices.length);
    // Every municipality is covered, each cluster lies in one region.
    expect(new Set(data.clusterCoverage.map((m) => m.municipalityCode)).size).toBe(98);
    const regionOf = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]));
    for (const cluster of data.clusters) {
      const codes = data.clusterCoverage.filter((m) => m.clusterId === cluster.id).map((m) => m.municipalityCode);
      expect(codes.every((code) => regionOf.get(code) === cluster.regionCode)).toBe(true);
    }
  });

  it('gives every cluster exactly one coordinator, with contact details only at example domains', () => {
    const data = buildDemoData(reference, today);
    for (const cluster of data.clusters) {
      expect(data.officers.filter((o) => o.clusterId === cluster.id && o.role === 'COORDINATOR')).toHaveLength(1);
    }
    for (const officer of data.officers) {
      expect(officer.email).toMatch(/@example\.(org|com)$/);
      expect(officer.phone).toMatch(/^\+45[2-9]\d{7}$/);
    }
  });
});
