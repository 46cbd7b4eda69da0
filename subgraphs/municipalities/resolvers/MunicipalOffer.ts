import type { MunicipalOfferResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';
import { canReadMunicipalOffers } from '../access.js';

export const MunicipalOffer: MunicipalOfferResolvers = {
  __resolveReference: async ({ id }, { viewer, store }) => (canReadMunicipalOffers(viewer) ? store.offerById.load(id) : null),
  municipality: ({ municipalityCode }, _, { store }) =>
    mustExist(store.municipalityByCode.load(municipalityCode), `Municipality ${municipalityCode}`),
};
