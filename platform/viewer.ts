import { forbidden } from './errors.js';

import type { Viewer } from './viewer-types.js';

export type { ClusterRole, Viewer } from './viewer-types.js';

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export type ClusterViewer = Extract<Viewer, { kind: 'cluster' }>;

/** What only KiAP does; `what` completes "Only KiAP …". */
export function requireKiap(viewer: Viewer, what: string): Extract<Viewer, { kind: 'kiap' }> {
  if (viewer.kind !== 'kiap') throw forbidden(`Only KiAP ${what}`);
  return viewer;
}

/**
 * A cluster acts (answers a booking, requests an offer, forwards an inquiry) through its
 * coordinator or a board member, as the token states them; `clusterId` narrows it to one
 * cluster. The clusters subgraph, which holds the register, checks the register instead.
 */
export function requireClusterOfficer(viewer: Viewer, what: string, clusterId?: string): ClusterViewer {
  if (viewer.kind !== 'cluster' || viewer.clusterRole === 'member' || (clusterId !== undefined && viewer.clusterId !== clusterId)) {
    throw forbidden(`Only ${clusterId !== undefined ? 'the' : 'a'} cluster's coordinator or a board member may ${what}`);
  }
  return viewer;
}

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
