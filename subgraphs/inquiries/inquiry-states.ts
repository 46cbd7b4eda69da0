import { invalidTransition } from '../../platform/errors.js';

export type InquiryStatus = 'RECEIVED' | 'IN_REVIEW' | 'AWAITING_INFORMATION' | 'DECIDED';
export type TriageStep = 'startReview' | 'requestInformation' | 'provideInformation' | 'decide';

/**
 * Every allowed step of triage: received → in review → (awaiting information ↔ in review)
 * → decided. Anything not listed is refused with INVALID_TRANSITION and changes nothing.
 * DECIDED is final. Assessing is not a step: it is allowed in review and while waiting.
 */
export const TRANSITIONS: Record<TriageStep, { from: readonly InquiryStatus[]; to: InquiryStatus }> = {
  startReview: { from: ['RECEIVED', 'AWAITING_INFORMATION'], to: 'IN_REVIEW' },
  requestInformation: { from: ['IN_REVIEW'], to: 'AWAITING_INFORMATION' },
  provideInformation: { from: ['AWAITING_INFORMATION'], to: 'IN_REVIEW' },
  decide: { from: ['IN_REVIEW'], to: 'DECIDED' },
};

export const ASSESSABLE: readonly InquiryStatus[] = ['IN_REVIEW', 'AWAITING_INFORMATION'];

export function nextStatus(current: InquiryStatus, step: TriageStep): InquiryStatus {
  if (!TRANSITIONS[step].from.includes(current)) {
    throw invalidTransition(`An inquiry that is ${describe(current)} cannot ${describeStep(step)}`, { status: current, step });
  }
  return TRANSITIONS[step].to;
}

export function describe(status: InquiryStatus): string {
  return { RECEIVED: 'received', IN_REVIEW: 'in review', AWAITING_INFORMATION: 'awaiting information', DECIDED: 'decided' }[status];
}

function describeStep(step: TriageStep): string {
  return {
    startReview: 'go (back) into review',
    requestInformation: 'wait for information',
    provideInformation: 'take information from the party',
    decide: 'be decided',
  }[step];
}
