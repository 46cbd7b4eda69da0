import type { RegionResolvers } from '../__generated__/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  offers: ({ code }, _, { store }) => store.currentOffersByRegion.load(code),
};
