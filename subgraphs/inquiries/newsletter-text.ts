import type { ExternalPartyRow, InquiryRow } from './store.js';

/**
 * The newsletter section as ready-to-send text, in Danish: what the party asks, never how
 * KiAP assessed it. Clusters answer KiAP, who puts them in touch — no contact details.
 */

const PARTY_KIND: Record<ExternalPartyRow['kind'], string> = {
  RESEARCH_INSTITUTION: 'forskningsinstitution',
  PATIENT_ASSOCIATION: 'patientforening',
  PHARMACEUTICAL_COMPANY: 'lægemiddelvirksomhed',
  OTHER: 'anden organisation',
};

const ASK: Record<InquiryRow['asks'][number], string> = {
  PRACTICE_RECRUITMENT: 'rekruttering af praksis',
  MATERIAL_TESTING: 'afprøvning af materiale',
  MEETING_PRESENTATION: 'oplæg eller drøftelse på et klyngemøde',
  QUESTIONNAIRE: 'besvarelse af spørgeskema',
  OTHER: 'andet (se beskrivelsen)',
};

const HEADING = 'Henvendelser til klyngerne';
const INTRODUCTION =
  'KiAP har vurderet disse henvendelser som relevante for alle klynger. Er jeres klynge interesseret, så svar KiAP — ' +
  'vi sætter jer i forbindelse med afsenderen.';

export interface NewsletterItem {
  inquiry: InquiryRow;
  party: ExternalPartyRow;
}

const danishDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

function facts({ inquiry, party }: NewsletterItem): [string, string][] {
  const period =
    inquiry.startsOn || inquiry.endsOn
      ? `${inquiry.startsOn ? danishDate(inquiry.startsOn) : '…'}–${inquiry.endsOn ? danishDate(inquiry.endsOn) : '…'}`
      : 'ikke angivet';
  return [
    ['Fra', `${party.name} (${PARTY_KIND[party.kind]})`],
    ['Formål', inquiry.purpose],
    ['Det beder de klyngerne om', inquiry.asks.map((ask) => ASK[ask]).join(', ')],
    ['Periode', period],
    ['Brug af data', inquiry.usesData ? `ja: ${inquiry.dataDescription}` : 'nej'],
    ['Finansiering', inquiry.funding],
    ['Kommerciel interesse', inquiry.commercialInterest ? `ja: ${inquiry.commercialInterestNote}` : 'nej'],
  ];
}

function title(number: number | null): string {
  return number === null ? `${HEADING} (udkast)` : `${HEADING} — nyhedsbrev nr. ${number}`;
}

export function plainText(number: number | null, items: NewsletterItem[]): string {
  const lines = [title(number), '', INTRODUCTION, ''];
  if (items.length === 0) lines.push('Ingen nye henvendelser denne gang.');
  items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.inquiry.title}`);
    for (const [label, value] of facts(item)) lines.push(`   ${label}: ${value}`);
    lines.push('', ...item.inquiry.description.split('\n').map((line) => `   ${line}`), '');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function html(number: number | null, items: NewsletterItem[]): string {
  const parts = [`<h2>${escape(title(number))}</h2>`, `<p>${escape(INTRODUCTION)}</p>`];
  if (items.length === 0) parts.push('<p>Ingen nye henvendelser denne gang.</p>');
  for (const item of items) {
    parts.push(
      '<section>',
      `<h3>${escape(item.inquiry.title)}</h3>`,
      '<dl>',
      ...facts(item).map(([label, value]) => `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>`),
      '</dl>',
      ...item.inquiry.description.split(/\n{2,}/).map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`),
      '</section>',
    );
  }
  return `${parts.join('\n')}\n`;
}
