import { forbidden } from '../../platform/errors.js';
import type { Viewer } from '../../platform/viewer.js';
import type { InquiriesStore, InquiryRow } from './store.js';

/** Who may see and do what with inquiries (README, "Who sees what"). */

export type ClusterViewer = Extract<Viewer, { kind: 'cluster' }>;
export type PartyViewer = Extract<Viewer, { kind: 'external' }>;
export type TriageViewer = Extract<Viewer, { kind: 'kiap' | 'region' }>;

/** The parts of an inquiry the rules look at. */
type Addressing = Pick<InquiryRow, 'reach' | 'reachRegionCode' | 'forwardedTo' | 'forwardedToRegionCode'>;

/** KiAP triages every inquiry; a unit those that reach its region or that a cluster forwarded to it. */
export function triages(viewer: Viewer, inquiry: Addressing): viewer is TriageViewer {
  if (viewer.kind === 'kiap') return true;
  if (viewer.kind !== 'region') return false;
  return (
    (inquiry.reach === 'REGION' && inquiry.reachRegionCode === viewer.regionCode) ||
    (inquiry.forwardedTo === 'REGIONAL_UNIT' && inquiry.forwardedToRegionCode === viewer.regionCode)
  );
}

export function isPartyOf(viewer: Viewer, inquiry: Pick<InquiryRow, 'partyId'>): viewer is PartyViewer {
  return viewer.kind === 'external' && viewer.partyId === inquiry.partyId;
}

/**
 * A cluster sees an inquiry forwarded to it by KiAP or by its own region's unit (a unit's
 * forward to a cluster elsewhere reaches nobody), and one it forwarded itself.
 */
export function clusterReceives(
  cluster: { id: string; regionCode: string },
  inquiry: Pick<InquiryRow, 'decidedByRegionCode'>,
  forwardedToClusterIds: readonly string[],
): boolean {
  return (
    forwardedToClusterIds.includes(cluster.id) &&
    (inquiry.decidedByRegionCode === null || inquiry.decidedByRegionCode === cluster.regionCode)
  );
}

/**
 * KiAP's newsletter goes to every cluster's coordinator and board members; they read the
 * sent sections in the hub and may answer "interested" on an item.
 */
export function readsNewsletter(viewer: Viewer): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'cluster' && viewer.clusterRole !== 'member');
}

/** An inquiry in a sent newsletter section: every newsletter reader has read it. */
export function inSentNewsletter(inquiry: Pick<InquiryRow, 'newsletterSectionId'>): boolean {
  return inquiry.newsletterSectionId !== null;
}

export function canReadInquiry(viewer: Viewer, inquiry: InquiryRow, forwardedToClusterIds: readonly string[]): boolean {
  if (triages(viewer, inquiry) || isPartyOf(viewer, inquiry)) return true;
  if (viewer.kind !== 'cluster') return false;
  return (
    inquiry.forwardedByClusterId === viewer.clusterId ||
    clusterReceives({ id: viewer.clusterId, regionCode: viewer.regionCode }, inquiry, forwardedToClusterIds) ||
    (readsNewsletter(viewer) && inSentNewsletter(inquiry))
  );
}

/** The inquiry with this id when the viewer may see it; null when it does not exist or they may not. */
export async function visibleInquiry(viewer: Viewer, store: InquiriesStore, id: string): Promise<InquiryRow | null> {
  const inquiry = await store.inquiryById.load(id);
  if (!inquiry) return null;
  const forwards = await store.forwardsByInquiry.load(inquiry.id);
  return canReadInquiry(
    viewer,
    inquiry,
    forwards.map((f) => f.clusterId),
  )
    ? inquiry
    : null;
}

/** A cluster acts (forwards, answers) through its coordinator or a board member. */
export function requireClusterOfficer(viewer: Viewer, what: string): ClusterViewer {
  if (viewer.kind !== 'cluster' || viewer.clusterRole === 'member') {
    throw forbidden(`Only a cluster's coordinator or a board member may ${what}`);
  }
  return viewer;
}

/** A cluster's forwarded inquiries: its members, its region's unit, KiAP. */
export function canSeeClusterInquiries(viewer: Viewer, cluster: { id: string; regionCode?: string }): boolean {
  if (viewer.kind === 'kiap') return true;
  if (viewer.kind === 'cluster') return viewer.clusterId === cluster.id;
  return viewer.kind === 'region' && cluster.regionCode === viewer.regionCode;
}
