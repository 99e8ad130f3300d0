import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../../common/i18n/language.js';
import { Role } from '../../common/auth/role.js';
import type { MailMode } from './account.enums.js';
import { AccountEntity } from './account.entity.js';

/** Whom a notification reaches, as the notifications feature needs to know them. */
export interface Recipient {
  accountId: string;
  email: string;
  displayName: string;
  language: Language;
  mailMode: MailMode;
}

export const toRecipient = (a: Pick<AccountEntity, 'id' | 'email' | 'displayName' | 'language' | 'mailMode'>): Recipient => ({
  accountId: a.id,
  email: a.email,
  displayName: a.displayName,
  language: a.language,
  mailMode: a.mailMode,
});

/**
 * Read-only lookups of who holds a role, for features that address people by their role
 * (the notifications). A module of its own (AccountDirectoryModule), so a feature the
 * accounts feature itself uses can read it without an import cycle. Active accounts only,
 * read in the caller's transaction.
 */
@Injectable()
export class AccountDirectoryService {
  /** The active focal points of a country. */
  async focalPointsOf(m: EntityManager, countryIso3: string): Promise<Recipient[]> {
    const rows = await m.getRepository(AccountEntity).find({
      where: { role: Role.FOCAL_POINT, countryIso3, active: true },
      order: { email: 'ASC' },
    });
    return rows.map(toRecipient);
  }

  /** The countries that have at least one active focal point (ISO3, sorted). */
  async countriesWithFocalPoints(m: EntityManager): Promise<string[]> {
    const rows = await m.query<{ iso3: string }[]>(
      `SELECT DISTINCT country_iso3 AS iso3 FROM account WHERE role = $1 AND active AND country_iso3 IS NOT NULL ORDER BY 1`,
      [Role.FOCAL_POINT],
    );
    return rows.map((r) => r.iso3);
  }

  /** The active secretariat members. */
  async secretariat(m: EntityManager): Promise<Recipient[]> {
    const rows = await m.getRepository(AccountEntity).find({ where: { role: Role.SECRETARIAT, active: true }, order: { email: 'ASC' } });
    return rows.map(toRecipient);
  }
}
