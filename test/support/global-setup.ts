import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../../platform/database.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../../db/embedded.js';
import { generateSecrets } from '../../db/local-secrets.js';
import { migrateDatabase } from '../../db/migrate.js';
import { seedDemoData } from '../../db/seed/seed.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser (or DATABASE_URL) connection to the server's maintenance database. */
    serverUrl: string;
    /** A migrated, seeded database each test file copies its own from. */
    templateDatabase: string;
    rolePasswords: Record<string, string>;
  }
}

/**
 * One Postgres for the whole run (embedded, or DATABASE_URL when set) and one migrated,
 * seeded template database; every test file then copies the template, which takes
 * milliseconds and keeps files independent.
 */
export default async function setup(project: TestProject) {
  // `npm start`'s build step, once for every file that launches the compiled hub (and the console it serves).
  const built = buildHub().then(
    () => undefined,
    (error: unknown) => error,
  );
  let embedded: RunningPostgres | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'klyngehub-test-'));
    // A run stopped during set-up (Ctrl-C, or a failed check: test/run-tests.mjs) gets no
    // teardown; its server is stopped with it, and its data folder must go too.
    process.once('exit', removeOnExit(dataDir));
    await chmod(dataDir, 0o755); // the server runs as the postgres OS user when we are root
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: await freePort(),
      password: 'test-only-password',
      database: 'klyngehub',
      // A server thrown away after the run needs no crash safety: without flushing to disk, the
      // ≈ 60 databases the files copy and drop, and every commit in them, cost less of the two cores.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    });
    serverUrl = embedded.url;
  }
  // A stable name, so repeated runs on one DATABASE_URL server reuse the same four roles.
  const templateDatabase = 'klyngehub_test_template';
  const server = connect(serverUrl, { applicationName: 'klyngehub-test-setup', maxConnections: 1 });
  const { rolePasswords } = generateSecrets();
  try {
    await server.unsafe(`drop database if exists ${templateDatabase}`);
    await server.unsafe(`create database ${templateDatabase}`);
    const templateUrl = withDatabase(serverUrl, templateDatabase);
    // Fresh passwords each run, set also on roles an earlier run on the same DATABASE_URL server left.
    await migrateDatabase(templateUrl, { rolePasswords, setExistingPasswords: true });
    await seedDemoData(templateUrl);
  } catch (error) {
    // No teardown runs when setup fails: leave no server or folder behind.
    await server.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  await server.end();
  const buildFailure = await built;
  if (buildFailure) {
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    throw buildFailure;
  }
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('rolePasswords', rolePasswords);

  return async () => {
    const cleanup = connect(serverUrl, { applicationName: 'klyngehub-test-setup', maxConnections: 1 });
    await cleanup.unsafe(`drop database if exists ${templateDatabase} with (force)`).catch(() => {});
    await cleanup.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

function removeOnExit(folder: string): () => void {
  return () => rmSync(folder, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs hub/build.mjs (compiles only what changed since the last build) beside the database set-up. */
function buildHub(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../..');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['hub/build.mjs'], { cwd: root }, (error, stdout, stderr) =>
      error ? reject(new Error(`hub/build.mjs failed:\n${stdout}${stderr}`)) : resolve(),
    );
  });
}
