import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { ClusterMeeting } from './ClusterMeeting.js';
import { ClusterOfficer } from './ClusterOfficer.js';
import { ClusterPackage } from './ClusterPackage.js';
import { ContactAccessRecord } from './ContactAccessRecord.js';
import { ClusterMember } from './ClusterMember.js';
import { FundRate } from './FundRate.js';
import { Mutation } from './Mutation.js';
import { PracticeDeparture } from './PracticeDeparture.js';
import { Query } from './Query.js';
import { RegisterVersion } from './RegisterVersion.js';
import { Region } from './Region.js';
import { PackageOrder } from './PackageOrder.js';
import { QuestionnaireQuestion } from './QuestionnaireQuestion.js';
import { QuestionnaireRound } from './QuestionnaireRound.js';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Cluster,
  ClusterMember,
  RegisterVersion,
  PracticeDeparture,
  FundRate,
  ClusterOfficer,
  ClusterMeeting,
  ClusterPackage,
  ContactAccessRecord,
  Region,
  PackageOrder,
  QuestionnaireRound,
  QuestionnaireQuestion,
};
