import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { FirstAccountInput } from './first-account.input.js';

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
