import type { RegionalOfferVersionResolvers } from '../__generated__/resolvers-types.js';

export const RegionalOfferVersion: RegionalOfferVersionResolvers = {
  title: ({ snapshot }) => snapshot.title,
  description: ({ snapshot }) => snapshot.description,
  validFrom: ({ snapshot }) => snapshot.validFrom,
  validUntil: ({ snapshot }) => snapshot.validUntil,
  capacity: ({ snapshot }) => snapshot.capacity,
};
