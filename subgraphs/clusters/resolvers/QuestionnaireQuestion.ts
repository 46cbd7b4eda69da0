import type { QuestionnaireQuestionResolvers } from '../__generated__/resolvers-types.js';

export const QuestionnaireQuestion: QuestionnaireQuestionResolvers = {
  skippedBySoloPractices: ({ skippedBySolo }) => skippedBySolo,
};
