import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { forbidden, mustExist } from '../../../platform/errors.js';
import { afterNotInList, pageOf } from '../../../platform/paging.js';
import { canReadMunicipalOffers, requireMunicipalityOrKiap } from '../access.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: ({ code }, { store }) => store.municipalityByCode.load(code),
  region: ({ regionCode }, _, { store }) => mustExist(store.regionByCode.load(regionCode), `Region ${regionCode}`),
  clusters: async ({ code }, _, { store }) => (await store.clusterIdsByMunicipality.load(code)).map(({ clusterId }) => ({ id: clusterId })),
  offers: async ({ code }, { includeRetired }, { viewer, store }) => {
    if (!canReadMunicipalOffers(viewer)) throw forbidden('Municipal offers are shown to logged-in users');
    return (await store.offersByMunicipality.load(code)).filter((offer) => includeRetired || offer.retiredAt === null);
  },
  packageBookings: async ({ code }, { statuses, first, after }, { viewer, store }) => {
    const page = pageOf({ first, after }, { maxSize: 200 });
    requireMunicipalityOrKiap(viewer, code);
    const listed = await store.municipalityBookings.load({ municipalityCode: code, statuses: statuses ?? null, page });
    if (listed === null) throw afterNotInList();
    return listed;
  },
};
