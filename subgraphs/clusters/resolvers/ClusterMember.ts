import type { GraphQLResolveInfo } from 'graphql';
import type { ClusterMemberResolvers } from '../__generated__/resolvers-types.js';
import { forbidden } from '../../common/errors.js';
import { clientOperationName } from '../../common/operation-name.js';
import { canReadOfficerContacts } from '../access.js';
import type { ClustersContext } from '../context.js';

/**
 * A member's name or e-mail goes out only to the cluster's own members and KiAP, and only
 * once its read is on record (the same rule and record as officers' contacts).
 */
export async function memberDetail<T>(
  member: { id: string; clusterId: string },
  { viewer, store }: ClustersContext,
  field: 'NAME' | 'EMAIL',
  info: GraphQLResolveInfo,
  value: T,
): Promise<T> {
  if (viewer.kind === 'anonymous' || !canReadOfficerContacts(viewer, member.clusterId)) {
    throw forbidden("Members' names and e-mail addresses are only shown to KiAP and the cluster's own members");
  }
  await store.contactReads.load({
    readerRole: viewer.kind,
    readerSubject: viewer.subject,
    clusterId: member.clusterId,
    memberId: member.id,
    field,
    operationName: clientOperationName(info),
  });
  return value;
}

export const ClusterMember: ClusterMemberResolvers = {
  name: (member, _, context, info) => memberDetail(member, context, 'NAME', info, member.name),
  email: (member, _, context, info) => memberDetail(member, context, 'EMAIL', info, member.email),
};
