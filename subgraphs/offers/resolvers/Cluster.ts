import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf, pageOfRows } from '../../../platform/paging.js';
import { canSeeClusterRequests, canSeeNamedOffersOf } from '../access.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  regionalOffers: async ({ id, region }, args, { viewer, store }) => {
    const page = pageOf(args, { maxSize: 200 });
    if (!region) return [];
    const offers = await store.currentOffersByRegion.load(region.code);
    let forThisCluster = new Set<string>();
    if (canSeeNamedOffersOf(viewer, { id, regionCode: region.code })) {
      const named = await Promise.all(
        offers
          .filter((o) => o.audience === 'NAMED_CLUSTERS')
          .map(async (o) => [o.id, await store.namedClustersByOffer.load(o.id)] as const),
      );
      forThisCluster = new Set(named.filter(([, clusters]) => clusters.some((c) => c.clusterId === id)).map(([offerId]) => offerId));
    }
    const kinds = args.kinds ? new Set(args.kinds) : null;
    const listed = pageOfRows(
      offers.filter((o) => o.audience === 'ALL_CLUSTERS_IN_REGION' || forThisCluster.has(o.id)),
      page,
      (o) => kinds === null || kinds.has(o.kind),
    );
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
