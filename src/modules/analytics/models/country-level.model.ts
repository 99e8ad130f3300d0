import { ObjectType, Field, Int, Float } from '@nestjs/graphql';

@ObjectType('CountryLevel', { description: "One country's counted entries in a cycle and their mean level." })
export class CountryLevelModel {
  @Field(() => String, { description: 'ISO3 code.' })
  iso3: string;

  @Field(() => Int)
  countedEntries: number;

  @Field(() => Int, { description: 'Of those, submitted entries counted at their reported level (0 unless includeSubmitted).' })
  unvalidatedEntries: number;

  @Field(() => Float, { nullable: true, description: 'Mean level over counted entries, 0 to 3, two decimals.' })
  meanLevel: number | null;
}
