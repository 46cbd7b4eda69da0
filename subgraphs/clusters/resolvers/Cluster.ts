import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden, notFound } from '../../common/errors.js';
import { canReadOfficers, isClusterPartner } from '../access.js';
import type { ClustersContext } from '../context.js';
import type { ClusterRow } from '../store.js';

async function municipalityCodes({ id }: ClusterRow, { store }: ClustersContext): Promise<string[]> {
  return (await store.municipalityCodesByCluster.load(id)).map(({ municipalityCode }) => municipalityCode);
}

async function requirePartner(cluster: ClusterRow, context: ClustersContext, what: string): Promise<void> {
  const scope = { id: cluster.id, regionCode: cluster.regionCode, municipalityCodes: await municipalityCodes(cluster, context) };
  if (!isClusterPartner(context.viewer, scope)) {
    throw forbidden(`A cluster's ${what} are shown to KiAP, its members, its region's quality unit and its municipalities`);
  }
}

function requireOfficerAccess({ viewer }: ClustersContext): void {
  if (!canReadOfficers(viewer))
    throw forbidden("A cluster's officers are shown only to logged-in KiAP, region, municipality and cluster users");
}

export const Cluster: ClusterResolvers = {
  __resolveReference: ({ id }, { store }) => store.clusterById.load(id),
  region: ({ regionCode }) => ({ code: regionCode }),
  municipalities: async (cluster, _, context) => (await municipalityCodes(cluster, context)).map((code) => ({ code })),
  practices: async (cluster, _, context) => {
    await requirePartner(cluster, context, 'practices');
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
  meetings: async (cluster, _, context) => {
    await requirePartner(cluster, context, 'meetings');
    return context.store.meetingsByCluster.load(cluster.id);
  },
};
