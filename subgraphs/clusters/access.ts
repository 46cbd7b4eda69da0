import { forbidden, notFound } from '../../platform/errors.js';
import type { Viewer } from '../../platform/viewer.js';

/** The catalogue and the year's funds rate are KiAP's. */
export { requireKiap } from '../../platform/viewer.js';

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
 * (docs/domain.md, "Privacy"; KiAP's steering group rule 2).
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

/** An office a person holds according to the register (the token's claim is not enough for changes). */
export interface RegisterOffice {
  id: string;
  role: 'COORDINATOR' | 'TREASURER' | 'SECRETARY' | 'BOARD_MEMBER';
  name: string;
}

/**
 * The office the viewer holds in this cluster's register: a cluster login's subject is the
 * person's e-mail address, matched against the officers of record. The register decides,
 * so a coordinator who handed over loses coordinator rights at once, whatever their token says.
 */
export function registerOfficeOf<T extends RegisterOffice & { email: string }>(viewer: Viewer, officers: T[]): T | undefined {
  if (viewer.kind !== 'cluster') return undefined;
  const login = viewer.subject.trim().toLowerCase();
  return officers.find((officer) => officer.email.trim().toLowerCase() === login);
}

/**
 * Changing a cluster's register is for its coordinator and board. Another cluster's login
 * learns nothing (NOT_FOUND); a member without an office, or anyone else, is FORBIDDEN.
 */
export function requireRegisterEditor<T extends RegisterOffice & { email: string }>(
  viewer: Viewer,
  clusterId: string,
  officers: T[],
  what = 'changes its register',
): T {
  if (viewer.kind !== 'cluster') throw forbidden(`Only the cluster's coordinator or board ${what}`);
  if (viewer.clusterId !== clusterId) throw notFound(`Cluster ${clusterId} was not found`);
  const office = registerOfficeOf(viewer, officers);
  if (!office) throw forbidden(`Only the cluster's coordinator or board ${what}`);
  return office;
}

/** The coordinator's office is offered by the coordinator of record, or by KiAP when the coordinator is gone. */
export function requireHandoverOfferer<T extends RegisterOffice & { email: string }>(
  viewer: Viewer,
  clusterId: string,
  officers: T[],
): T | 'kiap' {
  if (viewer.kind === 'kiap') return 'kiap';
  const office = requireRegisterEditor(viewer, clusterId, officers);
  if (office.role !== 'COORDINATOR') throw forbidden('Only the coordinator (or KiAP) hands over the office');
  return office;
}

/** The member the office is offered to accepts it themselves: their login is their registered e-mail. */
export function isHandoverRecipient(viewer: Viewer, member: { clusterId: string; email: string }): boolean {
  return (
    viewer.kind === 'cluster' &&
    viewer.clusterId === member.clusterId &&
    viewer.subject.trim().toLowerCase() === member.email.trim().toLowerCase()
  );
}

/** Cluster funds: KiAP, the cluster's coordinator and board, its region's unit. */
export function canReadFunds(viewer: Viewer, cluster: { id: string; regionCode: string }): boolean {
  if (viewer.kind === 'kiap') return true;
  if (viewer.kind === 'region') return viewer.regionCode === cluster.regionCode;
  return viewer.kind === 'cluster' && viewer.clusterId === cluster.id && viewer.clusterRole !== 'member';
}

/** Which clusters a caller may list as not having confirmed: KiAP all, a unit its region's; null for no one else. */
export function confirmationScope(viewer: Viewer, regionCode: string | undefined): { regionCode?: string } | null {
  if (viewer.kind === 'kiap') return { regionCode };
  if (viewer.kind === 'region' && (regionCode === undefined || regionCode === viewer.regionCode)) return { regionCode: viewer.regionCode };
  return null;
}

/** Notices of practices leaving: the region's own unit and KiAP. */
export function canReadDepartures(viewer: Viewer, regionCode: string): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'region' && viewer.regionCode === regionCode);
}

/** What the rules about a package order look at. */
export interface OrderScope {
  clusterId: string;
  clusterRegionCode: string;
  municipalityCode: string | null;
  packageRegionCode: string | null;
}

/**
 * A cluster's own work with packages and questionnaires (orders, rounds, aggregate results):
 * KiAP, the cluster's own logins and its region's unit, which facilitates.
 */
export function canSeeClusterWork(viewer: Viewer, cluster: { id: string; regionCode: string }): boolean {
  if (viewer.kind === 'kiap') return true;
  if (viewer.kind === 'region') return viewer.regionCode === cluster.regionCode;
  return viewer.kind === 'cluster' && viewer.clusterId === cluster.id;
}

/** An order is also seen by the municipality it invites to present. */
export function canSeeOrder(viewer: Viewer, order: OrderScope): boolean {
  if (canSeeClusterWork(viewer, { id: order.clusterId, regionCode: order.clusterRegionCode })) return true;
  return viewer.kind === 'municipality' && order.municipalityCode === viewer.municipalityCode;
}

/** KiAP takes every order; a regional unit takes the orders of its own regional packages. */
export function handlesOrder(viewer: Viewer, order: Pick<OrderScope, 'packageRegionCode'>): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'region' && viewer.regionCode === order.packageRegionCode);
}

/** The call's note is between the handler and the cluster's coordinator and board. */
export function canReadCallNote(viewer: Viewer, order: OrderScope): boolean {
  if (handlesOrder(viewer, order)) return true;
  return viewer.kind === 'cluster' && viewer.clusterId === order.clusterId && viewer.clusterRole !== 'member';
}

/** Plans per practice are for the practice's cluster and KiAP, not for outsiders (seed 002: nobody singled out). */
export function canReadPracticeSteps(viewer: Viewer, clusterId: string): boolean {
  return viewer.kind === 'kiap' || (viewer.kind === 'cluster' && viewer.clusterId === clusterId);
}

/** Which orders a list may hold for this caller; null when none. */
export function orderListScope(
  viewer: Viewer,
  regionCode: string | undefined,
): { regionCode?: string; clusterId?: string; municipalityCode?: string } | null {
  switch (viewer.kind) {
    case 'kiap':
      return { regionCode };
    case 'region':
      return regionCode === undefined || regionCode === viewer.regionCode ? { regionCode: viewer.regionCode } : null;
    case 'cluster':
      return { regionCode, clusterId: viewer.clusterId };
    case 'municipality':
      return { regionCode, municipalityCode: viewer.municipalityCode };
    default:
      return null;
  }
}

export function requireOrderHandler(viewer: Viewer, order: OrderScope): void {
  if (!canSeeOrder(viewer, order)) throw notFound('The order was not found');
  if (!handlesOrder(viewer, order)) throw forbidden('Only KiAP, or the regional unit that publishes the package, takes the order');
}

/** A regional unit writes the questionnaires of its own packages; KiAP every one. */
export function requireQuestionnaireAuthor(viewer: Viewer, pkg: { regionCode: string | null }): void {
  if (!handlesOrder(viewer, { packageRegionCode: pkg.regionCode }))
    throw forbidden("Only KiAP, or the regional unit that publishes the package, writes the package's questionnaire");
}

/** Answering is for a login of the round's cluster; the register says who they are (see questionnaires.ts). */
export function requireRespondent(viewer: Viewer, round: { clusterId: string }): Extract<Viewer, { kind: 'cluster' }> {
  if (viewer.kind !== 'cluster') throw forbidden("Only the cluster's own doctors answer its questionnaires");
  if (viewer.clusterId !== round.clusterId) throw notFound('The questionnaire round was not found');
  return viewer;
}

/** A login of this cluster (any role): the cluster's own doctors. */
export function isOwnCluster(viewer: Viewer, clusterId: string): viewer is Extract<Viewer, { kind: 'cluster' }> {
  return viewer.kind === 'cluster' && viewer.clusterId === clusterId;
}

/** A handover is seen by its cluster and, to cancel one, by KiAP; to anyone else it does not exist. */
export function canSeeHandover(viewer: Viewer, handover: { clusterId: string }, options: { kiap: boolean }): boolean {
  return isOwnCluster(viewer, handover.clusterId) || (options.kiap && viewer.kind === 'kiap');
}

/** Follow-ups due are for KiAP, regions and clusters; a municipality sees its meetings through its bookings instead. */
export function followUpScope(viewer: Viewer, regionCode: string | undefined): { regionCode?: string; clusterId?: string } | null {
  if (viewer.kind === 'municipality') return null;
  return orderListScope(viewer, regionCode);
}
