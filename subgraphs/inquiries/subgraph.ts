import { scalarResolvers } from '../../platform/scalars.js';
import { defineSubgraph } from '../../platform/subgraph.js';
import type { InquiriesContext } from './context.js';
import { createInquirySubmission } from './inquiry-submission.js';
import { createInquiryTriage } from './inquiry-triage.js';
import { createNewsletter } from './newsletter.js';
import { resolvers } from './resolvers/index.js';
import { createInquiriesStore } from './store.js';

export const inquiriesSubgraph = defineSubgraph<InquiriesContext>({
  name: 'inquiries',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'DateTime', 'NonNegativeInt') },
  createContext: ({ viewer, db }) => ({
    viewer,
    store: createInquiriesStore(db),
    submission: createInquirySubmission(db),
    triage: createInquiryTriage(db),
    newsletter: createNewsletter(db),
  }),
});
