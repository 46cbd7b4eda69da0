import { runSubgraphs } from '../../platform/run.js';
import { clustersSubgraph } from './subgraph.js';

await runSubgraphs([clustersSubgraph]);
