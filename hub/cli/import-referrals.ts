import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import { connect } from '../../platform/database.js';
import { cliDatabaseOptions } from './database-options.js';
import { prepareDatabase } from '../../db/setup.js';
import { parseReferralCsv } from '../../subgraphs/municipalities/referrals-csv.js';
import { rootMessage } from '../../platform/errors.js';
import type { RowProblem } from '../../subgraphs/municipalities/referral-rules.js';
import { createReferralWorkflow, ReferralBatchRejected } from '../../subgraphs/municipalities/referrals.js';

/**
 * `npm run referrals:import -- --municipality 269 file.csv`: loads a municipality's
 * referral counts from a CSV with the same rules as the API, all or nothing, and reports
 * every bad line by its line number. Connects as the municipalities subgraph does
 * (MUNICIPALITIES_DATABASE_URL or DATABASE_URL), else to the local embedded database.
 */
const USAGE = 'Usage: npm run referrals:import -- --municipality CODE FILE.csv';
const { values, positionals } = parseArgs({
  options: { municipality: { type: 'string' } },
  allowPositionals: true,
});
const [file] = positionals;
if (!values.municipality || !file || positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}

/** Where a problem is: a file line, and the CSV column when it concerns one value. */
interface BadLine {
  line: number;
  column?: string;
  reason: string;
}
const COLUMN_OF: Record<string, string> = { clusterId: 'cluster_id', offerId: 'offer_id', month: 'month', referrals: 'referrals' };

const parsed = parseReferralCsv(readFileSync(file, 'utf8'));
const badLines: BadLine[] = [...parsed.problems];
/** The shared rules speak of rows of the batch; the file's reader thinks in lines. */
const addRuleProblems = (problems: RowProblem[]) => {
  for (const { row, field, reason } of problems) {
    const line = row === 0 ? 0 : parsed.lines[row - 1]!;
    const readable = reason.replace(/repeats row (\d+)/, (_, n: string) => `repeats line ${parsed.lines[Number(n) - 1]}`);
    badLines.push({ line, column: COLUMN_OF[field], reason: readable });
  }
};

let url = process.env.MUNICIPALITIES_DATABASE_URL ?? process.env.DATABASE_URL;
let stopDatabase = async () => {};
let failed: string | undefined;
try {
  if (!url) {
    const database = await prepareDatabase({ ...cliDatabaseOptions(false), log: () => {} });
    url = database.subgraphUrls.municipalities;
    stopDatabase = database.stop;
  }
  const sql = connect(url, { applicationName: 'klyngehub-referrals-import', maxConnections: 1 });
  try {
    const referrals = createReferralWorkflow(drizzle(sql));
    if (badLines.length > 0) {
      // The file's shape is wrong somewhere: still judge every well-formed line, so one run shows everything to fix.
      addRuleProblems(await referrals.check(values.municipality, parsed.rows));
    } else {
      const result = await referrals.submitAs(
        { municipalityCode: values.municipality, actor: `municipality ${values.municipality} (file import)` },
        parsed.rows,
      );
      const blank = parsed.skipped.length;
      const skipped = blank > 0 ? ` Skipped ${blank} ${blank === 1 ? 'line' : 'lines'} without a figure.` : '';
      console.log(
        `Saved ${parsed.rows.length} figures from ${file}: ${result.created} new, ${result.corrected} corrected, ${result.unchanged} unchanged.${skipped}`,
      );
    }
  } catch (error) {
    if (error instanceof ReferralBatchRejected) addRuleProblems(error.problems);
    else failed = rootMessage(error); // never the statement or its values
  } finally {
    await sql.end();
  }
} catch (error) {
  failed = rootMessage(error);
} finally {
  await stopDatabase();
}
if (failed) {
  console.error(`Nothing was saved from ${file}: the import failed (${failed})`);
  process.exit(1);
}
if (badLines.length > 0) {
  const described = badLines
    .sort((a, b) => a.line - b.line)
    .map(({ line, column, reason }) => `  ${line === 0 ? 'file' : `line ${line}`}${column ? `, ${column}` : ''}: ${reason}`);
  console.error(`Nothing was saved from ${file}; ${badLines.length} problem(s):\n${described.join('\n')}`);
  process.exit(1);
}
