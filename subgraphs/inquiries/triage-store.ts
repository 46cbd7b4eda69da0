import { and, desc, eq } from 'drizzle-orm';
import { lockById, type Transaction as Tx } from '../../platform/database.js';
import type { AssessmentRow, ForwardRow, InformationRequestRow, InquiryRow } from './store.js';
import { informationRequests, inquiries, inquiryAssessments, inquiryEvents, inquiryForwards } from './tables.js';

export type InquiryAction = (typeof inquiryEvents.$inferInsert)['action'];
export type NewAssessment = Omit<typeof inquiryAssessments.$inferInsert, 'inquiryId'>;

/** SQL of the triage workflow, each in the caller's transaction. */
export const triageWrites = {
  lockInquiry: (tx: Tx, id: string) => lockById(tx, inquiries, id),
  updateInquiry: async (tx: Tx, id: string, set: Partial<InquiryRow>): Promise<InquiryRow> =>
    (await tx.update(inquiries).set(set).where(eq(inquiries.id, id)).returning())[0]!,
  async recordEvent(
    tx: Tx,
    event: { inquiryId: string; action: InquiryAction; actor: string; fromStatus: InquiryRow['status']; toStatus: InquiryRow['status'] },
    note?: string | null,
  ): Promise<void> {
    await tx.insert(inquiryEvents).values({ ...event, note: note ?? null });
  },
  forwardsOf: (tx: Tx, inquiryId: string): Promise<ForwardRow[]> =>
    tx.select().from(inquiryForwards).where(eq(inquiryForwards.inquiryId, inquiryId)),
  forwardTo: async (tx: Tx, inquiryId: string, clusterId: string): Promise<ForwardRow | undefined> =>
    (
      await tx
        .select()
        .from(inquiryForwards)
        .where(and(eq(inquiryForwards.inquiryId, inquiryId), eq(inquiryForwards.clusterId, clusterId)))
    )[0],
  async insertForwards(tx: Tx, inquiryId: string, clusterIds: string[]): Promise<ForwardRow[]> {
    if (clusterIds.length === 0) return [];
    return tx
      .insert(inquiryForwards)
      .values(clusterIds.map((clusterId) => ({ inquiryId, clusterId })))
      .returning();
  },
  answerForward: async (tx: Tx, inquiryId: string, clusterId: string, set: Partial<ForwardRow>): Promise<ForwardRow> =>
    (
      await tx
        .update(inquiryForwards)
        .set(set)
        .where(and(eq(inquiryForwards.inquiryId, inquiryId), eq(inquiryForwards.clusterId, clusterId)))
        .returning()
    )[0]!,
  latestRequest: async (tx: Tx, inquiryId: string): Promise<InformationRequestRow | undefined> =>
    (
      await tx
        .select()
        .from(informationRequests)
        .where(eq(informationRequests.inquiryId, inquiryId))
        .orderBy(desc(informationRequests.askedAt))
        .limit(1)
    )[0],
  async askQuestion(tx: Tx, inquiryId: string, question: string, askedBy: string): Promise<void> {
    await tx.insert(informationRequests).values({ inquiryId, question, askedBy });
  },
  async answerQuestion(tx: Tx, requestId: string, answer: string): Promise<void> {
    await tx.update(informationRequests).set({ answer, answeredAt: new Date() }).where(eq(informationRequests.id, requestId));
  },
  assessmentOf: async (tx: Tx, inquiryId: string): Promise<AssessmentRow | undefined> =>
    (await tx.select().from(inquiryAssessments).where(eq(inquiryAssessments.inquiryId, inquiryId)))[0],
  async saveAssessment(tx: Tx, inquiryId: string, assessment: NewAssessment): Promise<void> {
    await tx
      .insert(inquiryAssessments)
      .values({ inquiryId, ...assessment })
      .onConflictDoUpdate({ target: inquiryAssessments.inquiryId, set: assessment });
  },
};
