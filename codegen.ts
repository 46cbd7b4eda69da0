import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for every subgraph, generated from the same schema.graphql files the
 * servers load and composition reads, and typed documents for the tests' and the console's
 * operations.
 * `npm run codegen` writes them; `test/generated-code.test.ts` fails when they are stale.
 */
const subgraphs: Record<string, { context: string; mappers: Record<string, string> }> = {
  municipalities: {
    context: '../context.js#MunicipalitiesContext',
    mappers: {
      Region: '../store.js#RegionRow',
      Municipality: '../store.js#MunicipalityRow',
      Cluster: '../store.js#ClusterRef',
      MunicipalOffer: '../store.js#MunicipalOfferRow',
      PackageBooking: '../store.js#BookingRow',
      BookingEvent: '../store.js#BookingEventRow',
      ReferralCount: '../store.js#ReferralCountRow',
      ReferralCountRevision: '../store.js#ReferralCountRevisionRow',
      ReferralWindow: '../referral-comparison.js#ReferralWindowResult',
      OfferReferrals: '../referral-comparison.js#OfferReferralsResult',
      PackageOrder: '../store.js#PackageOrderRef',
    },
  },
  clusters: {
    context: '../context.js#ClustersContext',
    mappers: {
      Cluster: '../store.js#ClusterParent',
      ClusterOfficer: '../store.js#OfficerRow',
      Practice: '../store.js#PracticeRow',
      ClusterPackage: '../store.js#PackageRow',
      ClusterMeeting: '../store.js#MeetingRow',
      ContactAccessRecord: '../store.js#ContactAccessRow',
      Region: '../store.js#RegionRef',
      Municipality: '../store.js#MunicipalityRef',
      ClusterMember: '../register-store.js#MemberRow',
      RegisterVersion: '../register-store.js#RegisterVersionRow',
      CoordinatorHandover: '../register-store.js#HandoverRow',
      PracticeDeparture: '../register-store.js#DepartureRow',
      FundRate: '../register-store.js#FundRateRow',
      RegisterEvent: '../register-store.js#RegisterEventRow',
      PackageOrder: '../package-store.js#OrderRow',
      MeetingParticipant: '../package-store.js#ParticipantRow',
      PracticeSteps: '../package-store.js#PracticeStepsRow',
      QuestionnaireRound: '../package-store.js#RoundRow',
      QuestionnaireTemplate: '../package-store.js#TemplateRow',
      QuestionnaireQuestion: '../questionnaire-model.js#Question',
    },
  },
  offers: {
    context: '../context.js#OffersContext',
    mappers: {
      RegionalOffer: '../store.js#RegionalOfferRow',
      Region: '../store.js#RegionRef',
      Cluster: '../store.js#ClusterRef',
      OfferRequest: '../store.js#OfferRequestRow',
      PackageOrder: '../store.js#PackageOrderRef',
      RegionalOfferVersion: '../store.js#OfferVersionRow',
    },
  },
  inquiries: {
    context: '../context.js#InquiriesContext',
    mappers: {
      Inquiry: '../store.js#InquiryRow',
      InquiryDecision: '../store.js#InquiryRow',
      ExternalParty: '../store.js#ExternalPartyRow',
      InquiryAssessment: '../store.js#AssessmentRow',
      InformationRequest: '../store.js#InformationRequestRow',
      InquiryForward: '../store.js#ForwardRow',
      InquiryEvent: '../store.js#InquiryEventRow',
      NewsletterSection: '../store.js#NewsletterSectionParent',
      Cluster: '../store.js#ClusterRef',
      Region: '../store.js#RegionRef',
    },
  },
};

const scalars = {
  Date: 'string',
  DateTime: { input: 'Date', output: 'Date | string' },
  EmailAddress: 'string',
  PhoneNumber: 'string',
  NonNegativeInt: 'number',
  PositiveInt: 'number',
};

const typeOptions = {
  scalars,
  useTypeImports: true,
  enumsAsTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
};

const config: CodegenConfig = {
  overwrite: true,
  emitLegacyCommonJSImports: false,
  generates: {
    ...subgraphResolverTypes(),
    'test/__generated__/operations.ts': {
      schema: 'supergraph/schema.graphql',
      documents: 'test/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      // What a client receives over HTTP: every custom scalar arrives as JSON text or a number.
      config: { scalars: { ...scalars, DateTime: 'string' }, useTypeImports: true, enumsAsTypes: true, avoidOptionals: false },
    },
    // The console's operations, typed through the client preset's graphql() function.
    'web/src/__generated__/': {
      schema: 'supergraph/schema.graphql',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { ...scalars, DateTime: 'string' }, useTypeImports: true, enumsAsTypes: true },
    },
  },
};

/**
 * Two files per subgraph: `schema-types.ts` (the schema's types alone, imported by
 * workflows for their inputs) and `resolvers-types.ts` (which names the context). Keeping
 * them apart keeps the imports one-way: resolver types → context → workflows → schema types.
 */
function subgraphResolverTypes(): CodegenConfig['generates'] {
  return Object.fromEntries(
    Object.entries(subgraphs).flatMap(([name, { context, mappers }]) => [
      [
        `subgraphs/${name}/__generated__/schema-types.ts`,
        { schema: `subgraphs/${name}/schema.graphql`, plugins: ['typescript'], config: typeOptions },
      ],
      [
        `subgraphs/${name}/__generated__/resolvers-types.ts`,
        {
          schema: `subgraphs/${name}/schema.graphql`,
          plugins: ['typescript', 'typescript-resolvers'],
          config: { ...typeOptions, federation: true, contextType: context, mappers, useIndexSignature: true },
        },
      ],
    ]),
  );
}

export default config;
