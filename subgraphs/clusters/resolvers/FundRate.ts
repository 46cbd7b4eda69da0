import type { FundRateResolvers } from '../__generated__/resolvers-types.js';

export const FundRate: FundRateResolvers = {
  dkkPerPatient: ({ dkkPerPatient }) => Number(dkkPerPatient),
};
