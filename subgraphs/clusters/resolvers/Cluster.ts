import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden, notFound } from '../../common/errors.js';
import { canReadOfficers, isClusterPartner } from '../access.js';
import type { ClustersContext } from '../context.js';
import type { ClusterParent } from '../store.js';

/** Municipalities come from the gateway (@requires); without them no municipality is a partner. */
function requirePartner(cluster: ClusterParent, context: ClustersContext, what: string): void {
  const municipalityCodes = (cluster.municipalities ?? []).map(({ code }) => code);
  if (!isClusterPartner(context.viewer, { id: cluster.id, regionCode: cluster.regionCode, municipalityCodes })) {
    throw forbidden(`A cluster's ${what} are shown to KiAP, its members, its region's quality unit and its municipalities`);
  }
}

function requireOfficerAccess({ viewer }: ClustersContext): void {
  if (!canReadOfficers(viewer))
    throw forbidden("A cluster's officers are shown only to logged-in KiAP, region, municipality and cluster users");
}

export const Cluster: ClusterResolvers = {
  __resolveReference: async (reference, { store }) => {
    const row = await store.clusterById.load(reference.id);
    return row && { ...row, municipalities: reference.municipalities };
  },
  region: ({ regionCode }) => ({ code: regionCode }),
  practices: (cluster, _, context) => {
    requirePartner(cluster, context, 'practices');
    return context.store.practicesByCluster.load(cluster.id);
  },
  doctorCount: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.doctorCount, 0),
  listedPatients: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.listedPatients, 0),
  officers: ({ id }, _, context) => {
    requireOfficerAccess(context);
    return context.store.officersByCluster.load(id);
  },
  coordinator: async ({ id, name }, _, context) => {
    requireOfficerAccess(context);
    const [first] = await context.store.officersByCluster.load(id);
    if (first?.role !== 'COORDINATOR') throw notFound(`${name} has no coordinator registered`);
    return first;
  },
  meetings: (cluster, _, context) => {
    requirePartner(cluster, context, 'meetings');
    return context.store.meetingsByCluster.load(cluster.id);
  },
};
