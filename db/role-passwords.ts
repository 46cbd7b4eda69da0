import { readFileSync } from 'node:fs';
import { ConfigError, readEnvs, variable, type Env } from '../platform/env.js';
import { ENV_PREFIX, SCHEMA_OWNERS, type SchemaOwner } from '../platform/services.js';

/**
 * The passwords of the services' database roles, and whether an operator configured them.
 * Configured (explicit) passwords are set on the roles at every migration — that is how an
 * operator rotates one. Generated local ones (the embedded default's DATA_DIR) are only
 * given to roles when they are created, so a migration run from another folder never
 * changes a password it did not create and never locks out running services.
 */
export interface RolePasswords {
  passwords: Record<SchemaOwner, string>;
  explicit: boolean;
}

/**
 * HUB_SECRETS_FILE names a JSON file `{ "rolePasswords": { "clusters": "…", … } }`; or each
 * role's <SERVICE>_DATABASE_PASSWORD is set; otherwise the generated local ones are used.
 */
export function resolveRolePasswords(local: () => Record<SchemaOwner, string>, env: Env = process.env): RolePasswords {
  const passwordVariable = (name: SchemaOwner) => `${ENV_PREFIX[name]}_DATABASE_PASSWORD`;
  const [{ HUB_SECRETS_FILE: file }, passwords] = readEnvs(
    env,
    { HUB_SECRETS_FILE: variable.text.optional() },
    Object.fromEntries(SCHEMA_OWNERS.map((name) => [passwordVariable(name), variable.text.optional()])),
  );
  if (file) {
    let stored: { rolePasswords?: Partial<Record<SchemaOwner, unknown>> };
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
    } catch (error) {
      throw new ConfigError(`HUB_SECRETS_FILE (${file}) could not be read as JSON: ${(error as Error).message}`);
    }
    const missing = SCHEMA_OWNERS.filter((name) => typeof stored.rolePasswords?.[name] !== 'string' || stored.rolePasswords[name] === '');
    if (missing.length > 0) throw new ConfigError(`HUB_SECRETS_FILE lacks rolePasswords for ${missing.join(', ')}`);
    return { passwords: stored.rolePasswords as Record<SchemaOwner, string>, explicit: true };
  }
  const fromEnv = Object.fromEntries(SCHEMA_OWNERS.map((name) => [name, passwords[passwordVariable(name)]]));
  const given = SCHEMA_OWNERS.filter((name) => fromEnv[name] !== undefined);
  if (given.length === SCHEMA_OWNERS.length) return { passwords: fromEnv as Record<SchemaOwner, string>, explicit: true };
  if (given.length > 0) {
    const missing = SCHEMA_OWNERS.filter((name) => fromEnv[name] === undefined).map((name) => `${ENV_PREFIX[name]}_DATABASE_PASSWORD`);
    throw new ConfigError(`Set every role's password or none: ${missing.join(', ')} missing`);
  }
  return { passwords: local(), explicit: false };
}
