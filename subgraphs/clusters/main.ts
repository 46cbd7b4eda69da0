import { runSubgraph } from '../common/run.js';
import { clustersSubgraph } from './subgraph.js';

await runSubgraph(clustersSubgraph);
