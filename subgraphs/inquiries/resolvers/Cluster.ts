import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf, pageOfRowsBy } from '../../../platform/paging.js';
import { canSeeClusterInquiries, clusterReceives } from '../access.js';

export const Cluster: ClusterResolvers = {
  // The gateway sends the cluster's region along (@requires), so nothing is looked up here.
  __resolveReference: (reference) => reference,
  forwardedInquiries: async ({ id, region }, args, { viewer, store }) => {
    const page = pageOf(args, { maxSize: 200 });
    if (!region || !canSeeClusterInquiries(viewer, { id, regionCode: region.code })) {
      throw forbidden("The inquiries forwarded to a cluster are for its members, its region's unit and KiAP");
    }
    const forwards = await store.forwardsByCluster.load(id);
    const inquiries = await Promise.all(forwards.map((f) => store.inquiryById.load(f.inquiryId)));
    const received = forwards.filter((_, i) => inquiries[i] && clusterReceives({ id, regionCode: region.code }, inquiries[i], [id]));
    const listed = pageOfRowsBy(received, page, (forward) => forward.inquiryId);
    if (listed === null) throw afterNotInList();
    return listed;
  },
};
