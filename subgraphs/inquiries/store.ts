import { desc, inArray } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { rowLoader } from '../common/loaders.js';
import { onlyUuids } from '../common/ids.js';
import { externalParties, inquiries } from './tables.js';

export type InquiryRow = typeof inquiries.$inferSelect;
export type ExternalPartyRow = typeof externalParties.$inferSelect;

/** SQL for the inquiries subgraph, batched per request. */
export function createInquiriesStore(db: PostgresJsDatabase) {
  return {
    allInquiries: async () => db.select().from(inquiries).orderBy(desc(inquiries.submittedAt)),
    inquiryById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(inquiries)
          .where(inArray(inquiries.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    partyById: rowLoader(
      (ids: string[]) => db.select().from(externalParties).where(inArray(externalParties.id, ids)),
      (row) => row.id,
    ),
  };
}

export type InquiriesStore = ReturnType<typeof createInquiriesStore>;
