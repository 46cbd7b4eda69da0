import type { GraphQLResolveInfo } from 'graphql';
import type { RegionRow, MunicipalityRow, ClusterRef } from '../store.js';
import type { MunicipalitiesContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A quality cluster, as the municipalities subgraph sees it: which municipalities it covers. */
export type Cluster = {
  __typename?: 'Cluster';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The municipalities the cluster covers (usually one), ordered by code. */
  municipalities: Array<Municipality>;
};

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
  /** The region the municipality lies in. */
  region: Region;
};

/** Reference data about Denmark's regions and municipalities. */
export type Query = {
  __typename?: 'Query';
  /** All municipalities, or those of one region, ordered by code. */
  municipalities: Array<Municipality>;
  /** One municipality by its official code; null when no municipality has that code. */
  municipality: Maybe<Municipality>;
  /** One region by its official code; null when no region has that code. */
  region: Maybe<Region>;
  /** All five regions, ordered by code. */
  regions: Array<Region>;
};


/** Reference data about Denmark's regions and municipalities. */
export type QueryMunicipalitiesArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


/** Reference data about Denmark's regions and municipalities. */
export type QueryMunicipalityArgs = {
  code: Scalars['ID']['input'];
};


/** Reference data about Denmark's regions and municipalities. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};

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
  Municipality: Municipality;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Cluster:
    ( { __typename: 'Cluster' }
    & GraphQLRecursivePick<FederationTypes['Cluster'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Cluster: ResolverTypeWrapper<ClusterRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cluster: ClusterRef;
  ID: Scalars['ID']['output'];
  Municipality: MunicipalityRow;
  String: Scalars['String']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  Boolean: Scalars['Boolean']['output'];
}>;

export type ClusterResolvers<ContextType = MunicipalitiesContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = MunicipalitiesContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MunicipalitiesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType, Partial<QueryMunicipalitiesArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'code'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = MunicipalitiesContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MunicipalitiesContext> = ResolversObject<{
  Cluster?: ClusterResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

