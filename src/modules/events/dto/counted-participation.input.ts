import { InputType, Field, Int } from '@nestjs/graphql';
import { IsInt, Min, Max, IsOptional, IsEnum } from 'class-validator';
import { CountedGroup } from '../event.enums.js';

@InputType()
export class CountedParticipationInput {
  @Field(() => Int, { description: 'How many took part.' })
  @IsInt()
  @Min(0)
  @Max(1000)
  count: number;

  @Field(() => Int, { nullable: true, description: 'Out of how many at the time; at least `count`.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  outOf?: number | null;

  @Field(() => CountedGroup)
  @IsEnum(CountedGroup)
  group: CountedGroup;
}
