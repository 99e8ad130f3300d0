import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MinLength, MaxLength } from 'class-validator';
import { IsCycleCode } from '../../../common/validation/fields.js';

@ArgsType()
export class SubmitReportArgs {
  @Field(() => String, { description: "Review cycle code; the report is the focal point's country's." })
  @IsCycleCode()
  cycle: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment?: string;
}
