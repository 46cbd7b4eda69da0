import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';

/** The schemas a client or a router depends on: the API schema, and each subgraph's (what a router plans against). */
export type SchemaName = 'api' | 'clusters' | 'municipalities' | 'offers' | 'inquiries';

/** A breaking change someone decided to make, written down in supergraph/breaking-changes.json. */
export interface DeclaredChange {
  schema: SchemaName;
  /** The change's path as GraphQL Inspector names it, e.g. `Cluster.practices` or `Query.clusters.regionCode`. */
  path: string;
  /** Why, and how clients were told. */
  reason: string;
}

export interface SchemaChange {
  schema: SchemaName;
  path: string;
  message: string;
  breaking: boolean;
  declared: boolean;
}

export function schemaFromSdl(name: SchemaName, sdl: string): GraphQLSchema {
  return name === 'api' ? buildSchema(sdl) : buildSubgraphSchema({ typeDefs: parse(sdl) });
}

/** GraphQL Inspector's diff of one schema, each breaking change marked declared or not. */
export async function schemaChanges(name: SchemaName, before: string, after: string, declared: DeclaredChange[]): Promise<SchemaChange[]> {
  const changes = await diff(schemaFromSdl(name, before), schemaFromSdl(name, after));
  // A subgraph's directive definitions are federation's machinery (@link imports), not its contract.
  const contract = name === 'api' ? changes : changes.filter((change) => !change.path?.startsWith('@'));
  return contract.map((change) => {
    const path = change.path ?? '';
    const breaking = change.criticality.level === CriticalityLevel.Breaking;
    return {
      schema: name,
      path,
      message: change.message,
      breaking,
      declared: breaking && declared.some((entry) => entry.schema === name && entry.path === path),
    };
  });
}
