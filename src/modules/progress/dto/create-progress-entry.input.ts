import { InputType, Field, Int } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IsCycleCode } from '../../../common/validation/fields.js';
import { IsObjectiveNumber } from '../../objectives/dto/served-objectives.input.js';
import { ImplementationLevel } from '../progress.enums.js';
import { EntryContentFields } from './entry-content-fields.input.js';

@InputType()
export class CreateProgressEntryInput extends EntryContentFields {
  @Field(() => String, { description: "Review cycle code, e.g. RR2-ECA-2024. The country is the focal point's own." })
  @IsCycleCode()
  cycle: string;

  @Field(() => Int, { description: 'The objective reported on (1-23); one entry per objective and report.' })
  @IsObjectiveNumber()
  objective: number;

  @Field(() => ImplementationLevel)
  @IsEnum(ImplementationLevel)
  reportedLevel: ImplementationLevel;
}
