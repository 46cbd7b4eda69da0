import type { Queryable, Sql } from '../platform/database.js';
import { SCHEMA_OWNERS, databaseRoleOf, postgresSchemaOf, type SchemaOwner } from '../platform/services.js';

/** True when the connected user may create roles (always so on the embedded default). */
export async function canCreateRoles(sql: Sql): Promise<boolean> {
  const [row] = await sql<{ allowed: boolean }[]>`
    select (rolsuper or rolcreaterole) as allowed from pg_roles where rolname = current_user`;
  return row?.allowed ?? false;
}

/**
 * Creates (or updates) one login role per subgraph (and the gateway) and grants it its own schema only.
 * Tables are owned by the migrating user, so a subgraph's role can read and write rows
 * but cannot change the schema, and cannot see another subgraph's schema at all.
 * Tables listed in `appendOnly` get no UPDATE or DELETE: their rows are a record.
 */
export async function ensureSubgraphRoles(
  sql: Sql,
  passwords: Record<SchemaOwner, string>,
  appendOnly: Partial<Record<SchemaOwner, string[]>> = {},
  options: { setExistingPasswords?: boolean } = {},
): Promise<void> {
  await sql.begin(async (tx) => {
    // Roles are cluster-wide, so databases set up in parallel (tests) would race for them.
    await tx`select pg_advisory_xact_lock(hashtext('klyngehub-roles'))`;
    const [{ database } = { database: '' }] = await tx<{ database: string }[]>`select current_database() as database`;
    for (const name of SCHEMA_OWNERS)
      await grantOwnSchema(tx, database, name, passwords[name], appendOnly[name] ?? [], options.setExistingPasswords ?? false);
  });
}

async function grantOwnSchema(
  sql: Queryable,
  database: string,
  name: SchemaOwner,
  password: string,
  appendOnly: string[],
  setExistingPassword: boolean,
) {
  const role = databaseRoleOf(name, database);
  const schema = postgresSchemaOf(name);
  const exists = await sql`select 1 from pg_roles where rolname = ${role}`;
  const quoted = password.replaceAll("'", "''");
  // An existing role keeps its password unless the operator configured one (role-passwords.ts).
  if (exists.length === 0) await sql.unsafe(`create role ${role} login password '${quoted}'`);
  else if (setExistingPassword) await sql.unsafe(`alter role ${role} with login password '${quoted}'`);
  await sql.unsafe(`
    grant connect on database "${database}" to ${role};
    revoke all on schema public from ${role};
    grant usage on schema ${schema} to ${role};
    grant select, insert, update, delete on all tables in schema ${schema} to ${role};
    grant usage, select on all sequences in schema ${schema} to ${role};
  `);
  for (const table of appendOnly) {
    await sql.unsafe(`revoke update, delete, truncate on ${schema}.${table} from ${role}`);
  }
}

/**
 * A connection string for a subgraph's role on the same server and database as `adminUrl`.
 * `roleDatabase` names the database the roles were made for, when this one is a copy of it.
 */
export function subgraphRoleUrl(adminUrl: string, name: SchemaOwner, password: string, roleDatabase?: string): string {
  const url = new URL(adminUrl);
  url.username = databaseRoleOf(name, roleDatabase ?? url.pathname.slice(1));
  url.password = encodeURIComponent(password);
  return url.toString();
}
