import type { RegisterVersionResolvers } from '../__generated__/resolvers-types.js';
import { memberDetail } from './ClusterMember.js';

export const RegisterVersion: RegisterVersionResolvers = {
  practices: ({ clusterId, practices }) => practices.map((practice) => ({ ...practice, clusterId })),
  memberCount: ({ members }) => members.length,
  listedPatients: ({ practices }) => practices.reduce((sum, practice) => sum + practice.listedPatients, 0),
  memberNames: ({ clusterId, members }, _, context, info) =>
    Promise.all(members.map((member) => memberDetail({ id: member.id, clusterId }, context, 'NAME', info, member.name))),
};
