import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  regions: (_, __, { store }) => store.allRegions(),
  region: (_, { code }, { store }) => store.regionByCode.load(code),
  municipalities: (_, { regionCode }, { store }) => store.allMunicipalities(regionCode ?? undefined),
  municipality: (_, { code }, { store }) => store.municipalityByCode.load(code),
};
