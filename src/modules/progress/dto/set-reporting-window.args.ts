import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength, MaxLength } from 'class-validator';
import { IsCycleCode, IsCalendarDate } from '../../../common/validation/fields.js';

@ArgsType()
export class SetReportingWindowArgs {
  @Field(() => String, { description: 'Review cycle code.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => String, { description: 'First day focal points may report (YYYY-MM-DD, UTC).' })
  @IsCalendarDate()
  opensOn: string;

  @Field(() => String, { description: 'Last day focal points may report (YYYY-MM-DD, UTC).' })
  @IsCalendarDate()
  closesOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason?: string;
}
