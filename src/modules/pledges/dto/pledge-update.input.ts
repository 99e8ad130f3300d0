import { InputType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MinLength, MaxLength } from 'class-validator';
import { IsCalendarDate, AreWebLinks } from '../../../common/validation/fields.js';
import { PledgeStatus } from '../pledge.enums.js';

@InputType({ description: "A dated step in a pledge's history." })
export class PledgeUpdateInput {
  @Field(() => PledgeStatus, { description: 'The status from this date on (the same status records a progress note).' })
  @IsEnum(PledgeStatus)
  status: PledgeStatus;

  @Field(() => String, {
    nullable: true,
    description: 'When it happened, YYYY-MM-DD (default: today); not in the future, not before the previous update.',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @Field(() => String, { description: 'What was done, what changed.' })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  narrative: string;

  @Field(() => [String], { nullable: true, description: 'Evidence: web addresses of documents, laws, reports.' })
  @IsOptional()
  @AreWebLinks()
  evidenceLinks?: string[];
}
