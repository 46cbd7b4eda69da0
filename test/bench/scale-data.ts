import type { Queryable, Sql } from '../../platform/database.js';

/**
 * Multiplies the demo data `factor` times, as the performance issue asks: every cluster
 * (with its practices, officers, members, the municipalities it covers and its referral
 * counts: 116 → 1,160 clusters, ten times the referral counts), and what the benchmarked
 * screens list: every package booking (copied as a new request with its proposed slots),
 * every regional offer (with its named clusters) and every inquiry (with its assessment and
 * forwards). Copies get new ids, names and provider numbers; nothing else changes. One
 * transaction: a failed run leaves the data as it was. Then the database is vacuumed and analysed.
 */
export async function multiplyData(sql: Sql, factor: number): Promise<RowCounts> {
  const before = await countRows(sql);
  await sql.begin(async (tx) => {
    for (const table of TABLES) await tx.unsafe(`create temp table ${originals(table)} on commit drop as select id from ${table}`);
    // The demo data's provider numbers stay below 100000 (db/seed/demo-data.ts).
    await tx.unsafe('create temp sequence copied_provider_numbers start 100000');
    for (let copy = 1; copy < factor; copy++) {
      await copyClusters(tx, copy);
      await copyRows(tx, 'municipalities.package_bookings', {
        idempotency_key: `idempotency_key || '-copy${copy}'`,
        status: "'REQUESTED'",
        // A copy belongs to no package order: an order has one live booking per municipality.
        order_id: 'null',
        confirmed_starts_at: 'null',
        confirmed_ends_at: 'null',
        follow_up_of: 'null',
      });
      await copyChildren(tx, 'municipalities.booking_slots', 'booking_id', 'municipalities.package_bookings');
      await copyRows(tx, 'offers.regional_offers', { title: `title || ' (${copy + 1})'` });
      await copyChildren(tx, 'offers.offer_audience_clusters', 'offer_id', 'offers.regional_offers');
      await copyRows(tx, 'inquiries.inquiries', { content_hash: 'md5(random()::text)', newsletter_section_id: 'null' });
      await copyChildren(tx, 'inquiries.inquiry_assessments', 'inquiry_id', 'inquiries.inquiries');
      await copyChildren(tx, 'inquiries.inquiry_forwards', 'inquiry_id', 'inquiries.inquiries');
    }
  });
  // What a database that grew over the years has: current statistics and no work left for
  // autovacuum. Without it, autovacuum analysed the copied tables about two minutes later
  // (measured once): by chance during or after the measured phases, with its CPU counted as
  // the hub's, and until then the statements were planned with the original data's statistics.
  await sql.unsafe('vacuum (analyze)');
  const after = await countRows(sql);
  return Object.fromEntries(Object.entries(before).map(([table, rows]) => [table, { before: rows, after: after[table]! }]));
}

/** Rows per counted table before and after, so the run shows (and its test checks) what it multiplied. */
export type RowCounts = Record<string, { before: number; after: number }>;

const COUNTED = [
  'clusters.clusters',
  'clusters.practices',
  'municipalities.referral_counts',
  'municipalities.package_bookings',
  'offers.regional_offers',
  'inquiries.inquiries',
];

async function countRows(sql: Sql): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const [row] = await sql.unsafe<{ rows: number }[]>(`select count(*)::int as rows from ${table}`);
    counts[table] = row!.rows;
  }
  return counts;
}

const TABLES = ['clusters.clusters', 'municipalities.package_bookings', 'offers.regional_offers', 'inquiries.inquiries'];
const originals = (table: string) => `originals_${table.replace('.', '_')}`;
const copies = (table: string) => `copies_${table.replace('.', '_')}`;

/** Copies the original rows of `table` under new ids, overriding some columns with SQL expressions over the original row. */
async function copyRows(tx: Queryable, table: string, overrides: Record<string, string>): Promise<void> {
  await tx.unsafe(`drop table if exists ${copies(table)}`);
  await tx.unsafe(
    `create temp table ${copies(table)} on commit drop as select id as old, gen_random_uuid() as new from ${originals(table)}`,
  );
  const set = Object.entries(overrides)
    .map(([column, expression]) => `'${column}', ${expression}`)
    .join(', ');
  await tx.unsafe(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('id', m.new, ${set}))).*
    from ${table} t join ${copies(table)} m on m.old = t.id`);
}

/** Copies the child rows of the originals just copied, pointing them at the copies. */
async function copyChildren(
  tx: Queryable,
  table: string,
  parentKey: string,
  parentTable: string,
  overrides: Record<string, string> = {},
): Promise<void> {
  const set = Object.entries(overrides).map(([column, expression]) => `, '${column}', ${expression}`);
  await tx.unsafe(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('${parentKey}', m.new${set.join('')}))).*
    from ${table} t join ${copies(parentTable)} m on m.old = t.${parentKey}`);
}

/**
 * One copy of every original cluster with what belongs to it, in the clusters subgraph's
 * schema and in the municipalities subgraph's (its coverage and referral counts, which
 * refer to the cluster by id only).
 */
async function copyClusters(tx: Queryable, copy: number): Promise<void> {
  await copyRows(tx, 'clusters.clusters', { name: `name || ' (${copy + 1})'` });
  // A practice is its provider number, so each copy gets new ones; members follow their practice.
  await tx.unsafe(`
    create temp table copied_practices on commit drop as
    select p.provider_number as old, lpad(nextval('copied_provider_numbers')::text, 6, '0') as new, m.new as cluster_id
    from clusters.practices p join ${copies('clusters.clusters')} m on m.old = p.cluster_id`);
  await tx.unsafe(`
    insert into clusters.practices
    select (jsonb_populate_record(null::clusters.practices,
      to_jsonb(t) || jsonb_build_object('provider_number', c.new, 'cluster_id', c.cluster_id))).*
    from clusters.practices t join copied_practices c on c.old = t.provider_number`);
  await tx.unsafe(`
    insert into clusters.members
    select (jsonb_populate_record(null::clusters.members,
      to_jsonb(t) || jsonb_build_object('id', gen_random_uuid(), 'provider_number', c.new, 'cluster_id', c.cluster_id))).*
    from clusters.members t join copied_practices c on c.old = t.provider_number`);
  await tx.unsafe('drop table copied_practices');
  await copyChildren(tx, 'clusters.officers', 'cluster_id', 'clusters.clusters', { id: 'gen_random_uuid()' });
  await copyChildren(tx, 'municipalities.cluster_coverage', 'cluster_id', 'clusters.clusters');
  await copyChildren(tx, 'municipalities.referral_counts', 'cluster_id', 'clusters.clusters');
}
