import { ObjectType, Field } from '@nestjs/graphql';
import { AccountModel } from './account.model.js';

@ObjectType('Session', { description: 'A signed-in session: send `token` as "Authorization: Bearer <token>".' })
export class SessionModel {
  @Field(() => String)
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AccountModel)
  account: AccountModel;
}
