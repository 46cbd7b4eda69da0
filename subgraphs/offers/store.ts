import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { onlyUuids } from '../../platform/ids.js';
import { offerAudienceClusters, offerRequests, regionalOffers, regionalOfferVersions } from './tables.js';

export type RegionalOfferRow = typeof regionalOffers.$inferSelect;
export type OfferRequestRow = typeof offerRequests.$inferSelect;
export type OfferVersionRow = typeof regionalOfferVersions.$inferSelect;

export interface RegionRef {
  code: string;
}
/** The offers subgraph knows a cluster by its id and, through @requires, its region. */
export interface ClusterRef {
  id: string;
  region?: RegionRef;
}

/** A cluster's package order, owned by the clusters subgraph: its key, and its cluster as the gateway sends it (@requires). */
export interface PackageOrderRef {
  id: string;
  cluster?: ClusterRef;
}

const isPublished = eq(regionalOffers.status, 'PUBLISHED');
const isValidToday = and(
  lte(regionalOffers.validFrom, sql`current_date`),
  or(isNull(regionalOffers.validUntil), gte(regionalOffers.validUntil, sql`current_date`)),
);

/** SQL for the offers subgraph, batched per request. */
export function createOffersStore(db: PostgresJsDatabase) {
  return {
    offerById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(regionalOffers)
          .where(inArray(regionalOffers.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    /** Published, current offers of a region, for every audience; resolvers narrow by audience. */
    currentOffersByRegion: groupLoader(
      (codes: string[]) =>
        db
          .select()
          .from(regionalOffers)
          .where(and(inArray(regionalOffers.regionCode, codes), isPublished, isValidToday))
          .orderBy(asc(regionalOffers.title)),
      (row) => row.regionCode,
    ),
    offersByRegionAndStatus: async (regionCode: string, statuses: RegionalOfferRow['status'][]) =>
      db
        .select()
        .from(regionalOffers)
        .where(and(eq(regionalOffers.regionCode, regionCode), inArray(regionalOffers.status, statuses)))
        .orderBy(asc(regionalOffers.title)),
    namedClustersByOffer: groupLoader(
      (ids: string[]) => db.select().from(offerAudienceClusters).where(inArray(offerAudienceClusters.offerId, ids)),
      (row) => row.offerId,
    ),
    versionsByOffer: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(regionalOfferVersions)
          .where(inArray(regionalOfferVersions.offerId, ids))
          .orderBy(desc(regionalOfferVersions.version)),
      (row) => row.offerId,
    ),
    requestsByOffer: groupLoader(
      (ids: string[]) =>
        db.select().from(offerRequests).where(inArray(offerRequests.offerId, ids)).orderBy(desc(offerRequests.requestedAt)),
      (row) => row.offerId,
    ),
    requestsByPackageOrder: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(offerRequests)
          .where(inArray(offerRequests.packageOrderId, onlyUuids(ids)))
          .orderBy(desc(offerRequests.requestedAt)),
      (row) => row.packageOrderId!,
    ),
    requestsByCluster: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(offerRequests)
          .where(inArray(offerRequests.clusterId, onlyUuids(ids)))
          .orderBy(desc(offerRequests.requestedAt)),
      (row) => row.clusterId,
    ),
  };
}

export type OffersStore = ReturnType<typeof createOffersStore>;
