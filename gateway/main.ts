import { announceReady, exitOnStartupError, onShutdown } from '../subgraphs/common/lifecycle.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

try {
  const gateway = await startGateway(loadGatewayConfig());
  onShutdown(() => gateway.close());
  console.log(`Gateway ready at ${gateway.url}/graphql`);
  announceReady(gateway.url);
} catch (error) {
  exitOnStartupError('The gateway', error);
}
