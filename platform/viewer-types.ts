// Types only, so the console (web/) can share the claim reading without the platform's runtime.

/**
 * Who is asking. Every authorization rule in the hub is a function of a Viewer; the
 * subgraphs never look at raw headers or tokens.
 */
export type ClusterRole = 'coordinator' | 'board' | 'member';

export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'kiap'; subject: string }
  | { kind: 'region'; subject: string; regionCode: string }
  | { kind: 'municipality'; subject: string; municipalityCode: string }
  /**
   * A cluster's doctor. The identity provider that vouches for the membership also states
   * the cluster's region, so the offers and inquiries subgraphs can check "your own region"
   * at write time without reading the clusters subgraph's tables.
   */
  | { kind: 'cluster'; subject: string; clusterId: string; clusterRole: ClusterRole; regionCode: string }
  | { kind: 'external'; subject: string; partyId: string };
