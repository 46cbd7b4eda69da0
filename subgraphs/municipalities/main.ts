import { runSubgraphs } from '../../platform/run.js';
import { municipalitiesSubgraph } from './subgraph.js';

await runSubgraphs([municipalitiesSubgraph]);
