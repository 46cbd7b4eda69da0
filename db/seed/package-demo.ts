import type { packageBookings } from '../../subgraphs/municipalities/tables.js';
import type { offerAudienceClusters, offerRequests, regionalOffers } from '../../subgraphs/offers/tables.js';
import type {
  members,
  officers,
  orderParticipants,
  packageOrders,
  practices,
  practiceSteps,
  questionnaireRespondents,
  questionnaireResponses,
  questionnaireRounds,
  questionnaireTemplates,
} from '../../subgraphs/clusters/tables.js';
import { answerSlots, practiceFormOf, type PracticeForm, type Question } from '../../subgraphs/clusters/questionnaire-model.js';
import { QUESTIONNAIRE_TEMPLATES } from './questionnaire-templates.js';
import { Random } from './random.js';

export interface PackageDemo {
  questionnaireTemplates: (typeof questionnaireTemplates.$inferInsert)[];
  packageOrders: (typeof packageOrders.$inferInsert)[];
  orderParticipants: (typeof orderParticipants.$inferInsert)[];
  practiceSteps: (typeof practiceSteps.$inferInsert)[];
  questionnaireRounds: (typeof questionnaireRounds.$inferInsert)[];
  questionnaireRespondents: (typeof questionnaireRespondents.$inferInsert)[];
  questionnaireResponses: (typeof questionnaireResponses.$inferInsert)[];
}

const DAY = 86_400_000;
/** The demo municipality: its consultant is a demo user, and its first cluster carries the scripted package story. */
export const AARHUS = '751';
const CONSULTANTS = ['Lene Kjær, KiAP', 'Ole Damgaard, KiAP', 'Sofie Winther, KiAP'];
const FOCUS_AREAS = [
  'Faste korte lægemøder hver uge',
  'Fælles frokostpause mindst tre dage om ugen',
  'Ros og anerkendelse på personalemøderne',
  'Kendskab til akutfunktionens visitation i hele klinikken',
  'Henvisning til rygestop ved alle KOL-kontroller',
];

/**
 * Package orders at every stage, with answered rounds: the Aarhus demo cluster (whose
 * coordinator, board member and GP can log in) holds a held package with its follow-up due
 * and a municipal package whose questionnaire is open; other clusters hold the rest.
 * Demo answers are stored under random keys: the seed does not hold the hub's secret, and
 * these answers are never changed.
 */
export function buildPackageDemo(
  data: {
    clusters: { id?: string; name: string; regionCode: string }[];
    clusterCoverage: { clusterId: string; municipalityCode: string }[];
    practices: (typeof practices.$inferInsert)[];
    officers: (typeof officers.$inferInsert)[];
    members: (typeof members.$inferInsert)[];
    packageBookings: (typeof packageBookings.$inferInsert)[];
    regionalOffers: (typeof regionalOffers.$inferInsert)[];
    offerRequests: (typeof offerRequests.$inferInsert)[];
    offerAudienceClusters: (typeof offerAudienceClusters.$inferInsert)[];
  },
  today: Date,
): PackageDemo {
  const random = new Random(2029);
  const demo: PackageDemo = {
    questionnaireTemplates: QUESTIONNAIRE_TEMPLATES.map(({ packageId, questions }) => ({ packageId, questions })),
    packageOrders: [],
    orderParticipants: [],
    practiceSteps: [],
    questionnaireRounds: [],
    questionnaireRespondents: [],
    questionnaireResponses: [],
  };
  const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offset * DAY);
  const iso = (offset: number) => day(offset).toISOString().slice(0, 10);
  const templateOf = (packageId: string) => QUESTIONNAIRE_TEMPLATES.find((t) => t.packageId === packageId)!.questions;
  const municipalityOf = (clusterId: string) => data.clusterCoverage.find((c) => c.clusterId === clusterId)!.municipalityCode;

  function order(clusterId: string, packageId: string, values: Partial<typeof packageOrders.$inferInsert> & { orderedDaysAgo: number }) {
    const { orderedDaysAgo, ...rest } = values;
    const row = {
      id: random.uuid(),
      clusterId,
      packageId,
      orderedAt: day(-orderedDaysAgo),
      orderedBy: 'cluster coordinator',
      status: 'ORDERED' as const,
      municipalityCode: packageId.startsWith('kommunale-') ? municipalityOf(clusterId) : null,
      ...rest,
    };
    demo.packageOrders.push(row);
    return row;
  }

  /** A round answered by `share` of the cluster's members, except those left out (the demo logins of an open round). */
  function round(
    orderRow: { id: string; clusterId: string; packageId: string },
    purpose: 'BEFORE_MEETING' | 'FOLLOW_UP',
    window: { opens: number; closes: number; closed: boolean },
    share: number,
    leaveOut: Set<string> = new Set(),
  ) {
    const questions = templateOf(orderRow.packageId);
    const id = random.uuid();
    demo.questionnaireRounds.push({
      id,
      clusterId: orderRow.clusterId,
      orderId: orderRow.id,
      purpose,
      title: purpose === 'FOLLOW_UP' ? `${titleOf(orderRow.packageId)} — opfølgning` : titleOf(orderRow.packageId),
      questions,
      opensOn: iso(window.opens),
      closesOn: iso(window.closes),
      closedAt: window.closed ? day(window.closes) : null,
      createdBy: 'KiAP',
    });
    const forms = new Map(data.practices.map((p) => [p.providerNumber, practiceFormOf(p.doctorCount)] as const));
    for (const member of data.members.filter((m) => m.clusterId === orderRow.clusterId && !leaveOut.has(m.email))) {
      if (!random.chance(share)) continue;
      const form = forms.get(member.providerNumber) ?? 'SHARED';
      demo.questionnaireRespondents.push({ roundId: id, respondent: `member:${member.id}` });
      demo.questionnaireResponses.push({
        responseKey: random.uuid(),
        roundId: id,
        practiceForm: form,
        answers: answersFor(questions, form, purpose),
      });
    }
    return id;
  }

  /** Answers lean positive, a little more so at the follow-up. */
  function answersFor(questions: Question[], form: PracticeForm, purpose: string): Record<string, number> {
    const answers: Record<string, number> = {};
    for (const slot of answerSlots(questions, form)) {
      const last = slot.question.options.length - 1;
      const lean = purpose === 'FOLLOW_UP' ? 0.8 : 1.3;
      answers[slot.key] = Math.min(last, Math.max(0, Math.round(random.normal(lean, 1))));
    }
    return answers;
  }

  const titles = new Map([
    ['samarbejde-og-faellesskab', 'Samarbejde og fællesskab'],
    ['kommunale-akutfunktioner', "Almen praksis' samarbejde med kommunale akutfunktioner"],
    ['kommunale-forebyggelses-og-rehabiliteringstilbud', "Almen praksis' samarbejde med kommunale forebyggelses- og rehabiliteringstilbud"],
  ]);
  const titleOf = (packageId: string) => titles.get(packageId)!;

  const aarhus = data.clusters
    .filter((c) => data.clusterCoverage.some((cc) => cc.clusterId === c.id && cc.municipalityCode === AARHUS))
    .sort((a, b) => a.name.localeCompare(b.name))[0]!;
  const logins = new Set(data.officers.filter((o) => o.clusterId === aarhus.id).map((o) => o.email));
  const firstPlainMember = data.members
    .filter((m) => m.clusterId === aarhus.id && !logins.has(m.email))
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (firstPlainMember) logins.add(firstPlainMember.email);

  // The demo cluster: "Samarbejde og fællesskab" held eight months ago (follow-up due) …
  const held = order(aarhus.id!, 'samarbejde-og-faellesskab', {
    orderedDaysAgo: 300,
    status: 'HELD',
    consultant: CONSULTANTS[0]!,
    callHeldOn: iso(-290),
    callNote: 'Klyngen ønsker fokus på lægemøder og fælles pauser. Mødet holdes i klyngens sædvanlige lokale.',
    heldOn: iso(-240),
    focusAreas: FOCUS_AREAS.slice(0, 3),
    wishes: 'Vi vil gerne arbejde med samarbejdet i klinikkerne efter et år med mange vikarer.',
  });
  round(held, 'BEFORE_MEETING', { opens: -280, closes: -260, closed: true }, 0.8);
  for (const practice of data.practices.filter((p) => p.clusterId === aarhus.id).slice(0, 3)) {
    demo.practiceSteps.push({
      orderId: held.id,
      providerNumber: practice.providerNumber,
      steps: random.pick([
        'Kort lægemøde hver tirsdag kl. 8.',
        'Fælles frokost mandag, onsdag og fredag.',
        'Ros og anerkendelse som fast punkt på personalemødet.',
      ]),
    });
  }
  demo.orderParticipants.push({ orderId: held.id, name: 'Heidi Bøgelund', organisation: 'PLO-E', role: 'oplægsholder' });
  // … and the acute-functions package, its questionnaire open now.
  const acute = order(aarhus.id!, 'kommunale-akutfunktioner', {
    orderedDaysAgo: 20,
    status: 'PREPARING',
    consultant: CONSULTANTS[1]!,
    callHeldOn: iso(-14),
    callNote: 'Kommunens akutteam deltager med sygeplejefaglig leder. Formøde aftales med kommunen.',
    wishes: 'Vi oplever, at akutfunktionen er svær at komme i kontakt med om eftermiddagen.',
  });
  round(acute, 'BEFORE_MEETING', { opens: -7, closes: 14, closed: false }, 0.25, logins);
  demo.orderParticipants.push({
    orderId: acute.id,
    name: 'Karen Mølgaard',
    organisation: 'Aarhus Universitetshospital, Akutafdelingen',
    role: 'overlæge',
  });

  // Region Midtjylland's own package, taken by its quality unit.
  const midt = data.clusters.filter((c) => c.regionCode === '1082' && c.id !== aarhus.id);
  const regional = order(midt[midt.length - 1]!.id!, 'regional-multisygdom', {
    orderedDaysAgo: 2,
    status: 'PREPARING',
    consultant: 'Anders Holm, Kvalitetsenheden Region Midtjylland',
    callHeldOn: iso(-1),
  });
  // … and the cluster has asked the unit to facilitate that meeting.
  const facilitation = data.regionalOffers.find(
    (o) => o.regionCode === '1082' && o.kind === 'MEETING_FACILITATION' && o.status === 'PUBLISHED' && o.audience !== 'NAMED_CLUSTERS',
  );
  if (facilitation)
    data.offerRequests.push({
      offerId: facilitation.id!,
      clusterId: regional.clusterId,
      packageOrderId: regional.id,
      message: 'Vi ønsker facilitering af mødet om multisygdom.',
      requestedBy: 'cluster:demo-coordinator',
    });
  // A held COPD package, its follow-up due, whose practices get the region's follow-up visit (an offer for named clusters only).
  const visits = data.regionalOffers.find((o) => o.regionCode === '1082' && o.audience === 'NAMED_CLUSTERS');
  const visited = data.offerAudienceClusters.find((a) => a.offerId === visits?.id && a.clusterId !== aarhus.id);
  if (visits && visited) {
    const kol = order(visited.clusterId, 'kol', {
      orderedDaysAgo: 260,
      status: 'HELD',
      consultant: CONSULTANTS[0]!,
      heldOn: iso(-200),
      focusAreas: ['Spirometri ved alle årskontroller'],
    });
    data.offerRequests.push({
      offerId: visits.id!,
      clusterId: kol.clusterId,
      packageOrderId: kol.id,
      message: 'Besøg i praksis som opfølgning på KOL-mødet.',
      requestedBy: 'cluster:demo-coordinator',
    });
  }
  order(midt[midt.length - 2]!.id!, 'regional-multisygdom', {
    orderedDaysAgo: 260,
    status: 'HELD',
    consultant: 'Anders Holm, Kvalitetsenheden Region Midtjylland',
    callHeldOn: iso(-250),
    heldOn: iso(-210),
    focusAreas: ['Fælles plan for patienter med tre eller flere kroniske sygdomme'],
  });

  // Every municipal meeting held is a package held: it has its order (seed 000), taken by KiAP.
  for (const booking of data.packageBookings.filter((b) => b.status === 'HELD' && b.clusterId !== aarhus.id)) {
    const heldOn = booking.confirmedStartsAt!.toISOString().slice(0, 10);
    const row = order(
      booking.clusterId,
      booking.package === 'ACUTE_FUNCTIONS' ? 'kommunale-akutfunktioner' : 'kommunale-forebyggelses-og-rehabiliteringstilbud',
      {
        orderedDaysAgo: Math.round((today.getTime() - booking.requestedAt!.getTime()) / DAY) + 14,
        status: 'HELD',
        municipalityCode: booking.municipalityCode,
        consultant: random.pick(CONSULTANTS),
        heldOn,
        focusAreas: [FOCUS_AREAS[booking.package === 'ACUTE_FUNCTIONS' ? 3 : 4]!],
      },
    );
    booking.orderId = row.id;
  }

  // Other clusters, one stage each.
  const others = data.clusters.filter((c) => c.id !== aarhus.id);
  const pick = (i: number) => others[(i * 13) % others.length]!;
  order(pick(1).id!, 'kol', { orderedDaysAgo: 3, wishes: 'Vi vil gerne sammenligne vores KOL-kontroller.' });
  order(pick(2).id!, 'kommunale-forebyggelses-og-rehabiliteringstilbud', { orderedDaysAgo: 5 });
  const preparing = order(pick(3).id!, 'samarbejde-og-faellesskab', {
    orderedDaysAgo: 30,
    status: 'PREPARING',
    consultant: CONSULTANTS[2]!,
    callHeldOn: iso(-25),
  });
  round(preparing, 'BEFORE_MEETING', { opens: -10, closes: 10, closed: false }, 0.4);
  const recent = order(pick(4).id!, 'kommunale-forebyggelses-og-rehabiliteringstilbud', {
    orderedDaysAgo: 150,
    status: 'HELD',
    consultant: CONSULTANTS[0]!,
    callHeldOn: iso(-140),
    heldOn: iso(-90),
    focusAreas: [FOCUS_AREAS[4]!],
  });
  round(recent, 'BEFORE_MEETING', { opens: -130, closes: -110, closed: true }, 0.7);
  const overdue = order(pick(5).id!, 'samarbejde-og-faellesskab', {
    orderedDaysAgo: 500,
    status: 'HELD',
    consultant: CONSULTANTS[1]!,
    callHeldOn: iso(-490),
    heldOn: iso(-420),
    focusAreas: FOCUS_AREAS.slice(1, 3),
  });
  round(overdue, 'BEFORE_MEETING', { opens: -470, closes: -450, closed: true }, 0.75);
  // A whole cycle: held, followed up with the questionnaire repeated, closed.
  const first = order(pick(6).id!, 'samarbejde-og-faellesskab', {
    orderedDaysAgo: 560,
    status: 'CLOSED',
    consultant: CONSULTANTS[2]!,
    callHeldOn: iso(-550),
    heldOn: iso(-500),
    focusAreas: FOCUS_AREAS.slice(0, 2),
    closedAt: day(-100),
  });
  round(first, 'BEFORE_MEETING', { opens: -530, closes: -510, closed: true }, 0.85);
  const followUp = order(pick(6).id!, 'samarbejde-og-faellesskab', {
    orderedDaysAgo: 200,
    status: 'HELD',
    followUpOf: first.id,
    consultant: CONSULTANTS[2]!,
    heldOn: iso(-120),
    focusAreas: FOCUS_AREAS.slice(0, 2),
  });
  round(followUp, 'FOLLOW_UP', { opens: -160, closes: -140, closed: true }, 0.85);
  order(pick(7).id!, 'type-2-diabetes', {
    orderedDaysAgo: 60,
    status: 'CANCELLED',
    closedAt: day(-40),
    cancellationReason: 'Klyngen har flyttet mødet til efteråret og bestiller igen.',
  });
  return demo;
}
