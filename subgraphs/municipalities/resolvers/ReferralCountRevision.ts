import type { ReferralCountRevisionResolvers } from '../__generated__/resolvers-types.js';
import { publicActor } from '../../common/viewer.js';

export const ReferralCountRevision: ReferralCountRevisionResolvers = {
  recordedBy: ({ recordedBy }) => publicActor(recordedBy),
  replacedBy: ({ replacedBy }) => publicActor(replacedBy),
};
