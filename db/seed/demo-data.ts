import type { MunicipalityRecord, RegionRecord } from '../reference-data.js';
import { clusters, meetings, officers, packages, practices } from '../../subgraphs/clusters/tables.js';
import {
  bookingEvents,
  bookingSlots,
  clusterCoverage,
  municipalOffers,
  packageBookings,
  referralCounts,
} from '../../subgraphs/municipalities/tables.js';
import { offerAudienceClusters, offerRequests, regionalOffers } from '../../subgraphs/offers/tables.js';
import { buildRegisterDemo, type RegisterDemo } from './register-demo.js';
import { CITY_DISTRICTS, FIRST_NAMES, JOINS_NEIGHBOUR, PRACTICE_NAME_PATTERNS, STREETS, SURNAMES } from './cluster-layout.js';
import { PACKAGES } from './catalogue.js';
import { buildInquiryDemo, type InquiryDemo } from './inquiry-demo.js';
import { AARHUS, buildPackageDemo, type PackageDemo } from './package-demo.js';
import { Random } from './random.js';

/** The real figures the demo data follows (docs/domain.md, "Facts for realistic data"). */
export const FIGURES = {
  clusters: 116,
  doctors: 3300,
  minDoctors: 11,
  maxDoctors: 71,
  minPatients: 17_117,
  maxPatients: 110_140,
};

export interface DemoData extends InquiryDemo, RegisterDemo, PackageDemo {
  clusters: (typeof clusters.$inferInsert)[];
  clusterCoverage: (typeof clusterCoverage.$inferInsert)[];
  municipalOffers: (typeof municipalOffers.$inferInsert)[];
  packageBookings: (typeof packageBookings.$inferInsert)[];
  bookingSlots: (typeof bookingSlots.$inferInsert)[];
  bookingEvents: (typeof bookingEvents.$inferInsert)[];
  referralCounts: (typeof referralCounts.$inferInsert)[];
  practices: (typeof practices.$inferInsert)[];
  officers: (typeof officers.$inferInsert)[];
  packages: (typeof packages.$inferInsert)[];
  meetings: (typeof meetings.$inferInsert)[];
  regionalOffers: (typeof regionalOffers.$inferInsert)[];
  offerAudienceClusters: (typeof offerAudienceClusters.$inferInsert)[];
  offerRequests: (typeof offerRequests.$inferInsert)[];
}

interface PlannedCluster {
  name: string;
  regionCode: string;
  municipalityCodes: string[];
}

const DAY = 86_400_000;

/**
 * Builds the whole demo data set from a fixed seed. `today` anchors meetings and offer
 * periods, so a fresh hub always has past and upcoming meetings.
 */
export function buildDemoData(
  reference: { regions: RegionRecord[]; municipalities: MunicipalityRecord[] },
  today: Date,
  seed = 2018,
): DemoData {
  const random = new Random(seed);
  const planned = planClusters(reference.municipalities);
  const doctorCounts = planDoctorCounts(random, planned.length);
  const data: DemoData = {
    clusters: [],
    clusterCoverage: [],
    municipalOffers: [],
    packageBookings: [],
    bookingSlots: [],
    bookingEvents: [],
    referralCounts: [],
    practices: [],
    officers: [],
    packages: PACKAGES,
    meetings: [],
    regionalOffers: [],
    offerAudienceClusters: [],
    offerRequests: [],
    externalParties: [],
    inquiries: [],
    inquiryAssessments: [],
    informationRequests: [],
    inquiryForwards: [],
    inquiryEvents: [],
    members: [],
    registerVersions: [],
    registerEvents: [],
    practiceDepartures: [],
    questionnaireTemplates: [],
    packageOrders: [],
    orderParticipants: [],
    practiceSteps: [],
    questionnaireRounds: [],
    questionnaireRespondents: [],
    questionnaireResponses: [],
  };
  const emails = new Set<string>();
  let providerNumber = 10_000;

  planned.forEach((plan, index) => {
    const id = random.uuid();
    const doctors = doctorCounts[index]!;
    data.clusters.push({
      id,
      name: plan.name,
      regionCode: plan.regionCode,
      foundedOn: isoDate(new Date(Date.UTC(2018, 3, 1) + random.int(0, 600) * DAY)),
    });
    for (const municipalityCode of plan.municipalityCodes) data.clusterCoverage.push({ clusterId: id, municipalityCode });

    const patients = patientsFor(random, doctors);
    const area = plan.name.replace(/^Klynge /, '');
    for (const size of splitIntoPractices(random, doctors)) {
      providerNumber += random.int(1, 40);
      const name = random.pick(PRACTICE_NAME_PATTERNS).replace('{area}', area).replace('{street}', random.pick(STREETS));
      data.practices.push({
        providerNumber: String(providerNumber).padStart(6, '0'),
        clusterId: id,
        name: size === 1 ? `Læge ${random.pick(SURNAMES)}, ${area}` : name,
        doctorCount: size,
        listedPatients: Math.round((patients * size) / doctors),
      });
    }
    fixRounding(
      data.practices.filter((p) => p.clusterId === id),
      patients,
    );

    const roles: (typeof officers.$inferInsert)['role'][] = ['COORDINATOR'];
    if (random.chance(0.6)) roles.push('TREASURER');
    if (random.chance(0.4)) roles.push('SECRETARY');
    for (let i = random.int(0, 3); i > 0; i--) roles.push('BOARD_MEMBER');
    for (const role of roles) {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(SURNAMES);
      data.officers.push({
        id: random.uuid(),
        clusterId: id,
        role,
        name: `${first} ${last}`,
        email: uniqueEmail(emails, first, last, random.chance(0.5) ? 'example.org' : 'example.com'),
        phone: `+45${random.int(2, 9)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
      });
    }

    for (const offsetDays of [-random.int(200, 330), -random.int(20, 150), random.int(14, 120)]) {
      const pkg = random.chance(0.6) ? random.pick(PACKAGES) : null;
      const startsAt = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offsetDays * DAY + 15 * 3_600_000,
      );
      data.meetings.push({
        id: random.uuid(),
        clusterId: id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (pkg?.durationMinutes ?? 120) * 60_000),
        topic: pkg
          ? pkg.name
          : random.pick(['Antibiotikaforbrug', 'Egen dagsorden: sårbare patienter', 'Medicingennemgang', 'Opfølgning fra sidste møde']),
        packageId: pkg?.id ?? null,
        format: random.pick(['IN_PERSON', 'IN_PERSON', 'HYBRID', 'ONLINE'] as const),
      });
    }
  });

  data.regionalOffers = buildRegionalOffers(random, reference.regions, data.clusters, data.offerAudienceClusters, today);
  // Each region's first cluster has asked for meeting facilitation.
  for (const offer of data.regionalOffers.filter((o) => o.kind === 'MEETING_FACILITATION' && o.status === 'PUBLISHED')) {
    const cluster = data.clusters.find((c) => c.regionCode === offer.regionCode)!;
    data.offerRequests.push({
      offerId: offer.id!,
      clusterId: cluster.id!,
      message: 'Vi ønsker facilitering af vores næste klyngemøde.',
      requestedBy: 'cluster:demo-coordinator',
    });
  }
  buildMunicipalWork(random, data, reference.municipalities, today);
  Object.assign(data, buildInquiryDemo(random, data.clusters, reference.municipalities, today));
  Object.assign(data, buildRegisterDemo(data.clusters, data.practices, data.officers, today));
  Object.assign(data, buildPackageDemo(data, today));
  return data;
}

function planClusters(municipalities: MunicipalityRecord[]): PlannedCluster[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const planned: PlannedCluster[] = [];
  const firstClusterOf = new Map<string, PlannedCluster>();
  for (const municipality of municipalities) {
    if (JOINS_NEIGHBOUR[municipality.code]) continue;
    const districts = CITY_DISTRICTS[municipality.code] ?? [undefined];
    for (const district of districts) {
      const cluster = {
        name: `Klynge ${municipality.name}${district ? ` ${district}` : ''}`,
        regionCode: municipality.regionCode,
        municipalityCodes: [municipality.code],
      };
      if (!firstClusterOf.has(municipality.code)) firstClusterOf.set(municipality.code, cluster);
      planned.push(cluster);
    }
  }
  for (const [small, neighbour] of Object.entries(JOINS_NEIGHBOUR)) {
    const cluster = firstClusterOf.get(neighbour)!;
    cluster.municipalityCodes.push(small);
    if (!CITY_DISTRICTS[neighbour]) cluster.name = `Klynge ${byCode.get(neighbour)!.name}-${byCode.get(small)!.name}`;
  }
  if (planned.length !== FIGURES.clusters) throw new Error(`Cluster layout gives ${planned.length} clusters, not ${FIGURES.clusters}`);
  return planned;
}

/** Sizes around the real mean (29), most 20–40, exactly one of the smallest and largest, 3,300 in all. */
function planDoctorCounts(random: Random, count: number): number[] {
  const sizes = Array.from({ length: count }, () => Math.round(Math.min(48, Math.max(16, random.normal(28, 6.5)))));
  sizes[random.int(0, count - 1)] = FIGURES.minDoctors;
  sizes[0] = FIGURES.maxDoctors; // the first planned cluster is in central København
  let total = sizes.reduce((a, b) => a + b, 0);
  while (total !== FIGURES.doctors) {
    const i = random.int(1, count - 1);
    const step = total > FIGURES.doctors ? -1 : 1;
    const next = sizes[i]! + step;
    if (sizes[i] === FIGURES.minDoctors || next < 16 || next > 48) continue;
    sizes[i] = next;
    total += step;
  }
  return sizes;
}

function patientsFor(random: Random, doctors: number): number {
  if (doctors === FIGURES.minDoctors) return FIGURES.minPatients;
  if (doctors === FIGURES.maxDoctors) return FIGURES.maxPatients;
  return Math.round(doctors * random.int(1_500, 1_800));
}

function splitIntoPractices(random: Random, doctors: number): number[] {
  const sizes: number[] = [];
  for (let left = doctors; left > 0;) {
    const size = Math.min(left, random.pick([1, 1, 2, 2, 3, 3, 4, 4, 5, 6]));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Rounding per practice must not change the cluster's total. */
function fixRounding(rows: { listedPatients: number }[], total: number): void {
  const sum = rows.reduce((a, row) => a + row.listedPatients, 0);
  rows[0]!.listedPatients += total - sum;
}

function uniqueEmail(taken: Set<string>, first: string, last: string, domain: string): string {
  const base = `${first}.${last}`.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa');
  for (let n = 1; ; n++) {
    const email = `${base}${n === 1 ? '' : n}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const OFFER_TEMPLATES = [
  {
    kind: 'DATA_EXTRACT',
    title: 'Datatræk til klyngemødet',
    description: 'Kvalitetsenheden laver et datatræk til klyngens valgte emne og gennemgår det med koordinatoren før mødet.',
  },
  {
    kind: 'MEETING_FACILITATION',
    title: 'Facilitering af klyngemøder',
    description: 'En konsulent fra kvalitetsenheden planlægger og faciliterer et klyngemøde sammen med koordinatoren.',
  },
  {
    kind: 'REGIONAL_CLUSTER_PACKAGE',
    title: 'Regional klyngepakke om multisygdom',
    description: 'Regionens pakke med program, data og materiale til et møde om patienter med flere kroniske sygdomme.',
  },
  {
    kind: 'PRACTICE_FOLLOW_UP_VISIT',
    title: 'Opfølgende praksisbesøg',
    description: 'Et besøg i praksis efter klyngemødet, hvor konsulenten hjælper med at omsætte aftaler til hverdag.',
  },
  {
    kind: 'COURSE_OR_THEME_DAY',
    title: 'Temadag for klyngekoordinatorer',
    description: 'En dag om mødeledelse, data og fastholdelse af fællesskabet i klyngen.',
  },
] as const;

function buildRegionalOffers(
  random: Random,
  regions: RegionRecord[],
  clusters: DemoData['clusters'],
  audience: DemoData['offerAudienceClusters'],
  today: Date,
): DemoData['regionalOffers'] {
  const offers: DemoData['regionalOffers'] = [];
  for (const region of regions) {
    const mailbox = `klynger@${region.name.toLowerCase().replace('region ', 'kvalitetsenhed-')}.example.org`
      .replaceAll('ø', 'oe')
      .replaceAll('æ', 'ae');
    OFFER_TEMPLATES.forEach((template, i) => {
      const status = i === 4 ? 'DRAFT' : 'PUBLISHED';
      offers.push({
        id: random.uuid(),
        regionCode: region.code,
        kind: template.kind,
        status,
        title: template.title,
        description: template.description,
        validFrom: isoDate(new Date(today.getTime() - random.int(30, 300) * DAY)),
        validUntil: i % 2 === 0 ? null : isoDate(new Date(today.getTime() + random.int(60, 400) * DAY)),
        capacity: template.kind === 'MEETING_FACILITATION' ? random.int(8, 20) : null,
        contactEmail: mailbox,
        publishedAt: status === 'PUBLISHED' ? new Date(today.getTime() - 30 * DAY) : null,
      });
    });
    // One offer for named clusters only: the first two of the region.
    const namedOfferId = random.uuid();
    offers.push({
      id: namedOfferId,
      regionCode: region.code,
      kind: 'PRACTICE_FOLLOW_UP_VISIT',
      status: 'PUBLISHED',
      title: 'Opfølgning efter datatræk (udvalgte klynger)',
      description: 'Besøg i praksis for klynger, der har arbejdet med regionens datatræk.',
      validFrom: isoDate(new Date(today.getTime() - 20 * DAY)),
      validUntil: null,
      capacity: 2,
      contactEmail: mailbox,
      audience: 'NAMED_CLUSTERS',
      publishedAt: new Date(today.getTime() - 20 * DAY),
    });
    for (const cluster of clusters.filter((c) => c.regionCode === region.code).slice(0, 2)) {
      audience.push({ offerId: namedOfferId, clusterId: cluster.id! });
    }
    offers.push({
      id: random.uuid(),
      regionCode: region.code,
      kind: 'OTHER',
      status: 'ARCHIVED',
      title: 'Webinar om klyngedata (afholdt)',
      description: 'Et tidligere webinar om at læse og bruge klyngens data.',
      validFrom: isoDate(new Date(today.getTime() - 500 * DAY)),
      validUntil: isoDate(new Date(today.getTime() - 200 * DAY)),
      capacity: null,
      contactEmail: mailbox,
      publishedAt: new Date(today.getTime() - 500 * DAY),
      archivedAt: new Date(today.getTime() - 200 * DAY),
    });
  }
  return offers;
}

const MUNICIPAL_OFFER_TEMPLATES = [
  {
    kind: 'ACUTE_FUNCTION',
    name: 'Akutfunktion',
    targetGroup: 'Borgere med akut opstået eller forværret sygdom, der kan behandles i eget hjem',
  },
  { kind: 'PREVENTION_AND_REHABILITATION', name: 'Rygestopforløb', targetGroup: 'Borgere der vil holde op med at ryge' },
  { kind: 'PREVENTION_AND_REHABILITATION', name: 'KOL-rehabilitering', targetGroup: 'Borgere med KOL' },
  { kind: 'PREVENTION_AND_REHABILITATION', name: 'Diabetesskole', targetGroup: 'Borgere med type 2-diabetes' },
] as const;

/** Offers for every municipality, and bookings and referral counts for some of their clusters. */
function buildMunicipalWork(random: Random, data: DemoData, municipalities: MunicipalityRecord[], today: Date): void {
  const offersOf = new Map<string, string[]>();
  for (const municipality of municipalities) {
    const slug = municipality.name
      .toLowerCase()
      .replaceAll('æ', 'ae')
      .replaceAll('ø', 'oe')
      .replaceAll('å', 'aa')
      .replace(/[^a-z]+/g, '-');
    for (const template of MUNICIPAL_OFFER_TEMPLATES.slice(0, random.int(2, 4))) {
      const id = random.uuid();
      data.municipalOffers.push({
        id,
        municipalityCode: municipality.code,
        kind: template.kind,
        name: `${template.name} ${municipality.name}`,
        description: `${template.name} i ${municipality.name} Kommune.`,
        targetGroup: template.targetGroup,
        referralProcedure: 'Henvisning sendes elektronisk via sundhedsfagligt henvisningssystem.',
        contactEmail: `sundhed@${slug}.example.dk`,
        contactPhone: null,
      });
      if (template.kind === 'PREVENTION_AND_REHABILITATION')
        offersOf.set(municipality.code, [...(offersOf.get(municipality.code) ?? []), id]);
    }
  }
  const states = ['HELD', 'HELD', 'CONFIRMED', 'REQUESTED', 'DECLINED'] as const;
  data.clusterCoverage.forEach((coverage, index) => {
    if (index % 4 !== 0) return;
    const status = states[(index / 4) % states.length]!;
    const offset = status === 'HELD' ? -random.int(90, 240) : random.int(20, 120);
    const startsAt = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offset * DAY + 15 * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 150 * 60_000);
    const id = random.uuid();
    const actor = `municipality:demo-${coverage.municipalityCode}`;
    data.packageBookings.push({
      id,
      municipalityCode: coverage.municipalityCode,
      clusterId: coverage.clusterId,
      // The demo municipality's held meeting is of the package whose referrals it counts, so its
      // page shows the comparison before and after (an acute functions meeting has none).
      package:
        index % 8 === 0 || (status === 'HELD' && coverage.municipalityCode === AARHUS)
          ? 'PREVENTION_AND_REHABILITATION'
          : 'ACUTE_FUNCTIONS',
      status,
      idempotencyKey: `demo-${id}`,
      presenterName: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
      presenterJobTitle: 'Sygeplejefaglig leder',
      talks: [{ title: 'Kommunens tilbud og henvisningsveje', minutes: 20 }],
      preMeetingStartsAt: new Date(startsAt.getTime() - 14 * DAY),
      preMeetingEndsAt: new Date(startsAt.getTime() - 14 * DAY + 3_600_000),
      confirmedStartsAt: status === 'HELD' || status === 'CONFIRMED' ? startsAt : null,
      confirmedEndsAt: status === 'HELD' || status === 'CONFIRMED' ? endsAt : null,
      declineReason: status === 'DECLINED' ? 'Klyngen har allerede planlagt årets møder' : null,
      requestedBy: actor,
      requestedAt: new Date(startsAt.getTime() - 60 * DAY),
    });
    data.bookingSlots.push({ bookingId: id, position: 0, startsAt, endsAt });
    data.bookingEvents.push({ bookingId: id, actor, fromStatus: null, toStatus: 'REQUESTED', at: new Date(startsAt.getTime() - 60 * DAY) });
    if (status !== 'REQUESTED') {
      data.bookingEvents.push({
        bookingId: id,
        actor: 'cluster:demo-coordinator',
        fromStatus: 'REQUESTED',
        toStatus: status === 'DECLINED' ? 'DECLINED' : 'CONFIRMED',
        at: new Date(startsAt.getTime() - 50 * DAY),
      });
    }
    if (status === 'HELD') {
      data.bookingEvents.push({ bookingId: id, actor: 'cluster:demo-coordinator', fromStatus: 'CONFIRMED', toStatus: 'HELD', at: endsAt });
      // Monthly referral counts for the 12 months around the meeting, for the comparison.
      for (const offerId of offersOf.get(coverage.municipalityCode) ?? []) {
        for (let m = -6; m <= 6; m++) {
          const month = new Date(Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth() + m, 1));
          if (month > today) continue;
          data.referralCounts.push({
            offerId,
            clusterId: coverage.clusterId,
            month: isoDate(month),
            referrals: random.int(0, 12) + (m > 0 ? 3 : 0),
            updatedBy: actor,
          });
        }
      }
    }
  });
}
