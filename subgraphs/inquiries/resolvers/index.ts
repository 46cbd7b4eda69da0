import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Inquiry } from './Inquiry.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = { Query, Inquiry };
