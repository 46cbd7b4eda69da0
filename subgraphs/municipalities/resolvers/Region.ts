import type { RegionResolvers } from '../__generated__/resolvers-types.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }, { store }) => store.regionByCode.load(code),
  municipalities: ({ code }, _, { store }) => store.municipalitiesByRegion.load(code),
};
