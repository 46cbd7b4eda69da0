import type { PracticeDepartureResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';

export const PracticeDeparture: PracticeDepartureResolvers = {
  cluster: ({ clusterId }, _, { store }) => mustExist(store.clusterById.load(clusterId), `Cluster ${clusterId}`),
};
