import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracingEndpoint } from '../platform/tracing.js';
import { RegionsWithMunicipalitiesAndClustersDocument } from './__generated__/operations.js';
import { postGraphQL } from './support/hub.js';
import { launchHub, pressCtrlC, type LaunchedHub } from './support/launcher.js';
import { templateCopy } from './support/template-copy.js';

/**
 * OpenTelemetry in both of `npm start`'s layouts: with OTEL_EXPORTER_OTLP_ENDPOINT pointing
 * at a local OTLP/HTTP receiver (this test), one anonymous query, and the spans every
 * process sends for it; first the default (the gateway calling the subgraphs in its own
 * process), then the gateway in a process of its own, the trace crossing to the subgraphs'.
 */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

const spans: ReceivedSpan[] = [];
let receiver: Server;
let receiverUrl: string;
/** Each layout's hub: the default, then SERVICES_IN_ONE_PROCESS=false. */
const hubs: LaunchedHub[] = [];
const databases: Awaited<ReturnType<typeof templateCopy>>[] = [];
let dataDir: string;

type OtlpValue = { stringValue?: string; intValue?: string | number };
type OtlpAttribute = { key: string; value: OtlpValue };
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: (Omit<ReceivedSpan, 'service' | 'attributes'> & { attributes?: OtlpAttribute[] })[] }[];
  }[];
}

const attributes = (list: OtlpAttribute[] = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, value.stringValue ?? value.intValue]));

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces' && req.headers['content-type']?.startsWith('application/json')) {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
        for (const resourceSpan of body.resourceSpans) {
          const service = String(attributes(resourceSpan.resource.attributes)['service.name']);
          for (const scope of resourceSpan.scopeSpans)
            for (const span of scope.spans) spans.push({ ...span, service, attributes: attributes(span.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-tracing-'));
  // Each on its own data folder and database (a copy of the seeded template: the first start
  // is the launcher test's), both at once.
  databases.push(await templateCopy('klyngehub_tracing_one'), await templateCopy('klyngehub_tracing_two'));
  hubs.push(
    ...(await Promise.all([
      launchHub({ DATA_DIR: path.join(dataDir, 'one'), DATABASE_URL: databases[0]!.url, OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl }),
      launchHub({
        DATA_DIR: path.join(dataDir, 'two'),
        DATABASE_URL: databases[1]!.url,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
        SERVICES_IN_ONE_PROCESS: 'false',
      }),
    ])),
  );
  // Ready once the start's work settles: on a busy machine (other files' hubs starting) a
  // service's event loop can stall for a whole sample, and load shedding answers 503 then.
  for (const hub of hubs) {
    const ready = `http://127.0.0.1:${hub.ports.gateway}/ready`;
    for (const deadline = Date.now() + 30_000; (await fetch(ready).catch(() => undefined))?.status !== 200;) {
      if (Date.now() > deadline) throw new Error(`${ready} did not answer 200 within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

afterAll(async () => {
  for (const hub of hubs) await pressCtrlC(hub);
  for (const database of databases) await database.drop();
  receiver?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(check: () => T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out; spans so far: ${spans.map((s) => `${s.service}:${s.name}`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('tracing across the gateway and the subgraphs', () => {
  it('is off unless an OTLP endpoint is configured', () => {
    expect(tracingEndpoint({})).toBeUndefined();
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe('http://collector:4318/v1/traces');
    expect(tracingEndpoint({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/custom' })).toBe('http://collector:4318/custom');
  });

  const layouts = [
    {
      layout: 'the gateway calling the subgraphs in its own process',
      hub: 0,
      gateway: 'klyngehub-services',
      subgraphs: 'klyngehub-services',
      crossesProcesses: false,
    },
    {
      layout: 'the gateway in its own process',
      hub: 1,
      gateway: 'klyngehub-gateway',
      subgraphs: 'klyngehub-subgraphs',
      crossesProcesses: true,
    },
  ];
  it.each(layouts)(
    'makes one request one trace with $layout: the gateway’s span, a span per subgraph fetch, the subgraphs’ work and one span per SQL statement',
    async (expected) => {
      const hub = hubs[expected.hub]!;
      const requestId = `trace-test-${expected.hub}-${Date.now()}`;
      const response = await postGraphQL(
        `http://127.0.0.1:${hub.ports.gateway}/graphql`,
        RegionsWithMunicipalitiesAndClustersDocument,
        {},
        { 'x-request-id': requestId },
      );
      expect(response.data?.regions, JSON.stringify(response.errors)).toHaveLength(5);

      const root = await waitFor(() =>
        spans.find((span) => span.service === expected.gateway && span.attributes['klyngehub.request_id'] === requestId),
      );
      expect(root.parentSpanId ?? '').toBe('');
      const inTrace = () => spans.filter((span) => span.traceId === root.traceId);
      const subgraphs = ['municipalities', 'clusters'];
      const fetchOf = (subgraph: string) =>
        inTrace().find((span) => span.service === expected.gateway && span.attributes['klyngehub.subgraph'] === subgraph);
      // Over HTTP, the subgraph's request span continues the gateway's fetch of it in another
      // process (its process serves all four: the span names its subgraph); in process, the
      // subgraph's work runs inside the fetch's span.
      const workOf = (subgraph: string) =>
        expected.crossesProcesses
          ? inTrace().find((span) => span.name === 'POST /graphql' && span.attributes['klyngehub.service'] === subgraph)
          : fetchOf(subgraph);
      await waitFor(() => (subgraphs.every((subgraph) => fetchOf(subgraph) && workOf(subgraph)) ? true : undefined));

      // Spans arrive in batches from each process; the index is of those received so far.
      const byId = new Map<string, ReceivedSpan>();
      const index = () => inTrace().forEach((span) => byId.set(span.spanId, span));
      index();
      const fetches = inTrace().filter((span) => span.service === expected.gateway && span.attributes['klyngehub.subgraph']);
      expect(new Set(fetches.map((span) => span.attributes['klyngehub.subgraph']))).toEqual(new Set(subgraphs));
      /** Whether a span is a descendant of `ancestor`. */
      const below = (span: ReceivedSpan, ancestor: ReceivedSpan): boolean => {
        const parent = byId.get(span.parentSpanId ?? '');
        return parent === ancestor || (parent !== undefined && below(parent, ancestor));
      };
      for (const subgraph of subgraphs) {
        const work = workOf(subgraph)!;
        expect(work.service).toBe(expected.subgraphs);
        if (expected.crossesProcesses) expect(byId.get(work.parentSpanId!)).toBe(fetchOf(subgraph));
        const statements = await waitFor(() => {
          index();
          const found = inTrace().filter((span) => span.name === 'sql' && below(span, work));
          return found.length > 0 ? found : undefined;
        });
        for (const statement of statements) expect(statement.attributes['db.query.text']).toMatch(/select/i);
      }
      // Every statement of the subgraphs belongs to one subgraph's work (the gateway's own are its rate-limit counters).
      const works = subgraphs.map((subgraph) => workOf(subgraph)!);
      index();
      const statements = inTrace().filter(
        (span) =>
          span.name === 'sql' && span.service === expected.subgraphs && !String(span.attributes['db.query.text']).includes('gateway.'),
      );
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.filter((span) => !works.some((work) => below(span, work)))).toEqual([]);
      // No span of this request went to a trace of its own.
      expect(spans.filter((span) => span.attributes['klyngehub.request_id'] === requestId && span.traceId !== root.traceId)).toEqual([]);
    },
  );

  it('records statements without their parameters', () => {
    const texts = spans.filter((span) => span.name === 'sql').map((span) => String(span.attributes['db.query.text']));
    expect(texts.some((text) => /\$1\b/.test(text))).toBe(true);
    const keys = spans.filter((span) => span.name === 'sql').flatMap((span) => Object.keys(span.attributes));
    expect(keys.filter((key) => key.startsWith('db.query.parameter'))).toEqual([]);
  });
});
