import type { Viewer } from '../../platform/viewer.js';
import type { OfferPublishingWorkflow } from './offer-publishing.js';
import type { OfferRequestsWorkflow } from './offer-requests.js';
import type { OffersStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface OffersContext {
  viewer: Viewer;
  store: OffersStore;
  publishing: OfferPublishingWorkflow;
  requests: OfferRequestsWorkflow;
}
