import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';
import type { ClustersStore } from '../store.js';

const orderOf = (store: ClustersStore, id: string) => mustExist(store.orderById.load(id), `Package order ${id}`);
const roundOf = (store: ClustersStore, id: string) => mustExist(store.roundById.load(id), `Questionnaire round ${id}`);
const packageOf = (store: ClustersStore, id: string) => mustExist(store.packageById.load(id), `Package ${id}`);

const clusterOf = (store: ClustersStore, id: string) => mustExist(store.clusterById.load(id), `Cluster ${id}`);

/** Thin: arguments in, a workflow decides, the payload out. */
export const Mutation: MutationResolvers = {
  addPractice: async (_, { input }, { viewer, register, store }) => ({
    practice: await register.addPractice(viewer, input),
    cluster: await clusterOf(store, input.clusterId),
  }),
  updatePractice: async (_, { input }, { viewer, register, store }) => ({
    practice: await register.updatePractice(viewer, input),
    cluster: await clusterOf(store, input.clusterId),
  }),
  removePractice: async (_, { input }, { viewer, register, store }) => ({
    departure: await register.removePractice(viewer, input),
    cluster: await clusterOf(store, input.clusterId),
  }),
  addMember: async (_, { input }, { viewer, register, store }) => ({
    member: await register.addMember(viewer, input),
    cluster: await clusterOf(store, input.clusterId),
  }),
  removeMember: async (_, { input }, { viewer, register, store }) => {
    await register.removeMember(viewer, input.clusterId, input.memberId);
    return { cluster: await clusterOf(store, input.clusterId) };
  },
  registerOfficer: async (_, { input }, { viewer, register, store }) => ({
    officer: await register.registerOfficer(viewer, input),
    cluster: await clusterOf(store, input.clusterId),
  }),
  removeOfficer: async (_, { input }, { viewer, register, store }) => {
    await register.removeOfficer(viewer, input.clusterId, input.officerId);
    return { cluster: await clusterOf(store, input.clusterId) };
  },
  offerCoordinatorHandover: async (_, { input }, { viewer, register, store }) => {
    const handover = await register.offerHandover(viewer, input.clusterId, input.toMemberId);
    return { handover, cluster: await clusterOf(store, handover.clusterId) };
  },
  acceptCoordinatorHandover: async (_, { input }, { viewer, register, store }) => {
    const handover = await register.acceptHandover(viewer, input.handoverId, input.phone);
    return { handover, cluster: await clusterOf(store, handover.clusterId) };
  },
  cancelCoordinatorHandover: async (_, { input }, { viewer, register, store }) => {
    const handover = await register.cancelHandover(viewer, input.handoverId);
    return { handover, cluster: await clusterOf(store, handover.clusterId) };
  },
  confirmClusterRegister: async (_, { input }, { viewer, register, store }) => ({
    version: await register.confirm(viewer, input.clusterId),
    cluster: await clusterOf(store, input.clusterId),
  }),
  setClusterFundRate: async (_, { input }, { viewer, register }) => ({
    rate: await register.setFundRate(viewer, input.year, input.dkkPerPatient),
  }),
  addClusterPackage: async (_, { input }, { viewer, catalogue, store }) => ({
    package: await packageOf(store, await catalogue.add(viewer, input)),
  }),
  updateClusterPackage: async (_, { input }, { viewer, catalogue, store }) => ({
    package: await packageOf(store, await catalogue.update(viewer, input)),
  }),
  saveQuestionnaireTemplate: async (_, { input }, { viewer, catalogue, store }) => ({
    package: await packageOf(store, await catalogue.saveTemplate(viewer, input)),
  }),
  orderClusterPackage: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.order(viewer, input)),
  }),
  updatePackageOrder: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.update(viewer, input)),
  }),
  addMeetingParticipant: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.addParticipant(viewer, input)),
  }),
  removeMeetingParticipant: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.removeParticipant(viewer, input.orderId, input.participantId)),
  }),
  recordPackageOutcome: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.recordOutcome(viewer, input)),
  }),
  closePackageOrder: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.close(viewer, input.orderId)),
  }),
  cancelPackageOrder: async (_, { input }, { viewer, orders, store }) => ({
    order: await orderOf(store, await orders.cancel(viewer, input.orderId, input.reason)),
  }),
  answerQuestionnaire: async (_, { input }, { viewer, questionnaires, store }) => ({
    round: await roundOf(store, await questionnaires.answer(viewer, input)),
  }),
  openClusterQuestionnaire: async (_, { input }, { viewer, questionnaires, store }) => ({
    round: await roundOf(store, await questionnaires.openOwn(viewer, input)),
  }),
  closeQuestionnaireRound: async (_, { input }, { viewer, questionnaires, store }) => ({
    round: await roundOf(store, await questionnaires.close(viewer, input.roundId)),
  }),
};
