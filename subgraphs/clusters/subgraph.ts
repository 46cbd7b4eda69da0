import { readEnv, variable } from '../../platform/env.js';
import { scalarResolvers } from '../../platform/scalars.js';
import { defineSubgraph } from '../../platform/subgraph.js';
import type { ClustersContext } from './context.js';
import { createPackageCatalogueWorkflow } from './package-catalogue.js';
import { danishToday } from './package-order-rules.js';
import { createPackageOrdersWorkflow } from './package-orders.js';
import { createQuestionnaireWorkflow } from './questionnaires.js';
import { resolvers } from './resolvers/index.js';
import { createRegisterWorkflow } from './register.js';
import { createClustersStore } from './store.js';

/** Below five respondents a figure could point at someone (KiAP's survey method, seed 004); an operator may raise it. */
const { QUESTIONNAIRE_MIN_GROUP_SIZE: minimumGroupSize } = readEnv(process.env, {
  QUESTIONNAIRE_MIN_GROUP_SIZE: variable.positiveInt.withDefault(5),
});

export const clustersSubgraph = defineSubgraph<ClustersContext>({
  name: 'clusters',
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers: { ...resolvers, ...scalarResolvers('Date', 'DateTime', 'EmailAddress', 'PhoneNumber', 'NonNegativeInt', 'PositiveInt') },
  createContext: ({ viewer, db, sql, keyFor }) => ({
    viewer,
    store: createClustersStore(db, sql),
    register: createRegisterWorkflow(db),
    catalogue: createPackageCatalogueWorkflow(db),
    orders: createPackageOrdersWorkflow(db),
    questionnaires: createQuestionnaireWorkflow(db, { responseKey: keyFor('questionnaire responses') }),
    minimumGroupSize,
    today: () => danishToday(new Date()),
  }),
});
