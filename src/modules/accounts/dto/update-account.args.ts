import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, Min, ValidateNested } from 'class-validator';
import { AccountIdArgs } from './account-id.args.js';
import { UpdateAccountInput } from './update-account.input.js';

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
