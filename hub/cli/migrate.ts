import { exitOnStartupError } from '../../platform/lifecycle.js';
import { prepareDatabase } from '../../db/setup.js';
import { cliDatabaseOptions } from './database-options.js';

/** `npm run db:migrate`: applies every subgraph's migrations and the reference data; idempotent. */
try {
  const database = await prepareDatabase(cliDatabaseOptions(false));
  await database.stop();
  console.log('Migrations applied.');
  for (const problem of database.roleProblems) console.log(`Note: ${problem}. No password was changed.`);
} catch (error) {
  exitOnStartupError('db:migrate', error);
}
