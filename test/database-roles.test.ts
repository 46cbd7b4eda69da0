import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Sql } from '../platform/database.js';
import { SCHEMA_OWNERS } from '../platform/services.js';
import { startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
const pools: Sql[] = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await hub?.close();
});

const TABLE_OF = {
  clusters: 'clusters',
  municipalities: 'municipalities',
  offers: 'regional_offers',
  inquiries: 'inquiries',
  gateway: 'rate_limit_windows',
} as const;

describe.each(SCHEMA_OWNERS)('the %s database role', (name) => {
  it('reads its own schema', async () => {
    const sql = connect(hub.roleUrl(name), { applicationName: 'test', maxConnections: 1 });
    pools.push(sql);
    const rows = await sql.unsafe(`select count(*)::int as n from ${name}.${TABLE_OF[name]}`);
    expect(rows[0]!.n).toBeGreaterThanOrEqual(name === 'gateway' ? 0 : 1); // the gateway's counters start empty
  });

  it.each(SCHEMA_OWNERS.filter((other) => other !== name))('cannot read or write the %s schema', async (other) => {
    const sql = connect(hub.roleUrl(name), { applicationName: 'test', maxConnections: 1 });
    pools.push(sql);
    await expect(sql.unsafe(`select * from ${other}.${TABLE_OF[other]} limit 1`)).rejects.toMatchObject({ code: '42501' });
    await expect(sql.unsafe(`delete from ${other}.${TABLE_OF[other]}`)).rejects.toMatchObject({ code: '42501' });
  });

  it('cannot change the schema or read the migration journal', async () => {
    const sql = connect(hub.roleUrl(name), { applicationName: 'test', maxConnections: 1 });
    pools.push(sql);
    await expect(sql.unsafe(`drop table ${name}.${TABLE_OF[name]}`)).rejects.toMatchObject({ code: '42501' });
    await expect(sql.unsafe(`select * from drizzle.${name}_migrations`)).rejects.toMatchObject({ code: '42501' });
  });
});
