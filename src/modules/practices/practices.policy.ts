import type { Caller } from '../../common/auth/caller.js';
import { keepsRecordsOf } from '../../common/auth/country-scope.js';
import { Role } from '../../common/auth/role.js';
import type { SqlParams } from '../../common/pagination/keyset-page.js';
import { PracticeStatus } from './practice.enums.js';

/**
 * Who sees which good practices: the one rule of the feature, used by its service and
 * loaders (in SQL for lists, in code for single rows).
 * - Published practices are public; a country's focal points also see their own country's
 *   drafts; the secretariat sees all.
 * - Review comments are for those who keep the practice's records and the secretariat.
 */
export function maySeePractice(caller: Caller, practice: { status: PracticeStatus; owner_country_iso3: string | null }): boolean {
  if (practice.status === PracticeStatus.PUBLISHED) return true;
  if (caller.kind !== 'account') return false;
  if (caller.role === Role.SECRETARIAT) return true;
  return caller.role === Role.FOCAL_POINT && practice.owner_country_iso3 !== null && practice.owner_country_iso3 === caller.countryIso3;
}

/** The same rule as a SQL condition on alias `g`; null when the caller sees everything. */
export function visiblePracticeSql(caller: Caller, params: SqlParams): string | null {
  if (caller.kind === 'account' && caller.role === Role.SECRETARIAT) return null;
  if (caller.kind === 'account' && caller.role === Role.FOCAL_POINT && caller.countryIso3) {
    return `(g.status = 'PUBLISHED' OR g.owner_country_iso3 = ${params.add(caller.countryIso3)})`;
  }
  return `g.status = 'PUBLISHED'`;
}

export const seesPracticeReview = (caller: Caller, practice: { ownerCountryIso3: string | null }): boolean =>
  keepsRecordsOf(caller, practice.ownerCountryIso3);
