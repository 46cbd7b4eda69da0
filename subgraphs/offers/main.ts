import { runSubgraph } from '../common/run.js';
import { offersSubgraph } from './subgraph.js';

await runSubgraph(offersSubgraph);
