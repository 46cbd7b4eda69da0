import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE } from '../../supergraph/artifacts.js';
import { contactFieldsFromSupergraph } from '../support/contact-fields.js';
import * as consoleOperations from '../../web/src/__generated__/graphql.js';
import { CONTACT_SCREENS, screenOf } from '../../web/src/danish.js';

/** The console's operations that ask for a recorded field, by name. */
function consoleOperationsReadingContacts(): string[] {
  const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
  const recorded = contactFieldsFromSupergraph();
  const names: string[] = [];
  for (const [exported, document] of Object.entries(consoleOperations)) {
    if (!exported.endsWith('Document')) continue;
    const typeInfo = new TypeInfo(schema);
    let readsContacts = false;
    let name = '';
    visit(
      document as DocumentNode,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition(node) {
          name = node.name?.value ?? '';
        },
        Field(node) {
          const parent = typeInfo.getParentType();
          if (parent && recorded.has(`${getNamedType(parent).name}.${node.name.value}`)) readsContacts = true;
        },
      }),
    );
    if (readsContacts) names.push(name);
  }
  return names.sort();
}

describe('the record of contact reads, in the console', () => {
  it('names the console screen of every console operation that shows contact details, and no other', () => {
    const reading = consoleOperationsReadingContacts();
    expect(reading.length).toBeGreaterThan(0);
    expect(Object.keys(CONTACT_SCREENS).sort()).toEqual(reading);
  });

  it('says a read came through the API when its operation is not one of the console’s', () => {
    expect(screenOf('ConsoleClusterContacts')).toBe('Klyngernes kontakter (KiAP)');
    expect(screenOf('HentKontakter')).toBe('Via API (HentKontakter)');
    expect(screenOf(null)).toBe('Via API');
  });
});
