import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '../errors.js';
import { HttpError } from '../http-server.js';
import type { Viewer } from '../viewer.js';
import { isSignedByGateway, PROOF_HEADERS } from './gateway-proof.js';
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

/**
 * A subgraph's check: the request must carry the gateway's proof over this very body and
 * Authorization header, and the subgraph then verifies the caller's token again itself.
 */
export function authenticateGatewayRequest(verify: TokenVerifier, internalSecret: string) {
  const caller = authenticateCaller(verify);
  return async (req: IncomingMessage, rawBody: string): Promise<Viewer> => {
    const signed = isSignedByGateway(
      internalSecret,
      {
        timestamp: header(req, PROOF_HEADERS.timestamp),
        signature: header(req, PROOF_HEADERS.signature),
        authorization: header(req, 'authorization'),
      },
      rawBody,
    );
    if (!signed) throw new HttpError(401, 'This subgraph answers only the Klyngehub gateway', ErrorCode.UNAUTHENTICATED);
    return caller(req);
  };
}
