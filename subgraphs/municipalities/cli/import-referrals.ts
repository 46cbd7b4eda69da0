import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import { connect } from '../../../db/client.js';
import { cliDatabaseOptions } from '../../../db/cli/options.js';
import { prepareDatabase } from '../../../db/setup.js';
import { parseReferralCsv } from '../referrals-csv.js';
import { ReferralBatchRejected, submitReferralCounts } from '../referrals.js';

/**
 * `npm run referrals:import -- --municipality 269 file.csv`: loads a municipality's
 * referral counts from a CSV with the same rules as the API, all or nothing, and reports
 * every bad line by its line number. Connects as the municipalities subgraph does
 * (MUNICIPALITIES_DATABASE_URL or DATABASE_URL), else to the local embedded database.
 */
const USAGE = 'Usage: npm run referrals:import -- --municipality CODE [--subject NAME] FILE.csv';
const { values, positionals } = parseArgs({
  options: { municipality: { type: 'string' }, subject: { type: 'string' } },
  allowPositionals: true,
});
const [file] = positionals;
if (!values.municipality || !file || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}

const parsed = parseReferralCsv(readFileSync(file, 'utf8'));
const badLines = parsed.problems.map(({ line, reason }) => `line ${line}: ${reason}`);

let url = process.env.MUNICIPALITIES_DATABASE_URL ?? process.env.DATABASE_URL;
let stopDatabase = async () => {};
if (!url) {
  const database = await prepareDatabase({ ...cliDatabaseOptions(false), log: () => {} });
  url = database.subgraphUrls.municipalities;
  stopDatabase = database.stop;
}
const sql = connect(url, { applicationName: 'klyngehub-referrals-import', maxConnections: 1 });
try {
  if (badLines.length === 0) {
    const result = await submitReferralCounts(drizzle(sql), {
      municipalityCode: values.municipality,
      actor: `import:${values.subject ?? process.env.USER ?? 'cli'}`,
      rows: parsed.rows,
    });
    console.log(
      `Saved ${parsed.rows.length} figures from ${file}: ${result.created} new, ${result.corrected} corrected, ${result.unchanged} unchanged.`,
    );
  }
} catch (error) {
  if (!(error instanceof ReferralBatchRejected)) throw error;
  for (const { row, field, reason } of error.problems) {
    badLines.push(row === 0 ? `file: ${reason}` : `line ${parsed.lines[row - 1]}: ${field === 'row' ? '' : `${field} `}${reason}`);
  }
} finally {
  await sql.end();
  await stopDatabase();
}
if (badLines.length > 0) {
  console.error(`Nothing was saved from ${file}:\n${badLines.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
