import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClusterParent, OfficerRow, PracticeRow, PackageRow, MeetingRow, ContactAccessRow, RegionRef, MunicipalityRef } from '../store.js';
import type { MemberRow, RegisterVersionRow, HandoverRow, DepartureRow, FundRateRow, RegisterEventRow } from '../register-store.js';
import type { ClustersContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, e.g. 2019-03-01. */
  Date: { input: string; output: string; }
  /** A point in time with its UTC offset (RFC 3339), e.g. 2026-03-04T16:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  /** An e-mail address. */
  EmailAddress: { input: string; output: string; }
  /** A whole number zero or above. */
  NonNegativeInt: { input: number; output: number; }
  /** A phone number in E.164 form, e.g. +4512345678. */
  PhoneNumber: { input: string; output: string; }
  /** A whole number one or above. */
  PositiveInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The member takes over. */
export type AcceptCoordinatorHandoverInput = {
  /** The handover. */
  handoverId: Scalars['ID']['input'];
  /** The phone number members may reach the new coordinator on. */
  phone: Scalars['PhoneNumber']['input'];
};

/** A member joins a cluster. */
export type AddMemberInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** E-mail address; also the member's login. */
  email: Scalars['EmailAddress']['input'];
  /** Full name. */
  name: Scalars['String']['input'];
  /** The provider number of the member's practice, which must be in the cluster. */
  providerNumber: Scalars['String']['input'];
};

/** A practice joins a cluster. */
export type AddPracticeInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** Doctors in the practice, 1–20. */
  doctorCount: Scalars['Int']['input'];
  /** Group-1 patients listed with it. */
  listedPatients: Scalars['Int']['input'];
  /** The practice's name. */
  name: Scalars['String']['input'];
  /** Provider number (ydernummer), six digits; a practice belongs to one cluster at a time. */
  providerNumber: Scalars['String']['input'];
};

/** An offer is withdrawn. */
export type CancelCoordinatorHandoverInput = {
  /** The handover. */
  handoverId: Scalars['ID']['input'];
};

/**
 * A quality cluster (kvalitetsklynge): a local network of general practitioners doing
 * data-driven quality work together. Clusters meet 2–4 times a year.
 */
export type Cluster = {
  __typename?: 'Cluster';
  /**
   * The elected coordinator (klyngekoordinator): a cluster cannot be registered without one.
   * Needs a login as KiAP, a region, a municipality or a cluster; null with FORBIDDEN otherwise.
   */
  coordinator: Maybe<ClusterOfficer>;
  /** Number of doctors in the member practices. */
  doctorCount: Scalars['NonNegativeInt']['output'];
  /** The day the cluster was founded. */
  foundedOn: Scalars['Date']['output'];
  /**
   * The cluster funds the region pays on 1 March of a year, from the register confirmed for
   * that year. For the cluster's officers, its region's unit and KiAP; null with FORBIDDEN otherwise.
   */
  funds: Maybe<ClusterFunds>;
  /** Coordinator handovers, newest first, with both names and dates. For the cluster's own members and KiAP. */
  handovers: Maybe<Array<CoordinatorHandover>>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Number of patients listed with the member practices. */
  listedPatients: Scalars['NonNegativeInt']['output'];
  /** The cluster's meetings, earliest first. Only for the cluster's partners; null with FORBIDDEN otherwise. */
  meetings: Maybe<Array<ClusterMeeting>>;
  /** The cluster's members (its GPs), by name. For the cluster's own members and KiAP; null with FORBIDDEN otherwise. */
  members: Maybe<Array<ClusterMember>>;
  /** The municipalities the cluster covers; owned by the municipalities subgraph. */
  municipalities: Array<Municipality>;
  /** The cluster's name, e.g. "Klynge Aarhus Nord". */
  name: Scalars['String']['output'];
  /**
   * Everyone holding an office in the cluster, the coordinator first, then by role and name.
   * Same access as `coordinator`.
   */
  officers: Maybe<Array<ClusterOfficer>>;
  /**
   * The member practices, ordered by provider number. Only for the cluster's partners (KiAP,
   * its members, its region's unit, the municipalities it covers); null with FORBIDDEN otherwise.
   */
  practices: Maybe<Array<Practice>>;
  /** The region whose quality unit supports the cluster. */
  region: Region;
  /** Every change to the register, newest first. For the cluster's own members and KiAP. */
  registerHistory: Maybe<Array<RegisterEvent>>;
  /**
   * The register as confirmed for a year (the January update), or null when the cluster did
   * not confirm one. For the cluster's partners; members' names only for its own members and KiAP.
   */
  registerVersion: Maybe<RegisterVersion>;
};


/**
 * A quality cluster (kvalitetsklynge): a local network of general practitioners doing
 * data-driven quality work together. Clusters meet 2–4 times a year.
 */
export type ClusterFundsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A quality cluster (kvalitetsklynge): a local network of general practitioners doing
 * data-driven quality work together. Clusters meet 2–4 times a year.
 */
export type ClusterRegisterVersionArgs = {
  year: Scalars['Int']['input'];
};

/** What the region pays a cluster on 1 March of a year. */
export type ClusterFunds = {
  __typename?: 'ClusterFunds';
  /** DKK per group-1 patient that year; null while KiAP has not entered the year's rate. */
  dkkPerPatient: Maybe<Scalars['Float']['output']>;
  /** The expected payment in DKK (patients × rate, to the øre); null when the rate or the confirmed register is missing. */
  expectedPaymentDkk: Maybe<Scalars['Float']['output']>;
  /** Group-1 patients on the register confirmed for the year; null when the cluster has not confirmed it. */
  listedPatients: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The day of payment, 1 March. */
  paidOn: Scalars['Date']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A meeting of a cluster. Seen by the cluster's partners only. */
export type ClusterMeeting = {
  __typename?: 'ClusterMeeting';
  /** The cluster meeting. */
  cluster: Cluster;
  /** When the meeting ends. */
  endsAt: Scalars['DateTime']['output'];
  /** How the meeting is held. */
  format: MeetingFormat;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The cluster package used, if any. */
  package: Maybe<ClusterPackage>;
  /** When the meeting starts. */
  startsAt: Scalars['DateTime']['output'];
  /** What the meeting is about. */
  topic: Scalars['String']['output'];
};

/**
 * A general practitioner in one of the cluster's practices. Name and e-mail are personal
 * data: only the cluster's own members and KiAP receive them, and every read is recorded.
 */
export type ClusterMember = {
  __typename?: 'ClusterMember';
  /** When the member was added to the register. */
  addedAt: Scalars['DateTime']['output'];
  /** E-mail address, which is also the member's login; null with FORBIDDEN otherwise. Every read is recorded. */
  email: Maybe<Scalars['EmailAddress']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Full name; null with FORBIDDEN for callers not entitled to it. Every read is recorded. */
  name: Maybe<Scalars['String']['output']>;
  /** The provider number of the practice the member works in. */
  providerNumber: Scalars['String']['output'];
};

/**
 * A person holding an office in a cluster. Contact details are private: only KiAP and the
 * cluster's own members receive them; everyone else gets a FORBIDDEN error on those fields.
 */
export type ClusterOfficer = {
  __typename?: 'ClusterOfficer';
  /** Private e-mail address; null with a FORBIDDEN error for callers not entitled to it. Every read is recorded. */
  email: Maybe<Scalars['EmailAddress']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Private phone number; null with a FORBIDDEN error for callers not entitled to it. Every read is recorded. */
  phone: Maybe<Scalars['PhoneNumber']['output']>;
  /** The office held. */
  role: OfficerRole;
};

/**
 * A cluster package (klyngepakke): a ready-made meeting kit on one topic, with programme,
 * slides, questionnaire, data, and implementation and follow-up material.
 */
export type ClusterPackage = {
  __typename?: 'ClusterPackage';
  /** Where the package's data come from, e.g. a questionnaire to the cluster's doctors. */
  dataSource: Scalars['String']['output'];
  /** What the package is about. */
  description: Scalars['String']['output'];
  /** Planned length of the package meeting in minutes. */
  durationMinutes: Scalars['PositiveInt']['output'];
  /** Stable, readable identifier, e.g. "kommunale-akutfunktioner". */
  id: Scalars['ID']['output'];
  /** Which municipal package this is; null for packages that are not about the municipality. */
  municipalPackage: Maybe<MunicipalPackage>;
  /** The package's name. */
  name: Scalars['String']['output'];
  /** Who publishes it. */
  publisher: PackagePublisher;
};

/** A cluster after the change. */
export type ClusterPayload = {
  __typename?: 'ClusterPayload';
  /** The cluster. */
  cluster: Cluster;
};

/** The register is confirmed. */
export type ConfirmClusterRegisterInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
};

/** One read of an officer's contact detail. Records are append-only. */
export type ContactAccessRecord = {
  __typename?: 'ContactAccessRecord';
  /** When the detail was read. */
  accessedAt: Scalars['DateTime']['output'];
  /** The cluster whose officer's detail was read. */
  cluster: Cluster;
  /** Which detail was read. */
  field: ContactField;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Id of the member whose detail was read, when it was a member's. */
  memberId: Maybe<Scalars['ID']['output']>;
  /** Id of the officer whose detail was read, when it was an officer's. */
  officerId: Maybe<Scalars['ID']['output']>;
  /** The client's operation name, when it sent one. */
  operationName: Maybe<Scalars['String']['output']>;
  /** The reader's role: kiap or cluster. */
  readerRole: Scalars['String']['output'];
  /** The reader's subject (the token's sub claim). */
  readerSubject: Scalars['String']['output'];
};

/** Which contact detail was read. */
export type ContactField =
  /** The officer's e-mail address. */
  | 'EMAIL'
  /** A member's name. */
  | 'NAME'
  /** The officer's phone number. */
  | 'PHONE';

/** The coordinator's office passing from one person to a member. */
export type CoordinatorHandover = {
  __typename?: 'CoordinatorHandover';
  /** When it was accepted or withdrawn. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The outgoing coordinator's name. */
  fromName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was offered. */
  offeredAt: Scalars['DateTime']['output'];
  /** Who offered it: the outgoing coordinator, or KiAP. */
  offeredBy: Scalars['String']['output'];
  /** Where it stands. */
  status: HandoverStatus;
  /** The member taking over. */
  toName: Scalars['String']['output'];
};

/** The cluster funds rate of a year. */
export type FundRate = {
  __typename?: 'FundRate';
  /** DKK per group-1 patient. */
  dkkPerPatient: Scalars['Float']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A funds rate after the change. */
export type FundRatePayload = {
  __typename?: 'FundRatePayload';
  /** The rate. */
  rate: FundRate;
};

/** A handover after the change. */
export type HandoverPayload = {
  __typename?: 'HandoverPayload';
  /** Its cluster. */
  cluster: Cluster;
  /** The handover. */
  handover: CoordinatorHandover;
};

/** Where a coordinator handover stands. */
export type HandoverStatus =
  /** Accepted: in force. */
  | 'ACCEPTED'
  /** Withdrawn before it was accepted. */
  | 'CANCELLED'
  /** Offered; the member has not yet accepted. */
  | 'OFFERED';

/** How a meeting is held. */
export type MeetingFormat =
  /** In a room, with some joining online. */
  | 'HYBRID'
  /** Everyone in one room. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

/** A member after the change. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** Their cluster. */
  cluster: Cluster;
  /** The member. */
  member: ClusterMember;
};

/** The two packages about working with the municipality. */
export type MunicipalPackage =
  /** Almen praksis' samarbejde med kommunale akutfunktioner. */
  | 'ACUTE_FUNCTIONS'
  /** Almen praksis' samarbejde med kommunale forebyggelses- og rehabiliteringstilbud. */
  | 'PREVENTION_AND_REHABILITATION';

/** A municipality, known here only by its code. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Official three-digit municipality code. */
  code: Scalars['ID']['output'];
};

/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The member accepts: they are coordinator from now on, and the outgoing one is not. */
  acceptCoordinatorHandover: HandoverPayload;
  /** A member joins. Coordinator or board. */
  addMember: MemberPayload;
  /** A practice joins the cluster. Coordinator or board. */
  addPractice: PracticePayload;
  /** The offer is withdrawn, by the coordinator or KiAP. */
  cancelCoordinatorHandover: HandoverPayload;
  /** The coordinator or board confirms the register: the list for the year whose 31 January comes next (or today). */
  confirmClusterRegister: RegisterVersionPayload;
  /** The coordinator (or KiAP, when the coordinator is gone) offers the office to a member. */
  offerCoordinatorHandover: HandoverPayload;
  /** A member takes an office: board member, treasurer or secretary. Coordinator or board. */
  registerOfficer: OfficerPayload;
  /** A member leaves (and any office they held other than coordinator). Coordinator or board. */
  removeMember: ClusterPayload;
  /** An office other than the coordinator's ends. Coordinator or board. */
  removeOfficer: ClusterPayload;
  /** A practice leaves, with its members; the cluster may ask its region for a quality visit. Coordinator or board. */
  removePractice: RemovePracticePayload;
  /** KiAP enters a year's cluster funds rate. */
  setClusterFundRate: FundRatePayload;
  /** A practice's name, doctors or listed patients change. Coordinator or board. */
  updatePractice: PracticePayload;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAcceptCoordinatorHandoverArgs = {
  input: AcceptCoordinatorHandoverInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAddPracticeArgs = {
  input: AddPracticeInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationCancelCoordinatorHandoverArgs = {
  input: CancelCoordinatorHandoverInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationConfirmClusterRegisterArgs = {
  input: ConfirmClusterRegisterInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationOfferCoordinatorHandoverArgs = {
  input: OfferCoordinatorHandoverInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRegisterOfficerArgs = {
  input: RegisterOfficerInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRemoveOfficerArgs = {
  input: RemoveOfficerInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRemovePracticeArgs = {
  input: RemovePracticeInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationSetClusterFundRateArgs = {
  input: SetClusterFundRateInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationUpdatePracticeArgs = {
  input: UpdatePracticeInput;
};

/** The coordinator's office is offered to a member. */
export type OfferCoordinatorHandoverInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** The member who is to take over. */
  toMemberId: Scalars['ID']['input'];
};

/** An office after the change. */
export type OfficerPayload = {
  __typename?: 'OfficerPayload';
  /** Their cluster. */
  cluster: Cluster;
  /** The officer. */
  officer: ClusterOfficer;
};

/** The office someone holds in a cluster. */
export type OfficerRole =
  /** Member of the board (bestyrelse). */
  | 'BOARD_MEMBER'
  /** Klyngekoordinator: the cluster's elected representative and contact point. */
  | 'COORDINATOR'
  /** Klyngesekretær. */
  | 'SECRETARY'
  /** Kasserer. */
  | 'TREASURER';

/** Who publishes a cluster package. */
export type PackagePublisher =
  /** KiAP (Kvalitet i Almen Praksis), the national support organisation. */
  | 'KIAP'
  /** A regional quality unit. */
  | 'REGIONAL_QUALITY_UNIT';

/** A member practice of a cluster. */
export type Practice = {
  __typename?: 'Practice';
  /** Number of doctors in the practice. */
  doctorCount: Scalars['PositiveInt']['output'];
  /** Group-1 patients listed with the practice (the basis of cluster funds). */
  listedPatients: Scalars['NonNegativeInt']['output'];
  /** The practice's name. */
  name: Scalars['String']['output'];
  /** The practice's provider number (ydernummer), six digits. */
  providerNumber: Scalars['String']['output'];
};

/** A practice that left a cluster, as its regional unit sees it. */
export type PracticeDeparture = {
  __typename?: 'PracticeDeparture';
  /** The cluster it left. */
  cluster: Cluster;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it left. */
  leftAt: Scalars['DateTime']['output'];
  /** The cluster's note to the unit. */
  note: Maybe<Scalars['String']['output']>;
  /** Its name. */
  practiceName: Scalars['String']['output'];
  /** Its provider number. */
  providerNumber: Scalars['String']['output'];
  /** Whether the cluster asks the region for a quality visit to the practice. */
  qualityVisitRequested: Scalars['Boolean']['output'];
};

/** A practice after the change. */
export type PracticePayload = {
  __typename?: 'PracticePayload';
  /** Its cluster. */
  cluster: Cluster;
  /** The practice. */
  practice: Practice;
};

/** The cluster directory and KiAP's package catalogue. */
export type Query = {
  __typename?: 'Query';
  /** One cluster by id; null when there is none. */
  cluster: Maybe<Cluster>;
  /** The cluster funds rate of each year, newest first. */
  clusterFundRates: Array<FundRate>;
  /** One package by id; null when there is none. */
  clusterPackage: Maybe<ClusterPackage>;
  /** The package catalogue, ordered by name. */
  clusterPackages: Array<ClusterPackage>;
  /** All clusters, ordered by name, optionally only those of one region (a municipality's: `municipality(code) { clusters }`). */
  clusters: Array<Cluster>;
  /**
   * Clusters that have not confirmed their register for a year (the January update): all
   * for KiAP, the region's own for a regional unit; FORBIDDEN for others.
   */
  clustersWithoutConfirmedRegister: Maybe<Array<Cluster>>;
  /** Reads of officers' contact details, newest first. KiAP only. */
  contactAccessLog: Maybe<Array<ContactAccessRecord>>;
  /** Practices that left the region's clusters, newest first: for that region's unit and KiAP. */
  practiceDepartures: Maybe<Array<PracticeDeparture>>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryClusterPackageArgs = {
  id: Scalars['ID']['input'];
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryClusterPackagesArgs = {
  municipalOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryClustersArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryClustersWithoutConfirmedRegisterArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryContactAccessLogArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryPracticeDeparturesArgs = {
  regionCode: Scalars['ID']['input'];
};

/** A region, as the clusters subgraph sees it. */
export type Region = {
  __typename?: 'Region';
  /** The clusters in the region, ordered by name. */
  clusters: Array<Cluster>;
  /** Official region code, 1081–1085. */
  code: Scalars['ID']['output'];
};

/** Kinds of change to a cluster's register. */
export type RegisterAction =
  /** The member accepted: the new coordinator is in office. */
  | 'HANDOVER_ACCEPTED'
  /** The offer was withdrawn. */
  | 'HANDOVER_CANCELLED'
  /** The coordinator offered the office to a member. */
  | 'HANDOVER_OFFERED'
  /** A member was added. */
  | 'MEMBER_ADDED'
  /** A member was removed. */
  | 'MEMBER_REMOVED'
  /** An office (board, treasurer, secretary) was given. */
  | 'OFFICER_REGISTERED'
  /** An office ended. */
  | 'OFFICER_REMOVED'
  /** A practice joined. */
  | 'PRACTICE_ADDED'
  /** A practice's name, doctors or patients changed. */
  | 'PRACTICE_CHANGED'
  /** A practice left. */
  | 'PRACTICE_REMOVED'
  /** The register was confirmed for a year. */
  | 'REGISTER_CONFIRMED';

/** One change to a cluster's register. */
export type RegisterEvent = {
  __typename?: 'RegisterEvent';
  /** What kind of change. */
  action: RegisterAction;
  /** Who: name and office (e.g. "Anne Holm (koordinator)"), or "KiAP"; never a login. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What changed, e.g. the practice's provider number and name. */
  detail: Scalars['String']['output'];
};

/** A member takes an office. */
export type RegisterOfficerInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** The phone number the cluster's members may reach them on. */
  phone: Scalars['PhoneNumber']['input'];
  /** The office: BOARD_MEMBER, TREASURER or SECRETARY (the coordinator's passes by handover). */
  role: OfficerRole;
};

/** A cluster's register as confirmed for one year: the basis of data extracts and cluster funds. */
export type RegisterVersion = {
  __typename?: 'RegisterVersion';
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['output'];
  /** Who confirmed it: name and office. */
  confirmedBy: Scalars['String']['output'];
  /** Group-1 patients listed with the practices. */
  listedPatients: Scalars['NonNegativeInt']['output'];
  /** How many members were listed. */
  memberCount: Scalars['NonNegativeInt']['output'];
  /** The members' names as they stood. For the cluster's own members and KiAP; null with FORBIDDEN otherwise. */
  memberNames: Maybe<Array<Scalars['String']['output']>>;
  /** The practices as they stood. */
  practices: Array<Practice>;
  /** The year the list is for (due by 31 January of it). */
  year: Scalars['Int']['output'];
};

/** The register as confirmed. */
export type RegisterVersionPayload = {
  __typename?: 'RegisterVersionPayload';
  /** The cluster. */
  cluster: Cluster;
  /** The confirmed version. */
  version: RegisterVersion;
};

/** A member leaves. */
export type RemoveMemberInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
};

/** An office ends. */
export type RemoveOfficerInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** The officer. */
  officerId: Scalars['ID']['input'];
};

/** A practice leaves its cluster. */
export type RemovePracticeInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** A note for the unit. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The practice's provider number. */
  providerNumber: Scalars['String']['input'];
  /** Tell the region's quality unit that the practice needs a quality visit. */
  requestQualityVisit: Scalars['Boolean']['input'];
};

/** A practice has left. */
export type RemovePracticePayload = {
  __typename?: 'RemovePracticePayload';
  /** The cluster. */
  cluster: Cluster;
  /** The notice the cluster's region sees. */
  departure: PracticeDeparture;
};

/** A year's funds rate. */
export type SetClusterFundRateInput = {
  /** DKK per group-1 patient, above 0 and below 1000, to the øre. */
  dkkPerPatient: Scalars['Float']['input'];
  /** The year, 2007–2099. */
  year: Scalars['Int']['input'];
};

/** A practice's details change; what is left out stays. */
export type UpdatePracticeInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** New number of doctors. */
  doctorCount?: InputMaybe<Scalars['Int']['input']>;
  /** New number of group-1 patients. */
  listedPatients?: InputMaybe<Scalars['Int']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The practice's provider number. */
  providerNumber: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Cluster: Cluster;
  ClusterPackage: ClusterPackage;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cluster:
    ( { __typename: 'Cluster' }
    & GraphQLRecursivePick<FederationTypes['Cluster'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"municipalities":{"code":true}}> ) );
  ClusterPackage:
    ( { __typename: 'ClusterPackage' }
    & GraphQLRecursivePick<FederationTypes['ClusterPackage'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptCoordinatorHandoverInput: AcceptCoordinatorHandoverInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddMemberInput: AddMemberInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddPracticeInput: AddPracticeInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CancelCoordinatorHandoverInput: CancelCoordinatorHandoverInput;
  Cluster: ResolverTypeWrapper<ClusterParent>;
  ClusterFunds: ResolverTypeWrapper<ClusterFunds>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ClusterMeeting: ResolverTypeWrapper<MeetingRow>;
  ClusterMember: ResolverTypeWrapper<MemberRow>;
  ClusterOfficer: ResolverTypeWrapper<OfficerRow>;
  ClusterPackage: ResolverTypeWrapper<PackageRow>;
  ClusterPayload: ResolverTypeWrapper<Omit<ClusterPayload, 'cluster'> & { cluster: ResolversTypes['Cluster'] }>;
  ConfirmClusterRegisterInput: ConfirmClusterRegisterInput;
  ContactAccessRecord: ResolverTypeWrapper<ContactAccessRow>;
  ContactField: ContactField;
  CoordinatorHandover: ResolverTypeWrapper<HandoverRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FundRate: ResolverTypeWrapper<FundRateRow>;
  FundRatePayload: ResolverTypeWrapper<Omit<FundRatePayload, 'rate'> & { rate: ResolversTypes['FundRate'] }>;
  HandoverPayload: ResolverTypeWrapper<Omit<HandoverPayload, 'cluster' | 'handover'> & { cluster: ResolversTypes['Cluster'], handover: ResolversTypes['CoordinatorHandover'] }>;
  HandoverStatus: HandoverStatus;
  MeetingFormat: MeetingFormat;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'cluster' | 'member'> & { cluster: ResolversTypes['Cluster'], member: ResolversTypes['ClusterMember'] }>;
  MunicipalPackage: MunicipalPackage;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OfferCoordinatorHandoverInput: OfferCoordinatorHandoverInput;
  OfficerPayload: ResolverTypeWrapper<Omit<OfficerPayload, 'cluster' | 'officer'> & { cluster: ResolversTypes['Cluster'], officer: ResolversTypes['ClusterOfficer'] }>;
  OfficerRole: OfficerRole;
  PackagePublisher: PackagePublisher;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Practice: ResolverTypeWrapper<PracticeRow>;
  PracticeDeparture: ResolverTypeWrapper<DepartureRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PracticePayload: ResolverTypeWrapper<Omit<PracticePayload, 'cluster' | 'practice'> & { cluster: ResolversTypes['Cluster'], practice: ResolversTypes['Practice'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegisterAction: RegisterAction;
  RegisterEvent: ResolverTypeWrapper<RegisterEventRow>;
  RegisterOfficerInput: RegisterOfficerInput;
  RegisterVersion: ResolverTypeWrapper<RegisterVersionRow>;
  RegisterVersionPayload: ResolverTypeWrapper<Omit<RegisterVersionPayload, 'cluster' | 'version'> & { cluster: ResolversTypes['Cluster'], version: ResolversTypes['RegisterVersion'] }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveOfficerInput: RemoveOfficerInput;
  RemovePracticeInput: RemovePracticeInput;
  RemovePracticePayload: ResolverTypeWrapper<Omit<RemovePracticePayload, 'cluster' | 'departure'> & { cluster: ResolversTypes['Cluster'], departure: ResolversTypes['PracticeDeparture'] }>;
  SetClusterFundRateInput: SetClusterFundRateInput;
  UpdatePracticeInput: UpdatePracticeInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptCoordinatorHandoverInput: AcceptCoordinatorHandoverInput;
  ID: Scalars['ID']['output'];
  AddMemberInput: AddMemberInput;
  String: Scalars['String']['output'];
  AddPracticeInput: AddPracticeInput;
  Int: Scalars['Int']['output'];
  CancelCoordinatorHandoverInput: CancelCoordinatorHandoverInput;
  Cluster: ClusterParent;
  ClusterFunds: ClusterFunds;
  Float: Scalars['Float']['output'];
  ClusterMeeting: MeetingRow;
  ClusterMember: MemberRow;
  ClusterOfficer: OfficerRow;
  ClusterPackage: PackageRow;
  ClusterPayload: Omit<ClusterPayload, 'cluster'> & { cluster: ResolversParentTypes['Cluster'] };
  ConfirmClusterRegisterInput: ConfirmClusterRegisterInput;
  ContactAccessRecord: ContactAccessRow;
  CoordinatorHandover: HandoverRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FundRate: FundRateRow;
  FundRatePayload: Omit<FundRatePayload, 'rate'> & { rate: ResolversParentTypes['FundRate'] };
  HandoverPayload: Omit<HandoverPayload, 'cluster' | 'handover'> & { cluster: ResolversParentTypes['Cluster'], handover: ResolversParentTypes['CoordinatorHandover'] };
  MemberPayload: Omit<MemberPayload, 'cluster' | 'member'> & { cluster: ResolversParentTypes['Cluster'], member: ResolversParentTypes['ClusterMember'] };
  Municipality: MunicipalityRef;
  Mutation: Record<PropertyKey, never>;
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  OfferCoordinatorHandoverInput: OfferCoordinatorHandoverInput;
  OfficerPayload: Omit<OfficerPayload, 'cluster' | 'officer'> & { cluster: ResolversParentTypes['Cluster'], officer: ResolversParentTypes['ClusterOfficer'] };
  PhoneNumber: Scalars['PhoneNumber']['output'];
  PositiveInt: Scalars['PositiveInt']['output'];
  Practice: PracticeRow;
  PracticeDeparture: DepartureRow;
  Boolean: Scalars['Boolean']['output'];
  PracticePayload: Omit<PracticePayload, 'cluster' | 'practice'> & { cluster: ResolversParentTypes['Cluster'], practice: ResolversParentTypes['Practice'] };
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  RegisterEvent: RegisterEventRow;
  RegisterOfficerInput: RegisterOfficerInput;
  RegisterVersion: RegisterVersionRow;
  RegisterVersionPayload: Omit<RegisterVersionPayload, 'cluster' | 'version'> & { cluster: ResolversParentTypes['Cluster'], version: ResolversParentTypes['RegisterVersion'] };
  RemoveMemberInput: RemoveMemberInput;
  RemoveOfficerInput: RemoveOfficerInput;
  RemovePracticeInput: RemovePracticeInput;
  RemovePracticePayload: Omit<RemovePracticePayload, 'cluster' | 'departure'> & { cluster: ResolversParentTypes['Cluster'], departure: ResolversParentTypes['PracticeDeparture'] };
  SetClusterFundRateInput: SetClusterFundRateInput;
  UpdatePracticeInput: UpdatePracticeInput;
}>;

export type ClusterResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coordinator?: Resolver<Maybe<ResolversTypes['ClusterOfficer']>, ParentType, ContextType>;
  doctorCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funds?: Resolver<Maybe<ResolversTypes['ClusterFunds']>, ParentType, ContextType, Partial<ClusterFundsArgs>>;
  handovers?: Resolver<Maybe<Array<ResolversTypes['CoordinatorHandover']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedPatients?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['ClusterMeeting']>>, ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['ClusterMember']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officers?: Resolver<Maybe<Array<ResolversTypes['ClusterOfficer']>>, ParentType, ContextType>;
  practices?: Resolver<Maybe<Array<ResolversTypes['Practice']>>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  registerHistory?: Resolver<Maybe<Array<ResolversTypes['RegisterEvent']>>, ParentType, ContextType>;
  registerVersion?: Resolver<Maybe<ResolversTypes['RegisterVersion']>, ParentType, ContextType, RequireFields<ClusterRegisterVersionArgs, 'year'>>;
}>;

export type ClusterFundsResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterFunds'] = ResolversParentTypes['ClusterFunds']> = ResolversObject<{
  dkkPerPatient?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  expectedPaymentDkk?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  listedPatients?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClusterMeetingResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterMeeting'] = ResolversParentTypes['ClusterMeeting']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['MeetingFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['ClusterPackage']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClusterMemberResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterMember'] = ResolversParentTypes['ClusterMember']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClusterOfficerResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterOfficer'] = ResolversParentTypes['ClusterOfficer']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OfficerRole'], ParentType, ContextType>;
}>;

export type ClusterPackageResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterPackage'] = ResolversParentTypes['ClusterPackage'], FederationReferenceType extends FederationReferenceTypes['ClusterPackage'] = FederationReferenceTypes['ClusterPackage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ClusterPackage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalPackage?: Resolver<Maybe<ResolversTypes['MunicipalPackage']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['PackagePublisher'], ParentType, ContextType>;
}>;

export type ClusterPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterPayload'] = ResolversParentTypes['ClusterPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
}>;

export type ContactAccessRecordResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ContactAccessRecord'] = ResolversParentTypes['ContactAccessRecord']> = ResolversObject<{
  accessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ContactField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  officerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readerSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CoordinatorHandoverResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['CoordinatorHandover'] = ResolversParentTypes['CoordinatorHandover']> = ResolversObject<{
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  offeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HandoverStatus'], ParentType, ContextType>;
  toName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type FundRateResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['FundRate'] = ResolversParentTypes['FundRate']> = ResolversObject<{
  dkkPerPatient?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundRatePayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['FundRatePayload'] = ResolversParentTypes['FundRatePayload']> = ResolversObject<{
  rate?: Resolver<ResolversTypes['FundRate'], ParentType, ContextType>;
}>;

export type HandoverPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['HandoverPayload'] = ResolversParentTypes['HandoverPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  handover?: Resolver<ResolversTypes['CoordinatorHandover'], ParentType, ContextType>;
}>;

export type MemberPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['ClusterMember'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptCoordinatorHandover?: Resolver<ResolversTypes['HandoverPayload'], ParentType, ContextType, RequireFields<MutationAcceptCoordinatorHandoverArgs, 'input'>>;
  addMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  addPractice?: Resolver<ResolversTypes['PracticePayload'], ParentType, ContextType, RequireFields<MutationAddPracticeArgs, 'input'>>;
  cancelCoordinatorHandover?: Resolver<ResolversTypes['HandoverPayload'], ParentType, ContextType, RequireFields<MutationCancelCoordinatorHandoverArgs, 'input'>>;
  confirmClusterRegister?: Resolver<ResolversTypes['RegisterVersionPayload'], ParentType, ContextType, RequireFields<MutationConfirmClusterRegisterArgs, 'input'>>;
  offerCoordinatorHandover?: Resolver<ResolversTypes['HandoverPayload'], ParentType, ContextType, RequireFields<MutationOfferCoordinatorHandoverArgs, 'input'>>;
  registerOfficer?: Resolver<ResolversTypes['OfficerPayload'], ParentType, ContextType, RequireFields<MutationRegisterOfficerArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['ClusterPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  removeOfficer?: Resolver<ResolversTypes['ClusterPayload'], ParentType, ContextType, RequireFields<MutationRemoveOfficerArgs, 'input'>>;
  removePractice?: Resolver<ResolversTypes['RemovePracticePayload'], ParentType, ContextType, RequireFields<MutationRemovePracticeArgs, 'input'>>;
  setClusterFundRate?: Resolver<ResolversTypes['FundRatePayload'], ParentType, ContextType, RequireFields<MutationSetClusterFundRateArgs, 'input'>>;
  updatePractice?: Resolver<ResolversTypes['PracticePayload'], ParentType, ContextType, RequireFields<MutationUpdatePracticeArgs, 'input'>>;
}>;

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OfficerPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['OfficerPayload'] = ResolversParentTypes['OfficerPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['ClusterOfficer'], ParentType, ContextType>;
}>;

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type PracticeResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = ResolversObject<{
  doctorCount?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  listedPatients?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PracticeDepartureResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PracticeDeparture'] = ResolversParentTypes['PracticeDeparture']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leftAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practiceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualityVisitRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PracticePayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PracticePayload'] = ResolversParentTypes['PracticePayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  practice?: Resolver<ResolversTypes['Practice'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusterFundRates?: Resolver<Array<ResolversTypes['FundRate']>, ParentType, ContextType>;
  clusterPackage?: Resolver<Maybe<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackageArgs, 'id'>>;
  clusterPackages?: Resolver<Array<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackagesArgs, 'municipalOnly'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  clustersWithoutConfirmedRegister?: Resolver<Maybe<Array<ResolversTypes['Cluster']>>, ParentType, ContextType, Partial<QueryClustersWithoutConfirmedRegisterArgs>>;
  contactAccessLog?: Resolver<Maybe<Array<ResolversTypes['ContactAccessRecord']>>, ParentType, ContextType, RequireFields<QueryContactAccessLogArgs, 'first'>>;
  practiceDepartures?: Resolver<Maybe<Array<ResolversTypes['PracticeDeparture']>>, ParentType, ContextType, RequireFields<QueryPracticeDeparturesArgs, 'regionCode'>>;
}>;

export type RegionResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RegisterEventResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['RegisterEvent'] = ResolversParentTypes['RegisterEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['RegisterAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RegisterVersionResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['RegisterVersion'] = ResolversParentTypes['RegisterVersion']> = ResolversObject<{
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confirmedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listedPatients?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  memberNames?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegisterVersionPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['RegisterVersionPayload'] = ResolversParentTypes['RegisterVersionPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['RegisterVersion'], ParentType, ContextType>;
}>;

export type RemovePracticePayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['RemovePracticePayload'] = ResolversParentTypes['RemovePracticePayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  departure?: Resolver<ResolversTypes['PracticeDeparture'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ClustersContext> = ResolversObject<{
  Cluster?: ClusterResolvers<ContextType>;
  ClusterFunds?: ClusterFundsResolvers<ContextType>;
  ClusterMeeting?: ClusterMeetingResolvers<ContextType>;
  ClusterMember?: ClusterMemberResolvers<ContextType>;
  ClusterOfficer?: ClusterOfficerResolvers<ContextType>;
  ClusterPackage?: ClusterPackageResolvers<ContextType>;
  ClusterPayload?: ClusterPayloadResolvers<ContextType>;
  ContactAccessRecord?: ContactAccessRecordResolvers<ContextType>;
  CoordinatorHandover?: CoordinatorHandoverResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FundRate?: FundRateResolvers<ContextType>;
  FundRatePayload?: FundRatePayloadResolvers<ContextType>;
  HandoverPayload?: HandoverPayloadResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  OfficerPayload?: OfficerPayloadResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  PositiveInt?: GraphQLScalarType;
  Practice?: PracticeResolvers<ContextType>;
  PracticeDeparture?: PracticeDepartureResolvers<ContextType>;
  PracticePayload?: PracticePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterEvent?: RegisterEventResolvers<ContextType>;
  RegisterVersion?: RegisterVersionResolvers<ContextType>;
  RegisterVersionPayload?: RegisterVersionPayloadResolvers<ContextType>;
  RemovePracticePayload?: RemovePracticePayloadResolvers<ContextType>;
}>;

