import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { connect } from '../../platform/database.js';
import { withDatabase } from './global-setup.js';

/**
 * A database of its own: a copy of the run's migrated, seeded template on the run's server
 * (milliseconds), for a file's in-process hub or a launched hub that need not test the first
 * start, where a data folder of its own would cost an initdb, the migrations and the demo
 * data (seconds of CPU). The copy keeps the template's grants, so it is reached as the
 * template's roles.
 */
export async function templateCopy(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('serverUrl');
  const database = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = connect(serverUrl, { applicationName: 'klyngehub-test', maxConnections: 1 });
  try {
    await admin.unsafe(`create database ${database} template ${inject('templateDatabase')}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, database),
    async drop() {
      const cleanup = connect(serverUrl, { applicationName: 'klyngehub-test', maxConnections: 1 });
      await cleanup.unsafe(`drop database if exists ${database} with (force)`).finally(() => cleanup.end());
    },
  };
}
