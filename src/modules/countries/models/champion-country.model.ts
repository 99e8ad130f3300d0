import { ObjectType, Field, Int } from '@nestjs/graphql';

@ObjectType('ChampionCountry', { description: "What is known of a country's role as a GCM champion country." })
export class ChampionCountryModel {
  @Field(() => Int, { nullable: true, description: 'Year the country joined the Champion Countries Initiative, where a source states it.' })
  joinedYear: number | null;

  @Field(() => String, { nullable: true, description: 'What is known of the joining date when no year is sourced.' })
  joinedNote: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String])
  sources: string[];
}
