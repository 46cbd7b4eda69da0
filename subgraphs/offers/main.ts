import { runSubgraphs } from '../../platform/run.js';
import { offersSubgraph } from './subgraph.js';

await runSubgraphs([offersSubgraph]);
