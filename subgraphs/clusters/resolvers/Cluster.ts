import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { notFound } from '../../common/errors.js';

export const Cluster: ClusterResolvers = {
  __resolveReference: ({ id }, { store }) => store.clusterById.load(id),
  region: ({ regionCode }) => ({ code: regionCode }),
  municipalities: async ({ id }, _, { store }) =>
    (await store.municipalityCodesByCluster.load(id)).map(({ municipalityCode }) => ({ code: municipalityCode })),
  practices: ({ id }, _, { store }) => store.practicesByCluster.load(id),
  doctorCount: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.doctorCount, 0),
  listedPatients: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.listedPatients, 0),
  officers: ({ id }, _, { store }) => store.officersByCluster.load(id),
  coordinator: async ({ id, name }, _, { store }) => {
    const [first] = await store.officersByCluster.load(id);
    if (first?.role !== 'COORDINATOR') throw notFound(`${name} has no coordinator registered`);
    return first;
  },
  meetings: ({ id }, _, { store }) => store.meetingsByCluster.load(id),
};
