import type { InquiryDecisionResolvers } from '../__generated__/resolvers-types.js';

/**
 * What happens next, written for the party (Danish, as the party reads it), naming who
 * decided: KiAP, or the regional quality unit that triaged the inquiry.
 */
function nextStep(decision: 'NEWSLETTER' | 'FORWARD_TO_CLUSTERS' | 'DECLINE', byRegionalUnit: boolean): string {
  const decider = byRegionalUnit ? 'Den regionale kvalitetsenhed' : 'KiAP';
  switch (decision) {
    case 'NEWSLETTER':
      return 'Henvendelsen kommer med i KiAPs nyhedsbrev til alle klyngers koordinatorer og bestyrelsesmedlemmer.';
    case 'FORWARD_TO_CLUSTERS':
      return `Henvendelsen er sendt til udvalgte klynger. ${decider} sætter jer i forbindelse med de klynger, der er interesserede.`;
    case 'DECLINE':
      return `${decider} går ikke videre med henvendelsen; se begrundelsen.`;
  }
}

export const InquiryDecision: InquiryDecisionResolvers = {
  kind: (inquiry) => inquiry.decision!,
  reason: (inquiry) => inquiry.decisionReason,
  nextStep: (inquiry) => nextStep(inquiry.decision!, inquiry.decidedByRegionCode !== null),
  decidedAt: (inquiry) => inquiry.decidedAt!,
};
