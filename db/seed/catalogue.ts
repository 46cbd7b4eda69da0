/** KiAP's package catalogue (seeds 000 and 003): real package names, descriptions in brief. */
export interface PackageSeed {
  id: string;
  name: string;
  publisher: 'KIAP' | 'REGIONAL_QUALITY_UNIT';
  municipalPackage: 'ACUTE_FUNCTIONS' | 'PREVENTION_AND_REHABILITATION' | null;
  description: string;
  durationMinutes: number;
  dataSource: string;
  /** The publishing regional unit's region; null for KiAP's packages. */
  regionCode: string | null;
}

export const PACKAGES: PackageSeed[] = [
  {
    id: 'kommunale-akutfunktioner',
    name: "Almen praksis' samarbejde med kommunale akutfunktioner",
    publisher: 'KIAP',
    municipalPackage: 'ACUTE_FUNCTIONS',
    description:
      'Klyngen og kommunen gennemgår kommunens akutfunktioner, henvisningsveje og samarbejdet, med udgangspunkt i lægernes svar på spørgeskemaet.',
    durationMinutes: 150,
    dataSource: 'Spørgeskema til klyngens læger om kendskab til og henvisning til kommunens akutfunktioner',
    regionCode: null,
  },
  {
    id: 'kommunale-forebyggelses-og-rehabiliteringstilbud',
    name: "Almen praksis' samarbejde med kommunale forebyggelses- og rehabiliteringstilbud",
    publisher: 'KIAP',
    municipalPackage: 'PREVENTION_AND_REHABILITATION',
    description: 'Klyngen og kommunen drøfter kommunens forebyggelses- og rehabiliteringstilbud og hvordan lægerne oplever og bruger dem.',
    durationMinutes: 150,
    dataSource: 'Spørgeskema til klyngens læger og kommunens antal henvisninger fra klyngens læger til tilbuddene',
    regionCode: null,
  },
  {
    id: 'kol',
    name: 'KOL',
    publisher: 'KIAP',
    municipalPackage: null,
    description: 'Opfølgning og behandling af patienter med KOL, med klyngens egne data som udgangspunkt.',
    durationMinutes: 150,
    dataSource: 'Datatræk fra praksis om patienter med KOL',
    regionCode: null,
  },
  {
    id: 'type-2-diabetes',
    name: 'Type 2-diabetes',
    publisher: 'KIAP',
    municipalPackage: null,
    description: 'Årskontroller, behandlingsmål og forløb for patienter med type 2-diabetes.',
    durationMinutes: 150,
    dataSource: 'Datatræk fra praksis om patienter med type 2-diabetes',
    regionCode: null,
  },
  {
    id: 'trivsel-og-arbejdsglaede',
    name: 'Trivsel og arbejdsglæde',
    publisher: 'KIAP',
    municipalPackage: null,
    description: 'Viden om trivsel i praksis og konkrete værktøjer til at styrke arbejdsglæden.',
    durationMinutes: 150,
    dataSource: 'Spørgeskema til klyngens læger og personale om trivsel',
    regionCode: null,
  },
  {
    id: 'samarbejde-og-faellesskab',
    name: 'Samarbejde og fællesskab',
    publisher: 'KIAP',
    municipalPackage: null,
    description:
      'Samarbejdet i klinikken og det kollegiale fællesskab blandt lægerne: ledelse af klinikken, struktur for samarbejdet, samarbejdskultur og kollegial støtte i og uden for klinikken. Klyngen drøfter resultaterne af et spørgeskema til medlemmerne og planlægger, hvordan den enkelte klinik arbejder videre.',
    durationMinutes: 150,
    dataSource: 'Spørgeskema til klyngens medlemmer (ti spørgsmål om ledelse, samarbejde og kollegial støtte)',
    regionCode: null,
  },
  {
    id: 'dosisdispensering',
    name: 'Dosisdispensering',
    publisher: 'KIAP',
    municipalPackage: null,
    description: 'Brug af dosisdispensering og medicingennemgang for patienter med mange præparater.',
    durationMinutes: 150,
    dataSource: 'Datatræk om dosisdispenserede patienter',
    regionCode: null,
  },
  {
    id: 'opfoelgning-smertestillende-medicin',
    name: 'Opfølgningspakke om smertestillende medicin',
    publisher: 'KIAP',
    municipalPackage: null,
    description: 'Nyt datatræk om forbruget af smertestillende medicin, sammenholdt med klyngens første datatræk.',
    durationMinutes: 120,
    dataSource: 'Nyt datatræk sammenlignet med det første',
    regionCode: null,
  },
  {
    id: 'regional-multisygdom',
    name: 'Regional klyngepakke: Patienter med multisygdom',
    publisher: 'REGIONAL_QUALITY_UNIT',
    municipalPackage: null,
    description: 'Regionens pakke om koordinering af forløb for patienter med flere kroniske sygdomme.',
    durationMinutes: 150,
    dataSource: 'Datatræk fra regionens kvalitetsenhed',
    regionCode: '1082',
  },
];
