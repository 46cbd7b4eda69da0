import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { isUnitOf } from '../access.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  offers: async ({ code }, { statuses }, { viewer, store }) => {
    if (!statuses) return (await store.currentOffersByRegion.load(code)).filter((o) => o.audience === 'ALL_CLUSTERS_IN_REGION');
    if (!isUnitOf(viewer, code)) throw forbidden("All of a region's offers, drafts and archived ones included, are for its unit and KiAP");
    return store.offersByRegionAndStatus(code, statuses);
  },
};
