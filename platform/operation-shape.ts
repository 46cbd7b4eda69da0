import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';

/**
 * Refuses, as the caller's mistake (400 BAD_USER_INPUT), a document without a runnable
 * operation — several operations and no operationName, or a name it does not hold — and a
 * subscription, which the hub does not offer. Apollo would otherwise hand both to the
 * executor and answer 500.
 */
export function operationShapePlugin(): ApolloServerPlugin<object> {
  const refuse = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation)
            throw refuse(
              request.operationName
                ? `The document has no operation named ${JSON.stringify(request.operationName).slice(0, 80)}`
                : 'The document holds several operations: name the one to run in operationName',
            );
          if (operation.operation === 'subscription') throw refuse('This hub offers queries and mutations, not subscriptions');
        },
      };
    },
  };
}
