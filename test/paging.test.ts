import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { errorCodes, startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';

/**
 * The long lists the console pages through (KiAP's triage queue, a region's offers, a
 * municipality's bookings): read page by page with `first` and `after`, they give the whole
 * list once, in its order, whatever the page size.
 */
let hub: TestHub;
const KIAP: Viewer = { kind: 'kiap', subject: 'kiap' };
const northUnit: Viewer = { kind: 'region', subject: 'kap-nord', regionCode: '1081' };
let municipalityCode: string;

beforeAll(async () => {
  hub = await startTestHub();
  // Bookings enough for several pages, some requested at the same moment, so the order's tie-break is paged too.
  const [covered] = await hub.adminSql<{ code: string }[]>`
    select municipality_code as code from municipalities.cluster_coverage group by municipality_code order by count(*) desc limit 1`;
  municipalityCode = covered!.code;
  await hub.adminSql`
    insert into municipalities.package_bookings (municipality_code, cluster_id, package, idempotency_key, presenter_name,
      presenter_job_title, talks, pre_meeting_starts_at, pre_meeting_ends_at, requested_by, requested_at, status)
    select ${municipalityCode}, c.cluster_id, 'ACUTE_FUNCTIONS', 'paging-' || n, 'P', 'T', '[]', now() + interval '1 day',
      now() + interval '25 hours', 'test', timestamptz '2026-01-01' + (n / 3) * interval '1 day',
      (case when n % 2 = 0 then 'REQUESTED' else 'DECLINED' end)::municipalities.booking_status
    from generate_series(1, 7) as n
    cross join lateral (select cluster_id from municipalities.cluster_coverage where municipality_code = ${municipalityCode} limit 1) c`;
  // Inquiries submitted within one millisecond, three at the same microsecond: the queue's
  // order and its tie-break are paged at Postgres's precision, not JavaScript's.
  await hub.adminSql`
    insert into inquiries.inquiries
    select (jsonb_populate_record(null::inquiries.inquiries, to_jsonb(i) || jsonb_build_object(
      'id', gen_random_uuid(), 'content_hash', 'paging-' || n,
      'submitted_at', timestamptz '2026-03-02 10:00:00.123456+00' + (n / 3) * interval '200 microseconds'))).*
    from (select * from inquiries.inquiries limit 1) i, generate_series(0, 5) as n`;
  // Closed package orders, three placed at the same microsecond and three within the same millisecond.
  await hub.adminSql`
    insert into clusters.package_orders
    select (jsonb_populate_record(null::clusters.package_orders, to_jsonb(o) || jsonb_build_object(
      'id', gen_random_uuid(), 'status', 'CLOSED', 'follow_up_of', null,
      'ordered_at', timestamptz '2026-03-02 10:00:00.123456+00' + (n / 3) * interval '200 microseconds'))).*
    from (select * from clusters.package_orders where cluster_id in (select id from clusters.clusters where region_code = '1081') limit 1) o,
      generate_series(0, 5) as n`;
  // Offers enough for several pages, two with the same title.
  for (const title of ['Paging A', 'Paging B', 'Paging B', 'Paging C'])
    await hub.adminSql`
      insert into offers.regional_offers (region_code, kind, title, description, valid_from, contact_email)
      values ('1081', 'MEETING_FACILITATION', ${title}, 'D', '2020-01-01', 'a@example.org')`;
  // Requests for one of them, answered and not, three at the same microsecond.
  await hub.adminSql`
    insert into offers.offer_requests (offer_id, cluster_id, status, message, requested_by, requested_at)
    select (select id from offers.regional_offers where title = 'Paging A'), c.id,
      (case when n % 2 = 0 then 'REQUESTED' else 'DECLINED' end)::offers.offer_request_status, 'M', 'test',
      timestamptz '2026-03-02 10:00:00.123456+00' + (n / 3) * interval '200 microseconds'
    from generate_series(0, 6) as n, (select id from clusters.clusters where region_code = '1081' limit 1) c`;
});
afterAll(() => hub?.close());

type Listed = { id: string }[] | null;

/** Every page of a list, `size` at a time, each after the last id of the page before. */
async function allPages(ask: (after: string | null) => Promise<GraphQLResponse<unknown>>, pick: (data: unknown) => Listed, size: number) {
  const ids: string[] = [];
  for (let after: string | null = null, pages = 0; pages < 100; pages++) {
    const response = await ask(after);
    expect(response.errors).toBeUndefined();
    const page = pick(response.data)!;
    expect(page.length).toBeLessThanOrEqual(size);
    ids.push(...page.map((item) => item.id));
    if (page.length < size) return ids;
    after = page.at(-1)!.id;
  }
  throw new Error('more than 100 pages');
}

const INQUIRIES = `query ($first: Int, $after: ID, $statuses: [InquiryStatus!]) {
  inquiries(first: $first, after: $after, statuses: $statuses) { id } }`;
const OFFERS = `query ($first: Int, $after: ID, $statuses: [RegionalOfferStatus!]) {
  region(code: "1081") { offers(first: $first, after: $after, statuses: $statuses) { id } } }`;
const ORDERS = `query ($first: Int, $after: ID, $statuses: [PackageOrderStatus!]) {
  packageOrders(first: $first, after: $after, statuses: $statuses) { id status } }`;
const REQUESTS = `query ($first: Int, $after: ID, $statuses: [OfferRequestStatus!]) {
  region(code: "1081") { offerRequests(first: $first, after: $after, statuses: $statuses) { id status } } }`;
const BOOKINGS = `query ($code: ID!, $first: Int, $after: ID, $statuses: [BookingStatus!]) {
  municipality(code: $code) { packageBookings(first: $first, after: $after, statuses: $statuses) { id status } } }`;

const inquiriesOf = (data: unknown) => (data as { inquiries: Listed }).inquiries;
const ordersOf = (data: unknown) => (data as { packageOrders: Listed }).packageOrders;
const requestsOf = (data: unknown) => (data as { region: { offerRequests: Listed } }).region.offerRequests;
const offersOf = (data: unknown) => (data as { region: { offers: Listed } }).region.offers;
const clusterOf = (data: unknown) => (data as { cluster: Record<string, unknown> }).cluster;
const bookingsOf = (data: unknown) => (data as { municipality: { packageBookings: Listed } }).municipality.packageBookings;

describe('paging', () => {
  it("gives KiAP's whole triage queue once, newest first, page after page", async () => {
    const whole = inquiriesOf((await hub.queryAs(KIAP, INQUIRIES, { first: 500 })).data)!.map((i) => i.id);
    expect(whole.length).toBeGreaterThan(6);
    for (const size of [1, 3])
      expect(await allPages((after) => hub.queryAs(KIAP, INQUIRIES, { first: size, after }), inquiriesOf, size)).toEqual(whole);
  });

  it('gives package orders once, newest first, page after page, for KiAP and for a unit, and follows one that left the filter', async () => {
    for (const viewer of [KIAP, northUnit]) {
      const whole = ordersOf((await hub.queryAs(viewer, ORDERS, { first: 500 })).data)!.map((o) => o.id);
      expect(whole.length).toBeGreaterThan(6);
      for (const size of [1, 4])
        expect(await allPages((after) => hub.queryAs(viewer, ORDERS, { first: size, after }), ordersOf, size)).toEqual(whole);
    }
    const all = ordersOf((await hub.queryAs(KIAP, ORDERS, { first: 500 })).data) as { id: string; status: string }[];
    const open = all.filter((o) => o.status === 'ORDERED' || o.status === 'PREPARING').map((o) => o.id);
    const ask = (after: string | null) => hub.queryAs(KIAP, ORDERS, { first: 2, after, statuses: ['ORDERED', 'PREPARING'] });
    expect(await allPages(ask, ordersOf, 2)).toEqual(open);
    const anchor = all.findIndex((o) => o.status === 'CLOSED');
    const after = await hub.queryAs(KIAP, ORDERS, { after: all[anchor]!.id, statuses: ['ORDERED', 'PREPARING'] });
    expect(ordersOf(after.data)!.map((o) => o.id)).toEqual(open.filter((id) => all.findIndex((o) => o.id === id) > anchor));
  });

  it("gives the requests for a region's offers once, newest first, page after page, and by state", async () => {
    const all = requestsOf((await hub.queryAs(northUnit, REQUESTS, { first: 200 })).data) as { id: string; status: string }[];
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const size of [1, 3])
      expect(await allPages((after) => hub.queryAs(northUnit, REQUESTS, { first: size, after }), requestsOf, size)).toEqual(
        all.map((r) => r.id),
      );
    const waiting = all.filter((r) => r.status === 'REQUESTED').map((r) => r.id);
    const ask = (after: string | null) => hub.queryAs(KIAP, REQUESTS, { first: 2, after, statuses: ['REQUESTED'] });
    expect(await allPages(ask, requestsOf, 2)).toEqual(waiting);
  });

  it("gives a region's offers once, by title, page after page, in every state and as the public sees them", async () => {
    const statuses = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];
    const whole = offersOf((await hub.queryAs(northUnit, OFFERS, { statuses })).data)!.map((o) => o.id);
    expect(whole.length).toBeGreaterThan(4);
    expect(await allPages((after) => hub.queryAs(northUnit, OFFERS, { statuses, first: 2, after }), offersOf, 2)).toEqual(whole);
    const published = offersOf((await hub.queryAs({ kind: 'anonymous' }, OFFERS, {})).data)!.map((o) => o.id);
    expect(published.length).toBeGreaterThan(1);
    expect(await allPages((after) => hub.queryAs({ kind: 'anonymous' }, OFFERS, { first: 1, after }), offersOf, 1)).toEqual(published);
  });

  it("reads a unit's drafts, published and archived offers side by side as each alone, in one statement with their requests in one more", async () => {
    const SIDE_BY_SIDE = `query ($after: ID) { region(code: "1081") {
      drafts: offers(statuses: [DRAFT], first: 2) { id requests { status } }
      published: offers(statuses: [PUBLISHED], first: 2, after: $after) { id requests { status } }
      archived: offers(statuses: [ARCHIVED], first: 2) { id requests { status } } } }`;
    const alone = async (statuses: string[], after?: string) =>
      offersOf((await hub.queryAs(northUnit, OFFERS, { statuses, first: 2, after })).data)!.map((o) => o.id);
    const ids = (list: { id: string }[]) => list.map((o) => o.id);
    type Lists = { region: Record<'drafts' | 'published' | 'archived', { id: string }[]> };

    hub.subgraphs.offers.statements.reset();
    const first = (await hub.queryAs(northUnit, SIDE_BY_SIDE, {})).data as Lists;
    expect(hub.subgraphs.offers.statements.count).toBe(2);
    expect(ids(first.region.drafts)).toEqual(await alone(['DRAFT']));
    expect(ids(first.region.published)).toEqual(await alone(['PUBLISHED']));
    expect(ids(first.region.archived)).toEqual(await alone(['ARCHIVED']));
    expect(first.region.drafts.length + first.region.published.length).toBeGreaterThan(2);

    const after = first.region.published[0]!.id;
    const next = (await hub.queryAs(northUnit, SIDE_BY_SIDE, { after })).data as Lists;
    expect(ids(next.region.published)).toEqual(await alone(['PUBLISHED'], after));
    expect(ids(next.region.drafts)).toEqual(ids(first.region.drafts));
  });

  it("gives a municipality's bookings once, newest first, and follows a booking that has left the filter since", async () => {
    const municipality: Viewer = { kind: 'municipality', subject: 'm', municipalityCode };
    const all = bookingsOf((await hub.queryAs(municipality, BOOKINGS, { code: municipalityCode })).data) as {
      id: string;
      status: string;
    }[];
    expect(all.length).toBeGreaterThanOrEqual(7);
    const ask = (statuses?: string[]) => (after: string | null) =>
      hub.queryAs(municipality, BOOKINGS, { code: municipalityCode, first: 2, after, statuses });
    expect(await allPages(ask(), bookingsOf, 2)).toEqual(all.map((b) => b.id));
    const declined = all.filter((b) => b.status === 'DECLINED');
    expect(await allPages(ask(['DECLINED']), bookingsOf, 2)).toEqual(declined.map((b) => b.id));
    // After a requested booking, the declined ones below it: the anchor need not be in the filter.
    const anchor = all.findIndex((b) => b.status === 'REQUESTED');
    const after = await hub.queryAs(municipality, BOOKINGS, { code: municipalityCode, after: all[anchor]!.id, statuses: ['DECLINED'] });
    expect(bookingsOf(after.data)!.map((b) => b.id)).toEqual(
      all
        .slice(anchor + 1)
        .filter((b) => b.status === 'DECLINED')
        .map((b) => b.id),
    );
  });

  it("gives a cluster's bookings, forwarded inquiries and its region's offers once, page after page", async () => {
    const [booked] = await hub.adminSql<{ id: string }[]>`
      select cluster_id as id from municipalities.package_bookings where idempotency_key like 'paging-%' limit 1`;
    const [forwarded] = await hub.adminSql<{ id: string }[]>`
      select cluster_id as id from inquiries.inquiry_forwards group by cluster_id order by count(*) desc, cluster_id limit 1`;
    const [northern] = await hub.adminSql<
      { id: string }[]
    >`select id from clusters.clusters where region_code = '1081' order by id limit 1`;
    // Offers the cluster sees today, two of them with the same title.
    for (const title of ['Paging P', 'Paging P', 'Paging Q'])
      await hub.adminSql`
        insert into offers.regional_offers (region_code, kind, title, description, valid_from, contact_email, status, published_at)
        values ('1081', 'MEETING_FACILITATION', ${title}, 'D', '2020-01-01', 'a@example.org', 'PUBLISHED', now())`;
    // More forwards to that cluster, two at the same moment.
    await hub.adminSql`
      insert into inquiries.inquiry_forwards (inquiry_id, cluster_id, forwarded_at)
      select i.id, ${forwarded!.id}, timestamptz '2026-02-01' + (row_number() over (order by i.id) / 2) * interval '1 day'
      from inquiries.inquiries i
      where i.decided_by_region_code is null
        and not exists (select from inquiries.inquiry_forwards f where f.inquiry_id = i.id and f.cluster_id = ${forwarded!.id})
      limit 3`;

    const lists: [string, string, (data: unknown) => Listed, number][] = [
      [booked!.id, 'packageBookings(first: $first, after: $after) { id }', (data) => clusterOf(data).packageBookings as Listed, 7],
      [
        forwarded!.id,
        'forwardedInquiries(first: $first, after: $after) { inquiry { id } }',
        (data) => (clusterOf(data).forwardedInquiries as { inquiry: { id: string } }[]).map(({ inquiry }) => inquiry),
        4,
      ],
      [northern!.id, 'regionalOffers(first: $first, after: $after) { id }', (data) => clusterOf(data).regionalOffers as Listed, 3],
    ];
    for (const [id, field, pick, atLeast] of lists) {
      const query = `query ($id: ID!, $first: Int, $after: ID) { cluster(id: $id) { ${field} } }`;
      const whole = pick((await hub.queryAs(KIAP, query, { id })).data)!.map((item) => item.id);
      expect(whole.length, field).toBeGreaterThanOrEqual(atLeast);
      for (const size of [1, 2])
        expect(await allPages((after) => hub.queryAs(KIAP, query, { id, first: size, after }), pick, size), field).toEqual(whole);
      const elsewhere = await hub.queryAs(KIAP, query, { id, after: '00000000-0000-4000-8000-000000000000' });
      expect(errorCodes(elsewhere), field).toEqual(['BAD_USER_INPUT']);
      expect(elsewhere.errors![0]!.extensions?.problems).toEqual([{ path: 'after', message: expect.any(String) }]);
    }
  });

  it('refuses a page size out of range and an `after` that is not in the list, naming the argument', async () => {
    const refusals: [Viewer, string, Record<string, unknown>, string][] = [
      [KIAP, INQUIRIES, { first: 0 }, 'first'],
      [KIAP, INQUIRIES, { first: 501 }, 'first'],
      [KIAP, INQUIRIES, { after: 'not-an-id' }, 'after'],
      [KIAP, INQUIRIES, { after: '00000000-0000-4000-8000-000000000000' }, 'after'],
      [northUnit, OFFERS, { statuses: ['DRAFT'], first: 201 }, 'first'],
      [KIAP, BOOKINGS, { first: -1 }, 'first'],
    ];
    // An offer of another region, and an inquiry the party did not send: not in these callers' lists.
    const [otherOffer] = await hub.adminSql<{ id: string }[]>`select id from offers.regional_offers where region_code <> '1081' limit 1`;
    refusals.push([northUnit, OFFERS, { statuses: ['DRAFT', 'PUBLISHED'], after: otherOffer!.id }, 'after']);
    refusals.push([{ kind: 'anonymous' }, OFFERS, { after: otherOffer!.id }, 'after']);
    // An order of another region's cluster: not in the northern unit's list.
    const [otherOrder] = await hub.adminSql<{ id: string }[]>`
      select o.id from clusters.package_orders o join clusters.clusters c on c.id = o.cluster_id where c.region_code <> '1081' limit 1`;
    refusals.push([northUnit, ORDERS, { after: otherOrder!.id }, 'after'], [KIAP, ORDERS, { first: 501 }, 'first']);
    // A request for another region's offer: not in the northern region's list.
    const [otherRequest] = await hub.adminSql<{ id: string }[]>`
      select r.id from offers.offer_requests r join offers.regional_offers o on o.id = r.offer_id where o.region_code <> '1081' limit 1`;
    refusals.push([KIAP, REQUESTS, { after: otherRequest!.id }, 'after']);
    // A booking with another municipality: not in this municipality's list.
    const [otherBooking] = await hub.adminSql<{ id: string }[]>`
      select id from municipalities.package_bookings where municipality_code <> ${municipalityCode} limit 1`;
    refusals.push([KIAP, BOOKINGS, { after: otherBooking!.id }, 'after']);
    refusals.push(
      [northUnit, REQUESTS, { first: 201 }, 'first'],
      [northUnit, REQUESTS, { after: '00000000-0000-4000-8000-000000000000' }, 'after'],
    );
    const [someone] = await hub.adminSql<{ partyId: string; othersInquiry: string }[]>`
      select a.party_id as "partyId", b.id as "othersInquiry"
      from inquiries.inquiries a join inquiries.inquiries b on b.party_id <> a.party_id limit 1`;
    refusals.push([{ kind: 'external', subject: 'p', partyId: someone!.partyId }, INQUIRIES, { after: someone!.othersInquiry }, 'after']);
    for (const [viewer, query, variables, argument] of refusals) {
      const response = await hub.queryAs(viewer, query, { code: municipalityCode, ...variables });
      expect(errorCodes(response), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions?.problems).toEqual([{ path: argument, message: expect.any(String) }]);
    }
  });
});
