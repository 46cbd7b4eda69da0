import type { Question } from '../../subgraphs/clusters/questionnaire-model.js';

/** KiAP's questionnaires for the packages that start from one (seeds 000 and 003). */
const DEGREE = ['I meget høj grad', 'I høj grad', 'I nogen grad', 'I mindre grad', 'Slet ikke'];
const FREQUENCY = ['Ugentligt', 'Månedligt', 'Kvartalsvis', 'Sjældnere', 'Aldrig'];
const AGREEMENT = ['Helt enig', 'Overvejende enig', 'Hverken enig eller uenig', 'Overvejende uenig', 'Helt uenig'];
const KNOWLEDGE = ['Kender godt', 'Kender lidt', 'Kender ikke'];

const items = (...texts: string[]) => texts.map((text, i) => ({ id: `u${i + 1}`, text }));
const question = (
  id: string,
  text: string,
  options: string[],
  statements: { id: string; text: string }[] = [],
  skippedBySolo = false,
): Question => ({
  id,
  text,
  options,
  statements,
  skippedBySolo,
});

/** "Samarbejde og fællesskab", questions 1–10 (seed 003, "Faglige anbefalinger og målepunkter"). Solo practices skip 4–6. */
const SAMARBEJDE: Question[] = [
  question(
    'q1',
    'Som klinikkens leder(e) gør jeg/vi en indsats løbende for at få alle medarbejdere til at arbejde sammen om de indsatsområder, vi har besluttet, og om de resultater, vi som klinik ønsker at opnå?',
    DEGREE,
  ),
  question(
    'q2',
    'I hvilken grad arbejder vi med følgende opgaver i klinikledelsen?',
    DEGREE,
    items('Strategisk ledelse', 'Driftsledelse', 'Personaleledelse', 'Faglig ledelse'),
  ),
  question('q3', 'I hvilken grad forholder I jer til personlige forhold, samarbejde og trivsel i lederteamet?', DEGREE),
  question(
    'q4',
    'Hvor ofte afholder I følgende lægemøder?',
    FREQUENCY,
    items('Kortere lægemøder (op til halvanden times varighed)', 'Længere lægemøder (længere end halvanden time)'),
    true,
  ),
  question(
    'q5',
    'Hvor ofte afholder I følgende møder og sociale arrangementer for alle i klinikken?',
    FREQUENCY,
    items(
      'Korte møder af orienterende karakter',
      'Undervisning',
      'Supervision af personale',
      'Supervision af uddannelseslæger',
      'Personalemøder',
      'Sociale arrangementer',
    ),
    true,
  ),
  question(
    'q6',
    'I hvilket omfang har I planlagt fælles pauser?',
    DEGREE,
    items('Formiddagspauser', 'Frokostpauser', 'Eftermiddagspauser'),
    true,
  ),
  question(
    'q7',
    'Når du tænker på samarbejdet med dine lægekolleger og med praksispersonalet, hvor enig er du så i følgende udsagn? I vores praksis …',
    AGREEMENT,
    items(
      'Har vi fokus på trivsel',
      'Hjælper vi hinanden',
      'Er vi gode til at tale om svære emner og løse problemer sammen',
      'Prøver vi at lære af vores fejl',
      'Roser og anerkender vi hinanden',
      'Har vi en god tone',
      'Fylder brok meget lidt',
      'Giver vi brugbar feedback til kolleger',
    ),
  ),
  question(
    'q8',
    'I hvor høj grad oplever du at få den støtte, du kunne ønske dig, fra dine lægekolleger i og/eller uden for klinikken?',
    DEGREE,
  ),
  question('q9', 'I hvor høj grad er du opmærksom på at støtte dine lægekolleger i og/eller uden for klinikken?', DEGREE),
  question(
    'q10',
    'I hvor høj grad oplever du betydningsfuld kollegial støtte ved følgende aktiviteter?',
    DEGREE,
    items('Lægekurser', 'DGE-gruppe', 'Supervisionsgruppe', 'Klyngemøder'),
  ),
];

/** The acute-functions package: knowledge of and experience with referring to the municipality's acute functions (seed 000). */
const AKUTFUNKTIONER: Question[] = [
  question('a1', 'Hvor godt kender du kommunens akutfunktion og hvad den kan tilbyde?', [
    'Meget godt',
    'Godt',
    'Nogenlunde',
    'Dårligt',
    'Slet ikke',
  ]),
  question('a2', 'Hvor mange gange har du henvist en patient til kommunens akutfunktion det seneste halve år?', [
    'Aldrig',
    '1–2 gange',
    '3–5 gange',
    'Mere end 5 gange',
  ]),
  question(
    'a3',
    'Hvor enig er du i følgende udsagn om samarbejdet med akutfunktionen?',
    AGREEMENT,
    items(
      'Det er let at henvise',
      'Jeg får besked om patientens forløb',
      'Akutfunktionen kan løse de opgaver, jeg har brug for',
      'Jeg ved, hvem jeg skal kontakte',
    ),
  ),
];

/** The prevention and rehabilitation package: knowledge and use of the offers, and how they are experienced (seed 000). */
const FOREBYGGELSE: Question[] = [
  question(
    'f1',
    'Hvor godt kender du kommunens forebyggelses- og rehabiliteringstilbud?',
    KNOWLEDGE,
    items('Rygestop', 'Forløb for borgere med type 2-diabetes', 'KOL-rehabilitering', 'Hjerterehabilitering', 'Vægt og livsstil'),
  ),
  question('f2', 'Hvor ofte henviser du patienter til kommunens tilbud?', ['Ugentligt', 'Månedligt', 'Sjældnere', 'Aldrig']),
  question(
    'f3',
    'Hvor enig er du i følgende udsagn om kommunens tilbud?',
    AGREEMENT,
    items('Patienterne får gavn af tilbuddene', 'Det er let at henvise', 'Jeg får tilbagemelding, når et forløb er afsluttet'),
  ),
];

export const QUESTIONNAIRE_TEMPLATES: { packageId: string; questions: Question[] }[] = [
  { packageId: 'samarbejde-og-faellesskab', questions: SAMARBEJDE },
  { packageId: 'kommunale-akutfunktioner', questions: AKUTFUNKTIONER },
  { packageId: 'kommunale-forebyggelses-og-rehabiliteringstilbud', questions: FOREBYGGELSE },
];
