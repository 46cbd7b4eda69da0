import { scalarResolvers } from '../../platform/scalars.js';
import { defineSubgraph } from '../../platform/subgraph.js';
import type { MunicipalitiesContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { createMunicipalitiesStore } from './store.js';
import { createBookingWorkflow } from './bookings.js';
import { createMunicipalOfferWorkflow } from './municipal-offers.js';
import { createReferralWorkflow } from './referrals.js';

export const municipalitiesSubgraph = defineSubgraph<MunicipalitiesContext>({
  name: 'municipalities',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('DateTime', 'EmailAddress', 'PhoneNumber', 'NonNegativeInt', 'PositiveInt') },
  createContext: ({ viewer, db }) => ({
    viewer,
    store: createMunicipalitiesStore(db),
    bookings: createBookingWorkflow(db),
    offers: createMunicipalOfferWorkflow(db),
    referrals: createReferralWorkflow(db),
  }),
});
