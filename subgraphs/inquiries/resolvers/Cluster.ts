import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { canSeeClusterInquiries, clusterReceives } from '../access.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  forwardedInquiries: async ({ id, region }, _, { viewer, store }) => {
    if (!region || !canSeeClusterInquiries(viewer, { id, regionCode: region.code })) {
      throw forbidden("The inquiries forwarded to a cluster are for its members, its region's unit and KiAP");
    }
    const forwards = await store.forwardsByCluster.load(id);
    const inquiries = await Promise.all(forwards.map((f) => store.inquiryById.load(f.inquiryId)));
    return forwards.filter((_, i) => inquiries[i] && clusterReceives({ id, regionCode: region.code }, inquiries[i], [id]));
  },
};
