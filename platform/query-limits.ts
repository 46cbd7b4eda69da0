import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors.js';
import { readEnv, variable, type Env } from './env.js';
import { costLimitPlugin, type CostModel } from './query-cost.js';
import { operationShapePlugin } from './operation-shape.js';

/**
 * How large a query may be. The gateway applies these to clients' queries; each subgraph
 * applies them too (with room for the gateway's own entity queries), so a subgraph reached
 * some other way is not an open door.
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** The list-aware cost of query-cost.ts. */
  maxCost: number;
  /** Representations in one `_entities` call; subgraphs only. */
  maxEntities: number;
  /** Bytes of one response (the gateway's to the client, and each subgraph's to the gateway). */
  maxResponseBytes: number;
  /** Operations in one batched HTTP request. */
  maxBatch: number;
  /** Production: no introspection, no "did you mean" suggestions. */
  production: boolean;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 50_000,
  maxEntities: 2_500,
  maxResponseBytes: 8_000_000,
  maxBatch: 10,
  production: false,
};

export function loadQueryLimits(env: Env = process.env): QueryLimits {
  const count = variable.positiveInt.withDefault;
  const read = readEnv(env, {
    QUERY_MAX_DEPTH: count(DEFAULT_QUERY_LIMITS.maxDepth),
    QUERY_MAX_ALIASES: count(DEFAULT_QUERY_LIMITS.maxAliases),
    QUERY_MAX_DIRECTIVES: count(DEFAULT_QUERY_LIMITS.maxDirectives),
    QUERY_MAX_TOKENS: count(DEFAULT_QUERY_LIMITS.maxTokens),
    QUERY_MAX_COST: count(DEFAULT_QUERY_LIMITS.maxCost),
    QUERY_MAX_ENTITIES: count(DEFAULT_QUERY_LIMITS.maxEntities),
    RESPONSE_MAX_BYTES: count(DEFAULT_QUERY_LIMITS.maxResponseBytes),
    GRAPHQL_MAX_BATCH: count(DEFAULT_QUERY_LIMITS.maxBatch),
    NODE_ENV: variable.text.optional(),
  });
  return {
    maxDepth: read.QUERY_MAX_DEPTH,
    maxAliases: read.QUERY_MAX_ALIASES,
    maxDirectives: read.QUERY_MAX_DIRECTIVES,
    maxTokens: read.QUERY_MAX_TOKENS,
    maxCost: read.QUERY_MAX_COST,
    maxEntities: read.QUERY_MAX_ENTITIES,
    maxResponseBytes: read.RESPONSE_MAX_BYTES,
    maxBatch: read.GRAPHQL_MAX_BATCH,
    production: read.NODE_ENV === 'production',
  };
}

/**
 * A subgraph receives the gateway's `_entities` queries: two levels and some tokens more
 * than the client's, and room in cost for lists that are longer than their estimate
 * (the gateway priced the query with estimates; the subgraph sees the real entity count).
 */
export function limitsForSubgraphs(limits: QueryLimits): QueryLimits {
  return { ...limits, maxDepth: limits.maxDepth + 2, maxTokens: limits.maxTokens * 2, maxCost: limits.maxCost * 4, maxBatch: 1 };
}

/** graphql-js's own token limit, stopping the parser itself (armor's version of it runs as a second parse). */
export function parseOptionsFor(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

/**
 * graphql-armor's protections. Each refusal is reported with the one stable code
 * QUERY_TOO_COMPLEX and the name of the limit it hit (armor's own report says BAD_USER_INPUT).
 */
export function queryLimitProtection(
  limits: QueryLimits,
  costModel: CostModel,
  options: { entities: boolean },
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const report = (limit: string) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } })),
    ],
  });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...report('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...report('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...report('maxDirectives') },
    maxTokens: { enabled: false },
    // armor's cost limit does not multiply by list sizes; query-cost.ts does.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: limits.production },
  }).protect();
  // graphql-armor is published as CommonJS and types its plugins against @apollo/server's CJS
  // declarations; the plugin objects are the same at run time.
  const cost = costLimitPlugin(costModel, { maxCost: limits.maxCost, maxEntities: options.entities ? limits.maxEntities : undefined });
  return {
    plugins: [...(plugins as unknown as ApolloServerPlugin[]), operationShapePlugin() as ApolloServerPlugin, cost as ApolloServerPlugin],
    validationRules,
  };
}
