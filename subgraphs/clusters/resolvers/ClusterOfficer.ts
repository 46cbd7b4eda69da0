import type { GraphQLResolveInfo } from 'graphql';
import type { ClusterOfficerResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../common/errors.js';
import { clientOperationName } from '../../common/operation-name.js';
import { canReadOfficerContacts } from '../access.js';
import type { ClustersContext } from '../context.js';
import type { OfficerRow } from '../store.js';

/** A contact detail goes out only to those entitled, and only once its read is on record. */
async function contactOf(
  officer: OfficerRow,
  { viewer, store }: ClustersContext,
  field: 'EMAIL' | 'PHONE',
  info: GraphQLResolveInfo,
): Promise<string> {
  if (viewer.kind === 'anonymous' || !canReadOfficerContacts(viewer, officer.clusterId)) {
    throw forbidden("Officers' contact details are only shown to KiAP and the cluster's own members");
  }
  await store.contactReads.load({
    readerRole: viewer.kind,
    readerSubject: viewer.subject,
    clusterId: officer.clusterId,
    officerId: officer.id,
    field,
    operationName: clientOperationName(info),
  });
  return field === 'EMAIL' ? officer.email : officer.phone;
}

export const ClusterOfficer: ClusterOfficerResolvers = {
  email: (officer, _, context, info) => contactOf(officer, context, 'EMAIL', info),
  phone: (officer, _, context, info) => contactOf(officer, context, 'PHONE', info),
};
