import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { mustExist } from '../../common/errors.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: ({ code }, { store }) => store.municipalityByCode.load(code),
  region: ({ regionCode }, _, { store }) => mustExist(store.regionByCode.load(regionCode), `Region ${regionCode}`),
  clusters: async ({ code }, _, { store }) => (await store.clusterIdsByMunicipality.load(code)).map(({ clusterId }) => ({ id: clusterId })),
};
