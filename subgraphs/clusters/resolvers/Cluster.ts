import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { canReadFunds, canReadOfficerContacts, canReadOfficers, canSeeClusterWork, canSeeOrder, isClusterPartner } from '../access.js';
import { expectedPaymentOre, fundsPaidOn, registerYearOf } from '../register-year.js';
import type { ClustersContext } from '../context.js';
import type { ClusterParent } from '../store.js';

/** Municipalities come from the gateway (@requires); without them no municipality is a partner. */
function requirePartner(cluster: ClusterParent, context: ClustersContext, what: string): void {
  const municipalityCodes = (cluster.municipalities ?? []).map(({ code }) => code);
  if (!isClusterPartner(context.viewer, { id: cluster.id, regionCode: cluster.regionCode, municipalityCodes })) {
    throw forbidden(`A cluster's ${what} are shown to KiAP, its members, its region's quality unit and its municipalities`);
  }
}

/** The cluster's own people: its members and KiAP (members' names, the register's history). */
function requireOwnMembers(clusterId: string, { viewer }: ClustersContext, what: string): void {
  if (!canReadOfficerContacts(viewer, clusterId)) throw forbidden(`A cluster's ${what} are shown only to its own members and KiAP`);
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
  members: ({ id }, _, context) => {
    requireOwnMembers(id, context, 'members');
    return context.store.membersByCluster.load(id);
  },
  registerHistory: ({ id }, _, context) => {
    requireOwnMembers(id, context, 'register history');
    return context.store.registerEventsByCluster.load(id);
  },
  handovers: ({ id }, _, context) => {
    requireOwnMembers(id, context, 'handovers');
    return context.store.handoversByCluster.load(id);
  },
  registerVersion: (cluster, { year }, context) => {
    requirePartner(cluster, context, 'registers');
    return context.store.registerVersions.load(`${cluster.id}:${year}`);
  },
  funds: async ({ id, regionCode }, { year }, { viewer, store }) => {
    if (!canReadFunds(viewer, { id, regionCode }))
      throw forbidden("A cluster's funds are shown to its coordinator and board, its region's unit and KiAP");
    const forYear = year ?? registerYearOf(new Date());
    const [version, rates] = await Promise.all([store.registerVersions.load(`${id}:${forYear}`), store.fundRates()]);
    const rate = rates.find((r) => r.year === forYear)?.dkkPerPatient ?? null;
    const listedPatients = version ? version.practices.reduce((sum, p) => sum + p.listedPatients, 0) : null;
    return {
      year: forYear,
      paidOn: fundsPaidOn(forYear),
      dkkPerPatient: rate === null ? null : Number(rate),
      listedPatients,
      expectedPaymentDkk: rate === null || listedPatients === null ? null : expectedPaymentOre(listedPatients, rate) / 100,
    };
  },
  packageOrders: async ({ id }, _, { viewer, store }) =>
    (await store.ordersByCluster.load(id)).filter((order) => canSeeOrder(viewer, order)),
  questionnaireRounds: ({ id, regionCode }, _, { viewer, store }) => {
    if (!canSeeClusterWork(viewer, { id, regionCode }))
      throw forbidden("A cluster's questionnaires are shown to the cluster, its region's unit and KiAP");
    return store.roundsByCluster.load(id);
  },
};
