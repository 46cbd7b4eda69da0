import { importJWK, SignJWT, type JSONWebKeySet } from 'jose';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TokenIssuer } from '../platform/auth/dev-issuer.js';
import { createTokenVerifier, type TokenVerifier } from '../platform/auth/tokens.js';
import { ClusterDirectoryDocument } from './__generated__/operations.js';
import { errorCodes, postGraphQL, startTestHub, type TestHub } from './support/hub.js';

/** The identity provider is outside the hub, so its JWKS endpoint is mocked with msw. */
const ISSUER = 'https://idp.example.test/realms/klyngehub';
const AUDIENCE = 'klyngehub';
const JWKS_URL = 'https://idp.example.test/realms/klyngehub/certs';
const KIAP = { kind: 'kiap', subject: 'anna@kiap.example' } as const;

let published: JSONWebKeySet = { keys: [] };
let cacheControl: string | undefined;
let jwksRequests = 0;
const idp = setupServer(
  http.get(JWKS_URL, () => {
    jwksRequests++;
    return HttpResponse.json(published, { headers: cacheControl ? { 'cache-control': cacheControl } : {} });
  }),
);

let current: TokenIssuer;
let verify: TokenVerifier;
let hub: TestHub;

beforeAll(async () => {
  idp.listen({
    // The hub's own loopback calls pass; anything else leaving the machine fails the test.
    onUnhandledRequest(request, print) {
      if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(request.url).hostname)) print.error();
    },
  });
  current = await TokenIssuer.generate(ISSUER, AUDIENCE);
  published = current.jwks;
  verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: JWKS_URL });
  hub = await startTestHub();
});
afterEach(() => vi.useRealTimers());
afterAll(async () => {
  idp.close();
  await hub?.close();
});

const bearer = (token: string) => `Bearer ${token}`;

describe('token verification against the provider’s JWKS', () => {
  it('accepts a valid token and reads the role and its scope from the claims', async () => {
    const token = await current.sign({ kind: 'cluster', subject: 'doc-1', clusterId: 'c-1', clusterRole: 'board', regionCode: '1085' });
    await expect(verify(bearer(token))).resolves.toEqual({
      kind: 'cluster',
      subject: 'doc-1',
      clusterId: 'c-1',
      clusterRole: 'board',
      regionCode: '1085',
    });
  });

  it('treats no token as anonymous', async () => {
    await expect(verify(undefined)).resolves.toEqual({ kind: 'anonymous' });
  });

  it.each([
    ['an expired token', () => current.sign(KIAP, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['a token not valid yet', () => current.sign(KIAP, { notBefore: '10m' }), /not valid yet/],
    ['a token from another issuer', () => current.sign(KIAP, { issuer: 'https://evil.example.test' }), /issuer/],
    ['a token for another audience', () => current.sign(KIAP, { audience: 'another-app' }), /audience/],
  ])('refuses %s', async (_, make, reason) => {
    await expect(verify(bearer(await make()))).rejects.toThrow(reason);
  });

  const signRaw = async (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    new SignJWT({ klyngehub_role: 'kiap', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: current.kid, ...header })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .sign(await importJWK(current.toJson().privateJwk, 'ES256'));
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['without exp', () => signRaw({ sub: 'x', iat: now() }), /no exp claim/],
    ['that lives until the year 2200', () => signRaw({ sub: 'x', iat: now(), exp: 7_258_118_400 }), /lives longer/],
    ['issued in the future', () => signRaw({ sub: 'x', iat: now() + 3600, exp: now() + 7200 }), /issued in the future/],
    ['with a blank subject', () => signRaw({ sub: '  ', iat: now(), exp: now() + 600 }), /subject/],
    ['without a subject', () => signRaw({ iat: now(), exp: now() + 600 }), /no sub claim/],
    [
      'that is not an access token (typ)',
      () => signRaw({ sub: 'x', iat: now(), exp: now() + 600 }, { typ: 'logout+jwt' }),
      /not an access token/,
    ],
  ])('refuses a token %s', async (_, make, reason) => {
    await expect(verify(bearer(await make()))).rejects.toThrow(reason);
  });

  it('accepts the longest lifetime allowed and an RFC 9068 access token', async () => {
    const token = await signRaw({ sub: 'x', iat: now(), exp: now() + 12 * 3600 }, { typ: 'at+jwt' });
    await expect(verify(bearer(token))).resolves.toMatchObject({ kind: 'kiap' });
  });

  it('refuses a token whose signature does not match its key', async () => {
    const impostor = await TokenIssuer.generate(ISSUER, AUDIENCE);
    const forged = await impostor.sign(KIAP);
    // Same payload and header as a real token, but the impostor's signature under the real kid.
    const real = await current.sign(KIAP);
    const [header] = real.split('.');
    const [, payload, signature] = forged.split('.');
    await expect(verify(bearer(`${header}.${payload}.${signature}`))).rejects.toThrow(/signature is invalid/);
  });

  it('refuses a token signed with a key the provider does not publish', async () => {
    const stranger = await TokenIssuer.generate(ISSUER, AUDIENCE);
    await expect(verify(bearer(await stranger.sign(KIAP)))).rejects.toThrow(/key this hub does not know/);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: now + 600, klyngehub_role: 'kiap' })}.`;
    await expect(verify(bearer(unsigned))).rejects.toThrow(/algorithm|invalid/);
  });

  it('refuses an HMAC token made with the public key as its secret (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(current.jwks.keys[0]));
    const token = await new SignJWT({ klyngehub_role: 'kiap' })
      .setProtectedHeader({ alg: 'HS256', kid: current.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(secret);
    await expect(verify(bearer(token))).rejects.toThrow(/algorithm/);
  });

  it('refuses a token whose role lacks its scope', async () => {
    const token = await new SignJWT({ klyngehub_role: 'region' })
      .setProtectedHeader({ alg: 'ES256', kid: current.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('unit')
      .setExpirationTime('5m')
      .sign(await importJWK(current.toJson().privateJwk, 'ES256'));
    await expect(verify(bearer(token))).rejects.toThrow(/klyngehub_region/);
    // A cluster token must state the cluster's region: offers and inquiries check "own region" against it.
    const clusterWithoutRegion = await new SignJWT({ klyngehub_role: 'cluster', klyngehub_cluster: 'c-1', klyngehub_cluster_role: 'board' })
      .setProtectedHeader({ alg: 'ES256', kid: current.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('doc')
      .setExpirationTime('5m')
      .sign(await importJWK(current.toJson().privateJwk, 'ES256'));
    await expect(verify(bearer(clusterWithoutRegion))).rejects.toThrow(/klyngehub_region/);
  });

  it('fetches the new key set at once when the provider rotates keys, and asks at most every 5 s for unknown keys', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await verify(bearer(await current.sign(KIAP)));
    vi.setSystemTime(Date.now() + 6_000);
    const before = jwksRequests;
    const rotated = await TokenIssuer.generate(ISSUER, AUDIENCE);
    published = { keys: [...current.jwks.keys, ...rotated.jwks.keys] };
    await expect(verify(bearer(await rotated.sign(KIAP)))).resolves.toMatchObject({ kind: 'kiap' });
    expect(jwksRequests).toBe(before + 1);

    // A stream of made-up key ids right after: refused without asking the provider again.
    const unknown = await TokenIssuer.generate(ISSUER, AUDIENCE);
    for (let i = 0; i < 5; i++) await expect(verify(bearer(await unknown.sign(KIAP)))).rejects.toThrow(/key this hub does not know/);
    expect(jwksRequests).toBe(before + 1);
    vi.setSystemTime(Date.now() + 6_000);
    await expect(verify(bearer(await unknown.sign(KIAP)))).rejects.toThrow(/key this hub does not know/);
    expect(jwksRequests).toBe(before + 2);
    current = rotated;
  });

  it.each([
    ['max-age=60', 60_000],
    ['max-age=86400 (bounded to 15 min)', 15 * 60_000],
    ['no Cache-Control (5 min)', 5 * 60_000],
  ])('stops trusting a key the provider withdrew when its answer said: %s', async (header, keptMs) => {
    cacheControl = /^max-age=\d+/.exec(header)?.[0];
    const fresh = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: JWKS_URL });
    const withdrawn = await TokenIssuer.generate(ISSUER, AUDIENCE);
    published = { keys: [...current.jwks.keys, ...withdrawn.jwks.keys] };
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    await expect(fresh(bearer(await withdrawn.sign(KIAP)))).resolves.toMatchObject({ kind: 'kiap' });
    published = current.jwks;
    vi.setSystemTime(start + keptMs - 1_000);
    await expect(fresh(bearer(await withdrawn.sign(KIAP)))).resolves.toMatchObject({ kind: 'kiap' });
    vi.setSystemTime(start + keptMs + 1_000);
    await expect(fresh(bearer(await withdrawn.sign(KIAP)))).rejects.toThrow(/key this hub does not know/);
    cacheControl = undefined;
  });

  it('remembers a verified token, but not past its expiry nor longer than a minute after its key was withdrawn', async () => {
    cacheControl = 'max-age=30';
    const fresh = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: JWKS_URL });
    const withdrawn = await TokenIssuer.generate(ISSUER, AUDIENCE);
    published = { keys: [...current.jwks.keys, ...withdrawn.jwks.keys] };
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const token = bearer(await withdrawn.sign(KIAP, { expiresIn: '10m' }));
    const shortLived = bearer(await current.sign(KIAP, { expiresIn: '20s' }));
    await expect(fresh(token)).resolves.toMatchObject({ kind: 'kiap' });
    await expect(fresh(shortLived)).resolves.toMatchObject({ kind: 'kiap' });
    published = current.jwks;
    const requestsBefore = jwksRequests;
    vi.setSystemTime(start + 40_000);
    await expect(fresh(token)).resolves.toMatchObject({ kind: 'kiap' }); // remembered: the provider is not asked
    expect(jwksRequests).toBe(requestsBefore);
    await expect(fresh(shortLived)).rejects.toThrow(/expired/);
    vi.setSystemTime(start + 61_000);
    await expect(fresh(token)).rejects.toThrow(/key this hub does not know/);
    cacheControl = undefined;
  });
});

describe('the gateway’s answer to a bad token', () => {
  it('is HTTP 401 with UNAUTHENTICATED, never an anonymous answer', async () => {
    const expired = await hub.issuer.sign(KIAP, { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const forAges = await hub.issuer.sign(KIAP, { expiresIn: '100y' });
    const blankSubject = await hub.issuer.sign(KIAP, { subject: ' ' });
    for (const authorization of [bearer(expired), bearer(forAges), bearer(blankSubject), bearer('not.a.token'), 'Basic a2lhcDpzZWNyZXQ=']) {
      const response = await postGraphQL(hub.gatewayUrl, ClusterDirectoryDocument, {}, { authorization });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toBeUndefined();
    }
  });

  it('answers without a token as anonymous, and with a valid one as that caller', async () => {
    expect((await postGraphQL(hub.gatewayUrl, ClusterDirectoryDocument, {})).status).toBe(200);
    const response = await hub.queryAs(KIAP, ClusterDirectoryDocument, { regionCode: '1081' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.clusters[0]!.practices!.length).toBeGreaterThan(0);
  });
});
