import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  regionalOffer: (_, { id }, { store }) => store.publishedOfferById.load(id),
};
