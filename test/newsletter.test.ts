import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import {
  AnswerForwardedInquiryDocument,
  AssessInquiryDocument,
  InquiryAsPartyDocument,
  DecideInquiryDocument,
  MarkNewsletterSentDocument,
  NewsletterDraftDocument,
  NewsletterSectionsDocument,
  StartInquiryReviewDocument,
  SubmitInquiryDocument,
} from './__generated__/operations.js';
import { clusterIn } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
let party: Viewer;
const KIAP: Viewer = { kind: 'kiap', subject: 'lone@kiap.example' };

beforeAll(async () => {
  hub = await startTestHub();
  const [row] = await hub.adminSql<{ id: string }[]>`
    insert into inquiries.external_parties (name, kind) values ('Forskergruppen <Polyfarmaci> & co', 'RESEARCH_INSTITUTION') returning id`;
  party = { kind: 'external', subject: 'forsker', partyId: row!.id };
});
afterAll(() => hub?.close());

/** Submits, assesses (with an internal note) and decides an inquiry; returns its id. */
async function decided(title: string, decision: 'NEWSLETTER' | 'DECLINE'): Promise<string> {
  const submitted = await hub.queryAs(party, SubmitInquiryDocument, {
    input: {
      title,
      purpose: 'Forskning',
      description: 'Første afsnit.\n\nAndet afsnit med <b>fed</b> tekst.',
      asks: ['MATERIAL_TESTING', 'QUESTIONNAIRE'],
      reach: 'ALL_CLUSTERS',
      usesData: true,
      dataDescription: 'Antal medicingennemgange',
      startsOn: '2027-02-01',
      endsOn: '2027-11-30',
      funding: 'Fonden for Almen Praksis',
      commercialInterest: false,
    },
  });
  const inquiryId = submitted.data!.submitInquiry.inquiry.id;
  await hub.queryAs(KIAP, StartInquiryReviewDocument, { input: { inquiryId } });
  await hub.queryAs(KIAP, AssessInquiryDocument, {
    input: {
      inquiryId,
      relevance: 'HIGHLY_RELEVANT',
      relevanceReason: 'Alle klynger',
      dataSuitability: 'YES',
      commercialInterest: 'NONE',
      internalNote: 'HEMMELIG INTERN NOTE',
    },
  });
  const reason = decision === 'DECLINE' ? 'Ikke relevant.' : undefined;
  expect((await hub.queryAs(KIAP, DecideInquiryDocument, { input: { inquiryId, decision, reason } })).errors).toBeUndefined();
  return inquiryId;
}

const draft = async () => (await hub.queryAs(KIAP, NewsletterDraftDocument)).data!.newsletterDraft!;
const markSent = (inquiryIds: string[], viewer: Viewer = KIAP) =>
  hub.queryAs(viewer, MarkNewsletterSentDocument, { input: { inquiryIds } });

describe('the newsletter section', () => {
  it('is for KiAP only', async () => {
    for (const viewer of [party, { kind: 'region', subject: 'r', regionCode: '1081' } as Viewer, { kind: 'anonymous' } as Viewer]) {
      expect(errorCodes(await hub.queryAs(viewer, NewsletterDraftDocument))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await hub.queryAs(viewer, NewsletterSectionsDocument))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await markSent(['00000000-0000-4000-8000-000000000000'], viewer))).toEqual(['FORBIDDEN']);
    }
  });

  it('holds the newsletter decisions since the last one, as data, plain text and HTML — across two sends', async () => {
    // The demo data holds one newsletter decision not yet sent.
    const seeded = (await draft()).inquiries.map((i) => i.id);
    expect(seeded).toHaveLength(1);
    const first = await decided('Samtaleguide om polyfarmaci', 'NEWSLETTER');
    await decided('Afvist henvendelse', 'DECLINE');

    const one = await draft();
    expect(one).toMatchObject({ id: null, number: null });
    expect(one.inquiries.map((i) => i.id)).toEqual([...seeded, first]);
    expect(one.plainText).toContain('Samtaleguide om polyfarmaci');
    expect(one.plainText).toContain('Fra: Forskergruppen <Polyfarmaci> & co (forskningsinstitution)');
    expect(one.plainText).toContain('Det beder de klyngerne om: afprøvning af materiale, besvarelse af spørgeskema');
    expect(one.plainText).toContain('Periode: 1.2.2027–30.11.2027');
    expect(one.plainText).toContain('Andet afsnit med <b>fed</b> tekst.');
    expect(one.html).toContain('<h3>Samtaleguide om polyfarmaci</h3>');
    expect(one.html).toContain('Forskergruppen &lt;Polyfarmaci&gt; &amp; co');
    expect(one.html).toContain('<p>Andet afsnit med &lt;b&gt;fed&lt;/b&gt; tekst.</p>');
    for (const text of [one.plainText, one.html]) {
      expect(text).not.toContain('Afvist henvendelse');
      expect(text).not.toContain('HEMMELIG INTERN NOTE');
      expect(text).not.toMatch(/@|\+45/); // no contact details of anyone
    }

    // A decision made after KiAP read the draft waits for the next section.
    const late = await decided('Sen henvendelse', 'NEWSLETTER');
    const sent = await markSent(one.inquiries.map((i) => i.id));
    expect(sent.errors).toBeUndefined();
    const section = sent.data!.markNewsletterSent.section;
    expect(section).toMatchObject({ number: 1, inquiries: one.inquiries.map((i) => ({ id: i.id })) });
    // Marking it sent again (a retry) returns the same section.
    expect((await markSent(one.inquiries.map((i) => i.id))).data!.markNewsletterSent.section).toEqual(section);

    const two = await draft();
    expect(two.inquiries.map((i) => i.id)).toEqual([late]);
    // Already-sent inquiries cannot go out again with new ones; other decisions cannot go out at all.
    expect(errorCodes(await markSent([first, late]))).toEqual(['CONFLICT']);
    const declined = await decided('Endnu en afvist', 'DECLINE');
    expect(errorCodes(await markSent([declined]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await markSent([]))).toEqual(['BAD_USER_INPUT']);

    const second = (await markSent([late])).data!.markNewsletterSent.section;
    expect(second).toMatchObject({ number: 2, inquiries: [{ id: late }] });
    expect((await draft()).inquiries).toEqual([]);
    expect((await draft()).plainText).toContain('Ingen nye henvendelser denne gang.');

    const sections = (await hub.queryAs(KIAP, NewsletterSectionsDocument)).data!.newsletterSections!;
    expect(sections.map((s) => [s.number, s.inquiries.map((i) => i.id)])).toEqual([
      [2, [late]],
      [1, [...seeded, first]],
    ]);
    expect(sections[0]!.plainText).toContain('nyhedsbrev nr. 2');
  });
});

describe('the newsletter loop', () => {
  it('coordinators and board members read the sent sections and answer "interested" on an item; the party sees the count', async () => {
    const inquiryId = await decided('Nyhedsbrevspunkt om søvn', 'NEWSLETTER');
    const cluster = await clusterIn(hub.adminSql, '751');
    const as = (clusterRole: 'coordinator' | 'board' | 'member'): Viewer => ({
      kind: 'cluster',
      subject: `${clusterRole}@klynge.example`,
      clusterId: cluster.id,
      clusterRole,
      regionCode: cluster.regionCode,
    });
    const answer = (viewer: Viewer) =>
      hub.queryAs(viewer, AnswerForwardedInquiryDocument, {
        input: { inquiryId, answer: 'INTERESTED', message: 'Vi vil gerne høre mere.' },
      });

    // Still in the draft: not sent to anyone, so there is nothing to answer.
    expect(errorCodes(await answer(as('coordinator')))).toEqual(['NOT_FOUND']);
    expect((await hub.queryAs(KIAP, MarkNewsletterSentDocument, { input: { inquiryIds: [inquiryId] } })).errors).toBeUndefined();

    const sections = await hub.queryAs(as('board'), NewsletterSectionsDocument);
    expect(sections.data!.newsletterSections![0]!.inquiries.map((i) => i.id)).toContain(inquiryId);
    expect(await answerShownTo(as('board'), inquiryId)).toBeNull();
    expect(errorCodes(await hub.queryAs(as('member'), NewsletterSectionsDocument))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await answer(as('member')))).toEqual(['FORBIDDEN']);

    const answered = await answer(as('coordinator'));
    expect(answered.data!.answerForwardedInquiry.forward).toMatchObject({ answer: 'INTERESTED', cluster: { id: cluster.id } });
    expect((await answer(as('board'))).errors).toBeUndefined(); // a retry, or the board agreeing, is one answer
    const asParty = await hub.queryAs(party, InquiryAsPartyDocument, { id: inquiryId });
    expect(asParty.data!.inquiry!.interestedClusterCount).toBe(1);

    // The item shows the cluster's answer to its own people only.
    expect(await answerShownTo(as('board'), inquiryId)).toBe('INTERESTED');
    const elsewhere = await clusterIn(hub.adminSql, '101');
    const otherCoordinator: Viewer = {
      kind: 'cluster',
      subject: 'coordinator@anden-klynge.example',
      clusterId: elsewhere.id,
      clusterRole: 'coordinator',
      regionCode: elsewhere.regionCode,
    };
    expect(await answerShownTo(otherCoordinator, inquiryId)).toBeNull();
    expect(await answerShownTo(KIAP, inquiryId)).toBeNull();

    // A year of forwards later, the old item still shows the answer, past any page of forwards.
    await hub.adminSql`
      with copies as (
        insert into inquiries.inquiries
        select (jsonb_populate_record(null::inquiries.inquiries, to_jsonb(i) || jsonb_build_object('id', gen_random_uuid(), 'newsletter_section_id', null, 'content_hash', n::text))).*
        from inquiries.inquiries i, generate_series(1, 250) as n
        where i.id = ${inquiryId}
        returning id
      )
      insert into inquiries.inquiry_forwards (inquiry_id, cluster_id, forwarded_at)
      select id, ${cluster.id}, now() + interval '1 day' from copies`;
    expect(await answerShownTo(as('board'), inquiryId)).toBe('INTERESTED');
  });
});

/** The answer the newsletter shows a viewer on the item of this inquiry. */
async function answerShownTo(viewer: Viewer, inquiryId: string) {
  const sections = await hub.queryAs(viewer, NewsletterSectionsDocument);
  expect(sections.errors).toBeUndefined();
  const items = sections.data!.newsletterSections!.flatMap((section) => section.inquiries);
  return items.find((item) => item.id === inquiryId)!.viewerClusterAnswer;
}
