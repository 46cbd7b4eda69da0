import { clustersSubgraph } from './clusters/subgraph.js';
import type { SubgraphModule } from './common/subgraph.js';
import type { SubgraphName } from './common/services.js';
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
