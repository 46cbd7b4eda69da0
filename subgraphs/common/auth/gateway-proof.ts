import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Proof that a subgraph request comes from the hub's gateway: an HMAC, with a secret only
 * the gateway and subgraphs hold, over a timestamp, the caller's Authorization header and
 * the exact request body. A caller cannot forge it, and a captured one is useless for
 * another query, another identity, or after the time window.
 */
export const PROOF_HEADERS = { timestamp: 'x-klyngehub-timestamp', signature: 'x-klyngehub-signature' } as const;

const WINDOW_MS = 60_000;

function digest(secret: string, timestamp: string, authorization: string, body: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}\n${authorization}\n${bodyHash}`).digest('base64url');
}

export function signGatewayRequest(
  secret: string,
  authorization: string | undefined,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  return { [PROOF_HEADERS.timestamp]: timestamp, [PROOF_HEADERS.signature]: digest(secret, timestamp, authorization ?? '', body) };
}

export function isSignedByGateway(
  secret: string,
  headers: { timestamp?: string; signature?: string; authorization?: string },
  body: string,
  now = Date.now(),
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > WINDOW_MS) return false;
  const expected = Buffer.from(digest(secret, timestamp, headers.authorization ?? '', body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
