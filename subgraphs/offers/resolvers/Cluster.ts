import type { ClusterResolvers } from '../__generated__/resolvers-types.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  regionalOffers: ({ region }, _, { store }) => (region ? store.currentOffersByRegion.load(region.code) : []),
};
