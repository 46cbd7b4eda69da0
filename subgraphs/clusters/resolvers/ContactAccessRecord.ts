import type { ContactAccessRecordResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../common/errors.js';

export const ContactAccessRecord: ContactAccessRecordResolvers = {
  cluster: ({ clusterId }, _, { store }) => mustExist(store.clusterById.load(clusterId), `Cluster ${clusterId}`),
};
