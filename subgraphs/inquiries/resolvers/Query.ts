import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../common/errors.js';
import { canListAllInquiries, canReadInquiry } from '../access.js';

export const Query: QueryResolvers = {
  inquiries: (_, __, { viewer, store }) => {
    if (!canListAllInquiries(viewer)) throw forbidden('Only KiAP may list all inquiries');
    return store.allInquiries();
  },
  inquiry: async (_, { id }, { viewer, store }) => {
    const inquiry = await store.inquiryById.load(id);
    return inquiry && canReadInquiry(viewer, inquiry) ? inquiry : null;
  },
};
