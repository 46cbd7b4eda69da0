import type { ClusterOfficerResolvers } from '../__generated__/resolvers-types.js';
import { personalDetail } from './personal-detail.js';

export const ClusterOfficer: ClusterOfficerResolvers = {
  email: (officer, _, context, info) =>
    personalDetail({ officerId: officer.id, clusterId: officer.clusterId }, context, 'EMAIL', info, officer.email),
  phone: (officer, _, context, info) =>
    personalDetail({ officerId: officer.id, clusterId: officer.clusterId }, context, 'PHONE', info, officer.phone),
};
