import { runSubgraph } from '../../platform/run.js';
import { inquiriesSubgraph } from './subgraph.js';

await runSubgraph(inquiriesSubgraph);
