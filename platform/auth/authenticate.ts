import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '../errors.js';
import { HttpError } from '../http-server.js';
import type { Viewer } from '../viewer.js';
import { deriveProofKey, PROOF_HEADER, ProofError, verifyProof, type VerifiedProof } from './gateway-proof.js';
import { AuthenticationError, type TokenVerifier } from './tokens.js';

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The gateway's check: a valid token, or none (anonymous). A bad token is a 401. */
export function authenticateCaller(verify: TokenVerifier) {
  return async (req: IncomingMessage): Promise<Viewer> => {
    try {
      return await verify(header(req, 'authorization'));
    } catch (error) {
      if (error instanceof AuthenticationError) throw new HttpError(401, error.message, ErrorCode.UNAUTHENTICATED);
      throw error;
    }
  };
}

/** Who a subgraph request is for, and the gateway's proof it carried. */
export interface GatewayRequestAuth {
  viewer: Viewer;
  proof: VerifiedProof;
}

/**
 * A subgraph's check: the request must carry the gateway's proof made for this subgraph,
 * this method, path, query string, body and Authorization header (gateway-proof.ts), and
 * the subgraph then verifies the caller's token again itself.
 */
export function authenticateGatewayRequest(verify: TokenVerifier, internalSecret: string, audience: string) {
  const caller = authenticateCaller(verify);
  const key = deriveProofKey(internalSecret, audience);
  return async (req: IncomingMessage, rawBody: string): Promise<GatewayRequestAuth> => {
    let proof: VerifiedProof;
    try {
      proof = await verifyProof(key, header(req, PROOF_HEADER), {
        audience,
        method: req.method ?? 'GET',
        pathAndQuery: req.url ?? '/',
        body: rawBody,
        authorization: header(req, 'authorization'),
      });
    } catch (error) {
      if (error instanceof ProofError) throw new HttpError(401, error.message, ErrorCode.UNAUTHENTICATED);
      throw error;
    }
    return { viewer: await caller(req), proof };
  };
}
