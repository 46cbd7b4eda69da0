import type { ContactAccessRecordResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';

export const ContactAccessRecord: ContactAccessRecordResolvers = {
  cluster: ({ clusterId }, _, { store }) => mustExist(store.clusterById.load(clusterId), `Cluster ${clusterId}`),
};
