import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import {
  ClusterMunicipalOffersDocument,
  CreateMunicipalOfferDocument,
  MunicipalOffersDocument,
  RetireMunicipalOfferDocument,
  UpdateMunicipalOfferDocument,
  type CreateMunicipalOfferInput,
} from './__generated__/operations.js';
import { clusterIn } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
const aalborg: Viewer = { kind: 'municipality', subject: 'aalborg', municipalityCode: '851' };
const odense: Viewer = { kind: 'municipality', subject: 'odense', municipalityCode: '461' };
const offer: CreateMunicipalOfferInput = {
  kind: 'ACUTE_FUNCTION',
  name: 'Akutteam Aalborg Øst',
  description: 'Sygeplejersker der kan rykke ud inden for to timer.',
  targetGroup: 'Borgere med akut forværring',
  referralProcedure: 'Ring til akutteamets vagttelefon',
  contactEmail: 'akut@aalborg.example.dk',
  contactPhone: '+4599311111',
};

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

it('a municipality creates, edits and retires its own offers; retired offers leave the list but are kept', async () => {
  const created = await hub.queryAs(aalborg, CreateMunicipalOfferDocument, { input: offer });
  expect(created.data!.createMunicipalOffer.offer).toMatchObject({
    name: offer.name,
    kind: 'ACUTE_FUNCTION',
    municipality: { code: '851' },
  });
  const id = created.data!.createMunicipalOffer.offer.id;
  const edited = await hub.queryAs(aalborg, UpdateMunicipalOfferDocument, { input: { offerId: id, description: 'Nu også om natten.' } });
  expect(edited.data!.updateMunicipalOffer.offer).toMatchObject({ name: offer.name, description: 'Nu også om natten.' });
  const retired = await hub.queryAs(aalborg, RetireMunicipalOfferDocument, { input: { offerId: id } });
  expect(retired.data!.retireMunicipalOffer.offer.retiredAt).not.toBeNull();
  const listed = await hub.queryAs(aalborg, MunicipalOffersDocument, { code: '851' });
  expect(listed.data!.municipality!.offers!.map((o) => o.id)).not.toContain(id);
  const all = await hub.queryAs(aalborg, MunicipalOffersDocument, { code: '851', includeRetired: true });
  expect(all.data!.municipality!.offers!.map((o) => o.id)).toContain(id);
});

it('a retried create with the same key returns the offer it made, also when the retries arrive at once; another key makes another', async () => {
  const input = { ...offer, idempotencyKey: `offer-${Date.now()}` };
  const [first, ...retries] = await Promise.all([1, 2, 3, 4].map(() => hub.queryAs(aalborg, CreateMunicipalOfferDocument, { input })));
  const id = first!.data!.createMunicipalOffer.offer.id;
  for (const retry of retries) expect(retry.data!.createMunicipalOffer.offer.id).toBe(id);
  const again = await hub.queryAs(aalborg, CreateMunicipalOfferDocument, { input });
  expect(again.data!.createMunicipalOffer.offer.id).toBe(id);
  const [row] = await hub.adminSql<{ count: number }[]>`
    select count(*)::int as count from municipalities.municipal_offers where idempotency_key = ${input.idempotencyKey}`;
  expect(row?.count).toBe(1);
  const other = await hub.queryAs(aalborg, CreateMunicipalOfferDocument, {
    input: { ...input, idempotencyKey: `${input.idempotencyKey}-b` },
  });
  expect(other.data!.createMunicipalOffer.offer.id).not.toBe(id);
  // The key is the municipality's own: another municipality's same key makes its own offer.
  const odenses = await hub.queryAs(odense, CreateMunicipalOfferDocument, { input });
  expect(odenses.data!.createMunicipalOffer.offer).toMatchObject({ municipality: { code: '461' } });
});

it('another municipality, a cluster or KiAP cannot change them', async () => {
  const id = (await hub.queryAs(aalborg, CreateMunicipalOfferDocument, { input: offer })).data!.createMunicipalOffer.offer.id;
  for (const viewer of [odense, { kind: 'kiap', subject: 'k' }, { kind: 'anonymous' }] as Viewer[]) {
    const edit = await hub.queryAs(viewer, UpdateMunicipalOfferDocument, { input: { offerId: id, name: 'Kapret' } });
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hub.queryAs(viewer, RetireMunicipalOfferDocument, { input: { offerId: id } }))).toEqual(['FORBIDDEN']);
  }
  const [row] = await hub.adminSql`select name, retired_at from municipalities.municipal_offers where id = ${id}`;
  expect(row).toEqual({ name: offer.name, retired_at: null });
});

it('refuses empty or overlong texts, naming each field', async () => {
  const response = await hub.queryAs(aalborg, CreateMunicipalOfferDocument, {
    input: { ...offer, name: '', referralProcedure: 'x'.repeat(2001) },
  });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect((response.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual([
    'input.name',
    'input.referralProcedure',
  ]);
});

it('refuses a name that shows nothing (zero-width and direction marks), in the API and in Postgres itself', async () => {
  const invisible = '\u200B\u200F\u202E\u2066 \uFEFF';
  const response = await hub.queryAs(aalborg, CreateMunicipalOfferDocument, { input: { ...offer, name: invisible } });
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  expect((response.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(['input.name']);
  // The subgraph's own database role cannot store it either, whatever code path tries.
  const role = hub.subgraphs.municipalities.sql;
  await expect(
    role`insert into municipalities.municipal_offers (municipality_code, kind, name, description, target_group, referral_procedure, contact_email)
         values ('851', 'ACUTE_FUNCTION', ${invisible}, 'd', 't', 'r', 'a@b.dk')`,
  ).rejects.toMatchObject({ code: '23514' });
});

it('everyone logged in reads the offers, also as a cluster’s municipalities’ offers; anonymous callers do not', async () => {
  const cluster = await clusterIn(hub.adminSql, '851');
  const external: Viewer = { kind: 'external', subject: 'e', partyId: '00000000-0000-4000-8000-000000000001' };
  const member: Viewer = { kind: 'cluster', subject: 'm', clusterId: cluster.id, clusterRole: 'member', regionCode: cluster.regionCode };
  for (const viewer of [external, member, odense]) {
    expect((await hub.queryAs(viewer, MunicipalOffersDocument, { code: '851' })).data!.municipality!.offers!.length).toBeGreaterThan(0);
  }
  const viaCluster = await hub.queryAs(member, ClusterMunicipalOffersDocument, { id: cluster.id });
  expect(viaCluster.data!.cluster!.municipalOffers!.every((o) => o.municipality.code === '851')).toBe(true);
  const anonymous = await hub.query(MunicipalOffersDocument, { code: '851' });
  expect(anonymous.data!.municipality!.offers).toBeNull();
  expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
});
