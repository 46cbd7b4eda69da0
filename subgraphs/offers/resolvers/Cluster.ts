import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { canSeeClusterRequests, canSeeNamedOffersOf } from '../access.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  regionalOffers: async ({ id, region }, { kinds, ...args }, { viewer, store }) => {
    const page = pageOf(args, { maxSize: 200 });
    if (!region) return [];
    const listed = await store.currentOffers.load({
      regionCode: region.code,
      clusterId: id,
      withNamedOffers: canSeeNamedOffersOf(viewer, { id, regionCode: region.code }),
      kinds: kinds ?? null,
      page,
    });
    if (listed === null) throw afterNotInList();
    return listed;
  },
  offerRequests: ({ id, region }, _, { viewer, store }) => {
    if (!canSeeClusterRequests(viewer, { id, regionCode: region?.code })) {
      throw forbidden("A cluster's offer requests are shown to its members, its region's unit and KiAP");
    }
    return store.requestsByCluster.load(id);
  },
};
