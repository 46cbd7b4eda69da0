import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { JWK } from 'jose';
import { claimsForViewer } from './claims.js';
import type { Viewer } from '../viewer.js';
import { TokenIssuer } from './dev-issuer.js';
import { escapeHtml, htmlPage } from '../html.js';

/** Someone the development log-in page offers: who they are, and the token they get. */
export interface DemoUser {
  /** The account id at the development issuer; also the token's subject. */
  id: string;
  name: string;
  /** "Aarhus Kommune — sundhedskonsulent": organisation and function, as the log-in page lists them. */
  label: string;
  viewer: Exclude<Viewer, { kind: 'anonymous' }>;
}

export const DEV_IDENTITY_PATH = '/oidc';
/** The console's client id at the development issuer (a public client: PKCE, no secret). */
export const CONSOLE_CLIENT_ID = 'klyngehub-console';
const API_RESOURCE = 'urn:klyngehub:api';
const API_SCOPE = 'api';
const ACCESS_TOKEN_TTL_S = 3600;

export interface DevIdentityOptions {
  /** Where browsers reach the hub, e.g. http://localhost:4000; the issuer is this plus /oidc. */
  publicUrl: string;
  /** The development issuer's signing key (dev-issuer.ts), so tokens verify with the JWKS the subgraphs already read. */
  privateJwk: JWK;
  /** The audience the subgraphs expect. */
  audience: string;
  users: DemoUser[];
}

export interface DevIdentity {
  issuer: string;
  /** Handles /oidc/… (discovery, authorize, token, JWKS, the log-in page); false for any other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

/**
 * The embedded default's OpenID Connect provider: `oidc-provider` (certified) with a log-in
 * page that lists the demo users by role and organisation instead of asking for a password.
 * Authorization code + PKCE for the console; access tokens are JWTs carrying the hub's
 * claims, signed with the development issuer's key. Never enabled when OIDC_ISSUER names a
 * real provider.
 */
export function createDevIdentity(options: DevIdentityOptions): DevIdentity {
  const issuer = `${options.publicUrl}${DEV_IDENTITY_PATH}`;
  const users = new Map(options.users.map((user) => [user.id, user]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // The development issuer has one key, an EC one (the same the subgraphs verify with).
        id_token_signed_response_alg: 'ES256',
        redirect_uris: consoleOrigins(options.publicUrl).map((origin) => `${origin}/`),
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [options.privateJwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // Claims of the profile scope go into the ID token: the console reads who is logged in from it.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], profile: ['name', 'organisation'] },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: API_SCOPE,
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: ACCESS_TOKEN_TTL_S,
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      return user && { accountId: id, claims: () => ({ sub: id, name: user.name, organisation: user.label }) };
    },
    extraTokenClaims: (_ctx, token) => {
      const user = 'accountId' in token && typeof token.accountId === 'string' ? users.get(token.accountId) : undefined;
      return user && claimsForViewer(user.viewer);
    },
    // The console is the hub's own client: there is nothing for the user to consent to.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(API_RESOURCE, API_SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${DEV_IDENTITY_PATH}/interaction/${interaction.uid}` },
    ttl: { AccessToken: ACCESS_TOKEN_TTL_S, IdToken: ACCESS_TOKEN_TTL_S, Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600 },
    renderError: (ctx, out) => {
      const page = htmlPage(
        'Log-in mislykkedes',
        `<h1>Log-in mislykkedes</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p><p><a href="/">Til forsiden</a></p>`,
      );
      ctx.set(page.headers);
      ctx.body = page.body;
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', () => {});
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, action: string | undefined): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid)
      return send(res, 400, htmlPage('Log-in mislykkedes', '<h1>Log-in-forsøget er udløbet</h1><p><a href="/">Prøv igen</a></p>'));
    if (req.method === 'POST' && action === 'login') {
      const form = new URLSearchParams(await readForm(req));
      const user = users.get(form.get('user') ?? '');
      if (!user) return send(res, 400, loginPage(options.users, uid, 'Vælg en bruger fra listen.'));
      await provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
      return;
    }
    send(res, 200, loginPage(options.users, uid));
  }

  const tokens = TokenIssuer.fromJson({ issuer, audience: options.audience, privateJwk: options.privateJwk, jwks: { keys: [] } });

  /**
   * GraphiQL's user picker (development only): the demo users, and a token for one of them.
   * Whoever can reach this issuer can log in as any demo user on its page anyway; JSON
   * only, so a page elsewhere cannot post here with a plain form.
   */
  async function developerTokens(req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (route === 'dev-users' && req.method === 'GET') {
      res.end(JSON.stringify(options.users.map((user) => ({ id: user.id, label: user.label }))));
      return;
    }
    const body = req.method === 'POST' && req.headers['content-type']?.startsWith('application/json') ? await readForm(req) : '';
    const user = users.get(safeJson(body)?.user ?? '');
    if (!user) {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: 'Name a demo user: POST {"user": "<id>"} as application/json' }));
      return;
    }
    res.end(JSON.stringify({ accessToken: await tokens.sign(user.viewer, { expiresIn: '1h' }) }));
  }

  return {
    issuer,
    handle(req, res) {
      const url = req.url ?? '/';
      if (url !== DEV_IDENTITY_PATH && !url.startsWith(`${DEV_IDENTITY_PATH}/`)) return false;
      const developer = /^\/oidc\/(dev-users|dev-token)$/.exec(url.split('?')[0]!);
      if (developer) {
        developerTokens(req, res, developer[1]!).catch(() => {
          res.statusCode = 500;
          res.end();
        });
        return true;
      }
      const route = /^\/oidc\/interaction\/([\w-]+)(?:\/(login))?$/.exec(url.split('?')[0]!);
      if (route) {
        interaction(req, res, route[1]!, route[2]).catch(() =>
          send(res, 400, htmlPage('Log-in mislykkedes', '<h1>Log-in-forsøget er udløbet</h1><p><a href="/">Prøv igen</a></p>')),
        );
        return true;
      }
      // oidc-provider routes below its mount path and builds its URLs from originalUrl, as under Express.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(DEV_IDENTITY_PATH.length) || '/';
      void callback(req, res);
      return true;
    },
  };
}

/** Where `npm run dev:web` serves the console with hot reload (web/vite.config.ts). */
export const DEV_SERVER_ORIGIN = 'http://localhost:5173';

/** The origins the development issuer sends a logged-in user back to: the hub's own, and the dev server's. */
export function consoleOrigins(publicUrl: string): string[] {
  return [new URL(publicUrl).origin, DEV_SERVER_ORIGIN];
}

function loginPage(users: DemoUser[], uid: string, problem?: string): { body: string; headers: Record<string, string> } {
  const items = users
    .map(
      (user) => `<li><form method="post" action="${DEV_IDENTITY_PATH}/interaction/${escapeHtml(uid)}/login">
        <input type="hidden" name="user" value="${escapeHtml(user.id)}">
        <button type="submit"><strong>${escapeHtml(user.label)}</strong><span>${escapeHtml(user.name)} · ${escapeHtml(user.id)}</span></button>
      </form></li>`,
    )
    .join('\n');
  return htmlPage(
    'Log ind — Klyngehub (udvikling)',
    `<h1>Log ind på Klyngehub</h1>
    <p>Dette er hubbens udviklings-log-in. Vælg hvem du vil logge ind som; i drift logger du ind hos din egen organisations identitetsudbyder.</p>
    ${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
    <ul class="users">${items}</ul>`,
  );
}

function send(res: ServerResponse, status: number, page: { body: string; headers: Record<string, string> }): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.end(page.body);
}

function safeJson(text: string): { user?: string } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as { user?: string }) : undefined;
  } catch {
    return undefined;
  }
}

function readForm(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      // A log-in form or a token request is a few hundred bytes; anything far larger is dropped.
      if (body.length > 10_000) req.destroy(new Error('request body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
    req.on('close', () => reject(new Error('request closed before its end')));
  });
}
