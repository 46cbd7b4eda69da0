import type { Resolvers } from '../__generated__/resolvers-types.js';
import { BookingEvent } from './BookingEvent.js';
import { Cluster } from './Cluster.js';
import { Municipality } from './Municipality.js';
import { MunicipalOffer } from './MunicipalOffer.js';
import { Mutation } from './Mutation.js';
import { PackageBooking } from './PackageBooking.js';
import { PackageOrder } from './PackageOrder.js';
import { Query } from './Query.js';
import { ReferralCount } from './ReferralCount.js';
import { ReferralCountRevision } from './ReferralCountRevision.js';
import { Region } from './Region.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Region,
  Municipality,
  Cluster,
  MunicipalOffer,
  PackageBooking,
  PackageOrder,
  BookingEvent,
  ReferralCount,
  ReferralCountRevision,
};
