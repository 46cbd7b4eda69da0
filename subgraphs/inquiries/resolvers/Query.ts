import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput, forbidden } from '../../../platform/errors.js';
import { inquiryListScope, readsNewsletter, requireKiap, visibleInquiry } from '../access.js';

const MAX_LISTED = 500;

export const Query: QueryResolvers = {
  inquiries: async (_, { statuses, first }, { viewer, store }) => {
    const limit = first ?? 100;
    if (limit < 1 || limit > MAX_LISTED)
      throw badUserInput(`first must be 1 to ${MAX_LISTED}`, [{ path: 'first', message: `must be 1 to ${MAX_LISTED}` }]);
    const scope = inquiryListScope(viewer);
    if (scope === null)
      throw forbidden('Inquiries are for KiAP, the regional units, the parties that sent them and the clusters they reach');
    return store.inquiriesIn(scope, statuses ?? null, limit);
  },
  inquiry: (_, { id }, { viewer, store }) => visibleInquiry(viewer, store, id),
  newsletterDraft: async (_, __, { viewer, store }) => {
    requireKiap(viewer, "prepares KiAP's newsletter");
    return { row: null, inquiries: await store.pendingNewsletterInquiries() };
  },
  newsletterSections: (_, __, { viewer, store }) => {
    if (!readsNewsletter(viewer)) throw forbidden("KiAP's newsletter is for KiAP and the clusters' coordinators and board members");
    return store.sentNewsletterSections();
  },
};
