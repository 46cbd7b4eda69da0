import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { requireUnitOf } from '../access.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  offers: async ({ code }, { statuses }, { viewer, store }) => {
    if (!statuses) return (await store.currentOffersByRegion.load(code)).filter((o) => o.audience === 'ALL_CLUSTERS_IN_REGION');
    requireUnitOf(viewer, code, "A region's offers, drafts and archived ones included,");
    return store.offersByRegionAndStatus(code, statuses);
  },
};
