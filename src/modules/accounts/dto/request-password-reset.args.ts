import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import { lower } from './account-fields.js';

@ArgsType()
export class RequestPasswordResetArgs {
  @Field(() => String, { description: "The account's e-mail address." })
  @Transform(lower)
  @IsEmail()
  @MaxLength(320)
  email: string;
}
