import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('ReportedCycle', { description: 'A review cycle with counted entries.' })
export class ReportedCycleModel {
  cycleCode: string;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Int)
  reportingCountries: number;
}
