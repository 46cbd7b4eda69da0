import { asc, eq, inArray } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { groupLoader, rowLoader } from '../common/loaders.js';
import { municipalities, regions } from './tables.js';

export type RegionRow = typeof regions.$inferSelect;
export type MunicipalityRow = typeof municipalities.$inferSelect;

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
  };
}

export type MunicipalitiesStore = ReturnType<typeof createMunicipalitiesStore>;
