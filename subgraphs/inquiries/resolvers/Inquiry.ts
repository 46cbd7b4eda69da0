import type { InquiryResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';
import {
  clusterMayAnswer,
  requireForwardingClusterOrTriage,
  requireTriage,
  requireTriageOrParty,
  viewersCluster,
  visibleInquiry,
} from '../access.js';

export const Inquiry: InquiryResolvers = {
  __resolveReference: ({ id }, { viewer, store }) => visibleInquiry(viewer, store, id),
  party: ({ partyId }, _, { store }) => mustExist(store.partyById.load(partyId), `External party ${partyId}`),
  region: ({ reachRegionCode }) => (reachRegionCode === null ? null : { code: reachRegionCode }),
  municipalities: ({ reachMunicipalityCodes }) => [...reachMunicipalityCodes].sort().map((code) => ({ code })),
  forwardedBy: (inquiry, _, { viewer }) => {
    if (inquiry.forwardedByClusterId === null) return null;
    requireForwardingClusterOrTriage(viewer, inquiry);
    return { id: inquiry.forwardedByClusterId };
  },
  forwardedToRegion: ({ forwardedToRegionCode }) => (forwardedToRegionCode === null ? null : { code: forwardedToRegionCode }),
  assessment: (inquiry, _, { viewer, store }) => {
    requireTriage(viewer, inquiry, 'The assessment');
    return store.assessmentByInquiry.load(inquiry.id);
  },
  informationRequests: (inquiry, _, { viewer, store }) => {
    requireTriageOrParty(viewer, inquiry, 'The exchange of information');
    return store.informationRequestsByInquiry.load(inquiry.id);
  },
  decision: (inquiry) => (inquiry.status === 'DECIDED' ? inquiry : null),
  forwards: (inquiry, _, { viewer, store }) => {
    requireTriage(viewer, inquiry, 'The list of clusters an inquiry was forwarded to');
    return store.forwardsByInquiry.load(inquiry.id);
  },
  interestedClusterCount: async (inquiry, _, { viewer, store }) => {
    requireTriageOrParty(viewer, inquiry, 'The number of interested clusters');
    return (await store.forwardsByInquiry.load(inquiry.id)).filter((f) => f.answer === 'INTERESTED').length;
  },
  viewerClusterAnswer: async (inquiry, _, { viewer, store }) => {
    const cluster = viewersCluster(viewer);
    if (!cluster) return null;
    // One read per request for the inquiries a page lists.
    const forward = await store.forward.load({ inquiryId: inquiry.id, clusterId: cluster.id });
    return forward && clusterMayAnswer(cluster, inquiry, [forward.clusterId]) ? forward.answer : null;
  },
  history: (inquiry, _, { viewer, store }) => {
    requireTriage(viewer, inquiry, 'The history');
    return store.eventsByInquiry.load(inquiry.id);
  },
};
