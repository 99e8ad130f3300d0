import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MinLength, MaxLength } from 'class-validator';
import { IsCycleCode, IsIso3, IsCalendarDate } from '../../../common/validation/fields.js';

@ArgsType()
export class ExtendReportingWindowArgs {
  @Field(() => String, { description: 'Review cycle code.' })
  @IsCycleCode()
  cycle: string;

  @Field(() => String, { description: 'ISO3 of the country given more time.' })
  @IsIso3()
  country: string;

  @Field(() => String, { description: "The country's new last day (YYYY-MM-DD, UTC); replaces an earlier extension." })
  @IsCalendarDate()
  closesOn: string;

  @Field(() => String, { description: 'Why (required; kept in the audit trail).' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
