import postgres from 'postgres';
import { tracedSql } from './tracing.js';
import { eq, sql as drizzleSql, type Column, type SQL, type Subquery } from 'drizzle-orm';
import type { PgTable, SelectedFields } from 'drizzle-orm/pg-core';
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
  /**
   * Commits return before their WAL is on disk. Only for rows whose loss in a crash of
   * Postgres (not of the service) costs nothing: the gateway's rate-limit counters, where a
   * lost count lets one caller a few requests more, once. Postgres stays consistent either way.
   */
  asynchronousCommit?: boolean;
}

export type Sql = postgres.Sql;
/** A pool or a transaction: what a query function can run on. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

/**
 * Seconds a pool waits before its next connection attempt, after `retries` failed ones in a
 * row. postgres.js's default grows to 20 s: once Postgres was back from a restart, a service
 * refused requests for up to 20 s more. Doubling from 0.1 s to at most 2 s, with jitter.
 */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.1 * 2 ** retries, 2) * (0.5 + Math.random() / 2);
}

export function connect(url: string, options: ConnectOptions): Sql {
  const { counter } = options;
  const sql = postgres(url, {
    max: options.maxConnections ?? 10,
    backoff: reconnectDelaySeconds,
    connection: {
      application_name: options.applicationName,
      // Every statement is prepared, and the screens' reads take their batch as one array
      // parameter. Postgres's default planned each execution again whenever a plan for the
      // actual values looked cheaper than the generic one, which for a small batch it always
      // does: the offer pages' statement spent 0.29 ms planning to run in 0.12, and Postgres
      // took 0.81 instead of 0.45 ms per dashboard request. The hub's statements are written
      // for the indexes they use, so one plan per statement serves every batch.
      plan_cache_mode: 'force_generic_plan',
      ...(options.asynchronousCommit ? { synchronous_commit: 'off' } : {}),
    },
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

/**
 * Statements built once per database handle and then only run. drizzle builds a
 * statement's SQL text anew on every call, walking its query objects; under the dashboard's
 * load that was the services' largest single cost (`npm run bench -- --profile`: drizzle-orm
 * 1.6 of 10.2 ms CPU per request), so the loaders every screen runs keep theirs prepared.
 */
export function preparedPerDatabase<T>(prepare: (db: PostgresJsDatabase) => T): (db: PostgresJsDatabase) => T {
  const prepared = new WeakMap<PostgresJsDatabase, T>();
  return (db) => {
    let statements = prepared.get(db);
    if (!statements) {
      statements = prepare(db);
      prepared.set(db, statements);
    }
    return statements;
  };
}

/**
 * `column = any($name)`: a list of values as one array parameter (pass it through
 * `arrayLiteral`), so one prepared statement serves every length (`in (…)` would need one
 * per length).
 */
export function isAnyOf(column: Column, name: string): SQL {
  return drizzleSql`${column} = any(${drizzleSql.placeholder(name)})`;
}

/** `column = any($keys)`: a DataLoader's batch of keys; run the statement through `byKeys`. */
export function isAnyKey(column: Column): SQL {
  return isAnyOf(column, 'keys');
}

/** A statement prepared with `isAnyKey`, as a DataLoader's batch function. */
export function byKeys<TRows>(statement: {
  execute(values: Record<string, unknown>): Promise<TRows>;
}): (keys: readonly string[]) => Promise<TRows> {
  return (keys) => statement.execute({ keys: arrayLiteral(keys) });
}

/**
 * Values as a Postgres array literal, every element quoted (null as NULL). postgres.js sends
 * a JavaScript array of an unannounced type as `a,b`, which Postgres refuses; it serializes
 * arrays only for the types it fetched at connect, and the hub's pools skip that fetch.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/**
 * A timestamp column read as Postgres's text, to hand back to SQL unchanged: a JavaScript Date
 * keeps milliseconds where the column keeps microseconds, and a page anchored on a Date skips
 * the rows within a millisecond of it (every row of one transaction).
 */
export function exactTime(column: Column): SQL<string> {
  return drizzleSql<string>`${column}::text`;
}

/** Keyset paging of a newest-first list with ties by id, descending: the rows after the anchor's. */
export function olderThan(time: Column, id: Column, anchor: { time: string; id: string }): SQL {
  return drizzleSql`(${time}, ${id}) < (${anchor.time}::timestamptz, ${anchor.id}::uuid)`;
}

/**
 * The statement that cuts many pages of one list at once, one per row of `keys`: an
 * `unnest(…) with ordinality as k(…, after_id, first, n)` of parallel arrays, one element per
 * page asked for. `anchored` finds the page's anchor (`k.after_id`) in its list, `page`
 * lists at most `k.first` items after it; both read `k`, laterally. Each row says which page
 * it belongs to (`list`) and whether the anchor is in that page's list (`anchorInList`), with
 * one row with no item for an empty page: pagesFromRows (paging.ts) makes the pages.
 */
export function pagesStatement<TItem extends SelectedFields>(
  db: PostgresJsDatabase,
  parts: { keys: SQL; anchored: Subquery; anchorId: Column | SQL.Aliased; page: Subquery<string, TItem>; order: SQL[]; name: string },
) {
  const { keys, anchored, anchorId, page, order, name } = parts;
  return (
    db
      .select({
        ...page._.selectedFields,
        list: drizzleSql<number>`k.n::int`.as('list'),
        anchorInList: drizzleSql<boolean>`(k.after_id is null or ${anchorId} is not null)`.as('anchor_in_list'),
      })
      .from(keys)
      .leftJoinLateral(anchored, drizzleSql`true`)
      // drizzle cannot tell that a generic subquery is a select; the page's fields are typed above.
      .leftJoinLateral(page as Subquery, drizzleSql`true`)
      .orderBy(drizzleSql`k.n`, ...order)
      .prepare(name)
  );
}
