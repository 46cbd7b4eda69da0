import type { Queryable, Sql } from '../../platform/database.js';

/**
 * Multiplies what the benchmarked screens list: every package booking (copied as a new
 * request with its proposed slots), every regional offer (with its named clusters) and
 * every inquiry (with its assessment and forwards) gets `factor − 1` copies with new ids,
 * so each list a screen shows is `factor` times as long and nothing else changes. One
 * transaction: a failed run leaves the data as it was.
 */
export async function multiplyListedData(sql: Sql, factor: number): Promise<void> {
  await sql.begin(async (tx) => {
    for (const table of TABLES) await tx.unsafe(`create temp table ${originals(table)} on commit drop as select id from ${table}`);
    for (let copy = 1; copy < factor; copy++) {
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
}

const TABLES = ['municipalities.package_bookings', 'offers.regional_offers', 'inquiries.inquiries'];
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
async function copyChildren(tx: Queryable, table: string, parentKey: string, parentTable: string): Promise<void> {
  await tx.unsafe(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('${parentKey}', m.new))).*
    from ${table} t join ${copies(parentTable)} m on m.old = t.${parentKey}`);
}
