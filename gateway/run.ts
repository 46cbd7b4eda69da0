import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { connect } from '../platform/database.js';
import { createTokenVerifier } from '../platform/auth/tokens.js';
import { createDevIdentity } from '../platform/auth/dev-identity.js';
import type { RunningHttpServer } from '../platform/http-server.js';
import { loadGatewayConfig } from './config.js';
import { startGateway, type GatewayOptions } from './server.js';

/**
 * The gateway as a process runs it: its settings from the environment, its pool for the
 * rate-limit counters, and the development identity on the embedded default. `overrides`
 * come from a process that also runs the subgraphs (hub/services.ts).
 */
export async function startConfiguredGateway(
  logger: Logger,
  overrides: { subgraphUrls?: Partial<GatewayOptions['subgraphUrls']>; localSubgraphs?: GatewayOptions['localSubgraphs'] } = {},
): Promise<RunningHttpServer> {
  const config = loadGatewayConfig();
  // Every request counts in one row per caller; a count need not wait for the disk (see asynchronousCommit).
  const sql = config.databaseUrl
    ? connect(config.databaseUrl, { applicationName: 'klyngehub-gateway', maxConnections: 5, asynchronousCommit: true })
    : undefined;
  if (!sql) logger.warn('GATEWAY_DATABASE_URL is not set: requests are not rate-limited');
  try {
    const gateway = await startGateway({
      ...config,
      localSubgraphs: overrides.localSubgraphs,
      subgraphUrls: { ...config.subgraphUrls, ...overrides.subgraphUrls },
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
    logger.info({ url: `${gateway.url}/graphql` }, 'ready');
    return {
      ...gateway,
      close: async () => {
        await gateway.close();
        await sql?.end({ timeout: 5 });
      },
    };
  } catch (error) {
    await sql?.end({ timeout: 1 });
    throw error;
  }
}
