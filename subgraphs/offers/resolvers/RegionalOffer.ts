import type { RegionalOfferResolvers } from '../__generated__/resolvers-types.js';

export const RegionalOffer: RegionalOfferResolvers = {
  __resolveReference: ({ id }, { store }) => store.publishedOfferById.load(id),
  region: ({ regionCode }) => ({ code: regionCode }),
};
