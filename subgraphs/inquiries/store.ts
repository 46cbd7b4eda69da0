import DataLoader from 'dataloader';
import { and, asc, desc, eq, exists, getTableColumns, gt, inArray, isNull, or, sql, type Column, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { arrayLiteral, byKeys, exactTime, isAnyKey, pagesStatement, preparedPerDatabase } from '../../platform/database.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { isUuid, onlyUuids } from '../../platform/ids.js';
import { pagesFromRows, type Page } from '../../platform/paging.js';
import {
  externalParties,
  informationRequests,
  inquiries,
  inquiryAssessments,
  inquiryEvents,
  inquiryForwards,
  newsletterSections,
} from './tables.js';

export type InquiryRow = typeof inquiries.$inferSelect;
export type ExternalPartyRow = typeof externalParties.$inferSelect;
export type AssessmentRow = typeof inquiryAssessments.$inferSelect;
export type InformationRequestRow = typeof informationRequests.$inferSelect;
export type ForwardRow = typeof inquiryForwards.$inferSelect;
export type InquiryEventRow = typeof inquiryEvents.$inferSelect;
export type NewsletterSectionRow = typeof newsletterSections.$inferSelect;

export interface RegionRef {
  code: string;
}
/** The inquiries subgraph knows a cluster by its id and, through @requires, its region. */
export interface ClusterRef {
  id: string;
  region?: RegionRef;
}
/** A newsletter section: a sent one, or the draft of the next (no row yet). */
export interface NewsletterSectionParent {
  row: NewsletterSectionRow | null;
  inquiries: InquiryRow[];
}

/** A page of the forwards a cluster received (its region is the one the gateway sent along). */
export interface ReceivedForwardsKey {
  clusterId: string;
  regionCode: string;
  page: Page;
}

/** One cluster's forward of one inquiry. */
export interface ForwardKey {
  inquiryId: string;
  clusterId: string;
}

/** The inquiries a list holds, by who asks; access.ts decides which scope a viewer gets. */
export type InquiryListScope =
  | { kind: 'all' }
  | { kind: 'triagedBy'; regionCode: string }
  | { kind: 'submittedBy'; partyId: string }
  | { kind: 'reaching'; clusterId: string; regionCode: string };

/** A list scope as SQL: the same rules as canReadInquiry, for a whole list at once. */
function scopeFilter(scope: InquiryListScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'triagedBy':
      return or(
        and(eq(inquiries.reach, 'REGION'), eq(inquiries.reachRegionCode, scope.regionCode)),
        and(eq(inquiries.forwardedTo, 'REGIONAL_UNIT'), eq(inquiries.forwardedToRegionCode, scope.regionCode)),
      );
    case 'submittedBy':
      return eq(inquiries.partyId, scope.partyId);
    case 'reaching':
      return or(
        eq(inquiries.forwardedByClusterId, scope.clusterId),
        and(
          or(isNull(inquiries.decidedByRegionCode), eq(inquiries.decidedByRegionCode, scope.regionCode)),
          exists(
            sql`(select 1 from ${inquiryForwards} where ${inquiryForwards.inquiryId} = ${inquiries.id} and ${inquiryForwards.clusterId} = ${scope.clusterId})`,
          ),
        ),
      );
  }
}

/** The reads the user groups' screens run on every request. */
const prepared = preparedPerDatabase((db) => ({
  inquiriesById: byKeys(db.select().from(inquiries).where(isAnyKey(inquiries.id)).prepare('inquiries_by_id')),
  partiesById: byKeys(db.select().from(externalParties).where(isAnyKey(externalParties.id)).prepare('parties_by_id')),
  assessmentsByInquiry: byKeys(
    db.select().from(inquiryAssessments).where(isAnyKey(inquiryAssessments.inquiryId)).prepare('assessments_by_inquiry'),
  ),
  /**
   * Pages of the forwards clusters received, newest first (ties by inquiry, so the pages
   * follow one order), one per row of the parallel arrays (cluster, its region, the anchor's
   * inquiry or null, size). Received: the inquiry is not decided, or was decided by the
   * cluster's region — clusterReceives in access.ts, for a whole list at once. A row whose
   * anchor is not among the cluster's received forwards says so (`anchorInList`), with no
   * forward.
   */
  receivedForwardPages: (() => {
    const anchor = alias(inquiryForwards, 'anchor');
    const anchorInquiry = alias(inquiries, 'anchor_inquiry');
    const received = (decidedBy: Column) => sql`(${decidedBy} is null or ${decidedBy} = k.region_code)`;
    const anchored = db
      .select({ inquiryId: anchor.inquiryId, forwardedAt: anchor.forwardedAt })
      .from(anchor)
      .innerJoin(anchorInquiry, eq(anchorInquiry.id, anchor.inquiryId))
      .where(and(sql`${anchor.inquiryId} = k.after_id and ${anchor.clusterId} = k.cluster_id`, received(anchorInquiry.decidedByRegionCode)))
      .as('anchored');
    const page = db
      .select(getTableColumns(inquiryForwards))
      .from(inquiryForwards)
      .innerJoin(inquiries, eq(inquiries.id, inquiryForwards.inquiryId))
      .where(
        and(
          sql`${inquiryForwards.clusterId} = k.cluster_id`,
          received(inquiries.decidedByRegionCode),
          // After the anchor in the list's order: forwarded earlier, or at the same moment with a later inquiry id.
          sql`(k.after_id is null or ${inquiryForwards.forwardedAt} < ${anchored.forwardedAt}
            or (${inquiryForwards.forwardedAt} = ${anchored.forwardedAt} and ${inquiryForwards.inquiryId} > ${anchored.inquiryId}))`,
        ),
      )
      .orderBy(desc(inquiryForwards.forwardedAt), asc(inquiryForwards.inquiryId))
      .limit(sql`k.first` as unknown as number)
      .as('page');
    return pagesStatement(db, {
      keys: sql`unnest(${sql.placeholder('clusterIds')}::uuid[], ${sql.placeholder('regionCodes')}::text[], ${sql.placeholder('afterIds')}::uuid[],
          ${sql.placeholder('firsts')}::int[]) with ordinality as k(cluster_id, region_code, after_id, first, n)`,
      anchored,
      anchorId: anchored.inquiryId,
      page,
      order: [desc(page.forwardedAt), asc(page.inquiryId)],
      name: 'received_forward_pages',
    });
  })(),
}));

/** SQL for the inquiries subgraph, batched per request. */
export function createInquiriesStore(db: PostgresJsDatabase) {
  const statements = prepared(db);
  return {
    /** A page of the inquiries in the caller's scope, newest first; null when `after` is not one of them. */
    inquiriesIn: async (scope: InquiryListScope, statuses: InquiryRow['status'][] | null, page: Page): Promise<InquiryRow[] | null> => {
      let afterAnchor: SQL | undefined;
      if (page.after !== null) {
        const [anchor] = await db
          .select({ time: exactTime(inquiries.submittedAt), id: inquiries.id })
          .from(inquiries)
          .where(and(scopeFilter(scope), eq(inquiries.id, page.after)));
        if (!anchor) return null;
        // Newest first but ties by id ascending (the queue's order), so not olderThan.
        const anchorAt = sql`${anchor.time}::timestamptz`;
        afterAnchor = or(
          sql`${inquiries.submittedAt} < ${anchorAt}`,
          and(sql`${inquiries.submittedAt} = ${anchorAt}`, gt(inquiries.id, anchor.id)),
        );
      }
      return db
        .select()
        .from(inquiries)
        .where(and(scopeFilter(scope), statuses ? inArray(inquiries.status, statuses) : undefined, afterAnchor))
        .orderBy(desc(inquiries.submittedAt), asc(inquiries.id))
        .limit(page.first);
    },
    inquiryById: rowLoader(
      (ids: string[]) => statements.inquiriesById(onlyUuids(ids)),
      (row) => row.id,
    ),
    partyById: rowLoader(statements.partiesById, (row) => row.id),
    assessmentByInquiry: rowLoader(statements.assessmentsByInquiry, (row) => row.inquiryId),
    informationRequestsByInquiry: groupLoader(
      (ids: string[]) =>
        db.select().from(informationRequests).where(inArray(informationRequests.inquiryId, ids)).orderBy(asc(informationRequests.askedAt)),
      (row) => row.inquiryId,
    ),
    forwardsByInquiry: groupLoader(
      (ids: string[]) =>
        db.select().from(inquiryForwards).where(inArray(inquiryForwards.inquiryId, ids)).orderBy(asc(inquiryForwards.clusterId)),
      (row) => row.inquiryId,
    ),
    /**
     * A page of the forwards a cluster received, read in SQL however many it received over the
     * years; null when `after` is not one of them. The pages a request asks for together (a
     * list of clusters, each with its forwards) are read in one statement.
     */
    receivedForwards: new DataLoader<ReceivedForwardsKey, ForwardRow[] | null, string>(
      async (keys) => {
        const rows = await statements.receivedForwardPages.execute({
          // An id that is no UUID names no cluster (and Postgres would refuse the array): its list is empty.
          clusterIds: arrayLiteral(keys.map((key) => (isUuid(key.clusterId) ? key.clusterId : null))),
          regionCodes: arrayLiteral(keys.map((key) => key.regionCode)),
          afterIds: arrayLiteral(keys.map((key) => key.page.after)),
          firsts: arrayLiteral(keys.map((key) => key.page.first)),
        });
        return pagesFromRows<ForwardRow>(keys.length, rows, 'inquiryId');
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    /** One cluster's forward of each inquiry asked for, undefined where there is none: the rows asked for, not all of the cluster's. */
    forward: new DataLoader<ForwardKey, ForwardRow | undefined, string>(
      async (keys) => {
        const rows = await db
          .select()
          .from(inquiryForwards)
          .where(
            and(
              inArray(inquiryForwards.inquiryId, onlyUuids([...new Set(keys.map((key) => key.inquiryId))])),
              inArray(inquiryForwards.clusterId, onlyUuids([...new Set(keys.map((key) => key.clusterId))])),
            ),
          );
        return keys.map((key) => rows.find((row) => row.inquiryId === key.inquiryId && row.clusterId === key.clusterId));
      },
      { cacheKeyFn: (key) => `${key.inquiryId}/${key.clusterId}` },
    ),
    eventsByInquiry: groupLoader(
      (ids: string[]) => db.select().from(inquiryEvents).where(inArray(inquiryEvents.inquiryId, ids)).orderBy(asc(inquiryEvents.at)),
      (row) => row.inquiryId,
    ),
    pendingNewsletterInquiries: () =>
      db
        .select()
        .from(inquiries)
        .where(and(eq(inquiries.decision, 'NEWSLETTER'), isNull(inquiries.newsletterSectionId)))
        .orderBy(asc(inquiries.decidedAt), asc(inquiries.id)),
    sentNewsletterSections: async (): Promise<NewsletterSectionParent[]> => {
      const sections = await db.select().from(newsletterSections).orderBy(desc(newsletterSections.number));
      if (sections.length === 0) return [];
      const included = await db
        .select()
        .from(inquiries)
        .where(
          inArray(
            inquiries.newsletterSectionId,
            sections.map((s) => s.id),
          ),
        )
        .orderBy(asc(inquiries.decidedAt), asc(inquiries.id));
      return sections.map((row) => ({ row, inquiries: included.filter((i) => i.newsletterSectionId === row.id) }));
    },
  };
}

export type InquiriesStore = ReturnType<typeof createInquiriesStore>;
