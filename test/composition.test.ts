import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isIntrospectionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../supergraph/artifacts.js';
import { composeSupergraph } from '../supergraph/composition.js';

describe('composition', () => {
  const composed = composeSupergraph();

  it('the committed supergraph is what the subgraph schemas compose to (run `npm run compose` if not)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('describes every type, field, argument and enum value, and names follow GraphQL conventions', () => {
    const schema = buildSchema(composed.apiSchemaSdl);
    const missing: string[] = [];
    const badNames: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) badNames.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) badNames.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
          if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) badNames.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(badNames).toEqual([]);
  });
});
