import type { Queryable, Sql } from '../../platform/database.js';

/**
 * Doubles what the benchmarked screens list: every package booking (copied as a new
 * request with its proposed slots), every regional offer (with its named clusters) and
 * every inquiry (with its assessment and forwards). The copies are new rows with new ids,
 * so each list a screen shows is twice as long, and nothing else changes.
 */
export async function doubleListedData(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await copy(tx, 'municipalities.package_bookings', 'id', {
      idempotency_key: "idempotency_key || '-double'",
      status: "'REQUESTED'",
      confirmed_starts_at: 'null',
      confirmed_ends_at: 'null',
      follow_up_of: 'null',
    });
    await copyChildren(tx, 'municipalities.booking_slots', 'booking_id', 'municipalities.package_bookings');
    await copy(tx, 'offers.regional_offers', 'id', { title: "title || ' (2)'" });
    await copyChildren(tx, 'offers.offer_audience_clusters', 'offer_id', 'offers.regional_offers');
    await copy(tx, 'inquiries.inquiries', 'id', { content_hash: 'md5(random()::text)', newsletter_section_id: 'null' });
    await copyChildren(tx, 'inquiries.inquiry_assessments', 'inquiry_id', 'inquiries.inquiries');
    await copyChildren(tx, 'inquiries.inquiry_forwards', 'inquiry_id', 'inquiries.inquiries');
  });
}

const mapOf = (table: string) => `double_${table.replace('.', '_')}`;

/** Copies every row of `table` under a new id, overriding some columns with SQL expressions over the original row. */
async function copy(tx: Queryable, table: string, key: string, overrides: Record<string, string>): Promise<void> {
  const map = mapOf(table);
  await tx.unsafe(`create temp table ${map} on commit drop as select ${key} as old, gen_random_uuid() as new from ${table}`);
  const set = Object.entries(overrides)
    .map(([column, expression]) => `'${column}', ${expression}`)
    .join(', ');
  await tx.unsafe(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('${key}', m.new${set ? `, ${set}` : ''}))).*
    from ${table} t join ${map} m on m.old = t.${key}`);
}

/** Copies the child rows of copied parents, pointing them at the copies. */
async function copyChildren(tx: Queryable, table: string, parentKey: string, parentTable: string): Promise<void> {
  await tx.unsafe(`
    insert into ${table}
    select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object('${parentKey}', m.new))).*
    from ${table} t join ${mapOf(parentTable)} m on m.old = t.${parentKey}`);
}
