import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClusterParent, OfficerRow, PracticeRow, PackageRow, MeetingRow, ContactAccessRow, RegionRef, MunicipalityRef } from '../store.js';
import type { ClustersContext } from '../context.js';
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
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Number of patients listed with the member practices. */
  listedPatients: Scalars['NonNegativeInt']['output'];
  /** The cluster's meetings, earliest first. Only for the cluster's partners; null with FORBIDDEN otherwise. */
  meetings: Maybe<Array<ClusterMeeting>>;
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
  /** Id of the officer whose detail was read. */
  officerId: Scalars['ID']['output'];
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
  /** The officer's phone number. */
  | 'PHONE';

/** How a meeting is held. */
export type MeetingFormat =
  /** In a room, with some joining online. */
  | 'HYBRID'
  /** Everyone in one room. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

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
  /** The practice's name. */
  name: Scalars['String']['output'];
  /** The practice's provider number (ydernummer), six digits. */
  providerNumber: Scalars['String']['output'];
};

/** The cluster directory and KiAP's package catalogue. */
export type Query = {
  __typename?: 'Query';
  /** One cluster by id; null when there is none. */
  cluster: Maybe<Cluster>;
  /** One package by id; null when there is none. */
  clusterPackage: Maybe<ClusterPackage>;
  /** The package catalogue, ordered by name. */
  clusterPackages: Array<ClusterPackage>;
  /** All clusters, ordered by name, optionally only those of one region (a municipality's: `municipality(code) { clusters }`). */
  clusters: Array<Cluster>;
  /** Reads of officers' contact details, newest first. KiAP only. */
  contactAccessLog: Maybe<Array<ContactAccessRecord>>;
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
export type QueryContactAccessLogArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A region, as the clusters subgraph sees it. */
export type Region = {
  __typename?: 'Region';
  /** The clusters in the region, ordered by name. */
  clusters: Array<Cluster>;
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
  Cluster: ResolverTypeWrapper<ClusterParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ClusterMeeting: ResolverTypeWrapper<MeetingRow>;
  ClusterOfficer: ResolverTypeWrapper<OfficerRow>;
  ClusterPackage: ResolverTypeWrapper<PackageRow>;
  ContactAccessRecord: ResolverTypeWrapper<ContactAccessRow>;
  ContactField: ContactField;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  MeetingFormat: MeetingFormat;
  MunicipalPackage: MunicipalPackage;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OfficerRole: OfficerRole;
  PackagePublisher: PackagePublisher;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  Practice: ResolverTypeWrapper<PracticeRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Region: ResolverTypeWrapper<RegionRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Cluster: ClusterParent;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ClusterMeeting: MeetingRow;
  ClusterOfficer: OfficerRow;
  ClusterPackage: PackageRow;
  ContactAccessRecord: ContactAccessRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  Municipality: MunicipalityRef;
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  PhoneNumber: Scalars['PhoneNumber']['output'];
  PositiveInt: Scalars['PositiveInt']['output'];
  Practice: PracticeRow;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Region: RegionRef;
}>;

export type ClusterResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster'], FederationReferenceType extends FederationReferenceTypes['Cluster'] = FederationReferenceTypes['Cluster']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cluster']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coordinator?: Resolver<Maybe<ResolversTypes['ClusterOfficer']>, ParentType, ContextType>;
  doctorCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listedPatients?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  meetings?: Resolver<Maybe<Array<ResolversTypes['ClusterMeeting']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officers?: Resolver<Maybe<Array<ResolversTypes['ClusterOfficer']>>, ParentType, ContextType>;
  practices?: Resolver<Maybe<Array<ResolversTypes['Practice']>>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
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

export type ContactAccessRecordResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['ContactAccessRecord'] = ResolversParentTypes['ContactAccessRecord']> = ResolversObject<{
  accessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['ContactField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  officerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readerRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readerSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MunicipalityResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type PracticeResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = ResolversObject<{
  doctorCount?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusterPackage?: Resolver<Maybe<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackageArgs, 'id'>>;
  clusterPackages?: Resolver<Array<ResolversTypes['ClusterPackage']>, ParentType, ContextType, RequireFields<QueryClusterPackagesArgs, 'municipalOnly'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  contactAccessLog?: Resolver<Maybe<Array<ResolversTypes['ContactAccessRecord']>>, ParentType, ContextType, RequireFields<QueryContactAccessLogArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = ClustersContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ClustersContext> = ResolversObject<{
  Cluster?: ClusterResolvers<ContextType>;
  ClusterMeeting?: ClusterMeetingResolvers<ContextType>;
  ClusterOfficer?: ClusterOfficerResolvers<ContextType>;
  ClusterPackage?: ClusterPackageResolvers<ContextType>;
  ContactAccessRecord?: ContactAccessRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  PhoneNumber?: GraphQLScalarType;
  PositiveInt?: GraphQLScalarType;
  Practice?: PracticeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
}>;

