import DataLoader from 'dataloader';
import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, lte, or, sql, type Column, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import {
  arrayLiteral,
  byKeys,
  exactTime,
  isAnyKey,
  lockById,
  olderThan,
  pagesStatement,
  preparedPerDatabase,
  type Transaction as Tx,
} from '../../platform/database.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { isUuid, onlyUuids } from '../../platform/ids.js';
import { pagesFromRows, type Page } from '../../platform/paging.js';
import { offerAudienceClusters, offerRequests, regionalOffers, regionalOfferVersions, type OfferSnapshot } from './tables.js';

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

/** One page of the current offers of a region, as a cluster sees them (`clusterId`) or as anyone does (null). */
export interface CurrentOffersKey {
  regionCode: string;
  clusterId: string | null;
  /** Offers naming the cluster count too: the caller may see them (access.ts). */
  withNamedOffers: boolean;
  kinds: RegionalOfferRow['kind'][] | null;
  page: Page;
}

/** One page of one list of a region's offers, as `Region.offers` asks for it. */
export interface OfferListKey {
  regionCode: string;
  statuses: RegionalOfferRow['status'][];
  page: Page;
}

export type NewOffer = typeof regionalOffers.$inferInsert;
export type NewOfferRequest = typeof offerRequests.$inferInsert;

/** The columns of `regional_offers`, or of an alias of it, that say whether an offer is current. */
type OfferColumns = Record<'id' | 'regionCode' | 'status' | 'audience' | 'validFrom' | 'validUntil', Column>;

/** Can be used today: from its first day through its last, if it has one. */
const validToday = (offer: OfferColumns) =>
  and(lte(offer.validFrom, sql`current_date`), or(isNull(offer.validUntil), gte(offer.validUntil, sql`current_date`)));
const isValidToday = validToday(regionalOffers);

/**
 * The current offers a row `k` of a cluster-list statement (below) lists: published, usable
 * today, of `k.region`, and for all its clusters or, when `k.named`, naming `k.cluster`.
 */
const currentFor = (offer: OfferColumns) =>
  and(
    sql`${offer.regionCode} = k.region`,
    eq(offer.status, 'PUBLISHED'),
    validToday(offer),
    sql`(${offer.audience} = 'ALL_CLUSTERS_IN_REGION' or (k.named and exists (
      select from ${offerAudienceClusters} where ${offerAudienceClusters.offerId} = ${offer.id} and ${offerAudienceClusters.clusterId} = k.cluster)))`,
  );

/** The reads the user groups' screens run on every request. */
const prepared = preparedPerDatabase((db) => ({
  /**
   * Pages of current offers as a cluster (or anyone, with no cluster) sees them, one per row of
   * the parallel arrays (region, cluster or null, whether its named offers count, comma-joined
   * kinds or null, the anchor's id or null, size). The page is cut in SQL: a cluster's
   * dashboard reads the dozen offers it shows, however many its region has. A row whose
   * anchor is not in its list says so (`anchorInList`), with no offer.
   */
  currentOfferPages: (() => {
    const anchor = alias(regionalOffers, 'anchor');
    const anchored = db
      .select({ id: anchor.id, title: anchor.title })
      .from(anchor)
      .where(and(sql`${anchor.id} = k.after_id`, currentFor(anchor)))
      .as('anchored');
    const page = db
      .select()
      .from(regionalOffers)
      .where(
        and(
          currentFor(regionalOffers),
          sql`(k.kinds is null or ${regionalOffers.kind}::text = any(string_to_array(k.kinds, ',')))`,
          sql`(k.after_id is null or (${regionalOffers.title}, ${regionalOffers.id}) > (${anchored.title}, ${anchored.id}))`,
        ),
      )
      .orderBy(asc(regionalOffers.title), asc(regionalOffers.id))
      .limit(sql`k.first` as unknown as number)
      .as('page');
    return pagesStatement(db, {
      keys: sql`unnest(${sql.placeholder('regions')}::text[], ${sql.placeholder('clusters')}::uuid[], ${sql.placeholder('named')}::bool[],
          ${sql.placeholder('kinds')}::text[], ${sql.placeholder('afterIds')}::uuid[], ${sql.placeholder('firsts')}::int[])
          with ordinality as k(region, cluster, named, kinds, after_id, first, n)`,
      anchored,
      anchorId: anchored.id,
      page,
      order: [asc(page.title), asc(page.id)],
      name: 'current_offer_pages',
    });
  })(),
  /**
   * Pages of a region's offers, one per row of the parallel arrays (region, comma-joined
   * statuses, the anchor's title and id or null, size): each page keeps its own order and
   * size, and one prepared statement serves any number of them.
   */
  offerPages: (() => {
    const page = db
      .select()
      .from(regionalOffers)
      .where(
        and(
          sql`${regionalOffers.regionCode} = k.region`,
          sql`${regionalOffers.status}::text = any(string_to_array(k.statuses, ','))`,
          // The page after an offer: those after its title and id, the list's order.
          sql`(k.after_id is null or (${regionalOffers.title}, ${regionalOffers.id}) > (k.after_title, k.after_id))`,
        ),
      )
      .orderBy(asc(regionalOffers.title), asc(regionalOffers.id))
      // Each page's own size, from its row of the arrays (drizzle types a limit as a number or placeholder).
      .limit(sql`k.first` as unknown as number)
      .as('page');
    return db
      .select({ ...page._.selectedFields, list: sql<number>`k.n::int`.as('list') })
      .from(
        sql`unnest(${sql.placeholder('regions')}::text[], ${sql.placeholder('statuses')}::text[], ${sql.placeholder('afterTitles')}::text[],
          ${sql.placeholder('afterIds')}::uuid[], ${sql.placeholder('firsts')}::int[]) with ordinality as k(region, statuses, after_title, after_id, first, n)`,
      )
      .innerJoinLateral(page, sql`true`)
      .orderBy(sql`k.n`, page.title, page.id)
      .prepare('offer_pages');
  })(),
  requestsByOffer: byKeys(
    db
      .select()
      .from(offerRequests)
      .where(isAnyKey(offerRequests.offerId))
      .orderBy(desc(offerRequests.requestedAt))
      .prepare('requests_by_offer'),
  ),
  namedClustersByOffer: byKeys(
    db.select().from(offerAudienceClusters).where(isAnyKey(offerAudienceClusters.offerId)).prepare('named_clusters_by_offer'),
  ),
}));

/** SQL for the offers subgraph, batched per request. */
export function createOffersStore(db: PostgresJsDatabase) {
  const statements = prepared(db);
  const offerById = rowLoader(
    (ids: string[]) =>
      db
        .select()
        .from(regionalOffers)
        .where(inArray(regionalOffers.id, onlyUuids(ids))),
    (row) => row.id,
  );
  return {
    offerById,
    /**
     * A page of the current offers of a region as a cluster sees them (or as anyone does, with
     * no cluster), by title; null when `after` is not one of them. `kinds` narrows the page,
     * not the list it pages through. The pages a request asks for together (a list of
     * clusters, each with its offers) are read in one statement.
     */
    currentOffers: new DataLoader<CurrentOffersKey, RegionalOfferRow[] | null, string>(
      async (keys) => {
        // A reference's id that is no UUID names no cluster (and Postgres would refuse the array).
        const clusterIds = keys.map(({ clusterId }) => (clusterId !== null && isUuid(clusterId) ? clusterId : null));
        const rows = await statements.currentOfferPages.execute({
          regions: arrayLiteral(keys.map((key) => key.regionCode)),
          clusters: arrayLiteral(clusterIds),
          named: arrayLiteral(keys.map((key, n) => String(clusterIds[n] !== null && key.withNamedOffers))),
          kinds: arrayLiteral(keys.map((key) => key.kinds?.join(',') ?? null)),
          afterIds: arrayLiteral(keys.map((key) => key.page.after)),
          firsts: arrayLiteral(keys.map((key) => key.page.first)),
        });
        return pagesFromRows<RegionalOfferRow>(keys.length, rows);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    /**
     * A page of the region's offers in these states, by title; null when `after` is not one of
     * the region's offers. The pages a request asks for together (a unit's screen lists its
     * drafts, published and archived offers side by side) are read in one statement, so their
     * offers' requests are then read in one batch too.
     */
    offersByRegionAndStatus: new DataLoader<OfferListKey, RegionalOfferRow[] | null, string>(
      async (keys) => {
        const anchors = await Promise.all(keys.map(({ page }) => (page.after === null ? null : offerById.load(page.after))));
        const inList = keys.map(({ regionCode, page }, n) => page.after === null || anchors[n]?.regionCode === regionCode);
        const rows = await statements.offerPages.execute({
          regions: arrayLiteral(keys.map(({ regionCode }) => regionCode)),
          statuses: arrayLiteral(keys.map(({ statuses }) => statuses.join(','))),
          afterTitles: arrayLiteral(anchors.map((anchor) => anchor?.title ?? null)),
          afterIds: arrayLiteral(anchors.map((anchor) => anchor?.id ?? null)),
          // A list `after` is not in gets no rows (and null below).
          firsts: arrayLiteral(keys.map(({ page }, n) => (inList[n] ? page.first : 0))),
        });
        const lists = inList.map((listed): RegionalOfferRow[] | null => (listed ? [] : null));
        for (const { list, ...offer } of rows) lists[list - 1]!.push(offer);
        return lists;
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    namedClustersByOffer: groupLoader(statements.namedClustersByOffer, (row) => row.offerId),
    versionsByOffer: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(regionalOfferVersions)
          .where(inArray(regionalOfferVersions.offerId, ids))
          .orderBy(desc(regionalOfferVersions.version)),
      (row) => row.offerId,
    ),
    requestsByOffer: groupLoader(statements.requestsByOffer, (row) => row.offerId),
    /**
     * A page of the requests for a region's offers, newest first; null when `after` is not one
     * of them. The anchor need not be in `statuses` (a request answered since the page before).
     */
    requestsOfRegion: async (regionCode: string, statuses: OfferRequestRow['status'][] | null, page: Page) => {
      const inRegion = eq(regionalOffers.regionCode, regionCode);
      let afterAnchor: SQL | undefined;
      if (page.after !== null) {
        const [anchor] = await db
          .select({ time: exactTime(offerRequests.requestedAt), id: offerRequests.id })
          .from(offerRequests)
          .innerJoin(regionalOffers, eq(regionalOffers.id, offerRequests.offerId))
          .where(and(inRegion, eq(offerRequests.id, page.after)));
        if (!anchor) return null;
        afterAnchor = olderThan(offerRequests.requestedAt, offerRequests.id, anchor);
      }
      const rows = await db
        .select({ request: offerRequests })
        .from(offerRequests)
        .innerJoin(regionalOffers, eq(regionalOffers.id, offerRequests.offerId))
        .where(and(inRegion, statuses ? inArray(offerRequests.status, statuses) : undefined, afterAnchor))
        .orderBy(desc(offerRequests.requestedAt), desc(offerRequests.id))
        .limit(page.first);
      return rows.map(({ request }) => request);
    },
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

/** SQL of the offers workflows' writes, each in the caller's transaction. */
export const offerWrites = {
  lockOffer: (tx: Tx, id: string) => lockById(tx, regionalOffers, id),
  /** Locks the offer a cluster asks for, and says whether it can be used today (the same rule as the current offers above). */
  async lockOfferForRequest(tx: Tx, id: string): Promise<(RegionalOfferRow & { current: boolean }) | undefined> {
    if (!isUuid(id)) return undefined;
    const [offer] = await tx
      .select({ ...getTableColumns(regionalOffers), current: sql<boolean>`${isValidToday}` })
      .from(regionalOffers)
      .where(eq(regionalOffers.id, id))
      .for('update');
    return offer;
  },
  namedClusterIds: async (tx: Tx, offerId: string): Promise<string[]> =>
    (await tx.select().from(offerAudienceClusters).where(eq(offerAudienceClusters.offerId, offerId))).map((r) => r.clusterId),
  async setNamedClusters(tx: Tx, offerId: string, clusterIds: string[]): Promise<void> {
    await tx.delete(offerAudienceClusters).where(eq(offerAudienceClusters.offerId, offerId));
    if (clusterIds.length > 0) await tx.insert(offerAudienceClusters).values(clusterIds.map((clusterId) => ({ offerId, clusterId })));
  },
  /** The new offer, or undefined when the unit already made one under this idempotency key. */
  insertOffer: async (tx: Tx, offer: NewOffer): Promise<RegionalOfferRow | undefined> =>
    (
      await tx
        .insert(regionalOffers)
        .values(offer)
        .onConflictDoNothing({ target: [regionalOffers.regionCode, regionalOffers.idempotencyKey] })
        .returning()
    )[0],
  /** The offer a unit made under an idempotency key, if any: a retried create finds it. */
  offerByKey: async (tx: Tx, regionCode: string, idempotencyKey: string): Promise<RegionalOfferRow | undefined> =>
    (
      await tx
        .select()
        .from(regionalOffers)
        .where(and(eq(regionalOffers.regionCode, regionCode), eq(regionalOffers.idempotencyKey, idempotencyKey)))
    )[0],
  /** Sets columns of an offer; `nextVersion` also counts its version on, as an edit does. */
  updateOffer: async (tx: Tx, id: string, set: Partial<NewOffer>, options: { nextVersion?: boolean } = {}): Promise<RegionalOfferRow> =>
    (
      await tx
        .update(regionalOffers)
        .set({ ...set, ...(options.nextVersion ? { version: sql`${regionalOffers.version} + 1` } : {}), updatedAt: new Date() })
        .where(eq(regionalOffers.id, id))
        .returning()
    )[0]!,
  async keepVersion(tx: Tx, offerId: string, version: number, snapshot: OfferSnapshot, replacedBy: string): Promise<void> {
    await tx.insert(regionalOfferVersions).values({ offerId, version, snapshot, replacedBy });
  },
  /** Every request of an offer, declined ones too: offer-rules.ts decides which hold a place. */
  requestsOf: (tx: Tx, offerId: string): Promise<OfferRequestRow[]> =>
    tx.select().from(offerRequests).where(eq(offerRequests.offerId, offerId)),
  insertRequest: async (tx: Tx, request: NewOfferRequest): Promise<OfferRequestRow> =>
    (await tx.insert(offerRequests).values(request).returning())[0]!,
  /** Locks a request and names its offer's region: whose unit answers it. */
  async lockRequest(tx: Tx, id: string): Promise<(OfferRequestRow & { regionCode: string }) | undefined> {
    const request = await lockById(tx, offerRequests, id);
    if (!request) return undefined;
    const [offer] = await tx
      .select({ regionCode: regionalOffers.regionCode })
      .from(regionalOffers)
      .where(eq(regionalOffers.id, request.offerId));
    return offer && { ...request, regionCode: offer.regionCode };
  },
  updateRequest: async (tx: Tx, id: string, set: Partial<NewOfferRequest>): Promise<OfferRequestRow> =>
    (await tx.update(offerRequests).set(set).where(eq(offerRequests.id, id)).returning())[0]!,
};
