import { forbidden } from '../../platform/errors.js';
import type { Viewer } from '../../platform/viewer.js';

/** KiAP's newsletter is KiAP's. */
export { requireClusterOfficer, requireKiap, type ClusterViewer } from '../../platform/viewer.js';
import type { InquiriesStore, InquiryListScope, InquiryRow } from './store.js';

/** Who may see and do what with inquiries (README, "Who sees what"). */

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

/** A cluster answers an inquiry that reached it: forwarded to it, or an item of a sent newsletter. */
export function clusterMayAnswer(
  cluster: { id: string; regionCode: string },
  inquiry: Pick<InquiryRow, 'decidedByRegionCode' | 'newsletterSectionId'>,
  forwardedToClusterIds: readonly string[],
): boolean {
  return clusterReceives(cluster, inquiry, forwardedToClusterIds) || inSentNewsletter(inquiry);
}

/** The cluster a viewer answers for and sees its answers as its own; null for all but a cluster's people. */
export function viewersCluster(viewer: Viewer): { id: string; regionCode: string } | null {
  return viewer.kind === 'cluster' ? { id: viewer.clusterId, regionCode: viewer.regionCode } : null;
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

/** A cluster's forwarded inquiries: its members, its region's unit, KiAP. */
export function canSeeClusterInquiries(viewer: Viewer, cluster: { id: string; regionCode?: string }): boolean {
  if (viewer.kind === 'kiap') return true;
  if (viewer.kind === 'cluster') return viewer.clusterId === cluster.id;
  return viewer.kind === 'region' && cluster.regionCode === viewer.regionCode;
}

/** Only an external party submits inquiries (and answers questions about its own). */
export function requireExternalParty(viewer: Viewer): PartyViewer {
  if (viewer.kind !== 'external') throw forbidden('Only an external party submits inquiries');
  return viewer;
}

/** Triage is for KiAP and the regional unit an inquiry is addressed to. */
export function requireTriager(viewer: Viewer, inquiry: InquiryRow): TriageViewer {
  if (!triages(viewer, inquiry)) throw forbidden('Only KiAP and the regional unit the inquiry is addressed to triage it');
  return viewer;
}

/** Only the party that submitted an inquiry answers questions about it. */
export function requirePartyOf(viewer: Viewer, inquiry: InquiryRow): PartyViewer {
  if (!isPartyOf(viewer, inquiry)) throw forbidden('Only the party that submitted the inquiry answers its questions');
  return viewer;
}

/** Which inquiries a viewer may list (store.ts turns the scope into SQL); null: none. */
export function inquiryListScope(viewer: Viewer): InquiryListScope | null {
  switch (viewer.kind) {
    case 'kiap':
      return { kind: 'all' };
    case 'region':
      return { kind: 'triagedBy', regionCode: viewer.regionCode };
    case 'external':
      return { kind: 'submittedBy', partyId: viewer.partyId };
    case 'cluster':
      return { kind: 'reaching', clusterId: viewer.clusterId, regionCode: viewer.regionCode };
    default:
      return null;
  }
}

/** What only triage sees of an inquiry (its assessment, its internal notes). */
export function requireTriage(viewer: Viewer, inquiry: InquiryRow, what: string): void {
  if (!triages(viewer, inquiry)) throw forbidden(`${what} is for KiAP and the regional unit that triages the inquiry`);
}

/** What the party and triage see of an inquiry (the exchange of information). */
export function requireTriageOrParty(viewer: Viewer, inquiry: InquiryRow, what: string): void {
  if (!triages(viewer, inquiry) && !isPartyOf(viewer, inquiry))
    throw forbidden(`${what} is for the party, KiAP and the regional unit that triages the inquiry`);
}

/** The cluster that forwarded an inquiry: shown to that cluster and to triage. */
export function requireForwardingClusterOrTriage(viewer: Viewer, inquiry: InquiryRow): void {
  const ownCluster = viewer.kind === 'cluster' && viewer.clusterId === inquiry.forwardedByClusterId;
  if (!ownCluster) requireTriage(viewer, inquiry, 'The forwarding cluster');
}
