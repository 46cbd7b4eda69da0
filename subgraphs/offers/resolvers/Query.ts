import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { canSeeOffer } from '../access.js';

export const Query: QueryResolvers = {
  regionalOffer: async (_, { id }, { viewer, store }) => {
    const offer = await store.offerById.load(id);
    return offer &&
      (await canSeeOffer(viewer, offer, async () => (await store.namedClustersByOffer.load(offer.id)).map((c) => c.clusterId)))
      ? offer
      : null;
  },
};
