import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ConsoleMunicipalOffersQuery, MunicipalOfferKind } from '../__generated__/graphql';
import { formatDate, label, optionsOf } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';

const OffersQuery = graphql(`
  query ConsoleMunicipalOffers($code: ID!) {
    municipality(code: $code) {
      code
      name
      offers(includeRetired: true) {
        id
        kind
        name
        description
        targetGroup
        referralProcedure
        contactEmail
        contactPhone
        retiredAt
      }
    }
  }
`);

const CreateOffer = graphql(`
  mutation ConsoleCreateMunicipalOffer($input: CreateMunicipalOfferInput!) {
    createMunicipalOffer(input: $input) {
      offer {
        id
        name
      }
    }
  }
`);

const UpdateOffer = graphql(`
  mutation ConsoleUpdateMunicipalOffer($input: UpdateMunicipalOfferInput!) {
    updateMunicipalOffer(input: $input) {
      offer {
        id
        name
        description
        targetGroup
        referralProcedure
        contactEmail
        contactPhone
      }
    }
  }
`);

const RetireOffer = graphql(`
  mutation ConsoleRetireMunicipalOffer($input: RetireMunicipalOfferInput!) {
    retireMunicipalOffer(input: $input) {
      offer {
        id
        retiredAt
      }
    }
  }
`);

type Offer = NonNullable<NonNullable<ConsoleMunicipalOffersQuery['municipality']>['offers']>[number];

/** The municipality's catalogue of offers that GPs refer patients to: browse, add, edit, retire. */
export function MunicipalityOffers({ municipalityCode }: { municipalityCode: string }) {
  const [result] = useQuery({ query: OffersQuery, variables: { code: municipalityCode } });
  const municipality = result.data?.municipality;
  const offers = municipality?.offers ?? [];
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const active = offers.filter((offer) => !offer.retiredAt);
  const retired = offers.filter((offer) => offer.retiredAt);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(municipality)}>
      <p className="lead">De tilbud {municipality?.name} Kommune har til borgere, som klyngernes læger kan henvise til.</p>
      {editing === 'new' ? (
        <OfferForm onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Tilføj tilbud
        </button>
      )}
      <h2>Aktive tilbud ({active.length})</h2>
      {active.length === 0 && <Empty>Kataloget er tomt.</Empty>}
      {active.map((offer) =>
        editing === offer.id ? (
          <OfferForm key={offer.id} offer={offer} onDone={() => setEditing(undefined)} />
        ) : (
          <OfferCard key={offer.id} offer={offer} onEdit={() => setEditing(offer.id)} />
        ),
      )}
      {retired.length > 0 && (
        <details>
          <summary>Udgåede tilbud ({retired.length})</summary>
          {retired.map((offer) => (
            <OfferCard key={offer.id} offer={offer} />
          ))}
        </details>
      )}
    </QueryState>
  );
}

function OfferCard({ offer, onEdit }: { offer: Offer; onEdit?: () => void }) {
  const retire = useAction(RetireOffer);
  return (
    <article className="card" aria-label={offer.name}>
      <header>
        <h3>{offer.name}</h3>
        <span className="badge">{label('municipalOfferKind', offer.kind)}</span>
      </header>
      <p>{offer.description}</p>
      <dl className="facts">
        <dt>Målgruppe</dt>
        <dd>{offer.targetGroup}</dd>
        <dt>Sådan henviser lægen</dt>
        <dd>{offer.referralProcedure}</dd>
        <dt>Kontakt</dt>
        <dd>
          {offer.contactEmail}
          {offer.contactPhone && ` · ${offer.contactPhone}`}
        </dd>
        {offer.retiredAt && (
          <>
            <dt>Udgået</dt>
            <dd>{formatDate(offer.retiredAt)}</dd>
          </>
        )}
      </dl>
      {onEdit && (
        <div className="actions">
          <button type="button" onClick={onEdit}>
            Rediger
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Skal "${offer.name}" udgå af kataloget?`)) void retire.run({ input: { offerId: offer.id } });
            }}
          >
            Lad tilbuddet udgå
          </button>
        </div>
      )}
      <FormMessage error={retire.error?.message} />
    </article>
  );
}

function OfferForm({ offer, onDone }: { offer?: Offer; onDone: () => void }) {
  const create = useAction(CreateOffer);
  // One key per form: a double click or a retry after a lost answer makes one offer, not two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const update = useAction(UpdateOffer);
  const action = offer ? update : create;
  const [kind, setKind] = useState<MunicipalOfferKind>(offer?.kind ?? 'PREVENTION_AND_REHABILITATION');
  const [name, setName] = useState(offer?.name ?? '');
  const [description, setDescription] = useState(offer?.description ?? '');
  const [targetGroup, setTargetGroup] = useState(offer?.targetGroup ?? '');
  const [referralProcedure, setReferralProcedure] = useState(offer?.referralProcedure ?? '');
  const [contactEmail, setContactEmail] = useState(offer?.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(offer?.contactPhone ?? '');
  const fields = action.error?.fields ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const common = { name, description, targetGroup, referralProcedure, contactEmail, ...(contactPhone ? { contactPhone } : {}) };
    const ok = offer
      ? await update.run({ input: { offerId: offer.id, ...common } })
      : await create.run({ input: { kind, idempotencyKey, ...common } });
    if (ok) onDone();
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label={offer ? `Rediger ${offer.name}` : 'Nyt tilbud'}>
      <h2>{offer ? `Rediger ${offer.name}` : 'Nyt tilbud'}</h2>
      {!offer && (
        <SelectField
          label="Slags tilbud"
          value={kind}
          onChange={(event) => setKind(event.target.value as MunicipalOfferKind)}
          options={optionsOf('municipalOfferKind')}
        />
      )}
      <TextField label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
      <TextArea label="Beskrivelse" value={description} onChange={(e) => setDescription(e.target.value)} error={fields.description} />
      <TextField label="Målgruppe" value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} error={fields.targetGroup} />
      <TextArea
        label="Sådan henviser lægen"
        value={referralProcedure}
        onChange={(e) => setReferralProcedure(e.target.value)}
        error={fields.referralProcedure}
      />
      <TextField
        label="Kontakt-e-mail"
        type="email"
        value={contactEmail}
        onChange={(e) => setContactEmail(e.target.value)}
        error={fields.contactEmail}
      />
      <TextField
        label="Kontakttelefon (valgfri)"
        hint="Fx +4587131313"
        type="tel"
        value={contactPhone}
        onChange={(e) => setContactPhone(e.target.value)}
        error={fields.contactPhone}
      />
      <div className="actions">
        <SubmitButton busy={action.busy}>{offer ? 'Gem ændringer' : 'Tilføj tilbud'}</SubmitButton>
        <button type="button" onClick={onDone}>
          Fortryd
        </button>
      </div>
      <FormMessage error={action.error?.message} />
    </form>
  );
}
