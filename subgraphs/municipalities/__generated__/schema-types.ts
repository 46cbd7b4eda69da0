export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time with its UTC offset (RFC 3339), e.g. 2027-03-04T15:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  /** An e-mail address. */
  EmailAddress: { input: string; output: string; }
  /** A whole number zero or above. */
  NonNegativeInt: { input: number; output: number; }
  /** A phone number in E.164 form, e.g. +4512345678. */
  PhoneNumber: { input: string; output: string; }
  /** A whole number one or above. */
  PositiveInt: { input: number; output: number; }
};

/** The cluster accepts one proposed slot. */
export type AcceptPackageMeetingInput = {
  /** The booking. */
  bookingId: Scalars['ID']['input'];
  /**
   * For a meeting the municipality proposed on its own initiative: the cluster's order of the
   * package (`orderClusterPackage`), so KiAP sees the package with every other. Left out when
   * the meeting was booked for an order already.
   */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Which proposed slot: its start, exactly as proposed. */
  slotStartsAt: Scalars['DateTime']['input'];
};

/** One change of a booking's state. */
export type BookingEvent = {
  __typename?: 'BookingEvent';
  /** Who: role and organisation (e.g. "municipality 751", "cluster coordinator"), never a person's login. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The state before; null for the request itself. */
  from: Maybe<BookingStatus>;
  /** The reason or note given, if any. */
  note: Maybe<Scalars['String']['output']>;
  /** The state after. */
  to: BookingStatus;
};

/** A side of a booking. */
export type BookingParty =
  /** The cluster. */
  | 'CLUSTER'
  /** The municipality. */
  | 'MUNICIPALITY';

/**
 * Where a package-meeting booking is. REQUESTED → CONFIRMED (the cluster accepts a slot) or
 * DECLINED (the cluster declines) or CANCELLED (either side); CONFIRMED → CANCELLED (either
 * side, before the meeting) or HELD (the cluster, once the meeting has begun).
 */
export type BookingStatus =
  /** One side cancelled before the meeting, with a reason. */
  | 'CANCELLED'
  /** The cluster accepted one slot. */
  | 'CONFIRMED'
  /** The cluster declined, with a reason. */
  | 'DECLINED'
  /** The meeting took place. */
  | 'HELD'
  /** The municipality has asked; the cluster has not answered. */
  | 'REQUESTED';

/** Either side cancels a meeting before it takes place. */
export type CancelPackageMeetingInput = {
  /** The booking. */
  bookingId: Scalars['ID']['input'];
  /** Why (1–1000 characters); the other side sees it. */
  reason: Scalars['String']['input'];
};

/** Why and by whom a booking was cancelled. */
export type Cancellation = {
  __typename?: 'Cancellation';
  /** Which side cancelled. */
  by: BookingParty;
  /** The reason given. */
  reason: Scalars['String']['output'];
};

/** A quality cluster, as the municipalities subgraph sees it: which municipalities it covers. */
export type Cluster = {
  __typename?: 'Cluster';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The current offers of the municipalities the cluster covers, ordered by municipality and name. Needs a login. */
  municipalOffers: Maybe<Array<MunicipalOffer>>;
  /** The municipalities the cluster covers (usually one), ordered by code. */
  municipalities: Array<Municipality>;
  /**
   * The cluster's package meetings with its municipalities, earliest first; with
   * statuses [CONFIRMED, HELD] this is the municipal part of the cluster's calendar. The
   * cluster's members and KiAP see all; a municipality sees its own; others get FORBIDDEN.
   */
  packageBookings: Maybe<Array<PackageBooking>>;
  /**
   * Referrals from the cluster's doctors to its municipalities' offers, per offer and month,
   * newest month first. The cluster's members and KiAP see all; a municipality its own offers'.
   */
  referralCounts: Maybe<Array<ReferralCount>>;
};


/** A quality cluster, as the municipalities subgraph sees it: which municipalities it covers. */
export type ClusterPackageBookingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<BookingStatus>>;
};


/** A quality cluster, as the municipalities subgraph sees it: which municipalities it covers. */
export type ClusterReferralCountsArgs = {
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};

/** A new municipal offer. */
export type CreateMunicipalOfferInput = {
  /** Functional mailbox. */
  contactEmail: Scalars['EmailAddress']['input'];
  /** Functional phone line. */
  contactPhone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Description (1–4000 characters). */
  description: Scalars['String']['input'];
  /** Your key for this offer (1–200 characters): sending the same key again returns the offer it made instead of a second one. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Acute function, or prevention and rehabilitation. */
  kind: MunicipalOfferKind;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Referral procedure (1–2000 characters). */
  referralProcedure: Scalars['String']['input'];
  /** Target group (1–1000 characters). */
  targetGroup: Scalars['String']['input'];
};

/** The cluster declines a requested meeting. */
export type DeclinePackageMeetingInput = {
  /** The booking. */
  bookingId: Scalars['ID']['input'];
  /** Why (1–1000 characters); the municipality sees it. */
  reason: Scalars['String']['input'];
};

/** The cluster records that a confirmed meeting took place. */
export type MarkPackageMeetingHeldInput = {
  /** The booking. */
  bookingId: Scalars['ID']['input'];
};

/** An offer of a municipality that GPs refer patients to. */
export type MunicipalOffer = {
  __typename?: 'MunicipalOffer';
  /** The offer's functional mailbox (never a person's own address). */
  contactEmail: Scalars['EmailAddress']['output'];
  /** The offer's functional phone line, if any. */
  contactPhone: Maybe<Scalars['PhoneNumber']['output']>;
  /** What the offer is. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Acute function, or prevention and rehabilitation. */
  kind: MunicipalOfferKind;
  /** The municipality that runs the offer. */
  municipality: Municipality;
  /** The offer's name. */
  name: Scalars['String']['output'];
  /** How a GP refers a patient. */
  referralProcedure: Scalars['String']['output'];
  /** When the offer was retired; null while it is offered. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Whom the offer is for. */
  targetGroup: Scalars['String']['output'];
};

/** What kind of municipal offer it is. */
export type MunicipalOfferKind =
  /** An acute function (akutfunktion). */
  | 'ACUTE_FUNCTION'
  /** A prevention or rehabilitation offer (forebyggelses- eller rehabiliteringstilbud). */
  | 'PREVENTION_AND_REHABILITATION';

/** The result of an offer mutation. */
export type MunicipalOfferPayload = {
  __typename?: 'MunicipalOfferPayload';
  /** The offer as it is now. */
  offer: MunicipalOffer;
};

/** The two packages about working with the municipality. */
export type MunicipalPackage =
  /** Almen praksis' samarbejde med kommunale akutfunktioner. */
  | 'ACUTE_FUNCTIONS'
  /** Almen praksis' samarbejde med kommunale forebyggelses- og rehabiliteringstilbud. */
  | 'PREVENTION_AND_REHABILITATION';

/**
 * One of Denmark's 98 municipalities (kommuner). Municipalities run acute functions and
 * prevention and rehabilitation offers that general practitioners refer patients to.
 */
export type Municipality = {
  __typename?: 'Municipality';
  /** The clusters covering the municipality, ordered by id (their details come from the clusters subgraph). */
  clusters: Array<Cluster>;
  /** Official three-digit municipality code, e.g. 101 for København. */
  code: Scalars['ID']['output'];
  /** Official name, e.g. "København". */
  name: Scalars['String']['output'];
  /** The municipality's offers that GPs refer to, ordered by name. Needs a login. */
  offers: Maybe<Array<MunicipalOffer>>;
  /**
   * The municipality's package-meeting bookings, newest first. For the municipality itself and
   * KiAP; null with FORBIDDEN for others.
   */
  packageBookings: Maybe<Array<PackageBooking>>;
  /** The region the municipality lies in. */
  region: Region;
};


/**
 * One of Denmark's 98 municipalities (kommuner). Municipalities run acute functions and
 * prevention and rehabilitation offers that general practitioners refer patients to.
 */
export type MunicipalityOffersArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * One of Denmark's 98 municipalities (kommuner). Municipalities run acute functions and
 * prevention and rehabilitation offers that general practitioners refer patients to.
 */
export type MunicipalityPackageBookingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<BookingStatus>>;
};

/** Municipal offers, package-meeting bookings and referral counts. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The cluster's coordinator or a board member accepts one proposed slot. */
  acceptPackageMeeting: PackageBookingPayload;
  /** The municipality, or the cluster's coordinator or a board member, cancels before the meeting. */
  cancelPackageMeeting: PackageBookingPayload;
  /** A municipal representative creates an offer of their own municipality. */
  createMunicipalOffer: MunicipalOfferPayload;
  /** The cluster's coordinator or a board member declines a requested meeting. */
  declinePackageMeeting: PackageBookingPayload;
  /** The cluster's coordinator or a board member records that the meeting took place. */
  markPackageMeetingHeld: PackageBookingPayload;
  /** A municipal representative asks a cluster covering the municipality for a package meeting. */
  requestPackageMeeting: PackageBookingPayload;
  /** A municipal representative retires an offer of their own municipality. */
  retireMunicipalOffer: MunicipalOfferPayload;
  /** A municipal representative supplies referral counts for the prevention and rehabilitation package. */
  submitReferralCounts: SubmitReferralCountsPayload;
  /** A municipal representative edits an offer of their own municipality. */
  updateMunicipalOffer: MunicipalOfferPayload;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationAcceptPackageMeetingArgs = {
  input: AcceptPackageMeetingInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationCancelPackageMeetingArgs = {
  input: CancelPackageMeetingInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationCreateMunicipalOfferArgs = {
  input: CreateMunicipalOfferInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationDeclinePackageMeetingArgs = {
  input: DeclinePackageMeetingInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationMarkPackageMeetingHeldArgs = {
  input: MarkPackageMeetingHeldInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationRequestPackageMeetingArgs = {
  input: RequestPackageMeetingInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationRetireMunicipalOfferArgs = {
  input: RetireMunicipalOfferInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationSubmitReferralCountsArgs = {
  input: SubmitReferralCountsInput;
};


/** Municipal offers, package-meeting bookings and referral counts. */
export type MutationUpdateMunicipalOfferArgs = {
  input: UpdateMunicipalOfferInput;
};

/** Referrals to one offer within a window. */
export type OfferReferrals = {
  __typename?: 'OfferReferrals';
  /** The offer. */
  offer: MunicipalOffer;
  /** Referrals in the window. */
  referrals: Scalars['NonNegativeInt']['output'];
};

/** A municipality's request for a municipal package meeting with a cluster, and its life after. */
export type PackageBooking = {
  __typename?: 'PackageBooking';
  /** Who cancelled and why, when cancelled. */
  cancellation: Maybe<Cancellation>;
  /** The cluster asked. */
  cluster: Cluster;
  /** The slot the cluster accepted; null until then. */
  confirmedSlot: Maybe<TimeSlot>;
  /** The cluster's reason, when it declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** The earlier meeting this one follows up, if it is a follow-up. */
  followUpOf: Maybe<PackageBooking>;
  /** Follow-up meetings requested after this one. */
  followUps: Array<PackageBooking>;
  /** Every change of state, oldest first. */
  history: Array<BookingEvent>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The municipality that asked. */
  municipality: Municipality;
  /** The cluster's package order this meeting belongs to; null when it has none, or the caller may not see it. */
  order: Maybe<PackageOrder>;
  /** Which municipal package. */
  package: MunicipalPackage;
  /** The proposed pre-meeting between the municipality and the cluster. */
  preMeeting: TimeSlot;
  /** Who presents for the municipality. */
  presenter: Presenter;
  /** The one to three slots the municipality proposed, in its order. */
  proposedSlots: Array<TimeSlot>;
  /**
   * For a held meeting of the prevention and rehabilitation package: referrals per offer in
   * equal windows before and after the meeting (and after its follow-up, once held), so the
   * cluster can see whether anything changed. Null for a meeting not held, and for the acute
   * functions package, whose referrals the municipality does not count.
   */
  referralComparison: Maybe<ReferralComparison>;
  /** When the municipality asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** Where the booking is. */
  status: BookingStatus;
  /** The one or two short talks. */
  talks: Array<Talk>;
};


/** A municipality's request for a municipal package meeting with a cluster, and its life after. */
export type PackageBookingReferralComparisonArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a booking mutation. */
export type PackageBookingPayload = {
  __typename?: 'PackageBookingPayload';
  /** The booking as it is now. */
  booking: PackageBooking;
};

/** A cluster's package order (owned by the clusters subgraph), with the meeting booked for it. */
export type PackageOrder = {
  __typename?: 'PackageOrder';
  /**
   * The live meeting the invited municipality booked for this order (requested, confirmed or
   * held); null when none, or the caller may not see it.
   */
  booking: Maybe<PackageBooking>;
  /** The cluster that ordered. */
  cluster: Cluster;
  /** The order's id. */
  id: Scalars['ID']['output'];
  /** The municipality the order invites. */
  invitedMunicipality: Maybe<Municipality>;
};

/** Who presents for the municipality. */
export type Presenter = {
  __typename?: 'Presenter';
  /** Job title, typically a manager who can discuss workflows. */
  jobTitle: Scalars['String']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
};

/** Who presents for the municipality. */
export type PresenterInput = {
  /** Job title (1–200 characters). */
  jobTitle: Scalars['String']['input'];
  /** Full name (1–200 characters). */
  name: Scalars['String']['input'];
};

/** Reference data about Denmark's regions and municipalities, and the municipal workflows. */
export type Query = {
  __typename?: 'Query';
  /** All municipalities, or those of one region, ordered by code. */
  municipalities: Array<Municipality>;
  /** One municipality by its official code; null when no municipality has that code. */
  municipality: Maybe<Municipality>;
  /** One package booking by id, for its municipality, the cluster's members and KiAP; null otherwise. */
  packageBooking: Maybe<PackageBooking>;
  /** One region by its official code; null when no region has that code. */
  region: Maybe<Region>;
  /** All five regions, ordered by code. */
  regions: Array<Region>;
};


/** Reference data about Denmark's regions and municipalities, and the municipal workflows. */
export type QueryMunicipalitiesArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


/** Reference data about Denmark's regions and municipalities, and the municipal workflows. */
export type QueryMunicipalityArgs = {
  code: Scalars['ID']['input'];
};


/** Reference data about Denmark's regions and municipalities, and the municipal workflows. */
export type QueryPackageBookingArgs = {
  id: Scalars['ID']['input'];
};


/** Reference data about Denmark's regions and municipalities, and the municipal workflows. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};

/** Referral counts around a held package meeting. */
export type ReferralComparison = {
  __typename?: 'ReferralComparison';
  /** Months in each window. */
  months: Scalars['PositiveInt']['output'];
  /** Before, after, and (when the follow-up is held) after the follow-up. */
  windows: Array<ReferralWindow>;
};

/** Referrals from a cluster's doctors to one offer in one month. */
export type ReferralCount = {
  __typename?: 'ReferralCount';
  /** The cluster whose doctors referred. */
  cluster: Cluster;
  /** The calendar month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The offer referred to. */
  offer: MunicipalOffer;
  /** How many referrals. */
  referrals: Scalars['NonNegativeInt']['output'];
  /** Figures this one replaced, newest first. */
  revisions: Array<ReferralCountRevision>;
  /** When the figure was last set. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One referral figure. */
export type ReferralCountInput = {
  /** The cluster whose doctors referred; it must cover your municipality. */
  clusterId: Scalars['ID']['input'];
  /** The calendar month, YYYY-MM, past or current. */
  month: Scalars['String']['input'];
  /** Your municipality's offer. */
  offerId: Scalars['ID']['input'];
  /** How many referrals, a whole number of 0 or more. */
  referrals: Scalars['Int']['input'];
};

/** A referral figure that a correction replaced. */
export type ReferralCountRevision = {
  __typename?: 'ReferralCountRevision';
  /** Who had supplied it. */
  recordedBy: Scalars['String']['output'];
  /** The figure as it was. */
  referrals: Scalars['NonNegativeInt']['output'];
  /** When it was replaced. */
  replacedAt: Scalars['DateTime']['output'];
  /** Who replaced it. */
  replacedBy: Scalars['String']['output'];
};

/** Referral totals within one window of months. */
export type ReferralWindow = {
  __typename?: 'ReferralWindow';
  /** First month, YYYY-MM. */
  fromMonth: Scalars['String']['output'];
  /** Which window. */
  kind: ReferralWindowKind;
  /** Per offer of the municipality, ordered by offer name. */
  perOffer: Array<OfferReferrals>;
  /** Last month, YYYY-MM. */
  toMonth: Scalars['String']['output'];
  /** All offers together. */
  total: Scalars['NonNegativeInt']['output'];
};

/** Which window of a comparison. */
export type ReferralWindowKind =
  /** The months after the follow-up meeting's month. */
  | 'AFTER_FOLLOW_UP'
  /** The months after the meeting's month. */
  | 'AFTER_MEETING'
  /** The months before the meeting's month. */
  | 'BEFORE_MEETING';

/**
 * One of Denmark's five regions. Each region has a regional quality unit
 * (kvalitetsenhed) that supports the clusters in it.
 */
export type Region = {
  __typename?: 'Region';
  /** Official region code, 1081–1085. */
  code: Scalars['ID']['output'];
  /** The municipalities in the region, ordered by code. */
  municipalities: Array<Municipality>;
  /** Official name, e.g. "Region Hovedstaden". */
  name: Scalars['String']['output'];
};

/** A municipality asks a cluster covering it for a municipal package meeting. */
export type RequestPackageMeetingInput = {
  /** The cluster asked; it must cover your municipality. */
  clusterId: Scalars['ID']['input'];
  /** A held booking of the same cluster and package that this meeting follows up. */
  followUpOf?: InputMaybe<Scalars['ID']['input']>;
  /** Your key for this request: sending it again returns the same booking instead of a second one. */
  idempotencyKey: Scalars['String']['input'];
  /** The cluster's package order inviting you (`packageOrders`) that this meeting is booked for. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Which municipal package. */
  package: MunicipalPackage;
  /** The proposed pre-meeting, before the first proposed slot. */
  preMeeting: TimeSlotInput;
  /** Who presents. */
  presenter: PresenterInput;
  /** One to three proposed slots, in the future. */
  proposedSlots: Array<TimeSlotInput>;
  /** One or two short talks. */
  talks: Array<TalkInput>;
};

/** Retire an offer: it stays for its referral history but is no longer listed. */
export type RetireMunicipalOfferInput = {
  /** The offer. */
  offerId: Scalars['ID']['input'];
};

/** A batch of referral figures from a municipality, written all or nothing. */
export type SubmitReferralCountsInput = {
  /** The figures (1–5000). With any bad row nothing is written and the error lists every bad row. */
  counts: Array<ReferralCountInput>;
};

/** The result of a referral batch. */
export type SubmitReferralCountsPayload = {
  __typename?: 'SubmitReferralCountsPayload';
  /** Figures that replaced a different earlier figure (kept as a revision). */
  corrected: Scalars['NonNegativeInt']['output'];
  /** Figures that were new. */
  created: Scalars['NonNegativeInt']['output'];
  /** Figures that were already so. */
  unchanged: Scalars['NonNegativeInt']['output'];
};

/** A short talk the municipality gives at the meeting. */
export type Talk = {
  __typename?: 'Talk';
  /** Its length in minutes. */
  minutes: Scalars['PositiveInt']['output'];
  /** The talk's title. */
  title: Scalars['String']['output'];
};

/** A short talk. */
export type TalkInput = {
  /** Its length in minutes (1–60). */
  minutes: Scalars['Int']['input'];
  /** The talk's title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A span of time. */
export type TimeSlot = {
  __typename?: 'TimeSlot';
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
};

/** A proposed span of time. */
export type TimeSlotInput = {
  /** When it ends; a package meeting lasts 2.5 hours and a pre-meeting 1 hour unless given. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
};

/** Changes to an offer; fields left out stay as they are. */
export type UpdateMunicipalOfferInput = {
  /** New functional mailbox. */
  contactEmail?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** New functional phone line. */
  contactPhone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The offer. */
  offerId: Scalars['ID']['input'];
  /** New referral procedure. */
  referralProcedure?: InputMaybe<Scalars['String']['input']>;
  /** New target group. */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};
