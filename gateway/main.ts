import { createLogger } from '../subgraphs/common/logger.js';
import { createTokenVerifier } from '../subgraphs/common/auth/tokens.js';
import { announceReady, exitOnStartupError, onShutdown } from '../subgraphs/common/lifecycle.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

try {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway');
  const gateway = await startGateway({
    ...config,
    logger,
    auth: { verify: createTokenVerifier(config.auth.tokens), internalSecret: config.auth.internalSecret },
  });
  onShutdown(() => gateway.close());
  logger.info({ url: `${gateway.url}/graphql` }, 'ready');
  announceReady(gateway.url);
} catch (error) {
  exitOnStartupError('The gateway', error);
}
