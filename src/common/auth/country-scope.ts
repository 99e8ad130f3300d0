import { DomainError } from '../errors/domain-error.js';
import type { Caller } from './caller.js';
import { Role } from './role.js';

/**
 * Country scoping, enforced in services: a focal point acts for its own country only; the
 * secretariat acts for any. Analysts and the public act for none. Call it before any write
 * (and any draft read) that concerns a country, with the country of the record itself, not
 * one taken from the client's input alone.
 */
export function assertActsForCountry(caller: Caller, iso3: string | null): void {
  if (caller.kind !== 'account') throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
  if (caller.role === Role.SECRETARIAT) return;
  if (caller.role === Role.FOCAL_POINT && iso3 !== null && caller.countryIso3 === iso3.toUpperCase()) return;
  throw new DomainError(
    'FORBIDDEN',
    caller.role === Role.FOCAL_POINT
      ? `As focal point of ${caller.countryIso3} you act for ${caller.countryIso3} only${iso3 ? `, not ${iso3.toUpperCase()}` : ''}`
      : `${caller.role} accounts do not act for a country`,
  );
}

/**
 * Whether the caller keeps a country's records: the secretariat for every country, a focal
 * point for its own. Keepers see who did what on those records (account e-mails, review
 * threads); everyone else sees the records without the people.
 */
export function keepsRecordsOf(caller: Caller, iso3: string | null): boolean {
  if (caller.kind !== 'account') return false;
  return (
    caller.role === Role.SECRETARIAT || (caller.role === Role.FOCAL_POINT && iso3 !== null && caller.countryIso3 === iso3.toUpperCase())
  );
}
