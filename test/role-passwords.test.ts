import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRolePasswords } from '../db/role-passwords.js';

const local = () => ({ clusters: 'l1', municipalities: 'l2', offers: 'l3', inquiries: 'l4', gateway: 'l5' });

describe('the database roles’ passwords', () => {
  it('are the generated local ones when nothing is configured, and then never change an existing role', () => {
    expect(resolveRolePasswords(local, {})).toEqual({ passwords: local(), explicit: false });
  });

  it('come from <SERVICE>_DATABASE_PASSWORD, all or none', () => {
    const env = {
      CLUSTERS_DATABASE_PASSWORD: 'a',
      MUNICIPALITIES_DATABASE_PASSWORD: 'b',
      OFFERS_DATABASE_PASSWORD: 'c',
      INQUIRIES_DATABASE_PASSWORD: 'd',
      GATEWAY_DATABASE_PASSWORD: 'e',
    };
    expect(resolveRolePasswords(local, env)).toEqual({
      passwords: { clusters: 'a', municipalities: 'b', offers: 'c', inquiries: 'd', gateway: 'e' },
      explicit: true,
    });
    expect(() => resolveRolePasswords(local, { CLUSTERS_DATABASE_PASSWORD: 'a' })).toThrow(/MUNICIPALITIES_DATABASE_PASSWORD/);
  });

  it('or from the secrets file the operator names', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secrets-'));
    const file = path.join(dir, 'secrets.json');
    try {
      writeFileSync(
        file,
        JSON.stringify({ rolePasswords: { clusters: 'a', municipalities: 'b', offers: 'c', inquiries: 'd', gateway: 'e' } }),
      );
      expect(resolveRolePasswords(local, { HUB_SECRETS_FILE: file }).explicit).toBe(true);
      writeFileSync(file, JSON.stringify({ rolePasswords: { clusters: 'a' } }));
      expect(() => resolveRolePasswords(local, { HUB_SECRETS_FILE: file })).toThrow(/lacks rolePasswords for municipalities/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
