import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type {
  CommercialInterest,
  ConsoleInquiryQuery,
  DataSuitability,
  InquiryDecisionKind,
  InquiryStatus,
  Relevance,
} from '../__generated__/graphql';
import { formatDate, formatDateTime, label, optionsOf } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { usePage, useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';

const QueueQuery = graphql(`
  query ConsoleInquiryQueue($statuses: [InquiryStatus!], $first: Int!, $after: ID) {
    inquiries(statuses: $statuses, first: $first, after: $after) {
      id
      title
      status
      submittedAt
      source
      party {
        id
        name
        kind
      }
      interestedClusterCount
    }
  }
`);

const InquiryQuery = graphql(`
  query ConsoleInquiry($id: ID!) {
    inquiry(id: $id) {
      id
      title
      purpose
      description
      asks
      status
      reach
      region {
        code
        name
      }
      municipalities {
        code
        name
      }
      usesData
      dataDescription
      startsOn
      endsOn
      funding
      commercialInterest
      commercialInterestNote
      submittedAt
      party {
        id
        name
        kind
      }
      assessment {
        relevance
        relevanceReason
        dataSuitability
        dataSuitabilityNote
        commercialInterest
        internalNote
        assessedAt
      }
      decision {
        kind
        reason
        nextStep
        decidedAt
      }
      forwards {
        cluster {
          id
          name
        }
        forwardedAt
        answer
        message
        answeredAt
      }
      interestedClusterCount
      history {
        action
        actor
        note
        at
      }
    }
    clusters {
      id
      name
      region {
        code
        name
      }
    }
  }
`);

const StartReview = graphql(`
  mutation ConsoleStartInquiryReview($input: StartInquiryReviewInput!) {
    startInquiryReview(input: $input) {
      inquiry {
        id
        status
      }
    }
  }
`);

const AssessInquiry = graphql(`
  mutation ConsoleAssessInquiry($input: AssessInquiryInput!) {
    assessInquiry(input: $input) {
      inquiry {
        id
        status
        assessment {
          relevance
          relevanceReason
          dataSuitability
          dataSuitabilityNote
          commercialInterest
          internalNote
          assessedAt
        }
      }
    }
  }
`);

const RequestInformation = graphql(`
  mutation ConsoleRequestInquiryInformation($input: RequestInquiryInformationInput!) {
    requestInquiryInformation(input: $input) {
      inquiry {
        id
        status
      }
    }
  }
`);

const DecideInquiry = graphql(`
  mutation ConsoleDecideInquiry($input: DecideInquiryInput!) {
    decideInquiry(input: $input) {
      inquiry {
        id
        status
        decision {
          kind
          reason
          nextStep
          decidedAt
        }
      }
    }
  }
`);

const FILTERS: { value: string; label: string; statuses: InquiryStatus[] | null }[] = [
  { value: 'open', label: 'Åbne (modtaget, under vurdering, afventer)', statuses: ['RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION'] },
  { value: 'RECEIVED', label: 'Modtaget', statuses: ['RECEIVED'] },
  { value: 'IN_REVIEW', label: 'Under vurdering', statuses: ['IN_REVIEW'] },
  { value: 'AWAITING_INFORMATION', label: 'Afventer oplysninger', statuses: ['AWAITING_INFORMATION'] },
  { value: 'DECIDED', label: 'Afgjort', statuses: ['DECIDED'] },
  { value: 'all', label: 'Alle', statuses: null },
];

/** KiAP's triage queue: filter by state, open one, assess it, decide, and follow the clusters' answers. */
export function KiapInquiries() {
  const [filter, setFilter] = useState('open');
  const statuses = FILTERS.find((f) => f.value === filter)?.statuses ?? null;
  const paging = useServerPage(12, filter);
  const [result] = useQuery({ query: QueueQuery, variables: { statuses, ...paging.variables } });
  const inquiries = result.data?.inquiries ?? [];
  const { page, pager } = paging.pageOf(inquiries);
  const [openId, setOpenId] = useState<string>();
  return (
    <div className="split">
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Kø</h2>
        <SelectField label="Vis" value={filter} onChange={(e) => setFilter(e.target.value)} options={FILTERS} />
        <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
          {inquiries.length === 0 && <Empty>Ingen henvendelser i denne status.</Empty>}
          <ul className="queue">
            {page.map((inquiry) => (
              <li key={inquiry.id}>
                <button type="button" aria-pressed={openId === inquiry.id} onClick={() => setOpenId(inquiry.id)}>
                  <strong>{inquiry.title}</strong>
                  <span>
                    {inquiry.party.name} · {label('inquiryStatus', inquiry.status)} · {formatDate(inquiry.submittedAt)}
                    {inquiry.interestedClusterCount ? ` · ${inquiry.interestedClusterCount} interesserede klynger` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {pager}
        </QueryState>
      </section>
      <section aria-label="Henvendelse">
        {openId ? <InquiryDetail key={openId} id={openId} /> : <Empty>Vælg en henvendelse i køen.</Empty>}
      </section>
    </div>
  );
}

type Inquiry = NonNullable<ConsoleInquiryQuery['inquiry']>;

function InquiryDetail({ id }: { id: string }) {
  const [result] = useQuery({ query: InquiryQuery, variables: { id } });
  const inquiry = result.data?.inquiry;
  const start = useAction(StartReview);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(inquiry)}>
      {inquiry && (
        <article className="card detail">
          <header>
            <h2>{inquiry.title}</h2>
            <span className="badge">{label('inquiryStatus', inquiry.status)}</span>
          </header>
          <dl className="facts">
            <dt>Fra</dt>
            <dd>
              {inquiry.party.name} ({label('partyKind', inquiry.party.kind)})
            </dd>
            <dt>Formål</dt>
            <dd>{inquiry.purpose}</dd>
            <dt>Beder om</dt>
            <dd>{inquiry.asks.map((ask) => label('inquiryAsk', ask)).join(', ')}</dd>
            <dt>Rækkevidde</dt>
            <dd>
              {label('inquiryReach', inquiry.reach)}
              {inquiry.region && `: ${inquiry.region.name}`}
              {inquiry.municipalities.length > 0 && `: ${inquiry.municipalities.map((m) => m.name).join(', ')}`}
            </dd>
            <dt>Periode</dt>
            <dd>
              {inquiry.startsOn || inquiry.endsOn ? `${formatDate(inquiry.startsOn)} – ${formatDate(inquiry.endsOn)}` : 'Ikke oplyst'}
            </dd>
            <dt>Data</dt>
            <dd>{inquiry.usesData ? inquiry.dataDescription : 'Bruger ikke data'}</dd>
            <dt>Finansiering</dt>
            <dd>{inquiry.funding}</dd>
            <dt>Kommerciel interesse</dt>
            <dd>{inquiry.commercialInterest ? inquiry.commercialInterestNote : 'Nej'}</dd>
            <dt>Modtaget</dt>
            <dd>{formatDateTime(inquiry.submittedAt)}</dd>
          </dl>
          <p>{inquiry.description}</p>
          {inquiry.status === 'RECEIVED' && (
            <>
              <button type="button" className="primary" onClick={() => void start.run({ input: { inquiryId: inquiry.id } })}>
                Start vurdering
              </button>
              <FormMessage error={start.error?.message} />
            </>
          )}
          {(inquiry.status === 'IN_REVIEW' || inquiry.status === 'AWAITING_INFORMATION') && <AssessForm inquiry={inquiry} />}
          {inquiry.status === 'IN_REVIEW' && <AskForm inquiryId={inquiry.id} />}
          {inquiry.status === 'IN_REVIEW' && inquiry.assessment && <DecideForm inquiry={inquiry} clusters={result.data?.clusters ?? []} />}
          {inquiry.decision && (
            <section aria-labelledby="decision-heading">
              <h3 id="decision-heading">Afgørelse</h3>
              <p>
                {label('decision', inquiry.decision.kind)} ({formatDateTime(inquiry.decision.decidedAt)})
                {inquiry.decision.reason && `: ${inquiry.decision.reason}`}
              </p>
            </section>
          )}
          {inquiry.forwards && inquiry.forwards.length > 0 && (
            <section aria-labelledby="forwards-heading">
              <h3 id="forwards-heading">
                Klyngernes svar: {inquiry.interestedClusterCount ?? 0} interesserede af {inquiry.forwards.length}
              </h3>
              <ul className="plain-list">
                {inquiry.forwards.map((forward) => (
                  <li key={forward.cluster.id}>
                    {forward.cluster.name}: {forward.answer ? label('clusterAnswer', forward.answer) : 'Har ikke svaret endnu'}
                    {forward.message && ` — "${forward.message}"`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {inquiry.history && (
            <details>
              <summary>Historik ({inquiry.history.length})</summary>
              <ol>
                {inquiry.history.map((event, index) => (
                  <li key={index}>
                    {formatDateTime(event.at)} · {event.actor} · {event.action.toLowerCase().replace(/_/g, ' ')}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </article>
      )}
    </QueryState>
  );
}

/** KiAP asks the party for what is missing; the inquiry waits for the answer. */
function AskForm({ inquiryId }: { inquiryId: string }) {
  const ask = useAction(RequestInformation);
  const [question, setQuestion] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await ask.run({ input: { inquiryId, question } }, 'Spørgsmålet er sendt til afsenderen.');
  };
  return (
    <details>
      <summary>Bed afsenderen om flere oplysninger</summary>
      <form onSubmit={submit} noValidate aria-label="Bed om flere oplysninger">
        <TextArea label="Spørgsmål" value={question} onChange={(e) => setQuestion(e.target.value)} error={ask.error?.fields.question} />
        <SubmitButton busy={ask.busy}>Send spørgsmål</SubmitButton>
        <FormMessage error={ask.error?.message} success={ask.done} />
      </form>
    </details>
  );
}

function AssessForm({ inquiry }: { inquiry: Inquiry }) {
  const assess = useAction(AssessInquiry);
  const before = inquiry.assessment;
  const [relevance, setRelevance] = useState<Relevance>(before?.relevance ?? 'RELEVANT');
  const [relevanceReason, setRelevanceReason] = useState(before?.relevanceReason ?? '');
  const [dataSuitability, setDataSuitability] = useState<DataSuitability>(before?.dataSuitability ?? 'YES');
  const [dataSuitabilityNote, setDataSuitabilityNote] = useState(before?.dataSuitabilityNote ?? '');
  const [commercialInterest, setCommercialInterest] = useState<CommercialInterest>(before?.commercialInterest ?? 'NONE');
  const [internalNote, setInternalNote] = useState(before?.internalNote ?? '');
  const fields = assess.error?.fields ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await assess.run(
      {
        input: {
          inquiryId: inquiry.id,
          relevance,
          relevanceReason,
          dataSuitability,
          dataSuitabilityNote,
          commercialInterest,
          internalNote,
        },
      },
      'Vurderingen er gemt.',
    );
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Vurdering">
      <h3>Vurdering</h3>
      <SelectField
        label="Relevans"
        value={relevance}
        onChange={(e) => setRelevance(e.target.value as Relevance)}
        options={optionsOf('relevance')}
      />
      <TextArea
        label="Begrundelse for relevans"
        value={relevanceReason}
        onChange={(e) => setRelevanceReason(e.target.value)}
        error={fields.relevanceReason}
      />
      <SelectField
        label="Egner data sig?"
        value={dataSuitability}
        onChange={(e) => setDataSuitability(e.target.value as DataSuitability)}
        options={optionsOf('dataSuitability')}
      />
      <TextField
        label="Note om data"
        hint="Skal udfyldes, når data kun delvist egner sig."
        value={dataSuitabilityNote}
        onChange={(e) => setDataSuitabilityNote(e.target.value)}
        error={fields.dataSuitabilityNote}
      />
      <SelectField
        label="Kommerciel interesse"
        value={commercialInterest}
        onChange={(e) => setCommercialInterest(e.target.value as CommercialInterest)}
        options={optionsOf('commercialInterest')}
      />
      <TextArea
        label="Intern note (ses kun af KiAP)"
        value={internalNote}
        onChange={(e) => setInternalNote(e.target.value)}
        error={fields.internalNote}
      />
      <SubmitButton busy={assess.busy}>Gem vurdering</SubmitButton>
      <FormMessage error={assess.error?.message} success={assess.done} />
    </form>
  );
}

function DecideForm({ inquiry, clusters }: { inquiry: Inquiry; clusters: { id: string; name: string; region: { name: string } }[] }) {
  const decide = useAction(DecideInquiry);
  const [decision, setDecision] = useState<InquiryDecisionKind>('FORWARD_TO_CLUSTERS');
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [reason, setReason] = useState('');
  const fields = decide.error?.fields ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await decide.run(
      {
        input: {
          inquiryId: inquiry.id,
          decision,
          ...(decision === 'FORWARD_TO_CLUSTERS' ? { clusterIds } : {}),
          ...(decision === 'DECLINE' ? { reason } : {}),
        },
      },
      'Afgørelsen er gemt.',
    );
  };
  const matching = clusters.filter((cluster) => `${cluster.name} ${cluster.region.name}`.toLowerCase().includes(search.toLowerCase()));
  const { page, pager } = usePage(matching, 12);
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Afgørelse">
      <h3>Afgørelse</h3>
      <SelectField
        label="Beslutning"
        value={decision}
        onChange={(e) => setDecision(e.target.value as InquiryDecisionKind)}
        options={optionsOf('decision')}
      />
      {decision === 'FORWARD_TO_CLUSTERS' && (
        <fieldset>
          <legend>Klynger ({clusterIds.length} valgt)</legend>
          {fields.clusterIds && <p className="field-error">{fields.clusterIds}</p>}
          <TextField label="Søg klynge eller region" value={search} onChange={(e) => setSearch(e.target.value)} />
          <div className="checkbox-list">
            {page.map((cluster) => (
              <label key={cluster.id}>
                <input
                  type="checkbox"
                  checked={clusterIds.includes(cluster.id)}
                  onChange={(e) =>
                    setClusterIds(e.target.checked ? [...clusterIds, cluster.id] : clusterIds.filter((id) => id !== cluster.id))
                  }
                />
                {cluster.name} <span className="meta">({cluster.region.name})</span>
              </label>
            ))}
          </div>
          {pager}
        </fieldset>
      )}
      {decision === 'DECLINE' && (
        <TextArea
          label="Begrundelse (ses af afsenderen)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fields.reason}
        />
      )}
      <SubmitButton busy={decide.busy}>Gem afgørelse</SubmitButton>
      <FormMessage error={decide.error?.message} success={decide.done} />
    </form>
  );
}
