import type { Transaction } from '../../platform/database.js';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { forbidden, limitReached } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import type { ForwardDirectInquiryInput, SubmitInquiryInput } from './__generated__/resolvers-types.js';
import { requireClusterOfficer } from './access.js';
import { inquiryContent, type InquiryContent } from './inquiry-content.js';
import type { InquiryRow } from './store.js';
import { externalParties, inquiries, inquiryEvents } from './tables.js';

type Db = PostgresJsDatabase;
type Tx = Transaction;

export interface Submitted {
  inquiry: InquiryRow;
  alreadySubmitted: boolean;
}

/** Inquiries a party may submit per calendar day (Danish time); forwards by clusters do not count. */
export const DAILY_INQUIRY_LIMIT = 5;
/** Inquiries a cluster may forward per calendar day (Danish time). */
export const DAILY_FORWARD_LIMIT = 10;
const DANISH_DAY_START = sql`(date_trunc('day', now() at time zone 'Europe/Copenhagen') at time zone 'Europe/Copenhagen')`;

/**
 * How inquiries arrive: submitted by a party, or forwarded by a cluster that was contacted
 * directly. A party's submissions are serialised by an advisory lock, so the daily limit
 * and duplicate detection hold when two arrive at once.
 */
export function createInquirySubmission(db: Db, dailyLimit = DAILY_INQUIRY_LIMIT, dailyForwardLimit = DAILY_FORWARD_LIMIT) {
  async function lock(tx: Tx, key: string) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inquiries:${key}`}))`);
  }

  /** Refuses with LIMIT_REACHED when `limit` inquiries matching `which` arrived today (Danish time). */
  async function withinDailyLimit(tx: Tx, which: SQL, limit: number, who: string) {
    const [today] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        renews: sql<string>`to_char((${DANISH_DAY_START} + interval '1 day') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      })
      .from(inquiries)
      .where(and(which, sql`${inquiries.submittedAt} >= ${DANISH_DAY_START}`));
    if (today!.count >= limit) {
      throw limitReached(`${who} ${limit} inquiries a day; try again after ${today!.renews}`, { limit, retryAfter: today!.renews });
    }
  }

  async function identical(tx: Tx, partyId: string, content: InquiryContent): Promise<InquiryRow | undefined> {
    const [found] = await tx
      .select()
      .from(inquiries)
      .where(and(eq(inquiries.partyId, partyId), eq(inquiries.contentHash, content.contentHash)));
    return found;
  }

  async function store(tx: Tx, values: typeof inquiries.$inferInsert, action: 'SUBMITTED' | 'FORWARDED_BY_CLUSTER', note: string | null) {
    const [created] = await tx.insert(inquiries).values(values).returning();
    await tx.insert(inquiryEvents).values({
      inquiryId: created!.id,
      action,
      actor: values.submittedBy!,
      fromStatus: null,
      toStatus: created!.status,
      note,
    });
    return created!;
  }

  return {
    submit: (viewer: Viewer, input: SubmitInquiryInput): Promise<Submitted> => {
      if (viewer.kind !== 'external') throw forbidden('Only an external party submits inquiries');
      const problems = new InputProblems();
      const content = inquiryContent(input, problems);
      problems.throwIfAny('The inquiry is not valid');
      return db.transaction(async (tx) => {
        await lock(tx, `party:${viewer.partyId}`);
        const [party] = await tx
          .select()
          .from(externalParties)
          .where(and(eq(externalParties.id, viewer.partyId), isNull(externalParties.namedByClusterId)));
        if (!party) throw forbidden('Your organisation is not registered with Klyngehub');
        // A resubmission (a retry, a double click) returns the first before the limit is counted.
        const existing = await identical(tx, viewer.partyId, content);
        if (existing) return { inquiry: existing, alreadySubmitted: true };
        await withinDailyLimit(
          tx,
          and(eq(inquiries.partyId, viewer.partyId), eq(inquiries.source, 'PARTY'))!,
          dailyLimit,
          'An organisation can submit',
        );
        const inquiry = await store(tx, { ...content, partyId: viewer.partyId, submittedBy: describeViewer(viewer) }, 'SUBMITTED', null);
        return { inquiry, alreadySubmitted: false };
      });
    },

    forwardDirect: (viewer: Viewer, input: ForwardDirectInquiryInput): Promise<Submitted> => {
      const cluster = requireClusterOfficer(viewer, 'forward an inquiry');
      const problems = new InputProblems();
      problems.text('party.name', input.party.name, { max: 200 });
      problems.text('note', input.note, { min: 0, max: 2000 });
      const content = inquiryContent(input.inquiry, problems, 'inquiry.');
      problems.throwIfAny('The inquiry is not valid');
      return db.transaction(async (tx) => {
        // One cluster's forwards are serialised, so the daily limit holds when many arrive at once.
        await lock(tx, `forwarding-cluster:${cluster.clusterId}`);
        // The organisation is recorded as this cluster named it, apart from any registered
        // organisation of the same name: a typed name is no proof of who asked.
        const name = input.party.name.trim();
        await tx
          .insert(externalParties)
          .values({ name, kind: input.party.kind, namedByClusterId: cluster.clusterId })
          .onConflictDoNothing();
        const [party] = await tx
          .select()
          .from(externalParties)
          .where(and(eq(externalParties.namedByClusterId, cluster.clusterId), eq(externalParties.name, name)));
        const existing = await identical(tx, party!.id, content);
        if (existing) return { inquiry: existing, alreadySubmitted: true };
        await withinDailyLimit(
          tx,
          and(eq(inquiries.forwardedByClusterId, cluster.clusterId), eq(inquiries.source, 'CLUSTER_FORWARD'))!,
          dailyForwardLimit,
          'A cluster can forward',
        );
        const inquiry = await store(
          tx,
          {
            ...content,
            partyId: party!.id,
            source: 'CLUSTER_FORWARD',
            forwardedByClusterId: cluster.clusterId,
            forwardedTo: input.to,
            forwardedToRegionCode: input.to === 'REGIONAL_UNIT' ? cluster.regionCode : null,
            forwardNote: input.note?.trim() || null,
            submittedBy: describeViewer(cluster),
          },
          'FORWARDED_BY_CLUSTER',
          input.note?.trim() || null,
        );
        return { inquiry, alreadySubmitted: false };
      });
    },
  };
}
