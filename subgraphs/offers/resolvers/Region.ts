import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { requireUnitOf } from '../access.js';

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => ({ code }),
  offers: async ({ code }, { statuses, first, after }, { viewer, store }) => {
    const page = pageOf({ first, after }, { maxSize: 200 });
    let listed;
    if (!statuses) {
      listed = await store.currentOffers.load({ regionCode: code, clusterId: null, withNamedOffers: false, kinds: null, page });
    } else {
      requireUnitOf(viewer, code, "A region's offers, drafts and archived ones included,");
      listed = await store.offersByRegionAndStatus.load({ regionCode: code, statuses, page });
    }
    if (listed === null) throw afterNotInList();
    return listed;
  },
  offerRequests: async ({ code }, { statuses, first, after }, { viewer, store }) => {
    const page = pageOf({ first, after }, { maxSize: 200 });
    requireUnitOf(viewer, code, "The requests for a region's offers");
    const listed = await store.requestsOfRegion(code, statuses ?? null, page);
    if (listed === null) throw afterNotInList();
    return listed;
  },
};
