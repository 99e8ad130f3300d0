import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiErrorOf, toFormErrors } from './field-errors';

const refused = (extensions: Record<string, unknown>, message = 'Refused') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('the API error of a result', () => {
  it('reads the code and the field errors the API sends in extensions', () => {
    const error = refused({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', messages: ['email must be an e-mail address'] }],
    });
    expect(apiErrorOf(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Refused',
      fields: [{ field: 'input.email', messages: ['email must be an e-mail address'] }],
    });
  });

  it('drops field errors of another shape, and has no code for a network failure', () => {
    expect(
      apiErrorOf(refused({ code: 'CONFLICT', fields: [{ field: 1 }, 'x', { field: 'version', messages: ['stale'] }] }))?.fields,
    ).toEqual([{ field: 'version', messages: ['stale'] }]);
    expect(apiErrorOf(new CombinedError({ networkError: new Error('Failed to fetch') }))).toEqual({
      code: null,
      message: 'Failed to fetch',
      fields: [],
    });
    expect(apiErrorOf(undefined)).toBeNull();
  });
});

describe('form errors from the API error', () => {
  const describeField = (field: string, code: string | null, messages: string[]) => `${field}/${code}/${messages.join('|')}`;

  it('puts each API field error at its form field, in the words describe gives', () => {
    const error = apiErrorOf(
      refused({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.password', messages: ['password must be at least 12 characters'] },
          { field: 'input.email', messages: ['already in use'] },
        ],
      }),
    );
    expect(toFormErrors(error, { 'input.password': 'password', 'input.email': 'email' }, describeField)).toEqual({
      errors: { password: 'password/BAD_USER_INPUT/password must be at least 12 characters', email: 'email/BAD_USER_INPUT/already in use' },
      unmatched: [],
    });
  });

  it('maps deeper paths to the field above them, keeps the first error per field, and returns the rest as unmatched', () => {
    const error = apiErrorOf(
      refused({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.links.0.url', messages: ['must be a URL'] },
          { field: 'input.links.1.url', messages: ['must be a URL too'] },
          { field: 'token', messages: ['not the current setup link'] },
        ],
      }),
    );
    const { errors, unmatched } = toFormErrors(error, { 'input.links': 'links', input: 'other' }, describeField);
    expect(errors).toEqual({ links: 'links/BAD_USER_INPUT/must be a URL' });
    expect(unmatched).toEqual([{ field: 'token', messages: ['not the current setup link'] }]);
  });

  it('gives no errors when there is no API error', () => {
    expect(toFormErrors(null, { email: 'email' }, describeField)).toEqual({ errors: {}, unmatched: [] });
  });
});
