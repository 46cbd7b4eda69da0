import type { InquiryDecisionResolvers } from '../__generated__/resolvers-types.js';

/** What happens next, written for the party (Danish, as the party reads it). */
const NEXT_STEP = {
  NEWSLETTER: 'Henvendelsen kommer med i KiAPs nyhedsbrev til alle klyngers koordinatorer og bestyrelsesmedlemmer.',
  FORWARD_TO_CLUSTERS: 'Henvendelsen er sendt til udvalgte klynger. KiAP sætter jer i forbindelse med de klynger, der er interesserede.',
  DECLINE: 'KiAP og de regionale kvalitetsenheder går ikke videre med henvendelsen; se begrundelsen.',
} as const;

export const InquiryDecision: InquiryDecisionResolvers = {
  kind: (inquiry) => inquiry.decision!,
  reason: (inquiry) => inquiry.decisionReason,
  nextStep: (inquiry) => NEXT_STEP[inquiry.decision!],
  decidedAt: (inquiry) => inquiry.decidedAt!,
};
