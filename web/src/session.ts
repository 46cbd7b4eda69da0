import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { viewerFromClaims as hubViewerFromClaims, type ClaimMapping } from '../../platform/auth/claims.js';

/** What the hub serves at /console-config.json (gateway/console.ts). */
export interface ConsoleConfig {
  authority: string;
  clientId: string;
  scope: string;
  publicUrl: string;
  developmentLogin: boolean;
  origins: string[];
  /** Where the identity provider's tokens carry the role and its scope. */
  claims: ClaimMapping;
}

/** Who is logged in, as the API will see them: the hub's claims in the access token. */
export type Viewer =
  | { kind: 'kiap' }
  | { kind: 'region'; regionCode: string }
  | { kind: 'municipality'; municipalityCode: string }
  | { kind: 'cluster'; clusterId: string; clusterRole: 'coordinator' | 'board' | 'member'; regionCode: string }
  | { kind: 'external'; partyId: string };

export interface Session {
  name: string;
  organisation: string | undefined;
  viewer: Viewer;
  accessToken: string;
  expiresAt: number | undefined;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error('Konsollens opsætning kunne ikke hentes');
  return (await response.json()) as ConsoleConfig;
}

/**
 * OpenID Connect authorization code + PKCE with oidc-client-ts, against whatever issuer the
 * hub is configured with. Tokens live in sessionStorage: closing the tab logs out.
 */
export function createUserManager(config: ConsoleConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: config.scope,
    loadUserInfo: false,
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Finishes a log-in that came back with ?code=…, or returns the stored user. */
export async function currentUser(manager: UserManager): Promise<{ user: User | null; returnTo?: string }> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await manager.signinRedirectCallback();
    const returnTo = typeof user.state === 'string' ? user.state : '/';
    return { user, returnTo };
  }
  const user = await manager.getUser();
  return { user: user && !user.expired ? user : null };
}

export function sessionFrom(user: User, config: ConsoleConfig): Session {
  const claims = decodeJwtPayload(user.access_token);
  return {
    name: typeof user.profile.name === 'string' ? user.profile.name : String(user.profile.sub),
    organisation: typeof user.profile.organisation === 'string' ? user.profile.organisation : undefined,
    viewer: viewerFromClaims(claims, config.claims),
    accessToken: user.access_token,
    expiresAt: user.expires_at,
  };
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The same reading of the claims the subgraphs do (platform/auth/claims.ts, with the
 * mapping the hub is configured with); the API decides, this only picks the screens.
 */
function viewerFromClaims(claims: Record<string, unknown>, mapping: ClaimMapping): Viewer {
  try {
    return hubViewerFromClaims(claims, mapping) as Viewer;
  } catch {
    return { kind: 'external', partyId: '' };
  }
}
