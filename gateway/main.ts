import { runServiceProcess } from '../platform/run.js';
import { startConfiguredGateway } from './run.js';

// The gateway, alone or forked by `npm start`'s launcher (SERVICES_IN_ONE_PROCESS=false).
// Not a top-level await: the services' bundles are CommonJS, which V8 can cache compiled (hub/build.mjs).
void runServiceProcess({
  name: 'gateway',
  description: 'The gateway',
  start: async (logger) => {
    const gateway = await startConfiguredGateway(logger);
    return { origins: { gateway: gateway.url }, close: gateway.close };
  },
});
