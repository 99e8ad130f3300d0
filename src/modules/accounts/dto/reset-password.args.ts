import { ArgsType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { AccountIdArgs } from './account-id.args.js';
import { PasswordField } from './account-fields.js';

@ArgsType()
export class ResetPasswordArgs extends AccountIdArgs {
  @PasswordField(
    "The new password (12 to 128 characters). Better left out: the person is then mailed a single-use link to set their own. Either way the account's sessions end.",
    { optional: true },
  )
  @IsOptional()
  newPassword?: string;
}
