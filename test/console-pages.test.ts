import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_MAPPING } from '../platform/auth/claims.js';
import { consoleHandler, type ConsoleConfig } from '../gateway/console.js';

/** The gateway's page routes on a built console folder of their own. */
const dist = mkdtempSync(path.join(tmpdir(), 'klyngehub-dist-'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>konsol</title>');
writeFileSync(path.join(dist, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
const config: ConsoleConfig = {
  authority: 'https://login.example/realms/klyngehub',
  clientId: 'klyngehub-console',
  scope: 'openid profile api',
  publicUrl: 'https://hub.example',
  developmentLogin: false,
  origins: ['https://hub.example'],
  claims: DEFAULT_CLAIM_MAPPING,
};
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dist, { recursive: true, force: true });
});

async function serve(graphiql: boolean): Promise<string> {
  const handle = consoleHandler(config, { graphiql, distDir: dist });
  const server = createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(404).end('api');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('console pages', () => {
  it('serves GraphiQL at /graphql only outside production, and never as a file of its own', async () => {
    const development = await serve(true);
    expect(await (await fetch(`${development}/graphql`)).text()).toContain('graphiql');
    const production = await serve(false);
    expect(await (await fetch(`${production}/graphql`)).text()).toBe('api');
    expect((await fetch(`${production}/graphiql.html`)).status).toBe(404);
  });

  it('lets the page talk to an issuer elsewhere (connect-src), and routes unknown paths to the console', async () => {
    const base = await serve(false);
    const page = await fetch(`${base}/tilbud`);
    expect(await page.text()).toContain('konsol');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.example");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });
});
