import type { Viewer } from '../common/viewer.js';
import type { RegisterWorkflow } from './register.js';
import type { ClustersStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface ClustersContext {
  viewer: Viewer;
  store: ClustersStore;
  register: RegisterWorkflow;
}
