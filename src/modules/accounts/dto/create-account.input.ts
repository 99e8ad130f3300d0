import { InputType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength, IsString, MinLength, IsEnum, IsOptional, Matches } from 'class-validator';
import { Role } from '../../../common/auth/role.js';
import { Language } from '../../../common/i18n/language.js';
import { lower, trim, upper, PasswordField } from './account-fields.js';

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

  @Field(() => Language, { nullable: true, description: "The language of the person's mails (default EN)." })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @PasswordField(
    'Initial password (12 to 128 characters). Better left out: the person is then mailed a single-use link to set their own, so no password passes through anyone else.',
    { optional: true },
  )
  @IsOptional()
  password?: string;
}
