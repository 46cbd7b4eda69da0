import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaChanges, type DeclaredChange, type SchemaName } from './schema-changes.js';

/**
 * `npm run schema:check [-- --base <git ref>]`, run by CI: compares the API schema and each
 * subgraph's schema with those at the base and fails on a breaking change that
 * supergraph/breaking-changes.json does not declare. The base is SCHEMA_BASE, or where
 * this branch left origin/main, or (on main itself) the commit before.
 */
const root = path.resolve(import.meta.dirname, '..');
const FILES: Record<SchemaName, string> = {
  api: 'supergraph/schema.graphql',
  clusters: 'subgraphs/clusters/schema.graphql',
  municipalities: 'subgraphs/municipalities/schema.graphql',
  offers: 'subgraphs/offers/schema.graphql',
  inquiries: 'subgraphs/inquiries/schema.graphql',
};

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tryGit = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
};

function baseRef(): string | undefined {
  const given = process.argv[process.argv.indexOf('--base') + 1];
  if (process.argv.includes('--base') && given) return given;
  if (process.env.SCHEMA_BASE) return process.env.SCHEMA_BASE;
  const head = tryGit('rev-parse', 'HEAD');
  const forkPoint = tryGit('merge-base', 'HEAD', 'origin/main');
  if (forkPoint && forkPoint !== head) return forkPoint;
  return tryGit('rev-parse', '--verify', '--quiet', 'HEAD~1');
}

const base = baseRef();
if (!base) {
  console.log('schema:check: no earlier commit to compare with; nothing to check.');
} else {
  const declared = JSON.parse(readFileSync(path.join(root, 'supergraph/breaking-changes.json'), 'utf8')) as DeclaredChange[];
  let undeclared = 0;
  for (const [name, file] of Object.entries(FILES) as [SchemaName, string][]) {
    const before = tryGit('show', `${base}:${file}`);
    if (before === undefined) continue; // new schema: nothing can break
    const after = readFileSync(path.join(root, file), 'utf8');
    for (const change of await schemaChanges(name, before, after, declared)) {
      const mark = !change.breaking ? ' ' : change.declared ? '✓' : '✗';
      console.log(`${mark} ${name}: ${change.message}${change.breaking ? ` [${change.path}]` : ''}`);
      if (change.breaking && !change.declared) undeclared++;
    }
  }
  if (undeclared > 0) {
    console.error(
      `schema:check: ${undeclared} breaking change(s) against ${base.slice(0, 12)} not declared. Keep the old field beside the new one, or declare the change in supergraph/breaking-changes.json with its schema, path and reason.`,
    );
    process.exitCode = 1;
  } else console.log(`schema:check: no undeclared breaking change against ${base.slice(0, 12)}.`);
}
