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

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** The name a viewer is recorded under in audit trails. */
export function describeViewer(viewer: Viewer): string {
  return viewer.kind === 'anonymous' ? 'anonymous' : `${viewer.kind}:${viewer.subject}`;
}

/**
 * How an actor appears in records that other parties read (a booking's history, referral
 * revisions): role and organisation, never the token subject, which may be a person's
 * e-mail address and is no business of the other party.
 */
export function actorLabel(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'kiap':
      return 'KiAP';
    case 'region':
      return `regional quality unit ${viewer.regionCode}`;
    case 'municipality':
      return `municipality ${viewer.municipalityCode}`;
    case 'cluster':
      return `cluster ${viewer.clusterRole}`;
    case 'external':
      return 'external party';
  }
}

const LEGACY_ACTOR = /^(kiap|region|municipality|cluster|external):/;
const LEGACY_LABELS: Record<string, string> = {
  kiap: 'KiAP',
  region: 'regional quality unit',
  municipality: 'municipality',
  cluster: 'cluster',
  external: 'external party',
};

/** A recorded actor as other parties see it: records written before actorLabel existed held `role:subject`. */
export function publicActor(recorded: string): string {
  const legacy = LEGACY_ACTOR.exec(recorded);
  return legacy ? LEGACY_LABELS[legacy[1]!]! : recorded;
}
