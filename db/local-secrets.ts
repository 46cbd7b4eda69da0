import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_OWNERS, type SchemaOwner } from '../platform/services.js';

/**
 * Secrets of a local hub, generated on first start and kept (mode 600) in the git-ignored
 * data folder, so a restart finds the same database passwords.
 */
export interface LocalSecrets {
  postgresPassword: string;
  rolePasswords: Record<SchemaOwner, string>;
  /** The gateway's proof towards the subgraphs (HUB_INTERNAL_SECRET). */
  internalSecret: string;
}

function secret(): string {
  return randomBytes(24).toString('base64url');
}

export function generateSecrets(): LocalSecrets {
  return {
    postgresPassword: secret(),
    rolePasswords: Object.fromEntries(SCHEMA_OWNERS.map((name) => [name, secret()])) as Record<SchemaOwner, string>,
    internalSecret: randomBytes(32).toString('base64url'),
  };
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
    // Fill in anything a newer version added, keeping what exists.
    const fresh = generateSecrets();
    const merged = { ...fresh, ...stored, rolePasswords: { ...fresh.rolePasswords, ...stored.rolePasswords } } as LocalSecrets;
    if (JSON.stringify(merged) !== JSON.stringify(stored)) writeFileSync(file, JSON.stringify(merged, null, 2), { mode: 0o600 });
    return merged;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets = generateSecrets();
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
