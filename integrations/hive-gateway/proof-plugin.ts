import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { deriveProofKey, mintProof, PROOF_HEADER } from '../../platform/auth/gateway-proof.js';

export interface KlyngehubProofOptions {
  /** HUB_INTERNAL_SECRET, the secret the hub's subgraphs derive their proof keys from. */
  internalSecret: string;
  /** Each subgraph's name and the URL Hive Gateway calls it at (the supergraph's, or an override). */
  subgraphUrls: Record<string, string>;
}

/**
 * A Hive Gateway plugin that lets Hive Gateway stand where the hub's own gateway stands:
 * every subgraph request carries the caller's Authorization header and the gateway proof
 * the subgraph demands (platform/auth/gateway-proof.ts), made for that subgraph, method,
 * path, body and caller. Requests to any other URL are left alone.
 *
 * ```ts
 * import { defineConfig } from '@graphql-hive/gateway';
 * import { useKlyngehubProof } from './integrations/hive-gateway/proof-plugin.js';
 * export const gatewayConfig = defineConfig({
 *   supergraph: './supergraph/supergraph.graphql',
 *   plugins: () => [useKlyngehubProof({ internalSecret: process.env.HUB_INTERNAL_SECRET!, subgraphUrls })],
 * });
 * ```
 */
export function useKlyngehubProof(options: KlyngehubProofOptions): GatewayPlugin {
  const audiences = new Map<string, { audience: string; key: Uint8Array; pathAndQuery: string }>();
  for (const [audience, url] of Object.entries(options.subgraphUrls)) {
    const target = new URL(url);
    audiences.set(url, { audience, key: deriveProofKey(options.internalSecret, audience), pathAndQuery: target.pathname + target.search });
  }
  return {
    onFetch({ url, options: init, setOptions, context }) {
      const subgraph = audiences.get(url);
      if (!subgraph) return;
      const request = context && 'request' in context ? (context.request as Request | undefined) : undefined;
      const authorization = request?.headers.get('authorization') ?? undefined;
      // Hive's HTTP transport sends the subgraph query as a JSON string; anything else cannot be signed as sent.
      const body = typeof init.body === 'string' ? init.body : '';
      const proof = mintProof(subgraph.key, {
        audience: subgraph.audience,
        method: init.method ?? 'POST',
        pathAndQuery: subgraph.pathAndQuery,
        body,
        authorization,
      });
      setOptions({
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(authorization ? { authorization } : {}), [PROOF_HEADER]: proof },
      });
    },
  };
}
