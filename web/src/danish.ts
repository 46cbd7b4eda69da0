/** Danish formats and words for what the API returns in English codes. */

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const dateTimeFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});
const monthFormat = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('da-DK');

/** "3. marts 2026" for a Date ("2026-03-03") or a DateTime. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '—';
}

/** "marts 2026" for "2026-03". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

export function formatNumber(value: number | null | undefined): string {
  return value == null ? '—' : numberFormat.format(value);
}

export const LABELS = {
  bookingStatus: { REQUESTED: 'Afventer klyngen', CONFIRMED: 'Bekræftet', DECLINED: 'Afslået', CANCELLED: 'Aflyst', HELD: 'Afholdt' },
  municipalPackage: { ACUTE_FUNCTIONS: 'Akutfunktioner', PREVENTION_AND_REHABILITATION: 'Forebyggelse og rehabilitering' },
  municipalOfferKind: { ACUTE_FUNCTION: 'Akutfunktion', PREVENTION_AND_REHABILITATION: 'Forebyggelse og rehabilitering' },
  regionalOfferKind: {
    DATA_EXTRACT: 'Datatræk',
    MEETING_FACILITATION: 'Facilitering af klyngemøde',
    REGIONAL_CLUSTER_PACKAGE: 'Regional klyngepakke',
    PRACTICE_FOLLOW_UP_VISIT: 'Praksisbesøg (opfølgning)',
    COURSE_OR_THEME_DAY: 'Kursus eller temadag',
    OTHER: 'Andet',
  },
  regionalOfferStatus: { DRAFT: 'Kladde', PUBLISHED: 'Offentliggjort', ARCHIVED: 'Arkiveret' },
  audience: { ALL_CLUSTERS_IN_REGION: 'Alle klynger i regionen', NAMED_CLUSTERS: 'Udvalgte klynger' },
  offerRequestStatus: { REQUESTED: 'Afventer svar', ACCEPTED: 'Accepteret', DECLINED: 'Afslået' },
  inquiryStatus: { RECEIVED: 'Modtaget', IN_REVIEW: 'Under vurdering', AWAITING_INFORMATION: 'Afventer oplysninger', DECIDED: 'Afgjort' },
  inquiryAsk: {
    PRACTICE_RECRUITMENT: 'Rekruttering af praksis',
    MATERIAL_TESTING: 'Afprøvning af materiale',
    MEETING_PRESENTATION: 'Oplæg på klyngemøde',
    QUESTIONNAIRE: 'Spørgeskema',
    OTHER: 'Andet',
  },
  inquiryReach: { ALL_CLUSTERS: 'Alle klynger i landet', REGION: 'Klynger i én region', MUNICIPALITIES: 'Klynger i bestemte kommuner' },
  decision: { NEWSLETTER: 'Med i nyhedsbrevet', FORWARD_TO_CLUSTERS: 'Videresend til udvalgte klynger', DECLINE: 'Afvis' },
  relevance: { NOT_RELEVANT: 'Ikke relevant', SLIGHTLY_RELEVANT: 'Lidt relevant', RELEVANT: 'Relevant', HIGHLY_RELEVANT: 'Meget relevant' },
  dataSuitability: { YES: 'Ja', PARTLY: 'Delvist', NO: 'Nej' },
  commercialInterest: { NONE: 'Ingen', INDIRECT: 'Indirekte', DIRECT: 'Direkte' },
  clusterAnswer: { INTERESTED: 'Interesseret', NOT_INTERESTED: 'Ikke interesseret' },
  officerRole: { COORDINATOR: 'Koordinator', TREASURER: 'Kasserer', SECRETARY: 'Sekretær', BOARD_MEMBER: 'Bestyrelsesmedlem' },
  partyKind: {
    RESEARCH_INSTITUTION: 'Forskningsinstitution',
    PATIENT_ASSOCIATION: 'Patientforening',
    PHARMACEUTICAL_COMPANY: 'Lægemiddelvirksomhed',
    OTHER: 'Anden',
  },
  windowKind: { BEFORE_MEETING: 'Før mødet', AFTER_MEETING: 'Efter mødet', AFTER_FOLLOW_UP: 'Efter opfølgning' },
  contactField: { EMAIL: 'e-mail', PHONE: 'telefon', NAME: 'navn' },
  readerRole: { kiap: 'KiAP', cluster: 'Klyngen' },
  orderStatus: { ORDERED: 'Bestilt', PREPARING: 'Under forberedelse', HELD: 'Afholdt', CLOSED: 'Afsluttet', CANCELLED: 'Aflyst' },
  followUpState: { NOT_YET_DUE: 'ikke aktuel endnu', DUE: 'tid til opfølgning', OVERDUE: 'overskredet', ORDERED: 'bestilt' },
  roundStatus: { SCHEDULED: 'Åbner senere', OPEN: 'Åbent', CLOSED: 'Lukket' },
} as const;

/** The choices of a select for one of the API's enums, in Danish. */
export function optionsOf(kind: keyof typeof LABELS): { value: string; label: string }[] {
  return Object.entries(LABELS[kind]).map(([value, text]) => ({ value, label: text }));
}

export function label<T extends keyof typeof LABELS>(kind: T, value: string | null | undefined): string {
  if (!value) return '—';
  return (LABELS[kind] as Record<string, string>)[value] ?? value;
}

/** Field names the API reports (input paths) as a Danish user reads them. */
const FIELD_NAMES: Record<string, string> = {
  name: 'Navn',
  title: 'Titel',
  description: 'Beskrivelse',
  purpose: 'Formål',
  targetGroup: 'Målgruppe',
  referralProcedure: 'Henvisning',
  contactEmail: 'Kontakt-e-mail',
  contactPhone: 'Kontakttelefon',
  email: 'E-mail',
  phone: 'Telefon',
  reason: 'Begrundelse',
  message: 'Besked',
  reply: 'Svar',
  funding: 'Finansiering',
  dataDescription: 'Beskrivelse af data',
  commercialInterestNote: 'Kommerciel interesse',
  relevanceReason: 'Begrundelse for relevans',
  startsOn: 'Startdato',
  endsOn: 'Slutdato',
  validFrom: 'Gyldig fra',
  validUntil: 'Gyldig til',
  capacity: 'Antal pladser',
  presenter: 'Oplægsholder',
  'presenter.name': 'Oplægsholderens navn',
  'presenter.jobTitle': 'Oplægsholderens stilling',
  talks: 'Oplæg',
  proposedSlots: 'Foreslåede tidspunkter',
  preMeeting: 'Formøde',
  referrals: 'Antal henvisninger',
  month: 'Måned',
  offerId: 'Tilbud',
  clusterId: 'Klynge',
  asks: 'Hvad I beder om',
  municipalityCodes: 'Kommuner',
  regionCode: 'Region',
  question: 'Spørgsmål',
  answer: 'Svar',
  providerNumber: 'Ydernummer',
  row: 'Rækken',
  packageId: 'Klyngepakke',
  wishes: 'Ønsker',
  municipalityCode: 'Kommune',
  consultant: 'Konsulent',
  callHeldOn: 'Samtalens dato',
  callNote: 'Notat fra samtalen',
  questionnaireOpensOn: 'Spørgeskemaet åbner',
  questionnaireClosesOn: 'Spørgeskemaet lukker',
  heldOn: 'Mødedato',
  focusAreas: 'Indsatsområder',
  practiceSteps: 'Klinikkernes næste skridt',
  steps: 'Næste skridt',
  answers: 'Svarene',
  practiceForm: 'Praksisform',
  organisation: 'Organisation',
  role: 'Rolle',
  counts: 'Indberetningen',
};

export function fieldName(path: string): string {
  const plain = path.replace(/\[\d+\]/g, '');
  const index = /\[(\d+)\]/.exec(path);
  const base = FIELD_NAMES[plain] ?? FIELD_NAMES[plain.split('.').pop() ?? ''] ?? plain;
  return index ? `${base} nr. ${Number(index[1]) + 1}` : base;
}

/** The API's reasons (platform/validation.ts and friends) in Danish. */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must not be empty$/, () => 'skal udfyldes'],
  [/^must be at least (\d+) characters$/, (m) => `skal være mindst ${m[1]} tegn`],
  [/^must be at most (\d+) characters$/, (m) => `må højst være ${m[1]} tegn`],
  [/^must not hold control characters$/, () => 'må ikke indeholde kontroltegn'],
  [/^must be between (\S+) and (\S+)$/, (m) => `skal ligge mellem ${m[1]} og ${m[2]}`],
  [/^must be after its start$/, () => 'skal ligge efter starttidspunktet'],
  [/^must be at most (\d+) hours after its start$/, (m) => `må højst ligge ${m[1]} timer efter starten`],
  [/^must be within (\d+) months$/, (m) => `skal ligge inden for ${m[1]} måneder`],
  [/^must be a whole number from (\d+) to (\d+)$/, (m) => `skal være et helt tal fra ${m[1]} til ${formatNumber(Number(m[2]))}`],
  [/^is not an offer of municipality (\d+)$/, () => 'er ikke et af kommunens tilbud'],
  [/^is an acute-function offer/, () => 'er en akutfunktion; henvisningstal indberettes kun for forebyggelses- og rehabiliteringstilbud'],
  [/^is not a cluster covering municipality (\d+)$/, () => 'er ikke en klynge i kommunen'],
  [/^must be a month written YYYY-MM$/, () => 'skal være en måned skrevet ÅÅÅÅ-MM'],
  [/^must be a past or the current month$/, () => 'skal være en tidligere eller den aktuelle måned'],
  [/^must be (\S+) or later/, (m) => `skal være ${m[1]} eller senere`],
  [/^repeats row (\d+)/, (m) => `gentager række ${m[1]} (samme klynge, tilbud og måned)`],
  [/^must be in the future$/, () => 'skal ligge ude i fremtiden'],
  [/^must hold one to three slots$/, () => 'skal være ét til tre tidspunkter'],
  [/^must not repeat a start$/, () => 'må ikke have samme starttidspunkt to gange'],
  [/^must hold one or two talks$/, () => 'skal være ét eller to oplæg'],
  [/^must be 1 to 60$/, () => 'skal være 1 til 60 minutter'],
  [/^must end before the first proposed slot$/, () => 'skal slutte før det første foreslåede tidspunkt'],
  [/^is not one of the proposed slots$/, () => 'er ikke et af de foreslåede tidspunkter'],
  [/^has already begun$/, () => 'er allerede begyndt'],
  [/^must name at least one thing asked of the clusters$/, () => 'skal have mindst ét valg'],
  [/^must be a region code/, () => 'skal vælges'],
  [/^must name 1 to (\d+) (municipalities|clusters)$/, (m) => `skal have 1 til ${m[1]} valgt`],
  [/^must not be before startsOn$/, () => 'må ikke ligge før startdatoen'],
  [/^must be an? /, () => 'er ikke gyldig'],
  [/^the batch is empty$/, () => 'er tom: der er ingen tal at gemme'],
  [/^a batch holds at most (\d+) rows$/, (m) => `må højst have ${formatNumber(Number(m[1]))} rækker`],
  [/^has (\d+) values, expected (\d+)$/, (m) => `har ${m[1]} værdier, men skal have ${m[2]}`],
  [/^the first line must be the header (.+)$/, (m) => `første linje skal være overskriften ${m[1]}`],
  [/^must not be before the first day$/, () => 'må ikke ligge før første dag'],
  [/^must be within (\d+) days of the first day$/, (m) => `skal ligge højst ${m[1]} dage efter første dag`],
  [/^must hold 1 to (\d+) focus areas$/, (m) => `skal være 1 til ${m[1]} indsatsområder`],
  [/^is not one of the cluster's practices$/, () => 'er ikke en af klyngens klinikker'],
  [/^is given twice$/, () => 'er angivet to gange'],
  [/^must name the municipality invited to present$/, () => 'skal angive den kommune, der inviteres'],
  [/^must be left out for this package$/, () => 'bruges ikke til denne pakke'],
  [/^is another region's package$/, () => 'er en anden regions pakke'],
  [/^is not in the catalogue$/, () => 'findes ikke i kataloget'],
  [/^the package has no questionnaire to send$/, () => 'pakken har intet spørgeskema'],
  [/^must be given together with/, () => 'skal udfyldes sammen med første dag'],
  [/^must be given when the cluster keeps no register$/, () => 'skal vælges'],
  [/^lacks an answer to/, () => 'mangler svar på et eller flere spørgsmål'],
  [/^is not asked of solo practices/, () => 'stilles ikke til sololæger'],
  [/^answers the same question twice$/, () => 'besvarer det samme spørgsmål to gange'],
  [/^must be 0 to (\d+)$/, () => 'er ikke et af svarmulighederne'],
];

export function reasonInDanish(reason: string): string {
  for (const [pattern, render] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return render(match);
  }
  return 'er ikke gyldig';
}

/** What a user reads for an error code when no field explains it better. */
export const CODE_MESSAGES: Record<string, string> = {
  BAD_USER_INPUT: 'Nogle oplysninger er ikke gyldige. Ret de markerede felter.',
  UNAUTHENTICATED: 'Du er ikke logget ind længere. Log ind igen.',
  FORBIDDEN: 'Det har du ikke adgang til.',
  NOT_FOUND: 'Det findes ikke (længere), eller du har ikke adgang til det.',
  CONFLICT: 'Nogen har ændret det samme imens. Genindlæs og prøv igen.',
  INVALID_TRANSITION: 'Det kan ikke lade sig gøre i den nuværende status. Genindlæs siden.',
  CAPACITY_REACHED: 'Der er ikke flere pladser på tilbuddet.',
  LIMIT_REACHED: 'Grænsen for i dag er nået. Prøv igen i morgen.',
  RATE_LIMITED: 'Du har sendt mange forespørgsler på kort tid. Vent et øjeblik og prøv igen.',
  QUERY_TOO_COMPLEX: 'Forespørgslen er for stor.',
  RESPONSE_TOO_LARGE: 'Svaret er for stort.',
  SUBGRAPH_UNAVAILABLE: 'En del af hubben svarer ikke lige nu. Prøv igen om lidt.',
  NETWORK: 'Hubben kunne ikke nås. Tjek forbindelsen og prøv igen.',
};

export function messageForCode(code: string | undefined): string {
  return (code && CODE_MESSAGES[code]) ?? 'Noget gik galt. Prøv igen, og kontakt KiAP hvis det bliver ved.';
}

/**
 * The console's screens that show officers' and members' contact details, by the name of
 * the operation they ask with, which the record of contact reads keeps. A read under any
 * other name came from another client of the API (`test/unit/contact-screens.test.ts`
 * fails when a console operation that reads contact details is missing here).
 */
export const CONTACT_SCREENS: Record<string, string> = {
  ConsoleClusterContacts: 'Klyngernes kontakter (KiAP)',
  ConsoleClusterDashboard: 'Overblik',
  ConsoleClusterRegister: 'Klyngens register',
  ConsoleAddMember: 'Klyngens register: tilføj medlem',
};

/** Where a recorded read of contact details was made, in the words of the console's menu. */
export function screenOf(operationName: string | null | undefined): string {
  if (!operationName) return 'Via API';
  return CONTACT_SCREENS[operationName] ?? `Via API (${operationName})`;
}
