import { createTokenVerifier } from '../subgraphs/common/auth/tokens.js';
import { announceReady, exitOnStartupError, onShutdown } from '../subgraphs/common/lifecycle.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

try {
  const config = loadGatewayConfig();
  const gateway = await startGateway({
    ...config,
    auth: { verify: createTokenVerifier(config.auth.tokens), internalSecret: config.auth.internalSecret },
  });
  onShutdown(() => gateway.close());
  console.log(`Gateway ready at ${gateway.url}/graphql`);
  announceReady(gateway.url);
} catch (error) {
  exitOnStartupError('The gateway', error);
}
