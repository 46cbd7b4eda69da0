import type { ClusterMeetingResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../common/errors.js';
import { isClusterPartner } from '../access.js';

export const ClusterMeeting: ClusterMeetingResolvers = {
  // Reached by reference, a meeting is shown to the same partners as Cluster.meetings, else null.
  __resolveReference: async ({ id }, { viewer, store }) => {
    const meeting = await store.meetingById.load(id);
    if (!meeting) return null;
    const cluster = await store.clusterById.load(meeting.clusterId);
    const municipalityCodes = (await store.municipalityCodesByCluster.load(meeting.clusterId)).map((m) => m.municipalityCode);
    return cluster && isClusterPartner(viewer, { id: cluster.id, regionCode: cluster.regionCode, municipalityCodes }) ? meeting : null;
  },
  cluster: ({ clusterId }, _, { store }) => mustExist(store.clusterById.load(clusterId), `Cluster ${clusterId}`),
  package: ({ packageId }, _, { store }) => (packageId === null ? null : store.packageById.load(packageId)),
};
