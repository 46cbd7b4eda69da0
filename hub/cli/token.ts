import { parseArgs } from 'node:util';
import { CLUSTER_ROLES, ROLES, type Role } from '../../platform/auth/claims.js';
import type { ClusterRole, Viewer } from '../../platform/viewer.js';
import { loadOrCreateDevIssuer } from '../../platform/auth/dev-issuer.js';
import { loadHubConfig } from '../config.js';

/**
 * `npm run --silent token -- --role kiap` prints a token from the local hub's development
 * issuer. Other roles: --role region --region 1084, --role municipality --municipality 269,
 * --role cluster --cluster <id> --cluster-role coordinator|board|member --region <its region>,
 * --role external --party <id>; --expires-in 1h, --subject <name>.
 */
const USAGE = `Usage: npm run --silent token -- --role ${ROLES.join('|')} [--region CODE] [--municipality CODE]
       [--cluster ID --cluster-role ${CLUSTER_ROLES.join('|')} --region CODE] [--party ID] [--expires-in 1h] [--subject NAME]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function required(value: string | undefined, flag: string, role: string): string {
  if (!value) fail(`--role ${role} needs ${flag}`);
  return value;
}

function viewerFrom(values: Record<string, string | undefined>): Exclude<Viewer, { kind: 'anonymous' }> {
  const role = values.role as Role | undefined;
  const subject = values.subject ?? `dev-${role}`;
  switch (role) {
    case 'kiap':
      return { kind: 'kiap', subject };
    case 'region':
      return { kind: 'region', subject, regionCode: required(values.region, '--region', role) };
    case 'municipality':
      return { kind: 'municipality', subject, municipalityCode: required(values.municipality, '--municipality', role) };
    case 'cluster': {
      const clusterRole = required(values['cluster-role'], '--cluster-role', role) as ClusterRole;
      if (!CLUSTER_ROLES.includes(clusterRole)) fail(`--cluster-role must be one of ${CLUSTER_ROLES.join(', ')}`);
      return {
        kind: 'cluster',
        subject,
        clusterId: required(values.cluster, '--cluster', role),
        clusterRole,
        regionCode: required(values.region, '--region', role),
      };
    }
    case 'external':
      return { kind: 'external', subject, partyId: required(values.party, '--party', role) };
    default:
      fail(`--role must be one of ${ROLES.join(', ')}`);
  }
}

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    municipality: { type: 'string' },
    cluster: { type: 'string' },
    'cluster-role': { type: 'string' },
    party: { type: 'string' },
    'expires-in': { type: 'string', default: '1h' },
    subject: { type: 'string' },
  },
  strict: true,
});
const issuer = await loadOrCreateDevIssuer(loadHubConfig().dataDir);
console.log(await issuer.sign(viewerFrom(values), { expiresIn: values['expires-in'] }));
