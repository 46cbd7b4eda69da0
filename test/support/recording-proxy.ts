import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as someone on the network between the gateway and a subgraph saw it. */
export interface CapturedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

/**
 * A transparent HTTP proxy in front of one subgraph that keeps a copy of every request
 * passing through: what a proxy log or a shared network would hold.
 */
export async function startRecordingProxy(target: string): Promise<{ url: string; captured: CapturedRequest[]; close(): Promise<void> }> {
  const captured: CapturedRequest[] = [];
  const origin = new URL(target).origin;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(
      Object.entries(req.headers).flatMap(([name, value]) => (HOP_BY_HOP.has(name) || value === undefined ? [] : [[name, String(value)]])),
    );
    captured.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers, body });
    const upstream = await fetch(origin + (req.url ?? '/'), { method: req.method, headers, body: req.method === 'GET' ? undefined : body });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${new URL(target).pathname}`,
    captured,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
