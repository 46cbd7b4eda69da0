import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { RegionalOffer } from './RegionalOffer.js';

export const resolvers: Resolvers = { Query, RegionalOffer, Region, Cluster };
