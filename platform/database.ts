import postgres from 'postgres';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';

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
  return postgres(url, {
    max: options.maxConnections ?? 10,
    connection: { application_name: options.applicationName },
    onnotice: () => {},
    // The hub's columns use no array-of-custom types, so the per-connection type lookup is waste.
    fetch_types: false,
    // postgres.js calls `debug` once per statement sent; that is exactly what we count.
    ...(counter ? { debug: () => void counter.count++ } : {}),
  });
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
