import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionalOfferRow, RegionRef, ClusterRef, OfferRequestRow, PackageOrderRef, OfferVersionRow } from '../store.js';
import type { OffersContext } from '../context.js';
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
  /** A calendar date, e.g. 2026-09-01. */
  Date: { input: string; output: string; }
  /** A point in time with its UTC offset (RFC 3339). */
  DateTime: { input: Date; output: Date | string; }
  /** An e-mail address. */
  EmailAddress: { input: string; output: string; }
  /** A whole number zero or above. */
  NonNegativeInt: { input: number; output: number; }
  /** A whole number one or above. */
  PositiveInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The unit answers a request. */
export type AnswerOfferRequestInput = {
  /** True to accept, false to decline (which frees the place). */
  accept: Scalars['Boolean']['input'];
  /** The reply the cluster sees (1–2000 characters). */
  reply: Scalars['String']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** A cluster, as the offers subgraph sees it. */
export type Cluster = {
  __typename?: 'Cluster';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The cluster's requests for regional offers, newest first. For its members, its region's unit and KiAP. */
  offerRequests: Maybe<Array<OfferRequest>>;
  /** The cluster's region; owned by the clusters subgraph. */
  region: Region;
  /** The published offers of the cluster's region that are for it and can be used today, ordered by title. */
  regionalOffers: Array<RegionalOffer>;
};


/** A cluster, as the offers subgraph sees it. */
export type ClusterRegionalOffersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<RegionalOfferKind>>;
};

/** A new draft offer of your region's quality unit. */
export type CreateRegionalOfferInput = {
  /** Whom it is for. */
  audience: RegionalOfferAudience;
  /** How many clusters it can serve (1–1000); leave out when not limited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The unit's functional mailbox. */
  contactEmail: Scalars['EmailAddress']['input'];
  /** Description (1–4000 characters). */
  description: Scalars['String']['input'];
  /** Your key for this offer (1–200 characters): sending the same key again returns the offer it made instead of a second one. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of offer. */
  kind: RegionalOfferKind;
  /** With NAMED_CLUSTERS: the clusters it is for (1–50 cluster ids of your region). */
  namedClusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
  /** First day it can be used. */
  validFrom: Scalars['Date']['input'];
  /** Last day it can be used; not before validFrom. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Regional quality units' offers and clusters' requests for them. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Staff of the offer's unit accept or decline a request, with a reply. */
  answerOfferRequest: OfferRequestPayload;
  /** Staff of the offer's unit archive it: clusters no longer see it, the unit keeps it. */
  archiveRegionalOffer: RegionalOfferPayload;
  /** Staff of a regional quality unit create a draft offer for their own region. */
  createRegionalOffer: RegionalOfferPayload;
  /** Staff of the offer's unit publish a draft to the clusters. */
  publishRegionalOffer: RegionalOfferPayload;
  /** A cluster's coordinator or a board member asks to use an offer; refused when its places are taken. */
  requestRegionalOffer: OfferRequestPayload;
  /** Staff of the offer's unit edit it; a published offer keeps its earlier version. */
  updateRegionalOffer: RegionalOfferPayload;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationAnswerOfferRequestArgs = {
  input: AnswerOfferRequestInput;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationArchiveRegionalOfferArgs = {
  input: RegionalOfferStatusInput;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationCreateRegionalOfferArgs = {
  input: CreateRegionalOfferInput;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationPublishRegionalOfferArgs = {
  input: RegionalOfferStatusInput;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationRequestRegionalOfferArgs = {
  input: RequestRegionalOfferInput;
};


/** Regional quality units' offers and clusters' requests for them. */
export type MutationUpdateRegionalOfferArgs = {
  input: UpdateRegionalOfferInput;
};

/** A cluster's request to use a regional offer. */
export type OfferRequest = {
  __typename?: 'OfferRequest';
  /** When the unit answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The cluster asking. */
  cluster: Cluster;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The cluster's message, e.g. which meeting or package it is for. */
  message: Scalars['String']['output'];
  /** The offer. */
  offer: RegionalOffer;
  /** The package order whose meeting it is for; null when none, or the caller may not see it. */
  packageOrder: Maybe<PackageOrder>;
  /** The unit's reply, once answered. */
  reply: Maybe<Scalars['String']['output']>;
  /** When it was sent. */
  requestedAt: Scalars['DateTime']['output'];
  /** Where the request is. */
  status: OfferRequestStatus;
};

/** The result of a request mutation. */
export type OfferRequestPayload = {
  __typename?: 'OfferRequestPayload';
  /** The request as it is now. */
  request: OfferRequest;
};

/** Where a cluster's request for an offer is. */
export type OfferRequestStatus =
  /** The unit accepted. */
  | 'ACCEPTED'
  /** The unit declined; the place is free again. */
  | 'DECLINED'
  /** Sent; the unit has not answered. */
  | 'REQUESTED';

/** A cluster's package order (owned by the clusters subgraph), with the offers requested for its meeting. */
export type PackageOrder = {
  __typename?: 'PackageOrder';
  /** The cluster that ordered. */
  cluster: Cluster;
  /** The order's id. */
  id: Scalars['ID']['output'];
  /**
   * Requests for the region's offers made for this order's meeting (facilitation, say), newest
   * first. For the cluster's members, its region's unit and KiAP; empty for others.
   */
  offerRequests: Array<OfferRequest>;
};

/** The regional quality units' offers. */
export type Query = {
  __typename?: 'Query';
  /** One offer by id: published ones for everyone, drafts and archived ones for their unit and KiAP; else null. */
  regionalOffer: Maybe<RegionalOffer>;
};


/** The regional quality units' offers. */
export type QueryRegionalOfferArgs = {
  id: Scalars['ID']['input'];
};

/** A region, as the offers subgraph sees it. */
export type Region = {
  __typename?: 'Region';
  /** Official region code, 1081–1085. */
  code: Scalars['ID']['output'];
  /**
   * The clusters' requests for the region's offers, of every offer and period, newest first:
   * the unit's desk. For the region's unit and KiAP; FORBIDDEN for others.
   */
  offerRequests: Maybe<Array<OfferRequest>>;
  /**
   * The region's offers, ordered by title (and id). Without `statuses`: the published offers for all
   * its clusters that can be used today (public). With `statuses`: every offer in those states,
   * any period and audience — for the region's unit and KiAP only.
   */
  offers: Maybe<Array<RegionalOffer>>;
};


/** A region, as the offers subgraph sees it. */
export type RegionOfferRequestsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<OfferRequestStatus>>;
};


/** A region, as the offers subgraph sees it. */
export type RegionOffersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<RegionalOfferStatus>>;
};

/** An offer from a regional quality unit to the clusters of its region. */
export type RegionalOffer = {
  __typename?: 'RegionalOffer';
  /** When the offer was archived. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whom the offer is for. */
  audience: RegionalOfferAudience;
  /** How many clusters the offer can serve; null when not limited. */
  capacity: Maybe<Scalars['PositiveInt']['output']>;
  /** The unit's functional mailbox for the offer (never a person's own address). */
  contactEmail: Scalars['EmailAddress']['output'];
  /** What the offer contains and how to use it. */
  description: Scalars['String']['output'];
  /** How the offer read before each edit made after publishing, newest first. For the unit and KiAP. */
  earlierVersions: Maybe<Array<RegionalOfferVersion>>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of offer it is. */
  kind: RegionalOfferKind;
  /** The clusters it is for, with NAMED_CLUSTERS. For the unit and KiAP; null with FORBIDDEN for others. */
  namedClusters: Maybe<Array<Cluster>>;
  /** Places left when the capacity is limited: capacity minus requests not declined. */
  placesLeft: Maybe<Scalars['NonNegativeInt']['output']>;
  /** When the offer was first published. */
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  /** The region whose quality unit makes the offer. */
  region: Region;
  /** Requests to use the offer, newest first: all for the unit and KiAP, its own for a cluster, none for others. */
  requests: Maybe<Array<OfferRequest>>;
  /** Where the offer is in its life. */
  status: RegionalOfferStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** First day the offer can be used. */
  validFrom: Scalars['Date']['output'];
  /** Last day the offer can be used; null when open-ended. */
  validUntil: Maybe<Scalars['Date']['output']>;
  /** 1, and one more with each edit. */
  version: Scalars['PositiveInt']['output'];
};

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

/** The result of an offer mutation. */
export type RegionalOfferPayload = {
  __typename?: 'RegionalOfferPayload';
  /** The offer as it is now. */
  offer: RegionalOffer;
};

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
  offerId: Scalars['ID']['input'];
};

/** How an offer read before an edit. */
export type RegionalOfferVersion = {
  __typename?: 'RegionalOfferVersion';
  /** Its capacity then. */
  capacity: Maybe<Scalars['PositiveInt']['output']>;
  /** Its description then. */
  description: Scalars['String']['output'];
  /** When it was replaced. */
  replacedAt: Scalars['DateTime']['output'];
  /** Who replaced it. */
  replacedBy: Scalars['String']['output'];
  /** Its title then. */
  title: Scalars['String']['output'];
  /** Its first day then. */
  validFrom: Scalars['Date']['output'];
  /** Its last day then. */
  validUntil: Maybe<Scalars['Date']['output']>;
  /** The version number it had. */
  version: Scalars['PositiveInt']['output'];
};

/** A cluster asks to use an offer. */
export type RequestRegionalOfferInput = {
  /** What for, e.g. facilitation of a given meeting (1–2000 characters). */
  message: Scalars['String']['input'];
  /** The offer: published, current and for your cluster. */
  offerId: Scalars['ID']['input'];
  /** The cluster's package order whose meeting it is for, e.g. facilitation of a follow-up meeting. */
  packageOrderId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an offer; fields left out stay as they are. A published offer keeps its earlier version. */
export type UpdateRegionalOfferInput = {
  /** New audience. */
  audience?: InputMaybe<RegionalOfferAudience>;
  /** New capacity. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New functional mailbox. */
  contactEmail?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New named clusters. */
  namedClusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The offer. */
  offerId: Scalars['ID']['input'];
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New first day. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New last day. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
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
  PackageOrder: PackageOrder;
  Region: Region;
  RegionalOffer: RegionalOffer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cluster:
    ( { __typename: 'Cluster' }
    & GraphQLRecursivePick<FederationTypes['Cluster'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"region":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"region":{"code":true}}>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"region":{"code":true}}> ) );
  PackageOrder:
    ( { __typename: 'PackageOrder' }
    & GraphQLRecursivePick<FederationTypes['PackageOrder'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PackageOrder'], {"cluster":{"id":true,"region":{"code":true}}}> ) );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  RegionalOffer:
    ( { __typename: 'RegionalOffer' }
    & GraphQLRecursivePick<FederationTypes['RegionalOffer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnswerOfferRequestInput: AnswerOfferRequestInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Cluster: ResolverTypeWrapper<ClusterRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateRegionalOfferInput: CreateRegionalOfferInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OfferRequest: ResolverTypeWrapper<OfferRequestRow>;
  OfferRequestPayload: ResolverTypeWrapper<Omit<OfferRequestPayload, 'request'> & { request: ResolversTypes['OfferRequest'] }>;
  OfferRequestStatus: OfferRequestStatus;
  PackageOrder: ResolverTypeWrapper<PackageOrderRef>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegionalOffer: ResolverTypeWrapper<RegionalOfferRow>;
  RegionalOfferAudience: RegionalOfferAudience;
  RegionalOfferKind: RegionalOfferKind;
  RegionalOfferPayload: ResolverTypeWrapper<Omit<RegionalOfferPayload, 'offer'> & { offer: ResolversTypes['RegionalOffer'] }>;
  RegionalOfferStatus: RegionalOfferStatus;
  RegionalOfferStatusInput: RegionalOfferStatusInput;
  RegionalOfferVersion: ResolverTypeWrapper<OfferVersionRow>;
  RequestRegionalOfferInput: RequestRegionalOfferInput;
  UpdateRegionalOfferInput: UpdateRegionalOfferInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnswerOfferRequestInput: AnswerOfferRequestInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Cluster: ClusterRef;
  Int: Scalars['Int']['output'];
  CreateRegionalOfferInput: CreateRegionalOfferInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  Mutation: Record<PropertyKey, never>;
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  OfferRequest: OfferRequestRow;
  OfferRequestPayload: Omit<OfferRequestPayload, 'request'> & { request: ResolversParentTypes['OfferRequest'] };
  PackageOrder: PackageOrderRef;
  PositiveInt: Scalars['PositiveInt']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  RegionalOffer: RegionalOfferRow;
  RegionalOfferPayload: Omit<RegionalOfferPayload, 'offer'> & { offer: ResolversParentTypes['RegionalOffer'] };
  RegionalOfferStatusInput: RegionalOfferStatusInput;
  RegionalOfferVersion: OfferVersionRow;
  RequestRegionalOfferInput: RequestRegionalOfferInput;
  UpdateRegionalOfferInput: UpdateRegionalOfferInput;
}>;

export type ClusterResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerRequests?: Resolver<Maybe<Array<ResolversTypes['OfferRequest']>>, ParentType, ContextType>;
  regionalOffers?: Resolver<Array<ResolversTypes['RegionalOffer']>, ParentType, ContextType, RequireFields<ClusterRegionalOffersArgs, 'first'>>;
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

export type MutationResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  answerOfferRequest?: Resolver<ResolversTypes['OfferRequestPayload'], ParentType, ContextType, RequireFields<MutationAnswerOfferRequestArgs, 'input'>>;
  archiveRegionalOffer?: Resolver<ResolversTypes['RegionalOfferPayload'], ParentType, ContextType, RequireFields<MutationArchiveRegionalOfferArgs, 'input'>>;
  createRegionalOffer?: Resolver<ResolversTypes['RegionalOfferPayload'], ParentType, ContextType, RequireFields<MutationCreateRegionalOfferArgs, 'input'>>;
  publishRegionalOffer?: Resolver<ResolversTypes['RegionalOfferPayload'], ParentType, ContextType, RequireFields<MutationPublishRegionalOfferArgs, 'input'>>;
  requestRegionalOffer?: Resolver<ResolversTypes['OfferRequestPayload'], ParentType, ContextType, RequireFields<MutationRequestRegionalOfferArgs, 'input'>>;
  updateRegionalOffer?: Resolver<ResolversTypes['RegionalOfferPayload'], ParentType, ContextType, RequireFields<MutationUpdateRegionalOfferArgs, 'input'>>;
}>;

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OfferRequestResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferRequest'] = ResolversParentTypes['OfferRequest']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offer?: Resolver<ResolversTypes['RegionalOffer'], ParentType, ContextType>;
  packageOrder?: Resolver<Maybe<ResolversTypes['PackageOrder']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferRequestStatus'], ParentType, ContextType>;
}>;

export type OfferRequestPayloadResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferRequestPayload'] = ResolversParentTypes['OfferRequestPayload']> = ResolversObject<{
  request?: Resolver<ResolversTypes['OfferRequest'], ParentType, ContextType>;
}>;

export type PackageOrderResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['PackageOrder'] = ResolversParentTypes['PackageOrder'], FederationReferenceType extends FederationReferenceTypes['PackageOrder'] = FederationReferenceTypes['PackageOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PackageOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerRequests?: Resolver<Array<ResolversTypes['OfferRequest']>, ParentType, ContextType>;
}>;

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type QueryResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  regionalOffer?: Resolver<Maybe<ResolversTypes['RegionalOffer']>, ParentType, ContextType, RequireFields<QueryRegionalOfferArgs, 'id'>>;
}>;

export type RegionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerRequests?: Resolver<Maybe<Array<ResolversTypes['OfferRequest']>>, ParentType, ContextType, RequireFields<RegionOfferRequestsArgs, 'first'>>;
  offers?: Resolver<Maybe<Array<ResolversTypes['RegionalOffer']>>, ParentType, ContextType, RequireFields<RegionOffersArgs, 'first'>>;
}>;

export type RegionalOfferResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['RegionalOffer'] = ResolversParentTypes['RegionalOffer'], FederationReferenceType extends FederationReferenceTypes['RegionalOffer'] = FederationReferenceTypes['RegionalOffer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegionalOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['RegionalOfferAudience'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earlierVersions?: Resolver<Maybe<Array<ResolversTypes['RegionalOfferVersion']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionalOfferKind'], ParentType, ContextType>;
  namedClusters?: Resolver<Maybe<Array<ResolversTypes['Cluster']>>, ParentType, ContextType>;
  placesLeft?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  requests?: Resolver<Maybe<Array<ResolversTypes['OfferRequest']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegionalOfferStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
}>;

export type RegionalOfferPayloadResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['RegionalOfferPayload'] = ResolversParentTypes['RegionalOfferPayload']> = ResolversObject<{
  offer?: Resolver<ResolversTypes['RegionalOffer'], ParentType, ContextType>;
}>;

export type RegionalOfferVersionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['RegionalOfferVersion'] = ResolversParentTypes['RegionalOfferVersion']> = ResolversObject<{
  capacity?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replacedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OffersContext> = ResolversObject<{
  Cluster?: ClusterResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  OfferRequest?: OfferRequestResolvers<ContextType>;
  OfferRequestPayload?: OfferRequestPayloadResolvers<ContextType>;
  PackageOrder?: PackageOrderResolvers<ContextType>;
  PositiveInt?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionalOffer?: RegionalOfferResolvers<ContextType>;
  RegionalOfferPayload?: RegionalOfferPayloadResolvers<ContextType>;
  RegionalOfferVersion?: RegionalOfferVersionResolvers<ContextType>;
}>;

