import postgres from 'postgres';
import { tracedSql } from './tracing.js';
import { eq, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { isUuid } from './ids.js';

/** Counts the SQL statements a connection pool sends; the batching test reads it. */
export class StatementCounter {
  count = 0;
  reset(): void {
    this.count = 0;
  }
}

export interface ConnectOptions {
  /** Shown in pg_stat_activity, so a slow query names its service. */
  applicationName: string;
  maxConnections?: number;
  counter?: StatementCounter;
}

export type Sql = postgres.Sql;
/** A pool or a transaction: what a query function can run on. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

export function connect(url: string, options: ConnectOptions): Sql {
  const { counter } = options;
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    connection: { application_name: options.applicationName },
    onnotice: () => {},
    // The hub's columns use no array-of-custom types, so the per-connection type lookup is waste.
    fetch_types: false,
    // postgres.js calls `debug` once per statement sent; that is exactly what we count.
    ...(counter ? { debug: () => void counter.count++ } : {}),
  });
  return tracedSql(sql);
}

/** True when the database answers; used by every service's /ready. */
export async function isReachable(sql: Sql): Promise<boolean> {
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  }
}

/** A drizzle transaction: what a workflow's steps run on inside `db.transaction`. */
export type Transaction = Parameters<Parameters<PostgresJsDatabase['transaction']>[0]>[0];

/**
 * Locks one row by its id until the transaction ends, so two hands cannot take it two ways.
 * Undefined when no row has that id, a text that is not a UUID included (Postgres would
 * refuse it): the caller answers NOT_FOUND, as it does for a row the caller may not see.
 */
export async function lockById<TTable extends PgTable>(
  tx: Transaction,
  table: TTable,
  id: string,
): Promise<TTable['$inferSelect'] | undefined> {
  if (!isUuid(id)) return undefined;
  const idColumn = (table as unknown as { id: Column }).id;
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(idColumn, id))
    .for('update');
  return row as TTable['$inferSelect'] | undefined;
}
