import { createLogger } from '../platform/logger.js';
import {
  announceReady,
  awaitLauncherEnvironment,
  exitOnStartupError,
  onShutdown,
  survivePostgresConnectionRace,
} from '../platform/lifecycle.js';
import { startTracing } from '../platform/tracing.js';
import { startConfiguredGateway } from './run.js';

/** Starts the gateway, alone or forked by `npm start`'s launcher; a configuration problem is printed and ends the process. */
async function main(): Promise<void> {
  try {
    await awaitLauncherEnvironment();
    const logger = createLogger('gateway');
    survivePostgresConnectionRace((message) => logger.warn(message));
    const stopTracing = await startTracing('gateway');
    const gateway = await startConfiguredGateway(logger);
    onShutdown(async () => {
      await gateway.close();
      await stopTracing();
    });
    announceReady({ gateway: gateway.url });
  } catch (error) {
    exitOnStartupError('The gateway', error);
  }
}

// Not a top-level await: the services' bundles are CommonJS, which V8 can cache compiled (hub/build.mjs).
void main();
