import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  clusters: async ({ code }, _, { store }) => (await store.clustersByMunicipality.load(code)).map(({ cluster }) => cluster),
};
