import type { Transaction } from '../../platform/database.js';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { invalidTransition, notFound, visibleOrNotFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import type { AnswerForwardedInquiryInput, AssessInquiryInput, DecideInquiryInput } from './__generated__/schema-types.js';
import {
  canReadInquiry,
  clusterMayAnswer,
  inSentNewsletter,
  requireClusterOfficer,
  requireKiap,
  requirePartyOf,
  requireTriager,
  type TriageViewer,
} from './access.js';
import { ASSESSABLE, describe, nextStatus, type TriageStep } from './inquiry-states.js';
import type { ForwardRow, InquiryRow } from './store.js';
import { triageWrites as store, type InquiryAction } from './triage-store.js';

type Db = PostgresJsDatabase;
type Tx = Transaction;

/** A cluster id can be named once per decision; there are 116 clusters. */
const MAX_FORWARD_CLUSTERS = 116;

/**
 * Triage of inquiries. Each step runs in one transaction with the inquiry row locked, so
 * concurrent steps queue up; each change is recorded in the append-only history; a repeated
 * step (a retry) changes nothing and returns the inquiry as it is.
 */
export function createInquiryTriageWorkflow(db: Db) {
  async function lock(tx: Tx, viewer: Viewer, inquiryId: string): Promise<InquiryRow> {
    const inquiry = await store.lockInquiry(tx, inquiryId);
    const forwardedTo = inquiry ? (await store.forwardsOf(tx, inquiry.id)).map((f) => f.clusterId) : [];
    // An inquiry the caller may not see is reported as missing, not as forbidden.
    return visibleOrNotFound(inquiry, `Inquiry ${inquiryId} does not exist`, (found) => canReadInquiry(viewer, found, forwardedTo));
  }

  async function lockForTriage(tx: Tx, viewer: Viewer, inquiryId: string): Promise<{ inquiry: InquiryRow; triager: TriageViewer }> {
    const inquiry = await lock(tx, viewer, inquiryId);
    return { inquiry, triager: requireTriager(viewer, inquiry) };
  }

  const record = (tx: Tx, inquiry: InquiryRow, viewer: Viewer, action: InquiryAction, to: InquiryRow['status'], note?: string | null) =>
    store.recordEvent(tx, { inquiryId: inquiry.id, action, actor: describeViewer(viewer), fromStatus: inquiry.status, toStatus: to }, note);

  async function move(
    tx: Tx,
    inquiry: InquiryRow,
    viewer: Viewer,
    step: TriageStep,
    action: InquiryAction,
    note: string | null,
    set: Partial<InquiryRow> = {},
  ) {
    const to = nextStatus(inquiry.status, step);
    const updated = await store.updateInquiry(tx, inquiry.id, { ...set, status: to });
    await record(tx, inquiry, viewer, action, to, note);
    return updated;
  }

  return {
    startReview: (viewer: Viewer, inquiryId: string, note?: string | null): Promise<InquiryRow> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        problems.text('note', note, { min: 0, max: 2000 });
        problems.throwIfAny('The step is not valid');
        const { inquiry } = await lockForTriage(tx, viewer, inquiryId);
        if (inquiry.status === 'IN_REVIEW') return inquiry;
        return move(tx, inquiry, viewer, 'startReview', 'REVIEW_STARTED', note?.trim() || null);
      }),

    requestInformation: (viewer: Viewer, inquiryId: string, question: string): Promise<InquiryRow> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        problems.text('question', question, { max: 2000 });
        problems.throwIfAny('The question is not valid');
        const { inquiry } = await lockForTriage(tx, viewer, inquiryId);
        if (inquiry.status === 'AWAITING_INFORMATION' && (await store.latestRequest(tx, inquiry.id))?.question === question.trim())
          return inquiry;
        const moved = await move(tx, inquiry, viewer, 'requestInformation', 'INFORMATION_REQUESTED', question.trim());
        await store.askQuestion(tx, inquiry.id, question.trim(), describeViewer(viewer));
        return moved;
      }),

    provideInformation: (viewer: Viewer, inquiryId: string, answer: string): Promise<InquiryRow> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        problems.text('answer', answer, { max: 8000 });
        problems.throwIfAny('The answer is not valid');
        const inquiry = await lock(tx, viewer, inquiryId);
        requirePartyOf(viewer, inquiry);
        const open = await store.latestRequest(tx, inquiry.id);
        if (inquiry.status !== 'AWAITING_INFORMATION' && open?.answer === answer.trim()) return inquiry;
        const moved = await move(tx, inquiry, viewer, 'provideInformation', 'INFORMATION_PROVIDED', answer.trim());
        if (open && open.answer === null) await store.answerQuestion(tx, open.id, answer.trim());
        return moved;
      }),

    assess: (viewer: Viewer, input: AssessInquiryInput): Promise<InquiryRow> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        problems.text('relevanceReason', input.relevanceReason, { max: 2000 });
        problems.text('dataSuitabilityNote', input.dataSuitabilityNote, { min: input.dataSuitability === 'PARTLY' ? 1 : 0, max: 2000 });
        problems.text('internalNote', input.internalNote, { min: 0, max: 4000 });
        problems.throwIfAny('The assessment is not valid');
        const { inquiry } = await lockForTriage(tx, viewer, input.inquiryId);
        if (!ASSESSABLE.includes(inquiry.status))
          throw invalidTransition(`An inquiry that is ${describe(inquiry.status)} cannot be assessed; start the review first`, {
            status: inquiry.status,
          });
        const assessment = {
          relevance: input.relevance,
          relevanceReason: input.relevanceReason.trim(),
          dataSuitability: input.dataSuitability,
          dataSuitabilityNote: input.dataSuitabilityNote?.trim() || null,
          commercialInterest: input.commercialInterest,
          internalNote: input.internalNote?.trim() || null,
        };
        const before = await store.assessmentOf(tx, inquiry.id);
        if (before && Object.entries(assessment).every(([key, value]) => before[key as keyof typeof assessment] === value)) return inquiry;
        const by = { ...assessment, assessedBy: describeViewer(viewer), assessedAt: new Date() };
        await store.saveAssessment(tx, inquiry.id, by);
        await record(
          tx,
          inquiry,
          viewer,
          'ASSESSED',
          inquiry.status,
          `${input.relevance}; data: ${input.dataSuitability}; commercial: ${input.commercialInterest}`,
        );
        return inquiry;
      }),

    decide: (viewer: Viewer, input: DecideInquiryInput): Promise<InquiryRow> =>
      db.transaction(async (tx) => {
        const clusterIds = [...new Set(input.clusterIds ?? [])].sort();
        const problems = new InputProblems();
        if (input.decision === 'FORWARD_TO_CLUSTERS') {
          if (clusterIds.length < 1 || clusterIds.length > MAX_FORWARD_CLUSTERS)
            problems.add('clusterIds', `must name 1 to ${MAX_FORWARD_CLUSTERS} clusters`);
          if (clusterIds.some((id) => !isUuid(id))) problems.add('clusterIds', 'must hold cluster ids');
        } else if (clusterIds.length > 0) problems.add('clusterIds', 'is only for the decision FORWARD_TO_CLUSTERS');
        if (input.decision === 'DECLINE') problems.text('reason', input.reason, { max: 2000 });
        else if (input.reason?.trim()) problems.add('reason', 'is only for the decision DECLINE');
        problems.text('note', input.note, { min: 0, max: 2000 });
        problems.throwIfAny('The decision is not valid');
        const { inquiry, triager } = await lockForTriage(tx, viewer, input.inquiryId);
        if (input.decision === 'NEWSLETTER') requireKiap(triager, "puts an inquiry in KiAP's newsletter");
        if (inquiry.status === 'DECIDED' && inquiry.decision === input.decision) {
          const forwarded = (await store.forwardsOf(tx, inquiry.id)).map((f) => f.clusterId).sort();
          if (forwarded.join() === clusterIds.join()) return inquiry;
        }
        if (inquiry.status === 'IN_REVIEW') {
          if (!(await store.assessmentOf(tx, inquiry.id)))
            throw invalidTransition('Assess the inquiry before deciding it', { status: inquiry.status });
        }
        const decided = await move(
          tx,
          inquiry,
          viewer,
          'decide',
          'DECIDED',
          [input.decision, input.note?.trim()].filter(Boolean).join(': '),
          {
            decision: input.decision,
            decisionReason: input.decision === 'DECLINE' ? input.reason!.trim() : null,
            decidedAt: new Date(),
            decidedBy: describeViewer(viewer),
            decidedByRegionCode: triager.kind === 'region' ? triager.regionCode : null,
          },
        );
        await store.insertForwards(tx, inquiry.id, clusterIds);
        return decided;
      }),

    answerForward: (viewer: Viewer, input: AnswerForwardedInquiryInput): Promise<ForwardRow> =>
      db.transaction(async (tx) => {
        const cluster = requireClusterOfficer(viewer, 'answer a forwarded inquiry');
        const problems = new InputProblems();
        problems.text('message', input.message, { min: 0, max: 2000 });
        problems.throwIfAny('The answer is not valid');
        const inquiry = await store.lockInquiry(tx, input.inquiryId);
        let forward = inquiry && (await store.forwardTo(tx, inquiry.id, cluster.clusterId));
        // An item of a sent newsletter reached every cluster: answering it records the cluster as reached.
        if (inquiry && !forward && inSentNewsletter(inquiry)) [forward] = await store.insertForwards(tx, inquiry.id, [cluster.clusterId]);
        if (
          !inquiry ||
          !forward ||
          !clusterMayAnswer({ id: cluster.clusterId, regionCode: cluster.regionCode }, inquiry, [forward.clusterId])
        )
          throw notFound(`Inquiry ${input.inquiryId} was not forwarded to your cluster nor sent in KiAP's newsletter`);
        const message = input.message?.trim() || null;
        if (forward.answer === input.answer && forward.message === message) return forward;
        const answered = await store.answerForward(tx, inquiry.id, cluster.clusterId, {
          answer: input.answer,
          message,
          answeredAt: new Date(),
          answeredBy: describeViewer(cluster),
        });
        await record(
          tx,
          inquiry,
          viewer,
          'CLUSTER_ANSWERED',
          inquiry.status,
          `${cluster.clusterId}: ${input.answer}${message ? ` — ${message}` : ''}`,
        );
        return answered;
      }),
  };
}

export type InquiryTriageWorkflow = ReturnType<typeof createInquiryTriageWorkflow>;
