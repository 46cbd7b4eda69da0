import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitPlugin, costModelFromSdl } from '../../platform/query-cost.js';

const SDL = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!]) on FIELD_DEFINITION
  type Query { items(first: Int): [Item!]! @listSize(slicingArguments: ["first"]), _entities(representations: [Int!]!): [Item]! }
  type Item { name: String, children: [Item!]! @listSize(assumedSize: 50) }`;
const schema = buildSchema(SDL);
const plugin = costLimitPlugin(costModelFromSdl(parse(SDL)), { maxCost: 100 });

/** The code a request would be refused with, or null; one parsed document asked again and again, as Apollo hands it over. */
function askerFor(query: string) {
  const document = parse(query);
  return async (variables: Record<string, unknown>): Promise<string | null> => {
    const listener = await plugin.requestDidStart!({} as never);
    try {
      await listener!.didResolveOperation!({ request: { variables }, document, schema, operationName: null } as never);
      return null;
    } catch (error) {
      return String((error as { extensions?: { code?: string } }).extensions?.code);
    }
  };
}

describe('the cost of one document for the variables it depends on', () => {
  it('follows the page size asked for, whatever was asked before', async () => {
    const ask = askerFor('query ($n: Int) { items(first: $n) { name } }');
    expect(await ask({ n: 5 })).toBeNull();
    expect(await ask({ n: 500 })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: 5 })).toBeNull();
    expect(await ask({ n: 500 })).toBe('QUERY_TOO_COMPLEX');
  });

  it('follows @include and @skip', async () => {
    const ask = askerFor('query ($big: Boolean!) { items(first: 5) { name children @include(if: $big) { children { name } } } }');
    expect(await ask({ big: false })).toBeNull();
    expect(await ask({ big: true })).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ big: false })).toBeNull();
  });

  it('tells a variable left out (its default applies) from one sent as null', async () => {
    const ask = askerFor('query ($n: Int = 500) { items(first: $n) { name } }');
    expect(await ask({})).toBe('QUERY_TOO_COMPLEX');
    expect(await ask({ n: null })).toBeNull(); // no size given: the default list size, 10
    expect(await ask({})).toBe('QUERY_TOO_COMPLEX');
  });

  it("prices a subgraph's entities by how many are sent", async () => {
    const ask = askerFor('query ($r: [Int!]!) { _entities(representations: $r) { name } }');
    const many = (count: number) => ({ r: Array.from({ length: count }, (_, i) => i) });
    expect(await ask(many(5))).toBeNull();
    expect(await ask(many(500))).toBe('QUERY_TOO_COMPLEX');
    expect(await ask(many(6))).toBeNull();
  });
});
