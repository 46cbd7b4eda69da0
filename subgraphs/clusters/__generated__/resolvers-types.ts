import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClusterParent, OfficerRow, PracticeRow, PackageRow, MeetingRow, ContactAccessRow, RegionRef, MunicipalityRef } from '../store.js';
import type { MemberRow, RegisterVersionRow, HandoverRow, DepartureRow, FundRateRow, RegisterEventRow } from '../register-store.js';
import type { OrderRow, ParticipantRow, PracticeStepsRow, RoundRow, TemplateRow } from '../package-store.js';
import type { Question } from '../questionnaire-model.js';
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

/** A package is added to the catalogue. */
export type AddClusterPackageInput = {
  /** Where its data come from. */
  dataSource: Scalars['String']['input'];
  /** What it is about. */
  description: Scalars['String']['input'];
  /** Length of the meeting in minutes (30–480). */
  durationMinutes: Scalars['PositiveInt']['input'];
  /** A readable id: lower-case letters, digits and hyphens, e.g. "hjertesvigt". */
  id: Scalars['ID']['input'];
  /** The package's name. */
  name: Scalars['String']['input'];
  /** The publishing regional unit's region; left out for KiAP's own packages. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Someone joins a package meeting. */
export type AddMeetingParticipantInput = {
  /** Their name. */
  name: Scalars['String']['input'];
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** Their organisation. */
  organisation: Scalars['String']['input'];
  /** What they do at the meeting. */
  role?: InputMaybe<Scalars['String']['input']>;
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

/** One answer. */
export type AnswerInput = {
  /** The chosen answer: its position on the scale, from 0. */
  option: Scalars['NonNegativeInt']['input'];
  /** The question. */
  questionId: Scalars['ID']['input'];
  /** The statement, for a question with statements. */
  statementId?: InputMaybe<Scalars['ID']['input']>;
};

/** A member answers a round. */
export type AnswerQuestionnaireInput = {
  /** Every question asked of the practice form, answered once. */
  answers: Array<AnswerInput>;
  /** The respondent's practice form; taken from the register when the member is in it. */
  practiceForm?: InputMaybe<PracticeForm>;
  /** The round. */
  roundId: Scalars['ID']['input'];
};

/** An answer was recorded. */
export type AnswerQuestionnairePayload = {
  __typename?: 'AnswerQuestionnairePayload';
  /** The round, with its respondent count. */
  round: QuestionnaireRound;
};

/** The results of one question, or one statement of a question. */
export type AnswerResult = {
  __typename?: 'AnswerResult';
  /** The figures per answer on the scale. */
  options: Array<OptionResult>;
  /** The question's text. */
  question: Scalars['String']['output'];
  /** The question. */
  questionId: Scalars['ID']['output'];
  /** How many answered it; null when hidden. */
  respondents: Maybe<Scalars['NonNegativeInt']['output']>;
  /** How many shared practices' doctors answered it; null when hidden. */
  sharedRespondents: Maybe<Scalars['NonNegativeInt']['output']>;
  /** How many solo practices' doctors answered it; null when hidden. */
  soloRespondents: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The statement's text; null for a question answered once. */
  statement: Maybe<Scalars['String']['output']>;
  /** The statement; null for a question answered once. */
  statementId: Maybe<Scalars['ID']['output']>;
};

/** An offer is withdrawn. */
export type CancelCoordinatorHandoverInput = {
  /** The handover. */
  handoverId: Scalars['ID']['input'];
};

/** An order is cancelled. */
export type CancelPackageOrderInput = {
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** An order is closed. */
export type ClosePackageOrderInput = {
  /** The order. */
  orderId: Scalars['ID']['input'];
};

/** A round closes. */
export type CloseQuestionnaireRoundInput = {
  /** The round. */
  roundId: Scalars['ID']['input'];
};

/**
 * A quality cluster (kvalitetsklynge): a local network of general practitioners doing
 * data-driven quality work together. Clusters meet 2–4 times a year.
 */
export type Cluster = {
  __typename?: 'Cluster';
  /**
   * Reads of this cluster's officers' and members' contact details, newest first: who read
   * which detail, and when. For the cluster's own members and KiAP; null with FORBIDDEN otherwise.
   */
  contactReads: Maybe<Array<ContactAccessRecord>>;
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
   * The cluster's package orders, newest first. For KiAP, the cluster's own logins and its
   * region's unit; a municipality sees the orders that invite it. Empty for anyone else.
   */
  packageOrders: Array<PackageOrder>;
  /**
   * The member practices, ordered by provider number. Only for the cluster's partners (KiAP,
   * its members, its region's unit, the municipalities it covers); null with FORBIDDEN otherwise.
   */
  practices: Maybe<Array<Practice>>;
  /**
   * The cluster's questionnaire rounds, newest first: the packages' and its own. For KiAP, the
   * cluster's own logins and its region's unit; null with FORBIDDEN otherwise.
   */
  questionnaireRounds: Maybe<Array<QuestionnaireRound>>;
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
export type ClusterContactReadsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  excludeOwnMembers?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** KiAP's questionnaire for the package; null when the package has none (its data come from elsewhere). */
  questionnaire: Maybe<QuestionnaireTemplate>;
  /** The publishing regional unit's region; null for KiAP's packages. */
  region: Maybe<Region>;
};

/** A package after the change. */
export type ClusterPackagePayload = {
  __typename?: 'ClusterPackagePayload';
  /** The package. */
  package: ClusterPackage;
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

/** Where a held package's follow-up is. */
export type FollowUpState =
  /** 6 to 12 months since the meeting: time to follow up. */
  | 'DUE'
  /** Less than 6 months since the meeting. */
  | 'NOT_YET_DUE'
  /** The follow-up package is ordered. */
  | 'ORDERED'
  /** More than 12 months since the meeting and no follow-up ordered. */
  | 'OVERDUE';

/** The follow-up window of a held package: 6 to 12 months after the meeting (KiAP's recommendation). */
export type FollowUpWindow = {
  __typename?: 'FollowUpWindow';
  /** The last day before it is overdue. */
  dueBy: Scalars['Date']['output'];
  /** The first day the follow-up is due. */
  dueFrom: Scalars['Date']['output'];
  /** Where the follow-up is, today. */
  state: FollowUpState;
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

/** Someone taking part in a package meeting besides the cluster and its presenters. */
export type MeetingParticipant = {
  __typename?: 'MeetingParticipant';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their organisation, e.g. "Aarhus Universitetshospital". */
  organisation: Scalars['String']['output'];
  /** What they do at the meeting, e.g. "facilitator". */
  role: Maybe<Scalars['String']['output']>;
};

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
  /** KiAP adds a package to the catalogue. */
  addClusterPackage: ClusterPackagePayload;
  /** Someone else takes part in the meeting (a hospital doctor, a regional facilitator). The order's handler or the cluster's coordinator or board. */
  addMeetingParticipant: PackageOrderPayload;
  /** A member joins. Coordinator or board. */
  addMember: MemberPayload;
  /** A practice joins the cluster. Coordinator or board. */
  addPractice: PracticePayload;
  /**
   * A member of the cluster answers an open round, or changes their answer: the latest answer
   * counts, once. Nobody can read one person's answers back, not even that person.
   */
  answerQuestionnaire: AnswerQuestionnairePayload;
  /** The offer is withdrawn, by the coordinator or KiAP. */
  cancelCoordinatorHandover: HandoverPayload;
  /** The order is cancelled before the meeting, by its handler or the cluster's coordinator or board. */
  cancelPackageOrder: PackageOrderPayload;
  /** The order's handler closes a held order: nothing more will happen under it. */
  closePackageOrder: PackageOrderPayload;
  /**
   * A round closes before its last day: KiAP or the order's handler for a package's round, the
   * coordinator or board for the cluster's own. Results are shown from then on.
   */
  closeQuestionnaireRound: QuestionnaireRoundPayload;
  /** The coordinator or board confirms the register: the list for the year whose 31 January comes next (or today). */
  confirmClusterRegister: RegisterVersionPayload;
  /** The coordinator (or KiAP, when the coordinator is gone) offers the office to a member. */
  offerCoordinatorHandover: HandoverPayload;
  /** The cluster's coordinator or board sends a questionnaire of the cluster's own, e.g. a meeting evaluation. */
  openClusterQuestionnaire: QuestionnaireRoundPayload;
  /**
   * The cluster's coordinator or board orders a package. Ordering a package the cluster has an
   * open order for returns that order (a retry is not a second order).
   */
  orderClusterPackage: PackageOrderPayload;
  /**
   * The meeting was held: the cluster's coordinator or board records the focus areas agreed and
   * each practice's implementation steps. Recording again replaces them.
   */
  recordPackageOutcome: PackageOrderPayload;
  /** A member takes an office: board member, treasurer or secretary. Coordinator or board. */
  registerOfficer: OfficerPayload;
  /** A participant no longer takes part. The order's handler or the cluster's coordinator or board. */
  removeMeetingParticipant: PackageOrderPayload;
  /** A member leaves (and any office they held other than coordinator). Coordinator or board. */
  removeMember: ClusterPayload;
  /** An office other than the coordinator's ends. Coordinator or board. */
  removeOfficer: ClusterPayload;
  /** A practice leaves, with its members; the cluster may ask its region for a quality visit. Coordinator or board. */
  removePractice: RemovePracticePayload;
  /** KiAP (or, for a regional package, its unit) writes the package's questionnaire. Running rounds keep the questions they opened with. */
  saveQuestionnaireTemplate: ClusterPackagePayload;
  /** KiAP enters a year's cluster funds rate. */
  setClusterFundRate: FundRatePayload;
  /** KiAP changes a package's text, length or data source. */
  updateClusterPackage: ClusterPackagePayload;
  /**
   * KiAP (or the publishing regional unit) takes the order: the consultant, the call with the
   * coordinator, and the questionnaire's window, which opens the round for the cluster's members.
   */
  updatePackageOrder: PackageOrderPayload;
  /** A practice's name, doctors or listed patients change. Coordinator or board. */
  updatePractice: PracticePayload;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAcceptCoordinatorHandoverArgs = {
  input: AcceptCoordinatorHandoverInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAddClusterPackageArgs = {
  input: AddClusterPackageInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationAddMeetingParticipantArgs = {
  input: AddMeetingParticipantInput;
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
export type MutationAnswerQuestionnaireArgs = {
  input: AnswerQuestionnaireInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationCancelCoordinatorHandoverArgs = {
  input: CancelCoordinatorHandoverInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationCancelPackageOrderArgs = {
  input: CancelPackageOrderInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationClosePackageOrderArgs = {
  input: ClosePackageOrderInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationCloseQuestionnaireRoundArgs = {
  input: CloseQuestionnaireRoundInput;
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
export type MutationOpenClusterQuestionnaireArgs = {
  input: OpenClusterQuestionnaireInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationOrderClusterPackageArgs = {
  input: OrderClusterPackageInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRecordPackageOutcomeArgs = {
  input: RecordPackageOutcomeInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRegisterOfficerArgs = {
  input: RegisterOfficerInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationRemoveMeetingParticipantArgs = {
  input: RemoveMeetingParticipantInput;
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
export type MutationSaveQuestionnaireTemplateArgs = {
  input: SaveQuestionnaireTemplateInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationSetClusterFundRateArgs = {
  input: SetClusterFundRateInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationUpdateClusterPackageArgs = {
  input: UpdateClusterPackageInput;
};


/** Changes to clusters' registers. Each takes one input and returns a payload. */
export type MutationUpdatePackageOrderArgs = {
  input: UpdatePackageOrderInput;
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

/** A cluster's own questionnaire. */
export type OpenClusterQuestionnaireInput = {
  /** The last day (within 90 days). */
  closesOn: Scalars['Date']['input'];
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** The first day; today when left out. */
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  /** The questions (1–40). */
  questions: Array<QuestionInput>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** How many chose one answer. Every figure is null when showing it could identify someone. */
export type OptionResult = {
  __typename?: 'OptionResult';
  /** How many chose it. */
  count: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The answer. */
  label: Scalars['String']['output'];
  /** Their share of those who answered, in per cent. */
  share: Maybe<Scalars['Float']['output']>;
  /** The share in the round this one is compared with, when both are shown; null otherwise. */
  shareBefore: Maybe<Scalars['Float']['output']>;
  /** How many shared practices' doctors chose it. */
  sharedCount: Maybe<Scalars['NonNegativeInt']['output']>;
  /** How many solo practices' doctors chose it. */
  soloCount: Maybe<Scalars['NonNegativeInt']['output']>;
};

/** A cluster orders a package. */
export type OrderClusterPackageInput = {
  /** The cluster. */
  clusterId: Scalars['ID']['input'];
  /** For a follow-up: the held order it follows up. Its package is the package ordered again. */
  followUpOfOrderId?: InputMaybe<Scalars['ID']['input']>;
  /** For a municipal package: the municipality invited to present (three digits). */
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  /** The package. */
  packageId: Scalars['ID']['input'];
  /** What the cluster wishes from the meeting (at most 2,000 characters). */
  wishes?: InputMaybe<Scalars['String']['input']>;
};

/** Who takes a package order. */
export type PackageHandler = {
  __typename?: 'PackageHandler';
  /** True for KiAP. */
  kiap: Scalars['Boolean']['output'];
  /** The regional unit's region, for a regional package; null for KiAP. */
  region: Maybe<Region>;
};

/**
 * A cluster's order of a package (seed 003, "Før, under og efter klyngemødet"): ordered by the
 * cluster, taken by KiAP or the publishing regional unit, held with agreed focus areas, and
 * followed up 6–12 months later with the questionnaire repeated.
 */
export type PackageOrder = {
  __typename?: 'PackageOrder';
  /** The day the consultant called the coordinator. */
  callHeldOn: Maybe<Scalars['Date']['output']>;
  /** What the call agreed, for the handler and the cluster's coordinator and board; null for others. */
  callNote: Maybe<Scalars['String']['output']>;
  /** Why it was cancelled. */
  cancellationReason: Maybe<Scalars['String']['output']>;
  /** When it was closed or cancelled. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The cluster that ordered. */
  cluster: Cluster;
  /** The handler's consultant for this order. */
  consultant: Maybe<Scalars['String']['output']>;
  /** The focus areas (indsatsområder) the cluster agreed at the meeting. */
  focusAreas: Array<Scalars['String']['output']>;
  /** When the follow-up is due; null until the meeting is held. */
  followUp: Maybe<FollowUpWindow>;
  /** The order this one follows up; null for a first order. */
  followUpOf: Maybe<PackageOrder>;
  /** The follow-up ordered from this one, if any. */
  followUpOrder: Maybe<PackageOrder>;
  /** Who takes the order: KiAP, or the publishing regional unit's region. */
  handledBy: PackageHandler;
  /** The day the meeting was held. */
  heldOn: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The municipality a municipal package invites to present; null for other packages. */
  invitedMunicipality: Maybe<Municipality>;
  /** When it was ordered. */
  orderedAt: Scalars['DateTime']['output'];
  /** Who ordered, by office (e.g. "cluster coordinator"), never by name or login. */
  orderedBy: Scalars['String']['output'];
  /** The package ordered. */
  package: ClusterPackage;
  /** Others taking part in the meeting, by name and organisation. */
  participants: Array<MeetingParticipant>;
  /**
   * Each practice's implementation steps: for KiAP and the cluster's own logins only (figures
   * and plans per practice are not for outsiders); null for others.
   */
  practiceSteps: Maybe<Array<PracticeSteps>>;
  /** The questionnaire round of this order; null until the handler sets its window. */
  questionnaireRound: Maybe<QuestionnaireRound>;
  /** Where the order is. */
  status: PackageOrderStatus;
  /** What the cluster wishes from the meeting, in its own words. */
  wishes: Maybe<Scalars['String']['output']>;
};

/** An order after the change. */
export type PackageOrderPayload = {
  __typename?: 'PackageOrderPayload';
  /** The order. */
  order: PackageOrder;
};

/** Where a package order is. */
export type PackageOrderStatus =
  /** Cancelled before the meeting. */
  | 'CANCELLED'
  /** Finished: nothing more happens under this order. */
  | 'CLOSED'
  /** The meeting was held and its outcome recorded; the follow-up is due 6–12 months later. */
  | 'HELD'
  /** Ordered by the cluster; the handler has not taken it yet. */
  | 'ORDERED'
  /** Taken: a consultant is assigned, the call and the questionnaire are planned. */
  | 'PREPARING';

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

/** Practice forms: solo practices skip the questions about colleagues in the practice. */
export type PracticeForm =
  /** Two or more doctors. */
  | 'SHARED'
  /** One doctor in the practice. */
  | 'SOLO';

/** A practice after the change. */
export type PracticePayload = {
  __typename?: 'PracticePayload';
  /** Its cluster. */
  cluster: Cluster;
  /** The practice. */
  practice: Practice;
};

/** A practice's implementation steps after a package meeting. */
export type PracticeSteps = {
  __typename?: 'PracticeSteps';
  /** The practice's name, when it is still in the register. */
  practiceName: Maybe<Scalars['String']['output']>;
  /** The practice's provider number. */
  providerNumber: Scalars['String']['output'];
  /** What the practice will do. */
  steps: Scalars['String']['output'];
};

/** A practice's steps. */
export type PracticeStepsInput = {
  /** The practice's provider number (a member practice of the cluster). */
  providerNumber: Scalars['String']['input'];
  /** What it will do. */
  steps: Scalars['String']['input'];
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
  /**
   * Held packages whose follow-up is due (6–12 months after the meeting) or overdue and not yet
   * ordered, soonest due first: all for KiAP, the region's own for a regional unit, its own for a cluster.
   */
  packageFollowUpsDue: Array<PackageOrder>;
  /** One package order; null when there is none or the caller may not see it. */
  packageOrder: Maybe<PackageOrder>;
  /**
   * Package orders, newest first: all for KiAP, its region's clusters' for a regional unit,
   * its own for a cluster login, those inviting it for a municipality. External parties get none.
   */
  packageOrders: Array<PackageOrder>;
  /** Practices that left the region's clusters, newest first: for that region's unit and KiAP. */
  practiceDepartures: Maybe<Array<PracticeDeparture>>;
  /** One questionnaire round; null when there is none or the caller may not see it. */
  questionnaireRound: Maybe<QuestionnaireRound>;
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
  after?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryPackageFollowUpsDueArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryPackageOrderArgs = {
  id: Scalars['ID']['input'];
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryPackageOrdersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PackageOrderStatus>>;
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryPracticeDeparturesArgs = {
  regionCode: Scalars['ID']['input'];
};


/** The cluster directory and KiAP's package catalogue. */
export type QueryQuestionnaireRoundArgs = {
  id: Scalars['ID']['input'];
};

/** A question as written. */
export type QuestionInput = {
  /** Its id, unique in the questionnaire: 1–20 lower-case letters, digits or hyphens. */
  id: Scalars['ID']['input'];
  /** The scale, 2–10 answers. */
  options: Array<Scalars['String']['input']>;
  /** True when solo practices skip it. */
  skippedBySoloPractices?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements answered one by one on the scale; leave out for a question answered once. */
  statements?: InputMaybe<Array<QuestionStatementInput>>;
  /** The question. */
  text: Scalars['String']['input'];
};

/** A statement of a question, answered on the question's scale. */
export type QuestionStatement = {
  __typename?: 'QuestionStatement';
  /** Stable identifier within the question. */
  id: Scalars['ID']['output'];
  /** The statement, e.g. "Vi hjælper hinanden". */
  text: Scalars['String']['output'];
};

/** A statement as written. */
export type QuestionStatementInput = {
  /** Its id, unique in the question. */
  id: Scalars['ID']['input'];
  /** The statement. */
  text: Scalars['String']['input'];
};

/** A question of a questionnaire. */
export type QuestionnaireQuestion = {
  __typename?: 'QuestionnaireQuestion';
  /** Stable identifier within the questionnaire, e.g. "q4". */
  id: Scalars['ID']['output'];
  /** The scale: the answers to choose from, in order. */
  options: Array<Scalars['String']['output']>;
  /** True when solo practices are not asked this question (it is about colleagues in the practice). */
  skippedBySoloPractices: Scalars['Boolean']['output'];
  /** Statements answered one by one on the scale; empty when the question is answered once. */
  statements: Array<QuestionStatement>;
  /** The question. */
  text: Scalars['String']['output'];
};

/** A closed round's results: counts and shares, with small numbers hidden. */
export type QuestionnaireResults = {
  __typename?: 'QuestionnaireResults';
  /** One entry per question, or per statement of a question, in the questionnaire's order. */
  answers: Array<AnswerResult>;
  /** Figures below this many respondents are hidden (together with as many others as it takes that none can be worked out). */
  minimumGroupSize: Scalars['PositiveInt']['output'];
};

/**
 * One sending of a questionnaire to a cluster's members. Answers are stored apart from who
 * gave them and are only ever shown as counts, once the round has closed.
 */
export type QuestionnaireRound = {
  __typename?: 'QuestionnaireRound';
  /** True when the caller has answered this round (only a cluster login can have). */
  answeredByMe: Scalars['Boolean']['output'];
  /** The last day members can answer. */
  closesOn: Scalars['Date']['output'];
  /** The cluster asked. */
  cluster: Cluster;
  /** The round this one is compared with: the first round of the order a follow-up follows up. */
  comparedWith: Maybe<QuestionnaireRound>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How many members the register lists (who can answer); null when the cluster keeps no register. */
  memberCount: Maybe<Scalars['NonNegativeInt']['output']>;
  /**
   * The caller's practice form as the cluster's register has it, which decides the questions
   * they are asked; null when the register does not know the caller.
   */
  myPracticeForm: Maybe<PracticeForm>;
  /** The first day members can answer. */
  opensOn: Scalars['Date']['output'];
  /** The package order it belongs to; null for the cluster's own rounds. */
  order: Maybe<PackageOrder>;
  /** Why it is sent. */
  purpose: QuestionnaireRoundPurpose;
  /** The questions, as they were when the round opened. */
  questions: Array<QuestionnaireQuestion>;
  /** How many have answered. */
  respondentCount: Scalars['NonNegativeInt']['output'];
  /** Aggregate results; null until the round has closed. */
  results: Maybe<QuestionnaireResults>;
  /** Where it is, today. */
  status: QuestionnaireRoundStatus;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A round after the change. */
export type QuestionnaireRoundPayload = {
  __typename?: 'QuestionnaireRoundPayload';
  /** The round. */
  round: QuestionnaireRound;
};

/** Why a questionnaire round is sent. */
export type QuestionnaireRoundPurpose =
  /** Before a package meeting. */
  | 'BEFORE_MEETING'
  /** The cluster's own questionnaire, e.g. a meeting evaluation. */
  | 'CLUSTER_OWN'
  /** At the follow-up, repeating the first round's questions. */
  | 'FOLLOW_UP';

/** Where a questionnaire round is. */
export type QuestionnaireRoundStatus =
  /** Closed: results are shown. */
  | 'CLOSED'
  /** Members can answer, and change their answer. */
  | 'OPEN'
  /** Its first day has not come. */
  | 'SCHEDULED';

/** KiAP's questionnaire for a package. */
export type QuestionnaireTemplate = {
  __typename?: 'QuestionnaireTemplate';
  /** The questions, in order. */
  questions: Array<QuestionnaireQuestion>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A package meeting's outcome. */
export type RecordPackageOutcomeInput = {
  /** The focus areas agreed, 1–10. */
  focusAreas: Array<Scalars['String']['input']>;
  /** The day the meeting was held (today or earlier). */
  heldOn: Scalars['Date']['input'];
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** Each practice's implementation steps. */
  practiceSteps?: InputMaybe<Array<PracticeStepsInput>>;
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

/** A participant is removed. */
export type RemoveMeetingParticipantInput = {
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** The participant. */
  participantId: Scalars['ID']['input'];
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

/** A package's questionnaire is written. */
export type SaveQuestionnaireTemplateInput = {
  /** The package. */
  packageId: Scalars['ID']['input'];
  /** The questions, in order (1–40). */
  questions: Array<QuestionInput>;
};

/** A year's funds rate. */
export type SetClusterFundRateInput = {
  /** DKK per group-1 patient, above 0 and below 1000, to the øre. */
  dkkPerPatient: Scalars['Float']['input'];
  /** The year, 2007–2099. */
  year: Scalars['Int']['input'];
};

/** A package's text changes; fields left out stay as they are. */
export type UpdateClusterPackageInput = {
  /** The new data source. */
  dataSource?: InputMaybe<Scalars['String']['input']>;
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new length in minutes (30–480). */
  durationMinutes?: InputMaybe<Scalars['PositiveInt']['input']>;
  /** The package. */
  id: Scalars['ID']['input'];
  /** The new name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The handler takes an order forward; fields left out stay as they are. */
export type UpdatePackageOrderInput = {
  /** The day the consultant called the coordinator. */
  callHeldOn?: InputMaybe<Scalars['Date']['input']>;
  /** What the call agreed. */
  callNote?: InputMaybe<Scalars['String']['input']>;
  /** The consultant's name. */
  consultant?: InputMaybe<Scalars['String']['input']>;
  /** The order. */
  orderId: Scalars['ID']['input'];
  /** The questionnaire's last day. */
  questionnaireClosesOn?: InputMaybe<Scalars['Date']['input']>;
  /** The questionnaire's first day; with `questionnaireClosesOn` it opens the round (the package must have a questionnaire). */
  questionnaireOpensOn?: InputMaybe<Scalars['Date']['input']>;
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
  PackageOrder: PackageOrder;
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
  PackageOrder:
    ( { __typename: 'PackageOrder' }
    & GraphQLRecursivePick<FederationTypes['PackageOrder'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptCoordinatorHandoverInput: AcceptCoordinatorHandoverInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddClusterPackageInput: AddClusterPackageInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddMeetingParticipantInput: AddMeetingParticipantInput;
  AddMemberInput: AddMemberInput;
  AddPracticeInput: AddPracticeInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnswerInput: AnswerInput;
  AnswerQuestionnaireInput: AnswerQuestionnaireInput;
  AnswerQuestionnairePayload: ResolverTypeWrapper<Omit<AnswerQuestionnairePayload, 'round'> & { round: ResolversTypes['QuestionnaireRound'] }>;
  AnswerResult: ResolverTypeWrapper<AnswerResult>;
  CancelCoordinatorHandoverInput: CancelCoordinatorHandoverInput;
  CancelPackageOrderInput: CancelPackageOrderInput;
  ClosePackageOrderInput: ClosePackageOrderInput;
  CloseQuestionnaireRoundInput: CloseQuestionnaireRoundInput;
  Cluster: ResolverTypeWrapper<ClusterParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClusterFunds: ResolverTypeWrapper<ClusterFunds>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ClusterMeeting: ResolverTypeWrapper<MeetingRow>;
  ClusterMember: ResolverTypeWrapper<MemberRow>;
  ClusterOfficer: ResolverTypeWrapper<OfficerRow>;
  ClusterPackage: ResolverTypeWrapper<PackageRow>;
  ClusterPackagePayload: ResolverTypeWrapper<Omit<ClusterPackagePayload, 'package'> & { package: ResolversTypes['ClusterPackage'] }>;
  ClusterPayload: ResolverTypeWrapper<Omit<ClusterPayload, 'cluster'> & { cluster: ResolversTypes['Cluster'] }>;
  ConfirmClusterRegisterInput: ConfirmClusterRegisterInput;
  ContactAccessRecord: ResolverTypeWrapper<ContactAccessRow>;
  ContactField: ContactField;
  CoordinatorHandover: ResolverTypeWrapper<HandoverRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FollowUpState: FollowUpState;
  FollowUpWindow: ResolverTypeWrapper<FollowUpWindow>;
  FundRate: ResolverTypeWrapper<FundRateRow>;
  FundRatePayload: ResolverTypeWrapper<Omit<FundRatePayload, 'rate'> & { rate: ResolversTypes['FundRate'] }>;
  HandoverPayload: ResolverTypeWrapper<Omit<HandoverPayload, 'cluster' | 'handover'> & { cluster: ResolversTypes['Cluster'], handover: ResolversTypes['CoordinatorHandover'] }>;
  HandoverStatus: HandoverStatus;
  MeetingFormat: MeetingFormat;
  MeetingParticipant: ResolverTypeWrapper<ParticipantRow>;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'cluster' | 'member'> & { cluster: ResolversTypes['Cluster'], member: ResolversTypes['ClusterMember'] }>;
  MunicipalPackage: MunicipalPackage;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OfferCoordinatorHandoverInput: OfferCoordinatorHandoverInput;
  OfficerPayload: ResolverTypeWrapper<Omit<OfficerPayload, 'cluster' | 'officer'> & { cluster: ResolversTypes['Cluster'], officer: ResolversTypes['ClusterOfficer'] }>;
  OfficerRole: OfficerRole;
  OpenClusterQuestionnaireInput: OpenClusterQuestionnaireInput;
  OptionResult: ResolverTypeWrapper<OptionResult>;
  OrderClusterPackageInput: OrderClusterPackageInput;
  PackageHandler: ResolverTypeWrapper<Omit<PackageHandler, 'region'> & { region?: Maybe<ResolversTypes['Region']> }>;
  PackageOrder: ResolverTypeWrapper<OrderRow>;
  PackageOrderPayload: ResolverTypeWrapper<Omit<PackageOrderPayload, 'order'> & { order: ResolversTypes['PackageOrder'] }>;
  PackageOrderStatus: PackageOrderStatus;
  PackagePublisher: PackagePublisher;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Practice: ResolverTypeWrapper<PracticeRow>;
  PracticeDeparture: ResolverTypeWrapper<DepartureRow>;
  PracticeForm: PracticeForm;
  PracticePayload: ResolverTypeWrapper<Omit<PracticePayload, 'cluster' | 'practice'> & { cluster: ResolversTypes['Cluster'], practice: ResolversTypes['Practice'] }>;
  PracticeSteps: ResolverTypeWrapper<PracticeStepsRow>;
  PracticeStepsInput: PracticeStepsInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionInput: QuestionInput;
  QuestionStatement: ResolverTypeWrapper<QuestionStatement>;
  QuestionStatementInput: QuestionStatementInput;
  QuestionnaireQuestion: ResolverTypeWrapper<Question>;
  QuestionnaireResults: ResolverTypeWrapper<QuestionnaireResults>;
  QuestionnaireRound: ResolverTypeWrapper<RoundRow>;
  QuestionnaireRoundPayload: ResolverTypeWrapper<Omit<QuestionnaireRoundPayload, 'round'> & { round: ResolversTypes['QuestionnaireRound'] }>;
  QuestionnaireRoundPurpose: QuestionnaireRoundPurpose;
  QuestionnaireRoundStatus: QuestionnaireRoundStatus;
  QuestionnaireTemplate: ResolverTypeWrapper<TemplateRow>;
  RecordPackageOutcomeInput: RecordPackageOutcomeInput;
  Region: ResolverTypeWrapper<RegionRef>;
  RegisterAction: RegisterAction;
  RegisterEvent: ResolverTypeWrapper<RegisterEventRow>;
  RegisterOfficerInput: RegisterOfficerInput;
  RegisterVersion: ResolverTypeWrapper<RegisterVersionRow>;
  RegisterVersionPayload: ResolverTypeWrapper<Omit<RegisterVersionPayload, 'cluster' | 'version'> & { cluster: ResolversTypes['Cluster'], version: ResolversTypes['RegisterVersion'] }>;
  RemoveMeetingParticipantInput: RemoveMeetingParticipantInput;
  RemoveMemberInput: RemoveMemberInput;
  RemoveOfficerInput: RemoveOfficerInput;
  RemovePracticeInput: RemovePracticeInput;
  RemovePracticePayload: ResolverTypeWrapper<Omit<RemovePracticePayload, 'cluster' | 'departure'> & { cluster: ResolversTypes['Cluster'], departure: ResolversTypes['PracticeDeparture'] }>;
  SaveQuestionnaireTemplateInput: SaveQuestionnaireTemplateInput;
  SetClusterFundRateInput: SetClusterFundRateInput;
  UpdateClusterPackageInput: UpdateClusterPackageInput;
  UpdatePackageOrderInput: UpdatePackageOrderInput;
  UpdatePracticeInput: UpdatePracticeInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptCoordinatorHandoverInput: AcceptCoordinatorHandoverInput;
  ID: Scalars['ID']['output'];
  AddClusterPackageInput: AddClusterPackageInput;
  String: Scalars['String']['output'];
  AddMeetingParticipantInput: AddMeetingParticipantInput;
  AddMemberInput: AddMemberInput;
  AddPracticeInput: AddPracticeInput;
  Int: Scalars['Int']['output'];
  AnswerInput: AnswerInput;
  AnswerQuestionnaireInput: AnswerQuestionnaireInput;
  AnswerQuestionnairePayload: Omit<AnswerQuestionnairePayload, 'round'> & { round: ResolversParentTypes['QuestionnaireRound'] };
  AnswerResult: AnswerResult;
  CancelCoordinatorHandoverInput: CancelCoordinatorHandoverInput;
  CancelPackageOrderInput: CancelPackageOrderInput;
  ClosePackageOrderInput: ClosePackageOrderInput;
  CloseQuestionnaireRoundInput: CloseQuestionnaireRoundInput;
  Cluster: ClusterParent;
  Boolean: Scalars['Boolean']['output'];
  ClusterFunds: ClusterFunds;
  Float: Scalars['Float']['output'];
  ClusterMeeting: MeetingRow;
  ClusterMember: MemberRow;
  ClusterOfficer: OfficerRow;
  ClusterPackage: PackageRow;
  ClusterPackagePayload: Omit<ClusterPackagePayload, 'package'> & { package: ResolversParentTypes['ClusterPackage'] };
  ClusterPayload: Omit<ClusterPayload, 'cluster'> & { cluster: ResolversParentTypes['Cluster'] };
  ConfirmClusterRegisterInput: ConfirmClusterRegisterInput;
  ContactAccessRecord: ContactAccessRow;
  CoordinatorHandover: HandoverRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FollowUpWindow: FollowUpWindow;
  FundRate: FundRateRow;
  FundRatePayload: Omit<FundRatePayload, 'rate'> & { rate: ResolversParentTypes['FundRate'] };
  HandoverPayload: Omit<HandoverPayload, 'cluster' | 'handover'> & { cluster: ResolversParentTypes['Cluster'], handover: ResolversParentTypes['CoordinatorHandover'] };
  MeetingParticipant: ParticipantRow;
  MemberPayload: Omit<MemberPayload, 'cluster' | 'member'> & { cluster: ResolversParentTypes['Cluster'], member: ResolversParentTypes['ClusterMember'] };
  Municipality: MunicipalityRef;
  Mutation: Record<PropertyKey, never>;
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  OfferCoordinatorHandoverInput: OfferCoordinatorHandoverInput;
  OfficerPayload: Omit<OfficerPayload, 'cluster' | 'officer'> & { cluster: ResolversParentTypes['Cluster'], officer: ResolversParentTypes['ClusterOfficer'] };
  OpenClusterQuestionnaireInput: OpenClusterQuestionnaireInput;
  OptionResult: OptionResult;
  OrderClusterPackageInput: OrderClusterPackageInput;
  PackageHandler: Omit<PackageHandler, 'region'> & { region?: Maybe<ResolversParentTypes['Region']> };
  PackageOrder: OrderRow;
  PackageOrderPayload: Omit<PackageOrderPayload, 'order'> & { order: ResolversParentTypes['PackageOrder'] };
  PhoneNumber: Scalars['PhoneNumber']['output'];
  PositiveInt: Scalars['PositiveInt']['output'];
  Practice: PracticeRow;
  PracticeDeparture: DepartureRow;
  PracticePayload: Omit<PracticePayload, 'cluster' | 'practice'> & { cluster: ResolversParentTypes['Cluster'], practice: ResolversParentTypes['Practice'] };
  PracticeSteps: PracticeStepsRow;
  PracticeStepsInput: PracticeStepsInput;
  Query: Record<PropertyKey, never>;
  QuestionInput: QuestionInput;
  QuestionStatement: QuestionStatement;
  QuestionStatementInput: QuestionStatementInput;
  QuestionnaireQuestion: Question;
  QuestionnaireResults: QuestionnaireResults;
  QuestionnaireRound: RoundRow;
  QuestionnaireRoundPayload: Omit<QuestionnaireRoundPayload, 'round'> & { round: ResolversParentTypes['QuestionnaireRound'] };
  QuestionnaireTemplate: TemplateRow;
  RecordPackageOutcomeInput: RecordPackageOutcomeInput;
  Region: RegionRef;
  RegisterEvent: RegisterEventRow;
  RegisterOfficerInput: RegisterOfficerInput;
  RegisterVersion: RegisterVersionRow;
  RegisterVersionPayload: Omit<RegisterVersionPayload, 'cluster' | 'version'> & { cluster: ResolversParentTypes['Cluster'], version: ResolversParentTypes['RegisterVersion'] };
  RemoveMeetingParticipantInput: RemoveMeetingParticipantInput;
  RemoveMemberInput: RemoveMemberInput;
  RemoveOfficerInput: RemoveOfficerInput;
  RemovePracticeInput: RemovePracticeInput;
  RemovePracticePayload: Omit<RemovePracticePayload, 'cluster' | 'departure'> & { cluster: ResolversParentTypes['Cluster'], departure: ResolversParentTypes['PracticeDeparture'] };
  SaveQuestionnaireTemplateInput: SaveQuestionnaireTemplateInput;
  SetClusterFundRateInput: SetClusterFundRateInput;
  UpdateClusterPackageInput: UpdateClusterPackageInput;
  UpdatePackageOrderInput: UpdatePackageOrderInput;
  UpdatePracticeInput: UpdatePracticeInput;
}>;

export type AnswerQuestionnairePayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['AnswerQuestionnairePayload'] = ResolversParentTypes['AnswerQuestionnairePayload']> = ResolversObject<{
  round?: Resolver<ResolversTypes['QuestionnaireRound'], ParentType, ContextType>;
}>;

export type AnswerResultResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['AnswerResult'] = ResolversParentTypes['AnswerResult']> = ResolversObject<{
  options?: Resolver<Array<ResolversTypes['OptionResult']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  respondents?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  sharedRespondents?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  soloRespondents?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ClusterResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactReads?: Resolver<Maybe<Array<ResolversTypes['ContactAccessRecord']>>, ParentType, ContextType, RequireFields<ClusterContactReadsArgs, 'excludeOwnMembers' | 'first'>>;
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
  packageOrders?: Resolver<Array<ResolversTypes['PackageOrder']>, ParentType, ContextType>;
  practices?: Resolver<Maybe<Array<ResolversTypes['Practice']>>, ParentType, ContextType>;
  questionnaireRounds?: Resolver<Maybe<Array<ResolversTypes['QuestionnaireRound']>>, ParentType, ContextType>;
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
  questionnaire?: Resolver<Maybe<ResolversTypes['QuestionnaireTemplate']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type ClusterPackagePayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ClusterPackagePayload'] = ResolversParentTypes['ClusterPackagePayload']> = ResolversObject<{
  package?: Resolver<ResolversTypes['ClusterPackage'], ParentType, ContextType>;
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

export type FollowUpWindowResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['FollowUpWindow'] = ResolversParentTypes['FollowUpWindow']> = ResolversObject<{
  dueBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FollowUpState'], ParentType, ContextType>;
}>;

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

export type MeetingParticipantResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['MeetingParticipant'] = ResolversParentTypes['MeetingParticipant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  addClusterPackage?: Resolver<ResolversTypes['ClusterPackagePayload'], ParentType, ContextType, RequireFields<MutationAddClusterPackageArgs, 'input'>>;
  addMeetingParticipant?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationAddMeetingParticipantArgs, 'input'>>;
  addMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  addPractice?: Resolver<ResolversTypes['PracticePayload'], ParentType, ContextType, RequireFields<MutationAddPracticeArgs, 'input'>>;
  answerQuestionnaire?: Resolver<ResolversTypes['AnswerQuestionnairePayload'], ParentType, ContextType, RequireFields<MutationAnswerQuestionnaireArgs, 'input'>>;
  cancelCoordinatorHandover?: Resolver<ResolversTypes['HandoverPayload'], ParentType, ContextType, RequireFields<MutationCancelCoordinatorHandoverArgs, 'input'>>;
  cancelPackageOrder?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationCancelPackageOrderArgs, 'input'>>;
  closePackageOrder?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationClosePackageOrderArgs, 'input'>>;
  closeQuestionnaireRound?: Resolver<ResolversTypes['QuestionnaireRoundPayload'], ParentType, ContextType, RequireFields<MutationCloseQuestionnaireRoundArgs, 'input'>>;
  confirmClusterRegister?: Resolver<ResolversTypes['RegisterVersionPayload'], ParentType, ContextType, RequireFields<MutationConfirmClusterRegisterArgs, 'input'>>;
  offerCoordinatorHandover?: Resolver<ResolversTypes['HandoverPayload'], ParentType, ContextType, RequireFields<MutationOfferCoordinatorHandoverArgs, 'input'>>;
  openClusterQuestionnaire?: Resolver<ResolversTypes['QuestionnaireRoundPayload'], ParentType, ContextType, RequireFields<MutationOpenClusterQuestionnaireArgs, 'input'>>;
  orderClusterPackage?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationOrderClusterPackageArgs, 'input'>>;
  recordPackageOutcome?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationRecordPackageOutcomeArgs, 'input'>>;
  registerOfficer?: Resolver<ResolversTypes['OfficerPayload'], ParentType, ContextType, RequireFields<MutationRegisterOfficerArgs, 'input'>>;
  removeMeetingParticipant?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationRemoveMeetingParticipantArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['ClusterPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  removeOfficer?: Resolver<ResolversTypes['ClusterPayload'], ParentType, ContextType, RequireFields<MutationRemoveOfficerArgs, 'input'>>;
  removePractice?: Resolver<ResolversTypes['RemovePracticePayload'], ParentType, ContextType, RequireFields<MutationRemovePracticeArgs, 'input'>>;
  saveQuestionnaireTemplate?: Resolver<ResolversTypes['ClusterPackagePayload'], ParentType, ContextType, RequireFields<MutationSaveQuestionnaireTemplateArgs, 'input'>>;
  setClusterFundRate?: Resolver<ResolversTypes['FundRatePayload'], ParentType, ContextType, RequireFields<MutationSetClusterFundRateArgs, 'input'>>;
  updateClusterPackage?: Resolver<ResolversTypes['ClusterPackagePayload'], ParentType, ContextType, RequireFields<MutationUpdateClusterPackageArgs, 'input'>>;
  updatePackageOrder?: Resolver<ResolversTypes['PackageOrderPayload'], ParentType, ContextType, RequireFields<MutationUpdatePackageOrderArgs, 'input'>>;
  updatePractice?: Resolver<ResolversTypes['PracticePayload'], ParentType, ContextType, RequireFields<MutationUpdatePracticeArgs, 'input'>>;
}>;

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OfficerPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['OfficerPayload'] = ResolversParentTypes['OfficerPayload']> = ResolversObject<{
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['ClusterOfficer'], ParentType, ContextType>;
}>;

export type OptionResultResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['OptionResult'] = ResolversParentTypes['OptionResult']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sharedCount?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  soloCount?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
}>;

export type PackageHandlerResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PackageHandler'] = ResolversParentTypes['PackageHandler']> = ResolversObject<{
  kiap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type PackageOrderResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PackageOrder'] = ResolversParentTypes['PackageOrder'], FederationReferenceType extends FederationReferenceTypes['PackageOrder'] = FederationReferenceTypes['PackageOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PackageOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  callHeldOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  callNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  consultant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  focusAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['FollowUpWindow']>, ParentType, ContextType>;
  followUpOf?: Resolver<Maybe<ResolversTypes['PackageOrder']>, ParentType, ContextType>;
  followUpOrder?: Resolver<Maybe<ResolversTypes['PackageOrder']>, ParentType, ContextType>;
  handledBy?: Resolver<ResolversTypes['PackageHandler'], ParentType, ContextType>;
  heldOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedMunicipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  orderedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['ClusterPackage'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['MeetingParticipant']>, ParentType, ContextType>;
  practiceSteps?: Resolver<Maybe<Array<ResolversTypes['PracticeSteps']>>, ParentType, ContextType>;
  questionnaireRound?: Resolver<Maybe<ResolversTypes['QuestionnaireRound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageOrderStatus'], ParentType, ContextType>;
  wishes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PackageOrderPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PackageOrderPayload'] = ResolversParentTypes['PackageOrderPayload']> = ResolversObject<{
  order?: Resolver<ResolversTypes['PackageOrder'], ParentType, ContextType>;
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

export type PracticeStepsResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['PracticeSteps'] = ResolversParentTypes['PracticeSteps']> = ResolversObject<{
  practiceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusterFundRates?: Resolver<Array<ResolversTypes['FundRate']>, ParentType, ContextType>;
  clusterPackage?: Resolver<Maybe<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackageArgs, 'id'>>;
  clusterPackages?: Resolver<Array<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackagesArgs, 'municipalOnly'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  clustersWithoutConfirmedRegister?: Resolver<Maybe<Array<ResolversTypes['Cluster']>>, ParentType, ContextType, Partial<QueryClustersWithoutConfirmedRegisterArgs>>;
  contactAccessLog?: Resolver<Maybe<Array<ResolversTypes['ContactAccessRecord']>>, ParentType, ContextType, RequireFields<QueryContactAccessLogArgs, 'first'>>;
  packageFollowUpsDue?: Resolver<Array<ResolversTypes['PackageOrder']>, ParentType, ContextType, Partial<QueryPackageFollowUpsDueArgs>>;
  packageOrder?: Resolver<Maybe<ResolversTypes['PackageOrder']>, ParentType, ContextType, RequireFields<QueryPackageOrderArgs, 'id'>>;
  packageOrders?: Resolver<Array<ResolversTypes['PackageOrder']>, ParentType, ContextType, RequireFields<QueryPackageOrdersArgs, 'first'>>;
  practiceDepartures?: Resolver<Maybe<Array<ResolversTypes['PracticeDeparture']>>, ParentType, ContextType, RequireFields<QueryPracticeDeparturesArgs, 'regionCode'>>;
  questionnaireRound?: Resolver<Maybe<ResolversTypes['QuestionnaireRound']>, ParentType, ContextType, RequireFields<QueryQuestionnaireRoundArgs, 'id'>>;
}>;

export type QuestionStatementResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionStatement'] = ResolversParentTypes['QuestionStatement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionnaireQuestionResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionnaireQuestion'] = ResolversParentTypes['QuestionnaireQuestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skippedBySoloPractices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['QuestionStatement']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionnaireResultsResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionnaireResults'] = ResolversParentTypes['QuestionnaireResults']> = ResolversObject<{
  answers?: Resolver<Array<ResolversTypes['AnswerResult']>, ParentType, ContextType>;
  minimumGroupSize?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
}>;

export type QuestionnaireRoundResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionnaireRound'] = ResolversParentTypes['QuestionnaireRound']> = ResolversObject<{
  answeredByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  comparedWith?: Resolver<Maybe<ResolversTypes['QuestionnaireRound']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  myPracticeForm?: Resolver<Maybe<ResolversTypes['PracticeForm']>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['PackageOrder']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['QuestionnaireRoundPurpose'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuestionnaireQuestion']>, ParentType, ContextType>;
  respondentCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  results?: Resolver<Maybe<ResolversTypes['QuestionnaireResults']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuestionnaireRoundStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionnaireRoundPayloadResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionnaireRoundPayload'] = ResolversParentTypes['QuestionnaireRoundPayload']> = ResolversObject<{
  round?: Resolver<ResolversTypes['QuestionnaireRound'], ParentType, ContextType>;
}>;

export type QuestionnaireTemplateResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['QuestionnaireTemplate'] = ResolversParentTypes['QuestionnaireTemplate']> = ResolversObject<{
  questions?: Resolver<Array<ResolversTypes['QuestionnaireQuestion']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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
  AnswerQuestionnairePayload?: AnswerQuestionnairePayloadResolvers<ContextType>;
  AnswerResult?: AnswerResultResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterFunds?: ClusterFundsResolvers<ContextType>;
  ClusterMeeting?: ClusterMeetingResolvers<ContextType>;
  ClusterMember?: ClusterMemberResolvers<ContextType>;
  ClusterOfficer?: ClusterOfficerResolvers<ContextType>;
  ClusterPackage?: ClusterPackageResolvers<ContextType>;
  ClusterPackagePayload?: ClusterPackagePayloadResolvers<ContextType>;
  ClusterPayload?: ClusterPayloadResolvers<ContextType>;
  ContactAccessRecord?: ContactAccessRecordResolvers<ContextType>;
  CoordinatorHandover?: CoordinatorHandoverResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FollowUpWindow?: FollowUpWindowResolvers<ContextType>;
  FundRate?: FundRateResolvers<ContextType>;
  FundRatePayload?: FundRatePayloadResolvers<ContextType>;
  HandoverPayload?: HandoverPayloadResolvers<ContextType>;
  MeetingParticipant?: MeetingParticipantResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  OfficerPayload?: OfficerPayloadResolvers<ContextType>;
  OptionResult?: OptionResultResolvers<ContextType>;
  PackageHandler?: PackageHandlerResolvers<ContextType>;
  PackageOrder?: PackageOrderResolvers<ContextType>;
  PackageOrderPayload?: PackageOrderPayloadResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  PositiveInt?: GraphQLScalarType;
  Practice?: PracticeResolvers<ContextType>;
  PracticeDeparture?: PracticeDepartureResolvers<ContextType>;
  PracticePayload?: PracticePayloadResolvers<ContextType>;
  PracticeSteps?: PracticeStepsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionStatement?: QuestionStatementResolvers<ContextType>;
  QuestionnaireQuestion?: QuestionnaireQuestionResolvers<ContextType>;
  QuestionnaireResults?: QuestionnaireResultsResolvers<ContextType>;
  QuestionnaireRound?: QuestionnaireRoundResolvers<ContextType>;
  QuestionnaireRoundPayload?: QuestionnaireRoundPayloadResolvers<ContextType>;
  QuestionnaireTemplate?: QuestionnaireTemplateResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterEvent?: RegisterEventResolvers<ContextType>;
  RegisterVersion?: RegisterVersionResolvers<ContextType>;
  RegisterVersionPayload?: RegisterVersionPayloadResolvers<ContextType>;
  RemovePracticePayload?: RemovePracticePayloadResolvers<ContextType>;
}>;

