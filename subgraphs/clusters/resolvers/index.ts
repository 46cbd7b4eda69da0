import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { ClusterMeeting } from './ClusterMeeting.js';
import { ClusterOfficer } from './ClusterOfficer.js';
import { ClusterPackage } from './ClusterPackage.js';
import { ContactAccessRecord } from './ContactAccessRecord.js';
import { Query } from './Query.js';
import { Region } from './Region.js';

export const resolvers: Resolvers = {
  Query,
  Cluster,
  ClusterOfficer,
  ClusterMeeting,
  ClusterPackage,
  ContactAccessRecord,
  Region,
};
