import { runSubgraph } from '../../platform/run.js';
import { offersSubgraph } from './subgraph.js';

await runSubgraph(offersSubgraph);
