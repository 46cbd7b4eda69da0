import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

export interface ProviderUser {
  /** The client id that stands for this user: a client-credentials token carries it as `sub`. */
  id: string;
  /** The claims the provider adds to the user's access token, as the real product would (roles, groups, attributes). */
  claims: Record<string, unknown>;
}

export interface RunningProvider {
  issuer: string;
  /** An access token for one of the users, from the provider's token endpoint. */
  tokenFor(userId: string): Promise<string>;
  close(): Promise<void>;
}

const RESOURCE = 'urn:klyngehub:api';
const SECRET = 'a-client-secret-long-enough-for-the-provider';

/**
 * A real OpenID Connect provider (`oidc-provider`) on a loopback port, shaped like a given
 * product: its issuer path (Keycloak's `/realms/<realm>`, Entra ID's `/<tenant>/v2.0`), its
 * signing algorithm, and where its access tokens put roles and attributes. Tokens come from
 * its token endpoint (client credentials with a resource indicator, JWT access tokens), and
 * the hub finds its keys through its discovery document, as with the real product.
 */
export async function startProvider(options: {
  issuerPath: string;
  audience: string;
  users: ProviderUser[];
  alg?: 'RS256' | 'ES256';
  /** Makes the discovery document name another issuer (a misconfigured or impostor provider). */
  advertisedIssuer?: string;
}): Promise<RunningProvider> {
  const alg = options.alg ?? 'RS256';
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), alg, use: 'sig', kid: `${alg}-test` };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${options.issuerPath}`;
  const users = new Map(options.users.map((user) => [user.id, user]));
  const provider = new Provider(issuer, {
    clients: options.users.map((user) => ({
      client_id: user.id,
      client_secret: SECRET,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: alg,
    })),
    jwks: { keys: [privateJwk as never] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'api', audience: options.audience, accessTokenFormat: 'jwt', jwt: { sign: { alg } } }),
      },
    },
    ttl: { ClientCredentials: 600 },
    extraTokenClaims: (_ctx, token) => users.get(token.clientId ?? '')?.claims,
  });
  provider.on('server_error', () => {});
  const callback = provider.callback();
  server.on('request', (req: IncomingMessage & { originalUrl?: string }, res) => {
    const url = req.url ?? '/';
    if (options.advertisedIssuer && url === `${options.issuerPath}/.well-known/openid-configuration`) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer: options.advertisedIssuer, jwks_uri: `${issuer}/jwks` }));
      return;
    }
    // oidc-provider routes below its mount path and builds its URLs from originalUrl, as under Express.
    req.originalUrl = url;
    req.url = url.slice(options.issuerPath.length) || '/';
    void callback(req, res);
  });
  return {
    issuer,
    async tokenFor(userId) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: userId,
          client_secret: SECRET,
          resource: RESOURCE,
          scope: 'api',
        }),
      });
      const body = (await response.json()) as { access_token?: string; error_description?: string };
      if (!body.access_token) throw new Error(`The provider gave no token: ${body.error_description ?? response.status}`);
      return body.access_token;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
