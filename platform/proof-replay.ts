import { index, text, timestamp, type PgSchema } from 'drizzle-orm/pg-core';
import type { Sql } from './database.js';
import type { VerifiedProof } from './auth/gateway-proof.js';

/**
 * The gateway proofs a subgraph has accepted for mutations, kept until they expire. A
 * mutation's proof is good once: every replica of the subgraph writes here first, in the
 * subgraph's own schema, so a replayed request is refused on all of them alike.
 */
export function usedGatewayProofsTable(schema: PgSchema<string>) {
  return schema.table(
    'used_gateway_proofs',
    {
      jti: text().primaryKey(),
      expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    },
    (t) => [index('used_gateway_proofs_expires_at_idx').on(t.expiresAt)],
  );
}

/**
 * Records a mutation's proof; false when it was used before. Expired entries are removed
 * on the way: a proof past its expiry is refused by its signature check anyway.
 */
export async function claimProofOnce(sql: Sql, schema: string, proof: VerifiedProof): Promise<boolean> {
  const table = sql(`${schema}.used_gateway_proofs`);
  const [claimed] = await sql`
    with expired as (delete from ${table} where expires_at < now() - interval '1 minute')
    insert into ${table} (jti, expires_at) values (${proof.jti}, ${proof.expiresAt.toISOString()})
    on conflict (jti) do nothing
    returning jti`;
  return claimed !== undefined;
}
