import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
import { Language } from '../../../common/i18n/language.js';
import { MailMode } from '../account.enums.js';
import { type AccountEntity, isLocked } from '../account.entity.js';

/** An account as GraphQL shows it: built field by field, so the password hash cannot leak. */
@ObjectType('Account')
export class AccountModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country a focal point acts for.' })
  country: string | null;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Language, { description: "The language of the person's mails." })
  language: Language;

  @Field(() => MailMode, { description: 'How notifications reach the person by e-mail.' })
  mailMode: MailMode;

  @Field(() => Date, {
    nullable: true,
    description:
      'Set while the account is locked after repeated failed sign-ins: when the lock ends (the secretariat can lift it with unlockAccount). Null when not locked.',
  })
  lockedUntil: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back with an update; a stale version gets CONFLICT.' })
  version: number;
}

export function toAccountModel(a: AccountEntity): AccountModel {
  return {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    role: a.role as Role,
    country: a.countryIso3,
    active: a.active,
    language: a.language,
    mailMode: a.mailMode,
    lockedUntil: isLocked(a) ? a.lockedUntil : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
  };
}
