import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { databaseErrorOf } from './database-errors.js';
import { EmbeddedSessionTimeoutError } from './database-options.js';

/** A pg DatabaseError as TypeORM wraps it (QueryFailedError.driverError). */
function failed(fields: Record<string, string>): QueryFailedError {
  const driverError = Object.assign(new Error(fields.message ?? 'failed'), fields);
  return new QueryFailedError('INSERT ...', [], driverError);
}

describe('database errors become the domain error they stand for', () => {
  it('a foreign-key violation is BAD_USER_INPUT naming the field', () => {
    const err = databaseErrorOf(
      failed({ code: '23503', detail: 'Key (cycle_code)=() is not present in table "review_cycle".', constraint: 'fk_pledge_cycle' }),
    );
    expect(err?.code).toBe('BAD_USER_INPUT');
    expect(err?.fields).toEqual([{ field: 'cycle', messages: ['refers to a record that does not exist'] }]);
  });

  it('a unique violation is CONFLICT naming the field', () => {
    const err = databaseErrorOf(failed({ code: '23505', detail: 'Key (lower(email::text))=(a@b.org) already exists.' }));
    expect(err?.code).toBe('CONFLICT');
    const plain = databaseErrorOf(failed({ code: '23505', detail: 'Key (external_id, pledging_entity)=(x, y) already exists.' }));
    expect(plain?.fields.map((f) => f.field)).toEqual(['externalId', 'pledgingEntity']);
  });

  it('invalid data (class 22) and other constraint failures are BAD_USER_INPUT', () => {
    for (const code of ['22P02', '22021', '22008', '22003', '23502', '23514'])
      expect(databaseErrorOf(failed({ code }))?.code).toBe('BAD_USER_INPUT');
  });

  it('an outage is SERVICE_UNAVAILABLE, marked retryable: refused or lost connections, shutdown, too many clients, time budget', () => {
    const outages: unknown[] = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      failed({ code: '57P01', message: 'terminating connection due to administrator command' }),
      failed({ code: '53300', message: 'sorry, too many clients already' }),
      failed({ code: '08006' }),
      failed({ code: '57014', message: 'canceling statement due to statement timeout' }),
      new EmbeddedSessionTimeoutError(10_000),
    ];
    for (const outage of outages) {
      const err = databaseErrorOf(outage);
      expect(err).toBeInstanceOf(DomainError);
      expect(err?.code).toBe('SERVICE_UNAVAILABLE');
      expect(err?.details).toEqual({ retryable: true });
    }
  });

  it('leaves anything else unexpected (and domain errors as they are)', () => {
    expect(databaseErrorOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseErrorOf(failed({ code: '42703', message: 'column "nope" does not exist' }))).toBeUndefined();
    expect(databaseErrorOf(new DomainError('NOT_FOUND', 'x'))).toBeUndefined();
  });
});
