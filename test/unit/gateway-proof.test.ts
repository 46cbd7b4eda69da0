import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { deriveProofKey, mintProof, PROOF_ISSUER, PROOF_TYPE, verifyProof, type ProofTarget } from '../../platform/auth/gateway-proof.js';

const SECRET = 'a-test-secret-of-sufficient-length-0123456789';
const key = deriveProofKey(SECRET, 'clusters');
const target: ProofTarget = {
  audience: 'clusters',
  method: 'POST',
  pathAndQuery: '/graphql',
  body: '{"query":"{ clusters { id } }"}',
  authorization: 'Bearer abc',
};
const NOW = Date.UTC(2026, 11, 1, 12);

describe('the gateway proof', () => {
  it('is accepted for the request it was made for, and names its id and expiry', () => {
    const verified = verifyProof(key, mintProof(key, target, NOW), target, NOW);
    expect(verified.expiresAt.getTime()).toBe(NOW + 30_000);
    expect(verified.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is a standard HS256 JWS both ways: a JOSE library reads ours and we read one made by it', async () => {
    const { payload, protectedHeader } = await jwtVerify(mintProof(key, target), key, { issuer: PROOF_ISSUER, audience: 'clusters' });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: PROOF_TYPE });
    expect(payload).toMatchObject({ htm: 'POST', htu: '/graphql' });
    const theirs = await new SignJWT({ ...payload, jti: 'other-id' }).setProtectedHeader({ alg: 'HS256', typ: PROOF_TYPE }).sign(key);
    expect(verifyProof(key, theirs, target).jti).toBe('other-id');
  });

  it.each<[string, Partial<ProofTarget>, RegExp]>([
    ['another subgraph', { audience: 'offers' }, /another subgraph/],
    ['another method', { method: 'GET' }, /another request/],
    ['another path or query', { pathAndQuery: '/graphql?query=x' }, /another request/],
    ['another body', { body: '{"query":"{ me { id } }"}' }, /another body/],
    ['another caller', { authorization: 'Bearer xyz' }, /another caller/],
    ['an anonymous caller', { authorization: undefined }, /another caller/],
  ])('is refused for %s', (_, change, reason) => {
    const proof = mintProof(key, target, NOW);
    const otherKey = change.audience ? deriveProofKey(SECRET, change.audience) : key;
    // A proof for another subgraph fails its signature there: each subgraph has its own key.
    if (change.audience) expect(() => verifyProof(otherKey, proof, { ...target, ...change }, NOW)).toThrow(/invalid/);
    expect(() => verifyProof(key, proof, { ...target, ...change }, NOW)).toThrow(reason);
  });

  it('expires after 30 s (with 5 s of skew) and is refused before it is issued', () => {
    const proof = mintProof(key, target, NOW);
    expect(() => verifyProof(key, proof, target, NOW + 34_000)).not.toThrow();
    expect(() => verifyProof(key, proof, target, NOW + 36_000)).toThrow(/expired/);
    expect(() => verifyProof(key, proof, target, NOW - 10_000)).toThrow(/invalid/);
  });

  it('is refused when missing, malformed, re-signed with another key, or with another header', async () => {
    expect(() => verifyProof(key, undefined, target)).toThrow(/only the Klyngehub gateway/);
    expect(() => verifyProof(key, 'a.b', target)).toThrow(/invalid/);
    const proof = mintProof(key, target);
    const [header, payload] = proof.split('.');
    expect(() => verifyProof(key, `${header}.${payload}.`, target)).toThrow(/invalid/);
    expect(() => verifyProof(key, mintProof(deriveProofKey('another-secret', 'clusters'), target), target)).toThrow(/invalid/);
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const withAlg = (protectedHeader: { alg: string; typ?: string; crit?: string[] }) =>
      new SignJWT(claims).setProtectedHeader(protectedHeader).sign(key);
    await expect(withAlg({ alg: 'HS256', typ: 'JWT' }).then((p) => verifyProof(key, p, target))).rejects.toThrow(/invalid/);
    await expect(withAlg({ alg: 'HS512', typ: PROOF_TYPE }).then((p) => verifyProof(key, p, target))).rejects.toThrow(/invalid/);
    const long = await new SignJWT({ ...claims, exp: claims.iat + 3600 }).setProtectedHeader({ alg: 'HS256', typ: PROOF_TYPE }).sign(key);
    expect(() => verifyProof(key, long, target)).toThrow(/lives too long/);
  });
});
