import type { Viewer } from '../common/viewer.js';

/**
 * Who may see what in the clusters subgraph (README, "Who sees what"). Resolvers ask
 * here and nowhere else.
 */

/** Officers' names and roles: anyone logged in as part of the health system, not external parties. */
export function canReadOfficers(viewer: Viewer): boolean {
  return viewer.kind === 'kiap' || viewer.kind === 'region' || viewer.kind === 'municipality' || viewer.kind === 'cluster';
}

/**
 * Officers' contact details go to KiAP and to the cluster's own members, nobody else
 * (DOMAIN "Privacy"; KiAP's steering group rule 2).
 */
export function canReadOfficerContacts(viewer: Viewer, clusterId: string): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'cluster' && viewer.clusterId === clusterId);
}

export interface ClusterScope {
  id: string;
  regionCode: string;
  municipalityCodes: string[];
}

/**
 * The cluster's partners see its practices and meetings: KiAP, its own members, its
 * region's quality unit and the municipalities it covers.
 */
export function isClusterPartner(viewer: Viewer, cluster: ClusterScope): boolean {
  switch (viewer.kind) {
    case 'kiap':
      return true;
    case 'cluster':
      return viewer.clusterId === cluster.id;
    case 'region':
      return viewer.regionCode === cluster.regionCode;
    case 'municipality':
      return cluster.municipalityCodes.includes(viewer.municipalityCode);
    default:
      return false;
  }
}

/** The record of contact reads is KiAP's to query. */
export function canReadContactAccessLog(viewer: Viewer): boolean {
  return viewer.kind === 'kiap';
}
