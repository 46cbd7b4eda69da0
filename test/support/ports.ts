import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The first port the system hands out for outgoing connections. A port probed free from
 * that range can be taken a moment later by any client socket (a subgraph's connection
 * to Postgres, say) before the server it was meant for binds it; below it, only a
 * listening server takes a port.
 */
export const EPHEMERAL_LOW = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
})();
export const LOWEST = 10_000;
/**
 * The Fetch standard's "bad ports" above LOWEST: fetch() ("bad port") and browsers refuse
 * to connect to them, so a hub on one could not be tested.
 */
const FETCH_BAD_PORTS = new Set([10080]);
/** Ports this process has handed out already: each is given once, even after its server closed. */
const handedOut = new Set<number>();

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A TCP port free right now on loopback, for servers that cannot listen on port 0
 * themselves (the launcher's services, Postgres): below the system's range for outgoing
 * connections, and never the same twice in one process.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = LOWEST + Math.floor(Math.random() * (EPHEMERAL_LOW - LOWEST));
    if (handedOut.has(port) || FETCH_BAD_PORTS.has(port)) continue;
    handedOut.add(port);
    if (await isFree(port)) return port;
  }
}
