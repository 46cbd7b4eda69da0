import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from 'jose';
import { claimsForViewer } from './claims.js';
import type { Viewer } from '../viewer.js';
import { DEFAULT_PORTS } from '../services.js';

export const DEV_ISSUER = 'urn:klyngehub:development-issuer';
export const DEV_AUDIENCE = 'klyngehub';

export interface SignOptions {
  /** A jose time span ("1h", "30m") or seconds since the epoch. */
  expiresIn?: string | number;
  notBefore?: string | number;
  subject?: string;
  issuer?: string;
  audience?: string;
}

/**
 * Signs Klyngehub tokens with one ES256 key. The hub acts as its own identity provider on
 * the embedded default (and in tests); production uses a real OpenID Connect provider.
 */
export class TokenIssuer {
  private constructor(
    readonly issuer: string,
    readonly audience: string,
    private readonly privateJwk: JWK,
    readonly jwks: JSONWebKeySet,
  ) {}

  static async generate(issuer = DEV_ISSUER, audience = DEV_AUDIENCE): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    return new TokenIssuer(issuer, audience, privateJwk, { keys: [publicJwk] });
  }

  static fromJson(json: { issuer: string; audience: string; privateJwk: JWK; jwks: JSONWebKeySet }): TokenIssuer {
    return new TokenIssuer(json.issuer, json.audience, json.privateJwk, json.jwks);
  }

  toJson() {
    return { issuer: this.issuer, audience: this.audience, privateJwk: this.privateJwk, jwks: this.jwks };
  }

  get kid(): string {
    return this.privateJwk.kid!;
  }

  async sign(viewer: Exclude<Viewer, { kind: 'anonymous' }>, options: SignOptions = {}): Promise<string> {
    const jwt = new SignJWT(claimsForViewer(viewer))
      .setProtectedHeader({ alg: 'ES256', kid: this.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? this.issuer)
      .setAudience(options.audience ?? this.audience)
      .setSubject(options.subject ?? viewer.subject)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h');
    if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
    return jwt.sign(await importJWK(this.privateJwk, 'ES256'));
  }
}

/** Where the development issuer keeps its key (private, mode 600) and its public key set. */
export function devIssuerFiles(dataDir: string) {
  const dir = path.join(dataDir, 'dev-issuer');
  return { dir, issuer: path.join(dir, 'issuer.json'), jwks: path.join(dir, 'jwks.json'), users: path.join(dir, 'users.json') };
}

/**
 * The development issuer's identifier: the OpenID Connect provider the gateway mounts at
 * /oidc (dev-identity.ts), addressed by the hub's public URL as browsers reach it.
 */
export function devIssuerUrl(env: NodeJS.ProcessEnv = process.env): string {
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.GATEWAY_PORT ?? DEFAULT_PORTS.gateway}`;
  return `${publicUrl.replace(/\/+$/, '')}/oidc`;
}

/**
 * The development issuer of a local hub: its key is created on first start and the same
 * ever after. `issuerUrl` (the launcher's, from PUBLIC_URL or the gateway port) is recorded
 * with it, so `npm run token` signs for the hub that last started from this folder.
 */
export async function loadOrCreateDevIssuer(dataDir: string, issuerUrl?: string): Promise<TokenIssuer> {
  const files = devIssuerFiles(dataDir);
  let issuer: TokenIssuer;
  if (existsSync(files.issuer)) {
    issuer = TokenIssuer.fromJson(JSON.parse(readFileSync(files.issuer, 'utf8')));
    if (issuerUrl === undefined || issuer.issuer === issuerUrl) return issuer;
    issuer = TokenIssuer.fromJson({ ...issuer.toJson(), issuer: issuerUrl });
  } else {
    mkdirSync(files.dir, { recursive: true });
    chmodSync(files.dir, 0o700);
    issuer = await TokenIssuer.generate(issuerUrl ?? devIssuerUrl());
  }
  writeFileSync(files.issuer, JSON.stringify(issuer.toJson(), null, 2), { mode: 0o600 });
  writeFileSync(files.jwks, JSON.stringify(issuer.jwks, null, 2));
  return issuer;
}
