import { scalarResolvers } from '../common/scalars.js';
import { defineSubgraph } from '../common/subgraph.js';
import type { InquiriesContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { createInquiriesStore } from './store.js';

export const inquiriesSubgraph = defineSubgraph<InquiriesContext>({
  name: 'inquiries',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('DateTime') },
  createContext: ({ viewer, db }) => ({ viewer, store: createInquiriesStore(db) }),
});
