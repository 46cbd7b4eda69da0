import type { OfferRequestResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';

export const OfferRequest: OfferRequestResolvers = {
  offer: ({ offerId }, _, { store }) => mustExist(store.offerById.load(offerId), `Offer ${offerId}`),
  cluster: ({ clusterId }) => ({ id: clusterId }),
  packageOrder: ({ packageOrderId }) => (packageOrderId ? { id: packageOrderId } : null),
};
