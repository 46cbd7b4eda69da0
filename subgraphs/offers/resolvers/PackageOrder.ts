import type { PackageOrderResolvers } from '../__generated__/resolvers-types.js';
import { canSeeClusterRequests } from '../access.js';

/**
 * Offers requested for a cluster's package order. The order is the clusters subgraph's; the
 * gateway sends its cluster (and the cluster's region) along, and only that cluster's own
 * requests are shown for it, so naming another cluster's order attaches nothing to it.
 */
export const PackageOrder: PackageOrderResolvers = {
  __resolveReference: (reference) => reference,
  offerRequests: async ({ id, cluster }, _, { viewer, store }) => {
    if (!cluster || !canSeeClusterRequests(viewer, { id: cluster.id, regionCode: cluster.region?.code })) return [];
    return (await store.requestsByPackageOrder.load(id)).filter((request) => request.clusterId === cluster.id);
  },
};
