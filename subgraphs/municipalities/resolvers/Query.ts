import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { canSeeClusterWork } from '../access.js';

export const Query: QueryResolvers = {
  regions: (_, __, { store }) => store.allRegions(),
  region: (_, { code }, { store }) => store.regionByCode.load(code),
  municipalities: (_, { regionCode }, { store }) => store.allMunicipalities(regionCode ?? undefined),
  municipality: (_, { code }, { store }) => store.municipalityByCode.load(code),
  packageBooking: async (_, { id }, { viewer, store }) => {
    const booking = await store.bookingById.load(id);
    return booking && canSeeClusterWork(viewer, booking) ? booking : null;
  },
};
