import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql, type DocumentType } from '../__generated__';
import type { ConsoleRegionOffersQuery, RegionalOfferAudience, RegionalOfferKind } from '../__generated__/graphql';
import { formatDate, formatDateTime, label, optionsOf } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';

const RegionOfferFields = graphql(`
  fragment ConsoleRegionOfferFields on RegionalOffer {
    id
    kind
    status
    title
    description
    validFrom
    validUntil
    capacity
    placesLeft
    contactEmail
    audience
    namedClusters {
      id
      name
    }
    version
    publishedAt
    archivedAt
    earlierVersions {
      version
      title
      validFrom
      validUntil
      capacity
      replacedAt
    }
  }
`);

// Each state is its own list with its own pages, so a region with many archived offers still shows its drafts first.
const RegionOffersQuery = graphql(`
  query ConsoleRegionOffers($code: ID!, $first: Int!, $afterDraft: ID, $afterPublished: ID, $afterArchived: ID) {
    region(code: $code) {
      code
      name
      clusters {
        id
        name
      }
      drafts: offers(statuses: [DRAFT], first: $first, after: $afterDraft) {
        ...ConsoleRegionOfferFields
      }
      published: offers(statuses: [PUBLISHED], first: $first, after: $afterPublished) {
        ...ConsoleRegionOfferFields
      }
      archived: offers(statuses: [ARCHIVED], first: $first, after: $afterArchived) {
        ...ConsoleRegionOfferFields
      }
    }
  }
`);

const CreateOffer = graphql(`
  mutation ConsoleCreateRegionalOffer($input: CreateRegionalOfferInput!) {
    createRegionalOffer(input: $input) {
      offer {
        id
        status
      }
    }
  }
`);

const UpdateOffer = graphql(`
  mutation ConsoleUpdateRegionalOffer($input: UpdateRegionalOfferInput!) {
    updateRegionalOffer(input: $input) {
      offer {
        id
        version
        title
      }
    }
  }
`);

const PublishOffer = graphql(`
  mutation ConsolePublishRegionalOffer($input: RegionalOfferStatusInput!) {
    publishRegionalOffer(input: $input) {
      offer {
        id
        status
        publishedAt
      }
    }
  }
`);

const ArchiveOffer = graphql(`
  mutation ConsoleArchiveRegionalOffer($input: RegionalOfferStatusInput!) {
    archiveRegionalOffer(input: $input) {
      offer {
        id
        status
        archivedAt
      }
    }
  }
`);

type Region = NonNullable<ConsoleRegionOffersQuery['region']>;
type Offer = DocumentType<typeof RegionOfferFields>;

/** A regional quality unit's offers to the clusters: drafts, published and archived, with their versions. */
export function RegionOffers({ regionCode }: { regionCode: string }) {
  const pagesOf = (status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED') => `Sider: ${label('regionalOfferStatus', status)}`;
  const pages = {
    DRAFT: useServerPage(10, regionCode, pagesOf('DRAFT')),
    PUBLISHED: useServerPage(10, regionCode, pagesOf('PUBLISHED')),
    ARCHIVED: useServerPage(10, regionCode, pagesOf('ARCHIVED')),
  };
  const [result] = useQuery({
    query: RegionOffersQuery,
    variables: {
      code: regionCode,
      first: pages.DRAFT.variables.first,
      afterDraft: pages.DRAFT.variables.after,
      afterPublished: pages.PUBLISHED.variables.after,
      afterArchived: pages.ARCHIVED.variables.after,
    },
  });
  const region = result.data?.region;
  const [editing, setEditing] = useState<string | 'new'>();
  // Publishing or archiving moves the offer to another list, so the outcome is told here, above the lists.
  const [notice, setNotice] = useState<string>();
  const lists = { DRAFT: region?.drafts, PUBLISHED: region?.published, ARCHIVED: region?.archived };
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(region)}>
      <p className="lead">{region?.name}s tilbud til klyngerne. En kladde ses kun af jer, indtil den offentliggøres.</p>
      <FormMessage success={notice} />
      {region && editing === 'new' ? (
        <OfferForm region={region} onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Nyt tilbud
        </button>
      )}
      {(['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const).map((status) => {
        const { page: group, pager } = pages[status].pageOf(lists[status] ?? []);
        return (
          <section key={status} aria-labelledby={`offers-${status}`}>
            <h2 id={`offers-${status}`}>
              {label('regionalOfferStatus', status)}
              {pager ? '' : ` (${group.length})`}
            </h2>
            {group.length === 0 && <Empty>Ingen.</Empty>}
            {group.map((offer) =>
              region && editing === offer.id ? (
                <OfferForm key={offer.id} region={region} offer={offer} onDone={() => setEditing(undefined)} />
              ) : (
                <OfferCard key={offer.id} offer={offer} onEdit={() => setEditing(offer.id)} onChanged={setNotice} />
              ),
            )}
            {pager}
          </section>
        );
      })}
    </QueryState>
  );
}

function OfferCard({ offer, onEdit, onChanged }: { offer: Offer; onEdit: () => void; onChanged: (notice: string) => void }) {
  const publish = useAction(PublishOffer);
  const archive = useAction(ArchiveOffer);
  const error = publish.error ?? archive.error;
  return (
    <article className="card" aria-label={offer.title}>
      <header>
        <h3>{offer.title}</h3>
        <span className={`badge status-${offer.status.toLowerCase()}`}>{label('regionalOfferStatus', offer.status)}</span>
      </header>
      <p>{offer.description}</p>
      <dl className="facts">
        <dt>Slags</dt>
        <dd>{label('regionalOfferKind', offer.kind)}</dd>
        <dt>Periode</dt>
        <dd>
          {formatDate(offer.validFrom)} – {offer.validUntil ? formatDate(offer.validUntil) : 'indtil videre'}
        </dd>
        <dt>Pladser</dt>
        <dd>{offer.capacity == null ? 'Ubegrænset' : `${offer.placesLeft ?? offer.capacity} ledige af ${offer.capacity}`}</dd>
        <dt>Målgruppe</dt>
        <dd>
          {label('audience', offer.audience)}
          {offer.namedClusters && offer.namedClusters.length > 0 && `: ${offer.namedClusters.map((c) => c.name).join(', ')}`}
        </dd>
        <dt>Version</dt>
        <dd>
          {offer.version}
          {offer.publishedAt && ` · offentliggjort ${formatDateTime(offer.publishedAt)}`}
        </dd>
      </dl>
      {offer.earlierVersions && offer.earlierVersions.length > 0 && (
        <details>
          <summary>Tidligere versioner ({offer.earlierVersions.length})</summary>
          <ul>
            {offer.earlierVersions.map((version) => (
              <li key={version.version}>
                Version {version.version}: {version.title} ({formatDate(version.validFrom)}–
                {version.validUntil ? formatDate(version.validUntil) : '…'}, {version.capacity ?? 'ubegrænset'} pladser) — afløst{' '}
                {formatDateTime(version.replacedAt)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="actions">
        {offer.status !== 'ARCHIVED' && (
          <button type="button" onClick={onEdit}>
            Rediger
          </button>
        )}
        {offer.status === 'DRAFT' && (
          <button
            type="button"
            className="primary"
            onClick={async () => {
              if (await publish.run({ input: { offerId: offer.id } }))
                onChanged(`"${offer.title}" er offentliggjort, og klyngerne kan se det.`);
            }}
          >
            Offentliggør
          </button>
        )}
        {offer.status === 'PUBLISHED' && (
          <button
            type="button"
            onClick={async () => {
              if (await archive.run({ input: { offerId: offer.id } })) onChanged(`"${offer.title}" er arkiveret.`);
            }}
          >
            Arkivér
          </button>
        )}
      </div>
      <FormMessage error={error?.message} />
    </article>
  );
}

function OfferForm({ region, offer, onDone }: { region: Region; offer?: Offer; onDone: () => void }) {
  const create = useAction(CreateOffer);
  // One key per form: a double click or a retry after a lost answer makes one offer, not two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const update = useAction(UpdateOffer);
  const action = offer ? update : create;
  const [kind, setKind] = useState<RegionalOfferKind>(offer?.kind ?? 'MEETING_FACILITATION');
  const [title, setTitle] = useState(offer?.title ?? '');
  const [description, setDescription] = useState(offer?.description ?? '');
  const [audience, setAudience] = useState<RegionalOfferAudience>(offer?.audience ?? 'ALL_CLUSTERS_IN_REGION');
  const [named, setNamed] = useState<string[]>(offer?.namedClusters?.map((c) => c.id) ?? []);
  const [validFrom, setValidFrom] = useState(offer?.validFrom ?? new Date().toISOString().slice(0, 10));
  const [validUntil, setValidUntil] = useState(offer?.validUntil ?? '');
  const [capacity, setCapacity] = useState(offer?.capacity == null ? '' : String(offer.capacity));
  const [contactEmail, setContactEmail] = useState(offer?.contactEmail ?? '');
  const fields = action.error?.fields ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      title,
      description,
      audience,
      ...(audience === 'NAMED_CLUSTERS' ? { namedClusterIds: named } : {}),
      validFrom,
      ...(validUntil ? { validUntil } : {}),
      ...(capacity ? { capacity: Number(capacity) } : {}),
      contactEmail,
    };
    const ok = offer
      ? await update.run({ input: { offerId: offer.id, ...common } })
      : await create.run({ input: { kind, idempotencyKey, ...common } });
    if (ok) onDone();
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={offer ? `Rediger ${offer.title}` : 'Nyt tilbud'}>
      <h2>{offer ? `Rediger ${offer.title}` : 'Nyt tilbud (kladde)'}</h2>
      {offer?.status === 'PUBLISHED' && (
        <p className="hint">Tilbuddet er offentliggjort: ændringen bliver en ny version, og den nuværende gemmes.</p>
      )}
      {!offer && (
        <SelectField
          label="Slags tilbud"
          value={kind}
          onChange={(e) => setKind(e.target.value as RegionalOfferKind)}
          options={optionsOf('regionalOfferKind')}
        />
      )}
      <TextField label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={fields.title} />
      <TextArea label="Beskrivelse" value={description} onChange={(e) => setDescription(e.target.value)} error={fields.description} />
      <SelectField
        label="Hvem tilbuddet er til"
        value={audience}
        onChange={(e) => setAudience(e.target.value as RegionalOfferAudience)}
        options={optionsOf('audience')}
        error={fields.audience}
      />
      {audience === 'NAMED_CLUSTERS' && (
        <fieldset>
          <legend>Klynger</legend>
          {fields.namedClusterIds && <p className="field-error">{fields.namedClusterIds}</p>}
          <div className="checkbox-list">
            {region.clusters.map((cluster) => (
              <label key={cluster.id}>
                <input
                  type="checkbox"
                  checked={named.includes(cluster.id)}
                  onChange={(e) => setNamed(e.target.checked ? [...named, cluster.id] : named.filter((id) => id !== cluster.id))}
                />
                {cluster.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextField label="Gyldig fra" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={fields.validFrom} />
      <TextField
        label="Gyldig til (valgfri)"
        type="date"
        value={validUntil}
        onChange={(e) => setValidUntil(e.target.value)}
        error={fields.validUntil}
      />
      <TextField
        label="Antal pladser (tom: ubegrænset)"
        type="number"
        min={1}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        error={fields.capacity}
      />
      <TextField
        label="Kontakt-e-mail"
        type="email"
        value={contactEmail}
        onChange={(e) => setContactEmail(e.target.value)}
        error={fields.contactEmail}
      />
      <div className="actions">
        <SubmitButton busy={action.busy}>{offer ? 'Gem ændringer' : 'Gem kladde'}</SubmitButton>
        <button type="button" onClick={onDone}>
          Fortryd
        </button>
      </div>
      <FormMessage error={action.error?.message} />
    </form>
  );
}
