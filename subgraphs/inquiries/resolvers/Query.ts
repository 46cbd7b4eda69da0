import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { inquiryListScope, readsNewsletter, requireKiap, visibleInquiry } from '../access.js';

export const Query: QueryResolvers = {
  inquiries: async (_, { statuses, first, after }, { viewer, store }) => {
    const page = pageOf({ first, after }, { maxSize: 500 });
    const scope = inquiryListScope(viewer);
    if (scope === null)
      throw forbidden('Inquiries are for KiAP, the regional units, the parties that sent them and the clusters they reach');
    const listed = await store.inquiriesIn(scope, statuses ?? null, page);
    if (listed === null) throw afterNotInList();
    return listed;
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
