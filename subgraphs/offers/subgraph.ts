import { scalarResolvers } from '../common/scalars.js';
import { defineSubgraph } from '../common/subgraph.js';
import type { OffersContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { createOffersStore } from './store.js';

export const offersSubgraph = defineSubgraph<OffersContext>({
  name: 'offers',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'EmailAddress', 'PositiveInt') },
  createContext: ({ viewer, db }) => ({ viewer, store: createOffersStore(db) }),
});
