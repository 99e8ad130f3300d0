import { describe, expect, it } from 'vitest';
import { otherFieldMessages, refusalOf } from './field-errors';

describe('API refusals', () => {
  it('reads the code and the field errors, named without the argument prefix', () => {
    const refusal = refusalOf({
      message: '[GraphQL] Invalid input',
      graphQLErrors: [
        {
          message: 'Invalid input: input.narrative, input.evidenceLinks',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.narrative', messages: ['too long'] },
              { field: 'input.evidenceLinks', messages: ['each link must be a full http(s) address'] },
              { field: 'input.narrative', messages: ['must be a string'] },
              { field: 'objective17.narrative', messages: ['needed to submit'] },
              { nonsense: true },
            ],
          },
        },
      ],
    });
    expect(refusal).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Invalid input: input.narrative, input.evidenceLinks',
      fields: {
        narrative: ['too long', 'must be a string'],
        evidenceLinks: ['each link must be a full http(s) address'],
        'objective17.narrative': ['needed to submit'],
      },
    });
    expect(otherFieldMessages(refusal, ['narrative', 'evidenceLinks'])).toEqual(['objective17.narrative: needed to submit']);
  });

  it('keeps the code of a refusal without fields, and the transport message when there is no GraphQL error', () => {
    expect(
      refusalOf({
        message: 'x',
        graphQLErrors: [{ message: 'Progress entry 1 changed since you read it', extensions: { code: 'CONFLICT' } }],
      }),
    ).toEqual({ code: 'CONFLICT', message: 'Progress entry 1 changed since you read it', fields: {} });
    expect(refusalOf({ message: '[Network] Failed to fetch', graphQLErrors: [] })).toEqual({
      code: null,
      message: '[Network] Failed to fetch',
      fields: {},
    });
  });
});
