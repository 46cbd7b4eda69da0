import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { canSeeOffer } from '../access.js';

export const Query: QueryResolvers = {
  regionalOffer: async (_, { id }, { viewer, store }) => {
    const offer = await store.offerById.load(id);
    return offer && canSeeOffer(viewer, offer) ? offer : null;
  },
};
