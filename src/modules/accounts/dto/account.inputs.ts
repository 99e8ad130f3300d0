import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Role } from '../../../common/auth/role.js';
import { KeepsWhitespace } from '../../../common/validation/fields.js';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const upper = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

function PasswordField(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { description })(target, key);
    KeepsWhitespace()(target, key);
    IsString()(target, key);
    MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })(target, key);
    MaxLength(PASSWORD_MAX, { message: `password must be at most ${PASSWORD_MAX} characters` })(target, key);
  };
}

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @Transform(lower)
  @IsString()
  @MaxLength(320)
  email: string;

  @Field(() => String)
  @KeepsWhitespace()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  @Transform(lower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field(() => String)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'ISO3 of the country a FOCAL_POINT acts for; must be empty for other roles.' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO3 code such as MAR' })
  country?: string;

  @PasswordField('Initial password (12 to 128 characters).')
  password: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => String, {
    nullable: true,
    description: 'ISO3 for a focal point. Send null to clear it when the role is no longer FOCAL_POINT.',
  })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, { message: 'country must be an ISO3 code such as MAR' })
  country?: string | null;
}

@ArgsType()
export class AccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an account id' })
  id: string;
}

@ArgsType()
export class CreateAccountArgs {
  @Field(() => CreateAccountInput)
  @ValidateNested()
  @Type(() => CreateAccountInput)
  input: CreateAccountInput;
}

@ArgsType()
export class UpdateAccountArgs extends AccountIdArgs {
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => UpdateAccountInput)
  @ValidateNested()
  @Type(() => UpdateAccountInput)
  input: UpdateAccountInput;
}

@ArgsType()
export class ResetPasswordArgs extends AccountIdArgs {
  @PasswordField("The new password (12 to 128 characters). The account's sessions end.")
  newPassword: string;
}

/** The first account (a secretariat member), made with the setup link. */
@InputType()
export class FirstAccountInput {
  @Field(() => String)
  @Transform(lower)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @Field(() => String)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @PasswordField('The password (12 to 128 characters).')
  password: string;
}

@ArgsType()
export class CreateFirstAccountArgs {
  @Field(() => String, { description: 'The token of the setup link printed at start (the part after #).' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => FirstAccountInput)
  @ValidateNested()
  @Type(() => FirstAccountInput)
  input: FirstAccountInput;
}

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
