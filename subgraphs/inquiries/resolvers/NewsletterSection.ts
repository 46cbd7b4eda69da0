import type { NewsletterSectionResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';
import type { InquiriesContext } from '../context.js';
import { html, plainText, type NewsletterItem } from '../newsletter-text.js';
import type { NewsletterSectionParent } from '../store.js';

const items = (section: NewsletterSectionParent, { store }: InquiriesContext): Promise<NewsletterItem[]> =>
  Promise.all(
    section.inquiries.map(async (inquiry) => ({ inquiry, party: await mustExist(store.partyById.load(inquiry.partyId), 'The party') })),
  );

export const NewsletterSection: NewsletterSectionResolvers = {
  id: ({ row }) => row?.id ?? null,
  number: ({ row }) => row?.number ?? null,
  sentAt: ({ row }) => row?.sentAt ?? null,
  inquiries: ({ inquiries }) => inquiries,
  plainText: async (section, _, context) => plainText(section.row?.number ?? null, await items(section, context)),
  html: async (section, _, context) => html(section.row?.number ?? null, await items(section, context)),
};
