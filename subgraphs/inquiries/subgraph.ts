import { scalarResolvers } from '../../platform/scalars.js';
import { defineSubgraph } from '../../platform/subgraph.js';
import type { InquiriesContext } from './context.js';
import { createInquirySubmissionWorkflow } from './inquiry-submission.js';
import { createInquiryTriageWorkflow } from './inquiry-triage.js';
import { createNewsletterWorkflow } from './newsletter.js';
import { resolvers } from './resolvers/index.js';
import { createInquiriesStore } from './store.js';

export const inquiriesSubgraph = defineSubgraph<InquiriesContext>({
  name: 'inquiries',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'DateTime', 'NonNegativeInt') },
  createContext: ({ viewer, db }) => ({
    viewer,
    store: createInquiriesStore(db),
    submission: createInquirySubmissionWorkflow(db),
    triage: createInquiryTriageWorkflow(db),
    newsletter: createNewsletterWorkflow(db),
  }),
});
