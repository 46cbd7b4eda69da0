import type { InquiryResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../common/errors.js';
import { canReadInquiry } from '../access.js';

export const Inquiry: InquiryResolvers = {
  __resolveReference: async ({ id }, { viewer, store }) => {
    const inquiry = await store.inquiryById.load(id);
    return inquiry && canReadInquiry(viewer, inquiry) ? inquiry : null;
  },
  party: ({ partyId }, _, { store }) => mustExist(store.partyById.load(partyId), `External party ${partyId}`),
  region: ({ reachRegionCode }) => (reachRegionCode === null ? null : { code: reachRegionCode }),
  municipalities: ({ reachMunicipalityCodes }) => [...reachMunicipalityCodes].sort().map((code) => ({ code })),
};
