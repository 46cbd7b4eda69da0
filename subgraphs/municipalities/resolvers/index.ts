import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { Municipality } from './Municipality.js';
import { Query } from './Query.js';
import { Region } from './Region.js';

export const resolvers: Resolvers = { Query, Region, Municipality, Cluster };
