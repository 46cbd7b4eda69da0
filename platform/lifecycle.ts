import { rootMessage } from './errors.js';

/**
 * Runs `shutdown` once when the process is asked to stop: SIGINT (Ctrl-C), SIGTERM, or
 * the launcher that started it going away (its IPC channel closes), so no service outlives
 * the hub it belongs to.
 */
export function onShutdown(shutdown: (reason: string) => Promise<void>): void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    shutdown(reason).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  if (process.send) process.on('disconnect', () => stop('launcher gone'));
}

/** What a service tells its launcher once it listens: the address of each service the process serves, by name. */
export interface ReadyMessage {
  type: 'ready';
  urls: Record<string, string>;
}

/** Tells a launcher (when there is one) where this process's services listen. */
export function announceReady(urls: Record<string, string>): void {
  process.send?.({ type: 'ready', urls } satisfies ReadyMessage);
}

/** Prints a configuration error readably and exits, instead of a stack trace. */
export function exitOnStartupError(service: string, error: unknown): never {
  console.error(`${service} could not start: ${rootMessage(error)}`);
  process.exit(1);
}

/**
 * postgres.js 3.4.9 can throw from a scheduled write after the server closed the
 * connection (`socket` is already null in connection.js nextWrite) — seen when Postgres
 * restarts under load. The connection is gone either way and the pool reconnects, so that
 * one error is logged and the service stays up; any other uncaught error ends the process
 * as Node would.
 */
export function survivePostgresConnectionRace(log: (message: string) => void): void {
  process.on('uncaughtException', (error) => {
    const known =
      error instanceof TypeError && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '') && /'write'/.test(error.message);
    if (known) {
      log(`A Postgres connection closed while writing; the pool reconnects (${error.message})`);
      return;
    }
    console.error(error);
    process.exit(1);
  });
}
