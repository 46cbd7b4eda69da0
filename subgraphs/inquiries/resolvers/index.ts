import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Cluster } from './Cluster.js';
import { Inquiry } from './Inquiry.js';
import { InquiryDecision } from './InquiryDecision.js';
import { InquiryForward } from './InquiryForward.js';
import { Mutation } from './Mutation.js';
import { NewsletterSection } from './NewsletterSection.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = { Query, Mutation, Inquiry, InquiryDecision, InquiryForward, Cluster, NewsletterSection };
