import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { Mutation } from './Mutation.js';
import { OfferRequest } from './OfferRequest.js';
import { PackageOrder } from './PackageOrder.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { RegionalOffer } from './RegionalOffer.js';
import { RegionalOfferVersion } from './RegionalOfferVersion.js';

export const resolvers: Resolvers = { Query, Mutation, RegionalOffer, RegionalOfferVersion, OfferRequest, Region, Cluster, PackageOrder };
