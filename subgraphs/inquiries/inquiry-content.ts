import { createHash } from 'node:crypto';
import type { SubmitInquiryInput } from './__generated__/schema-types.js';
import { InputProblems } from '../../platform/validation.js';
import type { inquiries } from './tables.js';

/** The columns an inquiry's content fills, validated and normalised. */
export type InquiryContent = Pick<
  typeof inquiries.$inferInsert,
  | 'title'
  | 'purpose'
  | 'description'
  | 'asks'
  | 'reach'
  | 'reachRegionCode'
  | 'reachMunicipalityCodes'
  | 'usesData'
  | 'dataDescription'
  | 'startsOn'
  | 'endsOn'
  | 'funding'
  | 'commercialInterest'
  | 'commercialInterestNote'
> & { contentHash: string };

const REGION_CODE = /^108[1-5]$/;
const MUNICIPALITY_CODE = /^[1-8][0-9]{2}$/;
const MAX_MUNICIPALITIES = 98;

const optional = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/**
 * Checks an inquiry's content and returns it normalised, with a hash of it: the same
 * content from the same party, however spaced or cased, is the same inquiry.
 */
export function inquiryContent(input: SubmitInquiryInput, problems: InputProblems, prefix = ''): InquiryContent {
  const at = (field: string) => `${prefix}${field}`;
  problems.text(at('title'), input.title, { max: 200 });
  problems.text(at('purpose'), input.purpose, { max: 1000 });
  problems.text(at('description'), input.description, { max: 8000 });
  problems.text(at('funding'), input.funding, { max: 1000 });
  const asks = [...new Set(input.asks)].sort();
  if (asks.length === 0) problems.add(at('asks'), 'must name at least one thing asked of the clusters');

  const municipalityCodes = [...new Set(input.municipalityCodes ?? [])].sort();
  if (input.reach === 'REGION') {
    if (!input.regionCode || !REGION_CODE.test(input.regionCode)) problems.add(at('regionCode'), 'must be a region code, 1081–1085');
  } else if (input.regionCode) problems.add(at('regionCode'), 'is only for the reach REGION');
  if (input.reach === 'MUNICIPALITIES') {
    if (municipalityCodes.length < 1 || municipalityCodes.length > MAX_MUNICIPALITIES)
      problems.add(at('municipalityCodes'), `must name 1 to ${MAX_MUNICIPALITIES} municipalities`);
    if (municipalityCodes.some((code) => !MUNICIPALITY_CODE.test(code)))
      problems.add(at('municipalityCodes'), 'must hold three-digit municipality codes');
  } else if (municipalityCodes.length > 0) problems.add(at('municipalityCodes'), 'is only for the reach MUNICIPALITIES');

  if (input.usesData) problems.text(at('dataDescription'), input.dataDescription, { max: 2000 });
  else if (optional(input.dataDescription)) problems.add(at('dataDescription'), 'is only for work that uses data');
  if (input.commercialInterest) problems.text(at('commercialInterestNote'), input.commercialInterestNote, { max: 2000 });
  else problems.text(at('commercialInterestNote'), input.commercialInterestNote, { min: 0, max: 2000 });
  problems.date(at('startsOn'), input.startsOn);
  problems.date(at('endsOn'), input.endsOn);
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) problems.add(at('endsOn'), 'must not be before startsOn');

  const content = {
    title: input.title.trim(),
    purpose: input.purpose.trim(),
    description: input.description.trim(),
    asks,
    reach: input.reach,
    reachRegionCode: input.reach === 'REGION' ? (input.regionCode ?? null) : null,
    reachMunicipalityCodes: input.reach === 'MUNICIPALITIES' ? municipalityCodes : [],
    usesData: input.usesData,
    dataDescription: input.usesData ? optional(input.dataDescription) : null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    funding: input.funding.trim(),
    commercialInterest: input.commercialInterest,
    commercialInterestNote: optional(input.commercialInterestNote),
  };
  return { ...content, contentHash: hashOf(content) };
}

function hashOf(content: Record<string, unknown>): string {
  const canonical = JSON.stringify(content, (_, value: unknown) =>
    typeof value === 'string' ? value.replace(/\s+/g, ' ').toLocaleLowerCase('da-DK') : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}
