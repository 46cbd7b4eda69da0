import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, conflict } from '../../platform/errors.js';
import { requireKiap } from './access.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import type { NewsletterSectionParent } from './store.js';
import { newsletterWrites as store } from './newsletter-store.js';

/**
 * KiAP's newsletter section: the inquiries decided for the newsletter and not yet sent.
 * Marking a section sent takes exactly the inquiries KiAP saw in the draft (a decision made
 * meanwhile waits for the next section); repeating the same call returns the same section.
 */
export function createNewsletterWorkflow(db: PostgresJsDatabase) {
  return {
    markSent: (viewer: Viewer, inquiryIds: readonly string[]): Promise<NewsletterSectionParent> =>
      db.transaction(async (tx) => {
        requireKiap(viewer, "sends KiAP's newsletter");
        const ids = [...new Set(inquiryIds)];
        if (ids.length === 0)
          throw badUserInput('Name the inquiries of the section', [{ path: 'input.inquiryIds', message: 'must not be empty' }]);
        await store.lock(tx);
        const named = await store.inquiries(tx, ids);
        const notForNewsletter = ids.filter((id) => !named.some((i) => i.id === id && i.decision === 'NEWSLETTER'));
        if (notForNewsletter.length > 0)
          throw badUserInput(
            `Not decided for the newsletter: ${notForNewsletter.join(', ')}`,
            notForNewsletter.map((id) => ({ path: 'input.inquiryIds', message: `${id} is not decided for the newsletter` })),
          );
        const sentIn = new Set(named.map((i) => i.newsletterSectionId));
        if (!sentIn.has(null) && sentIn.size === 1) {
          const section = await store.section(tx, [...sentIn][0]!);
          if (section.inquiries.length === ids.length) return section; // the same call again
        }
        if (sentIn.size > 1 || !sentIn.has(null))
          throw conflict('Some of these inquiries were already sent in an earlier section; read the draft again');
        const row = await store.send(tx, ids, describeViewer(viewer));
        return { row, inquiries: named.map((i) => ({ ...i, newsletterSectionId: row.id })) };
      }),
  };
}

export type NewsletterWorkflow = ReturnType<typeof createNewsletterWorkflow>;
