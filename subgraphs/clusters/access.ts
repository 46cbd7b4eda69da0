import type { Viewer } from '../common/viewer.js';

/**
 * Officers' contact details go to KiAP and to the cluster's own members, nobody else
 * (DOMAIN "Privacy"; KiAP's steering group rule 2).
 */
export function canReadOfficerContacts(viewer: Viewer, clusterId: string): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'cluster' && viewer.clusterId === clusterId);
}
