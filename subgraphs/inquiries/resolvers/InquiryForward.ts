import type { InquiryForwardResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../../platform/errors.js';

export const InquiryForward: InquiryForwardResolvers = {
  // Whoever sees the forward may see its inquiry (access.ts, clusterReceives and triages).
  inquiry: ({ inquiryId }, _, { store }) => mustExist(store.inquiryById.load(inquiryId), `Inquiry ${inquiryId}`),
  cluster: ({ clusterId }) => ({ id: clusterId }),
};
