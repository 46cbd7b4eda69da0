import { forbidden } from '../../platform/errors.js';
import { requireClusterOfficer, type Viewer } from '../../platform/viewer.js';

export { requireClusterOfficer, type ClusterViewer } from '../../platform/viewer.js';

/**
 * Who may see and do what in the municipalities subgraph (README, "Who sees what").
 * Resolvers and workflows ask here and nowhere else.
 */

export type MunicipalityViewer = Extract<Viewer, { kind: 'municipality' }>;

/** Municipal offers are for everyone logged in. */
export function canReadMunicipalOffers(viewer: Viewer): boolean {
  return viewer.kind !== 'anonymous';
}

/** Only a municipality's own representatives change its offers, book meetings and supply referral counts. */
export function requireMunicipality(viewer: Viewer, municipalityCode?: string): MunicipalityViewer {
  if (viewer.kind !== 'municipality' || (municipalityCode !== undefined && viewer.municipalityCode !== municipalityCode)) {
    throw forbidden(
      municipalityCode ? `Only municipality ${municipalityCode}'s representatives may do this` : 'Only a municipality may do this',
    );
  }
  return viewer;
}

/**
 * Bookings and referral counts between a municipality and a cluster are seen by that
 * municipality, the cluster's members and KiAP.
 */
export function canSeeClusterWork(viewer: Viewer, work: { clusterId: string; municipalityCode: string }): boolean {
  switch (viewer.kind) {
    case 'kiap':
      return true;
    case 'cluster':
      return viewer.clusterId === work.clusterId;
    case 'municipality':
      return viewer.municipalityCode === work.municipalityCode;
    default:
      return false;
  }
}

/** Lists of a cluster's municipal work: its members and KiAP see all, a municipality its own part. */
export function clusterWorkScope(viewer: Viewer, clusterId: string): { all: true } | { municipalityCode: string } {
  if (viewer.kind === 'kiap' || (viewer.kind === 'cluster' && viewer.clusterId === clusterId)) return { all: true };
  if (viewer.kind === 'municipality') return { municipalityCode: viewer.municipalityCode };
  throw forbidden("A cluster's municipal bookings and referral counts are shown to its members, its municipalities and KiAP");
}

/** A municipality's list of bookings is its own and KiAP's. */
export function requireMunicipalityOrKiap(viewer: Viewer, municipalityCode: string): void {
  if (viewer.kind === 'kiap' || (viewer.kind === 'municipality' && viewer.municipalityCode === municipalityCode)) return;
  throw forbidden("A municipality's bookings are shown to the municipality itself and KiAP");
}

/** A confirmed or requested meeting is cancelled by its municipality or by the cluster's coordinator or board; says which. */
export function requireCanceller(viewer: Viewer, booking: { clusterId: string; municipalityCode: string }): 'MUNICIPALITY' | 'CLUSTER' {
  if (viewer.kind === 'municipality') {
    requireMunicipality(viewer, booking.municipalityCode);
    return 'MUNICIPALITY';
  }
  requireClusterOfficer(viewer, 'answer for the cluster', booking.clusterId);
  return 'CLUSTER';
}
