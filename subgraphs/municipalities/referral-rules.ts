import { BOUNDS } from '../../platform/domain-bounds.js';
import { isMonth } from './months.js';
import type { ReferralRowInput } from './referrals-csv.js';

/** One row of a batch as it arrived (GraphQL input or a CSV line): nothing is trusted yet. */
export type { ReferralRowInput };

export interface ReferralRow {
  clusterId: string;
  offerId: string;
  month: string;
  referrals: number;
}

/** What is wrong with a row; `row` counts from 1 in the batch's order. */
export interface RowProblem {
  row: number;
  field: keyof ReferralRowInput | 'row';
  reason: string;
}

export interface ReferralContext {
  municipalityCode: string;
  /** The municipality's own offers (retired ones too: their history can still be supplied). */
  /** The municipality's prevention and rehabilitation offers: the ones the fact sheet asks referral counts for. */
  offerIds: ReadonlySet<string>;
  /** Its acute-function offers, named apart so a row for one is told why it is refused. */
  acuteOfferIds: ReadonlySet<string>;
  /** The clusters covering the municipality. */
  clusterIds: ReadonlySet<string>;
  currentMonth: string;
}

export const MAX_BATCH_ROWS = 5000;

/** Checks every row against every rule and reports them all; pure, so the CSV import and the API share it. */
export function validateReferralRows(rows: ReferralRowInput[], context: ReferralContext): { valid: ReferralRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const valid: ReferralRow[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) problems.push({ row: 0, field: 'row', reason: 'the batch is empty' });
  if (rows.length > MAX_BATCH_ROWS) problems.push({ row: 0, field: 'row', reason: `a batch holds at most ${MAX_BATCH_ROWS} rows` });
  rows.forEach((input, index) => {
    const row = index + 1;
    const before = problems.length;
    const { clusterId, offerId, month, referrals } = input;
    if (typeof referrals !== 'number' || !Number.isInteger(referrals) || referrals < 0 || referrals > BOUNDS.maxReferrals) {
      problems.push({ row, field: 'referrals', reason: `must be a whole number from 0 to ${BOUNDS.maxReferrals}` });
    }
    if (typeof offerId === 'string' && context.acuteOfferIds.has(offerId)) {
      problems.push({
        row,
        field: 'offerId',
        reason: 'is an acute-function offer; referral counts are for prevention and rehabilitation offers',
      });
    } else if (typeof offerId !== 'string' || !context.offerIds.has(offerId)) {
      problems.push({ row, field: 'offerId', reason: `is not an offer of municipality ${context.municipalityCode}` });
    }
    if (typeof clusterId !== 'string' || !context.clusterIds.has(clusterId)) {
      problems.push({ row, field: 'clusterId', reason: `is not a cluster covering municipality ${context.municipalityCode}` });
    }
    if (!isMonth(month)) problems.push({ row, field: 'month', reason: 'must be a month written YYYY-MM' });
    else if (month > context.currentMonth) problems.push({ row, field: 'month', reason: 'must be a past or the current month' });
    else if (month < BOUNDS.firstMonth)
      problems.push({ row, field: 'month', reason: `must be ${BOUNDS.firstMonth} or later (the municipalities of today)` });
    if (problems.length > before) return;
    const key = `${clusterId}|${offerId}|${month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row, field: 'row', reason: `repeats row ${first} (same cluster, offer and month)` });
      return;
    }
    seen.set(key, row);
    valid.push({ clusterId: clusterId as string, offerId: offerId as string, month: month as string, referrals: referrals as number });
  });
  return { valid, problems };
}
