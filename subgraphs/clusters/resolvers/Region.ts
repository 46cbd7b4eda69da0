import type { RegionResolvers } from '../__generated__/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  clusters: ({ code }, _, { store }) => store.clustersByRegion.load(code),
};
