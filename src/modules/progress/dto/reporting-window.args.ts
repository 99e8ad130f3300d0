import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, IsCycleCode, IsIso3 } from '../../../common/validation/fields.js';

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
