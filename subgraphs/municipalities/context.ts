import type { Viewer } from '../../platform/viewer.js';
import type { BookingWorkflow } from './bookings.js';
import type { MunicipalOfferWorkflow } from './municipal-offers.js';
import type { ReferralWorkflow } from './referrals.js';
import type { MunicipalitiesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface MunicipalitiesContext {
  viewer: Viewer;
  store: MunicipalitiesStore;
  bookings: BookingWorkflow;
  offers: MunicipalOfferWorkflow;
  referrals: ReferralWorkflow;
}
