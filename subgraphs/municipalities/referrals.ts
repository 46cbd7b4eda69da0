import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput } from '../../platform/errors.js';
import { actorLabel, type Viewer } from '../../platform/viewer.js';
import { requireMunicipality } from './access.js';
import { validateReferralRows, type ReferralRowInput, type RowProblem } from './referral-rules.js';
import { referralWrites as store, type SubmitResult } from './referral-store.js';

export class ReferralBatchRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} row(s) are not valid; nothing was written`);
  }
}

/** Who a batch is written as: a municipality's representative, or an operator importing its file. */
export interface Submitter {
  municipalityCode: string;
  actor: string;
}

/**
 * Referral counts, a whole batch or nothing: every row is checked against the
 * municipality's offers and covering clusters (referral-rules.ts) before any is written.
 */
export function createReferralWorkflow(db: PostgresJsDatabase, clock: () => Date = () => new Date()) {
  /** Throws ReferralBatchRejected with every bad row, so a file import can name its lines. */
  const submitAs = (submitter: Submitter, rows: ReferralRowInput[]): Promise<SubmitResult> =>
    db.transaction(async (tx) => {
      await store.lockMunicipality(tx, submitter.municipalityCode);
      const { valid, problems } = validateReferralRows(rows, await store.context(tx, submitter.municipalityCode, clock()));
      if (problems.length > 0) throw new ReferralBatchRejected(problems);
      return store.writeBatch(tx, valid, submitter.actor);
    });

  return {
    submitAs,

    /** A municipality's representative submits its own figures; a bad batch is one BAD_USER_INPUT listing every bad row. */
    async submit(viewer: Viewer, rows: ReferralRowInput[]): Promise<SubmitResult> {
      const municipality = requireMunicipality(viewer);
      try {
        return await submitAs({ municipalityCode: municipality.municipalityCode, actor: actorLabel(municipality) }, rows);
      } catch (error) {
        if (error instanceof ReferralBatchRejected) throw rejectedBatchError(error);
        throw error;
      }
    },

    /** The problems a batch would be refused for, writing nothing: a file import judges every line in one run. */
    check: (municipalityCode: string, rows: ReferralRowInput[]): Promise<RowProblem[]> =>
      db.transaction(async (tx) => validateReferralRows(rows, await store.context(tx, municipalityCode, clock())).problems),
  };
}

export type ReferralWorkflow = ReturnType<typeof createReferralWorkflow>;

/** The GraphQL shape of a rejected batch: one BAD_USER_INPUT listing every bad row, each with its line. */
function rejectedBatchError(error: ReferralBatchRejected) {
  return badUserInput(
    `The referral counts were not saved: ${error.message}`,
    error.problems.map(({ row, field, reason }) =>
      row === 0
        ? { path: 'input.counts', message: reason }
        : { path: `input.counts[${row - 1}]${field === 'row' ? '' : `.${field}`}`, message: reason, line: row },
    ),
  );
}
