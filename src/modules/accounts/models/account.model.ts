import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/auth/role.js';
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
    lockedUntil: isLocked(a) ? a.lockedUntil : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    version: a.version,
  };
}

@ObjectType('Session', { description: 'A signed-in session: send `token` as "Authorization: Bearer <token>".' })
export class SessionModel {
  @Field(() => String)
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AccountModel)
  account: AccountModel;
}

@ObjectType('WebSession', {
  description:
    'A web app session: the token travels in an httpOnly cookie (never in the answer); writes made with it send the gcm_csrf cookie in X-CSRF-Token.',
})
export class WebSessionModel {
  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AccountModel)
  account: AccountModel;
}
