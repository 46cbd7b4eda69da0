/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which contact detail was read. */
export type ContactField =
  /** The officer's e-mail address. */
  | 'EMAIL'
  /** The officer's phone number. */
  | 'PHONE';

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

export type ContactAccessLogQueryVariables = Exact<{
  clusterId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type ContactAccessLogQuery = { contactAccessLog: Array<{ id: string, accessedAt: string, readerRole: string, readerSubject: string, officerId: string, field: ContactField, operationName: string | null, cluster: { id: string, name: string } }> | null };

export type ClusterPartnerViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ClusterPartnerViewQuery = { cluster: { id: string, name: string, doctorCount: number, practices: Array<{ providerNumber: string }> | null, meetings: Array<{ startsAt: string }> | null, officers: Array<{ role: OfficerRole, name: string }> | null } | null };

export type ClusterDirectoryQueryVariables = Exact<{
  regionCode?: string | number | null | undefined;
}>;


export type ClusterDirectoryQuery = { clusters: Array<{ id: string, name: string, doctorCount: number, listedPatients: number, foundedOn: string, practices: Array<{ providerNumber: string, name: string, doctorCount: number }> | null, region: { code: string, name: string }, municipalities: Array<{ code: string, name: string, region: { code: string } }> }> };

export type ClusterOfficersQueryVariables = Exact<{
  id: string | number;
}>;


export type ClusterOfficersQuery = { cluster: { id: string, name: string, coordinator: { role: OfficerRole, name: string, email: string | null, phone: string | null } | null, officers: Array<{ role: OfficerRole, name: string, email: string | null, phone: string | null }> | null } | null };

export type ClusterNetworkQueryVariables = Exact<{
  regionCode?: string | number | null | undefined;
}>;


export type ClusterNetworkQuery = { clusters: Array<{ id: string, name: string, doctorCount: number, region: { code: string, name: string, offers: Array<{ id: string, title: string }> }, municipalities: Array<{ code: string, name: string, region: { code: string, name: string, offers: Array<{ id: string }> }, clusters: Array<{ id: string, name: string }> }>, regionalOffers: Array<{ id: string, title: string, kind: RegionalOfferKind, region: { code: string } }>, meetings: Array<{ startsAt: string, endsAt: string, format: MeetingFormat, package: { id: string, name: string } | null }> | null }> };

export type PackageCatalogueQueryVariables = Exact<{
  municipalOnly?: boolean | null | undefined;
}>;


export type PackageCatalogueQuery = { clusterPackages: Array<{ id: string, name: string, publisher: PackagePublisher, municipalPackage: MunicipalPackage | null, durationMinutes: number, dataSource: string }> };

export type InquiryQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type InquiryQueueQuery = { inquiries: Array<{ id: string, title: string, status: InquiryStatus, reach: InquiryReach, party: { name: string, kind: ExternalPartyKind } }> | null };

export type InquiryByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InquiryByIdQuery = { inquiry: { id: string, title: string, party: { id: string } } | null };

export type RegionsWithMunicipalitiesAndClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsWithMunicipalitiesAndClustersQuery = { regions: Array<{ code: string, name: string, municipalities: Array<{ code: string, name: string, clusters: Array<{ id: string, name: string }> }> }> };

export type MunicipalityWithClustersQueryVariables = Exact<{
  code: string | number;
}>;


export type MunicipalityWithClustersQuery = { municipality: { code: string, name: string, region: { code: string, name: string }, clusters: Array<{ id: string, name: string }> } | null };

export type RegionOffersQueryVariables = Exact<{
  code: string | number;
}>;


export type RegionOffersQuery = { region: { code: string, name: string, offers: Array<{ id: string, title: string, kind: RegionalOfferKind, status: RegionalOfferStatus, validFrom: string, validUntil: string | null, contactEmail: string, region: { code: string } }> } | null };


export const ContactAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readerRole"}},{"kind":"Field","name":{"kind":"Name","value":"readerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}}]}}]}}]} as unknown as DocumentNode<ContactAccessLogQuery, ContactAccessLogQueryVariables>;
export const ClusterPartnerViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterPartnerView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterPartnerViewQuery, ClusterPartnerViewQueryVariables>;
export const ClusterDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"listedPatients"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterDirectoryQuery, ClusterDirectoryQueryVariables>;
export const ClusterOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterOfficers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterOfficersQuery, ClusterOfficersQueryVariables>;
export const ClusterNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"doctorCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterNetworkQuery, ClusterNetworkQueryVariables>;
export const PackageCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PackageCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"municipalPackage"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"}}]}}]}}]} as unknown as DocumentNode<PackageCatalogueQuery, PackageCatalogueQueryVariables>;
export const InquiryQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<InquiryQueueQuery, InquiryQueueQueryVariables>;
export const InquiryByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InquiryById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InquiryByIdQuery, InquiryByIdQueryVariables>;
export const RegionsWithMunicipalitiesAndClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsWithMunicipalitiesAndClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsWithMunicipalitiesAndClustersQuery, RegionsWithMunicipalitiesAndClustersQueryVariables>;
export const MunicipalityWithClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityWithClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityWithClustersQuery, MunicipalityWithClustersQueryVariables>;
export const RegionOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOffersQuery, RegionOffersQueryVariables>;