import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InquiryRow, ExternalPartyRow } from '../store.js';
import type { InquiriesContext } from '../context.js';
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
  /** A point in time with its UTC offset (RFC 3339), e.g. 2026-03-04T16:00:00Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
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

/** An external party's request to work with the clusters, triaged by KiAP and the regional units. */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** What the party asks of the clusters, in its own words. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
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
  /** Where the inquiry is in triage. */
  status: InquiryStatus;
  /** When the inquiry was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
};

/** Which clusters an inquiry wants to reach. */
export type InquiryReach =
  /** Every cluster in the country. */
  | 'ALL_CLUSTERS'
  /** The clusters of named municipalities. */
  | 'MUNICIPALITIES'
  /** The clusters of one region. */
  | 'REGION';

/** Where an inquiry is in KiAP's triage. */
export type InquiryStatus =
  /** Waiting for more information from the party. */
  | 'AWAITING_INFORMATION'
  /** A decision has been made. */
  | 'DECIDED'
  /** Being assessed. */
  | 'IN_REVIEW'
  /** Submitted, not yet looked at. */
  | 'RECEIVED';

/** A municipality, known here only by its code. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Official three-digit municipality code. */
  code: Scalars['ID']['output'];
};

/** External inquiries. */
export type Query = {
  __typename?: 'Query';
  /** Every inquiry, newest first. Only KiAP may list them all; null with FORBIDDEN for anyone else. */
  inquiries: Maybe<Array<Inquiry>>;
  /** One inquiry by id, for those entitled to see it (KiAP, the party that sent it); null otherwise. */
  inquiry: Maybe<Inquiry>;
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
  Inquiry: Inquiry;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Inquiry:
    ( { __typename: 'Inquiry' }
    & GraphQLRecursivePick<FederationTypes['Inquiry'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExternalParty: ResolverTypeWrapper<ExternalPartyRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ExternalPartyKind: ExternalPartyKind;
  Inquiry: ResolverTypeWrapper<InquiryRow>;
  InquiryReach: InquiryReach;
  InquiryStatus: InquiryStatus;
  Municipality: ResolverTypeWrapper<Municipality>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  ExternalParty: ExternalPartyRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Inquiry: InquiryRow;
  Municipality: Municipality;
  Query: Record<PropertyKey, never>;
  Region: Region;
  Boolean: Scalars['Boolean']['output'];
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExternalPartyResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ExternalParty'] = ResolversParentTypes['ExternalParty']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExternalPartyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InquiryResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry'], FederationReferenceType extends FederationReferenceTypes['Inquiry'] = FederationReferenceTypes['Inquiry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['ExternalParty'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['InquiryReach'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InquiryStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  inquiries?: Resolver<Maybe<Array<ResolversTypes['Inquiry']>>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
}>;

export type RegionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InquiriesContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  ExternalParty?: ExternalPartyResolvers<ContextType>;
  Inquiry?: InquiryResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

