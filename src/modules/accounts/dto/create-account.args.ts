import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { CreateAccountInput } from './create-account.input.js';

@ArgsType()
export class CreateAccountArgs {
  @Field(() => CreateAccountInput)
  @ValidateNested()
  @Type(() => CreateAccountInput)
  input: CreateAccountInput;
}
