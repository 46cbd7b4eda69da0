import type { Viewer } from '../common/viewer.js';
import type { InquiriesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface InquiriesContext {
  viewer: Viewer;
  store: InquiriesStore;
}
