import { clustersSubgraph } from './clusters/subgraph.js';
import type { SubgraphModule } from '../platform/subgraph.js';
import type { SubgraphName } from '../platform/services.js';
import { inquiriesSubgraph } from './inquiries/subgraph.js';
import { municipalitiesSubgraph } from './municipalities/subgraph.js';
import { offersSubgraph } from './offers/subgraph.js';

/** Every subgraph of the hub, by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphModule> = {
  clusters: clustersSubgraph,
  municipalities: municipalitiesSubgraph,
  offers: offersSubgraph,
  inquiries: inquiriesSubgraph,
};
