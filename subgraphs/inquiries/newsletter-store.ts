import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Transaction as Tx } from '../../platform/database.js';
import { onlyUuids } from '../../platform/ids.js';
import type { InquiryRow, NewsletterSectionRow } from './store.js';
import { inquiries, inquiryEvents, newsletterSections } from './tables.js';

const inDecisionOrder = [asc(inquiries.decidedAt), asc(inquiries.id)];

/** SQL of the newsletter workflow, each in the caller's transaction. */
export const newsletterWrites = {
  /** Sections are numbered and sent one at a time. */
  async lock(tx: Tx): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('inquiries:newsletter'))`);
  },
  inquiries: (tx: Tx, ids: string[]): Promise<InquiryRow[]> =>
    tx
      .select()
      .from(inquiries)
      .where(inArray(inquiries.id, onlyUuids(ids)))
      .orderBy(...inDecisionOrder),
  async section(tx: Tx, sectionId: string): Promise<{ row: NewsletterSectionRow; inquiries: InquiryRow[] }> {
    const [row] = await tx.select().from(newsletterSections).where(eq(newsletterSections.id, sectionId));
    const all = await tx
      .select()
      .from(inquiries)
      .where(eq(inquiries.newsletterSectionId, sectionId))
      .orderBy(...inDecisionOrder);
    return { row: row!, inquiries: all };
  },
  /** A new section, numbered on from the last, holding those of the inquiries not sent before; each records it in its history. */
  async send(tx: Tx, inquiryIds: string[], sentBy: string): Promise<NewsletterSectionRow> {
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${newsletterSections.number}), 0)::int + 1` })
      .from(newsletterSections);
    const [row] = await tx.insert(newsletterSections).values({ number: next, sentBy }).returning();
    const sent = await tx
      .update(inquiries)
      .set({ newsletterSectionId: row!.id })
      .where(and(inArray(inquiries.id, inquiryIds), isNull(inquiries.newsletterSectionId)))
      .returning();
    await tx.insert(inquiryEvents).values(
      sent.map((inquiry) => ({
        inquiryId: inquiry.id,
        action: 'INCLUDED_IN_NEWSLETTER' as const,
        actor: sentBy,
        fromStatus: inquiry.status,
        toStatus: inquiry.status,
        note: `Nyhedsbrev nr. ${next}`,
      })),
    );
    return row!;
  },
};
