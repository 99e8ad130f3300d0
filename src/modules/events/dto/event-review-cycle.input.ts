import { InputType, Field } from '@nestjs/graphql';
import { IsString, Matches, IsEnum } from 'class-validator';
import { EventCycleRelation } from '../event.enums.js';

@InputType()
export class EventReviewCycleInput {
  @Field(() => String, { description: 'Review cycle code, e.g. IMRF-2022.' })
  @IsString()
  @Matches(/^[A-Z0-9-]{4,40}$/, { message: 'code must be a review cycle code such as IMRF-2022' })
  code: string;

  @Field(() => EventCycleRelation)
  @IsEnum(EventCycleRelation)
  relation: EventCycleRelation;
}
