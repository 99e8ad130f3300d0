import { ArgsType } from '@nestjs/graphql';
import { AccountIdArgs } from './account-id.args.js';
import { PasswordField } from './account-fields.js';

@ArgsType()
export class ResetPasswordArgs extends AccountIdArgs {
  @PasswordField("The new password (12 to 128 characters). The account's sessions end.")
  newPassword: string;
}
