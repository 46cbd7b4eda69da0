import type { GraphQLResolveInfo } from 'graphql';
import { forbidden } from '../../../platform/errors.js';
import { clientOperationName } from '../../../platform/operation-name.js';
import { canReadOfficerContacts } from '../access.js';
import type { ClustersContext } from '../context.js';

/**
 * A personal detail — an officer's e-mail or phone, a member's name or e-mail — goes out
 * only to those entitled (the cluster's own members and KiAP), and only once its read is
 * on record.
 */
export async function personalDetail<T>(
  whose: { clusterId: string } & ({ officerId: string } | { memberId: string }),
  { viewer, store }: ClustersContext,
  field: 'EMAIL' | 'PHONE' | 'NAME',
  info: GraphQLResolveInfo,
  value: T,
): Promise<T> {
  if (viewer.kind === 'anonymous' || !canReadOfficerContacts(viewer, whose.clusterId)) {
    throw forbidden("Officers' contact details and members' names and e-mails are only shown to KiAP and the cluster's own members", info);
  }
  await store.contactReads.load({
    readerRole: viewer.kind,
    readerSubject: viewer.subject,
    ...whose,
    field,
    operationName: clientOperationName(info),
  });
  return value;
}
