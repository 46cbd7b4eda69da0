import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

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

const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Every proof has the same protected header, so it is encoded once. */
const PROTECTED_HEADER = base64urlJson({ alg: 'HS256', typ: PROOF_TYPE });

/**
 * Mints the proof for one subgraph request. A compact JWS made with node:crypto's HMAC
 * directly: it is made for every subgraph fetch, and a JOSE library's WebCrypto path
 * (import the key, sign through a promise job) cost the gateway about 0.3 ms each time.
 */
export function mintProof(key: Uint8Array, target: ProofTarget, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const payload = base64urlJson({
    htm: target.method.toUpperCase(),
    htu: target.pathAndQuery,
    bdy: sha256(target.body),
    ...(target.authorization ? { ath: sha256(target.authorization) } : {}),
    iss: PROOF_ISSUER,
    aud: target.audience,
    jti: randomUUID(),
    iat,
    exp: iat + LIFETIME_S,
  });
  const signingInput = `${PROTECTED_HEADER}.${payload}`;
  return `${signingInput}.${createHmac('sha256', key).update(signingInput).digest('base64url')}`;
}

/** The gateway's signer: one derived key per subgraph, computed once. */
export function proofSigner(internalSecret: string) {
  const keys = new Map<string, Uint8Array>();
  return (target: ProofTarget, now?: number): string => {
    let key = keys.get(target.audience);
    if (!key) keys.set(target.audience, (key = deriveProofKey(internalSecret, target.audience)));
    return mintProof(key, target, now);
  };
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A subgraph's check of the proof on one request; throws ProofError with a reason safe to
 * show. The checks are RFC 7515/7519's, in their order: the signature over the exact
 * bytes, the protected header (HS256 and the proof type only, nothing critical), then the
 * claims and the time with 5 s of clock skew.
 */
export function verifyProof(key: Uint8Array, proof: string | undefined, target: ProofTarget, now = Date.now()): VerifiedProof {
  if (!proof) throw new ProofError('This subgraph answers only the Klyngehub gateway');
  const invalid = () => new ProofError('The gateway proof is invalid');
  const parts = proof.split('.');
  if (parts.length !== 3) throw invalid();
  const [encodedHeader, encodedPayload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', key).update(`${encodedHeader}.${encodedPayload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const header = decodeJson(encodedHeader);
  if (!header || header.alg !== 'HS256' || header.typ !== PROOF_TYPE || 'crit' in header || 'b64' in header) throw invalid();
  const claims = decodeJson(encodedPayload);
  if (!claims) throw invalid();
  const { htm, htu, bdy, ath, jti, exp, iat, iss, aud, nbf } = claims;
  if (typeof jti !== 'string' || jti === '' || typeof iat !== 'number' || typeof exp !== 'number') throw invalid();
  if (htm === undefined || htu === undefined || bdy === undefined) throw invalid();
  if (iss !== PROOF_ISSUER) throw invalid();
  if (aud !== target.audience) throw new ProofError('The gateway proof was made for another subgraph');
  const seconds = Math.floor(now / 1000);
  if (iat > seconds + CLOCK_SKEW_S) throw invalid();
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > seconds + CLOCK_SKEW_S)) throw invalid();
  if (exp <= seconds - CLOCK_SKEW_S || seconds - iat > LIFETIME_S + 2 * CLOCK_SKEW_S) throw new ProofError('The gateway proof has expired');
  if (exp - iat > LIFETIME_S) throw new ProofError('The gateway proof lives too long');
  if (htm !== target.method.toUpperCase() || htu !== target.pathAndQuery)
    throw new ProofError('The gateway proof was made for another request');
  if (bdy !== sha256(target.body)) throw new ProofError('The gateway proof was made for another body');
  const expectedAth = target.authorization ? sha256(target.authorization) : undefined;
  if (ath !== expectedAth) throw new ProofError('The gateway proof was made for another caller');
  return { jti, expiresAt: new Date(exp * 1000) };
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
  const proof = mintProof(deriveProofKey(internalSecret, audience), {
    audience,
    method: request.method ?? 'POST',
    pathAndQuery: target.pathname + target.search,
    body: request.body ?? '',
    authorization: request.authorization,
  });
  return { [PROOF_HEADER]: proof };
}
