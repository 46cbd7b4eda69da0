import { runSubgraph } from '../common/run.js';
import { municipalitiesSubgraph } from './subgraph.js';

await runSubgraph(municipalitiesSubgraph);
