import { ObjectType, Field } from '@nestjs/graphql';
import { AccountModel } from './account.model.js';

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
