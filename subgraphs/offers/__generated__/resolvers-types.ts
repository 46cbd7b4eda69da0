import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionalOfferRow, RegionRef, ClusterRef } from '../store.js';
import type { OffersContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** An e-mail address. */
  EmailAddress: { input: string; output: string; }
  /** A whole number one or above. */
  PositiveInt: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A cluster, as the offers subgraph sees it. */
export type Cluster = {
  __typename?: 'Cluster';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The cluster's region; owned by the clusters subgraph. */
  region: Region;
  /** The published offers of the cluster's region that can be used today, ordered by title. */
  regionalOffers: Array<RegionalOffer>;
};

/** The regional quality units' offers. */
export type Query = {
  __typename?: 'Query';
  /** One published offer by id; null when there is none. */
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
  /** The region's published offers that can be used today, ordered by title. */
  offers: Array<RegionalOffer>;
};

/** An offer from a regional quality unit to the clusters of its region. */
export type RegionalOffer = {
  __typename?: 'RegionalOffer';
  /** How many clusters the offer can serve; null when not limited. */
  capacity: Maybe<Scalars['PositiveInt']['output']>;
  /** The unit's functional mailbox for the offer (never a person's own address). */
  contactEmail: Scalars['EmailAddress']['output'];
  /** What the offer contains and how to use it. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of offer it is. */
  kind: RegionalOfferKind;
  /** The region whose quality unit makes the offer. */
  region: Region;
  /** Where the offer is in its life. */
  status: RegionalOfferStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** First day the offer can be used. */
  validFrom: Scalars['Date']['output'];
  /** Last day the offer can be used; null when open-ended. */
  validUntil: Maybe<Scalars['Date']['output']>;
};

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
  Region: Region;
  RegionalOffer: RegionalOffer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cluster:
    ( { __typename: 'Cluster' }
    & GraphQLRecursivePick<FederationTypes['Cluster'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Cluster'], {"region":{"code":true}}> ) );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  RegionalOffer:
    ( { __typename: 'RegionalOffer' }
    & GraphQLRecursivePick<FederationTypes['RegionalOffer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cluster: ResolverTypeWrapper<ClusterRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegionalOffer: ResolverTypeWrapper<RegionalOfferRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  RegionalOfferKind: RegionalOfferKind;
  RegionalOfferStatus: RegionalOfferStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cluster: ClusterRef;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  PositiveInt: Scalars['PositiveInt']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  RegionalOffer: RegionalOfferRow;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type ClusterResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionalOffers?: Resolver<Array<ResolversTypes['RegionalOffer']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type QueryResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  regionalOffer?: Resolver<Maybe<ResolversTypes['RegionalOffer']>, ParentType, ContextType, RequireFields<QueryRegionalOfferArgs, 'id'>>;
}>;

export type RegionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['RegionalOffer']>, ParentType, ContextType>;
}>;

export type RegionalOfferResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['RegionalOffer'] = ResolversParentTypes['RegionalOffer'], FederationReferenceType extends FederationReferenceTypes['RegionalOffer'] = FederationReferenceTypes['RegionalOffer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegionalOffer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegionalOfferKind'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegionalOfferStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OffersContext> = ResolversObject<{
  Cluster?: ClusterResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  PositiveInt?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionalOffer?: RegionalOfferResolvers<ContextType>;
}>;

