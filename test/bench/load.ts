import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { proofSigner } from '../../platform/auth/gateway-proof.js';
import type { SubgraphName } from '../../platform/services.js';
import { CpuMeter } from './cpu.js';
import { subgraphTotal, type Hub } from './hub-process.js';

/** One phase's figures; CPU is summed over every process of the hub (and the peer gateway under test). */
export interface Figures {
  operation: string;
  /** `klyngehub`, `hive` (its JavaScript planner), `hive-rust` (Hive Router's planner), or `direct` (no gateway). */
  gateway: string;
  cpuMsPerRequest: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  sqlPerRequest: number;
  /** Requests the subgraphs served per client request. */
  fetchesPerRequest: number;
  /** Mean length of an answer's body, in characters: what a screen shows grows with the data until its lists fill a page. */
  answerLength: number;
  requests: number;
  failed: number;
}

export interface Load {
  seconds: number;
  /** When set, each phase ends after this many requests instead of after `seconds` (the test's `--quick`: every part runs, quickly). */
  requests?: number;
  connections: number;
  /** Unmeasured load first, so the JIT and the pools are warm when the figures are taken. */
  warmUpSeconds: number;
}

export interface Screen {
  operation: string;
  headers: Record<string, string>;
  body: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Measures one phase: reads the subgraphs' counters and every process's CPU time before
 * and after `run`, which reports how many client requests it completed and their latencies.
 */
async function measure(
  hub: Hub,
  processes: () => number[],
  phase: { operation: string; gateway: string },
  run: () => Promise<{ requests: number; failed: number; latencies: number[]; answerCharacters: number }>,
): Promise<Figures> {
  const [sqlBefore, servedBefore] = await Promise.all([
    subgraphTotal(hub, 'klyngehub_sql_statements_total'),
    subgraphTotal(hub, 'klyngehub_graphql_request_duration_seconds_count'),
  ]);
  const cpu = new CpuMeter(processes);
  const started = performance.now();
  const { requests, failed, latencies, answerCharacters } = await run();
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = cpu.read();
  const [sqlAfter, servedAfter] = await Promise.all([
    subgraphTotal(hub, 'klyngehub_sql_statements_total'),
    subgraphTotal(hub, 'klyngehub_graphql_request_duration_seconds_count'),
  ]);
  latencies.sort((a, b) => a - b);
  const per = (value: number) => (requests ? value / requests : NaN);
  return {
    operation: phase.operation,
    gateway: phase.gateway,
    cpuMsPerRequest: per(cpuMs),
    requestsPerSecond: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    sqlPerRequest: per(sqlAfter - sqlBefore),
    fetchesPerRequest: per(servedAfter - servedBefore),
    answerLength: per(answerCharacters),
    requests,
    failed,
  };
}

function autocannonRun(port: number, screen: Screen, load: Pick<Load, 'seconds' | 'requests' | 'connections'>) {
  return async () => {
    const latencies: number[] = [];
    let answerCharacters = 0;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${port}/graphql`,
          connections: load.connections,
          duration: load.seconds,
          // autocannon ignores `duration` when `amount` is set.
          ...(load.requests ? { amount: load.requests } : {}),
          // Autocannon stops only at a sample tick (every second by default): a half-second phase ran a whole second.
          sampleInt: 100,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...screen.headers },
          body: screen.body,
          // An answer with errors is a failure, as on the direct path: a screen refused fast is not a fast screen.
          verifyBody: (body) => {
            const text = String(body ?? '');
            answerCharacters += text.length;
            return !text.includes('"errors"');
          },
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    return { requests: result.requests.total, failed: result.non2xx + result.errors + result.mismatches, latencies, answerCharacters };
  };
}

/** One screen through a gateway listening on `port`, driven by autocannon. */
export async function driveGateway(
  hub: Hub,
  processes: () => number[],
  gateway: string,
  port: number,
  screen: Screen,
  load: Load,
): Promise<Figures> {
  if (load.warmUpSeconds > 0) await autocannonRun(port, screen, { seconds: load.warmUpSeconds, connections: load.connections })();
  const phase = { operation: screen.operation, gateway };
  return measure(hub, processes, phase, autocannonRun(port, screen, load));
}

/** A subgraph request of the direct dashboard: its GraphQL body, sent to the subgraph that owns the data. */
export interface DirectPart {
  subgraph: SubgraphName;
  body: string;
}

/**
 * The floor: a dashboard fetched straight from the subgraphs as the gateway's plan does it
 * (the first part, then the rest at once), each request signed as the gateway signs it,
 * `connections` callers in a loop. No gateway does any work, so this is what the
 * subgraphs and Postgres alone cost per dashboard.
 */
export async function driveDirect(
  hub: Hub,
  processes: () => number[],
  operation: string,
  parts: { first: DirectPart; rest: DirectPart[] },
  authorization: string,
  internalSecret: string,
  load: Load,
): Promise<Figures> {
  const sign = proofSigner(internalSecret);
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: load.connections });
  let answerCharacters = 0;
  const send = async (part: DirectPart): Promise<boolean> => {
    const proof = sign({ audience: part.subgraph, method: 'POST', pathAndQuery: '/graphql', body: part.body, authorization });
    const response = await request(`http://127.0.0.1:${hub.ports[part.subgraph]}/graphql`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json', authorization, 'x-klyngehub-proof': proof },
      body: part.body,
    });
    const text = await response.body.text();
    answerCharacters += text.length;
    return response.statusCode === 200 && !text.includes('"errors"');
  };
  const run = (seconds: number, requests?: number) => async () => {
    const latencies: number[] = [];
    let failed = 0;
    answerCharacters = 0;
    const until = performance.now() + seconds * 1000;
    const more = () => (requests ? latencies.length + failed < requests : performance.now() < until);
    await Promise.all(
      Array.from({ length: load.connections }, async () => {
        while (more()) {
          const started = performance.now();
          const ok = (await send(parts.first)) && (await Promise.all(parts.rest.map(send))).every(Boolean);
          if (ok) latencies.push(performance.now() - started);
          else failed++;
        }
      }),
    );
    return { requests: latencies.length + failed, failed, latencies, answerCharacters };
  };
  try {
    if (load.warmUpSeconds > 0) await run(load.warmUpSeconds)();
    return await measure(hub, processes, { operation, gateway: 'direct' }, run(load.seconds, load.requests));
  } finally {
    await agent.close();
  }
}
