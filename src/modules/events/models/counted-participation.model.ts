import { ObjectType, Field, Int } from '@nestjs/graphql';
import { CountedGroup } from '../event.enums.js';

@ObjectType('CountedParticipation', {
  description: 'Participation known only as a count, e.g. 16 of the then 33 champion countries; which countries is not known.',
})
export class CountedParticipationModel {
  @Field(() => Int, { description: 'How many took part.' })
  count: number;

  @Field(() => Int, { nullable: true, description: 'Out of how many at the time (null when not known).' })
  outOf: number | null;

  @Field(() => CountedGroup)
  group: CountedGroup;
}
