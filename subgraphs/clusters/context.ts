import type { Viewer } from '../../platform/viewer.js';
import type { PackageCatalogueWorkflow } from './package-catalogue.js';
import type { PackageOrdersWorkflow } from './package-orders.js';
import type { QuestionnaireWorkflow } from './questionnaires.js';
import type { RegisterWorkflow } from './register.js';
import type { ClustersStore } from './store.js';

/** Built once per request, so DataLoaders never share results between callers. */
export interface ClustersContext {
  viewer: Viewer;
  store: ClustersStore;
  register: RegisterWorkflow;
  catalogue: PackageCatalogueWorkflow;
  orders: PackageOrdersWorkflow;
  questionnaires: QuestionnaireWorkflow;
  /** Results figures below this many respondents are hidden (QUESTIONNAIRE_MIN_GROUP_SIZE). */
  minimumGroupSize: number;
  /** Today in Denmark: rounds open and close, follow-ups fall due, by the Danish calendar. */
  today(): string;
}
