import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../platform/database.js';
import { prepareDatabase, type PreparedDatabase } from '../db/setup.js';
import { TokenIssuer } from '../platform/auth/dev-issuer.js';
import { ENV_PREFIX, SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import { CreateMunicipalOfferDocument } from './__generated__/operations.js';
import { freePort } from './support/ports.js';
import { spawnService, type ServiceProcess } from './support/processes.js';

/**
 * Postgres stopped and started again while a municipality keeps registering offers through the
 * gateway, every service its own process as in production: the services carry on without a restart, and every write that was answered with success
 * is in the database afterwards. The hub here has a Postgres server of its own, since the
 * other test files share theirs.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-pg-restart-'));
chmodSync(dataDir, 0o755);
let port: number;
let database: PreparedDatabase;
const services: ({ name: string } & ServiceProcess)[] = [];
let gatewayUrl: string;
let authorization: string;

const prepare = () => prepareDatabase({ dataDir, embeddedPort: port, seedDemoData: true, log: () => {} });

async function startService(name: 'gateway' | SubgraphName, env: NodeJS.ProcessEnv): Promise<void> {
  services.push({ name, ...(await spawnService(name, env)) });
}

beforeAll(async () => {
  port = await freePort();
  database = await prepare();
  const issuer = await TokenIssuer.generate();
  const jwksFile = path.join(dataDir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify(issuer.jwks));
  const identity = {
    OIDC_ISSUER: issuer.issuer,
    OIDC_AUDIENCE: issuer.audience,
    OIDC_JWKS_FILE: jwksFile,
    HUB_INTERNAL_SECRET: 'a-secret-for-this-test-only-0123456789',
  };
  const ports = Object.fromEntries(await Promise.all([...SUBGRAPH_NAMES, 'gateway'].map(async (name) => [name, await freePort()])));
  await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      startService(name, {
        ...identity,
        [`${ENV_PREFIX[name]}_PORT`]: String(ports[name]),
        [`${ENV_PREFIX[name]}_DATABASE_URL`]: database.subgraphUrls[name],
      }),
    ),
  );
  await startService('gateway', {
    ...identity,
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_DATABASE_URL: database.subgraphUrls.gateway,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${ports[name]}/graphql`])),
  });
  gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
  authorization = `Bearer ${await issuer.sign({ kind: 'municipality', subject: 'm', municipalityCode: '101' })}`;
}, 120_000);

afterAll(async () => {
  await Promise.all(
    services.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Writes the gateway had not answered after WRITE_TIMEOUT_MS: none may hang, down or up. */
let unanswered = 0;
/** Longer than the gateway waits for a subgraph (10 s), so only a request that hangs reaches it. */
const WRITE_TIMEOUT_MS = 20_000;

/** One write through the whole hub: a municipality registers an offer (no daily allowance to run out of). */
async function write(title: string): Promise<string | undefined> {
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      // A request that never ends would stop its caller's loop unseen; it counts, and the caller goes on.
      signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        query: print(CreateMunicipalOfferDocument),
        variables: {
          input: {
            kind: 'PREVENTION_AND_REHABILITATION',
            name: title,
            description: 'D',
            targetGroup: 'T',
            referralProcedure: 'R',
            contactEmail: 'tilbud@kommune.example.dk',
            contactPhone: '+4533660000',
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { createMunicipalOffer: { offer: { id: string } } } | null; errors?: unknown[] };
    return body.errors ? undefined : body.data?.createMunicipalOffer.offer.id;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') unanswered++;
    return undefined;
  }
}

/**
 * Resolves when `condition` holds, checking every 50 ms; fails after `ms` naming what it
 * waited for, or at once when a service has exited, with what it printed.
 */
async function until(condition: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await new Promise((resolve) => setTimeout(resolve, 50))) {
    const gone = services.find((service) => service.process.exitCode !== null || service.process.signalCode !== null);
    if (gone) throw new Error(`${gone.name} exited while waiting for ${what}:\n${gone.output().slice(-2000)}`);
    if (Date.now() > end)
      throw new Error(
        `Waited ${ms} ms for ${what} (${unanswered} writes unanswered after ${WRITE_TIMEOUT_MS} ms); the services said:\n` +
          services.map((service) => `${service.name}: ${service.output().slice(-1500)}`).join('\n'),
      );
  }
}

describe('Postgres restarted under load', () => {
  it('services reconnect by themselves, and no write that reported success is lost', async () => {
    const acknowledged: string[] = [];
    let failed = 0;
    let sent = 0;
    let running = true;
    const workers = Array.from({ length: 8 }, async (_, worker) => {
      while (running) {
        const id = await write(`Henvendelse ${worker}-${sent++}`);
        if (id) acknowledged.push(id);
        else {
          failed++;
          // As a client would: refused at once while Postgres is down, eight callers retrying
          // without a pause took both cores from the Postgres that was starting again.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    });
    // Each phase waits for what it needs, not for a fixed time: a loaded machine is only slower.
    await until(() => acknowledged.length >= 3, 'writes before the restart');
    await database.stop();
    await until(() => failed > 0, 'a write refused while Postgres is down'); // the outage was real
    database = await prepare();
    const atRestart = acknowledged.length;
    // The services come back without being restarted themselves.
    await until(() => acknowledged.length >= atRestart + 3, 'writes after the restart', 45_000);
    running = false;
    await Promise.all(workers);
    expect((await write('Efter genstart')) !== undefined).toBe(true);

    const admin = connect(database.adminUrl, { applicationName: 'test', maxConnections: 1 });
    const stored = await admin<
      { id: string }[]
    >`select id from municipalities.municipal_offers where id::text = any(string_to_array(${acknowledged.join(',')}, ','))`;
    await admin.end();
    expect(stored.length).toBe(new Set(acknowledged).size);
    // No service went down with it.
    for (const service of services) expect(service.process.exitCode, `${service.name}:\n${service.output()}`).toBeNull();
    expect(unanswered, 'writes the gateway never answered').toBe(0);
  }, 120_000);
});

describe('Postgres stopped by Ctrl-C before the hub stops it', () => {
  it('is stopped at once: the launcher goes on to its last steps', async () => {
    // Ctrl-C signals the launcher's whole process group, Postgres included.
    const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGINT');
    const reaped = () => {
      try {
        process.kill(postmaster, 0);
        return false;
      } catch {
        return true; // gone, and its exit already seen by this process
      }
    };
    await until(reaped, 'Postgres to stop');
    const outcome = await Promise.race([
      database.stop().then(() => 'stopped'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5_000)),
    ]);
    expect(outcome).toBe('stopped');
    database = await prepare(); // as the other test expects to find it
  }, 30_000);
});
