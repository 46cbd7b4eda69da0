import type { MutationResolvers } from '../__generated__/resolvers-types.js';

/** Thin: each mutation hands its input to the workflow that owns the rules. */
export const Mutation: MutationResolvers = {
  createRegionalOffer: async (_, { input }, { viewer, publishing }) => ({ offer: await publishing.create(viewer, input) }),
  updateRegionalOffer: async (_, { input: { offerId, ...changes } }, { viewer, publishing }) => ({
    offer: await publishing.update(viewer, offerId, changes),
  }),
  publishRegionalOffer: async (_, { input }, { viewer, publishing }) => ({ offer: await publishing.publish(viewer, input.offerId) }),
  archiveRegionalOffer: async (_, { input }, { viewer, publishing }) => ({ offer: await publishing.archive(viewer, input.offerId) }),
  requestRegionalOffer: async (_, { input }, { viewer, requests }) => ({
    request: await requests.request(viewer, input.offerId, input.message, input.packageOrderId),
  }),
  answerOfferRequest: async (_, { input }, { viewer, requests }) => ({
    request: await requests.answer(viewer, input.requestId, input.accept, input.reply),
  }),
};
