import { and, asc, desc, eq, exists, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { byKeys, exactTime, isAnyKey, preparedPerDatabase } from '../../platform/database.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { onlyUuids } from '../../platform/ids.js';
import type { Page } from '../../platform/paging.js';
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
  forwardsByCluster: byKeys(
    db
      .select()
      .from(inquiryForwards)
      .where(isAnyKey(inquiryForwards.clusterId))
      // Ties broken by inquiry, so the pages of a cluster's forwards follow one order.
      .orderBy(desc(inquiryForwards.forwardedAt), asc(inquiryForwards.inquiryId))
      .prepare('forwards_by_cluster'),
  ),
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
    forwardsByCluster: groupLoader(
      (ids: string[]) => statements.forwardsByCluster(onlyUuids(ids)),
      (row) => row.clusterId,
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
