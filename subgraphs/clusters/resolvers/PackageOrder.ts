import type { PackageOrderResolvers } from '../__generated__/resolvers-types.js';
import { canReadCallNote, canReadPracticeSteps, canSeeOrder } from '../access.js';
import { followUpWindow } from '../package-order-rules.js';
import type { OrderRow } from '../package-store.js';
import type { Viewer } from '../../../platform/viewer.js';

/** The order, if the caller may see it: a municipality sees the orders that invite it, not every order of a chain. */
function visible(viewer: Viewer, order: OrderRow | null): OrderRow | null {
  return order && canSeeOrder(viewer, order) ? order : null;
}

/** An order's fields; whether the caller sees the order at all is decided where it is loaded (access.ts). */
export const PackageOrder: PackageOrderResolvers = {
  __resolveReference: async ({ id }, { store, viewer }) => {
    const order = await store.orderById.load(id);
    return order && canSeeOrder(viewer, order) ? order : null;
  },
  cluster: async ({ clusterId }, _, { store }) => (await store.clusterById.load(clusterId))!,
  package: async ({ packageId }, _, { store }) => (await store.packageById.load(packageId))!,
  invitedMunicipality: ({ municipalityCode }) => (municipalityCode ? { code: municipalityCode } : null),
  handledBy: ({ packageRegionCode }) => ({
    kiap: packageRegionCode === null,
    region: packageRegionCode ? { code: packageRegionCode } : null,
  }),
  followUpOf: async ({ followUpOf }, _, { store, viewer }) => visible(viewer, followUpOf ? await store.orderById.load(followUpOf) : null),
  followUpOrder: async ({ id }, _, { store, viewer }) => visible(viewer, await store.followUpOrders.load(id)),
  callNote: (order, _, { viewer }) => (canReadCallNote(viewer, order) ? order.callNote : null),
  participants: ({ id }, _, { store }) => store.participantsByOrder.load(id),
  questionnaireRound: ({ id }, _, { store }) => store.roundByOrder.load(id),
  practiceSteps: ({ id, clusterId }, _, { store, viewer }) =>
    canReadPracticeSteps(viewer, clusterId) ? store.stepsByOrder.load(id) : null,
  followUp: async ({ id, heldOn }, _, { store, today }) =>
    heldOn ? followUpWindow(heldOn, today(), (await store.followUpOrders.load(id)) !== null) : null,
};
