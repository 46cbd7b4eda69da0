import DataLoader from 'dataloader';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { arrayLiteral, byKeys, isAnyKey, pagesStatement, preparedPerDatabase } from '../../platform/database.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { onlyUuids } from '../../platform/ids.js';
import { pagesFromRows, type Page } from '../../platform/paging.js';
import {
  bookingEvents,
  bookingSlots,
  clusterCoverage,
  municipalities,
  municipalOffers,
  packageBookings,
  referralCountRevisions,
  referralCounts,
  regions,
} from './tables.js';

export type RegionRow = typeof regions.$inferSelect;
export type MunicipalityRow = typeof municipalities.$inferSelect;

export type MunicipalOfferRow = typeof municipalOffers.$inferSelect;
export type BookingRow = typeof packageBookings.$inferSelect;
export type BookingSlotRow = typeof bookingSlots.$inferSelect;
export type BookingEventRow = typeof bookingEvents.$inferSelect;
export type ReferralCountRow = typeof referralCounts.$inferSelect & { municipalityCode: string };
export type ReferralCountRevisionRow = typeof referralCountRevisions.$inferSelect;

/** One page of a municipality's bookings, as `Municipality.packageBookings` asks for it. */
export interface MunicipalityBookingsKey {
  municipalityCode: string;
  statuses: BookingRow['status'][] | null;
  page: Page;
}

/** The municipalities subgraph knows a cluster by its id. */
export interface ClusterRef {
  id: string;
}

/** The reads the user groups' screens run on every request. */
const prepared = preparedPerDatabase((db) => ({
  regionsByCode: byKeys(db.select().from(regions).where(isAnyKey(regions.code)).prepare('regions_by_code')),
  municipalitiesByCode: byKeys(db.select().from(municipalities).where(isAnyKey(municipalities.code)).prepare('municipalities_by_code')),
  municipalitiesByCluster: byKeys(
    db
      .select({ clusterId: clusterCoverage.clusterId, municipality: municipalities })
      .from(clusterCoverage)
      .innerJoin(municipalities, eq(municipalities.code, clusterCoverage.municipalityCode))
      .where(isAnyKey(clusterCoverage.clusterId))
      .orderBy(asc(municipalities.code))
      .prepare('municipalities_by_cluster'),
  ),
  clusterIdsByMunicipality: byKeys(
    db
      .select()
      .from(clusterCoverage)
      .where(isAnyKey(clusterCoverage.municipalityCode))
      .orderBy(asc(clusterCoverage.clusterId))
      .prepare('cluster_ids_by_municipality'),
  ),
  bookingsByCluster: byKeys(
    db
      .select()
      .from(packageBookings)
      .where(isAnyKey(packageBookings.clusterId))
      // Ties broken by id, so the pages of a cluster's bookings follow one order.
      .orderBy(asc(packageBookings.confirmedStartsAt), asc(packageBookings.requestedAt), asc(packageBookings.id))
      .prepare('bookings_by_cluster'),
  ),
  slotsByBooking: byKeys(
    db.select().from(bookingSlots).where(isAnyKey(bookingSlots.bookingId)).orderBy(asc(bookingSlots.position)).prepare('slots_by_booking'),
  ),
  /**
   * Pages of municipalities' bookings, newest first, one per row of the parallel arrays
   * (municipality, comma-joined statuses or null, the anchor's id or null, size). The anchor
   * may be of any status: a booking paged after may have left the filter since the page
   * before, and the next page still follows it. A row whose anchor is not among the
   * municipality's bookings says so (`anchorInList`), with no booking.
   */
  municipalityBookingPages: (() => {
    const anchor = alias(packageBookings, 'anchor');
    const anchored = db
      .select({ id: anchor.id, requestedAt: anchor.requestedAt })
      .from(anchor)
      .where(sql`${anchor.id} = k.after_id and ${anchor.municipalityCode} = k.code`)
      .as('anchored');
    const page = db
      .select()
      .from(packageBookings)
      .where(
        and(
          sql`${packageBookings.municipalityCode} = k.code`,
          sql`(k.statuses is null or ${packageBookings.status}::text = any(string_to_array(k.statuses, ',')))`,
          // After the anchor in the list's order: requested earlier, or at the same moment with a later id.
          sql`(k.after_id is null or ${packageBookings.requestedAt} < ${anchored.requestedAt}
            or (${packageBookings.requestedAt} = ${anchored.requestedAt} and ${packageBookings.id} > ${anchored.id}))`,
        ),
      )
      .orderBy(desc(packageBookings.requestedAt), asc(packageBookings.id))
      .limit(sql`k.first` as unknown as number)
      .as('page');
    return pagesStatement(db, {
      keys: sql`unnest(${sql.placeholder('codes')}::text[], ${sql.placeholder('statuses')}::text[], ${sql.placeholder('afterIds')}::uuid[],
          ${sql.placeholder('firsts')}::int[]) with ordinality as k(code, statuses, after_id, first, n)`,
      anchored,
      anchorId: anchored.id,
      page,
      order: [desc(page.requestedAt), asc(page.id)],
      name: 'municipality_booking_pages',
    });
  })(),
}));

/** SQL for the municipalities subgraph: reads of the reference data, batched per request. */
export function createMunicipalitiesStore(db: PostgresJsDatabase) {
  const statements = prepared(db);
  return {
    allRegions: async () => db.select().from(regions).orderBy(asc(regions.code)),
    allMunicipalities: async (regionCode?: string) =>
      db
        .select()
        .from(municipalities)
        .where(regionCode === undefined ? undefined : eq(municipalities.regionCode, regionCode))
        .orderBy(asc(municipalities.code)),
    regionByCode: rowLoader(statements.regionsByCode, (row) => row.code),
    municipalityByCode: rowLoader(statements.municipalitiesByCode, (row) => row.code),
    municipalitiesByRegion: groupLoader(
      (codes: string[]) =>
        db.select().from(municipalities).where(inArray(municipalities.regionCode, codes)).orderBy(asc(municipalities.code)),
      (row) => row.regionCode,
    ),
    municipalitiesByCluster: groupLoader(
      (ids: string[]) => statements.municipalitiesByCluster(onlyUuids(ids)),
      (row) => row.clusterId,
    ),
    clusterIdsByMunicipality: groupLoader(statements.clusterIdsByMunicipality, (row) => row.municipalityCode),
    offerById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(municipalOffers)
          .where(inArray(municipalOffers.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    /** Retired offers too; resolvers decide whether to show them. */
    offersByMunicipality: groupLoader(
      (codes: string[]) =>
        db.select().from(municipalOffers).where(inArray(municipalOffers.municipalityCode, codes)).orderBy(asc(municipalOffers.name)),
      (row) => row.municipalityCode,
    ),
    currentOffersByCluster: groupLoader(
      (ids: string[]) =>
        db
          .select({ clusterId: clusterCoverage.clusterId, offer: municipalOffers })
          .from(clusterCoverage)
          .innerJoin(municipalOffers, eq(municipalOffers.municipalityCode, clusterCoverage.municipalityCode))
          .where(inArray(clusterCoverage.clusterId, onlyUuids(ids)))
          .orderBy(asc(municipalOffers.municipalityCode), asc(municipalOffers.name)),
      (row) => row.clusterId,
    ),
    bookingById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(packageBookings)
          .where(inArray(packageBookings.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    bookingsByCluster: groupLoader(
      (ids: string[]) => statements.bookingsByCluster(onlyUuids(ids)),
      (row) => row.clusterId,
    ),
    /**
     * A page of a municipality's bookings, newest first; null when `after` is not one of its
     * bookings. `statuses` narrows the page, not the list it pages through. The pages a
     * request asks for together (a list of municipalities, each with its bookings) are read
     * in one statement.
     */
    municipalityBookings: new DataLoader<MunicipalityBookingsKey, BookingRow[] | null, string>(
      async (keys) => {
        const rows = await statements.municipalityBookingPages.execute({
          codes: arrayLiteral(keys.map((key) => key.municipalityCode)),
          statuses: arrayLiteral(keys.map((key) => key.statuses?.join(',') ?? null)),
          afterIds: arrayLiteral(keys.map((key) => key.page.after)),
          firsts: arrayLiteral(keys.map((key) => key.page.first)),
        });
        return pagesFromRows<BookingRow>(keys.length, rows);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    liveBookingsByOrder: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(packageBookings)
          .where(
            and(inArray(packageBookings.orderId, onlyUuids(ids)), inArray(packageBookings.status, ['REQUESTED', 'CONFIRMED', 'HELD'])),
          ),
      (row) => row.orderId!,
    ),
    followUpsByBooking: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(packageBookings)
          .where(inArray(packageBookings.followUpOf, onlyUuids(ids)))
          .orderBy(asc(packageBookings.requestedAt)),
      (row) => row.followUpOf!,
    ),
    slotsByBooking: groupLoader(statements.slotsByBooking, (row) => row.bookingId),
    eventsByBooking: groupLoader(
      (ids: string[]) =>
        db.select().from(bookingEvents).where(inArray(bookingEvents.bookingId, ids)).orderBy(asc(bookingEvents.at), asc(bookingEvents.id)),
      (row) => row.bookingId,
    ),
    /** With the offer's municipality, so a municipality's view can be narrowed to its own offers. */
    referralCountsByCluster: groupLoader(
      async (ids: string[]): Promise<ReferralCountRow[]> =>
        (
          await db
            .select({ count: referralCounts, municipalityCode: municipalOffers.municipalityCode })
            .from(referralCounts)
            .innerJoin(municipalOffers, eq(municipalOffers.id, referralCounts.offerId))
            .where(inArray(referralCounts.clusterId, onlyUuids(ids)))
            .orderBy(desc(referralCounts.month), asc(municipalOffers.name))
        ).map(({ count, municipalityCode }) => ({ ...count, municipalityCode })),
      (row) => row.clusterId,
    ),
    revisionsByCluster: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(referralCountRevisions)
          .where(inArray(referralCountRevisions.clusterId, ids))
          .orderBy(desc(referralCountRevisions.replacedAt), desc(referralCountRevisions.id)),
      (row) => row.clusterId,
    ),
  };
}

export type MunicipalitiesStore = ReturnType<typeof createMunicipalitiesStore>;

/** A cluster's package order, owned by the clusters subgraph: its key, and what the gateway sends along for @requires. */
export interface PackageOrderRef {
  id: string;
  cluster?: { id: string };
  invitedMunicipality?: { code: string } | null;
}
