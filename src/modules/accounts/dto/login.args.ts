import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { KeepsWhitespace } from '../../../common/validation/fields.js';
import { lower, PASSWORD_MAX } from './account-fields.js';

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
