import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  visit,
  type ArgumentNode,
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
  const costs = new CostCache(model);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName }) {
          const variables = request.variables ?? {};
          if (limits.maxEntities !== undefined && entityCount(document, operationName, variables) > limits.maxEntities)
            throw tooComplex(`At most ${limits.maxEntities} entities may be fetched at once`, 'maxEntities');
          const cost = costs.of(document, operationName, variables, () =>
            getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators }),
          );
          // Variables that do not fit leave it unknown: execution reports them as BAD_USER_INPUT.
          if (cost !== undefined && cost > limits.maxCost)
            throw tooComplex(
              `The query would cost ${cost}; at most ${limits.maxCost} is allowed. Ask for fewer or smaller lists`,
              'maxCost',
            );
        },
      };
    },
  };
}

/**
 * The cost of a document for the values of the only variables a cost depends on: those of
 * its slicing arguments, `@include`/`@skip`, and the number of `representations`. Apollo
 * hands over the same parsed document for the same query text, and walking it again for
 * every request (the gateway's query, then each subgraph fetch) was about a fifth of the
 * CPU of a dashboard request. A few values per document are kept; others are computed as before.
 */
class CostCache {
  private readonly documents = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  private readonly slicingArguments: Set<string>;

  constructor(model: CostModel) {
    this.slicingArguments = new Set(['representations', ...[...model.values()].flatMap((cost) => cost.slicingArguments ?? [])]);
  }

  of(document: DocumentNode, operationName: string | null, variables: Record<string, unknown>, compute: () => number): number | undefined {
    let known = this.documents.get(document);
    if (!known) this.documents.set(document, (known = { variables: this.costVariables(document), costs: new Map() }));
    const key = JSON.stringify([
      operationName,
      // A list (the representations) by its length; a variable left out is not one sent as null (its default applies).
      ...known.variables.map((name) => {
        const value = variables[name];
        return value === undefined ? ['unset'] : Array.isArray(value) ? value.length : value;
      }),
    ]);
    let cost = known.costs.get(key);
    if (cost === undefined) {
      try {
        cost = compute();
      } catch {
        return undefined;
      }
      if (known.costs.size < MAX_COSTS_PER_DOCUMENT) known.costs.set(key, cost);
    }
    return cost;
  }

  /** The variables a slicing argument, `representations`, or a directive (`@include`, `@skip`) takes its value from. */
  private costVariables(document: DocumentNode): string[] {
    const names = new Set<string>();
    const collect = (args: readonly ArgumentNode[] | undefined, counts: (name: string) => boolean) => {
      for (const argument of args ?? [])
        if (argument.value.kind === Kind.VARIABLE && counts(argument.name.value)) names.add(argument.value.name.value);
    };
    visit(document, {
      Field: (field) => collect(field.arguments, (name) => this.slicingArguments.has(name)),
      Directive: (directive) => collect(directive.arguments, () => true),
    });
    return [...names].sort();
  }
}

const MAX_COSTS_PER_DOCUMENT = 32;

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
