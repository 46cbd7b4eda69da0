import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, conflict, forbidden } from '../../platform/errors.js';
import { onlyUuids } from '../../platform/ids.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import type { NewsletterSectionParent } from './store.js';
import { inquiries, inquiryEvents, newsletterSections } from './tables.js';

/**
 * KiAP's newsletter section: the inquiries decided for the newsletter and not yet sent.
 * Marking a section sent takes exactly the inquiries KiAP saw in the draft (a decision made
 * meanwhile waits for the next section); repeating the same call returns the same section.
 */
export function createNewsletter(db: PostgresJsDatabase) {
  return {
    markSent: (viewer: Viewer, inquiryIds: readonly string[]): Promise<NewsletterSectionParent> =>
      db.transaction(async (tx) => {
        if (viewer.kind !== 'kiap') throw forbidden("Only KiAP sends KiAP's newsletter");
        const ids = [...new Set(inquiryIds)];
        if (ids.length === 0)
          throw badUserInput('Name the inquiries of the section', { problems: [{ field: 'inquiryIds', reason: 'must not be empty' }] });
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext('inquiries:newsletter'))`);
        const named = await tx
          .select()
          .from(inquiries)
          .where(inArray(inquiries.id, onlyUuids(ids)))
          .orderBy(asc(inquiries.decidedAt), asc(inquiries.id));
        const notForNewsletter = ids.filter((id) => !named.some((i) => i.id === id && i.decision === 'NEWSLETTER'));
        if (notForNewsletter.length > 0)
          throw badUserInput(`Not decided for the newsletter: ${notForNewsletter.join(', ')}`, {
            problems: notForNewsletter.map((id) => ({ field: 'inquiryIds', reason: `${id} is not decided for the newsletter` })),
          });
        const sentIn = new Set(named.map((i) => i.newsletterSectionId));
        if (!sentIn.has(null)) {
          const [sectionId] = [...sentIn] as string[];
          const [row] = await tx.select().from(newsletterSections).where(eq(newsletterSections.id, sectionId!));
          const all = await tx
            .select()
            .from(inquiries)
            .where(eq(inquiries.newsletterSectionId, sectionId!))
            .orderBy(asc(inquiries.decidedAt), asc(inquiries.id));
          if (sentIn.size === 1 && all.length === ids.length) return { row: row!, inquiries: all }; // the same call again
        }
        if (sentIn.size > 1 || !sentIn.has(null))
          throw conflict('Some of these inquiries were already sent in an earlier section; read the draft again');
        const [{ next } = { next: 1 }] = await tx
          .select({ next: sql<number>`coalesce(max(${newsletterSections.number}), 0)::int + 1` })
          .from(newsletterSections);
        const [row] = await tx
          .insert(newsletterSections)
          .values({ number: next, sentBy: describeViewer(viewer) })
          .returning();
        const sent = await tx
          .update(inquiries)
          .set({ newsletterSectionId: row!.id })
          .where(and(inArray(inquiries.id, ids), isNull(inquiries.newsletterSectionId)))
          .returning();
        await tx.insert(inquiryEvents).values(
          sent.map((inquiry) => ({
            inquiryId: inquiry.id,
            action: 'INCLUDED_IN_NEWSLETTER' as const,
            actor: describeViewer(viewer),
            fromStatus: inquiry.status,
            toStatus: inquiry.status,
            note: `Nyhedsbrev nr. ${next}`,
          })),
        );
        return { row: row!, inquiries: named.map((i) => ({ ...i, newsletterSectionId: row!.id })) };
      }),
  };
}
