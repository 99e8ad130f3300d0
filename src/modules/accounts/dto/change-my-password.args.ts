import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { KeepsWhitespace } from '../../../common/validation/fields.js';
import { PASSWORD_MAX, PasswordField } from './account-fields.js';

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field(() => String)
  @KeepsWhitespace()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @PasswordField('The new password (12 to 128 characters), different from the current one.')
  newPassword: string;
}
