import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

@ArgsType()
export class AggregateOptionsArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Secretariat and analysts: also count SUBMITTED entries, at their reported level (flagged in the answer). Public figures use validated levels only.',
  })
  @IsBoolean()
  includeSubmitted: boolean = false;
}
