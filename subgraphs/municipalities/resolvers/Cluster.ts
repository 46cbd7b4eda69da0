import type { ClusterResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput, forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf, pageOfRows } from '../../../platform/paging.js';
import { canReadMunicipalOffers, clusterWorkScope } from '../access.js';
import { isMonth } from '../months.js';

export const Cluster: ClusterResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  municipalities: async ({ id }, _, { store }) => (await store.municipalitiesByCluster.load(id)).map(({ municipality }) => municipality),
  municipalOffers: async ({ id }, _, { viewer, store }) => {
    if (!canReadMunicipalOffers(viewer)) throw forbidden('Municipal offers are shown to logged-in users');
    return (await store.currentOffersByCluster.load(id)).map(({ offer }) => offer).filter((offer) => offer.retiredAt === null);
  },
  packageBookings: async ({ id }, { statuses, ...args }, { viewer, store }) => {
    const page = pageOf(args, { maxSize: 200 });
    const scope = clusterWorkScope(viewer, id);
    const visible = (await store.bookingsByCluster.load(id)).filter((b) => 'all' in scope || b.municipalityCode === scope.municipalityCode);
    // The booking paged after may have left the status filter since the page before.
    const listed = pageOfRows(visible, page, (b) => !statuses || statuses.includes(b.status));
    if (listed === null) throw afterNotInList();
    return listed;
  },
  referralCounts: async ({ id }, { fromMonth, toMonth }, { viewer, store }) => {
    const scope = clusterWorkScope(viewer, id);
    for (const [name, value] of [
      ['fromMonth', fromMonth],
      ['toMonth', toMonth],
    ] as const) {
      if (value != null && !isMonth(value))
        throw badUserInput(`${name} must be a month written YYYY-MM`, [{ path: name, message: 'must be a month written YYYY-MM' }]);
    }
    return (await store.referralCountsByCluster.load(id)).filter(
      (c) =>
        ('all' in scope || c.municipalityCode === scope.municipalityCode) &&
        (fromMonth == null || c.month.slice(0, 7) >= fromMonth) &&
        (toMonth == null || c.month.slice(0, 7) <= toMonth),
    );
  },
};
