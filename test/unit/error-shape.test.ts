import {
  execute,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type GraphQLFormattedError,
  type GraphQLResolveInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, forbidden, maskUnexpectedErrors, unexpectedErrorCause, visibleOrNotFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';

const format = maskUnexpectedErrors();
const formatted = (error: GraphQLError): GraphQLFormattedError => format(error.toJSON(), error);

describe('one shape for bad input', () => {
  it('names every problem of an input by its path under `input`', () => {
    const problems = new InputProblems();
    problems.text('presenter.name', ' ', { max: 10 });
    problems.text('talks[1].title', 'x'.repeat(11), { max: 10 });
    problems.text('note', 'ok', { max: 10 });
    expect(() => problems.throwIfAny('Not valid')).toThrow(GraphQLError);
    expect(problems.list).toEqual([
      { path: 'input.presenter.name', message: 'must not be empty' },
      { path: 'input.talks[1].title', message: 'must be at most 10 characters' },
    ]);
  });

  it('gives graphql-js’s refusal of a variable a problem at the variable’s path', () => {
    const error = new GraphQLError('Variable "$input" got invalid value "nej" at "input.contactEmail"; Expected type "EmailAddress".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted(error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.contactEmail', message: error.message }],
    });
  });

  it('keeps the problems a workflow gave, and gives a whole-request refusal the empty path', () => {
    const ours = badUserInput('No', [{ path: 'first', message: 'must be 1 to 500' }]);
    expect(formatted(ours).extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ path: 'first', message: 'must be 1 to 500' }] });
    const apollos = new GraphQLError('Must provide operation name if query contains multiple operations.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(formatted(apollos).extensions!.problems).toEqual([{ path: '', message: apollos.message }]);
  });

  it('turns a value Postgres refuses into BAD_USER_INPUT without the statement', () => {
    const database = Object.assign(new Error('invalid input syntax for type uuid: "x" in select … where id = $1'), { code: '22P02' });
    const error = new GraphQLError(database.message, { originalError: database });
    expect(formatted(error)).toMatchObject({
      message: 'An id or value has a form the hub does not accept',
      extensions: { code: 'BAD_USER_INPUT', problems: [{ path: '', message: 'An id or value has a form the hub does not accept' }] },
    });
  });

  it('masks anything unexpected, and gives its cause for the log only then', () => {
    const boom = new GraphQLError('boom at select …', { originalError: new Error('boom at select …') });
    expect(formatted(boom)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(unexpectedErrorCause(boom)).toBe('boom at select …');
    const database = Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' });
    for (const intended of [forbidden('Not yours'), badUserInput('No', []), new GraphQLError('x', { originalError: database })])
      expect(unexpectedErrorCause(intended)).toBeUndefined();
  });
});

describe('a refusal per item of a list', () => {
  it('reaches the caller at its item’s path and place in the query, as the error the resolver raised', async () => {
    const thrown: GraphQLError[] = [];
    const refuse = (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
      thrown.push(forbidden('Not yours', info));
      throw thrown.at(-1);
    };
    const person = new GraphQLObjectType({ name: 'Person', fields: { email: { type: GraphQLString, resolve: refuse } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { people: { type: new GraphQLList(person), resolve: () => [{}, {}] } } }),
    });
    const result = await execute({ schema, document: parse('{\n  people { email }\n}') });
    expect(result.errors!.map((error) => error.toJSON())).toEqual([
      { message: 'Not yours', locations: [{ line: 2, column: 12 }], path: ['people', 0, 'email'], extensions: { code: 'FORBIDDEN' } },
      { message: 'Not yours', locations: [{ line: 2, column: 12 }], path: ['people', 1, 'email'], extensions: { code: 'FORBIDDEN' } },
    ]);
    // graphql-js made no second error around it (with a stack of its own).
    expect(result.errors).toEqual(thrown);
    expect(result.errors![0]).toBe(thrown[0]);
  });
});

describe('a row the caller may not see', () => {
  it('is NOT_FOUND with the same message as a row that does not exist', () => {
    const missing = () => visibleOrNotFound(undefined, 'Offer x does not exist in your region');
    const hidden = () => visibleOrNotFound({ regionCode: '1081' }, 'Offer x does not exist in your region', (o) => o.regionCode === '1084');
    for (const attempt of [missing, hidden]) {
      expect(attempt).toThrow('Offer x does not exist in your region');
      try {
        attempt();
      } catch (error) {
        expect((error as GraphQLError).extensions.code).toBe('NOT_FOUND');
      }
    }
    expect(visibleOrNotFound({ regionCode: '1084' }, 'no', (o) => o.regionCode === '1084')).toEqual({ regionCode: '1084' });
  });
});
