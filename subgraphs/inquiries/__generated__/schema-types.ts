export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, e.g. 2026-09-01. */
  Date: { input: string; output: string; }
  /** A point in time with its UTC offset (RFC 3339), e.g. 2026-03-04T16:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  /** A whole number zero or above. */
  NonNegativeInt: { input: number; output: number; }
};

/** A cluster answers an inquiry forwarded to it. */
export type AnswerForwardedInquiryInput = {
  /** Interested or not. */
  answer: ClusterAnswer;
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** An optional message for KiAP (up to 2000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
};

/** Assess an inquiry (again). */
export type AssessInquiryInput = {
  /** The commercial interest seen. */
  commercialInterest: CommercialInterest;
  /** Whether the topic can be worked on with data. */
  dataSuitability: DataSuitability;
  /** A note on the data (required with PARTLY; up to 2000 characters). */
  dataSuitabilityNote?: InputMaybe<Scalars['String']['input']>;
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** Internal notes, never shown to the party (up to 4000 characters). */
  internalNote?: InputMaybe<Scalars['String']['input']>;
  /** Relevance to the clusters' quality work. */
  relevance: Relevance;
  /** Why (1–2000 characters). */
  relevanceReason: Scalars['String']['input'];
};

/** A cluster, as the inquiries subgraph sees it. */
export type Cluster = {
  __typename?: 'Cluster';
  /**
   * Inquiries forwarded to the cluster by KiAP or its region's unit, newest first, with its
   * answers. For its members, its region's unit and KiAP; null with FORBIDDEN for others.
   */
  forwardedInquiries: Maybe<Array<InquiryForward>>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The cluster's region; owned by the clusters subgraph. */
  region: Region;
};


/** A cluster, as the inquiries subgraph sees it. */
export type ClusterForwardedInquiriesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What is decided. NEWSLETTER is KiAP's. */
  decision: InquiryDecisionKind;
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** An internal note for the history (up to 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** With DECLINE: the reason the party sees (1–2000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The organisation that contacted a cluster directly. */
export type DirectInquiryPartyInput = {
  /** What kind of organisation it is. */
  kind: ExternalPartyKind;
  /** The organisation's name (1–200 characters). */
  name: Scalars['String']['input'];
};

/** An organisation outside the clusters that contacts them: researchers, patient associations, companies. */
export type ExternalParty = {
  __typename?: 'ExternalParty';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is. */
  kind: ExternalPartyKind;
  /** The organisation's name. */
  name: Scalars['String']['output'];
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

/** A cluster forwards an inquiry it received directly. */
export type ForwardDirectInquiryInput = {
  /** The inquiry, as the party described it. */
  inquiry: SubmitInquiryInput;
  /** Why the cluster forwards it rather than handling it (up to 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who contacted the cluster. */
  party: DirectInquiryPartyInput;
  /** KiAP or your region's quality unit. */
  to: InquiryDestination;
};

/** A question to the party while the inquiry waits for information, and the answer. */
export type InformationRequest = {
  __typename?: 'InformationRequest';
  /** The party's answer, once given. */
  answer: Maybe<Scalars['String']['output']>;
  /** When it answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** When. */
  askedAt: Scalars['DateTime']['output'];
  /** What was asked. */
  question: Scalars['String']['output'];
};

/** An external party's request to work with the clusters, triaged by KiAP and the regional units. */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** What the party asks of the clusters, in short. */
  asks: Array<InquiryAsk>;
  /** The assessment, once made. For KiAP and the units; null with FORBIDDEN for others (the party never sees it). */
  assessment: Maybe<InquiryAssessment>;
  /** Whether the party declares a commercial interest. */
  commercialInterest: Scalars['Boolean']['output'];
  /** The party's note on its commercial interest. */
  commercialInterestNote: Maybe<Scalars['String']['output']>;
  /** Which data, when it would. */
  dataDescription: Maybe<Scalars['String']['output']>;
  /** The decision, once made. */
  decision: Maybe<InquiryDecision>;
  /** What the party asks of the clusters, in its own words. */
  description: Scalars['String']['output'];
  /** Last day of the work, when given. */
  endsOn: Maybe<Scalars['Date']['output']>;
  /** With CLUSTER_FORWARD: the cluster that forwarded it. For KiAP, the units and that cluster; null with FORBIDDEN for others. */
  forwardedBy: Maybe<Cluster>;
  /** With CLUSTER_FORWARD: whether it went to KiAP or the regional unit. */
  forwardedTo: Maybe<InquiryDestination>;
  /** With CLUSTER_FORWARD and the regional unit: that unit's region. */
  forwardedToRegion: Maybe<Region>;
  /** The clusters it was forwarded to and their answers. For KiAP and the units; null with FORBIDDEN for others. */
  forwards: Maybe<Array<InquiryForward>>;
  /** How the work is funded. */
  funding: Scalars['String']['output'];
  /** Every change, oldest first. For KiAP and the units; null with FORBIDDEN for others. */
  history: Maybe<Array<InquiryEvent>>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Questions asked of the party and its answers, oldest first. For the party, KiAP and the units. */
  informationRequests: Maybe<Array<InformationRequest>>;
  /** How many clusters it was forwarded to answered interested. For the party, KiAP and the units. */
  interestedClusterCount: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The municipalities asked for, when the reach is named municipalities; ordered by code. */
  municipalities: Array<Municipality>;
  /** Who asks. */
  party: ExternalParty;
  /** Why the party asks. */
  purpose: Scalars['String']['output'];
  /** Which clusters the party wants to reach. */
  reach: InquiryReach;
  /** The region asked for, when the reach is one region. */
  region: Maybe<Region>;
  /** How the inquiry reached the hub. */
  source: InquirySource;
  /** First day of the work, when given. */
  startsOn: Maybe<Scalars['Date']['output']>;
  /** Where the inquiry is in triage. */
  status: InquiryStatus;
  /** When the inquiry was submitted or forwarded. */
  submittedAt: Scalars['DateTime']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
  /** Whether the work would use data. */
  usesData: Scalars['Boolean']['output'];
  /**
   * For a cluster's coordinator, board members and members: their cluster's answer to the
   * inquiry (forwarded to it or in a sent newsletter), once given. Null before that and for
   * everyone else, who see the answers in `forwards` or the cluster's `forwardedInquiries`.
   */
  viewerClusterAnswer: Maybe<ClusterAnswer>;
};

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

/** An assessment of an inquiry against the steering group's rules. */
export type InquiryAssessment = {
  __typename?: 'InquiryAssessment';
  /** When. */
  assessedAt: Scalars['DateTime']['output'];
  /** Who assessed it last. */
  assessedBy: Scalars['String']['output'];
  /** The commercial interest seen. */
  commercialInterest: CommercialInterest;
  /** Whether the topic can be worked on with data. */
  dataSuitability: DataSuitability;
  /** A note on the data. */
  dataSuitabilityNote: Maybe<Scalars['String']['output']>;
  /** Internal notes; never shown to the party. */
  internalNote: Maybe<Scalars['String']['output']>;
  /** Relevance to the clusters' quality work. */
  relevance: Relevance;
  /** Why. */
  relevanceReason: Scalars['String']['output'];
};

/** The decision on an inquiry, as everyone who may see the inquiry sees it. */
export type InquiryDecision = {
  __typename?: 'InquiryDecision';
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** What was decided. */
  kind: InquiryDecisionKind;
  /** What happens next, in Danish, for the party. */
  nextStep: Scalars['String']['output'];
  /** With DECLINE: the reason, written for the party. */
  reason: Maybe<Scalars['String']['output']>;
};

/** What was decided. */
export type InquiryDecisionKind =
  /** Declined, with a reason the party sees. */
  | 'DECLINE'
  /** Sent to selected clusters, who answer whether they are interested. */
  | 'FORWARD_TO_CLUSTERS'
  /** Relevant to all clusters: it goes into KiAP's newsletter to all coordinators and board members. */
  | 'NEWSLETTER';

/** Where a cluster forwards an inquiry it received directly. */
export type InquiryDestination =
  /** KiAP. */
  | 'KIAP'
  /** The quality unit of the cluster's region. */
  | 'REGIONAL_UNIT';

/** One change to an inquiry. */
export type InquiryEvent = {
  __typename?: 'InquiryEvent';
  /** What happened. */
  action: InquiryAction;
  /** Who did it. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status before; null when the inquiry arrived. */
  fromStatus: Maybe<InquiryStatus>;
  /** A note with the change. */
  note: Maybe<Scalars['String']['output']>;
  /** The status after. */
  toStatus: InquiryStatus;
};

/** An inquiry forwarded to a cluster, and the cluster's answer. */
export type InquiryForward = {
  __typename?: 'InquiryForward';
  /** The cluster's answer, once given. */
  answer: Maybe<ClusterAnswer>;
  /** When it answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The cluster. */
  cluster: Cluster;
  /** When it was forwarded. */
  forwardedAt: Scalars['DateTime']['output'];
  /** The inquiry. */
  inquiry: Inquiry;
  /** The cluster's optional message with its answer. */
  message: Maybe<Scalars['String']['output']>;
};

/** The result of a cluster's answer. */
export type InquiryForwardPayload = {
  __typename?: 'InquiryForwardPayload';
  /** The forward with the cluster's answer. */
  forward: InquiryForward;
};

/** The result of a triage step. */
export type InquiryPayload = {
  __typename?: 'InquiryPayload';
  /** The inquiry as it is now. */
  inquiry: Inquiry;
};

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
  inquiryIds: Array<Scalars['ID']['input']>;
};

/** A municipality, known here only by its code. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Official three-digit municipality code. */
  code: Scalars['ID']['output'];
};

/** Submitting, forwarding, triaging and answering inquiries. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A cluster's coordinator or a board member answers an inquiry forwarded to the cluster, or
   * an item of a sent newsletter section ("interested"); the answer can be changed.
   */
  answerForwardedInquiry: InquiryForwardPayload;
  /** KiAP or the unit records its assessment, while the inquiry is in review or waiting. */
  assessInquiry: InquiryPayload;
  /** KiAP or the unit decides an assessed inquiry in review (→ DECIDED). */
  decideInquiry: InquiryPayload;
  /** A cluster's coordinator or a board member forwards an inquiry the cluster received directly. */
  forwardDirectInquiry: SubmitInquiryPayload;
  /** KiAP marks the newsletter section sent; the next draft starts after it. Repeating it returns the same section. */
  markNewsletterSent: NewsletterSectionPayload;
  /** The party answers (AWAITING_INFORMATION → IN_REVIEW). */
  provideInquiryInformation: InquiryPayload;
  /** KiAP or the unit asks the party for more information (IN_REVIEW → AWAITING_INFORMATION). */
  requestInquiryInformation: InquiryPayload;
  /** KiAP or the unit starts the review (RECEIVED), or resumes it without waiting longer (AWAITING_INFORMATION). */
  startInquiryReview: InquiryPayload;
  /** An external party submits an inquiry; an identical resubmission returns the first. Limited per party per day. */
  submitInquiry: SubmitInquiryPayload;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationAnswerForwardedInquiryArgs = {
  input: AnswerForwardedInquiryInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationAssessInquiryArgs = {
  input: AssessInquiryInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationDecideInquiryArgs = {
  input: DecideInquiryInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationForwardDirectInquiryArgs = {
  input: ForwardDirectInquiryInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationMarkNewsletterSentArgs = {
  input: MarkNewsletterSentInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationProvideInquiryInformationArgs = {
  input: ProvideInquiryInformationInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationRequestInquiryInformationArgs = {
  input: RequestInquiryInformationInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationStartInquiryReviewArgs = {
  input: StartInquiryReviewInput;
};


/** Submitting, forwarding, triaging and answering inquiries. */
export type MutationSubmitInquiryArgs = {
  input: SubmitInquiryInput;
};

/** A section of KiAP's newsletter to all coordinators and board members: inquiries relevant to all clusters. */
export type NewsletterSection = {
  __typename?: 'NewsletterSection';
  /** Ready-to-send HTML, in Danish. */
  html: Scalars['String']['output'];
  /** Stable identifier; null until the section is sent. */
  id: Maybe<Scalars['ID']['output']>;
  /** The inquiries in it, oldest decision first. */
  inquiries: Array<Inquiry>;
  /** 1 for the first section sent, then one more each time; null until sent. */
  number: Maybe<Scalars['Int']['output']>;
  /** Ready-to-send plain text, in Danish. */
  plainText: Scalars['String']['output'];
  /** When it was marked sent; null until then. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
};

/** The result of marking a newsletter section sent. */
export type NewsletterSectionPayload = {
  __typename?: 'NewsletterSectionPayload';
  /** The section as sent. */
  section: NewsletterSection;
};

/** The party answers a question. */
export type ProvideInquiryInformationInput = {
  /** The answer (1–8000 characters). */
  answer: Scalars['String']['input'];
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
};

/** External inquiries. */
export type Query = {
  __typename?: 'Query';
  /**
   * The inquiries the caller may see, newest first: all for KiAP; those reaching or forwarded
   * to its region for a unit; its own for a party; those forwarded to or by it for a cluster.
   */
  inquiries: Maybe<Array<Inquiry>>;
  /** One inquiry by id, for those entitled to see it; null otherwise. */
  inquiry: Maybe<Inquiry>;
  /** The next newsletter section: the newsletter decisions not yet sent. For KiAP. */
  newsletterDraft: Maybe<NewsletterSection>;
  /**
   * Sent newsletter sections, newest first: for KiAP, and for the coordinators and board
   * members of every cluster, who read the newsletter and may answer "interested" on an item.
   */
  newsletterSections: Maybe<Array<NewsletterSection>>;
};


/** External inquiries. */
export type QueryInquiriesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<InquiryStatus>>;
};


/** External inquiries. */
export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};

/** A region, known here only by its code. */
export type Region = {
  __typename?: 'Region';
  /** Official region code, 1081–1085. */
  code: Scalars['ID']['output'];
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

/** Ask the party for more information. */
export type RequestInquiryInformationInput = {
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** The question the party sees (1–2000 characters). */
  question: Scalars['String']['input'];
};

/** Start or resume the review of an inquiry. */
export type StartInquiryReviewInput = {
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** A note for the history (up to 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An inquiry from an external party. */
export type SubmitInquiryInput = {
  /** What you ask of the clusters, in short (1–5 kinds). */
  asks: Array<InquiryAsk>;
  /** Whether you have a commercial interest in the work. */
  commercialInterest: Scalars['Boolean']['input'];
  /** Your note on it (required with a commercial interest; up to 2000 characters). */
  commercialInterestNote?: InputMaybe<Scalars['String']['input']>;
  /** Which data, when it would (required then; up to 2000 characters). */
  dataDescription?: InputMaybe<Scalars['String']['input']>;
  /** What you ask of the clusters, in your own words (1–8000 characters). */
  description: Scalars['String']['input'];
  /** Last day of the work; not before startsOn. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** How the work is funded (1–1000 characters). */
  funding: Scalars['String']['input'];
  /** With reach MUNICIPALITIES: 1–98 municipality codes. */
  municipalityCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Why you ask (1–1000 characters). */
  purpose: Scalars['String']['input'];
  /** Which clusters you want to reach. */
  reach: InquiryReach;
  /** With reach REGION: the region's code. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the work. */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Short title (1–200 characters). */
  title: Scalars['String']['input'];
  /** Whether the work would use data. */
  usesData: Scalars['Boolean']['input'];
};

/** The result of submitting an inquiry. */
export type SubmitInquiryPayload = {
  __typename?: 'SubmitInquiryPayload';
  /** True when identical content was already submitted, so nothing new was stored. */
  alreadySubmitted: Scalars['Boolean']['output'];
  /** The inquiry: the new one, or the one already submitted with identical content. */
  inquiry: Inquiry;
};
