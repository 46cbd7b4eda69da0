import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput, forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { canReadContactAccessLog, canReadDepartures, canSeeOrder, confirmationScope, followUpScope, orderListScope } from '../access.js';
import { followUpWindow } from '../package-order-rules.js';
import { visibleRound } from './QuestionnaireRound.js';
import { registerYearOf } from '../register-year.js';

export const Query: QueryResolvers = {
  clusters: (_, { regionCode }, { store }) => store.listClusters(regionCode ?? undefined),
  cluster: (_, { id }, { store }) => store.clusterById.load(id),
  clusterPackages: (_, { municipalOnly }, { store }) => store.listPackages(municipalOnly ?? false),
  clusterPackage: (_, { id }, { store }) => store.packageById.load(id),
  clustersWithoutConfirmedRegister: (_, { year, regionCode }, { viewer, store }) => {
    const scope = confirmationScope(viewer, regionCode ?? undefined);
    if (!scope) throw forbidden("Which clusters have not confirmed their register is for KiAP and each region's unit");
    const forYear = year ?? registerYearOf(new Date());
    if (!Number.isInteger(forYear) || forYear < 2007 || forYear > 2099)
      throw badUserInput('year must be 2007 to 2099', [{ path: 'year', message: 'must be 2007 to 2099' }]);
    return store.clustersWithoutConfirmedRegister(forYear, scope.regionCode);
  },
  practiceDepartures: (_, { regionCode }, { viewer, store }) => {
    if (!canReadDepartures(viewer, regionCode))
      throw forbidden("Practices leaving a region's clusters are for that region's unit and KiAP");
    return store.practiceDepartures(regionCode);
  },
  clusterFundRates: (_, __, { store }) => store.fundRates(),
  contactAccessLog: async (_, { clusterId, first, after }, { viewer, store }) => {
    if (!canReadContactAccessLog(viewer)) throw forbidden('Only KiAP may read the record of contact reads');
    const listed = await store.contactAccessLog({ clusterId: clusterId ?? undefined }, pageOf({ first, after }, { maxSize: 1000 }));
    if (listed === null) throw afterNotInList();
    return listed;
  },
  packageOrders: async (_, { statuses, regionCode, first, after }, { viewer, store }) => {
    const page = pageOf({ first, after }, { maxSize: 500 });
    const scope = orderListScope(viewer, regionCode ?? undefined);
    if (!scope) return [];
    const listed = await store.listOrders({ ...scope, statuses: statuses ?? undefined }, page);
    if (listed === null) throw afterNotInList();
    return listed;
  },
  packageOrder: async (_, { id }, { viewer, store }) => {
    const order = await store.orderById.load(id);
    return order && canSeeOrder(viewer, order) ? order : null;
  },
  packageFollowUpsDue: async (_, { regionCode }, { viewer, store, today }) => {
    const scope = followUpScope(viewer, regionCode ?? undefined);
    if (!scope) return [];
    const held = await store.heldWithoutFollowUp({ regionCode: scope.regionCode, clusterId: scope.clusterId });
    return held
      .map((order) => ({ order, window: followUpWindow(order.heldOn!, today(), false) }))
      .filter(({ window }) => window.state !== 'NOT_YET_DUE')
      .sort((a, b) => a.window.dueFrom.localeCompare(b.window.dueFrom))
      .map(({ order }) => order);
  },
  questionnaireRound: async (_, { id }, context) => visibleRound(await context.store.roundById.load(id), context),
};
