import type { GraphQLResolveInfo } from 'graphql';
import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { canReadFunds, canReadOfficerContacts, canReadOfficers, canSeeClusterWork, canSeeOrder, isClusterPartner } from '../access.js';
import { expectedPaymentOre, fundsPaidOn, registerYearOf } from '../register-year.js';
import type { ClustersContext } from '../context.js';
import type { ClusterParent } from '../store.js';

/*
 * Each refusal names the field it refuses (`info`): asked for a list of clusters, it comes
 * once per cluster, and graphql-js would otherwise wrap each in a second error with a stack.
 */

/** Municipalities come from the gateway (@requires); without them no municipality is a partner. */
function requirePartner(cluster: ClusterParent, context: ClustersContext, what: string, info: GraphQLResolveInfo): void {
  const municipalityCodes = (cluster.municipalities ?? []).map(({ code }) => code);
  if (!isClusterPartner(context.viewer, { id: cluster.id, regionCode: cluster.regionCode, municipalityCodes })) {
    throw forbidden(`A cluster's ${what} are shown to KiAP, its members, its region's quality unit and its municipalities`, info);
  }
}

/** The cluster's own people: its members and KiAP (members' names, the register's history). */
function requireOwnMembers(clusterId: string, { viewer }: ClustersContext, what: string, info: GraphQLResolveInfo): void {
  if (!canReadOfficerContacts(viewer, clusterId)) throw forbidden(`A cluster's ${what} are shown only to its own members and KiAP`, info);
}

function requireOfficerAccess({ viewer }: ClustersContext, info: GraphQLResolveInfo): void {
  if (!canReadOfficers(viewer))
    throw forbidden("A cluster's officers are shown only to logged-in KiAP, region, municipality and cluster users", info);
}

export const Cluster: ClusterResolvers = {
  __resolveReference: async (reference, { store }) => {
    const row = await store.clusterById.load(reference.id);
    return row && { ...row, municipalities: reference.municipalities };
  },
  region: ({ regionCode }) => ({ code: regionCode }),
  practices: (cluster, _, context, info) => {
    requirePartner(cluster, context, 'practices', info);
    return context.store.practicesByCluster.load(cluster.id);
  },
  doctorCount: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.doctorCount, 0),
  listedPatients: async ({ id }, _, { store }) =>
    (await store.practicesByCluster.load(id)).reduce((sum, practice) => sum + practice.listedPatients, 0),
  officers: ({ id }, _, context, info) => {
    requireOfficerAccess(context, info);
    return context.store.officersByCluster.load(id);
  },
  coordinator: async ({ id, name }, _, context, info) => {
    requireOfficerAccess(context, info);
    const [first] = await context.store.officersByCluster.load(id);
    if (first?.role !== 'COORDINATOR') throw notFound(`${name} has no coordinator registered`);
    return first;
  },
  meetings: (cluster, _, context, info) => {
    requirePartner(cluster, context, 'meetings', info);
    return context.store.meetingsByCluster.load(cluster.id);
  },
  members: ({ id }, _, context, info) => {
    requireOwnMembers(id, context, 'members', info);
    return context.store.membersByCluster.load(id);
  },
  registerHistory: ({ id }, _, context, info) => {
    requireOwnMembers(id, context, 'register history', info);
    return context.store.registerEventsByCluster.load(id);
  },
  handovers: ({ id }, _, context, info) => {
    requireOwnMembers(id, context, 'handovers', info);
    return context.store.handoversByCluster.load(id);
  },
  contactReads: async ({ id }, { excludeOwnMembers, first, after }, context, info) => {
    requireOwnMembers(id, context, 'reads of contact details', info);
    // Only the cluster's own members read its details with a cluster role (access.ts).
    const filter = { clusterId: id, excludeReaderRole: excludeOwnMembers ? 'cluster' : undefined };
    const listed = await context.store.contactAccessLog(filter, pageOf({ first, after }, { maxSize: 100 }));
    if (listed === null) throw afterNotInList();
    return listed;
  },
  registerVersion: (cluster, { year }, context, info) => {
    requirePartner(cluster, context, 'registers', info);
    return context.store.registerVersions.load(`${cluster.id}:${year}`);
  },
  funds: async ({ id, regionCode }, { year }, { viewer, store }, info) => {
    if (!canReadFunds(viewer, { id, regionCode }))
      throw forbidden("A cluster's funds are shown to its coordinator and board, its region's unit and KiAP", info);
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
  questionnaireRounds: ({ id, regionCode }, _, { viewer, store }, info) => {
    if (!canSeeClusterWork(viewer, { id, regionCode }))
      throw forbidden("A cluster's questionnaires are shown to the cluster, its region's unit and KiAP", info);
    return store.roundsByCluster.load(id);
  },
};
