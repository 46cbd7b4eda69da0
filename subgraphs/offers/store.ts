import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { groupLoader, rowLoader } from '../common/loaders.js';
import { onlyUuids } from '../common/ids.js';
import { regionalOffers } from './tables.js';

export type RegionalOfferRow = typeof regionalOffers.$inferSelect;

export interface RegionRef {
  code: string;
}
/** The offers subgraph knows a cluster by its id and, through @requires, its region. */
export interface ClusterRef {
  id: string;
  region?: RegionRef;
}

const isPublished = eq(regionalOffers.status, 'PUBLISHED');
const isValidToday = and(
  lte(regionalOffers.validFrom, sql`current_date`),
  or(isNull(regionalOffers.validUntil), gte(regionalOffers.validUntil, sql`current_date`)),
);

/** SQL for the offers subgraph, batched per request. */
export function createOffersStore(db: PostgresJsDatabase) {
  return {
    publishedOfferById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(regionalOffers)
          .where(and(inArray(regionalOffers.id, onlyUuids(ids)), isPublished)),
      (row) => row.id,
    ),
    currentOffersByRegion: groupLoader(
      (codes: string[]) =>
        db
          .select()
          .from(regionalOffers)
          .where(and(inArray(regionalOffers.regionCode, codes), isPublished, isValidToday))
          .orderBy(asc(regionalOffers.title)),
      (row) => row.regionCode,
    ),
  };
}

export type OffersStore = ReturnType<typeof createOffersStore>;
