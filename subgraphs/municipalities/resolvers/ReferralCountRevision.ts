import type { ReferralCountRevisionResolvers } from '../__generated__/resolvers-types.js';
import { publicActor } from '../../../platform/viewer.js';

export const ReferralCountRevision: ReferralCountRevisionResolvers = {
  recordedBy: ({ recordedBy }) => publicActor(recordedBy),
  replacedBy: ({ replacedBy }) => publicActor(replacedBy),
};
