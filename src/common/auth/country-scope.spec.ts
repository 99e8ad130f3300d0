import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { ANONYMOUS, type Caller } from './caller.js';
import { assertActsForCountry } from './country-scope.js';
import { Role } from './role.js';

const account = (role: Role, countryIso3: string | null = null): Caller => ({
  kind: 'account',
  accountId: 'a',
  email: 'a@example.org',
  role,
  countryIso3,
});

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'OTHER';
  }
};

describe('assertActsForCountry', () => {
  it('lets a focal point act for its own country, in any letter case', () => {
    expect(codeOf(() => assertActsForCountry(account(Role.FOCAL_POINT, 'MAR'), 'MAR'))).toBeUndefined();
    expect(codeOf(() => assertActsForCountry(account(Role.FOCAL_POINT, 'MAR'), 'mar'))).toBeUndefined();
  });

  it('refuses a focal point acting for another country, or for no country', () => {
    expect(codeOf(() => assertActsForCountry(account(Role.FOCAL_POINT, 'MAR'), 'TUN'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertActsForCountry(account(Role.FOCAL_POINT, 'MAR'), null))).toBe('FORBIDDEN');
  });

  it('lets the secretariat act for any country and refuses analysts and the public', () => {
    expect(codeOf(() => assertActsForCountry(account(Role.SECRETARIAT), 'TUN'))).toBeUndefined();
    expect(codeOf(() => assertActsForCountry(account(Role.ANALYST), 'MAR'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertActsForCountry(ANONYMOUS, 'MAR'))).toBe('UNAUTHENTICATED');
  });
});
