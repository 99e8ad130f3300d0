import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { PasswordField } from './account-fields.js';

@ArgsType()
export class SetPasswordWithLinkArgs {
  @Field(() => String, { description: 'The token of the mailed link (the part after # in /set-password#...).' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be the token of a password link' })
  token: string;

  @PasswordField('The new password (12 to 128 characters).')
  newPassword: string;
}
