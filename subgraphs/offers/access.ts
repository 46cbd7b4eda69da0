import { forbidden } from '../../platform/errors.js';
import type { Viewer } from '../../platform/viewer.js';

export { requireClusterOfficer, type ClusterViewer } from '../../platform/viewer.js';

/** Who may see and do what in the offers subgraph (README, "Who sees what"). */

export type RegionViewer = Extract<Viewer, { kind: 'region' }>;

/** Drafts, archived offers, named clusters and earlier versions: the region's own unit and KiAP. */
export function isUnitOf(viewer: Viewer, regionCode: string): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'region' && viewer.regionCode === regionCode);
}

/**
 * A published offer for all the region's clusters is public; one for named clusters is
 * seen only by its unit, KiAP and the members of the clusters it names, so nobody else can
 * learn who an offer targets (not even by asking each cluster for its offers).
 */
export function canSeeOffer(
  viewer: Viewer,
  offer: { status: string; regionCode: string; audience: string },
  namedClusterIds: () => Promise<readonly string[]>,
): Promise<boolean> | boolean {
  if (isUnitOf(viewer, offer.regionCode)) return true;
  if (offer.status !== 'PUBLISHED') return false;
  if (offer.audience === 'ALL_CLUSTERS_IN_REGION') return true;
  if (viewer.kind !== 'cluster') return false;
  return namedClusterIds().then((ids) => ids.includes(viewer.clusterId));
}

/** Whether the viewer may see which offers name this cluster: its own members, its region's unit and KiAP. */
export function canSeeNamedOffersOf(viewer: Viewer, cluster: { id: string; regionCode: string }): boolean {
  return (viewer.kind === 'cluster' && viewer.clusterId === cluster.id) || isUnitOf(viewer, cluster.regionCode);
}

/** Only a unit's own staff write its offers and answer requests for them. */
export function requireUnitStaff(viewer: Viewer, regionCode?: string): RegionViewer {
  if (viewer.kind !== 'region' || (regionCode !== undefined && viewer.regionCode !== regionCode)) {
    throw forbidden(
      regionCode ? `Only region ${regionCode}'s quality unit may do this` : "Only a regional quality unit's staff may do this",
    );
  }
  return viewer;
}

/** A cluster's requests: its members, its region's unit, KiAP. */
export function canSeeClusterRequests(viewer: Viewer, cluster: { id: string; regionCode?: string }): boolean {
  if (viewer.kind === 'cluster') return viewer.clusterId === cluster.id;
  return cluster.regionCode !== undefined ? isUnitOf(viewer, cluster.regionCode) : viewer.kind === 'kiap';
}

/** An offer's drafts, named clusters and earlier versions: its unit and KiAP. */
export function requireUnitOf(viewer: Viewer, regionCode: string, what: string): void {
  if (!isUnitOf(viewer, regionCode)) throw forbidden(`${what} are shown to the region's quality unit and KiAP`);
}

/** An offer's requests: all of them to its unit and KiAP, a cluster's own to that cluster, none to anyone else. */
export function requestsVisibleTo<T extends { clusterId: string }>(viewer: Viewer, offer: { regionCode: string }, requests: T[]): T[] {
  if (isUnitOf(viewer, offer.regionCode)) return requests;
  if (viewer.kind === 'cluster') return requests.filter((r) => r.clusterId === viewer.clusterId);
  throw forbidden("An offer's requests are shown to its unit, KiAP and the cluster that asked");
}
