import type { GraphQLResolveInfo } from 'graphql';

/**
 * The client's operation name. The gateway names each subgraph fetch
 * `<ClientOperation>__<subgraph>__<n>`; the client's part is what a person recognises.
 */
export function clientOperationName(info: GraphQLResolveInfo): string | null {
  const name = info.operation.name?.value;
  if (!name) return null;
  return name.replace(/__[a-z_]+__\d+$/, '');
}
