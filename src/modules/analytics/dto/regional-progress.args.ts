import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, IsInt, Min, Max } from 'class-validator';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { RegionalAggregateArgs } from './regional-aggregate.args.js';

@ArgsType()
export class RegionalProgressArgs extends RegionalAggregateArgs {
  @Field(() => String, { description: 'Review cycle code, e.g. RR2-ECA-2024 or IMRF-2026.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => Int, { nullable: true, description: 'Only this objective.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(23)
  objective?: number;
}
