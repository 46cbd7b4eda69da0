import type { ClusterPackageResolvers } from '../__generated__/resolvers-types.js';

export const ClusterPackage: ClusterPackageResolvers = {
  __resolveReference: ({ id }, { store }) => store.packageById.load(id),
  region: ({ regionCode }) => (regionCode ? { code: regionCode } : null),
  questionnaire: ({ id }, _, { store }) => store.templateByPackage.load(id),
};
