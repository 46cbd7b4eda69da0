import type { ClusterOfficerResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../common/errors.js';
import { canReadOfficerContacts } from '../access.js';
import type { ClustersContext } from '../context.js';
import type { OfficerRow } from '../store.js';

function contactOf(officer: OfficerRow, { viewer }: ClustersContext, field: 'email' | 'phone'): string {
  if (!canReadOfficerContacts(viewer, officer.clusterId)) {
    throw forbidden("Officers' contact details are only shown to KiAP and the cluster's own members");
  }
  return officer[field];
}

export const ClusterOfficer: ClusterOfficerResolvers = {
  email: (officer, _, context) => contactOf(officer, context, 'email'),
  phone: (officer, _, context) => contactOf(officer, context, 'phone'),
};
