import { ObjectType, Field } from '@nestjs/graphql';
import { maxItems } from '../../../common/pagination/list-size.js';
import { CountryLevelModel } from './country-level.model.js';

@ObjectType('CountryLevels', { description: 'Per country: the mean level of its counted entries in one cycle (the world map).' })
export class CountryLevelsModel {
  cycleCode: string;

  @Field(() => Boolean)
  includesSubmitted: boolean;

  @Field(() => String)
  basis: string;

  @Field(() => [CountryLevelModel], { complexity: maxItems(200), description: 'Countries with counted entries, by ISO3.' })
  countries: CountryLevelModel[];
}
