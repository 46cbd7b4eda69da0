import type { Viewer } from '../common/viewer.js';
import type { MunicipalitiesStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface MunicipalitiesContext {
  viewer: Viewer;
  store: MunicipalitiesStore;
}
