import { runSubgraph } from '../../platform/run.js';
import { clustersSubgraph } from './subgraph.js';

await runSubgraph(clustersSubgraph);
