import { runSubgraph } from '../../platform/run.js';
import { municipalitiesSubgraph } from './subgraph.js';

await runSubgraph(municipalitiesSubgraph);
