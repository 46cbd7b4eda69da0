import { eq, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { BOUNDS } from '../../platform/domain-bounds.js';
import { badUserInput } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { isMonth, monthOf, monthToDate } from './months.js';
import { clusterCoverage, municipalOffers } from './tables.js';

/** One row of a batch as it arrived (GraphQL input or a CSV line): nothing is trusted yet. */
import type { ReferralRowInput } from './referrals-csv.js';
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

export interface SubmitResult {
  created: number;
  corrected: number;
  unchanged: number;
}

export class ReferralBatchRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} row(s) are not valid; nothing was written`);
  }
}

/** What a municipality's rows are checked against: its offers, the clusters covering it, the month it is. */
export async function loadReferralContext(
  db: Pick<PostgresJsDatabase, 'select'>,
  municipalityCode: string,
  now = new Date(),
): Promise<ReferralContext> {
  const offers = await db
    .select({ id: municipalOffers.id, kind: municipalOffers.kind })
    .from(municipalOffers)
    .where(eq(municipalOffers.municipalityCode, municipalityCode));
  const clusters = await db
    .select({ id: clusterCoverage.clusterId })
    .from(clusterCoverage)
    .where(eq(clusterCoverage.municipalityCode, municipalityCode));
  return {
    municipalityCode,
    offerIds: new Set(offers.filter((o) => o.kind === 'PREVENTION_AND_REHABILITATION').map((o) => o.id)),
    acuteOfferIds: new Set(offers.filter((o) => o.kind === 'ACUTE_FUNCTION').map((o) => o.id)),
    clusterIds: new Set(clusters.map((c) => c.id)),
    currentMonth: monthOf(now),
  };
}

/**
 * Writes a whole batch or nothing. Figures already so are left alone (a resent batch
 * changes nothing); a different figure for a month replaces the old one, which is kept as
 * a revision. Batches of one municipality are written one at a time.
 */
export async function submitReferralCounts(
  db: PostgresJsDatabase,
  request: { municipalityCode: string; actor: string; rows: ReferralRowInput[]; now?: Date },
): Promise<SubmitResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`referrals:${request.municipalityCode}`}))`);
    const context = await loadReferralContext(tx, request.municipalityCode, request.now);
    const { valid, problems } = validateReferralRows(request.rows, context);
    if (problems.length > 0) throw new ReferralBatchRejected(problems);

    const batch = JSON.stringify(valid.map((r) => ({ ...r, month: monthToDate(r.month) })));
    // One statement each, whatever the batch size: revisions of what changes, then the upsert.
    const [outcome] = await tx.execute<{ created: number; corrected: number; unchanged: number }>(sql`
      with batch as (
        select * from json_to_recordset(${batch}::json) as b("clusterId" uuid, "offerId" uuid, month date, referrals int)
      ),
      existing as (
        select b.*, c.referrals as old, c.updated_by as old_by
        from batch b join municipalities.referral_counts c
          on c.offer_id = b."offerId" and c.cluster_id = b."clusterId" and c.month = b.month
        for update of c
      ),
      revisions as (
        insert into municipalities.referral_count_revisions (offer_id, cluster_id, month, referrals, recorded_by, replaced_by)
        select "offerId", "clusterId", month, old, old_by, ${request.actor} from existing where old <> referrals
      ),
      written as (
        insert into municipalities.referral_counts (offer_id, cluster_id, month, referrals, updated_by)
        select "offerId", "clusterId", month, referrals, ${request.actor} from batch
        on conflict (offer_id, cluster_id, month) do update
          set referrals = excluded.referrals, updated_by = excluded.updated_by, updated_at = now()
          where referral_counts.referrals <> excluded.referrals
        returning 1
      )
      select
        (select count(*)::int from batch) - (select count(*)::int from existing) as created,
        (select count(*)::int from existing where old <> referrals) as corrected,
        (select count(*)::int from existing where old = referrals) as unchanged`);
    return outcome!;
  });
}

/** The GraphQL shape of a rejected batch: one BAD_USER_INPUT listing every bad row. */
export function rejectedBatchError(error: ReferralBatchRejected) {
  return badUserInput(`The referral counts were not saved: ${error.message}`, { rows: error.problems });
}
