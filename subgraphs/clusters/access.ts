import { forbidden, notFound } from '../common/errors.js';
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
export function requireRegisterEditor<T extends RegisterOffice & { email: string }>(viewer: Viewer, clusterId: string, officers: T[]): T {
  if (viewer.kind !== 'cluster') throw forbidden("Only the cluster's coordinator or board changes its register");
  if (viewer.clusterId !== clusterId) throw notFound(`Cluster ${clusterId} was not found`);
  const office = registerOfficeOf(viewer, officers);
  if (!office) throw forbidden("Only the cluster's coordinator or board changes its register");
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

/** A year's funds rate is KiAP's to enter. */
export function requireKiap(viewer: Viewer, what: string): void {
  if (viewer.kind !== 'kiap') throw forbidden(`Only KiAP ${what}`);
}
