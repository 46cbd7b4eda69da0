import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import {
  AnswerOfferRequestDocument,
  ArchiveRegionalOfferDocument,
  ClusterOffersDocument,
  CreateRegionalOfferDocument,
  OfferDetailsDocument,
  OfferRequestsDocument,
  PublishRegionalOfferDocument,
  RegionOfferRequestsDocument,
  RegionOffersByStatusDocument,
  RequestRegionalOfferDocument,
  UpdateRegionalOfferDocument,
  type CreateRegionalOfferInput,
  type RegionalOfferKind,
} from './__generated__/operations.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
let north: string[]; // clusters of Region Nordjylland
let capital: string; // a cluster of Region Hovedstaden
const unit: Viewer = { kind: 'region', subject: 'kap-nord', regionCode: '1081' };
const otherUnit: Viewer = { kind: 'region', subject: 'kap-h', regionCode: '1084' };
const KIAP: Viewer = { kind: 'kiap', subject: 'kiap' };
const coordinatorOf = (clusterId: string): Viewer => ({
  kind: 'cluster',
  subject: `coordinator-${clusterId}`,
  clusterId,
  clusterRole: 'coordinator',
  regionCode: north.includes(clusterId) ? '1081' : '1084',
});

const draft = (overrides: Partial<CreateRegionalOfferInput> = {}): CreateRegionalOfferInput => ({
  kind: 'MEETING_FACILITATION',
  title: 'Facilitering af klyngemøder',
  description: 'En konsulent faciliterer mødet sammen med koordinatoren.',
  audience: 'ALL_CLUSTERS_IN_REGION',
  validFrom: '2020-01-01',
  validUntil: '2099-12-31',
  contactEmail: 'klynger@kap-nord.example.org',
  ...overrides,
});

beforeAll(async () => {
  hub = await startTestHub();
  north = (await hub.adminSql<{ id: string }[]>`select id from clusters.clusters where region_code = '1081' order by name`).map(
    (r) => r.id,
  );
  [{ id: capital }] = (await hub.adminSql`select id from clusters.clusters where region_code = '1084' limit 1`) as unknown as [
    { id: string },
  ];
});
afterAll(() => hub?.close());

async function created(overrides: Partial<CreateRegionalOfferInput> = {}) {
  const response = await hub.queryAs(unit, CreateRegionalOfferDocument, { input: draft(overrides) });
  expect(response.errors).toBeUndefined();
  return response.data!.createRegionalOffer.offer;
}

async function published(overrides: Partial<CreateRegionalOfferInput> = {}) {
  const offer = await created(overrides);
  return (await hub.queryAs(unit, PublishRegionalOfferDocument, { input: { offerId: offer.id } })).data!.publishRegionalOffer.offer;
}

const seenBy = async (viewer: Viewer, id: string) => (await hub.queryAs(viewer, OfferDetailsDocument, { id })).data!.regionalOffer;
const offersOfCluster = async (clusterId: string, kinds?: RegionalOfferKind[]) =>
  (await hub.queryAs(coordinatorOf(clusterId), ClusterOffersDocument, { id: clusterId, kinds })).data!.cluster!.regionalOffers.map(
    (o) => o.id,
  );

describe('publishing', () => {
  it('a draft is seen only by its unit and KiAP', async () => {
    const offer = await created();
    expect(offer).toMatchObject({ status: 'DRAFT', version: 1, region: { code: '1081' } });
    expect(await seenBy(unit, offer.id)).not.toBeNull();
    expect(await seenBy(KIAP, offer.id)).not.toBeNull();
    for (const viewer of [otherUnit, coordinatorOf(north[0]!), { kind: 'anonymous' }] as Viewer[])
      expect(await seenBy(viewer, offer.id)).toBeNull();
    expect(await offersOfCluster(north[0]!)).not.toContain(offer.id);
    const drafts = await hub.queryAs(unit, RegionOffersByStatusDocument, { code: '1081', statuses: ['DRAFT'] });
    expect(drafts.data!.region!.offers!.map((o) => o.id)).toContain(offer.id);
    expect(errorCodes(await hub.queryAs(otherUnit, RegionOffersByStatusDocument, { code: '1081', statuses: ['DRAFT'] }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('published, it reaches every cluster of the region through the gateway, and no other region’s', async () => {
    const offer = await published();
    expect(offer.status).toBe('PUBLISHED');
    for (const clusterId of north.slice(0, 3)) expect(await offersOfCluster(clusterId)).toContain(offer.id);
    expect(await offersOfCluster(capital)).not.toContain(offer.id);
    expect(await seenBy({ kind: 'anonymous' }, offer.id)).not.toBeNull();
  });

  it('a cluster asking for some kinds of offer gets those kinds only', async () => {
    const facilitation = await published({ title: 'Facilitering (kun denne slags)' });
    const course = await published({ kind: 'COURSE_OR_THEME_DAY', title: 'Temadag om KOL' });
    expect(await offersOfCluster(north[0]!)).toEqual(expect.arrayContaining([facilitation.id, course.id]));
    const facilitations = await offersOfCluster(north[0]!, ['MEETING_FACILITATION']);
    expect(facilitations).toContain(facilitation.id);
    expect(facilitations).not.toContain(course.id);
  });

  it('a cluster pages through its offers only: by kind after any offer of its list, never after one named for another cluster', async () => {
    const course = await published({ kind: 'COURSE_OR_THEME_DAY', title: 'Kursus før facilitering' });
    const facilitation = await published({ title: 'Kursus før facilitering, men facilitering' });
    const forAnother = await published({ audience: 'NAMED_CLUSTERS', namedClusterIds: [north[2]!], title: 'Kursus (kun for én)' });
    const query = `query ($id: ID!, $after: ID, $kinds: [RegionalOfferKind!]) {
      cluster(id: $id) { regionalOffers(first: 1, after: $after, kinds: $kinds) { id } } }`;
    const page = async (clusterId: string, after: string, kinds?: RegionalOfferKind[]) =>
      hub.queryAs<{ cluster: { regionalOffers: { id: string }[] } }, unknown>(coordinatorOf(clusterId), query, {
        id: clusterId,
        after,
        kinds,
      });
    // After the course, by title: the facilitation, though the course is not of the kind asked for.
    expect((await page(north[0]!, course.id, ['MEETING_FACILITATION'])).data!.cluster.regionalOffers).toEqual([{ id: facilitation.id }]);
    // The offer named for another cluster is in that cluster's list, not in this one's.
    expect(errorCodes(await page(north[0]!, forAnother.id))).toEqual(['BAD_USER_INPUT']);
    expect((await page(north[2]!, forAnother.id)).errors).toBeUndefined();
    // Archived, an offer is in no cluster's list.
    await hub.queryAs(unit, ArchiveRegionalOfferDocument, { input: { offerId: course.id } });
    expect(errorCodes(await page(north[0]!, course.id))).toEqual(['BAD_USER_INPUT']);
  });

  it('for named clusters, it reaches those clusters only — and never a named cluster of another region', async () => {
    const offer = await published({ audience: 'NAMED_CLUSTERS', namedClusterIds: [north[1]!, capital] });
    expect(await offersOfCluster(north[1]!)).toContain(offer.id);
    expect(await offersOfCluster(north[2]!)).not.toContain(offer.id);
    expect(await offersOfCluster(capital)).not.toContain(offer.id);
    const request = await hub.queryAs(coordinatorOf(capital), RequestRegionalOfferDocument, {
      input: { offerId: offer.id, message: 'Hej' },
    });
    expect(errorCodes(request)).toEqual(['NOT_FOUND']);
  });

  it('whom a named-clusters offer targets is for the unit and the named clusters only: no one else can find out by asking', async () => {
    const offer = await published({ audience: 'NAMED_CLUSTERS', namedClusterIds: [north[1]!] });
    const outsiders: Viewer[] = [
      { kind: 'anonymous' },
      { kind: 'municipality', subject: 'm', municipalityCode: '851' },
      coordinatorOf(north[2]!),
      otherUnit,
    ];
    for (const viewer of outsiders) {
      const named = await hub.queryAs(viewer, ClusterOffersDocument, { id: north[1]! });
      expect(
        named.data!.cluster!.regionalOffers.map((o) => o.id),
        JSON.stringify(viewer),
      ).not.toContain(offer.id);
      expect(await seenBy(viewer, offer.id), JSON.stringify(viewer)).toBeNull();
    }
    for (const viewer of [coordinatorOf(north[1]!), unit, KIAP] as Viewer[]) {
      const named = await hub.queryAs(viewer, ClusterOffersDocument, { id: north[1]! });
      expect(
        named.data!.cluster!.regionalOffers.map((o) => o.id),
        JSON.stringify(viewer),
      ).toContain(offer.id);
      expect(await seenBy(viewer, offer.id), JSON.stringify(viewer)).not.toBeNull();
    }
  });

  it('editing a published offer keeps the earlier version; editing a draft does not', async () => {
    const offer = await created({ title: 'Første udkast' });
    await hub.queryAs(unit, UpdateRegionalOfferDocument, { input: { offerId: offer.id, title: 'Andet udkast' } });
    await hub.queryAs(unit, PublishRegionalOfferDocument, { input: { offerId: offer.id } });
    const edited = await hub.queryAs(unit, UpdateRegionalOfferDocument, { input: { offerId: offer.id, title: 'Rettet titel' } });
    expect(edited.data!.updateRegionalOffer.offer).toMatchObject({ title: 'Rettet titel', version: 3 });
    const details = await seenBy(unit, offer.id);
    expect(details!.earlierVersions).toEqual([{ version: 2, title: 'Andet udkast', replacedBy: 'region:kap-nord' }]);
    const asCluster = await hub.queryAs(coordinatorOf(north[0]!), OfferDetailsDocument, { id: offer.id });
    expect(asCluster.data!.regionalOffer!.earlierVersions).toBeNull();
    expect(errorCodes(asCluster)).toEqual(['FORBIDDEN']);
  });

  it('archiving hides it from clusters but keeps it for the unit; an archived offer is not edited or republished', async () => {
    const offer = await published();
    const archived = await hub.queryAs(unit, ArchiveRegionalOfferDocument, { input: { offerId: offer.id } });
    expect(archived.data!.archiveRegionalOffer.offer.status).toBe('ARCHIVED');
    expect(await offersOfCluster(north[0]!)).not.toContain(offer.id);
    expect(await seenBy(coordinatorOf(north[0]!), offer.id)).toBeNull();
    const kept = await hub.queryAs(unit, RegionOffersByStatusDocument, { code: '1081', statuses: ['ARCHIVED'] });
    expect(kept.data!.region!.offers!.map((o) => o.id)).toContain(offer.id);
    expect(errorCodes(await hub.queryAs(unit, UpdateRegionalOfferDocument, { input: { offerId: offer.id, title: 'Igen' } }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(errorCodes(await hub.queryAs(unit, PublishRegionalOfferDocument, { input: { offerId: offer.id } }))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('a retried create with the same key returns the draft it made, once, also when the retries arrive at once', async () => {
    const input = draft({ idempotencyKey: `regional-${Date.now()}` });
    const answers = await Promise.all([1, 2, 3].map(() => hub.queryAs(unit, CreateRegionalOfferDocument, { input })));
    const ids = new Set(answers.map((answer) => answer.data!.createRegionalOffer.offer.id));
    expect(ids.size).toBe(1);
    const [row] = await hub.adminSql<{ count: number }[]>`
      select count(*)::int as count from offers.regional_offers where idempotency_key = ${input.idempotencyKey!}`;
    expect(row?.count).toBe(1);
    const tooLong = await hub.queryAs(unit, CreateRegionalOfferDocument, { input: draft({ idempotencyKey: 'k'.repeat(201) }) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'input.idempotencyKey' }] });
  });

  it('only the region’s own unit creates, edits, publishes and archives', async () => {
    const offer = await created();
    for (const doc of [UpdateRegionalOfferDocument, PublishRegionalOfferDocument, ArchiveRegionalOfferDocument] as const) {
      const response = await hub.queryAs(otherUnit, doc as typeof PublishRegionalOfferDocument, { input: { offerId: offer.id } });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
    for (const viewer of [KIAP, coordinatorOf(north[0]!), { kind: 'municipality', subject: 'm', municipalityCode: '851' }] as Viewer[]) {
      expect(errorCodes(await hub.queryAs(viewer, CreateRegionalOfferDocument, { input: draft() }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.queryAs(viewer, PublishRegionalOfferDocument, { input: { offerId: offer.id } }))).toEqual(['FORBIDDEN']);
    }
    expect((await seenBy(unit, offer.id))!.status).toBe('DRAFT');
  });

  it.each([
    ['a period ending before it starts', { validFrom: '2030-05-01', validUntil: '2030-04-30' }, 'validUntil'],
    ['a capacity of 0', { capacity: 0 }, 'capacity'],
    ['an empty title', { title: ' ' }, 'title'],
    ['a too long description', { description: 'x'.repeat(4001) }, 'description'],
    ['named clusters without names', { audience: 'NAMED_CLUSTERS' as const, namedClusterIds: [] }, 'namedClusterIds'],
    ['names with audience all clusters', { namedClusterIds: ['00000000-0000-4000-8000-000000000000'] }, 'namedClusterIds'],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_, overrides, field) => {
    const response = await hub.queryAs(unit, CreateRegionalOfferDocument, { input: draft({ title: `Ugyldig ${field}`, ...overrides }) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((response.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toContain(`input.${field}`);
    expect(await hub.adminSql`select 1 from offers.regional_offers where title = ${`Ugyldig ${field}`}`).toHaveLength(0);
  });
});

describe('requests', () => {
  it('a cluster asks, the unit replies, both see the state; a second, different answer is refused', async () => {
    const offer = await published();
    const asked = await hub.queryAs(coordinatorOf(north[0]!), RequestRegionalOfferDocument, {
      input: { offerId: offer.id, message: 'Facilitering af vores møde i marts' },
    });
    const request = asked.data!.requestRegionalOffer.request;
    expect(request).toMatchObject({ status: 'REQUESTED', cluster: { id: north[0] } });
    const unitView = await hub.queryAs(unit, OfferRequestsDocument, { id: offer.id });
    expect(unitView.data!.regionalOffer!.requests!.map((r) => r.id)).toEqual([request.id]);
    // The unit's desk lists it among the region's requests waiting for an answer, newest first.
    const waiting = async () =>
      (await hub.queryAs(unit, RegionOfferRequestsDocument, { code: '1081', statuses: ['REQUESTED'] })).data!.region!.offerRequests!;
    expect((await waiting())[0]).toMatchObject({ id: request.id, offer: { id: offer.id }, cluster: { id: north[0] } });
    const answered = await hub.queryAs(unit, AnswerOfferRequestDocument, {
      input: { requestId: request.id, accept: true, reply: 'Vi kommer gerne' },
    });
    expect(answered.data!.answerOfferRequest.request).toMatchObject({ status: 'ACCEPTED', reply: 'Vi kommer gerne' });
    expect((await waiting()).map((r) => r.id)).not.toContain(request.id);
    const accepted = await hub.queryAs(unit, RegionOfferRequestsDocument, { code: '1081', statuses: ['ACCEPTED'] });
    expect(accepted.data!.region!.offerRequests!.map((r) => r.id)).toContain(request.id);
    // The region's list is for its unit and KiAP only.
    expect(
      (await hub.queryAs(KIAP, RegionOfferRequestsDocument, { code: '1081' })).data!.region!.offerRequests!.map((r) => r.id),
    ).toContain(request.id);
    for (const viewer of [otherUnit, coordinatorOf(north[0]!), { kind: 'municipality', subject: 'k', municipalityCode: '851' } as Viewer]) {
      const response = await hub.queryAs(viewer, RegionOfferRequestsDocument, { code: '1081' });
      expect(errorCodes(response), viewer.kind).toEqual(['FORBIDDEN']);
      expect(response.data?.region?.offerRequests ?? null).toBeNull();
    }
    const clusterView = await hub.queryAs(coordinatorOf(north[0]!), ClusterOffersDocument, { id: north[0]! });
    expect(clusterView.data!.cluster!.offerRequests!.find((r) => r.id === request.id)).toMatchObject({
      status: 'ACCEPTED',
      reply: 'Vi kommer gerne',
    });
    const again = await hub.queryAs(unit, AnswerOfferRequestDocument, {
      input: { requestId: request.id, accept: false, reply: 'Alligevel ikke' },
    });
    expect(errorCodes(again)).toEqual(['INVALID_TRANSITION']);
    expect(
      errorCodes(await hub.queryAs(otherUnit, AnswerOfferRequestDocument, { input: { requestId: request.id, accept: true, reply: 'x' } })),
    ).toEqual(['NOT_FOUND']);
    // Other clusters see neither the request on the offer nor in the cluster's list.
    const other = await hub.queryAs(coordinatorOf(north[1]!), OfferRequestsDocument, { id: offer.id });
    expect(other.data!.regionalOffer!.requests).toEqual([]);
    expect(errorCodes(await hub.queryAs(coordinatorOf(north[1]!), ClusterOffersDocument, { id: north[0]! }))).toEqual(['FORBIDDEN']);
  });

  it('is for the coordinator or board, for an offer published for the cluster', async () => {
    const offer = await published();
    const member: Viewer = { kind: 'cluster', subject: 'm', clusterId: north[0]!, clusterRole: 'member', regionCode: '1081' };
    expect(errorCodes(await hub.queryAs(member, RequestRegionalOfferDocument, { input: { offerId: offer.id, message: 'Hej' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const draftOffer = await created();
    expect(
      errorCodes(
        await hub.queryAs(coordinatorOf(north[0]!), RequestRegionalOfferDocument, { input: { offerId: draftOffer.id, message: 'Hej' } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const named = await published({ audience: 'NAMED_CLUSTERS', namedClusterIds: [north[1]!] });
    expect(
      errorCodes(
        await hub.queryAs(coordinatorOf(north[2]!), RequestRegionalOfferDocument, { input: { offerId: named.id, message: 'Hej' } }),
      ),
    ).toEqual(['NOT_FOUND']);
    // A cluster of another region cannot request the offer by its id.
    expect(
      errorCodes(await hub.queryAs(coordinatorOf(capital), RequestRegionalOfferDocument, { input: { offerId: offer.id, message: 'Hej' } })),
    ).toEqual(['NOT_FOUND']);
  });

  it('when the places are used up, further requests are refused — also when they arrive at once', async () => {
    const offer = await published({ capacity: 2 });
    const askers = north.slice(0, 6);
    const results = await Promise.all(
      askers.map((clusterId) =>
        hub.queryAs(coordinatorOf(clusterId), RequestRegionalOfferDocument, { input: { offerId: offer.id, message: 'Os også' } }),
      ),
    );
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(2);
    expect(codes.filter((c) => c === 'CAPACITY_REACHED')).toHaveLength(askers.length - 2);
    expect((await seenBy(unit, offer.id))!.placesLeft).toBe(0);

    // Declining frees a place.
    const accepted = results.find((r) => !r.errors)!.data!.requestRegionalOffer.request;
    await hub.queryAs(unit, AnswerOfferRequestDocument, { input: { requestId: accepted.id, accept: false, reply: 'Desværre' } });
    const refused = askers[codes.indexOf('CAPACITY_REACHED')]!;
    const retry = await hub.queryAs(coordinatorOf(refused), RequestRegionalOfferDocument, { input: { offerId: offer.id, message: 'Nu?' } });
    expect(retry.errors).toBeUndefined();
  });
});
