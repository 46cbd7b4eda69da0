import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationTypeNode,
  parse,
  print,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCHEMA_FILE } from '../supergraph/artifacts.js';
import type { Viewer } from '../platform/viewer.js';
import {
  AssessInquiryDocument,
  DecideInquiryDocument,
  ForwardDirectInquiryDocument,
  MarkNewsletterSentDocument,
  StartInquiryReviewDocument,
  type DecideInquiryInput,
  type InquiryDestination,
  type SubmitInquiryInput,
} from './__generated__/operations.js';
import { contactFieldsFromSupergraph } from './support/contact-fields.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';
import { DEFAULT_QUERY_LIMITS } from '../platform/query-limits.js';
import { registerYearOf } from '../subgraphs/clusters/register-year.js';

/**
 * Walks the composed graph from every root field to every field that carries an officer's
 * contact details, and asks each path as every kind of caller. New types and fields are
 * walked automatically; a required argument the walk cannot fill fails the test, so
 * nobody adds a path without it being checked.
 */

/** Functional mailboxes of organisations: contact data that is meant to be public. */
const FUNCTIONAL_CHANNELS = new Set(['RegionalOffer.contactEmail', 'MunicipalOffer.contactEmail', 'MunicipalOffer.contactPhone']);
const MAX_DEPTH = 6;
/** Each type once per path: every field leading to contact details is still walked, without the combinatorial blow-up. */
const MAX_VISITS_PER_TYPE = 1;
/**
 * Ways back into a package order from its meeting, its questionnaire round or an offer asked
 * for it. The walk reaches every order, and everything around it, from the order itself
 * (`packageOrders`, `packageOrder`, `Cluster.packageOrders`); the way back resolves the same
 * order through the same access rule (its reference resolver), so walking it again would
 * only multiply the queries.
 */
const BACK_INTO_AN_ORDER = new Set(['PackageBooking.order', 'OfferRequest.packageOrder', 'QuestionnaireRound.order']);

interface Step {
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
const contactFields = contactFieldsFromSupergraph();

function walk(): Step[][] {
  const paths: Step[][] = [];
  const visit = (type: GraphQLObjectType, path: Step[]) => {
    if (Object.keys(type.getFields()).some((name) => contactFields.has(`${type.name}.${name}`)) && path.length > 0) paths.push(path);
    if (path.length >= MAX_DEPTH) return;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (isScalarType(target) || isEnumType(target)) continue;
      if (BACK_INTO_AN_ORDER.has(`${type.name}.${field.name}`)) continue;
      if (!isObjectType(target)) throw new Error(`The walk does not handle ${target.name} yet (${type.name}.${field.name}); teach it`);
      if (path.filter((step) => getNamedType(step.field.type) === target).length >= MAX_VISITS_PER_TYPE) continue;
      visit(target, [...path, { type, field }]);
    }
  };
  visit(schema.getQueryType()!, []);
  return paths;
}

describe('the privacy walk', () => {
  it('knows which fields carry contact details, and every e-mail or phone field is either one or a public mailbox', () => {
    expect([...contactFields].sort()).toEqual([
      'ClusterMember.email',
      'ClusterMember.name',
      'ClusterOfficer.email',
      'ClusterOfficer.phone',
      'RegisterVersion.memberNames',
    ]);
    const unmarked: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const name = getNamedType(field.type).name;
        const key = `${type.name}.${field.name}`;
        if ((name === 'EmailAddress' || name === 'PhoneNumber') && !contactFields.has(key) && !FUNCTIONAL_CHANNELS.has(key))
          unmarked.push(key);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('exposes questionnaire answers only as aggregates: no type holds one respondent’s answers', () => {
    const questionnaireTypes = Object.keys(schema.getTypeMap()).filter(
      (name) => /Answer|Response|Respondent|Questionnaire/.test(name) && !name.endsWith('Input'),
    );
    expect(questionnaireTypes.sort()).toEqual([
      'AnswerQuestionnairePayload',
      'AnswerResult',
      'ClusterAnswer',
      'QuestionnaireQuestion',
      'QuestionnaireResults',
      'QuestionnaireRound',
      'QuestionnaireRoundPayload',
      'QuestionnaireRoundPurpose',
      'QuestionnaireRoundStatus',
      'QuestionnaireTemplate',
    ]);
    // The round says how many answered, never who.
    expect(Object.keys((schema.getType('QuestionnaireRound') as GraphQLObjectType).getFields())).not.toContain('respondents');
  });

  it('finds a known e-mail address or phone number inside any text of an answer', () => {
    const [officer] = officers;
    const text = JSON.stringify({ note: `Skriv til ${officer!.email}, eller ring på ${officer!.phone}.`, other: 'nobody@example.invalid' });
    expect(contactsIn(text)).toEqual(new Set([officer!.email, officer!.phone]));
    expect(contactsIn(JSON.stringify({ note: officer!.email.slice(1) }))).toEqual(new Set());
  });

  it('finds paths to them', () => {
    expect(walk().length).toBeGreaterThan(10);
  });
});

let hub: TestHub;
let target: ClusterFixture;
let otherClusterId: string;
let otherClusterRegion: string;
let partyId: string;
let inquiryIds: string[];
let offerIds: string[];
let bookingId: string;
let orderIds: string[];
let roundIds: string[];
let officers: { id: string; clusterId: string; email: string; phone: string }[];
let officersById: Map<string, { id: string; clusterId: string; email: string; phone: string }>;
const emailsByLocalPart = new Map<string, string[]>();
let longestLocalPart = 0;
const knownPhones = new Set<string>();
let phoneLengths: number[] = [];
let phoneStarts: string[] = [];
let members: { id: string; clusterId: string; name: string; email: string }[];

beforeAll(async () => {
  // The walk asks every path, however deep and wide; what it checks is access, not cost
  // (query-cost.test.ts checks that), so the cost, entity and alias limits are lifted for it alone.
  hub = await startTestHub({
    limits: {
      ...DEFAULT_QUERY_LIMITS,
      maxCost: 100_000_000,
      maxEntities: 1_000_000,
      maxResponseBytes: 100_000_000,
      // Several routes go in one query, each under its own alias (askedTogether below).
      maxAliases: 1_000,
      maxTokens: 100_000,
    },
    // Nine roles walk at once on one core: a chunk of routes can take a subgraph longer than production's 10 s.
    subgraphTimeoutMs: 120_000,
    // The path `npm start` runs (hub/services.ts); the subgraphs' own tests and visibility.test.ts walk HTTP's.
    inProcess: true,
  });
  target = await clusterIn(hub.adminSql, '147');
  const [other] = await hub.adminSql<{ id: string; regionCode: string }[]>`
    select id, region_code as "regionCode" from clusters.clusters where id <> ${target.id} limit 1`;
  otherClusterId = other!.id;
  otherClusterRegion = other!.regionCode;
  // The party of the inquiry a cluster forwarded; KiAP forwards it on to two clusters, the target among them.
  const [forwarded] = await hub.adminSql<{ id: string; partyId: string }[]>`
    select id, party_id as "partyId" from inquiries.inquiries where source = 'CLUSTER_FORWARD' limit 1`;
  partyId = forwarded!.partyId;
  await decide(forwarded!.id, { decision: 'FORWARD_TO_CLUSTERS', clusterIds: [target.id, otherClusterId] });
  // Newsletter decisions on inquiries the target forwarded to KiAP, reaching its region and its municipality:
  // two sent, two in the next draft.
  const coordinator: Viewer = {
    kind: 'cluster',
    subject: 'c',
    clusterId: target.id,
    clusterRole: 'coordinator',
    regionCode: target.regionCode,
  };
  const reaches: (Pick<SubmitInquiryInput, 'reach' | 'regionCode' | 'municipalityCodes'> & { to: InquiryDestination })[] = [
    { reach: 'REGION', regionCode: target.regionCode, to: 'REGIONAL_UNIT' },
    { reach: 'MUNICIPALITIES', municipalityCodes: [target.municipalityCode], to: 'KIAP' },
  ];
  const newsletterIds: string[] = [];
  for (const section of ['sendt', 'næste'])
    for (const { to, ...reach } of reaches) {
      const response = await hub.queryAs(coordinator, ForwardDirectInquiryDocument, {
        input: {
          to,
          party: { name: 'Privacy Walk Forskning', kind: 'RESEARCH_INSTITUTION' },
          inquiry: {
            title: `${section} ${reach.reach}`,
            purpose: 'P',
            description: 'D',
            asks: ['OTHER'],
            usesData: false,
            funding: 'F',
            commercialInterest: false,
            ...reach,
          },
        },
      });
      newsletterIds.push(response.data!.forwardDirectInquiry.inquiry.id);
      await decide(newsletterIds.at(-1)!, { decision: 'NEWSLETTER' });
    }
  await hub.queryAs(KIAP, MarkNewsletterSentDocument, { input: { inquiryIds: newsletterIds.slice(0, 2) } });
  // Inquiries that reach a region and municipalities, and the forwarded one, so each of their paths leads somewhere.
  inquiryIds = [
    ...(
      await hub.adminSql<{ id: string }[]>`
      (select id from inquiries.inquiries where reach = 'REGION' limit 1)
      union all (select id from inquiries.inquiries where reach = 'MUNICIPALITIES' limit 1)`
    ).map((row) => row.id),
    forwarded!.id,
  ];
  // A published offer for all clusters, one for named clusters, and one with requests.
  offerIds = (
    await hub.adminSql<{ id: string }[]>`
      (select id from offers.regional_offers where status = 'PUBLISHED' and audience = 'ALL_CLUSTERS_IN_REGION' limit 1)
      union all (select id from offers.regional_offers where audience = 'NAMED_CLUSTERS' limit 1)
      union all (select offer_id from offers.offer_requests limit 1)`
  ).map((row) => row.id);
  // Every named-clusters offer is asked for by one of its clusters, so the paths through a region's
  // requests lead on to the clusters an offer names.
  await hub.adminSql`
    insert into offers.offer_requests (offer_id, cluster_id, message, requested_by)
    select distinct on (o.id) o.id, a.cluster_id, 'privacy-walk', 'test'
    from offers.regional_offers o join offers.offer_audience_clusters a on a.offer_id = o.id
    where o.audience = 'NAMED_CLUSTERS' and not exists (select from offers.offer_requests r where r.offer_id = o.id)`;
  // Every municipality an inquiry names, and the target's, gets a booking, so paths through bookings lead somewhere.
  await hub.adminSql`
    insert into municipalities.package_bookings (municipality_code, cluster_id, package, idempotency_key, presenter_name,
      presenter_job_title, talks, pre_meeting_starts_at, pre_meeting_ends_at, requested_by)
    select distinct on (code) code, c.cluster_id, 'ACUTE_FUNCTIONS', 'privacy-walk', 'P', 'T', '[]', now() + interval '1 day',
      now() + interval '25 hours', 'test'
    from (select unnest(reach_municipality_codes) as code from inquiries.inquiries union select ${target.municipalityCode}) as named
    join municipalities.cluster_coverage c on c.municipality_code = code
    on conflict do nothing`;
  const [booking] = await hub.adminSql<{ id: string }[]>`select id from municipalities.package_bookings order by requested_at limit 1`;
  bookingId = booking!.id;
  // Orders that lead back to clusters every way: one with its questionnaire round, one with its municipal
  // meeting, and those with offers asked for their meeting (the regional package's, a named-clusters offer's).
  const rounds = await hub.adminSql<{ id: string; orderId: string }[]>`
    select id, order_id as "orderId" from clusters.questionnaire_rounds where order_id is not null order by closed_at nulls first limit 1`;
  const booked = await hub.adminSql<{ orderId: string }[]>`
    select order_id as "orderId" from municipalities.package_bookings where order_id is not null order by order_id limit 1`;
  const asked = await hub.adminSql<{ orderId: string }[]>`
    select distinct on (o.audience) r.package_order_id as "orderId"
    from offers.offer_requests r join offers.regional_offers o on o.id = r.offer_id where r.package_order_id is not null`;
  orderIds = [rounds[0]!.orderId, booked[0]!.orderId, ...asked.map((a) => a.orderId)];
  roundIds = rounds.map((r) => r.id);
  // The record of contact reads is a path too: one read before the walk, so KiAP's walk finds
  // a record whichever role happens to read contacts first.
  await hub.queryAs(KIAP, `query ($id: ID!) { cluster(id: $id) { coordinator { email } } }`, { id: target.id });
  // Every path is walked with three members per cluster as well as with the seed's dozens: the
  // walk checks each private value it meets, and a hundred more rows of the same shape only add
  // megabytes of answers to search, not paths. Officers keep their own member rows.
  await hub.adminSql`
    delete from clusters.members m
    where m.id not in (select id from (select id, row_number() over (partition by cluster_id order by id) as n from clusters.members) r where n <= 3)
      and not exists (select 1 from clusters.officers o where o.cluster_id = m.cluster_id and lower(o.email) = lower(m.email))`;
  await hub.adminSql`
    update clusters.register_versions
    set members = (select coalesce(jsonb_agg(e), '[]'::jsonb) from (select e from jsonb_array_elements(members) as e limit 3) as x)`;
  officers = await hub.adminSql`select id, cluster_id as "clusterId", email, phone from clusters.officers`;
  officersById = new Map(officers.map((officer) => [officer.id, officer]));
  members = await hub.adminSql`select id, cluster_id as "clusterId", name, email from clusters.members`;
  for (const email of [...officers, ...members].map((person) => person.email)) {
    const local = email.slice(0, email.indexOf('@'));
    emailsByLocalPart.set(local, [...(emailsByLocalPart.get(local) ?? []), email]);
    longestLocalPart = Math.max(longestLocalPart, local.length);
  }
  for (const { phone } of officers) if (phone) knownPhones.add(phone);
  phoneLengths = [...new Set([...knownPhones].map((phone) => phone.length))];
  phoneStarts = [...new Set([...knownPhones].map((phone) => phone[0]!))];
});
afterAll(() => hub?.close());

const KIAP: Viewer = { kind: 'kiap', subject: 'k' };

async function decide(inquiryId: string, decision: Omit<DecideInquiryInput, 'inquiryId'>) {
  await hub.queryAs(KIAP, StartInquiryReviewDocument, { input: { inquiryId } });
  await hub.queryAs(KIAP, AssessInquiryDocument, {
    input: { inquiryId, relevance: 'RELEVANT', relevanceReason: 'R', dataSuitability: 'NO', commercialInterest: 'NONE' },
  });
  const decided = await hub.queryAs(KIAP, DecideInquiryDocument, { input: { inquiryId, ...decision } });
  expect(decided.data?.decideInquiry.inquiry.status).toBe('DECIDED');
}

/** Paths no data can fill: a newsletter decision is never forwarded to clusters. They are still asked as every caller. */
const EMPTY_BY_DESIGN = [/^Query\.newsletter(Draft|Sections) → NewsletterSection\.inquiries → Inquiry\.forwards/];
/** Candidate values for the required arguments on the way; each path is asked with each. */
function argumentValues(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, argument: string): string[] {
  const known: Record<string, (string | number)[]> = {
    'Query.cluster.id': [target.id],
    'Query.region.code': [target.regionCode],
    'Query.municipality.code': [target.municipalityCode],
    'Query.clusterPackage.id': ['kommunale-akutfunktioner', 'regional-multisygdom'],
    'Query.packageOrder.id': orderIds,
    'Query.questionnaireRound.id': roundIds,
    'Query.regionalOffer.id': offerIds,
    'Query.inquiry.id': inquiryIds,
    'Query.packageBooking.id': [bookingId],
    'Cluster.registerVersion.year': [registerYearOf(new Date()) - 1],
    'Query.practiceDepartures.regionCode': [target.regionCode],
  };
  const values = known[`${type.name}.${field.name}.${argument}`];
  if (values === undefined) throw new Error(`The privacy walk cannot fill ${type.name}.${field.name}(${argument}:); add a value`);
  return values.map((value) => JSON.stringify(value));
}

/** Optional arguments that open more of the graph (GraphQL literals); each path is also asked with them. */
const WIDENING_ARGUMENTS: Record<string, string> = {
  'Region.offers.statuses': '[PUBLISHED, DRAFT, ARCHIVED]',
};

/** Optional arguments that narrow the directory lists a path starts from (GraphQL literals, computed once the data is known). */
const NARROWING_ARGUMENTS: Record<string, () => string> = {
  'Query.municipalities.regionCode': () => JSON.stringify(target.regionCode),
  'Query.clusters.regionCode': () => JSON.stringify(target.regionCode),
  // Region Midtjylland's orders hold the regional package's (whose region leads back to clusters) and the Aarhus demo cluster's.
  'Query.packageOrders.regionCode': () => JSON.stringify('1082'),
  'Query.packageFollowUpsDue.regionCode': () => JSON.stringify('1082'),
};

/** The argument texts to ask a field with: narrowed, widened, and each candidate for its required arguments. */
function argumentTexts({ type, field }: Step): string[] {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  // Directory lists start at the target's region: every path is still asked, but fans out over ~20
  // municipalities rather than 98, so the walk reads (and logs) thousands of personal values, not 100,000s.
  const narrowing = field.args.find((a) => NARROWING_ARGUMENTS[`${type.name}.${field.name}.${a.name}`]);
  let argTexts = [narrowing ? `${narrowing.name}: ${NARROWING_ARGUMENTS[`${type.name}.${field.name}.${narrowing.name}`]!()}` : ''];
  const wideningArg = field.args.find((a) => WIDENING_ARGUMENTS[`${type.name}.${field.name}.${a.name}`]);
  if (wideningArg)
    argTexts.push(
      `${argTexts[0] ? `${argTexts[0]}, ` : ''}${wideningArg.name}: ${WIDENING_ARGUMENTS[`${type.name}.${field.name}.${wideningArg.name}`]}`,
    );
  for (const arg of args) {
    argTexts = argTexts.flatMap((prefix) =>
      argumentValues(type, field, arg.name).map((value) => `${prefix}${prefix ? ', ' : ''}${arg.name}: ${value}`),
    );
  }
  return argTexts;
}

const idOf = (type: GraphQLObjectType) => ('id' in type.getFields() ? 'id' : '');

/**
 * Paths that reach the same object the same way are asked together: one query selects
 * every contact-carrying field under it (a cluster's coordinator, officers, members and
 * confirmed register), so the walk asks each route once per argument combination.
 */
function groupedWalk(): { prefix: Step[]; leaves: Step[] }[] {
  const groups = new Map<string, { prefix: Step[]; leaves: Step[] }>();
  for (const path of walk()) {
    const prefix = path.slice(0, -1);
    const key = prefix.map((s) => `${s.type.name}.${s.field.name}`).join(' → ');
    const group = groups.get(key) ?? { prefix, leaves: [] };
    group.leaves.push(path.at(-1)!);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Every query for a group: one per combination of candidate argument values along its prefix. */
function queriesFor({ prefix, leaves }: { prefix: Step[]; leaves: Step[] }): string[] {
  const leafSelections = leaves.flatMap((leaf) => {
    const leafType = getNamedType(leaf.field.type) as GraphQLObjectType;
    const contacts = Object.keys(leafType.getFields()).filter((name) => contactFields.has(`${leafType.name}.${name}`));
    return argumentTexts(leaf).map(
      (argText) => `${leaf.field.name}${argText ? `(${argText})` : ''} { __typename ${idOf(leafType)} ${contacts.join(' ')} }`,
    );
  });
  const parent = leaves[0]!.type;
  let inners = [parent === schema.getQueryType() ? leafSelections.join(' ') : `__typename ${idOf(parent)} ${leafSelections.join(' ')}`];
  for (const step of [...prefix].reverse()) {
    inners = inners.flatMap((inner) =>
      argumentTexts(step).map((argText) => {
        const selection = `${step.field.name}${argText ? `(${argText})` : ''} { ${inner} }`;
        return step.type === schema.getQueryType() ? selection : `__typename ${idOf(step.type)} ${selection}`;
      }),
    );
  }
  return inners.map((inner) => `query PrivacyWalk { ${inner} }`);
}

interface SeenOfficer {
  clusterId: string | undefined;
  id: string;
  email?: unknown;
  phone?: unknown;
}

/** Members and confirmed registers in a response, each with the id of the nearest cluster above it. */
function membersIn(
  value: unknown,
  clusterId?: string,
  seen: { clusterId?: string; typename: string; id?: string; values: unknown[] }[] = [],
) {
  if (Array.isArray(value)) value.forEach((item) => membersIn(item, clusterId, seen));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const here = object.__typename === 'Cluster' ? (object.id as string) : clusterId;
    if (object.__typename === 'ClusterMember')
      seen.push({ clusterId: here, typename: 'ClusterMember', id: object.id as string, values: [object.name, object.email] });
    if (object.__typename === 'RegisterVersion') seen.push({ clusterId: here, typename: 'RegisterVersion', values: [object.memberNames] });
    for (const child of Object.values(object)) membersIn(child, here, seen);
  }
  return seen;
}

/** Officer objects in a response, each with the id of the nearest cluster above it. */
function officersIn(value: unknown, clusterId?: string, seen: SeenOfficer[] = []): SeenOfficer[] {
  if (Array.isArray(value)) value.forEach((item) => officersIn(item, clusterId, seen));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const here = object.__typename === 'Cluster' ? (object.id as string) : clusterId;
    if (object.__typename === 'ClusterOfficer')
      seen.push({ clusterId: here, id: object.id as string, email: object.email, phone: object.phone });
    for (const child of Object.values(object)) officersIn(child, here, seen);
  }
  return seen;
}

const ROLES: { name: string; viewer: () => Viewer; entitledTo: (clusterId: string) => boolean }[] = [
  { name: 'anonymous', viewer: () => ({ kind: 'anonymous' }), entitledTo: () => false },
  { name: 'external party', viewer: () => ({ kind: 'external', subject: 'p', partyId }), entitledTo: () => false },
  {
    name: 'municipality',
    viewer: () => ({ kind: 'municipality', subject: 'm', municipalityCode: target.municipalityCode }),
    entitledTo: () => false,
  },
  { name: 'regional unit', viewer: () => ({ kind: 'region', subject: 'r', regionCode: target.regionCode }), entitledTo: () => false },
  {
    name: 'coordinator of another cluster',
    viewer: () => ({
      kind: 'cluster',
      subject: 'o',
      clusterId: otherClusterId,
      clusterRole: 'coordinator',
      regionCode: otherClusterRegion,
    }),
    entitledTo: (id) => id === otherClusterId,
  },
  { name: 'KiAP', viewer: () => KIAP, entitledTo: () => true },
  ...(['coordinator', 'board', 'member'] as const).map((clusterRole) => ({
    name: `${clusterRole} of the cluster`,
    viewer: (): Viewer => ({
      kind: 'cluster',
      subject: `c-${clusterRole}`,
      clusterId: target.id,
      clusterRole,
      regionCode: target.regionCode,
    }),
    entitledTo: (id: string) => id === target.id,
  })),
];

/**
 * Every known e-mail address and phone number found anywhere in a response's text, also
 * inside a longer string: the same as asking `text.includes` for each of thousands of
 * people, in one pass. At each "@", every address whose local part could end there is
 * looked up; at each character a known number starts with, every number of a known length.
 */
function contactsIn(text: string): Set<string> {
  const found = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    for (let start = at - 1; start >= 0 && at - start <= longestLocalPart && !/["\s@]/.test(text[start]!); start--) {
      for (const email of emailsByLocalPart.get(text.slice(start, at)) ?? []) if (text.startsWith(email, start)) found.add(email);
    }
  }
  for (const first of phoneStarts) {
    for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
      for (const length of phoneLengths) {
        const candidate = text.slice(at, at + length);
        if (knownPhones.has(candidate)) found.add(candidate);
      }
    }
  }
  return found;
}

/** One route of the walk, asked under its own alias. */
interface Route {
  alias: string;
  where: string;
  group: number;
  selection: FieldNode;
}

/**
 * Every route of the walk, each query's root field under an alias of its own, so routes
 * can be asked many to a query: the gateway plans and fetches once for a chunk instead of
 * once per route, which is where the walk spent its time. What each route returns, and
 * the errors under its alias, are checked as if it had been asked alone.
 */
function routes(): { routes: Route[]; groups: { where: string }[] } {
  const all: Route[] = [];
  const groups = groupedWalk().map((group, index) => {
    const where = `${group.prefix.map((s) => `${s.type.name}.${s.field.name}`).join(' → ')} → {${group.leaves.map((s) => s.field.name).join(', ')}}`;
    for (const query of queriesFor(group)) {
      const operation = parse(query).definitions[0] as OperationDefinitionNode;
      for (const selection of operation.selectionSet.selections as FieldNode[]) {
        const alias = `r${all.length}`;
        all.push({ alias, where, group: index, selection: { ...selection, alias: { kind: Kind.NAME, value: alias } } });
      }
    }
    return { where };
  });
  return { routes: all, groups };
}

const ROUTES_PER_QUERY = 25;

function askedTogether(chunk: Route[]): string {
  return print({
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        name: { kind: Kind.NAME, value: 'PrivacyWalk' },
        selectionSet: { kind: Kind.SELECTION_SET, selections: chunk.map((route) => route.selection) },
      },
    ],
  });
}

// The roles walk at once against one hub: each asks only reads, so none can disturb another's answers.
describe.concurrent('every path to contact details', () => {
  it.each(ROLES)(
    'asked as $name, returns them exactly where the caller is entitled, with FORBIDDEN elsewhere and the rest intact',
    async ({ viewer, entitledTo }) => {
      const walk = routes();
      const reached = walk.groups.map(() => 0);
      for (let start = 0; start < walk.routes.length; start += ROUTES_PER_QUERY) {
        const chunk = walk.routes.slice(start, start + ROUTES_PER_QUERY);
        const response: GraphQLResponse<Record<string, unknown>> = await hub.queryAs(viewer(), askedTogether(chunk));
        expect(response.status, chunk[0]!.where).toBe(200);
        // What is wrong is collected and asserted once per query: thousands of single
        // assertions, each with its message built, were most of the walk's own CPU.
        const wrong: string[] = [];
        const inText = contactsIn(JSON.stringify(response.data));
        for (const officer of officers)
          if (!entitledTo(officer.clusterId) && (inText.has(officer.email) || inText.has(officer.phone)))
            wrong.push(`leaks officer ${officer.id}`);
        // Members' names and e-mails: private like officers' contacts.
        for (const member of members)
          if (!entitledTo(member.clusterId) && inText.has(member.email)) wrong.push(`leaks member ${member.id}`);
        for (const { alias, where, group } of chunk) {
          const data = response.data?.[alias];
          if (data === undefined) wrong.push(`${where}: the rest of the answer is lost`);
          const seen = officersIn(data);
          for (const officer of seen) {
            const real = officersById.get(officer.id)!;
            const entitled = officer.clusterId !== undefined && entitledTo(officer.clusterId);
            const expected = entitled ? { email: real.email, phone: real.phone } : { email: null, phone: null };
            if (officer.email !== expected.email || officer.phone !== expected.phone)
              wrong.push(`${where}: officer ${officer.id} of ${officer.clusterId} shows ${JSON.stringify([officer.email, officer.phone])}`);
          }
          const seenMembers = membersIn(data);
          for (const item of seenMembers) {
            const entitled = item.clusterId !== undefined && entitledTo(item.clusterId);
            if (item.values.some((value) => (value === null) === entitled)) wrong.push(`${where}: ${item.typename} of ${item.clusterId}`);
          }
          // Errors of this route are those under its alias; one for the request as a whole belongs to every route.
          const errors = (response.errors ?? []).filter((e) => e.path === undefined || e.path[0] === alias);
          const withheld = seen.some((o) => o.email === null) || errors.length > 0;
          const codes = [...new Set(errors.map((e) => e.extensions?.code))];
          if (withheld && (codes.length !== 1 || codes[0] !== 'FORBIDDEN')) wrong.push(`${where}: withheld with ${JSON.stringify(codes)}`);
          reached[group]! += seen.length + seenMembers.length;
        }
        expect(wrong).toEqual([]);
      }
      // A walk whose queries reach no officer would prove nothing, unless the domain rules out data on the path.
      if (viewer().kind === 'kiap')
        walk.groups.forEach(({ where }, group) => {
          if (!EMPTY_BY_DESIGN.some((pattern) => pattern.test(where)))
            expect(reached[group], `${where} reaches officers`).toBeGreaterThan(0);
        });
    },
    600_000,
  );
});
