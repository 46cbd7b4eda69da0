import { createHash, createHmac, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/**
 * Proof that a subgraph request comes from the hub's gateway: a short JWS (HS256) per
 * request, in the `x-klyngehub-proof` header. Its claims follow DPoP's (RFC 9449) so any
 * router that can run a few lines of code (a Hive Gateway plugin, an Apollo Router
 * coprocessor) can produce it:
 *
 * | claim | holds |
 * | --- | --- |
 * | `iss` | `klyngehub-gateway` |
 * | `aud` | the subgraph's name: a proof for one subgraph is refused by every other |
 * | `htm`, `htu` | the HTTP method, and the path with its query string |
 * | `bdy` | SHA-256 of the exact body bytes (base64url) |
 * | `ath` | SHA-256 of the caller's Authorization header, absent for an anonymous caller |
 * | `jti`, `iat`, `exp` | a unique id; issued now, valid for 30 s |
 *
 * A captured request is therefore useless for any other method, path, query, body,
 * caller or subgraph, and a mutation's proof is used once (the subgraph records its jti,
 * see proof-replay.ts). The key for each audience is derived from HUB_INTERNAL_SECRET, so
 * a subgraph may be handed only its own key (`deriveProofKey`) and then cannot mint
 * proofs for its neighbours.
 */
export const PROOF_HEADER = 'x-klyngehub-proof';
export const PROOF_ISSUER = 'klyngehub-gateway';
export const PROOF_TYPE = 'klyngehub-proof+jwt';
const LIFETIME_S = 30;
const CLOCK_SKEW_S = 5;

export interface ProofTarget {
  /** The subgraph's name (clusters, municipalities, offers, inquiries). */
  audience: string;
  method: string;
  /** Path and query string, e.g. `/graphql` or `/graphql?query=…`. */
  pathAndQuery: string;
  body: string;
  authorization: string | undefined;
}

export interface VerifiedProof {
  jti: string;
  expiresAt: Date;
}

export class ProofError extends Error {
  override name = 'ProofError';
}

/** The HS256 key for one subgraph: HMAC(secret, "klyngehub-proof:" + audience). */
export function deriveProofKey(internalSecret: string, audience: string): Uint8Array {
  return createHmac('sha256', internalSecret).update(`klyngehub-proof:${audience}`).digest();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Mints the proof for one subgraph request. Keys are cached per audience by the caller (`proofSigner`). */
export async function mintProof(key: Uint8Array, target: ProofTarget, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({
    htm: target.method.toUpperCase(),
    htu: target.pathAndQuery,
    bdy: sha256(target.body),
    ...(target.authorization ? { ath: sha256(target.authorization) } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: PROOF_TYPE })
    .setIssuer(PROOF_ISSUER)
    .setAudience(target.audience)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + LIFETIME_S)
    .sign(key);
}

/** The gateway's signer: one derived key per subgraph, computed once. */
export function proofSigner(internalSecret: string) {
  const keys = new Map<string, Uint8Array>();
  return (target: ProofTarget, now?: number): Promise<string> => {
    let key = keys.get(target.audience);
    if (!key) keys.set(target.audience, (key = deriveProofKey(internalSecret, target.audience)));
    return mintProof(key, target, now);
  };
}

/** A subgraph's check of the proof on one request; throws ProofError with a reason safe to show. */
export async function verifyProof(
  key: Uint8Array,
  proof: string | undefined,
  target: ProofTarget,
  now = Date.now(),
): Promise<VerifiedProof> {
  if (!proof) throw new ProofError('This subgraph answers only the Klyngehub gateway');
  let payload;
  try {
    ({ payload } = await jwtVerify(proof, key, {
      algorithms: ['HS256'],
      typ: PROOF_TYPE,
      issuer: PROOF_ISSUER,
      audience: target.audience,
      requiredClaims: ['jti', 'iat', 'exp', 'htm', 'htu', 'bdy'],
      clockTolerance: CLOCK_SKEW_S,
      maxTokenAge: LIFETIME_S + CLOCK_SKEW_S,
      currentDate: new Date(now),
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new ProofError('The gateway proof has expired');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
      throw new ProofError('The gateway proof was made for another subgraph');
    throw new ProofError('The gateway proof is invalid');
  }
  const { htm, htu, bdy, ath, jti, exp, iat } = payload as Record<string, unknown>;
  if (typeof exp !== 'number' || typeof iat !== 'number' || exp - iat > LIFETIME_S)
    throw new ProofError('The gateway proof lives too long');
  if (htm !== target.method.toUpperCase() || htu !== target.pathAndQuery)
    throw new ProofError('The gateway proof was made for another request');
  if (bdy !== sha256(target.body)) throw new ProofError('The gateway proof was made for another body');
  const expectedAth = target.authorization ? sha256(target.authorization) : undefined;
  if (ath !== expectedAth) throw new ProofError('The gateway proof was made for another caller');
  return { jti: String(jti), expiresAt: new Date(exp * 1000) };
}

/**
 * The proof header for one request to a subgraph's URL, for code that builds subgraph
 * requests itself (another router's plugin, tests, the benchmark).
 */
export async function proofHeaderFor(
  internalSecret: string,
  audience: string,
  url: string,
  request: { method?: string; body?: string; authorization?: string },
): Promise<Record<string, string>> {
  const target = new URL(url);
  const proof = await mintProof(deriveProofKey(internalSecret, audience), {
    audience,
    method: request.method ?? 'POST',
    pathAndQuery: target.pathname + target.search,
    body: request.body ?? '',
    authorization: request.authorization,
  });
  return { [PROOF_HEADER]: proof };
}
