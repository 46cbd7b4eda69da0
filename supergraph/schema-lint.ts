import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { API_SCHEMA_FILE } from './artifacts.js';
import { schemaProblems } from './schema-rules.js';

/** Part of `npm run lint`: the committed client-facing schema against the conventions of schema-rules.ts. */
const problems = schemaProblems(buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')));
for (const problem of problems) console.error(`supergraph/schema.graphql: ${problem}`);
if (problems.length > 0) process.exitCode = 1;
else console.log('The schema follows its conventions (supergraph/schema-rules.ts).');
