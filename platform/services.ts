/**
 * The hub's services and their defaults. Every other module asks here, so a port or a
 * schema name is written down exactly once.
 */
export const SUBGRAPH_NAMES = ['clusters', 'municipalities', 'offers', 'inquiries'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
/** A name from outside (an argument, a setting) that names one of the subgraphs. */
export const isSubgraphName = (name: string): name is SubgraphName => (SUBGRAPH_NAMES as readonly string[]).includes(name);
export type ServiceName = SubgraphName | 'gateway';
/** Services that own a Postgres schema: every subgraph, and the gateway (its rate-limit counters). */
export const SCHEMA_OWNERS = [...SUBGRAPH_NAMES, 'gateway'] as const;
export type SchemaOwner = (typeof SCHEMA_OWNERS)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  gateway: 4000,
  clusters: 4001,
  municipalities: 4002,
  offers: 4003,
  inquiries: 4004,
};

/** Where each service serves Prometheus /metrics: a port of its own, on loopback unless METRICS_HOST says otherwise. */
export const DEFAULT_METRICS_PORTS: Record<ServiceName, number> = {
  gateway: 9400,
  clusters: 9401,
  municipalities: 9402,
  offers: 9403,
  inquiries: 9404,
};

/** Prefix of a subgraph's own environment variables, e.g. CLUSTERS_PORT. */
export const ENV_PREFIX: Record<ServiceName, string> = {
  gateway: 'GATEWAY',
  clusters: 'CLUSTERS',
  municipalities: 'MUNICIPALITIES',
  offers: 'OFFERS',
  inquiries: 'INQUIRIES',
};

/** Each owner has the Postgres schema of its own name. */
export function postgresSchemaOf(name: SchemaOwner): string {
  return name;
}

/**
 * The login role a subgraph connects as where the hub may create roles. Roles are
 * server-wide, so the name carries the database's: hubs on separate databases of one
 * server never share (or re-password) each other's roles. "klyngehub" gives klyngehub_clusters.
 */
export function databaseRoleOf(name: SchemaOwner, database: string): string {
  return `${database}_${name}`.slice(0, 63);
}

/** The address a service listening on host and port announces (and the launcher predicts when the port is fixed). */
export function serviceOrigin(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
