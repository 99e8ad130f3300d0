import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ReviewCyclesFilter } from './review-cycles-filter.input.js';

@ArgsType()
export class ReviewCyclesArgs {
  @Field(() => ReviewCyclesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewCyclesFilter)
  filter?: ReviewCyclesFilter;
}
