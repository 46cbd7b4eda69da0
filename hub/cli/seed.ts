import { exitOnStartupError } from '../../platform/lifecycle.js';
import { prepareDatabase } from '../../db/setup.js';
import { cliDatabaseOptions } from './database-options.js';

/** `npm run db:seed`: migrates, then loads the demo data into an empty database (never overwrites). */
try {
  const database = await prepareDatabase(cliDatabaseOptions(true));
  await database.stop();
} catch (error) {
  exitOnStartupError('db:seed', error);
}
