import { eq, sql } from 'drizzle-orm';
import type { Transaction as Tx } from '../../platform/database.js';
import { monthOf, monthToDate } from './months.js';
import type { ReferralContext, ReferralRow } from './referral-rules.js';
import { clusterCoverage, municipalOffers } from './tables.js';

export interface SubmitResult {
  created: number;
  corrected: number;
  unchanged: number;
}

/** SQL of the referral-count workflow, each in the caller's transaction. */
export const referralWrites = {
  /** Batches of one municipality are written one at a time. */
  async lockMunicipality(tx: Tx, municipalityCode: string): Promise<void> {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`referrals:${municipalityCode}`}))`);
  },

  /** What a municipality's rows are checked against: its offers, the clusters covering it, the month it is. */
  async context(tx: Tx, municipalityCode: string, now: Date): Promise<ReferralContext> {
    const offers = await tx
      .select({ id: municipalOffers.id, kind: municipalOffers.kind })
      .from(municipalOffers)
      .where(eq(municipalOffers.municipalityCode, municipalityCode));
    const clusters = await tx
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
  },

  /**
   * Writes valid rows: figures already so are left alone (a resent batch changes nothing);
   * a different figure for a month replaces the old one, which is kept as a revision. One
   * statement, whatever the batch size.
   */
  async writeBatch(tx: Tx, rows: ReferralRow[], actor: string): Promise<SubmitResult> {
    const batch = JSON.stringify(rows.map((r) => ({ ...r, month: monthToDate(r.month) })));
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
        select "offerId", "clusterId", month, old, old_by, ${actor} from existing where old <> referrals
      ),
      written as (
        insert into municipalities.referral_counts (offer_id, cluster_id, month, referrals, updated_by)
        select "offerId", "clusterId", month, referrals, ${actor} from batch
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
  },
};
