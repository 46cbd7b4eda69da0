import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.js';
import { ConfigError, readEnv, variable } from '../../platform/env.js';
import { loadLoadShedding, loadSubgraphConfig } from '../../platform/run.js';

const AUTH = { OIDC_ISSUER: 'https://login.example/realms/hub', OIDC_AUDIENCE: 'klyngehub', HUB_INTERNAL_SECRET: 'x'.repeat(32) };

describe('configuration from the environment', () => {
  it('reads typed values, treats blank as unset and falls back to defaults', () => {
    const read = readEnv(
      { PORT: ' 4100 ', ON: 'YES', OFF: '0', BLANK: '   ', WHERE: 'http://127.0.0.1:4001/graphql' },
      {
        PORT: variable.port.withDefault(1),
        ON: variable.boolean.withDefault(false),
        OFF: variable.boolean.withDefault(true),
        BLANK: variable.positiveInt.withDefault(7),
        WHERE: variable.url.optional(),
        MISSING: variable.text.optional(),
      },
    );
    expect(read).toEqual({ PORT: 4100, ON: true, OFF: false, BLANK: 7, WHERE: 'http://127.0.0.1:4001/graphql', MISSING: undefined });
  });

  it('names every bad or missing variable in one error, with passwords hidden', () => {
    const attempt = () =>
      readEnv(
        { PORT: '70000', COUNT: '2.5', FLAG: 'maybe', DB: 'postgres://hub:secret@ db/x' },
        {
          PORT: variable.port.withDefault(1),
          COUNT: variable.positiveInt.withDefault(1),
          FLAG: variable.boolean.withDefault(false),
          DB: variable.url.optional(),
          SECRET: variable.text.required(),
        },
      );
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'PORT must be a port number (0-65535), got "70000"; COUNT must be a positive whole number, got "2.5"; ' +
        'FLAG must be true or false, got "maybe"; DB must be a URL, got "postgres://hub:***@ db/x"; SECRET must be set',
    );
  });

  it('refuses a gateway configuration with every problem at once, across its own, the provider’s and the limits’ variables', () => {
    const attempt = () =>
      loadGatewayConfig({
        ...AUTH,
        HUB_INTERNAL_SECRET: 'too short',
        GATEWAY_PORT: 'four',
        OFFERS_URL: 'offers',
        GATEWAY_SAFELIST: 'perhaps',
        QUERY_MAX_DEPTH: '0',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /GATEWAY_PORT must be a port number.*GATEWAY_SAFELIST must be true or false.*OFFERS_URL must be a URL.*HUB_INTERNAL_SECRET must be at least 32 characters.*QUERY_MAX_DEPTH must be a positive whole number, got "0"/,
    );
  });

  it('gives each subgraph its own port, pool and database, and turns load shedding off with 0', () => {
    const config = loadSubgraphConfig('offers', {
      ...AUTH,
      DATABASE_URL: 'postgres://a@h/db',
      OFFERS_PORT: '0',
      OFFERS_DATABASE_POOL_SIZE: '3',
    });
    expect(config).toMatchObject({ port: 0, maxConnections: 3, databaseUrl: 'postgres://a@h/db', host: '127.0.0.1' });
    expect(loadLoadShedding({ MAX_EVENT_LOOP_DELAY_MS: '0' })).toEqual({ maxEventLoopDelayMs: 0 });
    expect(loadLoadShedding({})).toEqual({ maxEventLoopDelayMs: 500 });
    expect(() => loadSubgraphConfig('clusters', { CLUSTERS_PORT: 'x' })).toThrow(
      /CLUSTERS_PORT must be a port number.*CLUSTERS_DATABASE_URL \(or DATABASE_URL\) must be set.*OIDC_ISSUER, OIDC_AUDIENCE, HUB_INTERNAL_SECRET must be set/,
    );
    expect(() => loadLoadShedding({ MAX_EVENT_LOOP_DELAY_MS: '-1' })).toThrow('MAX_EVENT_LOOP_DELAY_MS must be a whole number (0 or more)');
  });
});
