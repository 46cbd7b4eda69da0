import type { ClusterResolvers } from '../__generated__/resolvers-types.js';

export const Cluster: ClusterResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  municipalities: async ({ id }, _, { store }) => (await store.municipalitiesByCluster.load(id)).map(({ municipality }) => municipality),
};
