import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('CycleLevel')
export class CycleLevelModel {
  cycleCode: string;

  @Field(() => Int, { description: 'Level score, 0 to 3.' })
  level: number;

  @Field(() => Boolean, { description: 'False: a submitted entry at its reported level (only with includeSubmitted).' })
  validated: boolean;
}
