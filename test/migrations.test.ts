import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../platform/database.js';
import { generateSecrets } from '../db/local-secrets.js';
import { migrateDatabase } from '../db/migrate.js';
import { SCHEMA_OWNERS } from '../platform/services.js';
import { withDatabase } from './support/global-setup.js';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

describe.each(SCHEMA_OWNERS)('the committed %s migrations', (name) => {
  it('are what tables.ts describes (run `npm run db:generate` if not)', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), `migrations-${name}-`));
    try {
      cpSync(path.join(root, 'db/migrations', name), scratch, { recursive: true });
      const before = readdirSync(scratch).length;
      const { stdout } = await run(process.execPath, ['node_modules/drizzle-kit/bin.cjs', 'generate', '--config', 'db/drizzle.config.ts'], {
        cwd: root,
        // drizzle-kit reads `out` relative to the working directory.
        env: { ...process.env, SUBGRAPH: name, MIGRATIONS_DIR: path.relative(root, scratch) },
      });
      expect(stdout).toContain('No schema changes');
      expect(readdirSync(scratch)).toHaveLength(before);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('applying migrations', () => {
  const database = `klyngehub_test_migrate_${process.pid}`;
  let url: string;
  beforeAll(async () => {
    const server = connect(inject('serverUrl'), { applicationName: 'test', maxConnections: 1 });
    await server.unsafe(`drop database if exists ${database}`);
    await server.unsafe(`create database ${database}`);
    await server.end();
    url = withDatabase(inject('serverUrl'), database);
  });
  afterAll(async () => {
    const server = connect(inject('serverUrl'), { applicationName: 'test', maxConnections: 1 });
    await server.unsafe(`drop database if exists ${database} with (force)`);
    await server.end();
  });

  it('is idempotent and safe from several processes at once', async () => {
    const { rolePasswords } = generateSecrets();
    await Promise.all([migrateDatabase(url, { rolePasswords }), migrateDatabase(url, { rolePasswords })]);
    await migrateDatabase(url, { rolePasswords });
    const sql = connect(url, { applicationName: 'test', maxConnections: 1 });
    try {
      const journal = await sql<{ n: number }[]>`select count(*)::int as n from drizzle.clusters_migrations`;
      expect(journal[0]!.n).toBe(readdirSync(path.join(root, 'db/migrations/clusters')).filter((f) => f.endsWith('.sql')).length);
      const reference = await sql<{ regions: number; municipalities: number }[]>`
        select (select count(*)::int from municipalities.regions) as regions, (select count(*)::int from municipalities.municipalities) as municipalities`;
      expect(reference[0]).toEqual({ regions: 5, municipalities: 98 });
    } finally {
      await sql.end();
    }
  });
});
