import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { deriveProofKey, mintProof, PROOF_HEADER } from '../../platform/auth/gateway-proof.js';
import { serviceOrigin } from '../../platform/services.js';

export interface ProofSidecarOptions {
  internalSecret: string;
  /** The subgraphs' real URLs by name; the router calls `<sidecar>/<name>/graphql` instead. */
  subgraphUrls: Record<string, string>;
  /** Loopback by default: whoever reaches the sidecar can speak to the subgraphs as the gateway. */
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  timeoutMs?: number;
}

export interface RunningProofSidecar {
  /** Base URL; a subgraph is at `${url}/<name>/graphql`. */
  url: string;
  close(): Promise<void>;
}

const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept'];
const RETURNED_RESPONSE_HEADERS = ['content-type', 'cache-control'];

/**
 * For routers that cannot compute an HMAC per request themselves (Apollo Router without a
 * coprocessor, Hive Router): the router's subgraph URLs point here, and the sidecar
 * forwards each request to the real subgraph with the gateway proof added, made for that
 * subgraph, method, path, body and Authorization header, exactly as the hub's gateway
 * makes it. It does nothing else: the subgraph still verifies the caller's token, applies
 * its own limits and decides access.
 */
export async function startProofSidecar(options: ProofSidecarOptions): Promise<RunningProofSidecar> {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const targets = new Map(
    Object.entries(options.subgraphUrls).map(([name, url]) => {
      const target = new URL(url);
      return [name, { name, url: target, key: deriveProofKey(options.internalSecret, name) }];
    }),
  );

  const refuse = (res: ServerResponse, status: number, message: string, code: string) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const incoming = new URL(req.url ?? '/', 'http://sidecar');
    const [, name, rest] = /^\/([a-z]+)(\/.*)$/.exec(incoming.pathname) ?? [];
    const target = name ? targets.get(name) : undefined;
    if (!target || rest !== target.url.pathname) return refuse(res, 404, 'No such subgraph', 'NOT_FOUND');
    if (req.method !== 'POST' && req.method !== 'GET') return refuse(res, 405, 'Only GET and POST', 'METHOD_NOT_ALLOWED');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) return refuse(res, 413, 'The request body is too large', 'PAYLOAD_TOO_LARGE');
      chunks.push(chunk);
    }
    const body = Buffer.concat(chunks).toString('utf8');
    const pathAndQuery = target.url.pathname + incoming.search;
    const headers: Record<string, string> = {};
    for (const header of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[header];
      if (typeof value === 'string') headers[header] = value;
    }
    headers[PROOF_HEADER] = mintProof(target.key, {
      audience: target.name,
      method: req.method,
      pathAndQuery,
      body,
      authorization: headers.authorization,
    });
    const answer = await request(new URL(pathAndQuery, target.url), {
      method: req.method,
      headers,
      body: req.method === 'POST' ? body : undefined,
      headersTimeout: options.timeoutMs ?? 30_000,
      bodyTimeout: options.timeoutMs ?? 30_000,
    });
    const returned: Record<string, string> = {};
    for (const header of RETURNED_RESPONSE_HEADERS) {
      const value = answer.headers[header];
      if (typeof value === 'string') returned[header] = value;
    }
    res.writeHead(answer.statusCode, returned).end(Buffer.from(await answer.body.arrayBuffer()));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 502, 'The subgraph could not be reached', 'BAD_GATEWAY');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: serviceOrigin(options.host ?? '127.0.0.1', port),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
