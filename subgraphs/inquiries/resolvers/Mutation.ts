import type { MutationResolvers } from '../__generated__/resolvers-types.js';

/** Thin: each mutation hands its input to the workflow that owns the rules. */
export const Mutation: MutationResolvers = {
  submitInquiry: (_, { input }, { viewer, submission }) => submission.submit(viewer, input),
  forwardDirectInquiry: (_, { input }, { viewer, submission }) => submission.forwardDirect(viewer, input),
  startInquiryReview: async (_, { input }, { viewer, triage }) => ({
    inquiry: await triage.startReview(viewer, input.inquiryId, input.note),
  }),
  requestInquiryInformation: async (_, { input }, { viewer, triage }) => ({
    inquiry: await triage.requestInformation(viewer, input.inquiryId, input.question),
  }),
  provideInquiryInformation: async (_, { input }, { viewer, triage }) => ({
    inquiry: await triage.provideInformation(viewer, input.inquiryId, input.answer),
  }),
  assessInquiry: async (_, { input }, { viewer, triage }) => ({ inquiry: await triage.assess(viewer, input) }),
  decideInquiry: async (_, { input }, { viewer, triage }) => ({ inquiry: await triage.decide(viewer, input) }),
  answerForwardedInquiry: async (_, { input }, { viewer, triage }) => ({ forward: await triage.answerForward(viewer, input) }),
  markNewsletterSent: async (_, { input }, { viewer, newsletter }) => ({ section: await newsletter.markSent(viewer, input.inquiryIds) }),
};
