import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors/domain-error.js';
import { checkLockedRow } from './lock-for-write.js';

interface Row {
  id: string;
  version: number;
  country: string;
}

const row: Row = { id: 'r1', version: 3, country: 'MAR' };
const forbidden = (): never => {
  throw new DomainError('FORBIDDEN', 'not yours');
};

function refusal(run: () => unknown): { code: string; message: string; fields: unknown } | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, message: e.message, fields: e.fields };
    throw e;
  }
  return undefined;
}

describe('checkLockedRow: the checks of a row locked for a write', () => {
  it('is NOT_FOUND for a missing row and for one the caller may not see, in the same words', () => {
    const missing = refusal(() => checkLockedRow<Row>(undefined, 'r1', { what: 'Pledge' }));
    const unseen = refusal(() => checkLockedRow(row, 'r1', { what: 'Pledge', visibleTo: () => false, assertWritable: forbidden }));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: 'Pledge r1 was not found', fields: [] });
    expect(unseen).toEqual(missing);
  });

  it('refuses the caller before it looks at the version', () => {
    expect(refusal(() => checkLockedRow(row, 'r1', { what: 'Pledge', assertWritable: forbidden, version: 1 }))?.code).toBe('FORBIDDEN');
  });

  it('is CONFLICT for a stale version, naming the current one', () => {
    expect(refusal(() => checkLockedRow(row, 'r1', { what: 'Good practice', version: 2 }))).toEqual({
      code: 'CONFLICT',
      message: 'Good practice r1 changed since you read it (version 3, you sent 2); reload and retry',
      fields: [{ field: 'version', messages: ['stale: the current version is 3'] }],
    });
  });

  it('returns the row when every check passes, and skips the version check without one', () => {
    expect(checkLockedRow(row, 'r1', { what: 'Event', visibleTo: () => true, version: 3 })).toBe(row);
    expect(checkLockedRow(row, 'r1', { what: 'Event', version: null })).toBe(row);
    expect(checkLockedRow(row, 'r1', { what: 'Event' })).toBe(row);
  });
});
