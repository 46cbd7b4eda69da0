import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHttpServer } from '../platform/http-server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import { postGraphQL, startTestHub, type TestHub } from './support/hub.js';
import { freePort } from './support/ports.js';
import { spawnService } from './support/processes.js';

/**
 * A subgraph that dies, comes back, or hangs. The offers subgraph runs as its own process
 * (as in production) behind a gateway of this file's own; the others run in-process.
 */
const TIMEOUT_MS = 1500;
const QUERY = 'query RegionOffers { regions { code name offers { title } } }';

let hub: TestHub;
let workDir: string;
let offersPort: number;
let offers: ChildProcess | undefined;
let gateway: RunningHttpServer;
let hanging: Server;
let hangingGateway: RunningHttpServer;

async function startOffersProcess(): Promise<void> {
  const jwksFile = path.join(workDir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify(hub.issuer.jwks));
  offers = (
    await spawnService('offers', {
      OFFERS_PORT: String(offersPort),
      OFFERS_DATABASE_URL: hub.roleUrl('offers'),
      OIDC_ISSUER: hub.issuer.issuer,
      OIDC_AUDIENCE: hub.issuer.audience,
      OIDC_JWKS_FILE: jwksFile,
      HUB_INTERNAL_SECRET: hub.internalSecret,
    })
  ).process;
}

function stopOffersProcess(signal: NodeJS.Signals): Promise<void> {
  const child = offers!;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function gatewayWith(offersUrl: string): Promise<RunningHttpServer> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].url])) as Record<SubgraphName, string>;
  return hub.startGateway({ subgraphUrls: { ...urls, offers: offersUrl }, subgraphTimeoutMs: TIMEOUT_MS, readyTimeoutMs: 500 });
}

beforeAll(async () => {
  hub = await startTestHub();
  workDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-failures-'));
  offersPort = await freePort();
  await startOffersProcess();
  gateway = await gatewayWith(`http://127.0.0.1:${offersPort}/graphql`);
  // A subgraph that accepts requests and never answers.
  hanging = createServer(() => {});
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  const { port } = hanging.address() as { port: number };
  hangingGateway = await gatewayWith(`http://127.0.0.1:${port}/graphql`);
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await hangingGateway?.close();
  hanging?.closeAllConnections();
  hanging?.close();
  if (offers && offers.exitCode === null) await stopOffersProcess('SIGKILL');
  await hub?.close();
  rmSync(workDir, { recursive: true, force: true });
});

type RegionOffers = { regions: { code: string; name: string; offers: { title: string }[] | null }[] };
const ask = (server: RunningHttpServer) => postGraphQL<RegionOffers, undefined>(`${server.url}/graphql`, QUERY);
const ready = async (server: RunningHttpServer) => {
  const response = await fetch(`${server.url}/ready`);
  return { status: response.status, body: (await response.json()) as { checks: Record<string, boolean> } };
};

describe('a subgraph that goes down', () => {
  it('gets the rest of the answer with an error for the missing part, /ready names it, and recovers by itself', async () => {
    const before = await ask(gateway);
    expect(before.errors).toBeUndefined();
    expect(before.data!.regions.every((region) => Array.isArray(region.offers))).toBe(true);

    await stopOffersProcess('SIGKILL');
    const down = await ask(gateway);
    expect(down.status).toBe(200);
    expect(down.data!.regions.map((region) => region.code)).toEqual(['1081', '1082', '1083', '1084', '1085']);
    expect(down.data!.regions.every((region) => region.offers === null)).toBe(true);
    expect(new Set(down.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['SUBGRAPH_UNAVAILABLE']));
    expect(down.errors![0]!.message).toBe('The offers subgraph is unavailable');
    expect(JSON.stringify(down.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/); // no internal addresses
    expect(await ready(gateway)).toEqual({
      status: 503,
      body: expect.objectContaining({ checks: expect.objectContaining({ offers: false, clusters: true }) }),
    });

    await startOffersProcess();
    const after = await ask(gateway);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await ready(gateway)).status).toBe(200);
  });
});

describe('a subgraph that hangs', () => {
  it('is given up on after the configured timeout; the rest of the answer still comes', async () => {
    const started = Date.now();
    const response = await ask(hangingGateway);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(took).toBeLessThan(TIMEOUT_MS + 3000);
    expect(response.data!.regions).toHaveLength(5);
    expect(response.data!.regions.every((region) => region.offers === null)).toBe(true);
    expect(response.errors![0]).toMatchObject({
      message: 'The offers subgraph did not answer within 1500 ms',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'offers' },
    });
    // The gateway itself stays responsive meanwhile.
    expect((await postGraphQL(`${hangingGateway.url}/graphql`, '{ regions { code } }')).errors).toBeUndefined();
  });
});

/** Resolves when `condition` holds, asking every 50 ms; fails after 10 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (const end = Date.now() + 10_000; !(await condition()); await new Promise((resolve) => setTimeout(resolve, 50)))
    if (Date.now() > end) throw new Error('Waited 10 s in vain');
}

describe('SIGTERM', () => {
  it('stops taking new requests, finishes the one in flight, and exits cleanly', async () => {
    // Hold a lock the offers query needs, so its request is in flight when the signal comes.
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = hub.adminSql.begin(async (tx) => {
      await tx`lock table offers.regional_offers in access exclusive mode`;
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await isLocked;
    const inFlight = ask(gateway);
    // In flight: the offers subgraph's query waits for the lock.
    await until(async () => {
      const [waiting] = await hub.adminSql`
        select 1 from pg_stat_activity
        where datname = current_database() and application_name = 'klyngehub-offers' and wait_event_type = 'Lock'`;
      return waiting !== undefined;
    });

    const exited = new Promise<number | null>((resolve) => offers!.once('exit', (code) => resolve(code)));
    offers!.kill('SIGTERM');
    // A new request is refused soon after the signal, while the one in flight is still waiting.
    await until(() =>
      fetch(`http://127.0.0.1:${offersPort}/health`).then(
        () => false,
        () => true,
      ),
    );

    release();
    await holding;
    const finished = await inFlight;
    expect(finished.errors).toBeUndefined();
    expect(finished.data!.regions.every((region) => Array.isArray(region.offers))).toBe(true);
    expect(await exited).toBe(0);
  });
});
