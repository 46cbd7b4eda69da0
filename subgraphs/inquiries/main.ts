import { runSubgraphs } from '../../platform/run.js';
import { inquiriesSubgraph } from './subgraph.js';

await runSubgraphs([inquiriesSubgraph]);
