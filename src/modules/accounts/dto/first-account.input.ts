import { InputType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength, IsString, MinLength } from 'class-validator';
import { lower, trim, PasswordField } from './account-fields.js';

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
