import { asc, eq, inArray } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { groupLoader, rowLoader } from '../common/loaders.js';
import { onlyUuids } from '../common/ids.js';
import { clusterCoverage, municipalities, regions } from './tables.js';

export type RegionRow = typeof regions.$inferSelect;
export type MunicipalityRow = typeof municipalities.$inferSelect;

/** The municipalities subgraph knows a cluster by its id. */
export interface ClusterRef {
  id: string;
}

/** SQL for the municipalities subgraph: reads of the reference data, batched per request. */
export function createMunicipalitiesStore(db: PostgresJsDatabase) {
  return {
    allRegions: async () => db.select().from(regions).orderBy(asc(regions.code)),
    allMunicipalities: async (regionCode?: string) =>
      db
        .select()
        .from(municipalities)
        .where(regionCode === undefined ? undefined : eq(municipalities.regionCode, regionCode))
        .orderBy(asc(municipalities.code)),
    regionByCode: rowLoader(
      (codes: string[]) => db.select().from(regions).where(inArray(regions.code, codes)),
      (row) => row.code,
    ),
    municipalityByCode: rowLoader(
      (codes: string[]) => db.select().from(municipalities).where(inArray(municipalities.code, codes)),
      (row) => row.code,
    ),
    municipalitiesByRegion: groupLoader(
      (codes: string[]) =>
        db.select().from(municipalities).where(inArray(municipalities.regionCode, codes)).orderBy(asc(municipalities.code)),
      (row) => row.regionCode,
    ),
    municipalitiesByCluster: groupLoader(
      (ids: string[]) =>
        db
          .select({ clusterId: clusterCoverage.clusterId, municipality: municipalities })
          .from(clusterCoverage)
          .innerJoin(municipalities, eq(municipalities.code, clusterCoverage.municipalityCode))
          .where(inArray(clusterCoverage.clusterId, onlyUuids(ids)))
          .orderBy(asc(municipalities.code)),
      (row) => row.clusterId,
    ),
    clusterIdsByMunicipality: groupLoader(
      (codes: string[]) =>
        db.select().from(clusterCoverage).where(inArray(clusterCoverage.municipalityCode, codes)).orderBy(asc(clusterCoverage.clusterId)),
      (row) => row.municipalityCode,
    ),
  };
}

export type MunicipalitiesStore = ReturnType<typeof createMunicipalitiesStore>;
