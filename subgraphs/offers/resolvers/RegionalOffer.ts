import type { RegionalOfferResolvers } from '../__generated__/resolvers-types.js';
import { canSeeOffer, requestsVisibleTo, requireUnitOf } from '../access.js';
import { placesLeft } from '../offer-rules.js';

export const RegionalOffer: RegionalOfferResolvers = {
  __resolveReference: async ({ id }, { viewer, store }) => {
    const offer = await store.offerById.load(id);
    return offer &&
      (await canSeeOffer(viewer, offer, async () => (await store.namedClustersByOffer.load(offer.id)).map((c) => c.clusterId)))
      ? offer
      : null;
  },
  region: ({ regionCode }) => ({ code: regionCode }),
  namedClusters: async (offer, _, { viewer, store }) => {
    requireUnitOf(viewer, offer.regionCode, "An offer's named clusters");
    return (await store.namedClustersByOffer.load(offer.id)).map(({ clusterId }) => ({ id: clusterId }));
  },
  earlierVersions: (offer, _, { viewer, store }) => {
    requireUnitOf(viewer, offer.regionCode, "An offer's earlier versions");
    return store.versionsByOffer.load(offer.id);
  },
  requests: async (offer, _, { viewer, store }) => requestsVisibleTo(viewer, offer, await store.requestsByOffer.load(offer.id)),
  placesLeft: async ({ id, capacity }, _, { store }) => placesLeft(capacity, await store.requestsByOffer.load(id)),
};
