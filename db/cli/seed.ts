import { exitOnStartupError } from '../../subgraphs/common/lifecycle.js';
import { prepareDatabase } from '../setup.js';
import { cliDatabaseOptions } from './options.js';

/** `npm run db:seed`: migrates, then loads the demo data into an empty database (never overwrites). */
try {
  const database = await prepareDatabase(cliDatabaseOptions(true));
  await database.stop();
} catch (error) {
  exitOnStartupError('db:seed', error);
}
