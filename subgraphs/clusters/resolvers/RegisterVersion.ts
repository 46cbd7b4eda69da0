import type { RegisterVersionResolvers } from '../__generated__/resolvers-types.js';
import { personalDetail } from './personal-detail.js';

export const RegisterVersion: RegisterVersionResolvers = {
  practices: ({ clusterId, practices }) => practices.map((practice) => ({ ...practice, clusterId })),
  memberCount: ({ members }) => members.length,
  listedPatients: ({ practices }) => practices.reduce((sum, practice) => sum + practice.listedPatients, 0),
  memberNames: ({ clusterId, members }, _, context, info) =>
    Promise.all(members.map((member) => personalDetail({ memberId: member.id, clusterId }, context, 'NAME', info, member.name))),
};
