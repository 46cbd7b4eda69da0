import type { PackageOrderResolvers } from '../__generated__/resolvers-types.js';
import { canSeeClusterWork } from '../access.js';

/**
 * The meeting booked for a cluster's order. The order is the clusters subgraph's; the
 * gateway sends its cluster and invited municipality along, and a booking is shown for the
 * order only when both match it, so nobody can attach a meeting to another cluster's order.
 */
export const PackageOrder: PackageOrderResolvers = {
  __resolveReference: (reference) => reference,
  booking: async ({ id, cluster, invitedMunicipality }, _, { viewer, store }) => {
    const booking = (await store.liveBookingsByOrder.load(id)).find(
      (candidate) => candidate.clusterId === cluster?.id && candidate.municipalityCode === invitedMunicipality?.code,
    );
    return booking && canSeeClusterWork(viewer, booking) ? booking : null;
  },
};
