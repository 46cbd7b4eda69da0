import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../supergraph/artifacts.js';
import { composeSupergraph } from '../supergraph/composition.js';
import { schemaProblems } from '../supergraph/schema-rules.js';

describe('composition', () => {
  const composed = composeSupergraph();

  it('the committed supergraph is what the subgraph schemas compose to (run `npm run compose` if not)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('describes every type, field, argument and enum value, and names follow GraphQL conventions (as `npm run lint` checks)', () => {
    expect(schemaProblems(buildSchema(composed.apiSchemaSdl))).toEqual([]);
  });
});
