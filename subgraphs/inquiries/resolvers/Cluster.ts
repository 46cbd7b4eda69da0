import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { canSeeClusterInquiries } from '../access.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  forwardedInquiries: async ({ id, region }, args, { viewer, store }) => {
    const page = pageOf(args, { maxSize: 200 });
    if (!region || !canSeeClusterInquiries(viewer, { id, regionCode: region.code })) {
      throw forbidden("The inquiries forwarded to a cluster are for its members, its region's unit and KiAP");
    }
    const listed = await store.receivedForwards.load({ clusterId: id, regionCode: region.code, page });
    if (listed === null) throw afterNotInList();
    return listed;
  },
};
