import type { ClusterMeetingResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';

export const ClusterMeeting: ClusterMeetingResolvers = {
  cluster: ({ clusterId }, _, { store }) => mustExist(store.clusterById.load(clusterId), `Cluster ${clusterId}`),
  package: ({ packageId }, _, { store }) => (packageId === null ? null : store.packageById.load(packageId)),
};
