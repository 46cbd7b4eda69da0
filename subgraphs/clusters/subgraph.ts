import { scalarResolvers } from '../common/scalars.js';
import { defineSubgraph } from '../common/subgraph.js';
import type { ClustersContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { createRegisterWorkflow } from './register.js';
import { createClustersStore } from './store.js';

export const clustersSubgraph = defineSubgraph<ClustersContext>({
  name: 'clusters',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'DateTime', 'EmailAddress', 'PhoneNumber', 'NonNegativeInt', 'PositiveInt') },
  createContext: ({ viewer, db, sql }) => ({ viewer, store: createClustersStore(db, sql), register: createRegisterWorkflow(db) }),
});
