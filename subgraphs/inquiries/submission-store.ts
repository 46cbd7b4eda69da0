import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction as Tx } from '../../platform/database.js';
import type { ExternalPartyRow, InquiryRow } from './store.js';
import { externalParties, inquiries, inquiryEvents } from './tables.js';

const DANISH_DAY_START = sql`(date_trunc('day', now() at time zone 'Europe/Copenhagen') at time zone 'Europe/Copenhagen')`;

/** Whose inquiries a daily limit counts: a party's own submissions, or a cluster's forwards. */
export type DailyCount = { partyId: string } | { forwardingClusterId: string };

/** SQL of the submission workflow, each in the caller's transaction. */
export const submissionWrites = {
  /** Serialises one party's (or one cluster's) submissions, so the daily limit and duplicate detection hold. */
  async lock(tx: Tx, key: string): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inquiries:${key}`}))`);
  },
  /** A registered party (not one a cluster named when forwarding). */
  registeredParty: async (tx: Tx, partyId: string): Promise<ExternalPartyRow | undefined> =>
    (
      await tx
        .select()
        .from(externalParties)
        .where(and(eq(externalParties.id, partyId), isNull(externalParties.namedByClusterId)))
    )[0],
  /** The party as this cluster named it, recorded apart from any registered party of the same name. */
  async partyNamedBy(tx: Tx, clusterId: string, party: { name: string; kind: ExternalPartyRow['kind'] }): Promise<ExternalPartyRow> {
    await tx.insert(externalParties).values({ name: party.name, kind: party.kind, namedByClusterId: clusterId }).onConflictDoNothing();
    const [found] = await tx
      .select()
      .from(externalParties)
      .where(and(eq(externalParties.namedByClusterId, clusterId), eq(externalParties.name, party.name)));
    return found!;
  },
  identical: async (tx: Tx, partyId: string, contentHash: string): Promise<InquiryRow | undefined> =>
    (
      await tx
        .select()
        .from(inquiries)
        .where(and(eq(inquiries.partyId, partyId), eq(inquiries.contentHash, contentHash)))
    )[0],
  /** How many inquiries arrived today (Danish time), and when the day ends (UTC, ISO 8601). */
  async today(tx: Tx, which: DailyCount): Promise<{ count: number; renews: string }> {
    const whose =
      'partyId' in which
        ? and(eq(inquiries.partyId, which.partyId), eq(inquiries.source, 'PARTY'))
        : and(eq(inquiries.forwardedByClusterId, which.forwardingClusterId), eq(inquiries.source, 'CLUSTER_FORWARD'));
    const [today] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        renews: sql<string>`to_char((${DANISH_DAY_START} + interval '1 day') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
      })
      .from(inquiries)
      .where(and(whose, sql`${inquiries.submittedAt} >= ${DANISH_DAY_START}`));
    return today!;
  },
  async insertInquiry(
    tx: Tx,
    values: typeof inquiries.$inferInsert,
    action: 'SUBMITTED' | 'FORWARDED_BY_CLUSTER',
    note: string | null,
  ): Promise<InquiryRow> {
    const [created] = await tx.insert(inquiries).values(values).returning();
    await tx
      .insert(inquiryEvents)
      .values({ inquiryId: created!.id, action, actor: values.submittedBy!, fromStatus: null, toStatus: created!.status, note });
    return created!;
  },
};
