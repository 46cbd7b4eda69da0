import type { RegionalOfferResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../../platform/errors.js';
import { canSeeOffer, isUnitOf } from '../access.js';
import type { OffersContext } from '../context.js';
import type { RegionalOfferRow } from '../store.js';

function requireUnit({ regionCode }: RegionalOfferRow, { viewer }: OffersContext, what: string): void {
  if (!isUnitOf(viewer, regionCode)) throw forbidden(`An offer's ${what} are shown to its unit and KiAP`);
}

export const RegionalOffer: RegionalOfferResolvers = {
  __resolveReference: async ({ id }, { viewer, store }) => {
    const offer = await store.offerById.load(id);
    return offer &&
      (await canSeeOffer(viewer, offer, async () => (await store.namedClustersByOffer.load(offer.id)).map((c) => c.clusterId)))
      ? offer
      : null;
  },
  region: ({ regionCode }) => ({ code: regionCode }),
  namedClusters: async (offer, _, context) => {
    requireUnit(offer, context, 'named clusters');
    return (await context.store.namedClustersByOffer.load(offer.id)).map(({ clusterId }) => ({ id: clusterId }));
  },
  earlierVersions: (offer, _, context) => {
    requireUnit(offer, context, 'earlier versions');
    return context.store.versionsByOffer.load(offer.id);
  },
  requests: async (offer, _, { viewer, store }) => {
    const all = await store.requestsByOffer.load(offer.id);
    if (isUnitOf(viewer, offer.regionCode)) return all;
    if (viewer.kind === 'cluster') return all.filter((r) => r.clusterId === viewer.clusterId);
    throw forbidden("An offer's requests are shown to its unit, KiAP and the cluster that asked");
  },
  placesLeft: async ({ id, capacity }, _, { store }) =>
    capacity === null ? null : Math.max(0, capacity - (await store.requestsByOffer.load(id)).filter((r) => r.status !== 'DECLINED').length),
};
