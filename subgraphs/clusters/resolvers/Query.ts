import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput, forbidden } from '../../common/errors.js';
import { canReadContactAccessLog } from '../access.js';

export const Query: QueryResolvers = {
  clusters: (_, { regionCode }, { store }) => store.listClusters(regionCode ?? undefined),
  cluster: (_, { id }, { store }) => store.clusterById.load(id),
  clusterPackages: (_, { municipalOnly }, { store }) => store.listPackages(municipalOnly ?? false),
  clusterPackage: (_, { id }, { store }) => store.packageById.load(id),
  contactAccessLog: (_, { clusterId, first }, { viewer, store }) => {
    if (!canReadContactAccessLog(viewer)) throw forbidden('Only KiAP may read the record of contact reads');
    const limit = first ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw badUserInput('first must be between 1 and 1000', { argument: 'first' });
    return store.contactAccessLog({ clusterId: clusterId ?? undefined, first: limit });
  },
};
