import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors.js';

/**
 * What a query costs, in the terms of the federation and IBM cost specifications that
 * Apollo Router's demand control also reads: an object costs 1 (`@cost(weight:)` changes
 * it), a leaf 0, and a list multiplies what is selected under it by its size — the value
 * of its slicing argument (`@listSize(slicingArguments: ["first"])`) when it has one,
 * else its `@listSize(assumedSize:)`, else `DEFAULT_LIST_SIZE`. A subgraph's `_entities`
 * is as large as the representations the gateway sends. graphql-query-complexity walks
 * the query; this module only says what each field costs.
 */
export const DEFAULT_LIST_SIZE = 10;

interface FieldCost {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
}

export type CostModel = ReadonlyMap<string, FieldCost>;

/** Reads `@cost` and `@listSize` from every field definition of a subgraph schema or the supergraph. */
export function costModelFromSdl(document: DocumentNode): CostModel {
  const model = new Map<string, FieldCost>();
  for (const definition of document.definitions) {
    if (!('fields' in definition) || !definition.fields || !('name' in definition)) continue;
    for (const field of definition.fields as readonly FieldDefinitionNode[]) {
      const cost = fieldCost(field.directives ?? []);
      if (cost)
        model.set(`${definition.name.value}.${field.name.value}`, {
          ...model.get(`${definition.name.value}.${field.name.value}`),
          ...cost,
        });
    }
  }
  return model;
}

function fieldCost(directives: readonly ConstDirectiveNode[]): FieldCost | undefined {
  let found: FieldCost | undefined;
  for (const directive of directives) {
    const name = directive.name.value;
    if (name !== 'cost' && name !== 'listSize') continue;
    found ??= {};
    for (const argument of directive.arguments ?? []) {
      const { value } = argument;
      if (argument.name.value === 'weight' && value.kind === Kind.INT) found.weight = Number(value.value);
      if (argument.name.value === 'assumedSize' && value.kind === Kind.INT) found.assumedSize = Number(value.value);
      if (argument.name.value === 'slicingArguments' && value.kind === Kind.LIST)
        found.slicingArguments = value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
    }
  }
  return found;
}

export function listAwareEstimator(model: CostModel): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const declared = model.get(`${type.name}.${field.name}`);
    const leaf = isLeafType(getNamedType(field.type));
    const each = (declared?.weight ?? (leaf ? 0 : 1)) + childComplexity;
    if (!isListType(getNullableType(field.type))) return each;
    return each * listSize(field.name, declared, args);
  };
}

function listSize(fieldName: string, declared: FieldCost | undefined, args: Record<string, unknown>): number {
  if (fieldName === '_entities' && Array.isArray(args.representations)) return args.representations.length;
  for (const name of declared?.slicingArguments ?? []) {
    const value = args[name];
    if (typeof value === 'number' && value >= 0) return value;
  }
  return declared?.assumedSize ?? DEFAULT_LIST_SIZE;
}

export interface CostLimits {
  maxCost: number;
  /** Representations in one `_entities` call (subgraphs only). */
  maxEntities?: number;
}

/**
 * Refuses an operation whose cost is above the limit before anything runs, with
 * QUERY_TOO_COMPLEX naming the limit, its value and the query's cost.
 */
export function costLimitPlugin(model: CostModel, limits: CostLimits): ApolloServerPlugin<object> {
  const estimators = [listAwareEstimator(model)];
  const tooComplex = (message: string, limit: string) =>
    new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          if (limits.maxEntities !== undefined && entityCount(document, operationName, request.variables ?? {}) > limits.maxEntities)
            throw tooComplex(`At most ${limits.maxEntities} entities may be fetched at once`, 'maxEntities');
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators,
            });
          } catch {
            return; // variables that do not fit: execution reports them as BAD_USER_INPUT
          }
          if (cost > limits.maxCost)
            throw tooComplex(
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed. Ask for fewer or smaller lists`,
              'maxCost',
            );
        },
      };
    },
  };
}

/** How many representations the operation's `_entities` fields ask for, from literals or variables. */
function entityCount(document: DocumentNode, operationName: string | null, variables: Record<string, unknown>): number {
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || (operationName && definition.name?.value !== operationName)) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
      const value = selection.arguments?.find((argument) => argument.name.value === 'representations')?.value;
      if (value?.kind === Kind.LIST) count += value.values.length;
      if (value?.kind === Kind.VARIABLE) {
        const given = variables[value.name.value];
        if (Array.isArray(given)) count += given.length;
      }
    }
  }
  return count;
}
