import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  clusters: (_, { regionCode, municipalityCode }, { store }) =>
    store.listClusters({ regionCode: regionCode ?? undefined, municipalityCode: municipalityCode ?? undefined }),
  cluster: (_, { id }, { store }) => store.clusterById.load(id),
  clusterPackages: (_, { municipalOnly }, { store }) => store.listPackages(municipalOnly ?? false),
  clusterPackage: (_, { id }, { store }) => store.packageById.load(id),
};
