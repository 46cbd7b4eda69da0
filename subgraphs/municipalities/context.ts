import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Viewer } from '../../platform/viewer.js';
import type { BookingWorkflow } from './bookings.js';
import type { createMunicipalOfferWorkflow } from './municipal-offers.js';
import type { MunicipalitiesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface MunicipalitiesContext {
  viewer: Viewer;
  store: MunicipalitiesStore;
  bookings: BookingWorkflow;
  offers: ReturnType<typeof createMunicipalOfferWorkflow>;
  db: PostgresJsDatabase;
}
