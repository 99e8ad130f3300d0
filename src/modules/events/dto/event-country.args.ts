import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IsIso3 } from '../../../common/validation/fields.js';

@ArgsType()
export class EventCountryArgs {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => String, { description: 'ISO3 of the country.' })
  @IsIso3()
  country: string;
}
