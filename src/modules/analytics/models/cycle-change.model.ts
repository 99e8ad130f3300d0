import { ObjectType, Field, Int, Float } from '@nestjs/graphql';

@ObjectType('CycleChange', { description: 'One region (or the world) and objective, between two cycles.' })
export class CycleChangeModel {
  /** Null for the world. */
  regionCode: string | null;

  @Field(() => Int)
  objectiveNumber: number;

  @Field(() => Float, { nullable: true })
  meanLevelFrom: number | null;

  @Field(() => Float, { nullable: true })
  meanLevelTo: number | null;

  @Field(() => Float, { nullable: true, description: 'meanLevelTo - meanLevelFrom; null unless both exist.' })
  meanLevelChange: number | null;

  @Field(() => Int)
  reportingCountriesFrom: number;

  @Field(() => Int)
  reportingCountriesTo: number;

  @Field(() => Int)
  reportingCountriesChange: number;
}
