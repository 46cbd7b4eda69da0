import type { ReferralCountResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';
import { dateToMonth } from '../months.js';

export const ReferralCount: ReferralCountResolvers = {
  offer: ({ offerId }, _, { store }) => mustExist(store.offerById.load(offerId), `Offer ${offerId}`),
  cluster: ({ clusterId }) => ({ id: clusterId }),
  month: ({ month }) => dateToMonth(month),
  revisions: async ({ clusterId, offerId, month }, _, { store }) =>
    (await store.revisionsByCluster.load(clusterId)).filter((r) => r.offerId === offerId && r.month === month),
};
