import { runSubgraphs } from '../platform/run.js';
import { SUBGRAPHS } from './index.js';

// All four subgraphs in one process, as `npm start` runs them unless SUBGRAPHS_IN_ONE_PROCESS=false.
await runSubgraphs(Object.values(SUBGRAPHS), 'subgraphs');
