import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badUserInput, maskUnexpectedErrors, visibleOrNotFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';

const logged: string[] = [];
const format = maskUnexpectedErrors((message) => logged.push(message));
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

  it('masks anything unexpected and logs its cause', () => {
    expect(formatted(new GraphQLError('boom', { originalError: new Error('boom') })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged.at(-1)).toContain('boom');
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
