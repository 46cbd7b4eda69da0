import { runSubgraph } from '../common/run.js';
import { inquiriesSubgraph } from './subgraph.js';

await runSubgraph(inquiriesSubgraph);
