import type { ClusterMemberResolvers } from '../__generated__/resolvers-types.js';
import { personalDetail } from './personal-detail.js';

export const ClusterMember: ClusterMemberResolvers = {
  name: (member, _, context, info) =>
    personalDetail({ memberId: member.id, clusterId: member.clusterId }, context, 'NAME', info, member.name),
  email: (member, _, context, info) =>
    personalDetail({ memberId: member.id, clusterId: member.clusterId }, context, 'EMAIL', info, member.email),
};
