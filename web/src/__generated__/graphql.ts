/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The member takes over. */
export type AcceptCoordinatorHandoverInput = {
  /** The handover. */
  handoverId: string | number;
  /** The phone number members may reach the new coordinator on. */
  phone: string;
};

/** The cluster accepts one proposed slot. */
export type AcceptPackageMeetingInput = {
  /** The booking. */
  bookingId: string | number;
  /**
   * For a meeting the municipality proposed on its own initiative: the cluster's order of the
   * package (`orderClusterPackage`), so KiAP sees the package with every other. Left out when
   * the meeting was booked for an order already.
   */
  orderId?: string | number | null | undefined;
  /** Which proposed slot: its start, exactly as proposed. */
  slotStartsAt: string;
};

/** A member joins a cluster. */
export type AddMemberInput = {
  /** The cluster. */
  clusterId: string | number;
  /** E-mail address; also the member's login. */
  email: string;
  /** Full name. */
  name: string;
  /** The provider number of the member's practice, which must be in the cluster. */
  providerNumber: string;
};

/** A cluster answers an inquiry forwarded to it. */
export type AnswerForwardedInquiryInput = {
  /** Interested or not. */
  answer: ClusterAnswer;
  /** The inquiry. */
  inquiryId: string | number;
  /** An optional message for KiAP (up to 2000 characters). */
  message?: string | null | undefined;
};

/** One answer. */
export type AnswerInput = {
  /** The chosen answer: its position on the scale, from 0. */
  option: number;
  /** The question. */
  questionId: string | number;
  /** The statement, for a question with statements. */
  statementId?: string | number | null | undefined;
};

/** The unit answers a request. */
export type AnswerOfferRequestInput = {
  /** True to accept, false to decline (which frees the place). */
  accept: boolean;
  /** The reply the cluster sees (1–2000 characters). */
  reply: string;
  /** The request. */
  requestId: string | number;
};

/** A member answers a round. */
export type AnswerQuestionnaireInput = {
  /** Every question asked of the practice form, answered once. */
  answers: Array<AnswerInput>;
  /** The respondent's practice form; taken from the register when the member is in it. */
  practiceForm?: PracticeForm | null | undefined;
  /** The round. */
  roundId: string | number;
};

/** Assess an inquiry (again). */
export type AssessInquiryInput = {
  /** The commercial interest seen. */
  commercialInterest: CommercialInterest;
  /** Whether the topic can be worked on with data. */
  dataSuitability: DataSuitability;
  /** A note on the data (required with PARTLY; up to 2000 characters). */
  dataSuitabilityNote?: string | null | undefined;
  /** The inquiry. */
  inquiryId: string | number;
  /** Internal notes, never shown to the party (up to 4000 characters). */
  internalNote?: string | null | undefined;
  /** Relevance to the clusters' quality work. */
  relevance: Relevance;
  /** Why (1–2000 characters). */
  relevanceReason: string;
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
  bookingId: string | number;
  /** Why (1–1000 characters); the other side sees it. */
  reason: string;
};

/** An order is closed. */
export type ClosePackageOrderInput = {
  /** The order. */
  orderId: string | number;
};

/** A round closes. */
export type CloseQuestionnaireRoundInput = {
  /** The round. */
  roundId: string | number;
};

/** A cluster's answer to a forwarded inquiry. */
export type ClusterAnswer =
  /** The cluster would like to take part; KiAP puts it in touch with the party. */
  | 'INTERESTED'
  /** The cluster does not want to take part. */
  | 'NOT_INTERESTED';

/** The commercial interest KiAP or the unit sees in an inquiry. */
export type CommercialInterest =
  /** Direct, e.g. marketing of a product. */
  | 'DIRECT'
  /** Indirect, e.g. a company funds an independent study. */
  | 'INDIRECT'
  /** None. */
  | 'NONE';

/** The register is confirmed. */
export type ConfirmClusterRegisterInput = {
  /** The cluster. */
  clusterId: string | number;
};

/** Which contact detail was read. */
export type ContactField =
  /** The officer's e-mail address. */
  | 'EMAIL'
  /** A member's name. */
  | 'NAME'
  /** The officer's phone number. */
  | 'PHONE';

/** A new municipal offer. */
export type CreateMunicipalOfferInput = {
  /** Functional mailbox. */
  contactEmail: string;
  /** Functional phone line. */
  contactPhone?: string | null | undefined;
  /** Description (1–4000 characters). */
  description: string;
  /** Your key for this offer (1–200 characters): sending the same key again returns the offer it made instead of a second one. */
  idempotencyKey?: string | null | undefined;
  /** Acute function, or prevention and rehabilitation. */
  kind: MunicipalOfferKind;
  /** Name (1–200 characters). */
  name: string;
  /** Referral procedure (1–2000 characters). */
  referralProcedure: string;
  /** Target group (1–1000 characters). */
  targetGroup: string;
};

/** A new draft offer of your region's quality unit. */
export type CreateRegionalOfferInput = {
  /** Whom it is for. */
  audience: RegionalOfferAudience;
  /** How many clusters it can serve (1–1000); leave out when not limited. */
  capacity?: number | null | undefined;
  /** The unit's functional mailbox. */
  contactEmail: string;
  /** Description (1–4000 characters). */
  description: string;
  /** Your key for this offer (1–200 characters): sending the same key again returns the offer it made instead of a second one. */
  idempotencyKey?: string | null | undefined;
  /** What kind of offer. */
  kind: RegionalOfferKind;
  /** With NAMED_CLUSTERS: the clusters it is for (1–50 cluster ids of your region). */
  namedClusterIds?: Array<string | number> | null | undefined;
  /** Title (1–200 characters). */
  title: string;
  /** First day it can be used. */
  validFrom: string;
  /** Last day it can be used; not before validFrom. */
  validUntil?: string | null | undefined;
};

/** Whether the topic can be worked on with data. */
export type DataSuitability =
  /** No. */
  | 'NO'
  /** Partly. */
  | 'PARTLY'
  /** Yes. */
  | 'YES';

/** Decide an assessed inquiry. */
export type DecideInquiryInput = {
  /** With FORWARD_TO_CLUSTERS: 1–116 cluster ids. */
  clusterIds?: Array<string | number> | null | undefined;
  /** What is decided. NEWSLETTER is KiAP's. */
  decision: InquiryDecisionKind;
  /** The inquiry. */
  inquiryId: string | number;
  /** An internal note for the history (up to 2000 characters). */
  note?: string | null | undefined;
  /** With DECLINE: the reason the party sees (1–2000 characters). */
  reason?: string | null | undefined;
};

/** The cluster declines a requested meeting. */
export type DeclinePackageMeetingInput = {
  /** The booking. */
  bookingId: string | number;
  /** Why (1–1000 characters); the municipality sees it. */
  reason: string;
};

/** What kind of organisation an external party is. */
export type ExternalPartyKind =
  /** Any other organisation. */
  | 'OTHER'
  /** A patient association. */
  | 'PATIENT_ASSOCIATION'
  /** A pharmaceutical company. */
  | 'PHARMACEUTICAL_COMPANY'
  /** A university, hospital department or other research institution. */
  | 'RESEARCH_INSTITUTION';

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

/** Where a coordinator handover stands. */
export type HandoverStatus =
  /** Accepted: in force. */
  | 'ACCEPTED'
  /** Withdrawn before it was accepted. */
  | 'CANCELLED'
  /** Offered; the member has not yet accepted. */
  | 'OFFERED';

/** What happened to an inquiry. */
export type InquiryAction =
  /** Assessed or re-assessed. */
  | 'ASSESSED'
  /** A cluster it was forwarded to answered. */
  | 'CLUSTER_ANSWERED'
  /** Decided. */
  | 'DECIDED'
  /** A cluster forwarded it. */
  | 'FORWARDED_BY_CLUSTER'
  /** It went out in a newsletter section. */
  | 'INCLUDED_IN_NEWSLETTER'
  /** The party gave the information asked for. */
  | 'INFORMATION_PROVIDED'
  /** More information was asked of the party. */
  | 'INFORMATION_REQUESTED'
  /** Review started or resumed. */
  | 'REVIEW_STARTED'
  /** The party submitted it. */
  | 'SUBMITTED';

/** What a party asks of the clusters. */
export type InquiryAsk =
  /** Testing material, e.g. patient information. */
  | 'MATERIAL_TESTING'
  /** A presentation or conversation at a cluster meeting. */
  | 'MEETING_PRESENTATION'
  /** Something else, described in the inquiry. */
  | 'OTHER'
  /** Recruiting practices, e.g. for a study. */
  | 'PRACTICE_RECRUITMENT'
  /** Answering a questionnaire. */
  | 'QUESTIONNAIRE';

/** What was decided. */
export type InquiryDecisionKind =
  /** Declined, with a reason the party sees. */
  | 'DECLINE'
  /** Sent to selected clusters, who answer whether they are interested. */
  | 'FORWARD_TO_CLUSTERS'
  /** Relevant to all clusters: it goes into KiAP's newsletter to all coordinators and board members. */
  | 'NEWSLETTER';

/** Which clusters an inquiry wants to reach. */
export type InquiryReach =
  /** Every cluster in the country. */
  | 'ALL_CLUSTERS'
  /** The clusters of named municipalities. */
  | 'MUNICIPALITIES'
  /** The clusters of one region. */
  | 'REGION';

/** How an inquiry reached the hub. */
export type InquirySource =
  /** A cluster that was contacted directly forwarded it. */
  | 'CLUSTER_FORWARD'
  /** The party submitted it. */
  | 'PARTY';

/** Where an inquiry is in triage. */
export type InquiryStatus =
  /** Waiting for more information from the party. */
  | 'AWAITING_INFORMATION'
  /** A decision has been made. */
  | 'DECIDED'
  /** Being assessed. */
  | 'IN_REVIEW'
  /** Submitted or forwarded, not yet looked at. */
  | 'RECEIVED';

/** Mark a newsletter section sent. */
export type MarkNewsletterSentInput = {
  /** The inquiries in the section, as the draft listed them. */
  inquiryIds: Array<string | number>;
};

/** What kind of municipal offer it is. */
export type MunicipalOfferKind =
  /** An acute function (akutfunktion). */
  | 'ACUTE_FUNCTION'
  /** A prevention or rehabilitation offer (forebyggelses- eller rehabiliteringstilbud). */
  | 'PREVENTION_AND_REHABILITATION';

/** The two packages about working with the municipality. */
export type MunicipalPackage =
  /** Almen praksis' samarbejde med kommunale akutfunktioner. */
  | 'ACUTE_FUNCTIONS'
  /** Almen praksis' samarbejde med kommunale forebyggelses- og rehabiliteringstilbud. */
  | 'PREVENTION_AND_REHABILITATION';

/** The coordinator's office is offered to a member. */
export type OfferCoordinatorHandoverInput = {
  /** The cluster. */
  clusterId: string | number;
  /** The member who is to take over. */
  toMemberId: string | number;
};

/** Where a cluster's request for an offer is. */
export type OfferRequestStatus =
  /** The unit accepted. */
  | 'ACCEPTED'
  /** The unit declined; the place is free again. */
  | 'DECLINED'
  /** Sent; the unit has not answered. */
  | 'REQUESTED';

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

/** A cluster orders a package. */
export type OrderClusterPackageInput = {
  /** The cluster. */
  clusterId: string | number;
  /** For a follow-up: the held order it follows up. Its package is the package ordered again. */
  followUpOfOrderId?: string | number | null | undefined;
  /** For a municipal package: the municipality invited to present (three digits). */
  municipalityCode?: string | number | null | undefined;
  /** The package. */
  packageId: string | number;
  /** What the cluster wishes from the meeting (at most 2,000 characters). */
  wishes?: string | null | undefined;
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

/** Practice forms: solo practices skip the questions about colleagues in the practice. */
export type PracticeForm =
  /** Two or more doctors. */
  | 'SHARED'
  /** One doctor in the practice. */
  | 'SOLO';

/** A practice's steps. */
export type PracticeStepsInput = {
  /** The practice's provider number (a member practice of the cluster). */
  providerNumber: string;
  /** What it will do. */
  steps: string;
};

/** Who presents for the municipality. */
export type PresenterInput = {
  /** Job title (1–200 characters). */
  jobTitle: string;
  /** Full name (1–200 characters). */
  name: string;
};

/** The party answers a question. */
export type ProvideInquiryInformationInput = {
  /** The answer (1–8000 characters). */
  answer: string;
  /** The inquiry. */
  inquiryId: string | number;
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

/** A package meeting's outcome. */
export type RecordPackageOutcomeInput = {
  /** The focus areas agreed, 1–10. */
  focusAreas: Array<string>;
  /** The day the meeting was held (today or earlier). */
  heldOn: string;
  /** The order. */
  orderId: string | number;
  /** Each practice's implementation steps. */
  practiceSteps?: Array<PracticeStepsInput> | null | undefined;
};

/** One referral figure. */
export type ReferralCountInput = {
  /** The cluster whose doctors referred; it must cover your municipality. */
  clusterId: string | number;
  /** The calendar month, YYYY-MM, past or current. */
  month: string;
  /** Your municipality's offer. */
  offerId: string | number;
  /** How many referrals, a whole number of 0 or more. */
  referrals: number;
};

/** Which window of a comparison. */
export type ReferralWindowKind =
  /** The months after the follow-up meeting's month. */
  | 'AFTER_FOLLOW_UP'
  /** The months after the meeting's month. */
  | 'AFTER_MEETING'
  /** The months before the meeting's month. */
  | 'BEFORE_MEETING';

/** Whom an offer is for. */
export type RegionalOfferAudience =
  /** Every cluster of the region. */
  | 'ALL_CLUSTERS_IN_REGION'
  /** Only the clusters named by the unit. */
  | 'NAMED_CLUSTERS';

/** What a regional quality unit offers. */
export type RegionalOfferKind =
  /** A course or theme day. */
  | 'COURSE_OR_THEME_DAY'
  /** A data extract (datatræk) for the cluster's quality work. */
  | 'DATA_EXTRACT'
  /** Facilitation of a cluster meeting. */
  | 'MEETING_FACILITATION'
  /** Anything else. */
  | 'OTHER'
  /** A follow-up visit in the practices (praksisbesøg). */
  | 'PRACTICE_FOLLOW_UP_VISIT'
  /** A regional cluster package. */
  | 'REGIONAL_CLUSTER_PACKAGE';

/** Where an offer is in its life. */
export type RegionalOfferStatus =
  /** No longer offered; kept for the unit's records. */
  | 'ARCHIVED'
  /** Being written; seen only by its unit and KiAP. */
  | 'DRAFT'
  /** Visible to the clusters it is for. */
  | 'PUBLISHED';

/** Which offer to publish or archive. */
export type RegionalOfferStatusInput = {
  /** The offer. */
  offerId: string | number;
};

/** How relevant an inquiry is to the clusters' quality work. */
export type Relevance =
  /** Highly relevant. */
  | 'HIGHLY_RELEVANT'
  /** Not relevant. */
  | 'NOT_RELEVANT'
  /** Relevant. */
  | 'RELEVANT'
  /** Slightly relevant. */
  | 'SLIGHTLY_RELEVANT';

/** A member leaves. */
export type RemoveMemberInput = {
  /** The cluster. */
  clusterId: string | number;
  /** The member. */
  memberId: string | number;
};

/** Ask the party for more information. */
export type RequestInquiryInformationInput = {
  /** The inquiry. */
  inquiryId: string | number;
  /** The question the party sees (1–2000 characters). */
  question: string;
};

/** A municipality asks a cluster covering it for a municipal package meeting. */
export type RequestPackageMeetingInput = {
  /** The cluster asked; it must cover your municipality. */
  clusterId: string | number;
  /** A held booking of the same cluster and package that this meeting follows up. */
  followUpOf?: string | number | null | undefined;
  /** Your key for this request: sending it again returns the same booking instead of a second one. */
  idempotencyKey: string;
  /** The cluster's package order inviting you (`packageOrders`) that this meeting is booked for. */
  orderId?: string | number | null | undefined;
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

/** A cluster asks to use an offer. */
export type RequestRegionalOfferInput = {
  /** What for, e.g. facilitation of a given meeting (1–2000 characters). */
  message: string;
  /** The offer: published, current and for your cluster. */
  offerId: string | number;
  /** The cluster's package order whose meeting it is for, e.g. facilitation of a follow-up meeting. */
  packageOrderId?: string | number | null | undefined;
};

/** Retire an offer: it stays for its referral history but is no longer listed. */
export type RetireMunicipalOfferInput = {
  /** The offer. */
  offerId: string | number;
};

/** Start or resume the review of an inquiry. */
export type StartInquiryReviewInput = {
  /** The inquiry. */
  inquiryId: string | number;
  /** A note for the history (up to 2000 characters). */
  note?: string | null | undefined;
};

/** An inquiry from an external party. */
export type SubmitInquiryInput = {
  /** What you ask of the clusters, in short (1–5 kinds). */
  asks: Array<InquiryAsk>;
  /** Whether you have a commercial interest in the work. */
  commercialInterest: boolean;
  /** Your note on it (required with a commercial interest; up to 2000 characters). */
  commercialInterestNote?: string | null | undefined;
  /** Which data, when it would (required then; up to 2000 characters). */
  dataDescription?: string | null | undefined;
  /** What you ask of the clusters, in your own words (1–8000 characters). */
  description: string;
  /** Last day of the work; not before startsOn. */
  endsOn?: string | null | undefined;
  /** How the work is funded (1–1000 characters). */
  funding: string;
  /** With reach MUNICIPALITIES: 1–98 municipality codes. */
  municipalityCodes?: Array<string | number> | null | undefined;
  /** Why you ask (1–1000 characters). */
  purpose: string;
  /** Which clusters you want to reach. */
  reach: InquiryReach;
  /** With reach REGION: the region's code. */
  regionCode?: string | number | null | undefined;
  /** First day of the work. */
  startsOn?: string | null | undefined;
  /** Short title (1–200 characters). */
  title: string;
  /** Whether the work would use data. */
  usesData: boolean;
};

/** A batch of referral figures from a municipality, written all or nothing. */
export type SubmitReferralCountsInput = {
  /** The figures (1–5000). With any bad row nothing is written and the error lists every bad row. */
  counts: Array<ReferralCountInput>;
};

/** A short talk. */
export type TalkInput = {
  /** Its length in minutes (1–60). */
  minutes: number;
  /** The talk's title (1–200 characters). */
  title: string;
};

/** A proposed span of time. */
export type TimeSlotInput = {
  /** When it ends; a package meeting lasts 2.5 hours and a pre-meeting 1 hour unless given. */
  endsAt?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
};

/** Changes to an offer; fields left out stay as they are. */
export type UpdateMunicipalOfferInput = {
  /** New functional mailbox. */
  contactEmail?: string | null | undefined;
  /** New functional phone line. */
  contactPhone?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** The offer. */
  offerId: string | number;
  /** New referral procedure. */
  referralProcedure?: string | null | undefined;
  /** New target group. */
  targetGroup?: string | null | undefined;
};

/** The handler takes an order forward; fields left out stay as they are. */
export type UpdatePackageOrderInput = {
  /** The day the consultant called the coordinator. */
  callHeldOn?: string | null | undefined;
  /** What the call agreed. */
  callNote?: string | null | undefined;
  /** The consultant's name. */
  consultant?: string | null | undefined;
  /** The order. */
  orderId: string | number;
  /** The questionnaire's last day. */
  questionnaireClosesOn?: string | null | undefined;
  /** The questionnaire's first day; with `questionnaireClosesOn` it opens the round (the package must have a questionnaire). */
  questionnaireOpensOn?: string | null | undefined;
};

/** Changes to an offer; fields left out stay as they are. A published offer keeps its earlier version. */
export type UpdateRegionalOfferInput = {
  /** New audience. */
  audience?: RegionalOfferAudience | null | undefined;
  /** New capacity. */
  capacity?: number | null | undefined;
  /** New functional mailbox. */
  contactEmail?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New named clusters. */
  namedClusterIds?: Array<string | number> | null | undefined;
  /** The offer. */
  offerId: string | number;
  /** New title. */
  title?: string | null | undefined;
  /** New first day. */
  validFrom?: string | null | undefined;
  /** New last day. */
  validUntil?: string | null | undefined;
};

export type ConsoleReferralComparisonQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleReferralComparisonQuery = { packageBooking: { id: string, referralComparison: { months: number, windows: Array<{ kind: ReferralWindowKind, fromMonth: string, toMonth: string, total: number }> } | null } | null };

export type ConsoleClusterDashboardQueryVariables = Exact<{
  id: string | number;
  first: number;
  afterBooking?: string | number | null | undefined;
  afterForward?: string | number | null | undefined;
  afterOffer?: string | number | null | undefined;
}>;


export type ConsoleClusterDashboardQuery = { cluster: { id: string, name: string, doctorCount: number, listedPatients: number, region: { code: string, name: string }, municipalities: Array<{ code: string, name: string }>, coordinator: { id: string, name: string, email: string | null, phone: string | null } | null, officers: Array<{ id: string, role: OfficerRole, name: string, email: string | null, phone: string | null }> | null, packageBookings: Array<{ id: string, status: BookingStatus, package: MunicipalPackage, order: { id: string } | null, municipality: { code: string, name: string }, proposedSlots: Array<{ startsAt: string, endsAt: string }>, confirmedSlot: { startsAt: string, endsAt: string } | null, preMeeting: { startsAt: string }, presenter: { name: string, jobTitle: string }, talks: Array<{ title: string, minutes: number }> }> | null, regionalOffers: Array<{ id: string, kind: RegionalOfferKind, title: string, description: string, validFrom: string, validUntil: string | null, capacity: number | null, placesLeft: number | null }>, offerRequests: Array<{ id: string, status: OfferRequestStatus, reply: string | null, offer: { id: string, title: string } }> | null, forwardedInquiries: Array<{ answer: ClusterAnswer | null, message: string | null, answeredAt: string | null, inquiry: { id: string, title: string, purpose: string, asks: Array<InquiryAsk>, party: { id: string, name: string } } }> | null } | null };

export type ConsoleAcceptPackageMeetingMutationVariables = Exact<{
  input: AcceptPackageMeetingInput;
}>;


export type ConsoleAcceptPackageMeetingMutation = { acceptPackageMeeting: { booking: { id: string, status: BookingStatus, confirmedSlot: { startsAt: string, endsAt: string } | null } } };

export type ConsoleDeclinePackageMeetingMutationVariables = Exact<{
  input: DeclinePackageMeetingInput;
}>;


export type ConsoleDeclinePackageMeetingMutation = { declinePackageMeeting: { booking: { id: string, status: BookingStatus, declineReason: string | null } } };

export type ConsoleRequestRegionalOfferMutationVariables = Exact<{
  input: RequestRegionalOfferInput;
}>;


export type ConsoleRequestRegionalOfferMutation = { requestRegionalOffer: { request: { id: string, status: OfferRequestStatus, offer: { id: string, placesLeft: number | null } } } };

export type ConsoleAnswerForwardedInquiryMutationVariables = Exact<{
  input: AnswerForwardedInquiryInput;
}>;


export type ConsoleAnswerForwardedInquiryMutation = { answerForwardedInquiry: { forward: { answer: ClusterAnswer | null, message: string | null, answeredAt: string | null, inquiry: { id: string } } } };

export type ConsoleClusterNewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClusterNewsletterQuery = { newsletterSections: Array<{ id: string | null, number: number | null, sentAt: string | null, inquiries: Array<{ id: string, title: string, purpose: string, asks: Array<InquiryAsk>, viewerClusterAnswer: ClusterAnswer | null, party: { id: string, name: string } }> }> | null };

export type ConsoleAnswerNewsletterItemMutationVariables = Exact<{
  input: AnswerForwardedInquiryInput;
}>;


export type ConsoleAnswerNewsletterItemMutation = { answerForwardedInquiry: { forward: { answer: ClusterAnswer | null, answeredAt: string | null, inquiry: { id: string } } } };

export type ConsoleClusterPackagesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleClusterPackagesQuery = { cluster: { id: string, municipalities: Array<{ code: string, name: string }>, practices: Array<{ providerNumber: string, name: string }> | null, packageOrders: Array<{ id: string, status: PackageOrderStatus, orderedAt: string, orderedBy: string, wishes: string | null, consultant: string | null, callHeldOn: string | null, callNote: string | null, heldOn: string | null, focusAreas: Array<string>, cancellationReason: string | null, package: { id: string, name: string }, invitedMunicipality: { code: string, name: string } | null, handledBy: { kiap: boolean }, participants: Array<{ id: string, name: string, organisation: string, role: string | null }>, practiceSteps: Array<{ providerNumber: string, practiceName: string | null, steps: string }> | null, followUp: { dueFrom: string, dueBy: string, state: FollowUpState } | null, followUpOf: { id: string, heldOn: string | null, focusAreas: Array<string> } | null, booking: { id: string, status: BookingStatus, package: MunicipalPackage } | null, questionnaireRound: { id: string } | null, offerRequests: Array<{ id: string, status: OfferRequestStatus, offer: { title: string } }> }>, regionalOffers: Array<{ id: string, title: string }>, questionnaireRounds: Array<{ id: string, purpose: QuestionnaireRoundPurpose }> | null } | null, clusterPackages: Array<{ id: string, name: string, municipalPackage: MunicipalPackage | null, region: { code: string } | null }> };

export type ConsoleOrderClusterPackageMutationVariables = Exact<{
  input: OrderClusterPackageInput;
}>;


export type ConsoleOrderClusterPackageMutation = { orderClusterPackage: { order: { id: string, status: PackageOrderStatus } } };

export type ConsoleRequestFacilitationMutationVariables = Exact<{
  input: RequestRegionalOfferInput;
}>;


export type ConsoleRequestFacilitationMutation = { requestRegionalOffer: { request: { id: string, status: OfferRequestStatus, packageOrder: { id: string } | null } } };

export type ConsoleRecordPackageOutcomeMutationVariables = Exact<{
  input: RecordPackageOutcomeInput;
}>;


export type ConsoleRecordPackageOutcomeMutation = { recordPackageOutcome: { order: { id: string, status: PackageOrderStatus, heldOn: string | null, focusAreas: Array<string>, followUp: { dueFrom: string, dueBy: string, state: FollowUpState } | null } } };

export type ConsoleClusterRegisterQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type ConsoleClusterRegisterQuery = { cluster: { id: string, name: string, officers: Array<{ id: string, name: string }> | null, practices: Array<{ providerNumber: string, name: string, doctorCount: number, listedPatients: number }> | null, members: Array<{ id: string, name: string | null, email: string | null, providerNumber: string, addedAt: string }> | null, handovers: Array<{ id: string, status: HandoverStatus, fromName: string, toName: string, offeredAt: string }> | null, registerVersion: { year: number, confirmedAt: string, memberCount: number, listedPatients: number } | null } | null };

export type ConsoleAddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type ConsoleAddMemberMutation = { addMember: { member: { id: string, name: string | null }, cluster: { id: string } } };

export type ConsoleRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type ConsoleRemoveMemberMutation = { removeMember: { cluster: { id: string } } };

export type ConsoleConfirmClusterRegisterMutationVariables = Exact<{
  input: ConfirmClusterRegisterInput;
}>;


export type ConsoleConfirmClusterRegisterMutation = { confirmClusterRegister: { version: { year: number, confirmedAt: string, memberCount: number, listedPatients: number }, cluster: { id: string } } };

export type ConsoleOfferCoordinatorHandoverMutationVariables = Exact<{
  input: OfferCoordinatorHandoverInput;
}>;


export type ConsoleOfferCoordinatorHandoverMutation = { offerCoordinatorHandover: { handover: { id: string, status: HandoverStatus, toName: string }, cluster: { id: string } } };

export type ConsoleAcceptCoordinatorHandoverMutationVariables = Exact<{
  input: AcceptCoordinatorHandoverInput;
}>;


export type ConsoleAcceptCoordinatorHandoverMutation = { acceptCoordinatorHandover: { handover: { id: string, status: HandoverStatus }, cluster: { id: string } } };

export type ConsoleContactReadsQueryVariables = Exact<{
  id: string | number;
  excludeOwnMembers: boolean;
  first: number;
  after?: string | number | null | undefined;
}>;


export type ConsoleContactReadsQuery = { cluster: { id: string, contactReads: Array<{ id: string, accessedAt: string, readerRole: string, readerSubject: string, officerId: string | null, memberId: string | null, field: ContactField, operationName: string | null }> | null } | null };

export type ConsoleMyInquiriesQueryVariables = Exact<{
  first: number;
  after?: string | number | null | undefined;
}>;


export type ConsoleMyInquiriesQuery = { inquiries: Array<{ id: string, title: string, status: InquiryStatus, submittedAt: string, asks: Array<InquiryAsk>, interestedClusterCount: number | null, decision: { kind: InquiryDecisionKind, reason: string | null, nextStep: string, decidedAt: string } | null, informationRequests: Array<{ question: string }> | null }> | null };

export type ConsoleProvideInquiryInformationMutationVariables = Exact<{
  input: ProvideInquiryInformationInput;
}>;


export type ConsoleProvideInquiryInformationMutation = { provideInquiryInformation: { inquiry: { id: string, status: InquiryStatus } } };

export type ConsoleRegionsAndMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRegionsAndMunicipalitiesQuery = { regions: Array<{ code: string, name: string, municipalities: Array<{ code: string, name: string }> }> };

export type ConsoleSubmitInquiryMutationVariables = Exact<{
  input: SubmitInquiryInput;
}>;


export type ConsoleSubmitInquiryMutation = { submitInquiry: { alreadySubmitted: boolean, inquiry: { id: string, status: InquiryStatus } } };

export type ConsoleClusterListQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClusterListQuery = { clusters: Array<{ id: string, name: string, region: { code: string, name: string } }> };

export type ConsoleClusterContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleClusterContactsQuery = { cluster: { id: string, name: string, doctorCount: number, officers: Array<{ id: string, role: OfficerRole, name: string, email: string | null, phone: string | null }> | null } | null };

export type ConsoleInquiryQueueQueryVariables = Exact<{
  statuses?: Array<InquiryStatus> | InquiryStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type ConsoleInquiryQueueQuery = { inquiries: Array<{ id: string, title: string, status: InquiryStatus, submittedAt: string, source: InquirySource, interestedClusterCount: number | null, party: { id: string, name: string, kind: ExternalPartyKind } }> | null };

export type ConsoleInquiryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleInquiryQuery = { inquiry: { id: string, title: string, purpose: string, description: string, asks: Array<InquiryAsk>, status: InquiryStatus, reach: InquiryReach, usesData: boolean, dataDescription: string | null, startsOn: string | null, endsOn: string | null, funding: string, commercialInterest: boolean, commercialInterestNote: string | null, submittedAt: string, interestedClusterCount: number | null, region: { code: string, name: string } | null, municipalities: Array<{ code: string, name: string }>, party: { id: string, name: string, kind: ExternalPartyKind }, assessment: { relevance: Relevance, relevanceReason: string, dataSuitability: DataSuitability, dataSuitabilityNote: string | null, commercialInterest: CommercialInterest, internalNote: string | null, assessedAt: string } | null, decision: { kind: InquiryDecisionKind, reason: string | null, nextStep: string, decidedAt: string } | null, forwards: Array<{ forwardedAt: string, answer: ClusterAnswer | null, message: string | null, answeredAt: string | null, cluster: { id: string, name: string } }> | null, history: Array<{ action: InquiryAction, actor: string, note: string | null, at: string }> | null } | null, clusters: Array<{ id: string, name: string, region: { code: string, name: string } }> };

export type ConsoleStartInquiryReviewMutationVariables = Exact<{
  input: StartInquiryReviewInput;
}>;


export type ConsoleStartInquiryReviewMutation = { startInquiryReview: { inquiry: { id: string, status: InquiryStatus } } };

export type ConsoleAssessInquiryMutationVariables = Exact<{
  input: AssessInquiryInput;
}>;


export type ConsoleAssessInquiryMutation = { assessInquiry: { inquiry: { id: string, status: InquiryStatus, assessment: { relevance: Relevance, relevanceReason: string, dataSuitability: DataSuitability, dataSuitabilityNote: string | null, commercialInterest: CommercialInterest, internalNote: string | null, assessedAt: string } | null } } };

export type ConsoleRequestInquiryInformationMutationVariables = Exact<{
  input: RequestInquiryInformationInput;
}>;


export type ConsoleRequestInquiryInformationMutation = { requestInquiryInformation: { inquiry: { id: string, status: InquiryStatus } } };

export type ConsoleDecideInquiryMutationVariables = Exact<{
  input: DecideInquiryInput;
}>;


export type ConsoleDecideInquiryMutation = { decideInquiry: { inquiry: { id: string, status: InquiryStatus, decision: { kind: InquiryDecisionKind, reason: string | null, nextStep: string, decidedAt: string } | null } } };

export type ConsoleNewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNewsletterQuery = { newsletterDraft: { plainText: string, inquiries: Array<{ id: string, title: string, party: { id: string, name: string } }> } | null, newsletterSections: Array<{ id: string | null, number: number | null, sentAt: string | null, inquiries: Array<{ id: string, title: string }> }> | null };

export type ConsoleMarkNewsletterSentMutationVariables = Exact<{
  input: MarkNewsletterSentInput;
}>;


export type ConsoleMarkNewsletterSentMutation = { markNewsletterSent: { section: { id: string | null, number: number | null, sentAt: string | null } } };

export type ConsoleMunicipalityBookingsQueryVariables = Exact<{
  code: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type ConsoleMunicipalityBookingsQuery = { municipality: { code: string, name: string, packageBookings: Array<{ id: string, status: BookingStatus, package: MunicipalPackage, declineReason: string | null, cluster: { id: string, name: string }, proposedSlots: Array<{ startsAt: string, endsAt: string }>, confirmedSlot: { startsAt: string, endsAt: string } | null, presenter: { name: string, jobTitle: string }, cancellation: { by: BookingParty, reason: string } | null, order: { id: string } | null }> | null } | null, packageOrders: Array<{ id: string, orderedAt: string, wishes: string | null, package: { name: string, municipalPackage: MunicipalPackage | null }, cluster: { id: string, name: string }, booking: { id: string } | null }> };

export type ConsoleMunicipalityClustersQueryVariables = Exact<{
  code: string | number;
}>;


export type ConsoleMunicipalityClustersQuery = { municipality: { code: string, clusters: Array<{ id: string, name: string }> } | null };

export type ConsoleRequestPackageMeetingMutationVariables = Exact<{
  input: RequestPackageMeetingInput;
}>;


export type ConsoleRequestPackageMeetingMutation = { requestPackageMeeting: { booking: { id: string, status: BookingStatus } } };

export type ConsoleCancelPackageMeetingMutationVariables = Exact<{
  input: CancelPackageMeetingInput;
}>;


export type ConsoleCancelPackageMeetingMutation = { cancelPackageMeeting: { booking: { id: string, status: BookingStatus, cancellation: { by: BookingParty, reason: string } | null } } };

export type ConsoleMunicipalOffersQueryVariables = Exact<{
  code: string | number;
}>;


export type ConsoleMunicipalOffersQuery = { municipality: { code: string, name: string, offers: Array<{ id: string, kind: MunicipalOfferKind, name: string, description: string, targetGroup: string, referralProcedure: string, contactEmail: string, contactPhone: string | null, retiredAt: string | null }> | null } | null };

export type ConsoleCreateMunicipalOfferMutationVariables = Exact<{
  input: CreateMunicipalOfferInput;
}>;


export type ConsoleCreateMunicipalOfferMutation = { createMunicipalOffer: { offer: { id: string, name: string } } };

export type ConsoleUpdateMunicipalOfferMutationVariables = Exact<{
  input: UpdateMunicipalOfferInput;
}>;


export type ConsoleUpdateMunicipalOfferMutation = { updateMunicipalOffer: { offer: { id: string, name: string, description: string, targetGroup: string, referralProcedure: string, contactEmail: string, contactPhone: string | null } } };

export type ConsoleRetireMunicipalOfferMutationVariables = Exact<{
  input: RetireMunicipalOfferInput;
}>;


export type ConsoleRetireMunicipalOfferMutation = { retireMunicipalOffer: { offer: { id: string, retiredAt: string | null } } };

export type ConsoleReferralSetupQueryVariables = Exact<{
  code: string | number;
}>;


export type ConsoleReferralSetupQuery = { municipality: { code: string, name: string, clusters: Array<{ id: string, name: string }>, offers: Array<{ id: string, name: string, kind: MunicipalOfferKind }> | null } | null };

export type ConsoleClusterReferralCountsQueryVariables = Exact<{
  id: string | number;
  fromMonth?: string | null | undefined;
  toMonth?: string | null | undefined;
}>;


export type ConsoleClusterReferralCountsQuery = { cluster: { id: string, referralCounts: Array<{ month: string, referrals: number, offer: { id: string } }> | null } | null };

export type ConsoleSubmitReferralCountsMutationVariables = Exact<{
  input: SubmitReferralCountsInput;
}>;


export type ConsoleSubmitReferralCountsMutation = { submitReferralCounts: { created: number, corrected: number, unchanged: number } };

export type ConsolePackageDeskQueryVariables = Exact<{
  statuses?: Array<PackageOrderStatus> | PackageOrderStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type ConsolePackageDeskQuery = { packageOrders: Array<{ id: string, status: PackageOrderStatus, orderedAt: string, wishes: string | null, consultant: string | null, callHeldOn: string | null, callNote: string | null, heldOn: string | null, focusAreas: Array<string>, package: { name: string }, cluster: { id: string, name: string }, invitedMunicipality: { name: string } | null, handledBy: { kiap: boolean, region: { code: string } | null }, followUpOf: { id: string } | null, questionnaireRound: { id: string, status: QuestionnaireRoundStatus, opensOn: string, closesOn: string, respondentCount: number } | null }>, packageFollowUpsDue: Array<{ id: string, heldOn: string | null, package: { name: string }, cluster: { name: string }, followUp: { dueFrom: string, dueBy: string, state: FollowUpState } | null }> };

export type ConsoleUpdatePackageOrderMutationVariables = Exact<{
  input: UpdatePackageOrderInput;
}>;


export type ConsoleUpdatePackageOrderMutation = { updatePackageOrder: { order: { id: string, status: PackageOrderStatus, consultant: string | null, callHeldOn: string | null, callNote: string | null, questionnaireRound: { id: string, status: QuestionnaireRoundStatus, opensOn: string, closesOn: string, respondentCount: number } | null } } };

export type ConsoleCloseQuestionnaireRoundMutationVariables = Exact<{
  input: CloseQuestionnaireRoundInput;
}>;


export type ConsoleCloseQuestionnaireRoundMutation = { closeQuestionnaireRound: { round: { id: string, status: QuestionnaireRoundStatus } } };

export type ConsoleClosePackageOrderMutationVariables = Exact<{
  input: ClosePackageOrderInput;
}>;


export type ConsoleClosePackageOrderMutation = { closePackageOrder: { order: { id: string, status: PackageOrderStatus } } };

export type ConsoleQuestionnaireRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleQuestionnaireRoundQuery = { questionnaireRound: { id: string, title: string, status: QuestionnaireRoundStatus, opensOn: string, closesOn: string, answeredByMe: boolean, myPracticeForm: PracticeForm | null, respondentCount: number, memberCount: number | null, questions: Array<{ id: string, text: string, options: Array<string>, skippedBySoloPractices: boolean, statements: Array<{ id: string, text: string }> }>, comparedWith: { id: string, closesOn: string } | null, results: { minimumGroupSize: number, answers: Array<{ questionId: string, statementId: string | null, question: string, statement: string | null, respondents: number | null, options: Array<{ label: string, count: number | null, share: number | null, shareBefore: number | null }> }> } | null } | null };

export type ConsoleAnswerQuestionnaireMutationVariables = Exact<{
  input: AnswerQuestionnaireInput;
}>;


export type ConsoleAnswerQuestionnaireMutation = { answerQuestionnaire: { round: { id: string, respondentCount: number, answeredByMe: boolean } } };

export type ConsoleRegionOfferFieldsFragment = { id: string, kind: RegionalOfferKind, status: RegionalOfferStatus, title: string, description: string, validFrom: string, validUntil: string | null, capacity: number | null, placesLeft: number | null, contactEmail: string, audience: RegionalOfferAudience, version: number, publishedAt: string | null, archivedAt: string | null, namedClusters: Array<{ id: string, name: string }> | null, earlierVersions: Array<{ version: number, title: string, validFrom: string, validUntil: string | null, capacity: number | null, replacedAt: string }> | null };

export type ConsoleRegionOffersQueryVariables = Exact<{
  code: string | number;
  first: number;
  afterDraft?: string | number | null | undefined;
  afterPublished?: string | number | null | undefined;
  afterArchived?: string | number | null | undefined;
}>;


export type ConsoleRegionOffersQuery = { region: { code: string, name: string, clusters: Array<{ id: string, name: string }>, drafts: Array<{ id: string, kind: RegionalOfferKind, status: RegionalOfferStatus, title: string, description: string, validFrom: string, validUntil: string | null, capacity: number | null, placesLeft: number | null, contactEmail: string, audience: RegionalOfferAudience, version: number, publishedAt: string | null, archivedAt: string | null, namedClusters: Array<{ id: string, name: string }> | null, earlierVersions: Array<{ version: number, title: string, validFrom: string, validUntil: string | null, capacity: number | null, replacedAt: string }> | null }> | null, published: Array<{ id: string, kind: RegionalOfferKind, status: RegionalOfferStatus, title: string, description: string, validFrom: string, validUntil: string | null, capacity: number | null, placesLeft: number | null, contactEmail: string, audience: RegionalOfferAudience, version: number, publishedAt: string | null, archivedAt: string | null, namedClusters: Array<{ id: string, name: string }> | null, earlierVersions: Array<{ version: number, title: string, validFrom: string, validUntil: string | null, capacity: number | null, replacedAt: string }> | null }> | null, archived: Array<{ id: string, kind: RegionalOfferKind, status: RegionalOfferStatus, title: string, description: string, validFrom: string, validUntil: string | null, capacity: number | null, placesLeft: number | null, contactEmail: string, audience: RegionalOfferAudience, version: number, publishedAt: string | null, archivedAt: string | null, namedClusters: Array<{ id: string, name: string }> | null, earlierVersions: Array<{ version: number, title: string, validFrom: string, validUntil: string | null, capacity: number | null, replacedAt: string }> | null }> | null } | null };

export type ConsoleCreateRegionalOfferMutationVariables = Exact<{
  input: CreateRegionalOfferInput;
}>;


export type ConsoleCreateRegionalOfferMutation = { createRegionalOffer: { offer: { id: string, status: RegionalOfferStatus } } };

export type ConsoleUpdateRegionalOfferMutationVariables = Exact<{
  input: UpdateRegionalOfferInput;
}>;


export type ConsoleUpdateRegionalOfferMutation = { updateRegionalOffer: { offer: { id: string, version: number, title: string } } };

export type ConsolePublishRegionalOfferMutationVariables = Exact<{
  input: RegionalOfferStatusInput;
}>;


export type ConsolePublishRegionalOfferMutation = { publishRegionalOffer: { offer: { id: string, status: RegionalOfferStatus, publishedAt: string | null } } };

export type ConsoleArchiveRegionalOfferMutationVariables = Exact<{
  input: RegionalOfferStatusInput;
}>;


export type ConsoleArchiveRegionalOfferMutation = { archiveRegionalOffer: { offer: { id: string, status: RegionalOfferStatus, archivedAt: string | null } } };

export type ConsoleRegionRequestsQueryVariables = Exact<{
  code: string | number;
  first: number;
  afterOpen?: string | number | null | undefined;
  afterAnswered?: string | number | null | undefined;
}>;


export type ConsoleRegionRequestsQuery = { region: { code: string, open: Array<{ id: string, status: OfferRequestStatus, message: string, requestedAt: string, reply: string | null, answeredAt: string | null, cluster: { id: string, name: string }, offer: { id: string, title: string, capacity: number | null, placesLeft: number | null } }> | null, answered: Array<{ id: string, status: OfferRequestStatus, message: string, requestedAt: string, reply: string | null, answeredAt: string | null, cluster: { id: string, name: string }, offer: { id: string, title: string, capacity: number | null, placesLeft: number | null } }> | null } | null };

export type ConsoleRegionRequestFragment = { id: string, status: OfferRequestStatus, message: string, requestedAt: string, reply: string | null, answeredAt: string | null, cluster: { id: string, name: string }, offer: { id: string, title: string, capacity: number | null, placesLeft: number | null } };

export type ConsoleAnswerOfferRequestMutationVariables = Exact<{
  input: AnswerOfferRequestInput;
}>;


export type ConsoleAnswerOfferRequestMutation = { answerOfferRequest: { request: { id: string, status: OfferRequestStatus, reply: string | null, answeredAt: string | null, offer: { id: string, placesLeft: number | null } } } };

export const ConsoleRegionOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRegionOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"namedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"earlierVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionOfferFieldsFragment, unknown>;
export const ConsoleRegionRequestFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRegionRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionRequestFragment, unknown>;
export const ConsoleReferralComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReferralComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"windows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReferralComparisonQuery, ConsoleReferralComparisonQueryVariables>;
export const ConsoleClusterDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterBooking"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterForward"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterOffer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedPatients"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"},{"kind":"EnumValue","value":"CONFIRMED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterBooking"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterOffer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterForward"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"asks"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterDashboardQuery, ConsoleClusterDashboardQueryVariables>;
export const ConsoleAcceptPackageMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcceptPackageMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptPackageMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPackageMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAcceptPackageMeetingMutation, ConsoleAcceptPackageMeetingMutationVariables>;
export const ConsoleDeclinePackageMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclinePackageMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclinePackageMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declinePackageMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeclinePackageMeetingMutation, ConsoleDeclinePackageMeetingMutationVariables>;
export const ConsoleRequestRegionalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestRegionalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRegionalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestRegionalOfferMutation, ConsoleRequestRegionalOfferMutationVariables>;
export const ConsoleAnswerForwardedInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerForwardedInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerForwardedInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerForwardedInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAnswerForwardedInquiryMutation, ConsoleAnswerForwardedInquiryMutationVariables>;
export const ConsoleClusterNewsletterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterNewsletter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsletterSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"asks"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerClusterAnswer"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterNewsletterQuery, ConsoleClusterNewsletterQueryVariables>;
export const ConsoleAnswerNewsletterItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerNewsletterItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerForwardedInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerForwardedInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAnswerNewsletterItemMutation, ConsoleAnswerNewsletterItemMutationVariables>;
export const ConsoleClusterPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderedBy"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"callHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"callNote"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kiap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"practiceName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offerRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEETING_FACILITATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusterPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalPackage"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterPackagesQuery, ConsoleClusterPackagesQueryVariables>;
export const ConsoleOrderClusterPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOrderClusterPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderClusterPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderClusterPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderClusterPackageMutation, ConsoleOrderClusterPackageMutationVariables>;
export const ConsoleRequestFacilitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestFacilitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRegionalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestFacilitationMutation, ConsoleRequestFacilitationMutationVariables>;
export const ConsoleRecordPackageOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordPackageOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPackageOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPackageOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordPackageOutcomeMutation, ConsoleRecordPackageOutcomeMutationVariables>;
export const ConsoleClusterRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedPatients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handovers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registerVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedPatients"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterRegisterQuery, ConsoleClusterRegisterQueryVariables>;
export const ConsoleAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAddMemberMutation, ConsoleAddMemberMutationVariables>;
export const ConsoleRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveMemberMutation, ConsoleRemoveMemberMutationVariables>;
export const ConsoleConfirmClusterRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfirmClusterRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmClusterRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmClusterRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedPatients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConfirmClusterRegisterMutation, ConsoleConfirmClusterRegisterMutationVariables>;
export const ConsoleOfferCoordinatorHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOfferCoordinatorHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferCoordinatorHandoverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerCoordinatorHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOfferCoordinatorHandoverMutation, ConsoleOfferCoordinatorHandoverMutationVariables>;
export const ConsoleAcceptCoordinatorHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcceptCoordinatorHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCoordinatorHandoverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCoordinatorHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAcceptCoordinatorHandoverMutation, ConsoleAcceptCoordinatorHandoverMutationVariables>;
export const ConsoleContactReadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleContactReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"excludeOwnMembers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactReads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"excludeOwnMembers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"excludeOwnMembers"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"readerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleContactReadsQuery, ConsoleContactReadsQueryVariables>;
export const ConsoleMyInquiriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyInquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asks"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestedClusterCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleMyInquiriesQuery, ConsoleMyInquiriesQueryVariables>;
export const ConsoleProvideInquiryInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleProvideInquiryInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvideInquiryInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideInquiryInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleProvideInquiryInformationMutation, ConsoleProvideInquiryInformationMutationVariables>;
export const ConsoleRegionsAndMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegionsAndMunicipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionsAndMunicipalitiesQuery, ConsoleRegionsAndMunicipalitiesQueryVariables>;
export const ConsoleSubmitInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadySubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitInquiryMutation, ConsoleSubmitInquiryMutationVariables>;
export const ConsoleClusterListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterListQuery, ConsoleClusterListQueryVariables>;
export const ConsoleClusterContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterContactsQuery, ConsoleClusterContactsQueryVariables>;
export const ConsoleInquiryQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInquiryQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestedClusterCount"}}]}}]}}]} as unknown as DocumentNode<ConsoleInquiryQueueQuery, ConsoleInquiryQueueQueryVariables>;
export const ConsoleInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"asks"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usesData"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"commercialInterest"}},{"kind":"Field","name":{"kind":"Name","value":"commercialInterestNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceReason"}},{"kind":"Field","name":{"kind":"Name","value":"dataSuitability"}},{"kind":"Field","name":{"kind":"Name","value":"dataSuitabilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"commercialInterest"}},{"kind":"Field","name":{"kind":"Name","value":"internalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestedClusterCount"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInquiryQuery, ConsoleInquiryQueryVariables>;
export const ConsoleStartInquiryReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartInquiryReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInquiryReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInquiryReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStartInquiryReviewMutation, ConsoleStartInquiryReviewMutationVariables>;
export const ConsoleAssessInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssessInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"relevanceReason"}},{"kind":"Field","name":{"kind":"Name","value":"dataSuitability"}},{"kind":"Field","name":{"kind":"Name","value":"dataSuitabilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"commercialInterest"}},{"kind":"Field","name":{"kind":"Name","value":"internalNote"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssessInquiryMutation, ConsoleAssessInquiryMutationVariables>;
export const ConsoleRequestInquiryInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestInquiryInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInquiryInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInquiryInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestInquiryInformationMutation, ConsoleRequestInquiryInformationMutationVariables>;
export const ConsoleDecideInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideInquiryMutation, ConsoleDecideInquiryMutationVariables>;
export const ConsoleNewsletterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNewsletter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsletterDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plainText"}},{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newsletterSections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleNewsletterQuery, ConsoleNewsletterQueryVariables>;
export const ConsoleMarkNewsletterSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkNewsletterSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNewsletterSentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNewsletterSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkNewsletterSentMutation, ConsoleMarkNewsletterSentMutationVariables>;
export const ConsoleMunicipalityBookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMunicipalityBookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"packageBookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedSlots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"confirmedSlot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORDERED"},{"kind":"EnumValue","value":"PREPARING"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalPackage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMunicipalityBookingsQuery, ConsoleMunicipalityBookingsQueryVariables>;
export const ConsoleMunicipalityClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMunicipalityClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMunicipalityClustersQuery, ConsoleMunicipalityClustersQueryVariables>;
export const ConsoleRequestPackageMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestPackageMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPackageMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPackageMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestPackageMeetingMutation, ConsoleRequestPackageMeetingMutationVariables>;
export const ConsoleCancelPackageMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCancelPackageMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPackageMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPackageMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCancelPackageMeetingMutation, ConsoleCancelPackageMeetingMutationVariables>;
export const ConsoleMunicipalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMunicipalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"referralProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMunicipalOffersQuery, ConsoleMunicipalOffersQueryVariables>;
export const ConsoleCreateMunicipalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateMunicipalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMunicipalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMunicipalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateMunicipalOfferMutation, ConsoleCreateMunicipalOfferMutationVariables>;
export const ConsoleUpdateMunicipalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateMunicipalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMunicipalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMunicipalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"referralProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateMunicipalOfferMutation, ConsoleUpdateMunicipalOfferMutationVariables>;
export const ConsoleRetireMunicipalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetireMunicipalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireMunicipalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMunicipalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRetireMunicipalOfferMutation, ConsoleRetireMunicipalOfferMutationVariables>;
export const ConsoleReferralSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReferralSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReferralSetupQuery, ConsoleReferralSetupQueryVariables>;
export const ConsoleClusterReferralCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClusterReferralCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClusterReferralCountsQuery, ConsoleClusterReferralCountsQueryVariables>;
export const ConsoleSubmitReferralCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitReferralCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReferralCountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReferralCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitReferralCountsMutation, ConsoleSubmitReferralCountsMutationVariables>;
export const ConsolePackageDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePackageDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageOrderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wishes"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"callHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"callNote"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kiap"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageFollowUpsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePackageDeskQuery, ConsolePackageDeskQueryVariables>;
export const ConsoleUpdatePackageOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdatePackageOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackageOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePackageOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"callHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"callNote"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdatePackageOrderMutation, ConsoleUpdatePackageOrderMutationVariables>;
export const ConsoleCloseQuestionnaireRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseQuestionnaireRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseQuestionnaireRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeQuestionnaireRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseQuestionnaireRoundMutation, ConsoleCloseQuestionnaireRoundMutationVariables>;
export const ConsoleClosePackageOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClosePackageOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePackageOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePackageOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClosePackageOrderMutation, ConsoleClosePackageOrderMutationVariables>;
export const ConsoleQuestionnaireRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQuestionnaireRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionnaireRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}},{"kind":"Field","name":{"kind":"Name","value":"myPracticeForm"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"skippedBySoloPractices"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"shareBefore"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleQuestionnaireRoundQuery, ConsoleQuestionnaireRoundQueryVariables>;
export const ConsoleAnswerQuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByMe"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAnswerQuestionnaireMutation, ConsoleAnswerQuestionnaireMutationVariables>;
export const ConsoleRegionOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegionOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterDraft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterPublished"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterDraft"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRegionOfferFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterPublished"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRegionOfferFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARCHIVED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRegionOfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRegionOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"namedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"earlierVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionOffersQuery, ConsoleRegionOffersQueryVariables>;
export const ConsoleCreateRegionalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateRegionalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateRegionalOfferMutation, ConsoleCreateRegionalOfferMutationVariables>;
export const ConsoleUpdateRegionalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateRegionalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateRegionalOfferMutation, ConsoleUpdateRegionalOfferMutationVariables>;
export const ConsolePublishRegionalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishRegionalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalOfferStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePublishRegionalOfferMutation, ConsolePublishRegionalOfferMutationVariables>;
export const ConsoleArchiveRegionalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveRegionalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalOfferStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveRegionalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveRegionalOfferMutation, ConsoleArchiveRegionalOfferMutationVariables>;
export const ConsoleRegionRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegionRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterOpen"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterAnswered"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"offerRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterOpen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRegionRequest"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answered"},"name":{"kind":"Name","value":"offerRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"DECLINED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterAnswered"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleRegionRequest"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleRegionRequest"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OfferRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionRequestsQuery, ConsoleRegionRequestsQueryVariables>;
export const ConsoleAnswerOfferRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerOfferRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerOfferRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerOfferRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAnswerOfferRequestMutation, ConsoleAnswerOfferRequestMutationVariables>;