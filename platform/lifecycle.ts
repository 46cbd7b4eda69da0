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
      () => exitWhenWritten(0),
      (error: unknown) => {
        console.error(error);
        exitWhenWritten(1);
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

/**
 * The settings a launcher sends a service it started before they were known: where the
 * database is, the identity provider, the subgraphs' addresses. The rest of its environment
 * (an operator's variables) it had from the start.
 */
export interface EnvironmentMessage {
  type: 'environment';
  env: Record<string, string>;
}

/** Set by a launcher that sends a service's remaining settings once Postgres is ready. */
const ENVIRONMENT_FOLLOWS = 'HUB_ENVIRONMENT_FOLLOWS';

/** The variables that tell a service started early to wait for the rest of its settings. */
export function environmentFollows(): NodeJS.ProcessEnv {
  return { [ENVIRONMENT_FOLLOWS]: '1' };
}

/**
 * A service reads its settings after its code has loaded. Started by a launcher before
 * Postgres was ready, it loads its code (most of its start) meanwhile and waits here for
 * the launcher's EnvironmentMessage; otherwise it goes on at once. Without a launcher any
 * more, it has nothing to serve and ends.
 */
export async function awaitLauncherEnvironment(): Promise<void> {
  if (process.env[ENVIRONMENT_FOLLOWS] !== '1' || !process.send) return;
  const message = await new Promise<EnvironmentMessage>((resolve) => {
    const launcherGone = () => process.exit(0);
    const listener = (candidate: Partial<EnvironmentMessage>) => {
      if (candidate.type !== 'environment' || !candidate.env) return;
      process.off('message', listener);
      process.off('disconnect', launcherGone);
      resolve(candidate as EnvironmentMessage);
    };
    process.on('message', listener);
    process.once('disconnect', launcherGone);
  });
  Object.assign(process.env, message.env);
  delete process.env[ENVIRONMENT_FOLLOWS];
}

/** Prints a configuration error readably and exits, instead of a stack trace. */
export function exitOnStartupError(service: string, error: unknown): void {
  console.error(`${service} could not start: ${rootMessage(error)}`);
  exitWhenWritten(1);
}

/**
 * Exits once what the process wrote has left it. On POSIX a write to a pipe (a process
 * manager's log, `npm start | tee`, a test reading the output) is asynchronous, and
 * process.exit() drops what is still queued: the last lines, which say why it stopped.
 * A reader that has gone away does not hold the exit up for long.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const written = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
  setTimeout(() => process.exit(code), 2_000).unref();
}
