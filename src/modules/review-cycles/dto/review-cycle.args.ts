import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class ReviewCycleArgs {
  @Field(() => String, { description: 'Cycle code, e.g. IMRF-2022.' })
  @Matches(/^(IMRF-\d{4}|RR\d-[A-Z]+-\d{4})$/, { message: 'code must look like IMRF-2022 or RR2-ECA-2024' })
  code: string;
}
