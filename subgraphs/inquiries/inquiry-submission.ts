import type { Transaction } from '../../platform/database.js';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { forbidden, limitReached } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import type { ForwardDirectInquiryInput, SubmitInquiryInput } from './__generated__/schema-types.js';
import { requireClusterOfficer, requireExternalParty } from './access.js';
import { inquiryContent } from './inquiry-content.js';
import type { InquiryRow } from './store.js';
import { submissionWrites as store, type DailyCount } from './submission-store.js';

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
/**
 * How inquiries arrive: submitted by a party, or forwarded by a cluster that was contacted
 * directly. A party's submissions are serialised by an advisory lock, so the daily limit
 * and duplicate detection hold when two arrive at once.
 */
export function createInquirySubmissionWorkflow(db: Db, dailyLimit = DAILY_INQUIRY_LIMIT, dailyForwardLimit = DAILY_FORWARD_LIMIT) {
  /** Refuses with LIMIT_REACHED when `limit` inquiries of `which` arrived today (Danish time). */
  async function withinDailyLimit(tx: Tx, which: DailyCount, limit: number, who: string) {
    const today = await store.today(tx, which);
    if (today.count >= limit) {
      throw limitReached(`${who} ${limit} inquiries a day; try again after ${today.renews}`, { limit, retryAfter: today.renews });
    }
  }

  return {
    submit: (viewer: Viewer, input: SubmitInquiryInput): Promise<Submitted> => {
      const party = requireExternalParty(viewer);
      const problems = new InputProblems();
      const content = inquiryContent(input, problems);
      problems.throwIfAny('The inquiry is not valid');
      return db.transaction(async (tx) => {
        await store.lock(tx, `party:${party.partyId}`);
        if (!(await store.registeredParty(tx, party.partyId))) throw forbidden('Your organisation is not registered with Klyngehub');
        // A resubmission (a retry, a double click) returns the first before the limit is counted.
        const existing = await store.identical(tx, party.partyId, content.contentHash);
        if (existing) return { inquiry: existing, alreadySubmitted: true };
        await withinDailyLimit(tx, { partyId: party.partyId }, dailyLimit, 'An organisation can submit');
        const inquiry = await store.insertInquiry(
          tx,
          { ...content, partyId: party.partyId, submittedBy: describeViewer(party) },
          'SUBMITTED',
          null,
        );
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
        await store.lock(tx, `forwarding-cluster:${cluster.clusterId}`);
        // The organisation is recorded as this cluster named it, apart from any registered
        // organisation of the same name: a typed name is no proof of who asked.
        const party = await store.partyNamedBy(tx, cluster.clusterId, { name: input.party.name.trim(), kind: input.party.kind });
        const existing = await store.identical(tx, party.id, content.contentHash);
        if (existing) return { inquiry: existing, alreadySubmitted: true };
        await withinDailyLimit(tx, { forwardingClusterId: cluster.clusterId }, dailyForwardLimit, 'A cluster can forward');
        const inquiry = await store.insertInquiry(
          tx,
          {
            ...content,
            partyId: party.id,
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

export type InquirySubmissionWorkflow = ReturnType<typeof createInquirySubmissionWorkflow>;
