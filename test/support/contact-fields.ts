import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { SUPERGRAPH_FILE } from '../../supergraph/artifacts.js';

/** The policy of an officer's or member's contact details, whose every read is recorded. */
export const CONTACT_POLICY = 'officer_contact_details';

/** The fields under the contact policy in the composed supergraph, as `Type.field`. */
export function contactFieldsFromSupergraph(): Set<string> {
  const found = new Set<string>();
  for (const definition of parse(readFileSync(SUPERGRAPH_FILE, 'utf8')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const policy = field.directives?.find((d) => d.name.value === 'policy');
      if (policy && JSON.stringify(policy.arguments).includes(CONTACT_POLICY)) found.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return found;
}
