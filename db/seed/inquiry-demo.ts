import type { MunicipalityRecord } from '../reference-data.js';
import type { SubmitInquiryInput } from '../../subgraphs/inquiries/__generated__/resolvers-types.js';
import { inquiryContent } from '../../subgraphs/inquiries/inquiry-content.js';
import type {
  externalParties,
  informationRequests,
  inquiries,
  inquiryAssessments,
  inquiryEvents,
  inquiryForwards,
} from '../../subgraphs/inquiries/tables.js';
import { InputProblems } from '../../platform/validation.js';
import type { Random } from './random.js';

export interface InquiryDemo {
  externalParties: (typeof externalParties.$inferInsert)[];
  inquiries: (typeof inquiries.$inferInsert)[];
  inquiryAssessments: (typeof inquiryAssessments.$inferInsert)[];
  informationRequests: (typeof informationRequests.$inferInsert)[];
  inquiryForwards: (typeof inquiryForwards.$inferInsert)[];
  inquiryEvents: (typeof inquiryEvents.$inferInsert)[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const KIAP = 'kiap:demo-sekretariat';

const PARTIES = [
  { name: 'Forskningsenheden for Almen Praksis (demo)', kind: 'RESEARCH_INSTITUTION' },
  { name: 'Lungeforeningen (demo)', kind: 'PATIENT_ASSOCIATION' },
  { name: 'Diabetesforeningen (demo)', kind: 'PATIENT_ASSOCIATION' },
  { name: 'Nordisk Demo Pharma A/S', kind: 'PHARMACEUTICAL_COMPANY' },
  { name: 'Hjerteforeningen (demo)', kind: 'PATIENT_ASSOCIATION' },
] as const;

const content = (input: Omit<SubmitInquiryInput, 'usesData' | 'commercialInterest'> & Partial<SubmitInquiryInput>) =>
  inquiryContent({ usesData: false, commercialInterest: false, ...input }, new InputProblems());

/**
 * Inquiries at every stage of triage, with the history each stage implies: received,
 * in review, waiting for the party, and decided each way (newsletter, forwarded to a
 * region's clusters with their answers, declined), plus one a cluster forwarded.
 */
export function buildInquiryDemo(
  random: Random,
  clusters: { id?: string; regionCode: string }[],
  municipalities: MunicipalityRecord[],
  today: Date,
): InquiryDemo {
  const demo: InquiryDemo = {
    externalParties: PARTIES.map((party) => ({ id: random.uuid(), ...party })),
    inquiries: [],
    inquiryAssessments: [],
    informationRequests: [],
    inquiryForwards: [],
    inquiryEvents: [],
  };
  const [research, lung, diabetes, pharma] = demo.externalParties.map((p) => p.id!);
  const daysAgo = (days: number) => new Date(today.getTime() - days * DAY);

  const add = (
    partyId: string,
    submittedDaysAgo: number,
    fields: ReturnType<typeof content>,
    extra: Partial<(typeof demo.inquiries)[number]> = {},
  ) => {
    const id = random.uuid();
    const submittedAt = daysAgo(submittedDaysAgo);
    const submittedBy = extra.source === 'CLUSTER_FORWARD' ? 'cluster:demo-koordinator' : `external:demo-${partyId.slice(0, 8)}`;
    demo.inquiries.push({ id, partyId, ...fields, submittedAt, submittedBy, ...extra, status: 'RECEIVED' });
    demo.inquiryEvents.push({
      inquiryId: id,
      action: extra.source === 'CLUSTER_FORWARD' ? 'FORWARDED_BY_CLUSTER' : 'SUBMITTED',
      actor: submittedBy,
      fromStatus: null,
      toStatus: 'RECEIVED',
      at: submittedAt,
    });
    let at = submittedAt.getTime();
    const inquiry = demo.inquiries.at(-1)!;
    const step = (
      action: (typeof demo.inquiryEvents)[number]['action'],
      to: typeof inquiry.status,
      note: string | null = null,
      actor = KIAP,
    ) => {
      at += 20 * HOUR;
      demo.inquiryEvents.push({ inquiryId: id, action, actor, fromStatus: inquiry.status, toStatus: to!, note, at: new Date(at) });
      inquiry.status = to;
      return new Date(at);
    };
    const assess = (relevance: 'NOT_RELEVANT' | 'SLIGHTLY_RELEVANT' | 'RELEVANT' | 'HIGHLY_RELEVANT', reason: string, actor = KIAP) => {
      const assessedAt = step('ASSESSED', inquiry.status, relevance, actor);
      demo.inquiryAssessments.push({
        inquiryId: id,
        relevance,
        relevanceReason: reason,
        dataSuitability: fields.usesData ? 'PARTLY' : 'NO',
        dataSuitabilityNote: fields.usesData ? 'Kan delvis belyses med data fra Datafangst og klyngernes egne udtræk.' : null,
        commercialInterest: fields.commercialInterest ? 'DIRECT' : 'NONE',
        internalNote: 'Intern note: drøftet på KiAPs ugemøde.',
        assessedBy: actor,
        assessedAt,
      });
    };
    const decide = (
      decision: 'NEWSLETTER' | 'FORWARD_TO_CLUSTERS' | 'DECLINE',
      reason: string | null = null,
      actor = KIAP,
      regionCode: string | null = null,
    ) => {
      const decidedAt = step('DECIDED', 'DECIDED', decision, actor);
      Object.assign(inquiry, { decision, decisionReason: reason, decidedAt, decidedBy: actor, decidedByRegionCode: regionCode });
      return decidedAt;
    };
    return { id, step, assess, decide };
  };

  const received = add(
    lung!,
    12,
    content({
      title: 'Materiale om KOL-rehabilitering til klyngemøder',
      purpose: 'Patientinformation',
      description:
        'Vi har udviklet materiale om KOL-rehabilitering og vil gerne have klynger til at afprøve det og give os deres vurdering.',
      asks: ['MATERIAL_TESTING', 'MEETING_PRESENTATION'],
      reach: 'REGION',
      regionCode: '1082',
      funding: 'Lungeforeningens egne midler',
    }),
  );
  void received;

  const municipalCodes = [...new Set([random.pick(municipalities).code, random.pick(municipalities).code])];
  add(
    diabetes!,
    9,
    content({
      title: 'Oplæg om fodterapi til patienter med diabetes',
      purpose: 'Oplæg på klyngemøde',
      description: 'En fodterapeut fra foreningen tilbyder et oplæg på et klyngemøde om forebyggelse af fodsår.',
      asks: ['MEETING_PRESENTATION'],
      reach: 'MUNICIPALITIES',
      municipalityCodes: municipalCodes,
      funding: 'Diabetesforeningen',
    }),
  );

  const inReview = add(
    research!,
    40,
    content({
      title: 'Rekruttering af praksis til studie om multisygdom',
      purpose: 'Forskning',
      description: 'Vi søger 40 praksis, der vil indgå i et studie af opfølgning på patienter med tre eller flere kroniske sygdomme.',
      asks: ['PRACTICE_RECRUITMENT', 'QUESTIONNAIRE'],
      reach: 'ALL_CLUSTERS',
      usesData: true,
      dataDescription: 'Diagnosekoder og antal kontakter pr. patient fra praksis’ journalsystem, pseudonymiseret.',
      startsOn: isoDate(daysAgo(-60)),
      endsOn: isoDate(daysAgo(-60 - 365)),
      funding: 'Danmarks Frie Forskningsfond',
    }),
  );
  inReview.step('REVIEW_STARTED', 'IN_REVIEW');
  inReview.assess('RELEVANT', 'Multisygdom er et fokusområde i flere klyngepakker.');

  const awaiting = add(
    research!,
    26,
    content({
      title: 'Spørgeskema om brug af akutfunktioner',
      purpose: 'Forskning',
      description: 'Et kort spørgeskema til praktiserende læger om deres brug af kommunernes akutfunktioner.',
      asks: ['QUESTIONNAIRE'],
      reach: 'REGION',
      regionCode: '1085',
      funding: 'Region Sjællands forskningspulje',
    }),
  );
  awaiting.step('REVIEW_STARTED', 'IN_REVIEW', null, 'region:demo-kvalitetsenhed-1085');
  const askedAt = awaiting.step(
    'INFORMATION_REQUESTED',
    'AWAITING_INFORMATION',
    'Hvor lang tid tager spørgeskemaet at besvare?',
    'region:demo-kvalitetsenhed-1085',
  );
  demo.informationRequests.push({
    inquiryId: awaiting.id,
    question: 'Hvor lang tid tager spørgeskemaet at besvare?',
    askedBy: 'region:demo-kvalitetsenhed-1085',
    askedAt,
  });

  const declined = add(
    pharma!,
    33,
    content({
      title: 'Tilbud om undervisning i inhalationsteknik',
      purpose: 'Undervisning',
      description: 'Vores konsulenter tilbyder undervisning i inhalationsteknik på klyngemøder.',
      asks: ['MEETING_PRESENTATION'],
      reach: 'ALL_CLUSTERS',
      funding: 'Nordisk Demo Pharma A/S',
      commercialInterest: true,
      commercialInterestNote: 'Vi markedsfører inhalatorer.',
    }),
  );
  declined.step('REVIEW_STARTED', 'IN_REVIEW');
  declined.assess('SLIGHTLY_RELEVANT', 'Emnet er relevant, men tilbuddet er knyttet til bestemte produkter.');
  declined.decide('DECLINE', 'Klyngerne tager ikke imod undervisning, der er knyttet til bestemte produkter.');

  const newsletter = add(
    research!,
    19,
    content({
      title: 'Afprøvning af samtaleguide om polyfarmaci',
      purpose: 'Forskning',
      description: 'Vi vil gerne have klynger til at afprøve en samtaleguide til medicingennemgang hos ældre med mange lægemidler.',
      asks: ['MATERIAL_TESTING'],
      reach: 'ALL_CLUSTERS',
      funding: 'Fonden for Almen Praksis',
    }),
  );
  newsletter.step('REVIEW_STARTED', 'IN_REVIEW');
  newsletter.assess('HIGHLY_RELEVANT', 'Polyfarmaci er relevant for alle klynger.');
  newsletter.decide('NEWSLETTER');

  const forwardRegion = '1083';
  const unit = `region:demo-kvalitetsenhed-${forwardRegion}`;
  const forwarded = add(
    lung!,
    30,
    content({
      title: 'Pilotprojekt om tidlig opsporing af KOL',
      purpose: 'Kvalitetsudvikling',
      description: 'Vi søger tre klynger, der vil afprøve en model for tidlig opsporing af KOL med spirometri i praksis.',
      asks: ['PRACTICE_RECRUITMENT'],
      reach: 'REGION',
      regionCode: forwardRegion,
      usesData: true,
      dataDescription: 'Antal spirometrier før og efter projektet.',
      funding: 'Lungeforeningen og Region Syddanmark',
    }),
  );
  forwarded.step('REVIEW_STARTED', 'IN_REVIEW', null, unit);
  forwarded.assess('RELEVANT', 'KOL er et af regionens fokusområder.', unit);
  const forwardedAt = forwarded.decide('FORWARD_TO_CLUSTERS', null, unit, forwardRegion);
  clusters
    .filter((c) => c.regionCode === forwardRegion)
    .slice(0, 3)
    .forEach((cluster, i) => {
      const answer = i === 0 ? 'INTERESTED' : i === 1 ? 'NOT_INTERESTED' : null;
      const answeredAt = answer ? new Date(forwardedAt.getTime() + (i + 1) * DAY) : null;
      demo.inquiryForwards.push({
        inquiryId: forwarded.id,
        clusterId: cluster.id!,
        forwardedAt,
        answer,
        message: answer === 'INTERESTED' ? 'Vi tager gerne emnet op på næste klyngemøde.' : null,
        answeredAt,
        answeredBy: answer ? 'cluster:demo-koordinator' : null,
      });
      if (answer)
        demo.inquiryEvents.push({
          inquiryId: forwarded.id,
          action: 'CLUSTER_ANSWERED',
          actor: 'cluster:demo-koordinator',
          fromStatus: 'DECIDED',
          toStatus: 'DECIDED',
          note: `${cluster.id}: ${answer}`,
          at: answeredAt!,
        });
    });

  const forwardingCluster = clusters.find((c) => c.regionCode === '1084')!;
  // A forwarding cluster names the organisation itself; that record is the cluster's, not the registered party's.
  const heartAsNamed = { id: random.uuid(), ...PARTIES[4], namedByClusterId: forwardingCluster.id! };
  demo.externalParties.push(heartAsNamed);
  add(
    heartAsNamed.id,
    4,
    content({
      title: 'Hjerterehabilitering i almen praksis',
      purpose: 'Samarbejde om patientforløb',
      description: 'Foreningen har skrevet direkte til klyngen og ønsker et samarbejde om hjerterehabilitering.',
      asks: ['MEETING_PRESENTATION'],
      reach: 'REGION',
      regionCode: '1084',
      funding: 'Hjerteforeningen',
    }),
    {
      source: 'CLUSTER_FORWARD',
      forwardedByClusterId: forwardingCluster.id!,
      forwardedTo: 'REGIONAL_UNIT',
      forwardedToRegionCode: '1084',
      forwardNote: 'Klyngen har ikke kapacitet i år; vi sender den videre til kvalitetsenheden.',
    },
  );
  return demo;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
