import { connect } from '../platform/database.js';
import { createLogger } from '../platform/logger.js';
import { createTokenVerifier } from '../platform/auth/tokens.js';
import {
  announceReady,
  awaitLauncherEnvironment,
  exitOnStartupError,
  onShutdown,
  survivePostgresConnectionRace,
} from '../platform/lifecycle.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';
import { readFileSync } from 'node:fs';
import { createDevIdentity } from '../platform/auth/dev-identity.js';
import { startTracing } from '../platform/tracing.js';

/** Starts the gateway, alone or forked by `npm start`'s launcher; a configuration problem is printed and ends the process. */
async function main(): Promise<void> {
  try {
    await awaitLauncherEnvironment();
    const config = loadGatewayConfig();
    const logger = createLogger('gateway');
    survivePostgresConnectionRace((message) => logger.warn(message));
    const stopTracing = await startTracing('gateway');
    const sql = config.databaseUrl ? connect(config.databaseUrl, { applicationName: 'klyngehub-gateway', maxConnections: 5 }) : undefined;
    if (!sql) logger.warn('GATEWAY_DATABASE_URL is not set: requests are not rate-limited');
    const gateway = await startGateway({
      ...config,
      logger,
      auth: { verify: createTokenVerifier(config.auth.tokens), internalSecret: config.auth.internalSecret },
      rateLimit: sql && { sql, limits: config.rateLimits },
      devIdentity:
        config.devIdentity &&
        createDevIdentity({
          publicUrl: config.publicUrl,
          privateJwk: JSON.parse(readFileSync(config.devIdentity.issuerFile, 'utf8')).privateJwk,
          audience: config.auth.tokens.audience,
          users: JSON.parse(readFileSync(config.devIdentity.usersFile, 'utf8')),
        }),
    });
    onShutdown(async () => {
      await gateway.close();
      await sql?.end({ timeout: 5 });
      await stopTracing();
    });
    logger.info({ url: `${gateway.url}/graphql` }, 'ready');
    announceReady({ gateway: gateway.url });
  } catch (error) {
    exitOnStartupError('The gateway', error);
  }
}

// Not a top-level await: the services' bundles are CommonJS, which V8 can cache compiled (hub/build.mjs).
void main();
