import { scalarResolvers } from '../../platform/scalars.js';
import { defineSubgraph } from '../../platform/subgraph.js';
import type { OffersContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { createOffersStore } from './store.js';
import { createOfferPublishingWorkflow } from './offer-publishing.js';
import { createOfferRequestsWorkflow } from './offer-requests.js';

export const offersSubgraph = defineSubgraph<OffersContext>({
  name: 'offers',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'DateTime', 'EmailAddress', 'NonNegativeInt', 'PositiveInt') },
  createContext: ({ viewer, db }) => ({
    viewer,
    store: createOffersStore(db),
    publishing: createOfferPublishingWorkflow(db),
    requests: createOfferRequestsWorkflow(db),
  }),
});
