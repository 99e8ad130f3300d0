import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../common/pagination/connection.js';
import { AccountsFilter } from './accounts-filter.input.js';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => AccountsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountsFilter)
  filter?: AccountsFilter;
}
